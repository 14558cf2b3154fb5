"""Possessives and group nouns in actor coding: "its"/"their" owners, a body's people,
labour organisations by name."""

from __future__ import annotations

from actors_helpers import token

from dateline.actors.possessives import is_labour_name


def test_its_members_are_the_union(code) -> None:  # noqa: ANN001
    doc, actors = code("The dockers' union said on Friday that its members would stop work.")
    a = actors.actor_at(token(doc, "members"))
    assert a is not None and a.sectors == ("LAB",) and a.kind == "group"


def test_their_members_are_the_party_of_the_previous_sentence(code) -> None:  # noqa: ANN001
    doc, actors = code("The Green Party lost two seats. Their members met in Hamburg on Sunday.")
    a = actors.actor_at(token(doc, "members"))
    assert a is not None and a.sectors == ("PTY",)


def test_named_owner_members(code) -> None:  # noqa: ANN001
    doc, actors = code("The guild's members voted to walk out of the talks.")
    a = actors.actor_at(token(doc, "members"))
    assert a is not None and a.sectors == ("LAB",)


def test_its_ambassador_takes_the_earlier_country(code) -> None:  # noqa: ANN001
    doc, actors = code("Sweden recalled its ambassador after the vote in Caracas.")
    a = actors.actor_at(token(doc, "ambassador"))
    assert a is not None and a.country == "SWE" and "GOV" in a.sectors


def test_its_people_are_civilians_of_the_country(code) -> None:  # noqa: ANN001
    doc, actors = code("Chile said on Monday that its workers were safe.")
    a = actors.actor_at(token(doc, "workers"))
    assert a is not None and a.country == "CHL"


def test_a_country_inside_the_phrase_is_not_the_owner(code) -> None:  # noqa: ANN001
    doc, actors = code("Canada said its ambassador to Mexico would return next week.")
    a = actors.actor_at(token(doc, "ambassador"))
    assert a is not None and a.country == "CAN"


def test_its_does_not_reach_a_person(code) -> None:  # noqa: ANN001
    doc, actors = code("John Smith said its members would strike.")
    a = actors.actor_at(token(doc, "members"))
    assert a is None or (a.country is None and "LAB" not in a.sectors)


def test_labour_bodies_by_name(code) -> None:  # noqa: ANN001
    doc, actors = code("The National Federation of Textile Workers rejected the wage offer.")
    a = actors.actor_at(token(doc, "Federation"))
    assert a is not None and a.sectors == ("LAB",)
    doc, actors = code("The Screen Actors Guild said it would strike.")
    a = actors.actor_at(token(doc, "Guild"))
    assert a is not None and a.sectors == ("LAB",)


def test_is_labour_name() -> None:
    assert is_labour_name("Writers Guild of America".split())
    assert is_labour_name("Transport Workers' Union".split())
    assert is_labour_name("Federation of Korean Trade Unions".split())
    assert is_labour_name(["Teamsters"])
    assert not is_labour_name("Federation of American Scientists".split())
    assert not is_labour_name("European Union".split())
