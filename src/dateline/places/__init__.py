"""Places: where each event happened, geocoded offline against an embedded gazetteer.

Interface used by the rest of dateline (keep it stable):

- ``PlaceResolver()``: loads (or builds once, then loads) the gazetteer index.
- ``PlaceResolver.for_doc(doc, published) -> DocPlaces``: finds and resolves every
  toponym of one parsed article.
- ``DocPlaces.places``: list[Place]; ``DocPlaces.locate(trigger) -> Place | None``: where
  the event whose trigger token is ``trigger`` happened, or None.

This first version resolves nothing; the places issue replaces it.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from dateline.types import Place

__all__ = ["DocPlaces", "PlaceResolver"]


class DocPlaces:
    def __init__(self, places: list[Place]) -> None:
        self.places = places

    def locate(self, trigger: Token) -> Place | None:
        return None


class PlaceResolver:
    def for_doc(self, doc: Doc, published: date) -> DocPlaces:
        return DocPlaces([])
