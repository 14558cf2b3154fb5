"""Argument constructions of the third round: the victims of a judged deed are no
targets of the judging, a passive's subject is the subject of the clauses conjoined with
it, the owner of a deed noun does what the deed does ("US drone attacks killed ..."),
an infinitive after a noun of directing is the addressee's act ("gave permission to
Russia to help"), and "X wants Y to act" is X's appeal to Y.

The actor stage, the places stage and the lexicon are small doubles; the sentences are
written for these tests."""

from __future__ import annotations

import pytest
from doubles import Pat, country_runner, only

# phrase -> (country, kind, sectors)
ACTORS: dict[str, tuple[str | None, str, tuple[str, ...]]] = {
    "Chile": ("CHL", "country", ()),
    "Peru": ("PER", "country", ()),
    "Bolivia": ("BOL", "country", ()),
    "Ecuador": ("ECU", "country", ()),
    "Canada": ("CAN", "country", ()),
    "Peruvian militias": ("PER", "group", ("MIL",)),
    "Chilean miners": ("CHL", "group", ("CVL",)),
    "Bolivian farmers": ("BOL", "group", ("CVL",)),
    "Peru's defence minister": ("PER", "person", ("GOV",)),
    "the tribunal": (None, "igo", ("IGO",)),
    "the rebels": (None, "group", ("REB",)),
    "the mayor": (None, "person", ("GOV",)),
    "Chilean congress": ("CHL", "organisation", ("LEG",)),
    "A Chilean banker": ("CHL", "person", ("BUS",)),
    "the United States": ("USA", "country", ()),
}

ROWS = [
    Pat("ACCUSE", "VERB", "investigate"),
    Pat("ACCUSE", "VERB", "condemn"),
    Pat("ACCUSE", "VERB", "indict"),
    Pat("ACCUSE", "VERB", "charge"),
    Pat("RETREAT", "VERB", "resign"),
    Pat("ASSAULT", "VERB", "kill"),
    Pat("AID", "VERB", "help"),
    Pat("ASSAULT", "VERB", "attack"),
    Pat("SANCTION", "VERB", "expel"),
    Pat("ACCUSE", "VERB", "sue"),
    Pat("ASSAULT", "VERB", "down"),
    Pat("ACCUSE", "VERB", "present"),
    Pat("ASSAULT", "VERB", "fire"),
]


@pytest.fixture(scope="module")
def run(nlp):  # noqa: ANN001, ANN201
    return country_runner(nlp, ROWS, ACTORS, {})


@pytest.fixture(scope="module")
def run_with_pronoun(nlp):  # noqa: ANN001, ANN201
    # "his" coded as the minister, as the actor stage's pronoun resolution does
    return country_runner(nlp, ROWS, {**ACTORS, "his": ACTORS["A Chilean banker"]}, {})


def test_the_victims_of_a_judged_deed_are_no_targets(run) -> None:  # noqa: ANN001
    got = run("Chile is investigating abuses by Peruvian militias against Bolivian farmers.")
    assert only(got, "ACCUSE")[1:] == (["CHL"], ["PER"])
    # a deed with no doer named: those it was done against are what is judged
    got = run("Chile condemned the violence against Bolivian farmers.")
    assert only(got, "ACCUSE")[2] == ["BOL"]


def test_the_one_held_to_account_not_the_victims_of_the_deed(run) -> None:  # noqa: ANN001
    got = run("Peru's defence minister was indicted by the tribunal for his role in "
              "the war against Chilean miners.")
    assert only(got, "ACCUSE")[2] == ["PER"]
    got = run("Ecuador charged Peru over raids against Bolivian farmers.")
    assert only(got, "ACCUSE")[2] == ["PER"]


def test_a_passive_shares_its_subject_with_a_conjoined_active_verb(run) -> None:  # noqa: ANN001
    got = run("Peru's defence minister was indicted by the tribunal and will resign.")
    assert only(got, "RETREAT")[1] == ["PER"]
    # a conjoined passive shares the agent
    got = run("Bolivian farmers were attacked by Peruvian militias and killed.")
    assert [g for g in got if g[0] == "ASSAULT"] == [("ASSAULT", ["PER"], ["BOL"])] * 2


def test_the_owner_of_a_deed_noun_subject_acts(run) -> None:  # noqa: ANN001
    got = run("Recent Peruvian drone attacks have killed six Bolivian farmers.")
    assert only(got, "ASSAULT")[1:] == (["PER"], ["BOL"])


def test_an_infinitive_after_a_noun_of_directing_is_the_addressee_s_act(run) -> None:  # noqa: ANN001
    got = run("Chile said it would not give permission to Peru to help Bolivia.")
    assert only(got, "AID")[1:] == (["PER"], ["BOL"])
    got = run("Chile faces pressure from Peru to help Bolivia.")
    assert only(got, "AID")[1:] == (["CHL"], ["BOL"])


def test_a_wish_for_another_party_s_act_is_an_appeal_to_it(run) -> None:  # noqa: ANN001
    got = run("Canada wants Peru to expel the rebels.")
    assert only(got, "REQUEST")[1:] == (["CAN"], ["PER"])
    # a hedged or denied wish voices no appeal
    assert [g for g in run("Canada might want Peru to expel the rebels.")
            if g[0] == "REQUEST"] == []
    assert [g for g in run("Canada does not want Peru to expel the rebels.")
            if g[0] == "REQUEST"] == []
    # wanting one's own act is no appeal
    got = run("Canada wants to expel the rebels.")
    assert [g for g in got if g[0] == "REQUEST"] == []
    assert only(got, "SANCTION")[1] == ["CAN"]


def test_an_object_moved_after_its_as_label(run) -> None:  # noqa: ANN001
    got = run("Chile on Monday condemned as a grave crime Peru's expulsion of the rebels.")
    assert only(got, "ACCUSE")[1:] == (["CHL"], ["PER"])


def test_what_an_issued_measure_does_its_maker_does(run) -> None:  # noqa: ANN001
    got = run("On Monday the Chilean congress passed a law condemning Peruvian militias.")
    assert only(got, "ACCUSE")[2] == ["PER"]
    assert only(got, "ACCUSE")[1] == ["CHL"]


def test_a_source_s_own_possession_is_no_target(run_with_pronoun) -> None:  # noqa: ANN001
    # the parser hangs "to his factory" on the verb
    got = run_with_pronoun("A Chilean banker sued the United States for damages to his factory.")
    assert only(got, "ACCUSE")[1:] == (["CHL"], ["USA"])


def test_a_reflexive_object_is_the_subject(run) -> None:  # noqa: ANN001
    got = run("Chile said that Peru had attacked itself.")
    assert only(got, "ASSAULT")[1:] == (["PER"], ["PER"])


def test_the_doer_behind_a_weapon_in_a_nested_by_phrase(run) -> None:  # noqa: ANN001
    got = run("The airliner was downed by a missile believed to be fired by Peruvian militias.")
    # the downing and the firing both
    assert [g[1] for g in got if g[0] == "ASSAULT"] == [["PER"], ["PER"]]


def test_the_parties_named_on_a_passive_subject(run) -> None:  # noqa: ANN001
    got = run("New evidence against Peru was presented by Chile on Monday.")
    assert only(got, "ACCUSE")[1:] == (["CHL"], ["PER"])


def test_what_is_fired_from_a_territory_with_no_one_named(run) -> None:  # noqa: ANN001
    got = run("Two shells were fired at Chile from Peru overnight.")
    assert only(got, "ASSAULT")[1:] == (["PER"], ["CHL"])
