from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from dateline.store import EventFilter, Store
from dateline.types import Actor, Article, Event, EventDate, Place, Quarantined


def _article(aid: str = "a1", text: str = "India met Russia.") -> Article:
    return Article(id=aid, published=date(2019, 11, 4), text=text, origin="f:line 1")


def _event(article_id: str = "a1", type_: str = "CONSULT", src: str = "IND",
           tgt: str = "RUS", start: date = date(2019, 11, 4),
           sentence: str = "India met Russia.") -> Event:
    return Event(
        article_id=article_id, type=type_, mode="meet", context=("diplomatic",), cameo="043",
        sources=(Actor("India", 0, 5, name="India", country=src, kind="country"),),
        targets=(Actor("Russia", 10, 16, name="Russia", country=tgt, sectors=("GOV",)),),
        modality="asserted", trigger="met", trigger_start=6, trigger_end=9,
        sentence=sentence, sentence_start=0, sentence_end=len(sentence),
        date=EventDate(start, start, "day", "publication"), rule="test", confidence=0.9,
        place=Place("Moscow", 0, 0, "Moscow", "RUS", 524901, 55.75, 37.6, "city"),
        attribution=Actor("officials", 0, 0, country="IND"), attribution_text="officials")


def test_add_and_read_back_with_provenance() -> None:
    with Store(":memory:") as s:
        res = s.add(_article(), [_event()])
        assert res.stored and res.events == 1
        (row,) = s.events()
        assert row["event_type"] == "CONSULT" and row["source_countries"] == ["IND"]
        assert row["target_sectors"] == ["GOV"] and row["place_geonameid"] == 524901
        assert (row["sentence_start"], row["trigger_start"], row["trigger_end"]) == (0, 6, 9)
        assert row["attribution"] == "officials" and row["attribution_country"] == "IND"
        roles = [(a["role"], a["country"]) for a in s.event_actors(row["event_id"])]
        assert sorted(roles) == [("attribution", "IND"), ("source", "IND"), ("target", "RUS")]


def test_same_article_twice_is_stored_once() -> None:
    with Store(":memory:") as s:
        assert s.add(_article(), [_event()]).stored
        again = s.add(_article(), [_event()])
        assert not again.stored and again.duplicate_of == "a1"
        # same date and text under another id is the same article
        assert not s.add(_article("other-id"), [_event("other-id")]).stored
        assert s.counts() == {"articles": 1, "events": 1, "quarantine": 0}


def test_quarantine_is_idempotent() -> None:
    q = Quarantined("f.jsonl", "line 2", "date", "no publication date", "{}", "x")
    with Store(":memory:") as s:
        assert s.add_quarantined(q)
        assert not s.add_quarantined(q)
        (row,) = s.quarantined()
        assert (row["field"], row["locator"], row["record_id"]) == ("date", "line 2", "x")


def test_filters() -> None:
    with Store(":memory:") as s:
        s.add(_article("a1"), [_event("a1")])
        s.add(_article("a2", "Iran accused Iraq."),
              [_event("a2", "ACCUSE", "IRN", "IRQ", date(2020, 1, 5), "Iran accused Iraq.")])
        assert [r["article_id"] for r in s.events(EventFilter(country="irq"))] == ["a2"]
        assert [r["article_id"] for r in s.events(EventFilter(type="consult"))] == ["a1"]
        assert [r["article_id"] for r in s.events(EventFilter(since=date(2020, 1, 1)))] == ["a2"]
        assert [r["article_id"] for r in s.events(EventFilter(until=date(2019, 12, 1)))] == ["a1"]
        assert len(s.events(EventFilter(limit=1))) == 1
        assert s.events(EventFilter(text="ACCUSED"))[0]["article_id"] == "a2"
        assert s.events(EventFilter(country="FRA")) == []


def test_file_store_persists_and_parquet_export(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    with Store(db) as s:
        s.add(_article(), [_event()])
    with Store(db, read_only=True) as s:
        assert s.counts()["events"] == 1
        out = tmp_path / "e.parquet"
        assert s.write_parquet("mentions", out) == 1
    rows = duckdb.sql(f"SELECT event_type, source_countries FROM '{out}'").fetchall()
    assert rows == [("CONSULT", ["IND"])]


def test_write_parquet_refuses_unknown_table(tmp_path: Path) -> None:
    with Store(":memory:") as s, pytest.raises(ValueError):
        s.write_parquet("articles; DROP TABLE events", tmp_path / "x.parquet")
