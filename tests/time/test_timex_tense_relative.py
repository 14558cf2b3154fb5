"""The raw-text tense guesser, the calendar arithmetic of relative.py and value_interval."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time import value_interval
from dateline.time.relative import (
    add_months,
    iso_week,
    resolve_month,
    resolve_monthday,
    resolve_unit,
    resolve_weekday,
)
from dateline.time.tense import guess_tense

TENSES = [
    ("The ambassador said on Tuesday that Iraq would retaliate.", "Tuesday", "past"),
    ("The monarch will meet Bush on Thursday in Maine.", "Thursday", "future"),
    ("He had met the minister on Monday.", "Monday", "perfect"),
    ("The father would be traveling to the United States Thursday.", "Thursday", "future"),
    ("Officials postponed until Tuesday any action on the case.", "Tuesday", "future"),
    ("Until Thursday, they had not called Kopp a suspect.", "Thursday", "past"),
    ("Since Tuesday, the shares have gained 4%.", "Tuesday", "past"),
    ("The group could leave as soon as Tuesday.", "Tuesday", "future"),
    ("The dividend is to be paid in January.", "January", "future"),
    ("Relatives looked for ways around Wednesday's ruling.", "Wednesday", "past"),
    ("On Friday, the government planned to pay the families.", "Friday", "past"),
    ("The summit opens on Monday.", "Monday", "present"),
    ("As of Wednesday evening, he still had not signed.", "Wednesday", "past"),
    ("They have given him until Tuesday to sign.", "Tuesday", "future"),
    ("He stays until the case is heard in May.", "May", "present"),
    ("The offer had been due to expire Friday.", "Friday", "perfect"),
    ("The team planned to leave on Thursday.", "Thursday", "future"),
    ("In January, after the Roe vs. Wade ruling, a bomb killed a guard.", "January", "past"),
    ("Officials met Gov. Lee in January.", "January", "past"),
    ("His relatives could be located Wednesday in their hometown.", "Wednesday", "past"),
    ("The office of the chairman was created, effective Feb. 1.", "Feb. 1", None),
]


@pytest.mark.parametrize(("text", "expr", "tense"), TENSES)
def test_guess_tense(text: str, expr: str, tense: str | None) -> None:
    i = text.index(expr)
    assert guess_tense(text, i, i + len(expr)) == tense


MON = date(2019, 11, 4)


def test_resolve_weekday() -> None:
    assert resolve_weekday(MON, 1, "past") == MON  # newswire "said Monday" on a Monday
    assert resolve_weekday(MON, 1, "perfect") == date(2019, 10, 28)
    assert resolve_weekday(MON, 1, "future") == MON
    assert resolve_weekday(MON, 5, "past") == date(2019, 11, 1)
    assert resolve_weekday(MON, 5, "future") == date(2019, 11, 8)
    assert resolve_weekday(MON, 5, None) == date(2019, 11, 1)
    assert resolve_weekday(MON, 1, None, "last") == date(2019, 10, 28)
    assert resolve_weekday(MON, 1, None, "next") == date(2019, 11, 11)
    assert resolve_weekday(MON, 3, None, "this") == date(2019, 11, 6)
    assert resolve_weekday(date(2019, 12, 30), 5, "future") == date(2020, 1, 3)


def test_resolve_unit_and_weeks_across_years() -> None:
    assert resolve_unit(MON, "W", -1) == "2019-W44"
    assert resolve_unit(date(2019, 12, 30), "W", 0) == "2020-W01"
    assert resolve_unit(date(2021, 1, 1), "W", 0) == "2020-W53"
    assert resolve_unit(date(2020, 1, 2), "M", -1) == "2019-12"
    assert resolve_unit(date(2020, 1, 2), "Q", -1) == "2019-Q4"
    assert resolve_unit(MON, "Y", 1) == "2020"
    assert resolve_unit(MON, "DE", 0) == "201"
    assert iso_week(date(2018, 12, 31)) == "2019-W01"
    assert add_months(date(2020, 1, 31), 1) == date(2020, 2, 29)


def test_resolve_month_and_monthday_by_tense() -> None:
    jan2 = date(2020, 1, 2)
    assert resolve_month(jan2, 12, "past") == 2019
    assert resolve_month(jan2, 12, None) == 2019
    assert resolve_month(jan2, 3, "future") == 2020
    assert resolve_month(jan2, 3, "past") == 2019
    assert resolve_month(MON, 10, "future") == 2020
    assert resolve_monthday(date(2019, 12, 30), 1, 3, None) == date(2020, 1, 3)
    assert resolve_monthday(date(2018, 12, 28), 1, 15, "past") == date(2019, 1, 15)
    assert resolve_monthday(date(1999, 5, 6), 10, 23, "past") == date(1998, 10, 23)
    assert resolve_monthday(MON, 2, 30, None) is None


def test_value_interval() -> None:
    assert value_interval("2019-W44") == (date(2019, 10, 28), date(2019, 11, 3), "week")
    assert value_interval("2019-W44-WE") == (date(2019, 11, 2), date(2019, 11, 3), "week")
    assert value_interval("2019-11") == (date(2019, 11, 1), date(2019, 11, 30), "month")
    assert value_interval("2020-02") == (date(2020, 2, 1), date(2020, 2, 29), "month")
    assert value_interval("2019-Q4") == (date(2019, 10, 1), date(2019, 12, 31), "quarter")
    assert value_interval("2019-H1") == (date(2019, 1, 1), date(2019, 6, 30), "half")
    assert value_interval("2019-WI") == (date(2019, 12, 1), date(2020, 2, 29), "season")
    assert value_interval("199") == (date(1990, 1, 1), date(1999, 12, 31), "decade")
    assert value_interval("2019-11-04T10:30") == (MON, MON, "day")
    assert value_interval("PRESENT_REF") is None
    assert value_interval("P3D") is None
