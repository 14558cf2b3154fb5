"""Property-based: no text and no publication date make the time normaliser fail, and every
expression it returns points at its own text with a well-formed value."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.time import find_timexes

WORDS = [
    "on",
    "Monday",
    "last",
    "next",
    "week",
    "month",
    "year",
    "three-day",
    "the",
    "19th",
    "Nov.",
    "4",
    "2019-20",
    "since",
    "2014",
    "earlier",
    "this",
    "recently",
    "in",
    "October",
    "ago",
    "days",
    "two",
    "Second",
    "World",
    "War",
    "yesterday",
    "tonight",
    "Q3",
    "fiscal",
    "1998",
    "every",
    "Friday",
    "morning",
    "December",
    "31",
    ",",
    ".",
    "292,000",
    "10,000,000",
    "99999",
    "centuries",
    "weeks",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join) | st.text(max_size=80),
    st.dates(min_value=date(1, 1, 8), max_value=date(9999, 12, 24)),
)
def test_any_text_any_date(text: str, dct: date) -> None:
    for t in find_timexes(text, dct):
        assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value
