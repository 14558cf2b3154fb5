"""Property-based tests: no input makes a reader fail with anything but a Quarantined
record (or FileNotFoundError for a missing path), and every record is accounted for."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.readers import read_bytes
from dateline.readers.dates import BadDate, parse_publication_date
from dateline.types import Article, Quarantined

values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                   st.text(max_size=40), st.lists(st.integers(), max_size=3))
records = st.dictionaries(st.sampled_from(["id", "date", "published", "text", "title", "url",
                                           "source", "body", "x"]), values, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["auto", "jsonl", "csv", "text"]))
def test_any_bytes_give_only_articles_or_quarantine(data: bytes, fmt: str) -> None:
    for item in read_bytes(data, "fuzz", fmt, article_id="fuzz"):
        assert isinstance(item, (Article, Quarantined))
        if isinstance(item, Article):
            assert item.text.strip() and item.id


@settings(max_examples=300, deadline=None)
@given(st.lists(records, max_size=8))
def test_every_jsonl_line_is_accounted_for(recs: list[dict]) -> None:
    data = "\n".join(json.dumps(r) for r in recs).encode()
    items = list(read_bytes(data, "fuzz.jsonl", "jsonl"))
    assert len(items) == len(recs)
    for item in items:
        if isinstance(item, Quarantined):
            assert item.field and item.reason and item.locator.startswith("line ")


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=30), values))
def test_dates_parse_or_raise_bad_date(value: object) -> None:
    try:
        parse_publication_date(value)
    except BadDate as exc:
        assert str(exc)
