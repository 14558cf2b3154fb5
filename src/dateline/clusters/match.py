"""When are two event mentions reports of the same real-world event?

Mentions are compared on: the same PLOVER type; overlapping parties (the countries, or
names where no country is known, of sources and targets); overlapping dates, widened by
how uncertain each date is; compatible places; and the same status: what happened
(asserted), what was only planned or expected (planned, possible), and what was said not
to happen (negated, denied, hypothetical) are never merged. A planned event and the
asserted event that fulfils it are linked instead (``fulfils``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Mention", "STATUS", "compatible", "effective_interval", "parties_overlap",
           "status_of"]

STATUS = {"asserted": "occurred", "planned": "planned", "possible": "planned",
          "negated": "not-occurred", "denied": "not-occurred", "hypothetical": "hypothetical"}


def status_of(modality: str) -> str:
    return STATUS.get(modality, modality)


@dataclass(frozen=True)
class Mention:
    event_id: str
    article_id: str
    source: str | None  # the outlet
    published: date
    type: str
    modality: str
    parties: frozenset[str]
    date_start: date
    date_end: date
    date_method: str
    place_country: str | None
    place_geonameid: int | None

    @property
    def status(self) -> str:
        return status_of(self.modality)


def effective_interval(m: Mention) -> tuple[date, date]:
    """The days the event may fall on. A date read from the text is kept, a day widened
    by one either side (time zones, "overnight"); a date that is only the publication
    date stands for "shortly before" (or after, for planned events)."""
    if m.date_method == "publication":
        if m.status == "planned":
            return m.published, m.published + timedelta(days=14)
        return m.published - timedelta(days=3), m.published
    one = timedelta(days=1)
    return m.date_start - one, m.date_end + one


def parties_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    """Enough parties in common: all of the smaller side, and at least two when both
    sides name two or more (so "India-Russia talks" and "India-China talks" differ)."""
    if not a or not b:
        return False
    shared = a & b
    if len(a) >= 2 and len(b) >= 2:
        return len(shared) >= 2
    return shared == (a if len(a) <= len(b) else b)


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def compatible(a: Mention, b: Mention, same_status: bool = True) -> bool:
    if a.type != b.type:
        return False
    if same_status and a.status != b.status:
        return False
    if not parties_overlap(a.parties, b.parties):
        return False
    if not _overlap(effective_interval(a), effective_interval(b)):
        return False
    return not (a.place_country and b.place_country and a.place_country != b.place_country)
