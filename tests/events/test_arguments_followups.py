"""Follow-ups on arguments, modality and commerce: a noun planned, permitted or weighed
("plans a visit", "authorised the deployment"), blocked compound nouns, wishes voiced by
coded parties only, sums given "in aid", the host of an attended event, the place of a
dealing advised against, the place of an investigation, the gerund a parser read as an
adjective ("denied moving troops"), labour strikes, and businesses accused by no one named.

The actor stage, the places stage and the lexicon are small doubles; the sentences are
written for these tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from doubles import FixedDater, NamedPlaces, Pat, PhraseActors

from dateline.events.extract import EventExtractor
from dateline.types import Article, Event, Place

# phrase -> (country, kind, sectors[, role])
ACTORS: dict[str, tuple[Any, ...]] = {
    "Chile": ("CHL", "country", ()),
    "Peru": ("PER", "country", ()),
    "Bolivia": ("BOL", "country", ()),
    "Ecuador": ("ECU", "country", ()),
    "Canada": ("CAN", "country", ()),
    "Some people": (None, "group", ("CVL",), "People"),
    "Many Chileans": ("CHL", "group", ()),
    "Chileans": ("CHL", "group", ()),
    "Chilean rail workers": ("CHL", "group", ("CVL",), "Rail Workers"),
    "Chilean opposition parties": ("CHL", "group", ("OPP",)),
    "The company": (None, "person", ("BUS",), "Company"),
    "Acme": (None, "organisation", ("BUS",)),
    "Beta": (None, "organisation", ("BUS",)),
}

ROWS = [
    Pat("CONSULT", "NOUN", "visit", mode="visit"),
    Pat("MOBILIZE", "NOUN", "deployment"),
    Pat("ASSAULT", "NOUN", "battle"),
    Pat("-", "NOUN", "court battle"),
    Pat("CONSULT", "VERB", "negotiate"),
    Pat("AID", "VERB", "help"),
    Pat("AID", "VERB", "give", object="aid"),
    Pat("CONCEDE", "VERB", "give", prep="in"),
    Pat("RETREAT", "VERB", "halt"),
    Pat("CONSULT", "VERB", "attend", object="olympics", mode="visit"),
    Pat("SANCTION", "VERB", "advise", prep="against"),
    Pat("ACCUSE", "VERB", "re-examine", mode="investigate"),
    Pat("ACCUSE", "VERB", "reexamine", mode="investigate"),
    Pat("MOBILIZE", "VERB", "move", object="troop"),
    Pat("PROTEST", "VERB", "go", object="strike", prep="on", mode="strike"),
    Pat("PROTEST", "NOUN", "strike", mode="strike"),
    Pat("ACCUSE", "VERB", "accuse"),
    Pat("ACCUSE", "VERB", "sue"),
    Pat("CONSULT", "NOUN", "talk"),
]


class Patterns:
    """Rows matched by lemma, object and preposition, with the lexicon's compound look-up
    (a blocking row for the longest compound stops the head noun's rows)."""

    def match_verb(self, lemma: str, objects: set[str], preps: set[str]) -> list[Pat]:
        return [p for p in ROWS if p.pos == "VERB" and p.lemma == lemma and p.type != "-"
                and (p.object == "-" or p.object in objects)
                and (p.prep == "-" or p.prep in preps)]

    def match_noun(self, lemma: str) -> list[Pat]:
        found = [p for p in ROWS if p.pos == "NOUN" and p.lemma == lemma]
        return [] if found and found[0].type == "-" else found

    def match_noun_forms(self, forms: Sequence[str]) -> list[Pat]:
        for form in forms:
            found = [p for p in ROWS if p.pos == "NOUN" and p.lemma == form]
            if found:
                return [] if found[0].type == "-" else found
        return []


class Places(NamedPlaces):
    """The doubles' places; the names of ``unlisted`` (name -> country) are not found as
    places of the text (as "Beijing" in "the Beijing Olympics", an event's name) but are
    resolved when asked for."""

    def __init__(self, doc: Any, table: dict[str, str], unlisted: dict[str, str]) -> None:
        super().__init__(doc, table)
        self.unlisted = [Place(t.text, t.idx, t.idx + len(t), t.text, unlisted[t.text])
                         for t in doc if t.text in unlisted]

    def resolve_span(self, start: int, end: int) -> Place | None:
        return next((p for p in self.places + self.unlisted
                     if p.start == start and p.end == end), None)


@pytest.fixture(scope="module")
def events(nlp):  # noqa: ANN001, ANN201
    ex = EventExtractor(Patterns())

    def run(text: str) -> list[Event]:
        doc = nlp(text)
        art = Article("t", date(2020, 1, 1), text)
        return ex.extract(doc, art, PhraseActors(doc, ACTORS), FixedDater(),
                          Places(doc, {"Lima": "PER"}, {"Quito": "ECU"}))

    return run


def _one(got: list[Event], type_: str) -> Event:
    found = [e for e in got if e.type == type_]
    assert len(found) == 1, got
    return found[0]


def _countries(actors: Sequence[Any]) -> list[str | None]:
    return [a.country for a in actors]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Chile plans a visit to Peru next month.", "planned"),
        ("Chile authorised the deployment of troops to Peru.", "planned"),
        ("Chile approved the deployment of troops to Peru.", "planned"),
        ("Chile is considering a visit to Peru.", "possible"),
        ("Chile did not approve the deployment of troops to Peru.", "negated"),
    ],
)
def test_a_planned_or_permitted_noun_is_the_planner_s_act(events, text: str,  # noqa: ANN001
                                                          modality: str) -> None:
    ev = next(e for e in events(text) if e.type in ("CONSULT", "MOBILIZE"))
    assert ev.modality == modality
    assert (_countries(ev.sources), _countries(ev.targets)) == (["CHL"], ["PER"])


def test_helping_to_do_something_does_it(events) -> None:  # noqa: ANN001
    ev = _one(events("Canada helped to negotiate a truce between Chile and Peru."), "CONSULT")
    assert ev.modality == "asserted"


def test_a_blocked_compound_noun_does_not_fall_back_to_its_head(events) -> None:  # noqa: ANN001
    assert [e for e in events("Chile's court battle with Peru ended on Monday.")
            if e.type == "ASSAULT"] == []
    assert _one(events("Chile's battle with Peru ended on Monday."), "ASSAULT")


def test_a_wish_is_voiced_by_a_coded_party_not_a_share_of_a_population(events) -> None:  # noqa: ANN001
    assert [e for e in events("Some people want Peru to halt the offensive.")
            if e.type == "REQUEST"] == []
    assert [e for e in events("Many Chileans want Peru to halt the offensive.")
            if e.type == "REQUEST"] == []
    ev = _one(events("Canada wants Peru to halt the offensive."), "REQUEST")
    assert (_countries(ev.sources), _countries(ev.targets)) == (["CAN"], ["PER"])


def test_would_like_another_party_to_act_is_an_appeal(events) -> None:  # noqa: ANN001
    ev = _one(events("Canada said it would like Peru to halt the offensive."), "REQUEST")
    assert (_countries(ev.sources), _countries(ev.targets)) == (["CAN"], ["PER"])
    assert ev.modality == "asserted"  # the wish is voiced
    assert [e for e in events("Canada would not like Peru to halt the offensive.")
            if e.type == "REQUEST"] == []


def test_a_sum_given_in_aid_is_aid(events) -> None:  # noqa: ANN001
    got = events("Chile gave ten million dollars in aid to Peru.")
    ev = _one(got, "AID")
    assert (_countries(ev.sources), _countries(ev.targets)) == (["CHL"], ["PER"])
    assert [e for e in got if e.type == "CONCEDE"] == []  # no "gave in"
    # the "for" of the aid names who gets it
    ev = _one(events("Chile gave five million dollars in aid for Bolivia."), "AID")
    assert _countries(ev.targets) == ["BOL"]


def test_the_host_of_an_attended_event_is_visited(events) -> None:  # noqa: ANN001
    ev = _one(events("Peru will attend the Quito Olympics."), "CONSULT")
    assert (_countries(ev.sources), _countries(ev.targets)) == (["PER"], ["ECU"])


@pytest.mark.parametrize(
    "text",
    [
        "Chile advised against travel to Peru.",
        "Chile advised its citizens against all travel to Peru.",
    ],
)
def test_a_dealing_advised_against_is_aimed_at_its_place(events, text: str) -> None:  # noqa: ANN001
    ev = _one(events(text), "SANCTION")
    assert (_countries(ev.sources), _countries(ev.targets)) == (["CHL"], ["PER"])


def test_an_investigation_with_no_party_named_is_of_its_place(events) -> None:  # noqa: ANN001
    ev = _one(events("Inspectors will re-examine the sites in Peru."), "ACCUSE")
    assert _countries(ev.targets) == ["PER"]


def test_a_gerund_read_as_an_adjective_is_the_denier_s_act(events) -> None:  # noqa: ANN001
    ev = _one(events("Chile denied moving troops to the border."), "MOBILIZE")
    assert _countries(ev.sources) == ["CHL"]
    assert ev.modality == "denied"
    ev = _one(events("Chile did not deny moving troops to the border."), "MOBILIZE")
    assert ev.modality == "possible"


def test_strikers_are_not_their_own_target(events) -> None:  # noqa: ANN001
    ev = _one(events("Chilean rail workers went on strike."), "PROTEST")
    assert (_countries(ev.sources), ev.targets) == (["CHL"], ())
    # a general strike called by parties is aimed at their government (PLOVER convention)
    ev = _one(events("Chilean opposition parties organized a general strike."), "PROTEST")
    assert _countries(ev.targets) == ["CHL"]
    assert ev.targets[0].rule == "convention:protest-own-government"


def test_a_business_accused_by_no_one_named_is_still_accused(events) -> None:  # noqa: ANN001
    ev = _one(events("The company is accused of fraud."), "ACCUSE")
    assert ev.targets[0].sectors == ("BUS",)
    # businesses only, the doer named: commerce
    assert [e for e in events("Acme sued Beta over the patents.") if e.type == "ACCUSE"] == []
    # a talk with no one named among businesses is no state's act
    assert [e for e in events("The company is near completion of talks with Acme.")
            if e.type == "CONSULT"] == []
