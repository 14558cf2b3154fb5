"""Evaluate the places stage on the geoparsing gold (GeoWebNews, LGL, GeoVirus).

Prints, per data set: toponym recognition P/R/F1 (exact and overlapping spans),
geocoding of the gold toponyms in context (accuracy within 161 km, mean and median error
in km, GeoNames id accuracy where the gold has ids), end-to-end geocoding of the
toponyms we recognised, and the time the stage takes per article (spaCy parse excluded).
Then event location on the PLOVER gold standard records (the first EVT trigger of each
sentence, against its eventLoc). Then the gazetteer index: build time, load time and
peak memory (fresh subprocesses).

    .venv/bin/python eval/places.py [--limit N] [--no-index-bench]

Gold toponyms that dateline does not count as places by design (GeoWebNews "Demonym" and
"Language" annotations such as "Irish" or "French") are left out and counted.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

__all__ = [
    "GoldDoc", "GoldToponym", "GeoScore", "Result", "evaluate", "haversine_km",
    "load_geovirus", "load_gwn", "load_lgl", "prf", "report", "score_geocoding",
    "span_matches", "EventLocCase", "EventLocResult", "evaluate_event_locations",
    "load_plover_locations", "location_matches", "report_event_locations",
]

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
GEO = SHARED / "gold" / "geoparsing"
PLOVER = SHARED / "gold" / "plover_gsr"
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the error of a missed toponym
SKIP_TYPES = {"Demonym", "Language"}


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None


@dataclass
class GoldDoc:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    skipped: int = 0


@dataclass(frozen=True)
class GeoScore:
    n: int
    acc161: float
    mean_km: float
    median_km: float
    resolved: int


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def span_matches(
    pred: list[tuple[int, int]], gold: list[tuple[int, int]], exact: bool
) -> int:
    """True positives: gold spans matched one-to-one by a predicted span (exact or
    overlapping)."""
    used: set[int] = set()
    tp = 0
    for gs, ge in gold:
        for k, (ps, pe) in enumerate(pred):
            if k in used:
                continue
            if (ps, pe) == (gs, ge) if exact else (ps < ge and gs < pe):
                used.add(k)
                tp += 1
                break
    return tp


def score_geocoding(errors: list[float | None]) -> GeoScore:
    """None is an unresolved toponym, scored as the largest possible error."""
    if not errors:
        return GeoScore(0, 0.0, 0.0, 0.0, 0)
    full = [MAX_ERROR_KM if e is None else e for e in errors]
    return GeoScore(
        n=len(errors),
        acc161=sum(e <= 161.0 for e in full) / len(full),
        mean_km=statistics.fmean(full),
        median_km=statistics.median(full),
        resolved=sum(e is not None for e in errors),
    )


def _f(node: ET.Element | None, tag: str) -> str:
    found = None if node is None else node.find(tag)
    return "" if found is None or found.text is None else found.text.strip()


def load_gwn(folder: Path = GEO) -> list[GoldDoc]:
    root = ET.parse(folder / "GWN.xml").getroot()
    lines = (folder / "gwn_full_geocoding_gold.txt").read_text(encoding="utf-8").splitlines()
    docs: list[GoldDoc] = []
    for art, line in zip(root.iter("article"), lines, strict=False):
        text = _f(art, "text")
        types = {
            (int(_f(t, "start")), int(_f(t, "end"))): _f(t, "type")
            for t in art.iter("toponym")
        }
        doc = GoldDoc(id=f"gwn-{art.get('file')}", text=text)
        for rec in line.split("||"):
            parts = rec.split(",,")
            if len(parts) != 6:
                continue
            _name, surface, lat, lon, s, e = parts
            start, end = int(s), int(e)
            if types.get((start, end)) in SKIP_TYPES:
                doc.skipped += 1
                continue
            doc.toponyms.append(GoldToponym(start, end, surface, float(lat), float(lon)))
        docs.append(doc)
    return docs


def load_lgl(folder: Path = GEO) -> list[GoldDoc]:
    root = ET.parse(folder / "lgl.xml").getroot()
    docs: list[GoldDoc] = []
    for art in root.iter("article"):
        doc = GoldDoc(id=f"lgl-{art.get('docid')}", text=_f(art, "text"))
        for t in art.iter("toponym"):
            gaz = t.find("gaztag")
            lat, lon = _f(gaz, "lat"), _f(gaz, "lon")
            gid = gaz.get("geonameid") if gaz is not None else None
            doc.toponyms.append(GoldToponym(
                int(_f(t, "start")), int(_f(t, "end")), _f(t, "phrase"),
                float(lat) if lat else None, float(lon) if lon else None,
                int(gid) if gid else None,
            ))
        docs.append(doc)
    return docs


def load_geovirus(folder: Path = GEO) -> list[GoldDoc]:
    root = ET.parse(folder / "GeoVirus.xml").getroot()
    docs: list[GoldDoc] = []
    for n, art in enumerate(root.iter("article")):
        doc = GoldDoc(id=f"geovirus-{n}", text=art.findtext("text") or "")
        for loc in art.iter("location"):  # GeoVirus offsets are one past the text's
            doc.toponyms.append(GoldToponym(
                int(_f(loc, "start")) - 1, int(_f(loc, "end")) - 1, _f(loc, "name"),
                float(_f(loc, "lat")), float(_f(loc, "lon")),
            ))
        docs.append(doc)
    return docs


@dataclass
class Result:
    name: str
    docs: int
    gold: int
    skipped: int
    exact: tuple[float, float, float]
    overlap: tuple[float, float, float]
    geocoding: GeoScore
    end_to_end: GeoScore
    ids_ok: int
    ids_n: int
    ms_per_article: float


def evaluate(name: str, docs: list[GoldDoc]) -> Result:
    """Run the places stage over gold articles and score it."""
    from dateline.nlp import load_nlp
    from dateline.places import PlaceResolver

    nlp = load_nlp()
    resolver = PlaceResolver()
    tp_exact = tp_overlap = n_pred = n_gold = 0
    gold_errors: list[float | None] = []
    e2e_errors: list[float | None] = []
    ids_ok = ids_n = 0
    stage_time = 0.0
    for doc_gold, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        t0 = time.perf_counter()
        dp = resolver.for_doc(doc, date(2000, 1, 1))
        stage_time += time.perf_counter() - t0
        pred = [(p.start, p.end) for p in dp.places if not p.rule.startswith("coref")]
        gold = [(t.start, t.end) for t in doc_gold.toponyms]
        n_pred += len(pred)
        n_gold += len(gold)
        tp_exact += span_matches(pred, gold, exact=True)
        tp_overlap += span_matches(pred, gold, exact=False)
        for t in doc_gold.toponyms:
            if t.lat is None or t.lon is None:
                continue
            p = dp.at(t.start, t.end)
            e2e = None
            if p is not None and p.lat is not None and p.lon is not None:
                e2e = haversine_km(t.lat, t.lon, p.lat, p.lon)
            e2e_errors.append(e2e)
            if p is None:
                p = dp.resolve_span(t.start, t.end)
            err = None
            if p is not None and p.lat is not None and p.lon is not None:
                err = haversine_km(t.lat, t.lon, p.lat, p.lon)
            gold_errors.append(err)
            if t.geonameid is not None:
                ids_n += 1
                ids_ok += p is not None and p.geonameid == t.geonameid
    return Result(
        name=name, docs=len(docs), gold=n_gold, skipped=sum(d.skipped for d in docs),
        exact=prf(tp_exact, n_pred, n_gold), overlap=prf(tp_overlap, n_pred, n_gold),
        geocoding=score_geocoding(gold_errors), end_to_end=score_geocoding(e2e_errors),
        ids_ok=ids_ok, ids_n=ids_n, ms_per_article=1000 * stage_time / max(1, len(docs)),
    )


def report(r: Result) -> None:
    g, e = r.geocoding, r.end_to_end
    print(f"\n== {r.name}: {r.docs} articles, {r.gold} gold toponyms"
          + (f" ({r.skipped} demonym/language annotations left out)" if r.skipped else ""))
    for label, (p, rec, f) in (("exact  ", r.exact), ("overlap", r.overlap)):
        print(f"recognition {label}  P {p:.3f}  R {rec:.3f}  F1 {f:.3f}")
    print(f"geocoding, gold toponyms in context: n {g.n}  acc@161km {g.acc161:.3f}  "
          f"mean {g.mean_km:.0f} km  median {g.median_km:.0f} km  "
          f"in gazetteer {g.resolved / max(1, g.n):.3f}")
    if r.ids_n:
        print(f"resolution accuracy (GeoNames id): {r.ids_ok / r.ids_n:.3f} of {r.ids_n}")
    print(f"end to end (gold toponyms we recognised and placed within 161 km): "
          f"{e.acc161:.3f}  median {e.median_km:.0f} km")
    print(f"places stage: {r.ms_per_article:.1f} ms per article (spaCy parse excluded)")


@dataclass(frozen=True)
class EventLocCase:
    id: str
    text: str
    trigger_start: int  # char offset of the first word of the EVT markup
    location: str | None  # the gold eventLoc name, or None


_EVT = re.compile(r"\(EVT:\s*([^()]+?)\s*\)")


def load_plover_locations(folder: Path = PLOVER) -> list[EventLocCase]:
    """PLOVER GSR sentences with their first EVT trigger and eventLoc (if any)."""
    records = json.loads((folder / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    cases: list[EventLocCase] = []
    for rec in records:
        info = rec.get("textInfo")
        if not isinstance(info, dict) or "text" not in rec:
            continue
        found = _EVT.search(info.get("markup", ""))
        if not found:
            continue
        word = found.group(1).split()[0]
        at = re.search(rf"\b{re.escape(word)}\b", rec["text"])
        if at is None:
            continue
        loc = rec.get("eventLoc", {}).get("name") if isinstance(rec.get("eventLoc"), dict) else None
        cases.append(EventLocCase(rec["id"], rec["text"], at.start(), loc))
    return cases


@dataclass(frozen=True)
class EventLocResult:
    with_gold: int
    correct: int  # located, and the place is the gold location
    located_wrong: int
    missed: int
    without_gold: int
    spurious: int  # a location where the gold gives none


def location_matches(place_text: str, place_name: str, gold: str) -> bool:
    """The located place names the gold location (by its text or its gazetteer name)."""
    from dateline.places.names import normalise

    g = f" {normalise(gold)} "
    return any(f" {normalise(x)} " in g for x in (place_text, place_name) if x)


def evaluate_event_locations(cases: list[EventLocCase]) -> EventLocResult:
    from dateline.nlp import load_nlp
    from dateline.places import PlaceResolver

    nlp = load_nlp()
    resolver = PlaceResolver()
    correct = wrong = missed = spurious = 0
    for case, doc in zip(cases, nlp.pipe(c.text for c in cases), strict=True):
        dp = resolver.for_doc(doc, date(2000, 1, 1))
        trig = next((t for t in doc if t.idx == case.trigger_start), None)
        if trig is not None and trig.dep_ in {"aux", "auxpass"}:
            trig = trig.head  # "has been put": the verb, not its auxiliary
        place = dp.locate(trig) if trig is not None else None
        if case.location is None:
            spurious += place is not None
        elif place is None:
            missed += 1
        elif location_matches(place.text, place.name, case.location):
            correct += 1
        else:
            wrong += 1
    with_gold = sum(c.location is not None for c in cases)
    return EventLocResult(with_gold, correct, wrong, missed, len(cases) - with_gold, spurious)


def report_event_locations(r: EventLocResult) -> None:
    print(f"\n== event location, PLOVER GSR (first EVT trigger of {r.with_gold + r.without_gold}"
          " sentences)")
    print(f"with a gold location ({r.with_gold}): correct {r.correct} "
          f"({r.correct / max(1, r.with_gold):.3f}), wrong place {r.located_wrong}, "
          f"none given {r.missed}")
    print(f"without a gold location ({r.without_gold}): a location given for {r.spurious} "
          "(not necessarily wrong: the gold marks few locations)")


_HWM = """
def hwm_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0
"""
_BUILD = _HWM + """
import time
base = hwm_kb()
from dateline.places.index import GazetteerIndex
t = time.perf_counter(); g = GazetteerIndex(); dt = time.perf_counter() - t
assert g.built, "index was not built"
print(dt, hwm_kb() - base)
"""
_LOAD = _HWM + """
import time, tracemalloc
import spacy  # imported first, so that only the places stage is measured
base = hwm_kb()
tracemalloc.start()
t = time.perf_counter()
from dateline.places import PlaceResolver
imp = time.perf_counter() - t
t = time.perf_counter()
r = PlaceResolver(); dt = time.perf_counter() - t
assert not r.index.built
t = time.perf_counter()
keys = ("paris", "saint petersburg", "tashkent", "georgia", "victoria", "london")
for k in keys * 50:
    r.index._lookup(k)
lk = (time.perf_counter() - t) / 300
print(dt, lk, hwm_kb() - base, tracemalloc.get_traced_memory()[1] // 1024, imp)
"""


def index_bench() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {"XDG_CACHE_HOME": tmp, "PATH": "/usr/bin:/bin", "HOME": tmp}
        out = subprocess.run([sys.executable, "-c", _BUILD], env=env, capture_output=True,
                             text=True, check=True).stdout.split()
        build_s, build_kb = float(out[0]), int(out[1])
        out = subprocess.run([sys.executable, "-c", _LOAD], env=env, capture_output=True,
                             text=True, check=True).stdout.split()
        load_s, lookup_s, load_kb = float(out[0]), float(out[1]), int(out[2])
        traced_kb, import_s = int(out[3]), float(out[4])
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*.sqlite"))
    print("\n== gazetteer index (SQLite in the user cache)")
    print(f"build (first use, once): {build_s:.1f} s, peak memory added while building "
          f"{build_kb / 1024:.0f} MB (VmHWM), index file {size / 1e6:.1f} MB")
    print(f"load (every run): PlaceResolver() {1000 * load_s:.1f} ms after "
          f"{1000 * import_s:.0f} ms to import dateline.places;\n  peak memory added by "
          f"import + load + 300 lookups {load_kb / 1024:.1f} MB (VmHWM), Python heap peak "
          f"{traced_kb / 1024:.1f} MB (tracemalloc); uncached name lookup "
          f"{1e6 * lookup_s:.0f} us")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="articles per data set")
    ap.add_argument("--no-index-bench", action="store_true")
    args = ap.parse_args()
    if not GEO.exists():
        sys.exit(f"gold data not found at {GEO}")
    if not args.no_index_bench:
        index_bench()  # first, in fresh subprocesses, before this process grows
    for name, loader in (("GeoWebNews", load_gwn), ("LGL", load_lgl),
                         ("GeoVirus", load_geovirus)):
        docs = loader(GEO)[: args.limit] if args.limit else loader(GEO)
        report(evaluate(name, docs))
    cases = load_plover_locations(PLOVER)
    report_event_locations(evaluate_event_locations(cases[: args.limit] if args.limit else cases))


if __name__ == "__main__":
    main()
