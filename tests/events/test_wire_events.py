"""Political wire news: senses and readings of event words as wire reports use them
(dateline.events.wire_senses, clause_args, readings; event_patterns.tsv). Every sentence
is written for these tests, with its political sense beside the other one."""

from __future__ import annotations

from sentences import by_trigger, events, types_at
from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.events.patterns import load_patterns
from dateline.events.questions import questioned_act
from dateline.events.wire_senses import admitted_point


def _tok(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)

# -- senses that are no event ------------------------------------------------------------


def test_conceding_that_something_is_so_admits_it(nlp: Language) -> None:
    rows = load_patterns().match_verb("concede", set(), set())
    doc = nlp("The treasurer conceded that the recovery had been slower than hoped.")
    assert admitted_point(_tok(doc, "conceded"), rows)
    doc = nlp("The government conceded the disputed islands to Chile.")
    assert not admitted_point(_tok(doc, "conceded"), rows)
    assert types_at("The government conceded the disputed islands to Chile.",
                    "conceded") == {"CONCEDE"}


def test_a_plea_in_court_asks_for_nothing() -> None:
    assert types_at("The former banker entered a guilty plea to two charges of fraud.",
                    "plea") == set()
    assert types_at("His pleas of not guilty were heard in the district court.",
                    "pleas") == set()
    assert types_at("Kenya made a plea to Uganda for the return of the refugees.",
                    "plea") == {"REQUEST"}


def test_market_goods_that_trade_are_no_trading_parties() -> None:
    patterns = load_patterns()
    assert patterns.match_frame("trade", set(), {"with"}, {"future", "crude future"}) == []
    assert patterns.match_frame("trade", set(), {"with"}, {"brent"}) == []
    assert [p.type for p in patterns.match_frame("trade", set(), {"with"}, {"brazil"})][
        :1] == ["COOPERATE"]
    assert types_at("Brazil traded with Angola throughout the embargo.",
                    "traded") == {"COOPERATE"}


def test_forces_backed_by_artillery_endorse_no_one() -> None:
    assert types_at("The Syrian troops, backed by tanks and artillery, advanced.",
                    "backed") == set()
    assert types_at("Egypt backed the Saudi peace plan.", "backed") == {"COOPERATE"}


def test_an_act_asked_about_is_no_reported_act(nlp: Language) -> None:
    rows = load_patterns().match_verb("retaliate", set(), {"against"})
    doc = nlp("Asked by reporters if Turkey would retaliate against Greece, the minister "
              "said that was unlikely.")
    assert questioned_act(_tok(doc, "retaliate"), rows)
    doc = nlp("The minister asked whether Turkey was expected to retaliate against Greece.")
    assert questioned_act(_tok(doc, "retaliate"), rows)
    doc = nlp("The minister said Turkey would retaliate against Greece.")
    assert not questioned_act(_tok(doc, "retaliate"), rows)
    assert types_at("Turkey will retaliate against Greece, the minister said.",
                    "retaliate") == {"SANCTION"}


# -- readings that the clause calls for --------------------------------------------------


def test_backing_a_party_in_its_attacks_is_military_aid() -> None:
    ev = by_trigger("Libya has backed Chadian rebels in attacks on army posts.")["backed"]
    assert (ev.type, ev.cameo) == ("AID", "072")
    assert {a.country for a in ev.sources} == {"LBY"}


def test_repeating_a_call_makes_the_request_again() -> None:
    ev = by_trigger("The Pakistani foreign minister repeated his call for talks with India.")[
        "repeated"]
    assert ev.type == "REQUEST"
    assert {a.country for a in ev.sources} == {"PAK"}
    assert types_at("The minister repeated the figures to parliament.", "repeated") == set()


def test_emplacing_missiles_mobilises_weapons() -> None:
    ev = by_trigger("Syria has emplaced new missiles near the Lebanese border.")["emplaced"]
    assert ev.type == "MOBILIZE"
    assert {a.country for a in ev.sources} == {"SYR"}


def test_an_arms_sale_to_a_state_is_military_aid() -> None:
    ev = by_trigger("France confirmed the secret French arms sale to Iraq.")["sale"]
    assert (ev.type, ev.cameo) == ("AID", "072")
    assert {a.country for a in ev.targets} == {"IRQ"}
    assert types_at("The company reported higher sales of tractors to Iraq.", "sales") == set()


def test_what_comes_under_fire_is_criticised_by_the_from_phrase() -> None:
    ev = by_trigger("Canada's fishing policy came under fire from France on Monday.")["came"]
    assert ev.type == "DISAPPROVE"
    assert {a.country for a in ev.sources} == {"FRA"}
    assert {a.country for a in ev.targets} == {"CAN"}


def test_a_convoy_under_fire_is_attacked() -> None:
    ev = by_trigger("A Pakistani army convoy came under fire from Afghan forces.")["came"]
    assert ev.type == "ASSAULT"
    assert {a.country for a in ev.sources} == {"AFG"}


def test_coming_under_pressure_is_no_event() -> None:
    assert types_at("The Italian lira came under pressure in Milan.", "came") == set()


def test_a_reaction_won_or_drawn_is_the_reacting_party_s_act() -> None:
    ev = by_trigger("The Egyptian proposal won praise from Jordan.")["won"]
    assert ev.type == "COOPERATE"
    assert {a.country for a in ev.sources} == {"JOR"}
    assert {a.country for a in ev.targets} == {"EGY"}
    ev = by_trigger("The Israeli raid drew strong criticism from Egypt.")["drew"]
    assert ev.type == "DISAPPROVE"
    assert {a.country for a in ev.sources} == {"EGY"}
    assert {a.country for a in ev.targets} == {"ISR"}
    assert not [e for e in events("The new car won praise for its design.") if e.type]


def test_a_failure_to_agree_is_no_agreement() -> None:
    ev = by_trigger("The failure of the Andean ministers to agree on tariffs hurt trade.")[
        "agree"]
    assert ev.modality == "negated"
    ev = by_trigger("Peru and Chile agreed on tariffs, the ministers said.")["agreed"]
    assert ev.modality == "asserted"


def test_counter_attacks_are_attacks() -> None:
    ev = by_trigger("Iraqi forces launched a counterattack against Iranian positions.")[
        "counterattack"]
    assert ev.type == "ASSAULT"
    assert {a.country for a in ev.sources} == {"IRQ"}
