"""Argument rules of the second round: the one a conditional threat bears on, reduced
passives and the doer of the deed a passive act was done in, owners behind "by" phrases,
"among", hostile deeds done in a state, "from" after verbs of taking, means ("with
Turkey's help") and reasons ("for damages") that are no parties, the place left by a
withdrawal, a bare number standing for a group named before, and heads of state named
without a country.

The actor stage, the places stage and the lexicon are small doubles; the sentences are
written for these tests."""

from __future__ import annotations

import pytest
from doubles import Pat, country_runner, only

# phrase -> (country, kind, sectors, role)
ACTORS: dict[str, tuple[str | None, str, tuple[str, ...], str | None]] = {
    "Iran": ("IRN", "country", (), None),
    "Iraq": ("IRQ", "country", (), None),
    "Syria": ("SYR", "country", (), None),
    "Turkey": ("TUR", "country", (), None),
    "Egypt": ("EGY", "country", (), None),
    "Kenya": ("KEN", "country", (), None),
    "Britain": ("GBR", "country", (), None),
    "China": ("CHN", "country", (), None),
    "Latvia": ("LVA", "country", (), None),
    "Kenyan police": ("KEN", "group", ("COP",), None),
    "Kenyan soldiers": ("KEN", "group", ("MIL",), None),
    "Syrian rebels": ("SYR", "group", ("REB",), None),
    "President Ruto": (None, "person", ("GOV",), "President"),
    "the spokesman": (None, "person", ("GOV",), "Spokesman"),
    "The government": (None, "organisation", ("GOV",), "Government"),
    "civilians": (None, "group", ("CVL",), None),
    "Sierra Leone": ("SLE", "country", (), None),
    "Tehran": ("IRN", "place", (), None),
    "Kenyan troops": ("KEN", "group", ("MIL",), None),
    "Liberian refugees": ("LBR", "group", ("REF",), None),
    "The International Labour Office": (None, "organisation", ("LAB",), None),
    "Kenyan students": ("KEN", "group", ("EDU",), None),
    "Police": (None, "group", ("COP",), None),
    "demonstrators": (None, "group", ("OPP",), None),
    "missing people": (None, "group", ("CVL",), None),
    "Iranian and Turkish negotiators": ("IRN", "group", ("GOV",), None),
    "Negotiators from Iran": ("IRN", "group", ("GOV",), None),
    "the Security Council": (None, "igo", ("IGO",), None),
    "Iranian shelling": ("IRN", "group", (), None),
}
PLACES = {"Nairobi": "KEN", "Damascus": "SYR"}


ROWS = [
    Pat("THREATEN", "VERB", "threaten"),
    Pat("SANCTION", "VERB", "halt"),
    Pat("ASSAULT", "VERB", "kill"),
    Pat("ASSAULT", "VERB", "attack"),
    Pat("ASSAULT", "VERB", "open"),
    Pat("REJECT", "VERB", "reject"),
    Pat("COERCE", "VERB", "confiscate"),
    Pat("COERCE", "VERB", "tighten"),
    Pat("COERCE", "VERB", "disperse"),
    Pat("COERCE", "VERB", "arrest"),
    Pat("ACCUSE", "VERB", "sue"),
    Pat("REQUEST", "VERB", "demand"),
    Pat("CONCEDE", "VERB", "lift"),
    Pat("COERCE", "VERB", "impose"),
    Pat("ASSAULT", "VERB", "torture"),
    Pat("COERCE", "VERB", "seize"),
    Pat("REQUEST", "NOUN", "demand"),
    Pat("REQUEST", "VERB", "seek"),
    Pat("CONCEDE", "VERB", "ease"),
    Pat("COOPERATE", "VERB", "establish"),
    Pat("REQUEST", "NOUN", "reminder"),
    Pat("COOPERATE", "VERB", "cooperate"),
    Pat("PROTEST", "VERB", "demonstrate"),
    Pat("REQUEST", "VERB", "ask"),
    Pat("AGREE", "VERB", "agree"),
    Pat("COOPERATE", "VERB", "share"),
    Pat("ACCUSE", "VERB", "condemn"),
    Pat("ACCUSE", "VERB", "summon"),
    Pat("MOBILIZE", "VERB", "mass"),
    Pat("ASSAULT", "VERB", "resume"),
    Pat("ACCUSE", "VERB", "express"),
    Pat("COOPERATE", "NOUN", "drill"),
    Pat("CONSULT", "NOUN", "talk"),
    Pat("DISAPPROVE", "VERB", "complain"),
]


@pytest.fixture(scope="module")
def run(nlp):  # noqa: ANN001, ANN201
    return country_runner(nlp, ROWS, ACTORS, PLACES)




def test_a_conditional_threat_bears_on_the_subject_of_its_condition(run) -> None:  # noqa: ANN001
    got = run("Iran threatened to leave the talks unless Syria withdraws its troops.")
    assert only(got, "THREATEN")[1:] == (["IRN"], ["SYR"])
    # a reporting verb hung on the condition by the parser is no condition
    got = run("If the talks fail, Iran threatened to leave them, the spokesman said.")
    assert only(got, "THREATEN")[2] == []


def test_a_reduced_passive_names_its_patient(run) -> None:  # noqa: ANN001
    got = run("Ten Kenyan soldiers killed in the attack were buried on Monday.")
    assert only(got, "ASSAULT")[1:] == ([], ["KEN"])


def test_the_doer_of_the_deed_a_passive_act_was_done_in(run) -> None:  # noqa: ANN001
    got = run("Two Kenyan soldiers were killed in Syria's rocket attack on Monday.")
    assert only(got, "ASSAULT")[1:] == (["SYR"], ["KEN"])


def test_the_owner_behind_a_by_phrase(run) -> None:  # noqa: ANN001
    assert only(run("Egypt rejected calls by Iran's leaders for new talks."), "REJECT")[2] == [
        "IRN"
    ]


def test_among_names_the_parties_of_a_noun(run) -> None:  # noqa: ANN001
    assert only(run("China halted its mediation among Iraq's factions."), "SANCTION")[2] == ["IRQ"]


def test_a_hostile_deed_done_in_a_state(run) -> None:  # noqa: ANN001
    got = run("Syria threatened to resume terrorist attacks in Iraq.")
    assert only(got, "THREATEN")[2] == ["IRQ"]


def test_from_after_a_verb_of_taking(run) -> None:  # noqa: ANN001
    got = run("Kenyan police confiscated weapons from Syrian rebels on Friday.")
    assert only(got, "COERCE")[2] == ["SYR"]


def test_means_and_reasons_are_no_parties(run) -> None:  # noqa: ANN001
    got = run("Egypt tightened the blockade of Iraq with Turkey's help.")
    assert only(got, "COERCE")[2] == ["IRQ"]
    got = run("Iran sued Britain for the losses of Turkey's banks.")
    assert only(got, "ACCUSE")[2] == ["GBR"]


def test_the_place_left_by_a_demanded_withdrawal_is_no_target(run) -> None:  # noqa: ANN001
    got = run("Egypt demanded the withdrawal of Syrian rebels from Iraq.")
    assert only(got, "REQUEST")[2] == ["SYR"]


def test_a_bare_number_counts_the_group_named_before(run) -> None:  # noqa: ANN001
    got = run("Kenyan police attacked Syrian rebels, killing one and arresting 12.")
    assert only(got, "COERCE")[1:] == (["KEN"], ["SYR"])


def test_a_language_is_no_owner(run) -> None:  # noqa: ANN001
    got = run("Latvia lifted restrictions on the use of the Syrian language.")
    assert "SYR" not in only(got, "CONCEDE")[2]


def test_a_head_of_state_named_without_a_country(run) -> None:  # noqa: ANN001
    got = run("President Ruto imposed a curfew in Nairobi on Monday.")
    assert only(got, "COERCE")[1] == ["KEN"]
    # not when the country the sentence speaks of is the other side
    got = run("President Ruto attacked Syria on Monday.")
    assert only(got, "ASSAULT")[1:] == ([None], ["SYR"])
    # nor for an office that is no national one
    got = run("On Monday the spokesman imposed a curfew in Nairobi.")
    assert only(got, "COERCE")[1] == [None]


def test_counted_and_divided_parties(run) -> None:  # noqa: ANN001
    got = run("Kenyan police tortured scores of Syrian rebels and Sierra Leone nationals.")
    assert sorted(only(got, "ASSAULT")[2]) == ["SLE", "SYR"]
    got = run("Syrian rebels seized parts of Iraq and Turkey.")
    assert sorted(only(got, "COERCE")[2]) == ["IRQ", "TUR"]


def test_the_subject_of_a_clause_on_a_demand_noun(run) -> None:  # noqa: ANN001
    got = run("Egypt reiterated its demand on Monday that Iran free the sailors.")
    assert only(got, "REQUEST")[1:] == (["EGY"], ["IRN"])


def test_refuge_is_asked_of_the_state_that_gives_it(run) -> None:  # noqa: ANN001
    assert only(run("Syrian rebels sought refuge in Turkey."), "REQUEST")[2] == ["TUR"]


def test_emergency_rule_bears_on_the_state_s_own_country(run) -> None:  # noqa: ANN001
    assert only(run("Egypt imposed a curfew on Monday."), "COERCE")[2] == ["EGY"]
    assert only(run("Egypt eased the state of emergency."), "CONCEDE")[2] == ["EGY"]
    # other measures name no one
    assert only(run("Egypt imposed new taxes on Monday."), "COERCE")[2] == []


def test_an_obligation_is_laid_on_the_one_addressed(run) -> None:  # noqa: ANN001
    got = run("Egypt issued a stern reminder to Iran that it must cooperate with inspectors.")
    events = [g for g in got if g[2] == ["IRN"]]
    assert events, got


def test_right_node_raising(run) -> None:  # noqa: ANN001
    got = run("Egypt established ties with and opened an embassy in Tehran, officials said.")
    assert only(got, "COOPERATE")[2] == ["IRN"]


def test_a_side_s_setting_leaves_out_the_other_side_s_country(run) -> None:  # noqa: ANN001
    # two countries in the sentence; the attackers' own is set aside: civilians are Syria's
    got = run("Kenyan troops attacked civilians in Syria's north on Monday.")
    assert only(got, "ASSAULT")[1:] == (["KEN"], ["SYR"])


def test_a_government_named_without_a_country(run) -> None:  # noqa: ANN001
    got = run("The government imposed a curfew in Nairobi on Monday.")
    assert only(got, "COERCE")[1] == ["KEN"]


def test_a_demonym_of_several_words_read_as_a_name(run) -> None:  # noqa: ANN001
    got = run("Kenyan police tortured scores of Sierra Leonean and Liberian refugees.")
    assert sorted(only(got, "ASSAULT")[2]) == ["LBR", "SLE"]


def test_an_international_body_is_not_local(run) -> None:  # noqa: ANN001
    assert only(run("Kenyan students demonstrated in Nairobi."), "PROTEST")[1] == ["KEN"]
    got = run("The International Labour Office demonstrated in Nairobi.")
    assert only(got, "PROTEST")[1] == [None]


def test_a_sentence_naming_no_country_goes_on_in_the_article_s_country(run) -> None:  # noqa: ANN001
    got = run("Police dispersed demonstrators on Monday.", home="KEN")
    assert only(got, "COERCE")[1:] == (["KEN"], ["KEN"])
    # without a home country the parties stay uncoded
    assert only(run("Police dispersed demonstrators on Monday."), "COERCE")[1:] == (
        [None],
        [None],
    )
    # a sentence that names a country speaks for itself
    got = run("Police dispersed demonstrators in Damascus on Monday.", home="KEN")
    assert only(got, "COERCE")[2] == ["SYR"]


def test_arrests_with_no_doer_are_the_authorities_of_the_story_s_country(run) -> None:  # noqa: ANN001
    got = run("Later 25 demonstrators were arrested.", home="KEN")
    assert only(got, "COERCE")[1:] == (["KEN"], ["KEN"])
    # not when another state is named: it may be the one that made the arrests
    got = run("Syria said 25 demonstrators were arrested.", home="KEN")
    assert only(got, "COERCE")[1] == []


def test_an_agreed_friendly_act_reads_on_as_a_topic(run) -> None:  # noqa: ANN001
    got = run("Iraq and Iran agreed to share information on missing people.")
    assert all(g[2] == [] for g in got if g[0] == "AGREE"), got
    # a hostile intended act still takes its target from "on"
    got = run("Iran threatened to impose sanctions on Syria.")
    assert only(got, "THREATEN")[1:] == (["IRN"], ["SYR"])


def test_a_definite_noun_refers_back_to_an_earlier_act(run) -> None:  # noqa: ANN001
    got = run("Egypt asked Iraq to delay the filling. Turkey rejected the request.")
    assert only(got, "REJECT")[1:] == (["TUR"], ["EGY"])
    got = run("Syrian rebels attacked a post. Britain condemned the attack on Monday.")
    assert only(got, "ACCUSE")[1:] == (["GBR"], ["SYR"])
    # a request that names its own maker or content is a new one
    got = run("Egypt asked Iraq to delay. Turkey rejected the request for new talks.")
    assert only(got, "REJECT")[2] == []
    # only an act of a fitting kind is referred to
    got = run("Syrian rebels attacked a post. Turkey rejected the request.")
    assert only(got, "REJECT")[2] == []


def test_a_participle_taken_for_the_subject_stands_for_the_noun_it_modifies(nlp) -> None:  # noqa: ANN001
    from spacy.tokens import Doc

    from dateline.events.arguments import verb_sources

    # the parse a tagger gives "The Red Cross operating in Iraq criticised the arrests."
    doc = Doc(
        nlp.vocab,
        words=[
            "The",
            "Red",
            "Cross",
            "operating",
            "in",
            "Iraq",
            "criticised",
            "the",
            "arrests",
            ".",
        ],
        heads=[2, 2, 3, 6, 3, 4, 6, 8, 6, 6],
        deps=["det", "compound", "nsubj", "nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
        pos=["DET", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["DT", "NNP", "NNP", "VBG", "IN", "NNP", "VBD", "DT", "NNS", "."],
    )
    assert [t.text for t in verb_sources(doc[6])[0]] == ["Cross"]
    # a gerund clause as subject ("Operating in Iraq was risky") is left alone
    doc = Doc(
        nlp.vocab,
        words=["Operating", "in", "Iraq", "angered", "Iran", "."],
        heads=[3, 0, 1, 3, 3, 3],
        deps=["csubj", "prep", "pobj", "ROOT", "dobj", "punct"],
        pos=["VERB", "ADP", "PROPN", "VERB", "PROPN", "PUNCT"],
        tags=["VBG", "IN", "NNP", "VBD", "NNP", "."],
    )
    assert [t.text for t in verb_sources(doc[3])[0]] == ["Operating"]


def test_a_cause_that_leads_a_party_to_act(run) -> None:  # noqa: ANN001
    got = run("The incident prompted Turkey to summon Syrian rebels on Friday.")
    assert only(got, "ACCUSE")[1:] == (["TUR"], ["SYR"])


def test_the_neighbour_across_the_border_an_act_is_done_at(run) -> None:  # noqa: ANN001
    got = run("Turkey massed tanks near its border with Syria.")
    assert only(got, "MOBILIZE")[1:] == (["TUR"], ["SYR"])
    got = run("Turkey massed tanks near its border.")
    assert only(got, "MOBILIZE")[2] == []


def test_a_border_an_act_is_done_at_is_no_party(run) -> None:  # noqa: ANN001
    got = run("Kenyan troops attacked a camp on the Syrian border.")
    assert only(got, "ASSAULT")[1:] == (["KEN"], [])
    got = run("Kenyan troops attacked a camp on the border with Syria.")
    assert only(got, "ASSAULT")[1:] == (["KEN"], ["SYR"])


def test_the_state_a_deed_is_done_in_is_hit_only_by_its_doer(run) -> None:  # noqa: ANN001
    got = run("Syrian rebels resumed an attack in Turkey.")
    assert only(got, "ASSAULT")[1:] == (["SYR"], ["TUR"])
    got = run("Britain condemned an attack in Turkey.")
    assert only(got, "ACCUSE")[1:] == (["GBR"], [])


def test_concern_over_an_act_held_together_bears_on_all_its_parties(run) -> None:  # noqa: ANN001
    got = run("Iran held drills with Syria. Britain expressed concern over the drills.")
    assert only(got, "ACCUSE")[1:] == (["GBR"], ["IRN", "SYR"])


def test_a_preposition_left_without_object_takes_the_noun_after_it(nlp) -> None:  # noqa: ANN001
    from spacy.tokens import Doc

    from dateline.events.phrases import prep_objects

    # the parse a tagger gives "Peru granted asylum to five officers holed up there."
    doc = Doc(
        nlp.vocab,
        words=["Peru", "granted", "asylum", "to", "five", "officers", "holed", "up", "there"],
        heads=[1, 1, 1, 1, 5, 6, 1, 6, 6],
        deps=["nsubj", "ROOT", "dobj", "prep", "nummod", "nsubj", "advcl", "prt", "advmod"],
        pos=["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADP", "ADV"],
        tags=["NNP", "VBD", "NN", "IN", "CD", "NNS", "VBD", "RP", "RB"],
    )
    assert [t.text for t in prep_objects(doc[3])] == ["officers"]
    # a clause with its own conjunction is no such object ("to him, because X came")
    doc = Doc(
        nlp.vocab,
        words=["Peru", "granted", "asylum", "to", "because", "officers", "came"],
        heads=[1, 1, 1, 1, 6, 6, 1],
        deps=["nsubj", "ROOT", "dobj", "prep", "mark", "nsubj", "advcl"],
        pos=["PROPN", "VERB", "NOUN", "ADP", "SCONJ", "NOUN", "VERB"],
        tags=["NNP", "VBD", "NN", "IN", "IN", "NNS", "VBD"],
    )
    assert prep_objects(doc[3]) == []


def test_those_who_come_for_talks_hold_them(run) -> None:  # noqa: ANN001
    got = run("Iranian and Turkish negotiators returned to Geneva for talks.")
    assert only(got, "CONSULT")[1:] == (["IRN"], [])
    got = run("Negotiators from Iran went to Syria for talks.")
    assert only(got, "CONSULT")[1] == ["IRN"]


def test_a_complaint_bears_on_the_one_complained_about(run) -> None:  # noqa: ANN001
    got = run("Turkey complained to the Security Council over Iranian shelling of its villages.")
    assert only(got, "DISAPPROVE")[1:] == (["TUR"], ["IRN"])
    got = run("Egypt complained to Britain about Syria on Monday.")
    assert only(got, "DISAPPROVE")[1:] == (["EGY"], ["SYR"])
    # with no other party named in the grievance, the one it is made to stays
    got = run("Egypt complained to Britain about the weather.")
    assert only(got, "DISAPPROVE")[1:] == (["EGY"], ["GBR"])
