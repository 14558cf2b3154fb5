"""Time: temporal expressions (TIMEX3) and event dating from the text itself.

Interface used by the rest of dateline (keep it stable):

- ``find_timexes(text, dct) -> list[Timex]``: recognise and normalise every temporal
  expression in ``text`` against the document creation time ``dct``.
- ``EventDater(doc, published)``: built once per parsed article;
  ``EventDater.date(trigger) -> EventDate`` dates the event whose trigger token is
  ``trigger`` (a spaCy Token of ``doc``).

This first version only falls back to the publication date; the time issue replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from dateline.types import EventDate

__all__ = ["EventDater", "Timex", "find_timexes"]


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value: "2019-11-04", "2019-W44", "P3D", "PRESENT_REF", ...
    rule: str = ""


def find_timexes(text: str, dct: date) -> list[Timex]:
    return []


class EventDater:
    def __init__(self, doc: Doc, published: date) -> None:
        self.doc = doc
        self.published = published

    def date(self, trigger: Token) -> EventDate:
        p = self.published
        return EventDate(start=p, end=p, granularity="day", method="publication")
