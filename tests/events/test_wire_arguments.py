"""Argument rules for wire prose: verbs of receiving a gift (the giver acts), reduced
passive adjuncts before the main clause ("Asked about ..., Reagan replied"), a verb the
parser hung on the object before it ("smashed four brigades, killed ... soldiers"), and
cities before a gathering noun (the venue, not a party). Sentences written for these
tests; parsed by the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.events.arguments import verb_sources, verb_targets
from dateline.events.clause_args import (
    misread_conjunct,
    received_gift,
    reduced_passive_adjunct,
)
from dateline.events.nominal_args import noun_sources, venue_modifier


def _tok(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def _texts(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Nicaragua received military aid from the Soviet Union.", ["Union"], ["Nicaragua"]),
        ("The ministry said it had received an assurance from Greece.", ["Greece"], ["it"]),
        ("Pakistan has received weapons.", [], ["Pakistan"]),
    ],
)
def test_the_giver_of_what_is_received_acts(nlp: Language, text: str, giver: list[str],
                                             receiver: list[str]) -> None:
    doc = nlp(text)
    verb = _tok(doc, "received")
    assert received_gift(verb)
    sources, acted_on = verb_sources(verb)
    assert _texts(sources) == giver
    assert _texts(acted_on) == receiver
    assert not set(giver) & set(_texts(verb_targets(verb)))


def test_receiving_a_visitor_keeps_the_host_as_source(nlp: Language) -> None:
    doc = nlp("The president received the Indian delegation.")
    verb = _tok(doc, "received")
    assert not received_gift(verb)
    assert _texts(verb_sources(verb)[0]) == ["president"]


@pytest.mark.parametrize(
    ("text", "verb", "doers", "acted_on"),
    [
        ("Asked his reaction to the report, Reagan replied that it was fine.", "Asked", [],
         ["Reagan"]),
        ("Attacked by rebels, the army retreated to the capital.", "Attacked", ["rebels"],
         ["army"]),
    ],
)
def test_a_reduced_passive_adjunct_acts_on_the_main_subject(
        nlp: Language, text: str, verb: str, doers: list[str], acted_on: list[str]) -> None:
    doc = nlp(text)
    tok = _tok(doc, verb)
    assert reduced_passive_adjunct(tok)
    sources, targets = verb_sources(tok)
    assert _texts(sources) == doers
    assert _texts(targets) == acted_on


def test_an_active_participle_adjunct_shares_the_subject(nlp: Language) -> None:
    doc = nlp("Having attacked the town, the rebels withdrew.")
    tok = _tok(doc, "attacked")
    assert not reduced_passive_adjunct(tok)
    assert _texts(verb_sources(tok)[0]) == ["rebels"]


def test_a_verb_hung_on_the_object_before_it_shares_the_subject(nlp: Language) -> None:
    doc = nlp("Iranian forces smashed four Iraqi brigades, killed or wounded 1,500 Iraqi "
              "soldiers and destroyed 45 enemy tanks.")
    killed, wounded = _tok(doc, "killed"), _tok(doc, "wounded")
    if killed.dep_ != "acl":
        pytest.skip(f"the parser read 'killed' as {killed.dep_}, not as a reduced relative")
    assert misread_conjunct(killed)
    assert _texts(verb_sources(killed)[0]) == ["forces"]
    assert verb_sources(killed)[1] == []
    assert _texts(verb_sources(wounded)[0]) == ["forces"]


def test_a_true_reduced_relative_is_left_alone(nlp: Language) -> None:
    doc = nlp("The army found ten soldiers killed in the attack.")
    killed = _tok(doc, "killed")
    assert not misread_conjunct(killed)
    assert "forces" not in _texts(verb_sources(killed)[0])


@pytest.mark.parametrize(
    ("text", "modifier", "noun", "venue"),
    [
        ("Reagan will leave for the Venice economic summit on Wednesday.", "Venice",
         "summit", True),
        ("Dealers expect little from the Washington talks today.", "Washington", "talks",
         True),
        ("Iraq checked a new Tehran offensive on the southern front.", "Tehran",
         "offensive", False),
        ("Iranian attacks on Basra continued.", "Iranian", "attacks", False),
    ],
)
def test_a_city_before_a_gathering_is_its_venue(nlp: Language, text: str, modifier: str,
                                                noun: str, venue: bool) -> None:
    doc = nlp(text)
    mod, head = _tok(doc, modifier), _tok(doc, noun)
    if mod.head != head:
        pytest.skip(f"the parser hung {modifier!r} on {mod.head.text!r}")
    assert venue_modifier(mod) is venue
    assert (mod in noun_sources(head)) is (not venue)


def test_extract_gives_the_giver_of_assurances_as_source() -> None:
    from datetime import date

    from dateline import extract
    from dateline.types import Article

    text = ("TURKEY SAYS GREECE GAVE ASSURANCE.\nThe Turkish Foreign Ministry said in a "
            "statement it had received an assurance from Greece that it would not drill "
            "outside its territorial waters.")
    events = extract(Article(id="t", published=date(1987, 3, 28), text=text))
    got = [e for e in events if e.trigger == "received"]
    assert got, events
    assert [a.country for a in got[0].sources] == ["GRC"]
    assert [a.country for a in got[0].targets] == ["TUR"]


def test_aid_does_not_give_its_recipients_the_donors_country() -> None:
    from datetime import date

    from dateline import extract
    from dateline.types import Article

    text = "The U.S. government sent military aid to the rebels last year."
    events = extract(Article(id="t", published=date(1987, 3, 18), text=text))
    aid = [e for e in events if e.type == "AID"]
    assert aid, events
    assert [a.country for a in aid[0].sources] == ["USA"]
    # the rebels are a domestic actor of some other country the sentence does not name
    assert [a.country for a in aid[0].targets] == [None]
