"""Argument structure: sources and targets through passives, coordination, control,
relative clauses, conjoined verbs, light verbs and nominal events.

The actor stage and the pattern lexicon are replaced here by small doubles so these tests
pin the extractor's own rules."""

from __future__ import annotations

from datetime import date

import pytest
from doubles import Pat

from dateline.events.extract import EventExtractor
from dateline.types import Actor, Article, EventDate

COUNTRY = {"India": "IND", "Uzbekistan": "UZB", "Iran": "IRN", "Iraq": "IRQ",
           "Russia": "RUS", "Modi": "IND", "Putin": "RUS", "Macron": "FRA",
           "Germany": "DEU", "Egypt": "EGY", "Sudan": "SDN", "France": "FRA", "Merkel": "DEU",
           "Turkey": "TUR", "Syria": "SYR", "Kenya": "KEN", "China": "CHN", "Nepal": "NPL"}


class Patterns:
    rows = [Pat("AGREE", "VERB", "sign"), Pat("CONSULT", "VERB", "visit", mode="visit"),
            Pat("CONSULT", "NOUN", "visit", mode="visit"), Pat("CONSULT", "NOUN", "talk"),
            Pat("ASSAULT", "VERB", "attack"), Pat("CONSULT", "VERB", "meet"),
            Pat("AID", "VERB", "send", object="aid"), Pat("SANCTION", "VERB", "impose",
                                                           object="sanction"),
            Pat("OTHER", "VERB", "inaugurate"), Pat("ACCUSE", "VERB", "accuse")]

    def match_verb(self, lemma: str, objects: set[str], preps: set[str]) -> list[Pat]:
        return [p for p in self.rows if p.pos == "VERB" and p.lemma == lemma and
                (p.object == "-" or p.object in objects)]

    def match_noun(self, lemma: str) -> list[Pat]:
        return [p for p in self.rows if p.pos == "NOUN" and p.lemma == lemma]


class Actors:
    def actor_at(self, token):  # noqa: ANN001, ANN201
        if token.text in COUNTRY:
            return Actor(token.text, token.idx, token.idx + len(token), name=token.text,
                         country=COUNTRY[token.text])
        return None


class Dater:
    def date(self, trigger, modality=None):  # noqa: ANN001, ANN201
        return EventDate(date(2020, 1, 1), date(2020, 1, 1), "day", "publication")


class Places:
    def locate(self, trigger):  # noqa: ANN001, ANN201
        return None


@pytest.fixture(scope="module")
def run(nlp):  # noqa: ANN001, ANN201
    ex = EventExtractor(Patterns())

    def _run(text: str) -> list[tuple[str, list[str], list[str], bool]]:
        doc = nlp(text)
        art = Article("t", date(2020, 1, 1), text)
        return [(e.type, [a.country for a in e.sources], [a.country for a in e.targets],
                 e.joint) for e in ex.extract(doc, art, Actors(), Dater(), Places())]

    return _run


def test_active(run) -> None:  # noqa: ANN001
    assert run("Iran attacked Iraq.") == [("ASSAULT", ["IRN"], ["IRQ"], False)]


def test_passive(run) -> None:  # noqa: ANN001
    assert run("Iraq was attacked by Iran.") == [("ASSAULT", ["IRN"], ["IRQ"], False)]


def test_coordinated_subjects_are_a_joint_act(run) -> None:  # noqa: ANN001
    assert run("India and Uzbekistan signed three MoUs.") == [
        ("AGREE", ["IND", "UZB"], [], True)]


def test_control_verb_passes_its_subject(run) -> None:  # noqa: ANN001
    assert run("Putin is scheduled to visit India.") == [("CONSULT", ["RUS"], ["IND"], False)]


def test_conjoined_verbs_share_the_subject(run) -> None:  # noqa: ANN001
    got = run("Egypt met Sudan and signed a deal.")
    assert ("CONSULT", ["EGY"], ["SDN"], False) in got
    assert any(t == "AGREE" and s == ["EGY"] for t, s, _, _ in got)


def test_relative_clause_subject(run) -> None:  # noqa: ANN001
    got = run("Officials blamed Turkey, which attacked Syria last year.")
    assert ("ASSAULT", ["TUR"], ["SYR"], False) in got


def test_light_verb_with_nominal_event(run) -> None:  # noqa: ANN001
    assert run("Modi held talks with Putin in Delhi.") == [("CONSULT", ["IND"], ["RUS"], False)]


def test_possessive_nominal_event(run) -> None:  # noqa: ANN001
    got = run("Macron's visit to Germany ended on Friday.")
    assert got == [("CONSULT", ["FRA"], ["DEU"], False)]


def test_object_constrained_pattern(run) -> None:  # noqa: ANN001
    assert run("China sent aid to Nepal.") == [("AID", ["CHN"], ["NPL"], False)]
    assert run("China sent a letter to Nepal.") == []


def test_co_sources_with_along_with(run) -> None:  # noqa: ANN001
    got = run("Macron will inaugurate, along with Merkel, the new bridge.")
    assert got == [("OTHER", ["FRA", "DEU"], [], True)]


def test_no_actor_no_event(run) -> None:  # noqa: ANN001
    assert run("The visit was postponed.") == []


def test_embedded_question_codes_nothing(run) -> None:  # noqa: ANN001
    assert run("There was no word on whether India would sign a deal with Russia.") == []


def test_owner_of_a_non_actor_argument(run) -> None:  # noqa: ANN001
    assert run("Iran attacked Iraq's oil fields.") == [("ASSAULT", ["IRN"], ["IRQ"], False)]
    assert run("Dozens of Kenya's soldiers attacked a Chinese convoy.")[0][1] == ["KEN"]


def test_accused_of_doing(run) -> None:  # noqa: ANN001
    got = run("France accused Russia of attacking Turkey.")
    assert ("ACCUSE", ["FRA"], ["RUS"], False) in got
    assert ("ASSAULT", ["RUS"], ["TUR"], False) in got


def test_refusals_are_rejections(run) -> None:  # noqa: ANN001
    assert run("Iran refused to sign the treaty with Iraq.")[-1][0] == "REJECT"
    assert run("Egypt will not sign the treaty with Sudan.") == [("REJECT", ["EGY"], ["SDN"],
                                                                  False)]
    assert run("Egypt did not sign the treaty with Sudan.") == [("AGREE", ["EGY"], ["SDN"],
                                                                 False)]


def test_reported_must_is_a_demand(run) -> None:  # noqa: ANN001
    assert run("France said Iran must sign the treaty with Iraq.")[0][:3] == (
        "DEMAND", ["FRA"], ["IRN"])


def test_conditional_harm_is_a_threat(run) -> None:  # noqa: ANN001
    assert run("Turkey will attack Syria unless Iraq withdraws.")[0][:3] == (
        "THREATEN", ["TUR"], ["SYR"])
    assert run("China will send aid to Nepal if it asks.")[0][0] == "AID"


def test_reported_obligation_without_a_typed_act_is_a_demand(run) -> None:  # noqa: ANN001
    assert run("Russia said Sudan must return the helicopter.") == [
        ("DEMAND", ["RUS"], ["SDN"], False)]
