"""Round trips of every export format, at both levels, read back by pandas and DuckDB."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

import dateline
from dateline.cli import main
from dateline.store import Store
from dateline.types import Actor, Article, Event, EventDate, Place

D = date(2022, 5, 2)


def _event(aid: str, start: date, src: str, tgt: str, modality: str = "asserted") -> Event:
    text = f"{src} leaders met {tgt} leaders in the capital, officials said."
    return Event(
        article_id=aid, type="CONSULT", mode="visit", context=("diplomatic",), cameo="042",
        sources=(Actor(src, 0, 3, name=src, country=src, sectors=("GOV",), role="President"),),
        targets=(Actor(tgt, 15, 18, name=tgt, country=tgt, sectors=("GOV",)),),
        modality=modality, trigger="met", trigger_start=12, trigger_end=15, sentence=text,
        sentence_start=0, sentence_end=len(text),
        date=EventDate(start, start, "day", "explicit", "on Monday", 40, 49, start.isoformat()),
        rule="test", confidence=0.9,
        place=Place("Paris", 0, 0, "Paris", "FRA", 2988507, 48.85, 2.35, "city"),
        attribution=Actor("officials", 50, 59), attribution_text="officials", quantity=None)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "x.duckdb")
    with Store(path) as s:
        for i, (src, tgt, day) in enumerate([("FRA", "DEU", 0), ("DEU", "FRA", 0),
                                            ("FRA", "DEU", 1), ("JPN", "KOR", 20)]):
            art = Article(f"a{i}", D + timedelta(days=day + 1), f"text {i}", source=f"s{i}",
                          url=f"https://example.org/{i}")
            s.add(art, [_event(f"a{i}", D + timedelta(days=day), src, tgt)])
        s.update_clusters()
    return path


def _export(db: str, *args: str) -> str:
    r = CliRunner().invoke(main, ["export", "--db", db, *args], catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("level", ["mentions", "events"])
def test_every_format_round_trips(db: str, tmp_path: Path, level: str) -> None:
    with dateline.open(db) as store:
        expected = store.rows(level)
    key = "event_id" if level == "mentions" else "cluster_id"
    assert len(expected) == (4 if level == "mentions" else 2)
    ids = sorted(r[key] for r in expected)
    lines = _export(db, "--level", level, "-f", "jsonl").splitlines()
    back = [json.loads(x) for x in lines]
    assert sorted(r[key] for r in back) == ids
    assert back[0]["date_start"] == expected[0]["date_start"].isoformat()
    for fmt, sep in (("csv", ","), ("tsv", "\t")):
        text = _export(db, "--level", level, "-f", fmt)
        rows = list(csv.DictReader(io.StringIO(text), delimiter=sep))
        assert sorted(r[key] for r in rows) == ids
        frame = pd.read_csv(io.StringIO(text), sep=sep)
        assert len(frame) == len(ids)
    pq = tmp_path / f"{level}.parquet"
    _export(db, "--level", level, "-f", "parquet", "-o", str(pq))
    frame = pd.read_parquet(pq)
    assert sorted(frame[key]) == ids
    via_duckdb = duckdb.sql(f"SELECT {key}, date_start FROM '{pq}' ORDER BY {key}").fetchall()
    assert [r[0] for r in via_duckdb] == ids and isinstance(via_duckdb[0][1], date)


def test_cluster_level_counts_reports(db: str) -> None:
    rows = [json.loads(x) for x in _export(db, "--level", "events", "-f", "jsonl").splitlines()]
    big = next(r for r in rows if r["n_mentions"] == 3)
    assert big["n_sources"] == 3 and sorted(big["parties"]) == ["DEU", "FRA"]
    assert big["first_reported"] == (D + timedelta(days=1)).isoformat()


def test_filters_apply_to_exports(db: str) -> None:
    rows = _export(db, "-f", "jsonl", "--country", "JPN").splitlines()
    assert len(rows) == 1 and json.loads(rows[0])["source_countries"] == ["JPN"]


def test_python_frames(db: str) -> None:
    with dateline.open(db) as store:
        mentions = store.frame("mentions")
        events = store.frame("events", dateline.EventFilter(country="FRA"))
    assert len(mentions) == 4 and list(events["n_mentions"]) == [3]
    with dateline.open(db) as store:
        pl_frame = store.frame("events", kind="polars")
        import polars as pl

        assert isinstance(pl_frame, pl.DataFrame) and pl_frame.height == 2
        pq = Path(db).with_suffix(".parquet")
        store.write_parquet("mentions", pq)
    assert pl.read_parquet(pq).height == 4
