"""Shared fixtures: the spaCy pipeline (loaded once), and the shared/ data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
EXAMPLE = SHARED / "examples" / "india-russia-2019-11-04.txt"


@pytest.fixture(scope="session")
def nlp():  # noqa: ANN201 - spaCy Language
    from dateline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def example_path(shared: Path) -> Path:
    if not EXAMPLE.is_file():
        pytest.skip("the canonical example article is missing")
    return EXAMPLE
