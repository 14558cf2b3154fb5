"""Political wire news, arguments left over (dateline.events.split_words, repelled,
ground, evaluation, claims; the REJECT reading of "oppose" in event_patterns.tsv). Every
sentence is written for these tests."""

from __future__ import annotations

from sentences import events
from spacy.language import Language

from dateline.events.evaluation import evaluated_act
from dateline.events.split_words import split_prefix, word_modifiers


def _parties(text: str, type_: str) -> list[tuple[set[str | None], set[str | None], str]]:
    return [
        ({a.country for a in e.sources}, {a.country for a in e.targets}, e.modality)
        for e in events(text)
        if e.type == type_
    ]


# -- hyphenated event nouns ----------------------------------------------------------------


def test_split_word_parts_and_their_modifiers(nlp: Language) -> None:
    doc = nlp("Guards repelled fierce Eritrean counter-attacks.")
    head = next(t for t in doc if t.text == "attacks")
    assert [t.text for t in split_prefix(head)] == ["counter", "-"]
    assert "Eritrean" in [t.text for t in word_modifiers(head)]
    plain = next(t for t in nlp("Eritrean attacks failed.") if t.text == "attacks")
    assert split_prefix(plain) == []


def test_demonym_on_a_hyphenated_attack_is_the_attacker() -> None:
    found = _parties(
        "Ethiopia said its soldiers repelled fierce Eritrean counter-attacks near the border.",
        "ASSAULT",
    )
    assert ({"ERI"}, {"ETH"}, "asserted") in found


def test_who_repels_an_attack_is_its_target() -> None:
    found = _parties("Lebanese troops repulsed Syrian counter-attacks.", "ASSAULT")
    assert ({"SYR"}, {"LBN"}, "asserted") in found
    # no repelling verb: no target is made up
    found = _parties("Lebanese troops reported Syrian counter-attacks.", "ASSAULT")
    assert all("LBN" not in tgt for _, tgt, _ in found)


# -- the ground of an offensive ------------------------------------------------------------


def test_an_offensive_among_the_hills_of_another_state_targets_it() -> None:
    found = _parties(
        "Ethiopia launched a new offensive among the hills of the Zalambessa "
        "sector of northern Eritrea.",
        "ASSAULT",
    )
    assert ({"ETH"}, {"ERI"}, "asserted") in found
    found = _parties(
        "Ethiopia launched the offensive, codenamed Sunset, on Monday among the "
        "hills of northern Eritrea.",
        "ASSAULT",
    )
    assert ({"ETH"}, {"ERI"}, "asserted") in found


# -- evaluated acts --------------------------------------------------------------------------


def test_an_act_under_an_evaluation_is_hypothetical(nlp: Language) -> None:
    doc = nlp("A diplomat said it would be reckless for Pakistan to retaliate against India.")
    assert evaluated_act(next(t for t in doc if t.text == "retaliate")) == "reckless"
    found = [
        e
        for e in events(
            "A diplomat said it would be reckless for Pakistan to retaliate against India."
        )
        if e.trigger == "retaliate"
    ]
    assert found and all(e.modality == "hypothetical" for e in found)
    # a past evaluation may judge a deed done: not read as weighed
    doc = nlp("It was foolish for Chile to seize the boats.")
    assert evaluated_act(next(t for t in doc if t.text == "seize")) is None
    # an infinitive of purpose is no evaluation
    doc = nlp("Peru sent envoys to Quito to discuss the border.")
    assert evaluated_act(next(t for t in doc if t.text == "discuss")) is None


# -- claims of responsibility ----------------------------------------------------------------


def test_the_claimant_of_an_attack_is_its_source() -> None:
    evs = events(
        "Kurdish rebels claimed responsibility for a bomb attack on a police post in Diyarbakir."
    )
    attacks = [e for e in evs if e.type == "ASSAULT"]
    assert attacks
    assert all(a.text == "Kurdish rebels" for e in attacks for a in e.sources)
    assert all("unattributed" not in a.rule for e in attacks for a in e.sources)


def test_an_unclaimed_attack_keeps_the_unattributed_convention() -> None:
    attacks = [
        e for e in events("A roadside bomb killed two soldiers in Kandahar.") if e.type == "ASSAULT"
    ]
    assert attacks
    assert all(a.rule.startswith("unattributed-") for e in attacks for a in e.sources)
    assert all("claimant" not in e.rule for e in attacks)


# -- opposing proposals and conduct ----------------------------------------------------------


def test_opposing_a_proposal_is_reject_and_opposing_conduct_disapprove() -> None:
    assert {
        e.type
        for e in events("The farmers' union opposed the government's proposal to cut subsidies.")
        if e.trigger == "opposed"
    } == {"REJECT"}
    assert {
        e.type
        for e in events("The bishops opposed the army's conduct in the north.")
        if e.trigger == "opposed"
    } == {"DISAPPROVE"}
