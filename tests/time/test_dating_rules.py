"""Event dating rules, one test per rule, on sentences written for these tests (published
Monday 2019-11-04): the wire dateline, the tense cut at publication, complement clauses,
relative clauses on event nouns, and the narrative reference time of a news story."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.readers.dateline_mask import mask_dateline
from dateline.time import EventDater
from dateline.time.clauses import dateline_end
from dateline.types import EventDate

MON = date(2019, 11, 4)
SUN = date(2019, 11, 3)


def _tok(doc: Doc, word: str, nth: int = 0) -> Token:
    hits = [t for t in doc if t.text == word]
    assert len(hits) > nth, f"{word!r} not found"
    return hits[nth]


def _date(nlp: Language, text: str, word: str, published: date = MON) -> EventDate:
    doc = nlp(mask_dateline(text))  # as the pipeline parses it
    return EventDater(doc, published).date(_tok(doc, word))


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("LIMA, Nov 4 - Peru voted.", "LIMA, Nov 4 - "),
        (
            "SAO PAULO, Brazil, Nov. 4 (Reuters) -- Rain fell.",
            "SAO PAULO, Brazil, Nov. 4 (Reuters) -- ",
        ),
        ("LIMA, Nov 4.  Peru voted.", "LIMA, Nov 4.  "),  # as masked before parsing
        ("UN, EU and NATO envoys met on Monday.  Talks went on.", ""),
        ("Peru voted on Sunday - a first.", ""),
    ],
)
def test_dateline_header(text: str, header: str) -> None:
    assert text[: dateline_end(text)] == header


def test_dateline_date_dates_no_event(nlp: Language) -> None:
    ev = _date(nlp, "LIMA, Nov 3 - Farmers blocked roads near the capital.", "blocked")
    assert ev.method == "tense" and ev.expression is None


def test_future_event_in_current_period_starts_at_publication(nlp: Language) -> None:
    ev = _date(nlp, "The two presidents will meet again later this year.", "meet")
    assert (ev.start, ev.end, ev.granularity) == (MON, date(2019, 12, 31), "range")
    ev = _date(nlp, "The envoy will travel to Cairo this week.", "travel")
    assert (ev.start, ev.end) == (MON, date(2019, 11, 10))


def test_past_event_in_current_period_ends_at_publication(nlp: Language) -> None:
    ev = _date(nlp, "Chile sent two planes to Bolivia earlier this month.", "sent")
    assert (ev.start, ev.end, ev.granularity) == (date(2019, 11, 1), MON, "range")
    ev = _date(nlp, "Chile sent two planes to Bolivia last month.", "sent")
    assert (ev.start, ev.end, ev.granularity) == (date(2019, 10, 1), date(2019, 10, 31), "month")


def test_complement_time_is_not_the_main_verbs(nlp: Language) -> None:
    text = (
        "Ghana and Togo signed a pact on Sunday. They also agreed to hold joint patrols next year."
    )
    ev = _date(nlp, text, "agreed")
    assert (ev.start, ev.end) == (SUN, SUN)  # the story's day, not next year
    assert _date(nlp, text, "hold").start == date(2020, 1, 1)


def test_aspectual_verb_shares_its_complements_time(nlp: Language) -> None:
    ev = _date(nlp, "The army began to withdraw its troops on Sunday.", "began")
    assert (ev.start, ev.end, ev.method) == (SUN, SUN, "explicit")


def test_relative_clause_of_an_event_noun_takes_its_date(nlp: Language) -> None:
    ev = _date(nlp, "The mayor condemned Sunday's bombing, which wounded 12 people.", "wounded")
    assert (ev.start, ev.end, ev.method) == (SUN, SUN, "anchored")
    # a relative clause about a person keeps its own time
    ev = _date(nlp, "Police on Sunday freed a reporter who was kidnapped last year.", "kidnapped")
    assert ev.value == "2018"


def test_lede_time_carries_through_the_paragraph(nlp: Language) -> None:
    text = (
        "OSLO, Nov 4 - Norway expelled two Russian diplomats on Sunday. The foreign ministry "
        "gave no details. The embassy refused to comment. Denmark also summoned the Russian "
        "ambassador."
    )
    ev = _date(nlp, text, "summoned")
    assert (ev.start, ev.end, ev.method, ev.expression) == (SUN, SUN, "anchored", "Sunday")


def test_sentence_final_time_in_the_body_dates_its_sentence_only(nlp: Language) -> None:
    text = (
        "Norway expelled two Russian diplomats on Sunday. Police arrested a Norwegian "
        "engineer on suspicion of spying in September. Denmark also summoned the Russian "
        "ambassador."
    )
    assert _date(nlp, text, "arrested").value == "2019-09"
    ev = _date(nlp, text, "summoned")
    assert (ev.start, ev.end, ev.expression) == (SUN, SUN, "Sunday")


def test_preposed_time_opens_a_new_frame(nlp: Language) -> None:
    text = (
        "Norway expelled two Russian diplomats on Sunday. In September, police had arrested a "
        "Norwegian engineer. He passed plans of a naval base to a Russian officer."
    )
    ev = _date(nlp, text, "passed")
    assert (ev.start, ev.end, ev.granularity) == (date(2019, 9, 1), date(2019, 9, 30), "month")


def test_subordinate_time_in_the_lede_does_not_set_the_reference(nlp: Language) -> None:
    text = (
        "Hundreds rallied in Lagos on Sunday for a reporter who was arrested last month. "
        "The union condemned the arrest."
    )
    ev = _date(nlp, text, "condemned")
    assert (ev.start, ev.end) == (SUN, SUN)


def test_verbs_of_saying_carry_only_a_reporting_time(nlp: Language) -> None:
    text = (
        "Troops massed near the border in recent days, officials said on Sunday. The defence "
        "minister warned that any attack would be repelled."
    )
    ev = _date(nlp, text, "warned")
    assert (ev.start, ev.end, ev.method) == (SUN, SUN, "anchored")
    text = "Rebels seized the town on Sunday. The governor said the army would retake it."
    ev = _date(nlp, text, "said")
    assert ev.method == "tense" and (ev.start, ev.end) == (SUN, MON)  # the reporting window


def test_complement_of_a_forward_looking_verb_is_still_to_come(nlp: Language) -> None:
    ev = _date(nlp, "On Sunday, the rebels agreed to release the hostages.", "release")
    assert (ev.start, ev.end, ev.method) == (MON, date(2019, 12, 4), "tense")
    assert (
        _date(nlp, "On Sunday, the rebels agreed to release the hostages.", "agreed").start == SUN
    )
    ev = _date(
        nlp,
        "Rebels seized the port on Sunday. Officials did not rule out imposing sanctions.",
        "imposing",
    )
    assert ev.start == MON and ev.end > MON
    # a purpose infinitive after an act is no plan: it shares the act's time
    ev = _date(nlp, "On Sunday, Chile sent two planes to help fight the fires.", "help")
    assert (ev.start, ev.end) == (SUN, SUN)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the complement of "invited"/"agreed" is ahead of the inviting: the next spring/March
        ("Li invited Weber to visit Beijing in the spring.", "the spring", "2022-SP"),
        ("The two sides agreed to resume talks in March.", "March", "2022-03"),
        # a weekday before the forward-looking verb is that verb's own (past) day
        ("Egypt on Monday urged Ethiopia to postpone the filling.", "Monday", "2022-01-10"),
        ("Li visited Beijing in the spring.", "the spring", "2021-SP"),
    ],
)
def test_forward_complement_resolves_ahead(text: str, expression: str, value: str) -> None:
    from dateline.time import find_timexes

    (t,) = [t for t in find_timexes(text, date(2022, 1, 12)) if t.text == expression]
    assert t.value == value


def _date_as(nlp: Language, text: str, word: str, modality: str | None) -> EventDate:
    doc = nlp(mask_dateline(text))
    return EventDater(doc, MON).date(_tok(doc, word), modality=modality)


def test_an_act_not_yet_done_is_never_dated_in_the_past_narrative(nlp: Language) -> None:
    # "authorised the deployment": the deployment is planned, not done on the
    # narrative's day (an explicit date of its own clause is read as the clause's)
    text = "Rebels seized the port on Sunday. The senate authorised the deployment of troops."
    assert _date_as(nlp, text, "deployment", None).start == SUN  # as the narrative's act
    ev = _date_as(nlp, text, "deployment", "planned")
    assert ev.start == MON and ev.end > MON
    # a present-tense plan is still to come
    ev = _date_as(nlp, "Peru plans a visit to Chile.", "visit", "planned")
    assert ev.start == MON and ev.end > MON
    # its own date wins
    ev = _date_as(nlp, "Peru plans a visit to Chile on Friday.", "visit", "planned")
    assert (ev.start, ev.end) == (date(2019, 11, 8), date(2019, 11, 8))
    # asserted events keep the narrative's reference time
    text = "Rebels seized the port on Sunday. They killed two guards."
    assert _date_as(nlp, text, "killed", "asserted").start == SUN


def test_plans_told_after_a_dated_trip_happen_during_it(nlp: Language) -> None:
    text = (
        "Prime Minister Ana Ruiz will begin a four-day visit to Japan on Wednesday.\n\n"
        "Ruiz will also hold talks with business leaders and will open a trade fair.\n\n"
        "She is scheduled to tour a shipyard in Nagasaki."
    )
    visit = EventDater(nlp(text), MON)
    doc = visit.doc
    for word in ("talks", "open", "tour"):
        ev = visit.date(_tok(doc, word))
        assert (ev.start, ev.end, ev.method) == (date(2019, 11, 6), date(2019, 11, 9),
                                                 "anchored"), word
    # a past trip frames no plan; a past agreement to act later is no plan within it
    past = ("Ruiz visited Japan last week.\n\nShe will hold talks with Korean leaders.\n\n"
            "Japan agreed to hold a summit.")
    dater = EventDater(nlp(past), MON)
    assert dater.date(_tok(dater.doc, "talks")).method == "tense"
    assert dater.date(_tok(dater.doc, "hold", 1)).method == "tense"
