"""The sample scorer's list of date misses (eval/sample_score.py), on hand-made records."""

from __future__ import annotations

import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "eval"
sys.path.insert(0, str(EVAL))

from event_score import PredEvent  # noqa: E402
from sample_score import DateMiss, score_sample_predictions  # noqa: E402


def _pred(start: str, end: str, span: tuple[int, int]) -> PredEvent:
    return PredEvent(
        type="AGREE",
        cameo="057",
        sources=("GHA",),
        targets=("TGO",),
        trigger_start=span[0],
        trigger_end=span[1],
        date_start=start,
        date_end=end,
    )


def test_date_misses_are_listed_with_both_intervals() -> None:
    gold = {
        "a": [
            {
                "type": "AGREE",
                "source": "GHA",
                "target": "TGO",
                "trigger": "signed",
                "date": ["2019-11-03", "2019-11-03"],
            },
            {
                "type": "AGREE",
                "source": "GHA",
                "target": "TGO",
                "trigger": "agreed",
                "date": ["2019-11-01", "2019-11-04"],
            },
        ]
    }
    preds = {
        "a": [
            _pred("2019-11-03", "2019-11-03", (5, 11)),
            _pred("2019-10-28", "2019-11-04", (40, 46)),
        ]
    }
    s = score_sample_predictions(gold, preds)
    assert (s.matched, s.date_correct) == (2, 1)
    assert s.date_misses == [
        DateMiss("a", "agreed", ("2019-11-01", "2019-11-04"), ("2019-10-28", "2019-11-04"), 40, 46)
    ]
