"""TempEval-3 task A figures on the shared TimeML data must stay above measured floors.

Measured 2026-11-25 with ``python eval/timex.py``: strict F1 90.0, relaxed F1 94.9, type
accuracy 95.8, value accuracy 88.2, value F1 83.7 (83.4 before TimeML's E/C/L duration units,
"the first two quarters of 1990" as a half year, "for a while" and "the first nine months
of the year"). The floors sit just below, so that regressions fail.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"
sys.path.insert(0, str(EVAL))


def test_tempeval_floors(shared: Path) -> None:
    data = shared / "gold" / "tempeval3"
    if not any(data.glob("*.timex3.jsonl")):
        pytest.skip("TempEval-3 data not in ../shared")
    import timex

    sc, n_found, _ = timex.evaluate(timex.load(data))
    assert sc.gold == 1822
    assert sc.relaxed_prf()[2] >= 0.948
    assert sc.strict_prf()[2] >= 0.899
    assert sc.type_accuracy >= 0.957
    assert sc.value_accuracy >= 0.881
    assert sc.value_f1 >= 0.836
    assert n_found > 1500
