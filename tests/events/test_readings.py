"""Readings that depend on the clause (dateline.events.readings) and the round-4 lexicon
rows: verbal protests, reopenings, unowned efforts, topics of a verb's object, refused
invitations and mediation, easing political freedoms, mobilising constituencies."""

from __future__ import annotations

from datetime import date

from dateline import extract
from dateline.types import Article, Event


def events(text: str) -> list[Event]:
    return extract(Article(id="t", published=date(2020, 5, 4), text=text))


def triggers(text: str) -> dict[str, Event]:
    return {e.trigger: e for e in events(text)}


def test_protest_with_a_that_clause_is_a_complaint() -> None:
    ev = triggers(
        "Amnesty International protested that Croatian police were beating asylum seekers."
    )["protested"]
    assert (ev.type, ev.cameo) == ("DISAPPROVE", "114")


def test_protest_without_a_clause_is_a_demonstration() -> None:
    ev = triggers("Thousands of students protested in Zagreb against the decision.")["protested"]
    assert ev.type == "PROTEST"


def test_opening_after_years_of_closure_is_a_reopening() -> None:
    ev = triggers("Turkey opened the border crossing with Armenia after three years.")["opened"]
    assert (ev.type, ev.mode) == ("RETREAT", "access")


def test_opening_a_new_bridge_is_an_inauguration() -> None:
    ev = triggers("Croatia opened a new bridge to Bosnia on Monday.")["opened"]
    assert (ev.type, ev.mode) == ("OTHER", "inaugurate")


def test_aim_of_an_unowned_effort_is_no_event() -> None:
    found = triggers(
        "Serbia refused to recognise Kosovo passports, a blow to efforts to normalise "
        "relations between the two neighbours."
    )
    assert found["refused"].type == "REJECT"
    assert "normalise" not in found


def test_an_attempt_is_still_an_act() -> None:
    found = triggers("An attempt to assassinate the governor of Kandahar was thwarted.")
    assert "assassinate" in found


def test_help_with_an_investigation_is_no_investigation_by_the_helper() -> None:
    found = triggers("Germany offered help with the investigation into the bombing.")
    assert found["offered"].type == "AGREE"
    assert "investigation" not in found and "bombing" not in found


def test_an_investigation_into_an_attack_is_no_attack_by_the_police() -> None:
    found = triggers("Kenyan police opened an investigation into the attack.")
    assert found["opened"].type == "ACCUSE"
    assert "attack" not in found


def test_rejected_invitation_is_a_rejected_meeting() -> None:
    found = triggers("Hamas rejected an invitation to attend the meeting in Cairo.")
    assert (found["rejected"].type, found["rejected"].cameo) == ("REJECT", "125")
    assert "attend" not in found


def test_rejecting_mediation_is_cameo_126() -> None:
    ev = triggers("Syria rejected Turkish mediation in the dispute.")["rejected"]
    assert (ev.type, ev.cameo) == ("REJECT", "126")


def test_enhancing_political_freedoms_is_a_concession() -> None:
    ev = triggers("The Sudanese government has taken steps to enhance political freedoms.")[
        "enhance"
    ]
    assert (ev.type, ev.cameo, ev.modality) == ("CONCEDE", "0811", "asserted")


def test_mobilising_a_constituency_is_no_force_posture() -> None:
    found = triggers("The Saudi government mobilized lobby groups in Washington.")
    assert "mobilized" not in found
    assert triggers("Russia mobilized 300,000 reservists.")["mobilized"].type == "MOBILIZE"


def test_sending_material_is_aid() -> None:
    ev = triggers("Norway sent material to Saudi Arabia.")["sent"]
    assert ev.type == "AID"


def test_a_visit_after_before_is_planned() -> None:
    ev = triggers("The statement comes a day before the French president visits Beijing.")
    assert ev["visits"].type == "CONSULT"
    assert ev["visits"].modality == "planned"


def test_stones_thrown_during_a_demonstration_are_a_riot() -> None:
    ev = triggers("Palestinian youths threw stones during demonstrations in Hebron.")["threw"]
    assert (ev.type, ev.mode, ev.cameo) == ("PROTEST", "riot", "145")
    ev = triggers("Protesters threw rocks at police in Cairo.")["threw"]
    assert (ev.type, ev.mode) == ("PROTEST", "riot")


def test_stones_thrown_outside_a_protest_stay_an_assault() -> None:
    ev = triggers("Palestinian youths threw stones at Israeli soldiers in Hebron.")["threw"]
    assert (ev.type, ev.mode) == ("ASSAULT", "primitive")


def test_withdrawing_inspectors_is_a_sanction() -> None:
    ev = triggers("The United Nations withdrew its weapons inspectors from Iraq.")["withdrew"]
    assert (ev.type, ev.mode) == ("SANCTION", "withdraw")
    ev = triggers("Israel withdrew its troops from Gaza.")["withdrew"]
    assert (ev.type, ev.mode) == ("RETREAT", "withdraw")


def test_claiming_responsibility_is_cameo_015() -> None:
    ev = triggers("The Somali militant group al-Shabab claimed responsibility for the attack.")
    assert (ev["claimed"].type, ev["claimed"].cameo) == ("OTHER", "015")
    assert "claimed" not in triggers("Somali officials claimed that the army had won.")


def test_a_condemning_label_is_criticism() -> None:
    found = triggers("The journalists' union called the arrest an attack on press freedom.")
    assert (found["called"].type, found["called"].cameo) == ("DISAPPROVE", "111")
    assert "attack" not in found
    found = triggers('The Greek prime minister called the strike "irresponsible".')
    assert found["called"].type == "DISAPPROVE"


def test_a_neutral_label_is_no_criticism() -> None:
    assert "called" not in triggers("Kenya called the meeting a success.")


def test_protesters_blocking_a_crossing_obstruct_it() -> None:
    ev = triggers("Kenyan truck drivers blocked the Namanga crossing in protest.")["blocked"]
    assert (ev.type, ev.mode) == ("PROTEST", "obstruct")
    ev = triggers("Israeli troops blocked the Qalandiya crossing.")["blocked"]
    assert (ev.type, ev.mode) == ("COERCE", "restrict")


def test_forces_sent_with_relief_are_aid() -> None:
    ev = triggers("Australia sent military aircraft with relief supplies to Fiji.")["sent"]
    assert (ev.type, ev.cameo) == ("AID", "073")
    ev = triggers("Russia sent warships to the Black Sea.")["sent"]
    assert ev.type == "MOBILIZE"


def test_taking_part_in_talks_is_still_the_talks() -> None:
    ev = triggers("Iran took part in the talks in Geneva.")["talks"]
    assert ev.type == "CONSULT"
    assert [a.country for a in ev.sources] == ["IRN"]


def test_police_in_a_protest_do_not_riot() -> None:
    ev = triggers("Egyptian police threw stones during the demonstration in Cairo.")["threw"]
    assert (ev.type, ev.mode) == ("ASSAULT", "primitive")


def test_being_opposed_to_mediation_rejects_it() -> None:
    ev = triggers("Israel is opposed to French mediation in the dispute.")["opposed"]
    assert (ev.type, ev.cameo) == ("REJECT", "126")
    ev = triggers("Syria is opposed to the plan.")["opposed"]
    assert ev.type == "DISAPPROVE"


def test_forces_preparing_an_attack_mobilize() -> None:
    found = triggers("Syrian army units were preparing to resume bombarding the rebel town.")
    assert found["preparing"].type == "MOBILIZE"
    assert found["preparing"].modality == "asserted"
    assert not any(e.type == "ASSAULT" for e in found.values())  # the attack is its content


def test_forces_readied_to_storm_mobilize() -> None:
    found = triggers("Ethiopian troops readied to storm the rebel stronghold on Friday.")
    assert found["readied"].type == "MOBILIZE"
    assert "storm" not in found


def test_preparing_talks_or_a_civilian_preparing_is_no_mobilization() -> None:
    assert not any(
        e.type == "MOBILIZE"
        for e in events("The government prepared to hold talks with the rebels in Geneva.")
    )
    assert not any(
        e.type == "MOBILIZE" for e in events("The ministry prepared to ban the opposition party.")
    )
