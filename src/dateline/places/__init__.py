"""Places: where each event happened, geocoded offline against an embedded gazetteer.

Interface used by the rest of dateline (keep it stable):

- ``PlaceResolver()``: loads (or builds once, then loads) the gazetteer index.
- ``PlaceResolver.for_doc(doc, published) -> DocPlaces``: finds and resolves every
  toponym of one parsed article.
- ``DocPlaces.places``: list[Place]; ``DocPlaces.locate(trigger) -> Place | None``: where
  the event whose trigger token is ``trigger`` happened, or None.

Also: ``DocPlaces.at(start, end)`` (the place mentioned at a character span) and
``DocPlaces.resolve_span(start, end)`` (resolve a span found by other means, e.g. by the
actors stage, in the article's context; a demonym span gives its country).

Precision is "city", "region" (US states, our table of other first-level regions, named
areas such as "West Bank", continents) or "country"; "point" is not produced yet (venues
such as "the Piskarevsky Memorial Cemetery" are not in the gazetteer and fall back to
the city that holds them).

See ``resolve`` for the recognition, disambiguation and coreference rules, ``locate`` for
the event-location rules, ``gazetteer`` for what the gazetteer holds and ``index`` for
its cache (an SQLite file in ``$XDG_CACHE_HOME/dateline``, built once on first use).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spacy.tokens import Doc, Token

from dateline.places.index import GazetteerIndex
from dateline.places.locate import Locator
from dateline.places.resolve import Mention, find_mentions, resolve_mentions, resolve_span
from dateline.types import Place

__all__ = ["DocPlaces", "PlaceResolver"]


class DocPlaces:
    """The resolved places of one article, and event location over them."""

    def __init__(self, doc: Doc, mentions: list[Mention], index: GazetteerIndex) -> None:
        self.doc = doc
        self.index = index
        self.mentions = mentions
        self.places: list[Place] = [p for m in mentions if (p := m.place()) is not None]
        self._locator = Locator(doc, mentions)

    def locate(self, trigger: Token) -> Place | None:
        """Where the event signalled by ``trigger`` happened, or None when the text does
        not say."""
        return self._locator.locate(trigger)

    def at(self, start: int, end: int) -> Place | None:
        """The resolved place whose mention overlaps the character span, if any."""
        for p in self.places:
            if p.start < end and start < p.end:
                return p
        return None

    def resolve_span(self, start: int, end: int) -> Place | None:
        """Resolve the text at [start, end) as a toponym in this article's context (for a
        mention found by other means, e.g. a gold toponym); None if not in the gazetteer."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return resolve_span(self.doc, self.mentions, span, self.index).place()


class PlaceResolver:
    """Resolves the toponyms of parsed articles; construct once per process."""

    def __init__(self, index: GazetteerIndex | None = None, path: Path | None = None) -> None:
        self.index = index or GazetteerIndex(path)

    def for_doc(self, doc: Doc, published: date) -> DocPlaces:
        mentions = find_mentions(doc, self.index)
        resolve_mentions(doc, mentions)
        return DocPlaces(doc, mentions, self.index)
