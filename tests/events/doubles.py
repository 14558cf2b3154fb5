"""Small doubles for the stages around the event extractor (actors, places, dates, the
pattern lexicon), shared by the argument tests so they pin the extractor's own rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dateline.types import Actor, EventDate, Place


@dataclass(frozen=True)
class Pat:
    """One pattern row: what the extractor reads of a lexicon entry."""

    type: str
    pos: str
    lemma: str
    object: str = "-"
    prep: str = "-"
    mode: str = "-"
    cameo: str = "-"
    confidence: float = 0.9
    source: str = "test"


class ListPatterns:
    """A lexicon of ``rows`` matched by lemma alone."""

    def __init__(self, rows: list[Pat]) -> None:
        self.rows = rows

    def match_verb(self, lemma: str, objects: set[str], preps: set[str]) -> list[Pat]:
        return [p for p in self.rows if p.pos == "VERB" and p.lemma == lemma]

    def match_noun(self, lemma: str) -> list[Pat]:
        return [p for p in self.rows if p.pos == "NOUN" and p.lemma == lemma]


class PhraseActors:
    """Codes the phrases of ``table`` (phrase -> (country, kind, sectors[, role])) where
    they occur as whole words in the parsed text, longest phrases first."""

    def __init__(self, doc: Any, table: dict[str, tuple[Any, ...]],
                 home: str | None = None) -> None:
        self.home = home
        self.mentions: list[Actor] = []
        self._by_token: dict[int, Actor] = {}
        text = doc.text
        for phrase, entry in sorted(table.items(), key=lambda kv: -len(kv[0])):
            country, kind, sectors = entry[:3]
            role = entry[3] if len(entry) > 3 else None
            at = text.find(phrase)
            while at >= 0 and not (
                (at == 0 or not text[at - 1].isalnum())
                and (at + len(phrase) == len(text) or not text[at + len(phrase)].isalnum())
            ):
                at = text.find(phrase, at + 1)
            span = doc.char_span(at, at + len(phrase)) if at >= 0 else None
            if span is None or any(t.i in self._by_token for t in span):
                continue
            a = Actor(phrase, span.start_char, span.end_char, name=phrase, country=country,
                      kind=kind, sectors=sectors, role=role, rule="test")
            self.mentions.append(a)
            for t in span:
                self._by_token[t.i] = a

    def actor_at(self, token: Any) -> Actor | None:
        return self._by_token.get(token.i)


class NamedPlaces:
    """Resolves the one-word names of ``table`` (name -> country); an event is where a
    place in its verb's own phrases is."""

    def __init__(self, doc: Any, table: dict[str, str]) -> None:
        self.places = [Place(t.text, t.idx, t.idx + len(t), t.text, table[t.text])
                       for t in doc if t.text in table]

    def locate(self, trigger: Any) -> Place | None:
        sub = {t.idx for t in trigger.subtree if t.dep_ not in ("ccomp", "xcomp")}
        return next((p for p in self.places if p.start in sub), None)


class FixedDater:
    def date(self, trigger: Any, modality: str | None = None) -> EventDate:
        return EventDate(date(2020, 1, 1), date(2020, 1, 1), "day", "publication")


Coded = tuple[str, list[str | None], list[str | None]]  # (type, source and target countries)


def country_runner(nlp: Any, rows: list[Pat], actors: dict[str, tuple[Any, ...]],
                   places: dict[str, str]) -> Any:
    """``run(text, home=None)``: the events the extractor finds in ``text`` with these
    doubles, as (type, source countries, target countries)."""
    from dateline.events.extract import EventExtractor
    from dateline.types import Article

    ex = EventExtractor(ListPatterns(rows))

    def run(text: str, home: str | None = None) -> list[Coded]:
        doc = nlp(text)
        art = Article("t", date(2020, 1, 1), text)
        return [(e.type, [a.country for a in e.sources], [a.country for a in e.targets])
                for e in ex.extract(doc, art, PhraseActors(doc, actors, home), FixedDater(),
                                    NamedPlaces(doc, places))]

    return run


def only(got: list[Coded], type_: str) -> Coded:
    """The one event of ``type_`` in ``got`` (fails when there are none or several)."""
    found = [g for g in got if g[0] == type_]
    assert len(found) == 1, got
    return found[0]
