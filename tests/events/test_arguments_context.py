"""Argument structures beyond subject and object: themes of transfer verbs, parties named
on an object noun, intended and purpose acts, "in protest of" phrases, mediation, lists
and names, stative participles, possessive pronouns; and the countries an event's
place and sentence give to parties the text leaves uncoded.

The actor stage, the places stage and the lexicon are small doubles here, so these tests
pin the extractor's own rules on sentences written for them."""

from __future__ import annotations

import pytest
from doubles import Pat, country_runner, only

# phrase -> (country, kind, sectors); a phrase is matched as written, first occurrence
ACTORS: dict[str, tuple[str | None, str, tuple[str, ...]]] = {
    "India": ("IND", "country", ()),
    "Iran": ("IRN", "country", ()),
    "Iraq": ("IRQ", "country", ()),
    "Syria": ("SYR", "country", ()),
    "Turkey": ("TUR", "country", ()),
    "Lebanon": ("LBN", "country", ()),
    "Egypt": ("EGY", "country", ()),
    "China": ("CHN", "country", ()),
    "Britain": ("GBR", "country", ()),
    "Russia": ("RUS", "country", ()),
    "Kenya": ("KEN", "country", ()),
    "Somalia": ("SOM", "country", ()),
    "The US": ("USA", "country", ()),
    "Switzerland": ("CHE", "country", ()),
    "Kenyan police": ("KEN", "group", ("COP",)),
    "Kenyan students": ("KEN", "group", ("EDU",)),
    "Kenyan opposition candidates": ("KEN", "group", ("OPP",)),
    "a Kenyan": ("KEN", "person", ()),
    "Syrian rebels": ("SYR", "group", ("REB",)),
    "demonstrators": (None, "group", ("OPP",)),
    "Demonstrators": (None, "group", ("OPP",)),
    "President Ruto": (None, "person", ("GOV",)),
    "President Bush": (None, "person", ("GOV",)),
    "its forces": (None, "group", ("MIL",)),
    "reservists": (None, "group", ("MIL",)),
    "its troops": (None, "group", ("MIL",)),
    "Kenyan soldiers": ("KEN", "group", ("MIL",)),
    "tanks": (None, "group", ("MIL",)),
    "rebels": (None, "group", ("REB",)),
    "Rebels": (None, "group", ("REB",)),
}
PLACES = {"Nairobi": "KEN", "Beirut": "LBN", "Ankara": "TUR"}


ROWS = [
    Pat("AGREE", "VERB", "offer"),
    Pat("AGREE", "VERB", "sign"),
    Pat("SANCTION", "VERB", "impose"),
    Pat("CONCEDE", "VERB", "lift"),
    Pat("THREATEN", "VERB", "threaten"),
    Pat("ASSAULT", "VERB", "attack"),
    Pat("ASSAULT", "VERB", "open"),
    Pat("COERCE", "VERB", "disperse"),
    Pat("COERCE", "VERB", "arrest"),
    Pat("COERCE", "VERB", "ban"),
    Pat("COERCE", "VERB", "jail"),
    Pat("PROTEST", "VERB", "riot"),
    Pat("CONSULT", "NOUN", "mediation"),
    Pat("CONSULT", "NOUN", "talk"),
    Pat("CONSULT", "VERB", "meet"),
    Pat("REJECT", "VERB", "oppose"),
    Pat("MOBILIZE", "VERB", "mobilize"),
    Pat("REJECT", "VERB", "refuse"),
    Pat("PROTEST", "NOUN", "hunger strike"),
]


@pytest.fixture(scope="module")
def run(nlp):  # noqa: ANN001, ANN201
    return country_runner(nlp, ROWS, ACTORS, PLACES)




def test_the_object_of_a_transfer_verb_is_no_target(run) -> None:  # noqa: ANN001
    assert only(run("Syria offered its troops to Lebanon."), "AGREE") == (
        "AGREE",
        ["SYR"],
        ["LBN"],
    )


def test_parties_named_on_the_object_noun(run) -> None:  # noqa: ANN001
    assert only(run("China imposed new sanctions on Iran."), "SANCTION")[2] == ["IRN"]
    # a measure lifted is still a measure on someone, although lifting is no hostile act
    assert only(run("China lifted the sanctions on Iran."), "CONCEDE")[2] == ["IRN"]
    # through "of": a suspension of flights to Turkey bears on Turkey
    assert only(run("Egypt signed a suspension of flights to Turkey."), "AGREE")[2] == ["TUR"]


def test_the_target_of_an_intended_act(run) -> None:  # noqa: ANN001
    assert only(run("Iran threatened to attack Iraq."), "THREATEN")[2] == ["IRQ"]
    # the threatened act falls on a place: its country is the target
    assert only(run("Syria threatened to resume raids in Ankara."), "THREATEN")[2] == ["TUR"]


def test_a_conjoined_verb_with_its_own_object_does_not_lend_its_target(run) -> None:  # noqa: ANN001
    got = run("Iran refused to send troops and urged Iraq to leave.")
    assert only(got, "REJECT")[2] == []


def test_the_target_of_a_purpose_clause(run) -> None:  # noqa: ANN001
    assert only(run("Turkey opened fire to disperse Syrian rebels."), "ASSAULT") == (
        "ASSAULT",
        ["TUR"],
        ["SYR"],
    )


def test_in_protest_of_names_the_target(run) -> None:  # noqa: ANN001
    got = run("Kenyan students began a hunger strike in protest of Somalia's decision.")
    assert only(got, "PROTEST")[2] == ["SOM"]


def test_mediation_between_two_parties_has_them_as_targets(run) -> None:  # noqa: ANN001
    got = run("Egypt's mediation between Syria and Turkey failed.")
    assert only(got, "CONSULT") == ("CONSULT", ["EGY"], ["SYR", "TUR"])
    # with no mediator, the parties act together
    got = run("The talks between Syria and Turkey failed.")
    assert only(got, "CONSULT") == ("CONSULT", ["SYR", "TUR"], [])


def test_a_list_taken_for_an_apposition_is_coordination(run) -> None:  # noqa: ANN001
    got = run("The US, Russia, and Switzerland met yesterday.")
    assert sorted(only(got, "CONSULT")[1]) == ["CHE", "RUS", "USA"]


def test_a_stative_participle_has_its_subject_as_source(run) -> None:  # noqa: ANN001
    assert only(run("Iran is opposed to Turkey's plan."), "REJECT") == ("REJECT", ["IRN"], ["TUR"])


def test_an_against_phrase_names_the_target(run) -> None:  # noqa: ANN001
    got = run("Britain mobilized reservists for a possible war against Iraq.")
    assert only(got, "MOBILIZE") == ("MOBILIZE", ["GBR"], ["IRQ"])


def test_a_reason_clause_names_no_target(run) -> None:  # noqa: ANN001
    got = run("Turkey jailed a Kenyan for helping Syrian rebels.")
    assert only(got, "COERCE") == ("COERCE", ["TUR"], ["KEN"])


def test_from_is_where_an_attack_comes_from(run) -> None:  # noqa: ANN001
    got = run("Iraq was attacked from Syria.")
    assert only(got, "ASSAULT")[2] == ["IRQ"]


def test_possessive_pronoun_gives_its_owner_country(run) -> None:  # noqa: ANN001
    got = run("Kenya said its forces attacked Somalia.")
    assert only(got, "ASSAULT") == ("ASSAULT", ["KEN"], ["SOM"])


def test_the_place_of_the_act_codes_an_uncoded_target(run) -> None:  # noqa: ANN001
    got = run("Police arrested demonstrators in Nairobi.")
    assert only(got, "COERCE")[2] == ["KEN"]


def test_an_arrest_with_no_doer_is_the_place_authorities(run) -> None:  # noqa: ANN001
    got = run("Demonstrators were arrested in Nairobi.")
    assert only(got, "COERCE") == ("COERCE", ["KEN"], ["KEN"])


def test_the_one_country_of_the_sentence_codes_local_actors(run) -> None:  # noqa: ANN001
    got = run("Kenyan police dispersed demonstrators.")
    assert only(got, "COERCE") == ("COERCE", ["KEN"], ["KEN"])


def test_a_government_acting_on_its_own_opposition(run) -> None:  # noqa: ANN001
    got = run("President Ruto banned Kenyan opposition candidates.")
    assert only(got, "COERCE") == ("COERCE", ["KEN"], ["KEN"])


def test_no_country_is_guessed_across_a_state(run) -> None:  # noqa: ANN001
    # an act on a foreign state says nothing of the doer's country
    assert only(run("President Bush attacked Russia."), "ASSAULT") == ("ASSAULT", [None], ["RUS"])
    # nor does a sentence's one country make a traveller or a minister local
    assert only(run("President Bush met Kenyan students."), "CONSULT")[1] == [None]


def test_a_protest_naming_no_target_is_against_the_own_government(run) -> None:  # noqa: ANN001
    assert only(run("Kenyan students rioted."), "PROTEST") == ("PROTEST", ["KEN"], ["KEN"])
    # a protest that names its target keeps it
    assert only(run("Kenyan students rioted in protest against Somalia."), "PROTEST")[2] == ["SOM"]


def test_a_modifier_scopes_over_a_bare_coordinated_noun(run) -> None:  # noqa: ANN001
    got = run("Kenyan soldiers and tanks attacked Somalia.")
    assert only(got, "ASSAULT") == ("ASSAULT", ["KEN", "KEN"], ["SOM"])


def test_a_state_as_setting_or_as_party(run) -> None:  # noqa: ANN001
    # "Kenya's rebels": Kenya is where the rebels are
    assert only(run("Kenya's rebels attacked President Ruto."), "ASSAULT") == (
        "ASSAULT",
        ["KEN"],
        ["KEN"],
    )
    # "attacked Kenya": Kenya is the party attacked, which says nothing of the rebels
    assert only(run("Rebels attacked Kenya."), "ASSAULT") == ("ASSAULT", [None], ["KEN"])
