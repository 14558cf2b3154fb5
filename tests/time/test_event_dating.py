"""EventDater on parsed text: the example article and small hand-made cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.time import EventDater

MON = date(2019, 11, 4)


def _tok(doc: Doc, word: str, nth: int = 0, after: str | None = None) -> Token:
    start = doc.text.index(after) if after else 0
    hits = [t for t in doc if t.text == word and t.idx >= start]
    assert len(hits) > nth, f"{word!r} not found"
    return hits[nth]


@pytest.fixture(scope="module")
def example(nlp: Language, example_path: Path) -> tuple[Doc, EventDater]:
    text = example_path.read_text(encoding="utf-8")
    if text.startswith(" date "):
        text = text.split(" ", 3)[3]  # the " date YYYY-MM-DD " header is not body text
    doc = nlp(text)
    return doc, EventDater(doc, MON)


def test_example_visit_spans_three_days(example: tuple[Doc, EventDater]) -> None:
    doc, dater = example
    for visit in (
        _tok(doc, "visit", after="three-day visit to the transcontinental"),
        _tok(doc, "visit", after="embark on his visit"),
        _tok(doc, "visit", after="During the visit"),
    ):
        ev = dater.date(visit)
        assert (ev.start, ev.end) == (date(2019, 11, 4), date(2019, 11, 6)), visit.idx
        assert ev.granularity == "range"
        assert ev.method in ("explicit", "anchored")
        assert ev.expression == "Monday" and ev.value == "2019-11-04"
        assert doc.text[ev.expr_start : ev.expr_end] == "Monday"


def test_example_embarking_is_monday(example: tuple[Doc, EventDater]) -> None:
    doc, dater = example
    ev = dater.date(_tok(doc, "embark"))
    assert (ev.start, ev.end, ev.granularity, ev.method) == (MON, MON, "day", "explicit")


def test_example_cochairing_is_anchored_to_the_visit(example: tuple[Doc, EventDater]) -> None:
    doc, dater = example
    sent = next(s for s in doc.sents if s.text.startswith("During the visit"))
    ev = dater.date(sent.root)
    assert (ev.start, ev.end) == (date(2019, 11, 4), date(2019, 11, 6))
    assert ev.method == "anchored"


def test_example_mou_signing_is_the_week_before(example: tuple[Doc, EventDater]) -> None:
    doc, dater = example
    ev = dater.date(_tok(doc, "signed"))
    assert (ev.start, ev.end) == (date(2019, 10, 28), date(2019, 11, 3))
    assert ev.granularity == "week"
    assert ev.method == "anchored"  # carried from "Last week, Singh had travelled ..."
    assert ev.expression == "Last week" and ev.value == "2019-W44"
    travelled = dater.date(_tok(doc, "travelled"))
    assert (travelled.method, travelled.value) == ("explicit", "2019-W44")


def test_example_wreath_not_dated_to_second_world_war(example: tuple[Doc, EventDater]) -> None:
    doc, dater = example
    ev = dater.date(_tok(doc, "place", after="he will place a wreath"))
    assert ev.start >= MON
    assert ev.expression != "the Second World War"
    assert "1939" not in (ev.value or "")
    lost = dater.date(_tok(doc, "lost"))
    assert lost.expression != "the Second World War"


def _date(nlp: Language, text: str, word: str, published: date = MON, nth: int = 0):  # noqa: ANN202
    doc = nlp(text)
    return EventDater(doc, published).date(_tok(doc, word, nth))


def test_explicit_weekday_past_and_future(nlp: Language) -> None:
    ev = _date(nlp, "Rebels attacked the town on Sunday.", "attacked")
    assert (ev.start, ev.end, ev.method, ev.value) == (
        date(2019, 11, 3),
        date(2019, 11, 3),
        "explicit",
        "2019-11-03",
    )
    ev = _date(nlp, "The ministers will meet in Geneva on Friday.", "meet")
    assert (ev.start, ev.granularity) == (date(2019, 11, 8), "day")


def test_explicit_week_and_month(nlp: Language) -> None:
    ev = _date(nlp, "The ministers will meet in Geneva next week.", "meet")
    assert (ev.start, ev.end, ev.granularity) == (date(2019, 11, 11), date(2019, 11, 17), "week")
    ev = _date(nlp, "Protests erupted in October.", "erupted")
    assert (ev.start, ev.end, ev.granularity) == (date(2019, 10, 1), date(2019, 10, 31), "month")
    # a past event in the current month ends at publication (see test_dating_rules.py)
    ev = _date(nlp, "Protests erupted earlier this month.", "erupted")
    assert (ev.start, ev.end, ev.granularity) == (date(2019, 11, 1), MON, "range")


def test_relative_clause_time_stays_in_its_clause(nlp: Language) -> None:
    text = "The prime minister, who took office in 2014, visited Paris on Monday."
    ev = _date(nlp, text, "visited")
    assert ev.value == "2019-11-04"
    ev = _date(nlp, text, "took")
    assert ev.value == "2014" and ev.granularity == "year"


def test_since_opens_the_interval(nlp: Language) -> None:
    ev = _date(nlp, "Since 2014, the two countries have held talks.", "held")
    assert (ev.start, ev.end, ev.granularity) == (date(2014, 1, 1), MON, "range")


def test_three_day_visit_starting_monday(nlp: Language) -> None:
    ev = _date(nlp, "The president will begin a three-day visit to Japan on Monday.", "visit")
    assert (ev.start, ev.end) == (date(2019, 11, 4), date(2019, 11, 6))


def test_narrative_reference_time_carries(nlp: Language) -> None:
    text = "Last month, the minister travelled to Paris. He met Macron and signed a pact."
    ev = _date(nlp, text, "met")
    assert (ev.start, ev.end, ev.granularity, ev.method) == (
        date(2019, 10, 1),
        date(2019, 10, 31),
        "month",
        "anchored",
    )


def test_narrative_does_not_cross_tense_or_paragraphs(nlp: Language) -> None:
    ev = _date(nlp, "Last month, the minister travelled to Paris. He will meet Macron.", "meet")
    assert ev.method == "tense" and ev.start == MON
    ev = _date(nlp, "Last month, the minister travelled to Paris.\n\nHe met Macron.", "met")
    assert ev.method == "tense"


def test_tense_and_publication_fallbacks(nlp: Language) -> None:
    ev = _date(nlp, "The two sides signed a deal.", "signed")
    assert (ev.start, ev.end, ev.method) == (date(2019, 10, 28), MON, "tense")
    ev = _date(nlp, "The two sides will sign a deal.", "sign")
    assert ev.method == "tense" and ev.start == MON and ev.end > MON
    ev = _date(nlp, "Talks between the two sides.", "Talks")
    assert (ev.start, ev.end, ev.method) == (MON, MON, "publication")


def test_dater_is_deterministic_and_memoised(nlp: Language) -> None:
    doc = nlp("Rebels attacked the town on Sunday.")
    dater = EventDater(doc, MON)
    tok = _tok(doc, "attacked")
    assert dater.date(tok) is dater.date(tok)


def test_no_carry_for_present_tense_or_reporting_verbs(nlp: Language) -> None:
    text = "Last week, rebels seized the town. The army controls the roads. Rebels said so."
    ev = _date(nlp, text, "controls")
    assert ev.method == "tense" and (ev.start, ev.end) == (MON, MON)
    ev = _date(nlp, text, "said")
    assert ev.method == "tense" and (ev.start, ev.end) == (date(2019, 11, 3), MON)


def test_since_frame_does_not_carry(nlp: Language) -> None:
    text = "More than 100 civilians have been killed since January. Rebels seized a town."
    ev = _date(nlp, text, "killed")
    assert (ev.start, ev.end, ev.granularity) == (date(2019, 1, 1), MON, "range")
    ev = _date(nlp, text, "seized")
    assert ev.method == "tense"


def test_future_plans_do_not_carry_across_sentences(nlp: Language) -> None:
    text = "The conference will end on Thursday. Leaders will discuss trade."
    ev = _date(nlp, text, "discuss")
    assert ev.method == "tense"


def test_vague_expression_gives_direction_and_provenance(nlp: Language) -> None:
    ev = _date(nlp, "The two armies recently clashed near the border.", "clashed")
    assert (ev.method, ev.expression, ev.value) == ("tense", "recently", "PAST_REF")
    assert (ev.start, ev.end) == (date(2019, 10, 28), MON)


def test_noun_trigger_with_its_own_date(nlp: Language) -> None:
    ev = _date(nlp, "The 19 November meeting ended in deadlock.", "meeting")
    assert (ev.start, ev.method, ev.expression) == (date(2019, 11, 19), "explicit", "19 November")
    ev = _date(nlp, "Friday's talks in Geneva ended without a deal.", "talks")
    assert (ev.start, ev.method) == (date(2019, 11, 1), "explicit")


def test_degenerate_inputs(nlp: Language) -> None:
    doc = nlp("")
    assert EventDater(doc, MON).timexes == []
    doc = nlp("Talks, talks, talks!")
    dater = EventDater(doc, MON)
    for tok in doc:
        ev = dater.date(tok)
        assert ev.start <= ev.end
