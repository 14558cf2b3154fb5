"""Demonyms are never place mentions; country names that the actors' table also lists as
modifiers ("U.S. troops") or that look like plural demonyms ("Philippines") still are."""

from __future__ import annotations

import pytest

from dateline.places.names import demonym_country


@pytest.mark.parametrize(("word", "country"), [
    ("Russian", "RUS"), ("Russians", "RUS"), ("Filipinos", "PHL"), ("Philippine", "PHL"),
    ("American", "USA"), ("European", ""),
])
def test_demonyms(word: str, country: str) -> None:
    assert demonym_country(word) == country


@pytest.mark.parametrize("word", ["US", "U.S.", "Philippines", "India", "Moscow"])
def test_country_and_place_names_are_not_demonyms(word: str) -> None:
    assert demonym_country(word) is None
