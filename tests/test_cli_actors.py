"""``dateline actors``: the registry from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

ARTICLES = [
    {"id": "r1", "date": "2020-01-06", "text": "Indian Defence Minister Rajnath Singh met "
     "French Armed Forces Minister Florence Parly in Paris on Monday. Singh said the two "
     "countries would deepen defence ties."},
    {"id": "r2", "date": "2020-02-10", "text": "Rajnath Singh, India's defence minister, "
     "visited Japan on Monday for talks with Japanese officials."},
]


def run(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps(a) for a in ARTICLES), encoding="utf-8")
    path = str(tmp_path / "a.duckdb")
    assert run("ingest", str(f), "--db", path, "-q").exit_code == 0
    return path


def _actors(db: str, *args: str) -> list[dict]:
    r = run("actors", "list", "--db", db, "-f", "jsonl", *args)
    assert r.exit_code == 0, r.output
    return [json.loads(x) for x in r.stdout.splitlines()]


def test_variants_are_one_actor_across_articles(db: str) -> None:
    singh = _actors(db, "--name", "singh")
    assert len(singh) == 1 and singh[0]["country"] == "IND" and singh[0]["mentions"] >= 3
    assert any("Defence Minister" in r for r in singh[0]["roles"])
    again = _actors(db, "--name", "singh")
    assert again[0]["mentions"] == singh[0]["mentions"]  # listing twice records nothing twice


def test_rename_and_merge(db: str) -> None:
    singh = _actors(db, "--name", "singh")[0]
    r = run("actors", "rename", singh["actor_id"], "Shri Rajnath Singh", "--db", db)
    assert r.exit_code == 0
    assert _actors(db, "--name", "singh")[0]["name"] == "Shri Rajnath Singh"
    parly = _actors(db, "--name", "parly")[0]
    r = run("actors", "merge", singh["actor_id"], parly["actor_id"], "--db", db)
    assert r.exit_code == 0
    assert _actors(db, "--name", "parly")[0]["actor_id"] == singh["actor_id"]


def test_import_dictionary_and_who_held(db: str, tmp_path: Path) -> None:
    csv = tmp_path / "d.csv"
    csv.write_text("name,country,sector,role,start,end\n"
                   "Florence Parly,FRA,GOV,Armed Forces Minister,2017-06-21,2022-05-20\n",
                   encoding="utf-8")
    r = run("actors", "import", str(csv), "--db", db)
    assert r.exit_code == 0 and "imported 1" in r.stdout
    r = run("actors", "who-held", "Armed Forces Minister", "--on", "2020-01-06", "--db", db,
            "-f", "jsonl")
    assert r.exit_code == 0
    assert any("Parly" in json.loads(x)["name"] for x in r.stdout.splitlines())
