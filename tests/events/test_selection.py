"""Selectional restrictions (dateline.events.selection and .commerce): words that cannot fill an
event's slots, one sentence of our own writing at a time, first on the rules themselves
(parsed sentences, actors given by a small double), then through ``dateline.extract``."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline.events.commerce import (
    bare_offer,
    commercial_content,
    commercial_offer_noun,
    commercial_parties,
    commercial_theme,
    economic_demand,
    non_agent_recipient,
)
from dateline.events.selection import (
    demonstrated_thing,
    empty_warning,
    idiom_object,
    inanimate_patient,
    met_thing,
    natural_force,
    non_agent_subject,
    opinion_agreement,
    question_asked,
    relative_doers,
    self_obligation,
    thing_moved,
)
from dateline.types import Actor, Article

ACTOR_WORDS = {"Kenya", "Chad", "rebels", "Ministry", "it", "police", "villagers"}


def actor_of(tok: Any) -> Actor | None:
    if tok.text in ACTOR_WORDS:
        return Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok), kind="group")
    return None


def _tok(nlp: Any, text: str, word: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "csubj")] + \
        [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("Severe floods destroyed the bridges near the border.", "destroyed", True),
    ("Bush fires burned the villages in the north.", "burned", True),
    ("Falling inflation allows the central bank to cut rates.", "allows", True),
    ("The treaty permits fishermen to enter the bay.", "permits", True),
    ("The factory was financed by municipal bonds.", "financed", True),
    ("The rebels destroyed the bridges near the border.", "destroyed", False),
    ("Kenya allows the traders to cross.", "allows", False),
    ("The police burned the villages in the north.", "burned", False),
])
def test_doer_must_be_able_to_act(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    tok = _tok(nlp, text, verb)
    assert non_agent_subject(_subjects(tok), actor_of) is expected


def test_a_single_fire_of_guns_is_violence(nlp) -> None:  # noqa: ANN001
    assert natural_force(_tok(nlp, "Forest fires spread quickly.", "fires"))
    assert not natural_force(_tok(nlp, "Fire from the tanks hit the school.", "Fire"))


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("The partners executed a binding contract on Monday.", "executed", True),
    ("The board killed the merger proposal.", "killed", True),
    ("The militia executed three prisoners.", "executed", False),
    ("Gunmen killed a village chief.", "killed", False),
])
def test_a_killing_needs_a_living_patient(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    assert inanimate_patient(_tok(nlp, text, verb), None) is expected


def _lexicon(tok: Any) -> list[str]:
    return {"bomb": ["ASSAULT"], "punish": ["COERCE"], "talk": ["CONSULT"]}.get(
        tok.lemma_.lower(), [])


@pytest.mark.parametrize(("text", "expected"), [
    ("The economist warned that the estimate might prove too high.", True),
    ("She warned that growth could slow next year.", True),
    ("Chad warned that it would respond.", False),  # an act announced by the speaker
    ("Chad warned that the rebels would be punished.", False),  # a lexicon act
    ("Chad warned Kenya against any incursion.", False),  # the act warned against
    ("Chad warned of reprisals.", False),
    ("The economist warned against excessive reliance on foreign capital.", True),
    ("Chad warned against any attempt to cross the border.", False),  # an act
])
def test_a_threat_announces_an_act(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    assert empty_warning(_tok(nlp, text, "warned"), "THREATEN", _lexicon, actor_of) is expected


def test_a_warning_typed_otherwise_is_left_alone(nlp) -> None:  # noqa: ANN001
    tok = _tok(nlp, "The economist warned that the estimate might prove too high.", "warned")
    assert not empty_warning(tok, "DISAPPROVE", _lexicon, actor_of)


@pytest.mark.parametrize(("text", "verb", "type_", "expected"), [
    ("The shipyards offered lower prices to the buyers.", "offered", "AGREE", True),
    ("The firm will offer two mln shares of common stock.", "offer", "AGREE", True),
    ("The agency accepted a bid from the exporter.", "accepted", "AGREE", True),
    ("Chad offered talks to the rebels.", "offered", "AGREE", False),
    ("Kenya offered food and medicine to the villagers.", "offered", "AID", False),
])
def test_trading_goods_is_commerce(nlp, text: str, verb: str, type_: str,  # noqa: ANN001
                                   expected: bool) -> None:
    assert commercial_theme(_tok(nlp, text, verb), type_) is expected


def _actor(kind: str, *sectors: str, country: str | None = None) -> Actor:
    return Actor(text="x", start=0, end=1, kind=kind, sectors=sectors, country=country)


def test_businesses_only_is_commerce() -> None:
    firm, bank = _actor("organisation", "BUS"), _actor("organisation", "BUS", country="USA")
    assert commercial_parties([firm], [bank])
    assert commercial_parties([firm], [])
    assert not commercial_parties([firm], [_actor("country", country="NOR")])
    assert not commercial_parties([firm], [_actor("organisation", "GOV", "BUS")])
    assert not commercial_parties([firm], [_actor("person")])  # a person of unknown sector
    assert not commercial_parties([], [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Asked if the cartel would raise output, he said no decision had been made.", True),
    ("The minister was asked about the future of the mine.", True),
    ("Kenya asked if troops could be sent to the border.", False),  # the asker is named
    ("Chad asked Kenya to close the border.", False),
])
def test_a_question_to_a_speaker_requests_nothing(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    tok = next(t for t in nlp(text) if t.lemma_ == "ask")
    assert question_asked(tok) is expected


def test_aid_to_a_market_has_no_recipient(nlp) -> None:  # noqa: ANN001
    tok = _tok(nlp, "The central bank gave the money market further assistance.", "gave")
    assert non_agent_recipient(tok, "AID")
    tok = _tok(nlp, "Kenya gave the refugees further assistance.", "gave")
    assert not non_agent_recipient(tok, "AID")


def test_idiom_object_is_no_party(nlp) -> None:  # noqa: ANN001
    doc = nlp("The two parties joined forces last year.")
    verb = next(t for t in doc if t.lemma_ == "join")
    obj = next(t for t in doc if t.text == "forces")
    assert idiom_object(verb, obj)
    doc = nlp("Chad joined the alliance last year.")
    verb = next(t for t in doc if t.lemma_ == "join")
    assert not idiom_object(verb, next(t for t in doc if t.text == "alliance"))


# ------------------------------------------------------------------ through the extractor

def _types(text: str) -> list[str]:
    from dateline import extract

    return [e.type for e in extract(Article(id="t", published=date(2020, 3, 2), text=text))]


@pytest.mark.parametrize("text", [
    "Heavy floods have destroyed 2,000 hectares of crops in the delta, officials said.",
    "The two shareholders have executed a definitive agreement to sell their stake.",
    "A strong currency permits the central bank to keep interest rates low.",
    "The new accord permits the growers to sell their crop abroad.",
    "The company's shipyards offered very competitive prices to foreign buyers.",
    "The analyst warned that the forecast might prove too optimistic.",
    "Acme Corp said it agreed to sell its packaging unit to Beta Industries Inc.",
    "The chairman said annual revenues should exceed 40 mln dlrs next year.",
])
def test_no_event_from_unfit_slots(text: str) -> None:
    assert _types(text) == []


def test_political_acts_stay() -> None:
    assert "ASSAULT" in _types("Rebels attacked an army base in northern Mali on Monday.")
    assert "THREATEN" in _types("Iran warned the United States that it would retaliate.")


def test_anonymity_is_no_request(nlp) -> None:  # noqa: ANN001
    doc = nlp("A diplomat, who asked not to be named, said the envoy had left.")
    assert question_asked(next(t for t in doc if t.lemma_ == "ask"))
    doc = nlp("Chad asked Kenya not to close the border.")
    assert not question_asked(next(t for t in doc if t.lemma_ == "ask"))


def test_a_visit_needs_a_visitor(nlp) -> None:  # noqa: ANN001
    doc = nlp("The equipment was flown to Pakistan last week.")
    verb = next(t for t in doc if t.lemma_ == "fly")
    assert thing_moved(verb, "CONSULT", "visit", actor_of)
    doc = nlp("The rebels were flown to Kenya last week.")
    verb = next(t for t in doc if t.lemma_ == "fly")
    assert not thing_moved(verb, "CONSULT", "visit", actor_of)


EVENT_NOUNS = {"talk", "talks", "asylum", "aid", "mediation", "release"}


def _event_noun(tok: Any) -> bool:
    return tok.lemma_.lower() in EVENT_NOUNS


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya offered ten exploration blocks to foreign firms.", True),
    ("Spot cargoes were offered at lower levels.", True),
    ("Kenya offered talks to the rebels.", False),  # an act
    ("Kenya offered asylum to the dissidents.", False),
    ("Kenya offered to mediate between the two sides.", False),
    ("Kenya offered police to guard the border.", False),  # forces: a party
])
def test_an_offer_offers_an_act(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    tok = next(t for t in nlp(text) if t.lemma_ == "offer")
    assert bare_offer(tok, "AGREE", _event_noun, actor_of) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The group raised its tender offer for the retailer.", True),
    ("The fund made an offer to acquire the brewer.", True),
    ("The bidder's offer of 30 dlrs a share was rejected.", True),
    ("Chad rejected the offer of talks.", False),
    ("Kenya welcomed the offer to mediate.", False),
])
def test_a_bid_for_a_company_is_commerce(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    tok = next(t for t in nlp(text) if t.lemma_ == "offer")
    assert commercial_offer_noun(tok) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry said it would meet the export target.", True),
    ("The reforms met with little success.", True),
    ("Kenya met the rebels in Nairobi.", False),
    ("The envoy met with villagers on Sunday.", False),
    ("The officials will meet major donors in May.", False),  # people the coder missed
])
def test_a_meeting_is_with_a_party(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    tok = next(t for t in nlp(text) if t.lemma_ == "meet")
    assert met_thing(tok, "CONSULT", actor_of) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The analysts agreed that the new tax was a mistake.", True),
    ("Kenya and Chad agreed that talks would resume next month.", False),
    ("Kenya and Chad agreed to reopen the border.", False),
])
def test_agreeing_that_is_an_opinion(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    tok = next(t for t in nlp(text) if t.lemma_ == "agree")
    assert opinion_agreement(tok, "AGREE", _lexicon, actor_of) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The employees offered to buy the airline for two billion dlrs.", True),
    ("The investor agreed to sell its stake in the brewery.", True),
    ("Kenya offered to buy the grain from Chad.", False),
    ("Chad agreed to sell 30,000 tonnes of sugar to Kenya.", True),  # trade
    ("Chad agreed to sell 24 fighter jets to Kenya.", False),  # arms
])
def test_buying_a_company_is_commerce(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    tok = next(t for t in nlp(text) if t.lemma_ in ("offer", "agree"))
    assert commercial_content(tok, "AGREE", actor_of) is expected


def test_self_obligation_and_demonstrating(nlp) -> None:  # noqa: ANN001
    doc = nlp("We must work harder, the chairman said.")
    assert self_obligation([t for t in doc if t.dep_ == "nsubj"][:1])
    doc = nlp("Kenya must withdraw, Chad said.")
    assert not self_obligation([t for t in doc if t.dep_ == "nsubj"][:1])
    tok = _tok(nlp, "The raid demonstrated that the army can strike anywhere.", "demonstrated")
    assert demonstrated_thing(tok, "PROTEST")
    tok = _tok(nlp, "Students demonstrated in the capital on Friday.", "demonstrated")
    assert not demonstrated_thing(tok, "PROTEST")


@pytest.mark.parametrize(("text", "expected"), [
    ("Domestic demand rose sharply in the fourth quarter.", True),
    ("Supply and demand were roughly in balance.", True),
    ("Traders reported strong demand for rice.", True),
    ("The unions repeated their demand for the release of the prisoners.", False),
    ("Kenya rejected the demand for talks.", False),
])
def test_economic_demand_is_no_demand(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    tok = next(t for t in nlp(text) if t.lemma_.lower() == "demand" and t.pos_ == "NOUN")
    assert economic_demand(tok, _event_noun, actor_of) is expected


def test_relative_clause_doer(nlp) -> None:  # noqa: ANN001
    doc = nlp("Scientists blame the acid rain that has killed fish in the lakes.")
    verb = next(t for t in doc if t.text == "killed")
    doers = relative_doers(verb)
    assert [t.text for t in doers] == ["rain"]
    assert non_agent_subject(doers, actor_of, [verb])
    doc = nlp("The army arrested the rebels who had killed two villagers.")
    verb = next(t for t in doc if t.text == "killed")
    assert not non_agent_subject(relative_doers(verb), actor_of, [verb])


def test_the_subject_of_another_clause_is_not_the_doer(nlp) -> None:  # noqa: ANN001
    doc = nlp("The decision to impose tariffs on the goods should support the currency.")
    verb = next(t for t in doc if t.text == "impose")
    subject = next(t for t in doc if t.text == "decision")
    assert not non_agent_subject([subject], actor_of, verb=verb)
    assert non_agent_subject([subject], actor_of, verb=next(t for t in doc if t.text == "support"))
