"""Round-2 constructions (sentences written for these tests): appeals with a "for X to do"
clause, teams sent to help, attending an international event, claims of responsibility,
refused permissions, announced protests (CAMEO 133), killings told with the attack in a
clause, and hedged wishes (dateline.events.readings, frames, cameo; event_patterns.tsv)."""

from __future__ import annotations

import sys
from pathlib import Path

from sentences import by_trigger, events

from dateline.events.cameo import cameo_to_plover, modal_cameo

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
from event_score import future_type  # noqa: E402


def countries(actors: tuple) -> set[str | None]:  # type: ignore[type-arg]
    return {a.country for a in actors}


# -- "called for X to do": an appeal to X ----------------------------------------------


def test_call_for_a_party_to_act_is_a_request_to_that_party() -> None:
    found = by_trigger("France pressed for Iran to free the detained sailors.")
    ev = found["pressed"]
    assert ev.type == "REQUEST"
    assert countries(ev.sources) == {"FRA"}
    assert countries(ev.targets) == {"IRN"}  # the doer of the act asked for
    assert ev.cameo is not None and ev.cameo.startswith("02")
    assert "free" not in found  # the release is the request's content


def test_push_for_a_clause_is_an_appeal() -> None:
    found = by_trigger("Canada is pushing for Japan to back the fisheries plan.")
    assert found["pushing"].type == "REQUEST"
    assert countries(found["pushing"].targets) == {"JPN"}


def test_for_clause_of_a_non_appeal_verb_is_no_request() -> None:
    assert all(e.type != "REQUEST" for e in events("The crowd waited for the rain to stop."))


# -- teams sent to help: AID -------------------------------------------------------------


def test_team_sent_to_help_is_aid() -> None:
    ev = by_trigger("Norway will send a team in the coming days to help identify the bodies.")
    assert ev["send"].type == "AID"
    assert ev["send"].modality == "planned"


def test_experts_dispatched_to_assist_are_aid() -> None:
    ev = by_trigger("Germany dispatched experts to assist the Greek authorities.")
    assert ev["dispatched"].type == "AID"
    assert countries(ev["dispatched"].targets) == {"GRC"}


def test_team_sent_to_investigate_is_no_aid() -> None:
    found = events("The commission sent a team to investigate the killings in Chad.")
    assert all(e.type != "AID" for e in found)


def test_troops_sent_to_help_stay_a_deployment() -> None:
    ev = by_trigger("Brazil deployed troops to help the residents of the border towns.")
    assert ev["deployed"].type == "MOBILIZE"


# -- attending an international event abroad: a visit -----------------------------------


def test_attending_the_olympics_is_a_visit() -> None:
    ev = by_trigger("The Kenyan president will attend the Winter Olympics in Seoul.")
    e = ev["attend"]
    assert (e.type, e.mode, e.cameo, e.modality) == ("CONSULT", "visit", "042", "planned")


def test_attending_a_funeral_stays_a_ceremony() -> None:
    ev = by_trigger("The Kenyan president attended the funeral in Nairobi.")
    assert (ev["attended"].type, ev["attended"].mode) == ("OTHER", "ceremony")


# -- a claim of responsibility is aimed at the claimed act's target ----------------------


def test_claim_of_responsibility_takes_the_attack_target() -> None:
    found = events("Hezbollah claimed responsibility for the rocket attack on Israel.")
    claim = next(e for e in found if e.cameo == "015")
    assert countries(claim.targets) == {"ISR"}
    assert countries(claim.sources) == {"LBN"}


def test_claim_with_its_own_target_is_kept() -> None:
    found = events("Islamic Jihad claimed responsibility for the shooting on Monday.")
    claim = next(e for e in found if e.cameo == "015")
    assert "claimed:" not in claim.rule  # nothing to take: no target anywhere


# -- permissions refused ----------------------------------------------------------------


def test_giving_permission_is_a_concession() -> None:
    ev = by_trigger("Jordan gave permission to Iraq to use its airspace.")
    assert (ev["gave"].type, ev["gave"].cameo) == ("CONCEDE", "080")


def test_refused_permission_is_coded_by_the_permission() -> None:
    ev = by_trigger("Turkey said it would not give permission to Russia to use its ports.")
    assert ev["give"].type == "REJECT"
    assert ev["give"].cameo == "124"  # refuse to yield (08x), not the content act's code


# -- an announced protest is a threat of dissent (CAMEO 133) ------------------------------


def test_protest_intent_is_cameo_133() -> None:
    assert modal_cameo("141", "planned") == "133"
    assert modal_cameo("143", "hypothetical") == "133"
    assert modal_cameo("141", "planned", expressed=False) == "141"
    assert cameo_to_plover("133")[0] == "THREATEN"


def test_announced_boycott_is_stored_as_a_threat() -> None:
    ev = by_trigger("The opposition said it would boycott all talks with the junta.")
    e = ev["boycott"]
    assert (e.type, e.modality, e.cameo) == ("PROTEST", "planned", "133")


def test_scorer_reads_a_protest_threat_as_threaten() -> None:
    assert future_type("PROTEST", "planned", "133") == "THREATEN"
    assert future_type("PROTEST", "planned", "141") == "PROTEST"
    assert future_type("PROTEST", "asserted", None) == "PROTEST"


# -- a killing told with the attack in a clause of its own: one ASSAULT ------------------


def test_killing_when_troops_shelled_is_one_attack() -> None:
    found = events("Six farmers were killed when Ethiopian troops shelled the market.")
    assaults = [e for e in found if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].trigger == "shelled"
    assert "outcome:killed" in assaults[0].rule


# -- wishes: a REQUEST needs an actor voicing it ------------------------------------------


def test_asserted_wish_of_a_state_is_a_request() -> None:
    ev = by_trigger("Germany wants Greece to cut its spending.")
    assert ev["wants"].type == "REQUEST"
    assert countries(ev["wants"].targets) == {"GRC"}


def test_hedged_wish_of_unnamed_people_is_no_request() -> None:
    assert all(
        e.type != "REQUEST"
        for e in events("Some voters might want the mayor to step aside after the scandal.")
    )


# -- "helped broker": the helper takes part in the act ------------------------------------


def test_helping_broker_a_truce_is_the_brokering_not_aid() -> None:
    found = events("Algeria helped broker a truce between Mali and the rebels.")
    assert [e.type for e in found if e.trigger.startswith("help")] == []
    assert any(e.type == "CONSULT" and e.trigger == "broker" for e in found)


def test_helping_a_state_stays_aid() -> None:
    ev = by_trigger("France helped Mali rebuild its army.")
    assert ev["helped"].type == "AID"
    assert countries(ev["helped"].targets) == {"MLI"}


# -- lexicon rows of this round ------------------------------------------------------------


def test_went_on_strike_is_a_strike() -> None:
    ev = by_trigger("The Nigerian doctors' union went on strike on Monday.")
    assert (ev["went"].type, ev["went"].mode, ev["went"].cameo) == ("PROTEST", "strike", "143")


def test_went_on_hunger_strike_is_a_hunger_strike() -> None:
    ev = by_trigger("Bahraini detainees went on hunger strike last week.")
    assert (ev["went"].type, ev["went"].mode) == ("PROTEST", "hunger")


def test_went_on_a_tour_is_no_strike() -> None:
    found = events("The Ghanaian delegation went on a tour of the harbour.")
    assert all(e.trigger != "went" for e in found)


def test_recognising_the_authority_of_a_junta_is_recognition() -> None:
    ev = by_trigger("Senegal said it did not recognise the authority of the junta.")
    e = ev["recognise"]
    assert (e.type, e.cameo, e.modality) == ("COOPERATE", "054", "negated")


def test_accepting_an_apology_is_forgiving_not_agreeing() -> None:
    ev = by_trigger("Seoul accepted the apology from Tokyo.")
    assert (ev["accepted"].type, ev["accepted"].cameo) == ("CONCEDE", "056")


def test_military_action_is_the_use_of_force() -> None:
    found = events("Turkey began military action against militants in northern Syria.")
    acts = [e for e in found if e.trigger == "action"]
    assert acts and (acts[0].type, acts[0].cameo) == ("ASSAULT", "190")
    assert all(e.trigger != "action" for e in events("He took legal action against the ministry."))


def test_a_truce_brokered_by_a_state_is_its_mediation() -> None:
    ev = by_trigger("The fighting stopped after a truce brokered by Qatar.")
    e = ev["brokered"]
    assert (e.type, e.cameo) == ("CONSULT", "045")
    assert countries(e.sources) == {"QAT"}


def test_an_emergency_declared_for_a_flood_is_no_state_of_emergency() -> None:
    found = events("The governor declared a flooding emergency for the northern districts.")
    assert all(e.type != "COERCE" for e in found)
    ev = by_trigger("Thailand declared a state of emergency in Bangkok.")
    assert (ev["declared"].type, ev["declared"].cameo) == ("COERCE", "1724")


def test_a_line_break_inside_a_compound_object_is_skipped() -> None:
    from dateline.events.conventions import compound_forms
    from dateline.nlp import parse

    doc = parse("The governor declared a flooding\nemergency for the region.")
    noun = next(t for t in doc if t.lower_ == "emergency")
    assert compound_forms(noun)[0] == "flooding emergency"
    found = events("The governor declared a flooding\nemergency for the northern districts.")
    assert all(e.type != "COERCE" for e in found)


# -- speaking to the press is a statement, not a consultation -----------------------------


def test_speaking_to_reporters_is_a_statement() -> None:
    ev = by_trigger("Speaking to reporters in Ankara, Erdogan said Turkey would not back down.")
    e = ev["Speaking"]
    assert (e.type, e.mode, e.cameo) == ("OTHER", "statement", "010")


def test_speaking_with_a_leader_stays_a_consultation() -> None:
    ev = by_trigger("Putin spoke with Erdogan by phone on Monday.")
    assert (ev["spoke"].type, ev["spoke"].mode) == ("CONSULT", "phone")


def test_supporting_prices_or_a_currency_is_no_endorsement() -> None:
    found = events("The Bank of Japan intervened to support the yen.")
    assert all(e.type != "COOPERATE" for e in found)
    ev = by_trigger("Canada supported the Dutch proposal.")
    assert (ev["supported"].type, ev["supported"].cameo) == ("COOPERATE", "051")
