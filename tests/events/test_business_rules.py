"""The rules of ``events.standing`` and the business senses added to ``commerce``,
``object_senses`` and ``business``, one parsed sentence of our own writing at a time, with
the actors given directly (so the rules are pinned whatever the actor stage codes)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events.business import idle_noun
from dateline.events.commerce import commercial_offer_noun, commercial_theme, market_halt
from dateline.events.standing import (
    business_person,
    commercial_aid,
    commercial_bid,
    company_resignation,
    court_litigation,
    own_part,
    political_party,
    regulatory_filing,
)
from dateline.types import Actor


def _tok(nlp: Any, text: str, word: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def _actor(doc: Any, words: str, **kw: Any) -> Actor:
    start = doc.text.index(words)
    return Actor(text=words, start=start, end=start + len(words), **kw)


def _no_actor(tok: Any) -> None:
    return None


def test_title_shared_with_companies_is_no_political_standing() -> None:
    chairman = Actor("chairman Perkins", 0, 16, name="Perkins", sectors=("GOV",),
                     role="Chairman", kind="person")
    minister = Actor("Minister Perkins", 0, 16, name="Perkins", sectors=("GOV",),
                     role="Finance Minister", kind="person")
    assert not political_party(chairman)
    assert political_party(minister)
    delors = Actor("Commission President Jacques Delors", 0, 35, name="Jacques Delors",
                   sectors=("GOV",), role="Commission President", kind="person")
    assert political_party(delors)
    assert political_party(Actor("Kenya", 0, 5, country="KEN", kind="country"))


def test_company_title_next_to_a_company_is_a_business_person(nlp: Any) -> None:
    text = ("Exxon Corp <XON> director and senior vice-president Donald McIvor said "
            "governments should prepare.")
    doc = nlp(text)
    speaker = _actor(doc, "senior vice-president Donald McIvor", name="Donald McIvor",
                     sectors=("GOV",), role="Senior Vice-President", kind="person")
    assert business_person(speaker, doc, [speaker], _no_actor)
    text2 = "Senior vice-president Donald McIvor said governments should prepare."
    doc2 = nlp(text2)
    speaker2 = _actor(doc2, "Senior vice-president Donald McIvor", name="Donald McIvor",
                      sectors=("GOV",), role="Senior Vice-President", kind="person")
    assert not business_person(speaker2, doc2, [speaker2], _no_actor)


def test_earlier_mention_places_a_speaker_in_business(nlp: Any) -> None:
    doc = nlp("Ohmae, an analyst at Nomura, spoke. Ohmae said Japan must act.")
    first = _actor(doc, "Ohmae, an analyst at Nomura", name="Kenichi Ohmae", role="Analyst",
                   kind="person")
    later = Actor("Ohmae", doc.text.rindex("Ohmae"), doc.text.rindex("Ohmae") + 5,
                  name="Ohmae", kind="person")
    assert business_person(later, doc, [first, later], _no_actor)
    assert not business_person(later, doc, [later], _no_actor)


def test_resignation_in_a_company_story(nlp: Any) -> None:
    doc = nlp("Acme Corp said chairman Perkins resigned.")
    acme = _actor(doc, "Acme Corp", sectors=("BUS",), kind="organisation")
    perkins = _actor(doc, "chairman Perkins", name="Perkins", sectors=("GOV",),
                     role="Chairman", kind="person")
    assert company_resignation([perkins], doc, [acme, perkins], _no_actor)
    gov = _actor(doc, "Acme Corp", sectors=("GOV",), kind="organisation", country="USA")
    assert not company_resignation([perkins], doc, [gov, perkins], _no_actor)


def test_court_orders_between_private_parties(nlp: Any) -> None:
    tok = _tok(nlp, "The court ordered the company to pay damages.", "ordered")
    doc = tok.doc
    court = _actor(doc, "The court", sectors=("JUD",), kind="organisation")
    company = _actor(doc, "the company", sectors=("BUS",), kind="organisation")
    government = _actor(doc, "the company", sectors=("GOV",), kind="organisation")
    assert court_litigation(tok, "DEMAND", [court], [company], _no_actor)
    assert not court_litigation(tok, "DEMAND", [court], [government], _no_actor)
    order = _tok(nlp, "The court ordered the former minister to appear.", "ordered")
    judge = _actor(order.doc, "The court", sectors=("JUD",), kind="organisation")
    suspect = _actor(order.doc, "the former minister", country="ARG", kind="person")
    assert not court_litigation(order, "DEMAND", [judge], [suspect], _no_actor)


def test_financing_needs_a_political_party(nlp: Any) -> None:
    tok = _tok(nlp, "The bank extended a loan to the firm.", "loan")
    doc = tok.doc
    bank = _actor(doc, "The bank", sectors=("BUS",), kind="organisation")
    firm = _actor(doc, "the firm", sectors=("BUS",), kind="organisation")
    state = _actor(doc, "the firm", country="KEN", kind="country")
    assert commercial_aid(tok, [bank], [firm])
    assert not commercial_aid(tok, [bank], [state])
    assert not commercial_aid(tok, [], [])  # parties settled later
    korea = _actor(doc, "The bank", country="KOR", kind="country")
    assert commercial_aid(tok, [korea], [firm])  # a state's loan to its own industry
    foreign = _actor(doc, "the firm", country="IDN", sectors=("BUS",), kind="organisation")
    assert not commercial_aid(tok, [korea], [foreign])


def test_bids_and_tenders(nlp: Any) -> None:
    tok = _tok(nlp, "Taft rejected the bid from the group.", "rejected")
    doc = tok.doc
    taft = _actor(doc, "Taft", kind="person")
    iran = _actor(doc, "Taft", country="IRN", kind="country")
    assert commercial_bid(tok, "REJECT", [taft], [])
    assert not commercial_bid(tok, "REJECT", [iran], [])
    tender = _tok(nlp, "India has called a fresh buying tender for sugar.", "called")
    assert commercial_bid(tender, "REQUEST", [iran], [])


def test_filings_and_own_offices(nlp: Any) -> None:
    firm = Actor("Santa Fe Corp", 0, 13, sectors=("BUS",), kind="organisation")
    icc = Actor("the commission", 20, 34, sectors=("GOV",), kind="organisation")
    union = Actor("the union", 0, 9, sectors=("LAB",), kind="group")

    def business(a: Actor) -> bool:
        return "BUS" in a.sectors

    ask = _tok(nlp, "Santa Fe Corp asked the commission to reconsider the merger.", "asked")
    assert regulatory_filing(ask, "REQUEST", [firm], [icc], business)
    assert not regulatory_filing(ask, "REQUEST", [union], [icc], business)
    lobby = _tok(nlp, "Santa Fe Corp urged the government to cut taxes.", "urged")
    assert not regulatory_filing(lobby, "REQUEST", [firm], [icc], business)
    office = Actor("its Atlanta office", 20, 38, sectors=("GOV",), kind="organisation")
    border = Actor("the border", 20, 30, kind="place")
    assert own_part([firm], [office], business)
    assert not own_part([firm], [border], business)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("A one billion stg tranche of Treasury Loan stock was sold.", "Loan", True),
    ("The bank reported higher loan losses.", "loan", True),
    ("Japan signed a loan agreement with Kenya.", "loan", False),
    ("Japan gave Kenya a loan.", "loan", False),
])
def test_financing_noun_as_modifier(nlp: Any, text: str, word: str, expected: bool) -> None:
    assert idle_noun(_tok(nlp, text, word)) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Banks took up the central bank's standing offer of treasury bills.", "offer", True),
    ("Hutton's offer was topped by a 40 dlr per share offer from Emery.", "offer", True),
    ("Iraq rejected the offer of talks.", "offer", False),
])
def test_offers_of_securities(nlp: Any, text: str, word: str, expected: bool) -> None:
    toks = [t for t in nlp(text) if t.text == word]
    assert commercial_offer_noun(toks[-1]) is expected


def test_asking_for_a_price_and_halting_trade(nlp: Any) -> None:
    ask = _tok(nlp, "The firms were asking for high premiums.", "asking")
    assert commercial_theme(ask, "REQUEST")
    aid = _tok(nlp, "Sudan was asking for food aid.", "asking")
    assert not commercial_theme(aid, "REQUEST")
    halt = _tok(nlp, "The exchange halted trading in the shares.", "halted")
    assert market_halt(halt, "SANCTION")
    embargo = _tok(nlp, "The United States halted trade with Iran.", "halted")
    assert not market_halt(embargo, "SANCTION")
