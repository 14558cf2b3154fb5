"""Floors on the event evaluation (eval/events.py), a little under the figures measured
on 2026-11-25, so a regression in the extractor, the lexicon or the actors shows here."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"
sys.path.insert(0, str(EVAL))


@pytest.fixture(scope="module")
def events_eval(shared: Path):  # noqa: ANN201
    import events

    return events


def test_plover_floor(events_eval) -> None:  # noqa: ANN001
    gold = events_eval.load_plover_gold(events_eval.PLOVER)
    timer = events_eval.Timer()
    preds = [timer.run(g.id, g.text, date(2000, 1, 1)) for g in gold]
    s = events_eval.score_plover(gold, preds)
    assert s.n == 322
    assert s.accuracy >= 0.865
    assert s.source.f1 >= 0.84 and s.target.f1 >= 0.83
    assert s.triple.f1 >= 0.65


def test_petrarch_floor(events_eval) -> None:  # noqa: ANN001
    gold = events_eval.load_petrarch_gold(events_eval.PETRARCH)
    timer = events_eval.Timer()
    preds = [timer.run(g.id, g.text, events_eval._date(g.date)) for g in gold]
    s = events_eval.score_petrarch(gold, preds)
    assert s.root.f1 >= 0.495


def test_sample_floor() -> None:
    import events
    from sample_score import score_sample

    timer = events.Timer()
    s = score_sample(timer.run)
    assert s is not None
    assert s.type_only.f1 >= 0.90 and s.modality_accuracy >= 0.95
