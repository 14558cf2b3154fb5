"""The Reuters-21578 event suites (eval/reuters_score.py, ``eval/events.py --suite reuters``
and ``--suite reuters-political``): the scorer on records of our own, then floors a little
under the figures measured on 2026-11-25, so that false events on ordinary, mostly
non-political news, and lost recall on political wire news, show here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"
sys.path.insert(0, str(EVAL))

# political wire news (a hold-out): a little under the figures of 2026-11-25
POLITICAL_FLOOR = {"type_recall": 0.64, "type_f1": 0.56, "triple_f1": 0.22,
                   "quiet_with_events": 9}


def _pred(type_: str, sources: tuple[str, ...], targets: tuple[str, ...] = (),
          modality: str = "asserted"):  # noqa: ANN202 - event_score.PredEvent
    from event_score import PredEvent

    return PredEvent(type=type_, cameo=None, sources=sources, targets=targets,
                     modality=modality)


def test_scorer_counts_false_alarms_and_skips_negated() -> None:
    from reuters_score import score_reuters_predictions

    gold = [
        {"id": "a", "events": [{"type": "DEMAND", "source": "USA", "target": ["DEU", "JPN"]}]},
        {"id": "b", "events": []},
        {"id": "c", "events": []},
    ]
    preds = {
        "a": [_pred("REQUEST", ("USA",), ("DEU", "JPN"))],  # DEMAND folds into REQUEST
        "b": [_pred("AGREE", ("---",))],  # a false alarm in an event-free article
        "c": [_pred("ASSAULT", ("---",), (), "negated")],  # negated: no event
    }
    s = score_reuters_predictions(gold, preds)
    assert (s.type_only.tp, s.type_only.fp, s.type_only.fn) == (1, 1, 0)
    assert (s.triple.tp, s.triple.fp) == (2, 1)
    assert (s.quiet_articles, s.quiet_with_events) == (2, 1)
    assert s.per_type["AGREE"].fp == 1 and s.per_type["REQUEST"].tp == 1
    assert s.sample.pred_events == 2


@pytest.fixture(scope="module")
def reuters_scores(shared: Path):  # noqa: ANN201 - reuters_score.ReutersScores
    import events
    from reuters_score import CORPUS, score_reuters

    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} not found")
    s = score_reuters(events.Timer().run)
    assert s is not None
    return s


def test_reuters_floor(reuters_scores) -> None:  # noqa: ANN001
    s = reuters_scores
    assert s.sample.articles == 40 and s.sample.gold_events == 20
    assert s.type_only.precision >= 0.45 and s.type_only.f1 >= 0.50
    assert s.type_only.recall >= 0.55
    assert s.quiet_with_events <= 6  # of the 30 articles without a political event
    assert s.sample.pred_events <= 33


@pytest.fixture(scope="module")
def political_scores(shared: Path):  # noqa: ANN201 - reuters_score.ReutersScores
    import events
    from reuters_score import CORPUS, POLITICAL_GOLD, score_reuters

    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} not found")
    s = score_reuters(events.Timer().run, POLITICAL_GOLD)
    assert s is not None
    return s


def test_reuters_political_floor(political_scores) -> None:  # noqa: ANN001
    s = political_scores
    assert s.sample.articles == 40 and s.sample.gold_events == 54
    assert s.type_only.recall >= POLITICAL_FLOOR["type_recall"]
    assert s.type_only.f1 >= POLITICAL_FLOOR["type_f1"]
    assert s.triple.f1 >= POLITICAL_FLOOR["triple_f1"]
    assert s.quiet_with_events <= POLITICAL_FLOOR["quiet_with_events"]  # of 16
