from __future__ import annotations

from pathlib import Path

from dateline.places import PlaceResolver
from dateline.places.index import GazetteerIndex, index_path
from dateline.places.names import is_latin_name, normalise


def test_normalise_reads_abbreviations_and_drops_diacritics() -> None:
    assert normalise("St. Petersburg") == "saint petersburg"
    assert normalise("St Petersburg") == "saint petersburg"
    assert normalise("Sankt-Peterburg") == "sankt peterburg"
    assert normalise("Ürümqi") == "urumqi"
    assert normalise("the Netherlands") == "netherlands"


def test_latin_names_only() -> None:
    assert is_latin_name("Taşkent")
    assert not is_latin_name("Ташкент")
    assert not is_latin_name("wei duo li ya")  # lower-case romanisation


def test_lookup_finds_both_saint_petersburgs(resolver: PlaceResolver) -> None:
    ids = {e.geonameid for e, _ in resolver.index.lookup("saint petersburg")}
    assert {498817, 4171563} <= ids


def test_countries_and_states_have_coordinates(resolver: PlaceResolver) -> None:
    russia = resolver.index.country("RUS")
    assert russia is not None and russia.geonameid == 2017370
    assert russia.lat is not None and russia.lon is not None
    texas = resolver.index.state("USA", "TX")
    assert texas is not None and texas.lat is not None
    assert 25 < texas.lat < 37 and -107 < (texas.lon or 0) < -93


def test_index_is_cached_on_disk(resolver: PlaceResolver) -> None:
    assert resolver.index.path == index_path()
    assert index_path().exists()


def test_unwritable_cache_falls_back_to_memory(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    index = GazetteerIndex(path=blocked / "sub" / "gazetteer.sqlite")
    try:
        assert index.path is None and index.built
        assert any(e.geonameid == 1512569 for e, _ in index.lookup("tashkent"))
    finally:
        index.close()
