"""TempEval-3 task A figures on the shared TimeML data must stay above measured floors.

Measured 2026-11-25 with ``python eval/timex.py``: strict F1 90.0, relaxed F1 94.8, type
accuracy 95.8, value accuracy 88.0, value F1 83.4. The floors sit just below, so that
regressions fail.
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
    assert sc.relaxed_prf()[2] >= 0.947
    assert sc.strict_prf()[2] >= 0.899
    assert sc.type_accuracy >= 0.957
    assert sc.value_accuracy >= 0.879
    assert sc.value_f1 >= 0.834
    assert n_found > 1500
