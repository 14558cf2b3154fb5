"""The records that flow through dateline's pipeline.

read -> nlp -> time -> actors -> places -> events -> store

Every offset is a character offset into ``Article.text`` (the article body as
stored, after the reader stripped any ``date YYYY-MM-DD`` header).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "Actor",
    "Article",
    "EventDate",
    "Event",
    "Place",
    "Quarantined",
]


@dataclass(frozen=True)
class Article:
    """One dated news article, as read from an input file."""

    id: str
    published: date
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""  # where it was read from: "path:line 3", "path:row 4", "path"


@dataclass(frozen=True)
class Quarantined:
    """A record that could not be used, kept with the reason instead of being dropped."""

    origin: str  # file path, or "<stdin>"
    locator: str  # "line 3", "row 4", "file"
    field: str  # the field at fault: "date", "text", "json", "encoding", ...
    reason: str  # a sentence a user can act on
    raw: str = ""  # the record as read, truncated
    record_id: str | None = None

    def message(self) -> str:
        rid = f" (id {self.record_id})" if self.record_id else ""
        return f"{self.origin}, {self.locator}{rid}: field '{self.field}': {self.reason}"


@dataclass(frozen=True)
class Actor:
    """A coded actor mention: who, from which country, in which sector and role."""

    text: str  # the mention as written ("his Russian counterpart General Sergei Shoigu")
    start: int
    end: int
    name: str | None = None  # canonical name ("Sergei Shoigu", "India")
    country: str | None = None  # ISO 3166-1 alpha-3, or None when the text does not say
    sectors: tuple[str, ...] = ()  # PLOVER/CAMEO sector codes: GOV, MIL, BUS, IGO, ...
    role: str | None = None  # normalised role or title ("Defence Minister")
    kind: str = "unknown"  # person | organisation | country | place | group | igo | unknown
    code: str | None = None  # own code where one exists (IGO codes: "UNO", "NATO", "SCO")
    rule: str = ""  # the rule that coded it
    confidence: float = 1.0


@dataclass(frozen=True)
class Place:
    """A resolved place, from an embedded gazetteer."""

    text: str
    start: int
    end: int
    name: str
    country: str | None  # ISO3
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "country"  # point | city | region | country
    rule: str = ""


@dataclass(frozen=True)
class EventDate:
    """When an event happened (or is to happen): an interval of days, inclusive."""

    start: date
    end: date
    granularity: str  # day | week | month | year | range
    method: str  # explicit | anchored | tense | publication
    expression: str | None = None  # the temporal expression used, as written
    expr_start: int | None = None
    expr_end: int | None = None
    value: str | None = None  # TIMEX3 value of that expression


@dataclass(frozen=True)
class Event:
    """One event mention: who did what to whom, when, where, how sure, and which sentence
    says so."""

    article_id: str
    type: str  # PLOVER event type: CONSULT, AGREE, ...
    mode: str | None  # PLOVER mode, e.g. "visit" for CONSULT
    context: tuple[str, ...]  # PLOVER contexts: "military", "economic", ...
    cameo: str | None  # CAMEO code through the crosswalk
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    modality: str  # asserted | planned | possible | negated | hypothetical | denied
    trigger: str  # the word(s) that signal the event
    trigger_start: int
    trigger_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    date: EventDate
    rule: str  # the rule or model that produced it
    confidence: float
    place: Place | None = None
    attribution: Actor | None = None  # who says so ("officials", "a Defence Ministry statement")
    attribution_text: str | None = None
    quantity: str | None = None  # "three" in "signed three MoUs"
    theme: str | None = None  # object of the event ("three MoUs", "modalities")
    joint: bool = False  # a joint act: every source is a party, e.g. "India and Uzbekistan signed"
    extras: dict[str, str] = field(default_factory=dict)

    def dyads(self) -> list[tuple[Actor | None, Actor | None]]:
        """(source, target) pairs: for a joint act every ordered pair of distinct parties."""
        if self.joint and len(self.sources) > 1:
            return [(a, b) for a in self.sources for b in self.sources if a is not b]
        sources: tuple[Actor | None, ...] = self.sources or (None,)
        targets: tuple[Actor | None, ...] = self.targets or (None,)
        return [(a, b) for a in sources for b in targets]

    @property
    def id(self) -> str:
        """A stable id: the same article and trigger always give the same id."""
        import hashlib

        parties = ",".join(f"{a.start}" for a in self.sources + self.targets)
        key = f"{self.article_id}|{self.trigger_start}|{self.trigger_end}|{self.type}|{parties}"
        return hashlib.sha1(key.encode()).hexdigest()[:16]
