"""Event types and modes decided by the lexicon's subject and compound-object constraints,
blocking rows and coding conventions, on whole sentences (dateline.extract)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import extract
from dateline.types import Article, Event


def events(text: str) -> list[Event]:
    return extract(Article(id="t", published=date(2020, 5, 4), text=text))


def only(text: str, trigger: str) -> Event:
    found = [e for e in events(text) if e.trigger == trigger]
    assert len(found) == 1, [(e.trigger, e.type) for e in events(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "mode", "cameo"),
    [
        # who arrives decides the event: a visit, a deployment, peacekeeping assistance
        (
            "The Indian foreign minister arrived in Hanoi on Sunday.",
            "arrived",
            "CONSULT",
            "visit",
            "042",
        ),
        ("Russian troops arrived in Belarus on Friday.", "arrived", "MOBILIZE", "troops", "154"),
        (
            "Two hundred Nepali peacekeeping troops arrived in Lebanon on Monday.",
            "arrived",
            "AID",
            None,
            "074",
        ),
        # compound objects: a ceasefire agreement is a ceasefire, mediation efforts are mediation
        (
            "Azerbaijani forces violated the ceasefire agreement on Tuesday.",
            "violated",
            "ASSAULT",
            None,
            "196",
        ),
        (
            "Egypt ended its mediation efforts between Hamas and Israel.",
            "ended",
            "SANCTION",
            "withdraw",
            "164",
        ),
        # the doer gives the PLOVER mode of a bare violent verb
        (
            "Israeli aircraft struck targets in Gaza on Monday.",
            "struck",
            "ASSAULT",
            "aerial",
            "195",
        ),
        (
            "A roadside bomb killed three Afghan policemen in Kandahar.",
            "killed",
            "ASSAULT",
            "explosives",
            "183",
        ),
        # meeting demands is a concession; ordering a diplomat out an expulsion
        (
            "The Greek government met the demands of the striking farmers.",
            "met",
            "CONCEDE",
            None,
            "080",
        ),
        (
            "Mali ordered the French ambassador to leave within 72 hours.",
            "ordered",
            "SANCTION",
            "expel",
            "166",
        ),
    ],
)
def test_type_mode_and_code(
    text: str, trigger: str, type_: str, mode: str | None, cameo: str
) -> None:
    e = only(text, trigger)
    assert (e.type, e.mode, e.cameo) == (type_, mode, cameo)


def test_natural_disasters_are_no_assault() -> None:
    assert events("Typhoon Haima killed 12 people in the Philippines.") == []
    assert not any(
        e.type == "ASSAULT"
        for e in events("Japan sent aid to Fiji after a cyclone destroyed 300 homes.")
    )


def test_accepting_bribes_is_no_agreement() -> None:
    types = {
        e.type
        for e in events("Kenyan officials were accused of accepting bribes from a Chinese firm.")
    }
    assert "AGREE" not in types and "ACCUSE" in types


def test_a_month_is_no_protest_march() -> None:
    assert [e.type for e in events("Greece and Turkey last held talks in March.")] == ["CONSULT"]


def test_an_obligation_on_a_readiness_is_a_demand() -> None:
    e = only("Germany said Russia must be ready to negotiate with Ukraine.", "negotiate")
    assert (e.type, e.modality) == ("DEMAND", "asserted")
    assert [a.country for a in e.sources] == ["DEU"]
    assert [a.country for a in e.targets] == ["RUS"]


def test_a_conditional_halt_of_mediation_is_a_threat() -> None:
    e = only(
        "Egypt may halt its mediation efforts between Israel and Hamas if the attacks continue.",
        "halt",
    )
    assert e.type == "THREATEN" and e.extras.get("threatened_type") == "SANCTION"


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "modality"),
    [
        ("The United States continued to send arms to Pakistan.", "send", "AID", "asserted"),
        ("Algeria said it is prepared to lift the ban on the party.", "lift", "CONCEDE", "planned"),
        (
            "An attempt to assassinate the Iraqi governor was foiled.",
            "assassinate",
            "ASSAULT",
            "possible",
        ),
        (
            "Thousands of Kenyans rallied in Nairobi to demand the release of the activists.",
            "demand",
            "DEMAND",
            "asserted",
        ),
        (  # the act a demand asks for is its content (test_content_frames.py)
            "Israel would ease restrictions on Palestinian workers if the attacks stopped.",
            "ease",
            "CONCEDE",
            "hypothetical",
        ),
    ],
)
def test_modality_of_typed_events(text: str, trigger: str, type_: str, modality: str) -> None:
    e = only(text, trigger)
    assert (e.type, e.modality) == (type_, modality)
