"""The CLI end to end, in-process, with a temporary store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dateline.cli import main

GOOD = [
    {"id": "g1", "date": "2020-03-02", "title": "Talks",
     "text": "Iranian Foreign Minister Javad Zarif met his Iraqi counterpart in Baghdad on "
             "Monday. The two sides signed an agreement on border security."},
    {"id": "g2", "published": "2020-03-03",
     "text": "France accused Russia of launching cyberattacks against its hospitals, the "
             "French foreign ministry said on Tuesday."},
]
BAD = ['{"id": "b1", "text": "No date here."}', '{"id": "b2", "date": "2020-02-30", '
       '"text": "Impossible date."}', "{not json"]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join([json.dumps(r) for r in GOOD] + BAD) + "\n", encoding="utf-8")
    return f


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "t.duckdb")


def run(*args: str, input: str | None = None):  # noqa: ANN201 - click Result
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.mark.parametrize("cmd", [[], ["ingest"], ["events"], ["show"], ["quarantine"]])
def test_help_everywhere(cmd: list[str]) -> None:
    r = run(*cmd, "--help")
    assert r.exit_code == 0 and "Usage:" in r.output


def test_misuse_exits_2(db: str, tmp_path: Path) -> None:
    assert run("ingest", "--db", db).exit_code == 2  # no paths
    assert run("ingest", str(tmp_path / "missing.jsonl"), "--db", db).exit_code == 2
    assert run("events", "--db", db, "--format", "xml").exit_code == 2
    assert run("events", "--db", db, "--since", "yesterday").exit_code == 2


def test_reading_a_missing_store_is_an_error(db: str) -> None:
    r = run("events", "--db", db)
    assert r.exit_code == 1 and "no store" in r.stderr
    assert not Path(db).exists()  # reading never creates a store


def test_ingest_stores_quarantines_and_is_idempotent(corpus: Path, db: str) -> None:
    r = run("ingest", str(corpus), "--db", db)
    assert r.exit_code == 0, r.stderr
    assert "stored 2 articles" in r.stderr and "quarantined 3" in r.stderr
    assert "line 3" in r.stderr and "'date'" in r.stderr  # names the record and the field
    con = duckdb.connect(db, read_only=True)
    before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "events", "quarantine", "event_actors")}
    con.close()
    assert before["articles"] == 2 and before["quarantine"] == 3 and before["events"] >= 2
    r2 = run("ingest", str(corpus), "--db", db, "--quiet")
    assert r2.exit_code == 0 and "stored 0 articles (2 already stored)" in r2.stderr
    con = duckdb.connect(db, read_only=True)
    after = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    con.close()
    assert after == before
    assert run("ingest", str(corpus), "--db", db, "--strict", "-q").exit_code == 1


def test_events_formats(corpus: Path, db: str, tmp_path: Path) -> None:
    assert run("ingest", str(corpus), "--db", db, "-q").exit_code == 0
    rows = [json.loads(line) for line in run("events", "--db", db, "-f", "jsonl")
            .stdout.splitlines()]
    assert rows and all(r["sentence"] and r["rule"] and r["article_id"] for r in rows)
    assert {"event_type", "source_countries", "date_start", "trigger_start"} <= set(rows[0])
    for fmt, delim in (("csv", ","), ("tsv", "\t")):
        out = run("events", "--db", db, "-f", fmt).stdout
        parsed = list(csv.DictReader(io.StringIO(out), delimiter=delim))
        assert len(parsed) == len(rows) and parsed[0]["event_id"] == rows[0]["event_id"]
    table = run("events", "--db", db)
    assert table.exit_code == 0 and f"{len(rows)} events" in table.stdout
    assert run("events", "--db", db, "-f", "parquet").exit_code == 2
    pq = tmp_path / "e.parquet"
    assert run("events", "--db", db, "-f", "parquet", "-o", str(pq)).exit_code == 0
    import pandas as pd

    frame = pd.read_parquet(pq)
    assert len(frame) == len(rows) and set(frame["event_id"]) == {r["event_id"] for r in rows}
    out = tmp_path / "e.jsonl"
    assert run("events", "--db", db, "-f", "jsonl", "-o", str(out)).exit_code == 0
    assert len(out.read_text().splitlines()) == len(rows)


def test_event_filters(corpus: Path, db: str) -> None:
    run("ingest", str(corpus), "--db", db, "-q")
    fra = [json.loads(x) for x in run("events", "--db", db, "-f", "jsonl", "--country", "FRA")
           .stdout.splitlines()]
    assert fra and all("FRA" in r["source_countries"] + r["target_countries"] for r in fra)
    none = run("events", "--db", db, "-f", "jsonl", "--until", "1990-01-01").stdout
    assert none == ""


def test_show_and_quarantine(corpus: Path, db: str) -> None:
    run("ingest", str(corpus), "--db", db, "-q")
    r = run("show", "g2", "--db", db)
    assert r.exit_code == 0 and "accused" in r.stdout and "ACCUSE" in r.stdout
    assert run("show", "nope", "--db", db).exit_code == 1
    q = [json.loads(x) for x in run("quarantine", "--db", db, "-f", "jsonl").stdout.splitlines()]
    assert sorted(x["field"] for x in q) == ["date", "date", "json"]


def test_stdin(db: str) -> None:
    r = run("ingest", "-", "--db", db, "-q", input="date 2021-06-01 Egypt hosted Sudanese "
            "officials for talks on the Nile dam.\n")
    assert r.exit_code == 0 and "stored 1 articles" in r.stderr


def test_sample_corpus_ingests(db: str) -> None:
    r = run("ingest", "--sample", "--db", db, "-q")
    assert r.exit_code == 0, r.stderr
    assert "quarantined 0" not in r.stderr  # the sample carries bad records on purpose
    rows = run("events", "--db", db, "-f", "jsonl").stdout.splitlines()
    assert len(rows) >= 30


def test_ingest_with_worker_processes_matches_single(corpus: Path, tmp_path: Path) -> None:
    one, two = str(tmp_path / "one.duckdb"), str(tmp_path / "two.duckdb")
    assert run("ingest", str(corpus), "--db", one, "-q").exit_code == 0
    r = run("ingest", str(corpus), "--db", two, "-q", "--workers", "2", "--batch-size", "1")
    assert r.exit_code == 0, r.stderr
    a = run("events", "--db", one, "-f", "jsonl").stdout
    b = run("events", "--db", two, "-f", "jsonl").stdout
    single = [json.loads(x) for x in a.splitlines()]
    assert single and single == [json.loads(x) for x in b.splitlines()]
