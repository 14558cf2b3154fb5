"""The places scorer on hand-made cases, and a floor on the gold figures."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
GEO = ROOT / ".." / "shared" / "gold" / "geoparsing"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_places", ROOT / "eval" / "places.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_places"] = module
    spec.loader.exec_module(module)
    return module


ev = _load()


def test_haversine_known_distances() -> None:
    assert ev.haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(344, abs=2)
    assert ev.haversine_km(10, 20, 10, 20) == 0
    assert ev.haversine_km(0, 0, 0, 180) == pytest.approx(20015, abs=5)


def test_prf() -> None:
    assert ev.prf(2, 4, 8) == pytest.approx((0.5, 0.25, 1 / 3))
    assert ev.prf(0, 0, 3) == (0.0, 0.0, 0.0)


def test_span_matching_is_one_to_one() -> None:
    gold = [(0, 5), (10, 20)]
    assert ev.span_matches([(0, 5), (12, 15)], gold, exact=True) == 1
    assert ev.span_matches([(0, 5), (12, 15)], gold, exact=False) == 2
    # one prediction cannot match two gold spans
    assert ev.span_matches([(0, 20)], gold, exact=False) == 1
    assert ev.span_matches([], gold, exact=False) == 0


def test_geocoding_score_counts_misses_as_worst_case() -> None:
    s = ev.score_geocoding([0.0, 100.0, 200.0, None])
    assert s.n == 4 and s.resolved == 3
    assert s.acc161 == pytest.approx(0.5)
    assert s.median_km == pytest.approx(150.0)
    assert s.mean_km == pytest.approx((300.0 + ev.MAX_ERROR_KM) / 4)
    assert ev.score_geocoding([]).n == 0


def test_loaders_align_offsets_with_text() -> None:
    if not GEO.exists():
        pytest.skip("shared/ geoparsing gold not available")
    for loader in (ev.load_gwn, ev.load_lgl, ev.load_geovirus):
        docs = loader(GEO)
        pairs = [(d.text[t.start : t.end], t.text) for d in docs for t in d.toponyms]
        agree = sum(a == b for a, b in pairs) / len(pairs)
        assert agree > 0.99, loader.__name__


def test_floor_on_geovirus_sample() -> None:
    if not GEO.exists():
        pytest.skip("shared/ geoparsing gold not available")
    result = ev.evaluate("GeoVirus", ev.load_geovirus(GEO)[:25])
    assert result.geocoding.acc161 >= 0.6
    assert result.overlap[2] >= 0.83  # recognition F1 (0.852 when last measured)


def test_location_matching() -> None:
    assert ev.location_matches("St Petersburg", "Saint Petersburg", "Saint Petersburg")
    assert ev.location_matches("Gorazde", "Goražde", "town of Gorazde")
    assert not ev.location_matches("Iraq", "Iraq", "Iran")


def test_floor_on_plover_event_locations() -> None:
    folder = ROOT / ".." / "shared" / "gold" / "plover_gsr"
    if not folder.exists():
        pytest.skip("shared/ PLOVER gold not available")
    result = ev.evaluate_event_locations(ev.load_plover_locations(folder))
    assert result.with_gold >= 40
    assert result.correct / result.with_gold >= 0.5
    assert result.located_wrong <= 4
