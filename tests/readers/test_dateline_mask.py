from __future__ import annotations

import pytest

from dateline.readers.dateline_mask import mask_dateline


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("NEW DELHI, March 14 - India and Vietnam signed", "India and Vietnam signed"),
        ("MAIDUGURI, Nigeria, Jan 22 - Suspected militants", "Suspected militants"),
        ("LONDON (Reuters) - The pound fell", "The pound fell"),
        ("WASHINGTON, Nov. 4, 2019 -- The US said", "The US said"),
    ],
)
def test_datelines_are_masked_keeping_offsets(text: str, rest: str) -> None:
    masked = mask_dateline(text)
    assert len(masked) == len(text) and masked.endswith(rest)
    head = masked[: len(text) - len(rest)]
    place = head.rstrip().removesuffix(".")
    assert head.rstrip().endswith(".") and "-" not in head.split(",")[-1]  # a sentence now
    assert text.startswith(place)  # the place is kept


@pytest.mark.parametrize("text", ["India will discuss", "US troops - some 200 - left",
                                  "NATO said on Monday - and then", "date 2019 text"])
def test_ordinary_openings_are_kept(text: str) -> None:
    assert mask_dateline(text) == text
