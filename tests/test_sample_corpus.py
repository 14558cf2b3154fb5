"""The bundled sample corpus (src/dateline/data/sample) and its gold file are well-formed."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from dateline.events.patterns import EVENT_TYPES, MODES
from dateline.readers import read_path
from dateline.types import Article, Quarantined

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "src" / "dateline" / "data" / "sample"
GOLD = REPO / "eval" / "gold" / "sample_events.jsonl"
MODALITIES = {"asserted", "planned", "possible", "negated", "hypothetical", "denied"}
LABEL = re.compile(r"^([A-Z]{3}|---)$")


def _jsonl() -> list[dict]:
    return [json.loads(line) for line in (SAMPLE / "articles.jsonl").read_text().splitlines()]


def _csv() -> list[dict]:
    with (SAMPLE / "articles.csv").open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((SAMPLE / "texts").glob("*.txt"))}


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]


def _all_articles() -> dict[str, tuple[date, str]]:
    out = {}
    for rec in _jsonl():
        out[rec["id"]] = (date.fromisoformat(rec.get("date") or rec["published"]), rec["text"])
    for rec in _csv():
        out[rec["id"]] = (date.fromisoformat(rec["date"]), rec["text"])
    for stem, text in _texts().items():
        m = re.match(r"date (\d{4}-\d{2}-\d{2}) ", text)
        assert m, stem
        out[stem] = (date.fromisoformat(m.group(1)), text[m.end():])
    return out


def test_good_files_parse_with_dates_and_fields() -> None:
    recs = _jsonl()
    assert recs and all({"id", "title", "source", "url", "text"} <= set(r) for r in recs)
    assert {("date" in r) for r in recs} == {True, False}  # both 'date' and 'published' used
    rows = _csv()
    assert rows and list(rows[0]) == ["id", "date", "title", "source", "url", "text"]
    assert any('"' in r["text"] for r in rows) and any("," in r["text"] for r in rows)
    texts = _texts()
    assert texts and all(re.match(r"date \d{4}-\d{2}-\d{2} \S", t) for t in texts.values())
    articles = _all_articles()
    assert 30 <= len(articles) <= 40
    assert len(articles) == len(recs) + len(rows) + len(texts)  # ids are unique
    years = {d.year for d, _ in articles.values()}
    assert years == {2019, 2020, 2021, 2022, 2023, 2024}
    for _, text in articles.values():
        sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip()) if s]
        assert 3 <= len(sentences) <= 8, text[:60]


def test_readers_accept_every_good_record() -> None:
    for name in ("articles.jsonl", "articles.csv", "texts"):
        items = list(read_path(SAMPLE / name))
        assert items and all(isinstance(i, Article) for i in items), name


def test_bad_records_are_quarantined_with_the_right_field() -> None:
    items = list(read_path(SAMPLE / "bad"))
    bad = [i for i in items if isinstance(i, Quarantined)]
    good = [i for i in items if isinstance(i, Article)]
    assert len(good) == 2  # the records without an id are valid: the id is derived
    assert all(a.id for a in good)
    fields = Counter((Path(q.origin).name, q.field) for q in bad)
    assert fields == Counter({
        ("bad.jsonl", "json"): 1, ("bad.jsonl", "date"): 2, ("bad.jsonl", "text"): 2,
        ("bad.csv", "date"): 2, ("bad.csv", "text"): 1, ("bad.csv", "csv"): 1,
        ("no_date_header.txt", "date"): 1,
    })
    assert any("2019-02-30" in q.reason for q in bad)


def test_gold_file_matches_the_articles() -> None:
    articles = _all_articles()
    gold = _gold()
    assert {g["id"] for g in gold} == set(articles)
    for g in gold:
        published, text = articles[g["id"]]
        assert g["published"] == published.isoformat()
        assert g["events"], g["id"]
        for e in g["events"]:
            assert e["type"] in EVENT_TYPES
            assert e.get("mode") is None or e["mode"] in MODES[e["type"]]
            assert e["modality"] in MODALITIES
            for key in ("source", "target"):
                value = e.get(key)
                labels = [] if value is None else [value] if isinstance(value, str) else value
                assert all(LABEL.match(v) or v in ("IGO", "NGO", "XKX") for v in labels), e
            assert e["source"], e
            if e.get("joint"):
                assert isinstance(e["source"], list) and len(e["source"]) > 1
            lo, hi = (date.fromisoformat(d) for d in e["date"])
            assert lo <= hi
            assert published - timedelta(days=400) <= lo <= published + timedelta(days=400)
            assert e["trigger"].split()[0].lower() in text.lower(), (g["id"], e["trigger"])


def test_gold_covers_every_type_twice_and_every_modality() -> None:
    events = [e for g in _gold() for e in g["events"]]
    types = Counter(e["type"] for e in events)
    assert all(types[t] >= 2 for t in EVENT_TYPES), types
    assert {e["modality"] for e in events} == MODALITIES


@pytest.mark.parametrize("pair", [("s01", "s27"), ("s04", "s30"), ("s16", "s17")])
def test_events_reported_twice(pair: tuple[str, str]) -> None:
    by_id = {g["id"]: g for g in _gold()}
    notes = [e.get("note", "") for e in by_id[pair[1]]["events"]]
    assert any(f"same event as {pair[0]}" in n for n in notes)
