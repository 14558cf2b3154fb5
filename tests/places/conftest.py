"""Shared fixtures for the places tests: spaCy and the gazetteer are loaded once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dateline.places import DocPlaces, PlaceResolver

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
EXAMPLE = SHARED / "examples" / "india-russia-2019-11-04.txt"


@pytest.fixture(scope="session")
def places_nlp() -> Language:
    from dateline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def resolver() -> PlaceResolver:
    return PlaceResolver()


@pytest.fixture(scope="session")
def analyse(
    places_nlp: Language, resolver: PlaceResolver
) -> Callable[[str], tuple[Doc, DocPlaces]]:
    def run(text: str) -> tuple[Doc, DocPlaces]:
        doc = places_nlp(text)
        return doc, resolver.for_doc(doc, date(2019, 11, 4))

    return run


@pytest.fixture(scope="session")
def example(analyse: Callable[[str], tuple[Doc, DocPlaces]]) -> tuple[Doc, DocPlaces]:
    if not EXAMPLE.exists():
        pytest.skip("shared/ examples not available")
    raw = EXAMPLE.read_text(encoding="utf-8")
    header = " date 2019-11-04 "
    text = raw[len(header) :] if raw.startswith(header) else raw
    return analyse(text)
