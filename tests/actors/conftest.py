"""Fixtures for the actors tests: one ActorCoder, the parsed example article, and a
helper that parses a sentence and codes its actors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from dateline.actors import ActorCoder, DocActors


@pytest.fixture(scope="session")
def coder() -> ActorCoder:
    return ActorCoder()


@pytest.fixture(scope="session")
def code(nlp, coder: ActorCoder) -> Callable[..., tuple[object, DocActors]]:  # noqa: ANN001
    def _code(text: str, published: date = date(2019, 11, 4),
              with_coder: ActorCoder | None = None) -> tuple[object, DocActors]:
        doc = nlp(text)
        return doc, (with_coder or coder).for_doc(doc, published)

    return _code


@pytest.fixture(scope="session")
def example(nlp, coder: ActorCoder, example_path: Path):  # noqa: ANN001, ANN201
    text = example_path.read_text(encoding="utf-8")
    if text.startswith(" date "):
        text = text.split(" ", 3)[3]
    doc = nlp(text)
    return doc, coder.for_doc(doc, date(2019, 11, 4))
