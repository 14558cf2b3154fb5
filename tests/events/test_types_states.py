"""Round-5 type readings: states a verb puts someone in or keeps them in ("put under
investigation", "placed under house arrest", "remained on alert"), acts named through a
measure of them ("launched 10 days of war games"), and military exercises held together
(COOPERATE) or by one country (MOBILIZE), as the PLOVER 2.0 manual codes them."""

from __future__ import annotations

from datetime import date

from dateline import extract
from dateline.types import Article, Event


def events(text: str) -> list[Event]:
    return extract(Article(id="t", published=date(2020, 5, 4), text=text))


def typed(text: str, type_: str) -> list[Event]:
    return [e for e in events(text) if e.type == type_]


def countries(actors: tuple[object, ...]) -> set[str | None]:
    return {getattr(a, "country", None) for a in actors}


def test_put_under_investigation_is_an_investigation_of_the_passive_subject() -> None:
    (ev,) = typed("A Kenyan minister was put under investigation in Uganda on Friday.", "ACCUSE")
    assert (ev.mode, ev.cameo) == ("investigate", "090")
    assert "KEN" in countries(ev.targets)
    assert "KEN" not in countries(ev.sources)


def test_placed_under_house_arrest_is_an_arrest() -> None:
    (ev,) = typed("Pakistani police placed the opposition leader under house arrest.", "COERCE")
    assert (ev.mode, ev.cameo) == ("arrest", "173")
    assert ev.targets and ev.sources


def test_the_state_noun_is_not_coded_twice() -> None:
    evs = events("Egyptian police placed the Iranian diplomat under arrest in Cairo.")
    assert [e.type for e in evs].count("COERCE") == 1


def test_remaining_on_alert_is_mobilisation() -> None:
    (ev,) = typed("Indian troops remained on alert along the border with Pakistan.", "MOBILIZE")
    assert ev.cameo == "152"
    assert "IND" in countries(ev.sources)


def test_going_on_high_alert_is_mobilisation() -> None:
    assert typed("The Turkish army went on high alert after the bombing.", "MOBILIZE")


def test_remaining_somewhere_else_is_no_event() -> None:
    assert not events("The Ghanaian delegation remained on the ship for two days.")


def test_two_countries_launching_war_games_through_a_measure_cooperate() -> None:
    (ev,) = events("Greek and Turkish warships launched five days of war games near Crete.")
    assert (ev.type, ev.cameo) == ("COOPERATE", "062")
    assert {"GRC", "TUR"} <= countries(ev.sources)


def test_one_countrys_exercises_are_mobilisation() -> None:
    (ev,) = events("The Chinese navy began a week of exercises off Taiwan.")
    assert ev.type == "MOBILIZE"
    assert countries(ev.sources) == {"CHN"}


def test_exercises_with_a_partner_cooperate() -> None:
    (ev,) = events("The Indian navy held exercises with the Japanese navy.")
    assert ev.type == "COOPERATE"


def test_joint_exercises_of_one_named_party_cooperate() -> None:
    (ev,) = events("The Chilean army conducted joint exercises last week.")
    assert ev.type == "COOPERATE"
