"""Actor phrases of wire prose: a lower-case portfolio between a nationality and a title
("Guinean natural resources minister Ousmane Sylla"), international bodies written in
lower case ("the group of seven") and those of commodity and regional trade (ICO,
ICCO, the EC). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.actors.coding import ActorCoder
from dateline.actors.organisations import org_lexicon


def _actors(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    doc = nlp(text)
    built = ActorCoder().for_doc(doc, date(1987, 3, 3))
    return [(a.text, a.country, a.kind) for a in built.mentions]


def test_a_lower_case_portfolio_keeps_the_nationality_before_it(nlp: Language) -> None:
    got = _actors(nlp, "The communique followed talks between Guinean natural resources "
                       "minister Ousmane Sylla and Nigerian minister of mines Bunu Musa.")
    sylla = [a for a in got if "Sylla" in a[0]]
    assert sylla and sylla[0][0].startswith("Guinean natural resources minister")
    assert sylla[0][1] == "GIN"


def test_a_lower_case_word_outside_the_title_is_not_taken(nlp: Language) -> None:
    got = _actors(nlp, "Striking workers met Finance Minister Ali Khalil on Monday.")
    khalil = [a for a in got if "Khalil" in a[0]]
    assert khalil and not khalil[0][0].lower().startswith("striking")


def test_the_group_of_seven_in_lower_case_is_an_igo(nlp: Language) -> None:
    got = _actors(nlp, "Dealers said the group of seven would hold currency talks.")
    g7 = [a for a in got if "group of seven" in a[0]]
    assert g7 and g7[0][2] == "igo"


@pytest.mark.parametrize(
    ("name", "code"),
    [("International Coffee Organization", "ICO"), ("ICCO", "ICCO"), ("EC", "EEC"),
     ("Comecon", "CMEA"), ("G-7", "G7")],
)
def test_wire_igos_are_known(name: str, code: str) -> None:
    org = org_lexicon().find(name)
    assert org is not None and org.kind == "igo" and org.code == code


def test_a_lower_case_two_word_name_is_no_igo() -> None:
    assert org_lexicon().find("ec") is None
