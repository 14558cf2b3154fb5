"""Actors: who did it, with country, sector and role, read from the text itself.

Interface used by the rest of dateline (keep it stable):

- ``ActorCoder()``: loads lexicons once per process.
- ``ActorCoder.for_doc(doc, published) -> DocActors``: finds and codes every actor
  mention of one parsed article, with coreference resolved.
- ``DocActors.mentions``: list[Actor]; ``DocActors.actor_at(token) -> Actor | None``:
  the actor whose mention is headed by (or contains) ``token``, with "he"/"Singh"
  resolved to the full mention's coding.

This first version codes country names only; the actors issue replaces it.
"""

from __future__ import annotations

from datetime import date

import pycountry
from spacy.tokens import Doc, Token

from dateline.types import Actor

__all__ = ["ActorCoder", "DocActors"]


class DocActors:
    def __init__(self, mentions: list[Actor], by_token: dict[int, Actor]) -> None:
        self.mentions = mentions
        self._by_token = by_token

    def actor_at(self, token: Token) -> Actor | None:
        return self._by_token.get(token.i)


class ActorCoder:
    def for_doc(self, doc: Doc, published: date) -> DocActors:
        mentions: list[Actor] = []
        by_token: dict[int, Actor] = {}
        for ent in doc.ents:
            if ent.label_ != "GPE":
                continue
            try:
                country = pycountry.countries.lookup(ent.text)
            except LookupError:
                continue
            actor = Actor(ent.text, ent.start_char, ent.end_char, name=country.name,
                          country=country.alpha_3, kind="country", rule="stub.country_name")
            mentions.append(actor)
            for tok in ent:
                by_token[tok.i] = actor
        return DocActors(mentions, by_token)
