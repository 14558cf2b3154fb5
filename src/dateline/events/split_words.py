"""Hyphenated words the tokenizer splits: "counter-attacks" is read as counter / - /
attacks, and the parser may hang the modifiers of the whole word ("heavy Iraqi
counter-attacks") on its first part. The head word is the last part; the modifiers of the
earlier parts belong to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.countries import country_lexicon
from dateline.types import Actor

__all__ = ["prefix_demonyms", "split_prefix", "word_modifiers"]


def split_prefix(tok: Token) -> list[Token]:
    """The earlier parts of a hyphenated word whose last part is ``tok`` ("counter" and
    "-" of "counter-attacks"), written without spaces; empty for a plain word."""
    doc = tok.doc
    out: list[Token] = []
    i = tok.i
    while (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
    ):
        out = [doc[i - 2], doc[i - 1], *out]
        i -= 2
    return out


def word_modifiers(tok: Token) -> list[Token]:
    """The children of ``tok`` and of the earlier parts of its hyphenated word, those
    parts themselves left out, in text order."""
    parts = split_prefix(tok)
    own = {p.i for p in parts} | {tok.i}
    kids = {c.i: c for p in [*parts, tok] for c in p.children if c.i not in own}
    return [kids[i] for i in sorted(kids)]


def prefix_demonyms(tok: Token) -> list[Actor]:
    """Countries named by a demonym the parser hung on an earlier part of ``tok``'s
    hyphenated word ("fierce Eritrean counter-attacks": Eritrean on "counter"), which
    the actors stage may leave out of any noun phrase: the country's side acts."""
    out: list[Actor] = []
    for part in split_prefix(tok):
        for c in part.children:
            if c.dep_ != "amod" or c.ent_type_ != "NORP":
                continue
            hit = country_lexicon().find(c.text)
            if hit is not None and hit.kind == "demonym":
                out.append(
                    Actor(
                        c.text,
                        c.idx,
                        c.idx + len(c),
                        name=hit.name,
                        country=hit.country,
                        kind="group",
                        rule="split-word-demonym",
                        confidence=0.7,
                    )
                )
    return out
