from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))

from cluster_score import match_gold, pairwise  # noqa: E402


def test_pairwise_exact_values() -> None:
    gold = {"a": "E1", "b": "E1", "c": "E1", "d": "E2"}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}
    s = pairwise(pred, gold)
    # predicted pairs: (a,b) (c,d); gold pairs: (a,b) (a,c) (b,c)
    assert (s.pred_pairs, s.gold_pairs, s.shared_pairs) == (2, 3, 1)
    assert s.precision == pytest.approx(0.5) and s.recall == pytest.approx(1 / 3)
    assert s.f1 == pytest.approx(0.4)


def test_pairwise_perfect_and_empty() -> None:
    assert pairwise({"a": "1", "b": "1"}, {"a": "E", "b": "E"}).f1 == 1.0
    assert pairwise({}, {}).precision == 1.0


def test_match_gold_needs_type_and_parties() -> None:
    gold = {"a1": [{"event": "E1", "type": "CONSULT", "parties": ["JPN", "VNM"]},
                   {"event": "E2", "type": "PROTEST", "parties": ["KEN"]}]}
    assert match_gold("a1", "CONSULT", ["VNM", "JPN"], gold) == "E1"
    assert match_gold("a1", "CONSULT", ["JPN"], gold) is None
    assert match_gold("a1", "PROTEST", ["KEN", "USA"], gold) == "E2"
    assert match_gold("a2", "PROTEST", ["KEN"], gold) is None
