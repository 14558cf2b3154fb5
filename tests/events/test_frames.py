"""Clausal frames: which of a control verb and its complement a sentence reports, and
attacks told with their outcome (dateline.events.frames, on whole sentences)."""

from __future__ import annotations

from datetime import date

from dateline import extract
from dateline.types import Article, Event


def events(text: str) -> list[Event]:
    return extract(Article(id="t", published=date(2020, 5, 4), text=text))


def triggers(text: str) -> dict[str, Event]:
    return {e.trigger: e for e in events(text)}


def test_intent_with_infinitive_is_no_request() -> None:
    found = triggers("Chile and Peru are seeking to expand their cooperation in mining.")
    assert "seeking" not in found
    assert any(e.modality == "planned" for e in found.values())


def test_seeking_something_is_still_a_request() -> None:
    found = triggers("Kenya sought emergency aid from the World Bank on Monday.")
    assert found["sought"].type == "REQUEST"


def test_commitment_to_a_coded_act_is_that_act_planned() -> None:
    found = triggers("Jordan has pledged to deport the smugglers arrested last month.")
    assert "pledged" not in found
    deport = found["deport"]
    assert deport.type == "COERCE" and deport.modality == "planned"


def test_commitment_without_a_coded_act_stays_agree() -> None:
    found = triggers("The junta promised to democratize the country within two years.")
    assert found["promised"].type == "AGREE"


def test_permission_with_a_clause_is_a_concession() -> None:
    found = triggers(
        "The electoral board allowed the opposition leader to contest the presidential election."
    )
    allowed = found["allowed"]
    assert allowed.type == "CONCEDE"
    assert [a.text for a in allowed.targets] == ["the opposition leader"]
    assert "contest" not in found  # the permitted act is the concession's content


def test_domestic_order_to_stop_is_coercion() -> None:
    found = triggers("The Egyptian government ordered the newspaper Al-Masry to close its offices.")
    ordered = found["ordered"]
    assert ordered.type == "COERCE"
    assert "close" not in found


def test_order_to_a_foreign_state_stays_a_demand() -> None:
    found = triggers("Turkey ordered Greece to halt its drilling near the islands.")
    assert found["ordered"].type == "DEMAND"


def test_forcing_to_leave_is_coercion_whoever_is_addressed() -> None:
    found = triggers("Armed settlers forced the Bedouin families to leave their village.")
    assert found["forced"].type == "COERCE"


def test_attack_with_its_outcome_is_one_event() -> None:
    found = triggers("Rebels shelled the town of Kidal on Sunday, killing four soldiers.")
    assert "killing" not in found
    assert found["shelled"].type == "ASSAULT"


def test_killed_in_a_strike_is_the_strike() -> None:
    found = events("Nine villagers were killed in an air strike by the air force on Friday.")
    assault = [e for e in found if e.type == "ASSAULT"]
    assert len(assault) == 1
    assert assault[0].mode == "aerial"
    assert assault[0].targets  # the victims named by the outcome


def test_launching_an_air_strike_is_aerial() -> None:
    found = triggers("Jordan launched an air strike on a militant camp near the border.")
    assert found["launched"].cameo == "195"
