"""Convert Natural Earth 110m country outlines (TopoJSON from the npm package
``world-atlas@2.0.2``) into the compact ring JSON the web page draws.

Run once, by hand (not at run time):

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python bench/make_countries.py /tmp/package/countries-110m.json \
        src/dateline/web/static/countries.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pycountry

__all__ = ["convert"]

Ring = list[list[float]]


def _decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts: Ring = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append([round(x * sx + tx, 2), round(y * sy + ty, 2)])
        arcs.append(pts)
    return arcs


def _ring(arcs: list[Ring], refs: list[int]) -> Ring:
    out: Ring = []
    for ref in refs:
        pts = arcs[ref] if ref >= 0 else list(reversed(arcs[~ref]))
        out.extend(pts if not out else pts[1:])
    return out


def _iso3(numeric: str | None) -> str | None:
    if not numeric:
        return None
    c = pycountry.countries.get(numeric=numeric.zfill(3))
    return c.alpha_3 if c else None


def convert(topo: dict[str, Any]) -> dict[str, Any]:
    arcs = _decode_arcs(topo)
    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = ([g["arcs"]] if g["type"] == "Polygon" else
                 g["arcs"] if g["type"] == "MultiPolygon" else [])
        rings = [_ring(arcs, refs) for poly in polys for refs in poly]
        countries.append({"iso3": _iso3(g.get("id")), "name": g["properties"]["name"],
                          "rings": [r for r in rings if len(r) > 2]})
    return {"source": "Natural Earth 110m admin-0 countries via world-atlas 2.0.2 "
                      "(public domain data, ISC-licensed package)",
            "countries": countries}


def main() -> None:
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    data = convert(json.loads(src.read_text()))
    dst.write_text(json.dumps(data, separators=(",", ":")))
    print(f"wrote {len(data['countries'])} countries to {dst} ({dst.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
