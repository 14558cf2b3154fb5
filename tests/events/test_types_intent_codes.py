"""CAMEO codes of intended, agreed, threatened, requested and refused acts
(dateline.events.cameo.modal_cameo / content_cameo, applied by frames.recoded)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import extract
from dateline.events.cameo import (
    APPEAL_CODES,
    INTENT_CODES,
    REFUSAL_CODES,
    THREAT_CODES,
    cameo_to_plover,
    content_cameo,
    modal_cameo,
)
from dateline.types import Article, Event


def triggers(text: str) -> dict[str, Event]:
    events = extract(Article(id="t", published=date(2020, 5, 4), text=text))
    return {e.trigger: e for e in events}


@pytest.mark.parametrize(
    ("table", "root"),
    [(INTENT_CODES, "03"), (THREAT_CODES, "13"), (APPEAL_CODES, "02"), (REFUSAL_CODES, "12")],
)
def test_tables_map_into_their_category(table: dict[str, str], root: str) -> None:
    for act, code in table.items():
        assert code.startswith(root), (act, code)
        assert cameo_to_plover(code) is not None


def test_intended_cooperation_is_intent() -> None:
    assert modal_cameo("042", "planned") == "036"
    assert modal_cameo("085", "planned") == "0354"  # ease economic sanctions
    assert modal_cameo("072", "hypothetical") == "0332"  # military aid
    assert modal_cameo("0874", "planned") == "0356"  # de-escalate: withdraw
    assert modal_cameo("042", "asserted") == "042"
    assert modal_cameo("036", "planned") == "036"  # idempotent


def test_intended_conflict_is_a_threat() -> None:
    assert modal_cameo("190", "planned") == "1384"  # conventional attack
    assert modal_cameo("183", "planned") == "1383"  # unconventional violence
    assert modal_cameo("192", "planned") == "1382"  # occupation
    assert modal_cameo("163", "planned") == "1312"  # sanctions
    assert modal_cameo("1723", "hypothetical") == "1323"  # curfew
    assert modal_cameo("173", "planned") == "137"  # repression
    assert modal_cameo("190", "possible") == "190"  # hedged report, no threat
    assert modal_cameo("1384", "planned") == "1384"
    assert modal_cameo("116", "planned") == "116"  # a verdict to come is no threat


def test_unexpressed_plan_keeps_the_act() -> None:
    assert modal_cameo("042", "planned", expressed=False) == "042"
    assert modal_cameo("190", "planned", expressed=False) == "190"


def test_content_refines_generic_codes_only() -> None:
    assert content_cameo("AGREE", "030", "085") == "0354"
    assert content_cameo("THREATEN", "130", "195") == "1384"
    assert content_cameo("REQUEST", "020", "0841") == "0253"
    assert content_cameo("DEMAND", "100", "0874") == "1056"
    assert content_cameo("REJECT", "120", "0874") == "1246"
    assert content_cameo("REJECT", "120", "071") == "1221"
    assert content_cameo("REJECT", "125", "0874") == "125"  # a pattern's own code stays
    assert content_cameo("AGREE", "030", "112") == "030"  # no intent code for accusing
    assert content_cameo("ACCUSE", "112", "190") == "112"
    assert content_cameo("AGREE", "030", None) == "030"


def test_agreeing_to_an_act_is_intent_to_do_it() -> None:
    found = triggers("Norway has agreed to lift the sanctions on Belarus.")
    assert (found["agreed"].type, found["agreed"].cameo) == ("AGREE", "0354")


def test_threatening_an_attack_is_threat_of_force() -> None:
    found = triggers("Armenia threatened to bomb the Azerbaijani positions.")
    assert (found["threatened"].type, found["threatened"].cameo[:3]) == ("THREATEN", "138")


def test_wanting_to_attack_is_a_threat_in_cameo() -> None:
    found = triggers("Chad wants to attack Sudan.")
    ev = found["attack"]
    assert (ev.type, ev.modality, ev.cameo) == ("ASSAULT", "planned", "1384")


def test_announced_intent_to_meet_is_036() -> None:
    found = triggers("Peru said it will hold talks with Chile next week.")
    assert found["talks"].cameo == "036"


def test_scheduled_visit_keeps_its_code() -> None:
    found = triggers("The Chilean president is scheduled to visit Peru next week.")
    ev = found["visit"]
    assert (ev.type, ev.modality, ev.cameo) == ("CONSULT", "planned", "042")


def test_narrated_future_aid_keeps_its_code() -> None:
    found = triggers("Japan will supply weapons to the Philippines.")
    assert (found["supply"].type, found["supply"].cameo) == ("AID", "072")


def test_refusing_aid_is_a_refusal_of_aid() -> None:
    found = triggers("Kenya said it would not provide aid to Somalia.")
    ev = found["provide"]
    assert (ev.type, ev.cameo[:3]) == ("REJECT", "122")


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister expressed sorrow over the deaths in the flood.",
        "Germany offered condolences to France after the bombing.",
        "The king sent his condolences to the Thai people.",
    ],
)
def test_empathetic_comments_are_018(text: str) -> None:
    found = [e for e in extract(Article(id="t", published=date(2020, 5, 4), text=text))
             if e.cameo == "018"]
    assert found and found[0].type == "OTHER" and found[0].mode == "statement"


def test_putting_troops_on_planes_is_no_alert() -> None:
    found = triggers("Britain put its soldiers on planes home after the mission ended.")
    assert "put" not in found or found["put"].type != "MOBILIZE"
    alert = triggers("Serbia put its troops on high alert on Sunday.")
    assert (alert["put"].type, alert["put"].cameo) == ("MOBILIZE", "152")
