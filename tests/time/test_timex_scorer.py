"""The TempEval-3 scorer (eval/timex_score.py) on tiny hand-made cases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))

from timex_score import Span, score_corpus, score_document  # noqa: E402


def S(a: int, b: int, typ: str = "DATE", value: str = "2019-11-04") -> Span:  # noqa: N802
    return Span(a, b, typ, value)


def test_perfect_match() -> None:
    g = [S(0, 6), S(10, 19, "DURATION", "P3D")]
    sc = score_document(g, list(g))
    assert sc.strict_prf() == (1.0, 1.0, 1.0)
    assert sc.relaxed_prf() == (1.0, 1.0, 1.0)
    assert sc.type_accuracy == sc.value_accuracy == 1.0
    assert sc.value_f1 == 1.0


def test_relaxed_overlap_counts_but_not_strict() -> None:
    # gold "last week", system "week": overlapping but not identical
    sc = score_document([S(0, 9, value="2019-W44")], [S(5, 9, value="2019-W44")])
    assert sc.strict == 0 and sc.relaxed == 1
    assert sc.strict_prf() == (0.0, 0.0, 0.0)
    assert sc.relaxed_prf() == (1.0, 1.0, 1.0)


def test_value_f1_is_relaxed_f1_times_value_accuracy() -> None:
    gold = [S(0, 6), S(10, 16), S(20, 26), S(30, 36)]
    system = [S(0, 6), S(10, 16, value="2019-11-05"), S(21, 25), S(40, 45)]
    sc = score_document(gold, system)
    # 3 relaxed matches out of 4 system and 4 gold: P = R = F1 = 0.75
    assert sc.relaxed == 3 and sc.strict == 2
    assert sc.relaxed_prf() == pytest.approx((0.75, 0.75, 0.75))
    # values right on 2 of the 3 matches
    assert sc.value_accuracy == pytest.approx(2 / 3)
    assert sc.value_f1 == pytest.approx(0.75 * 2 / 3)


def test_type_accuracy() -> None:
    sc = score_document([S(0, 5, "DURATION", "P1W")], [S(0, 5, "DATE", "P1W")])
    assert sc.type_accuracy == 0.0 and sc.value_accuracy == 1.0


def test_one_to_one_matching() -> None:
    # two system spans overlap one gold span: only one may match
    sc = score_document([S(0, 20)], [S(0, 8), S(10, 20)])
    assert sc.relaxed == 1
    assert sc.relaxed_prf() == pytest.approx((0.5, 1.0, 2 / 3))


def test_exact_match_preferred_over_overlap() -> None:
    gold = [S(0, 10), S(5, 15)]
    system = [S(5, 15)]
    sc = score_document(gold, system)
    assert sc.strict == 1


def test_empty_and_corpus_totals() -> None:
    sc = score_document([], [])
    assert sc.relaxed_prf() == (0.0, 0.0, 0.0)
    total = score_corpus([([S(0, 5)], [S(0, 5)]), ([S(0, 5)], [])])
    assert (total.gold, total.system, total.strict) == (2, 1, 1)
    assert total.relaxed_prf() == pytest.approx((1.0, 0.5, 2 / 3))
    kinds = sorted(k for k, _, _ in total.errors)
    assert kinds == ["missed"]
