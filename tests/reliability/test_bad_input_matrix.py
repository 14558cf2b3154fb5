"""Every case of the bad-input matrix: the good records stored, the bad ones quarantined,
nothing lost, and a second ingest adds nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))

from reliability import CASES, Case, run_case  # noqa: E402


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case, tmp_path: Path) -> None:
    out = run_case(case, tmp_path)
    assert out.lost == 0
    assert out.stored == case.expect_stored
    assert out.quarantined == case.records - case.expect_stored
    assert out.second_run_added == 0
