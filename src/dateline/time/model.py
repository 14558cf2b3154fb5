"""The Timex record and the calendar interval a TIMEX3 value denotes."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Timex", "value_interval"]


@dataclass(frozen=True)
class Timex:
    """One temporal expression: its extent, TIMEX3 type and value, and how it was found.

    ``begin``/``finish`` is the calendar interval of a DATE or TIME value (inclusive days),
    ``granularity`` its unit (day | week | month | quarter | year | ...); both are None for
    durations, sets and vague references. ``vague`` marks PAST_REF-like or fuzzy values
    ("recently", "a few years ago"); ``period`` marks a named historical period ("the Second
    World War"), which is never an event date. ``modifier`` is the TIMEX3 mod (START, MID,
    END, APPROX, ...); ``anchored`` says the value was computed from the narrative's
    reference time rather than the publication date.
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value: "2019-11-04", "2019-W44", "P3D", "PRESENT_REF", ...
    rule: str = ""
    begin: date | None = None
    finish: date | None = None
    granularity: str | None = None
    vague: bool = False
    period: bool = False
    modifier: str | None = None
    anchored: bool = False


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _months(y: int, m1: int, m2: int) -> tuple[date, date]:
    y2, mm2 = y + (m2 - 1) // 12, (m2 - 1) % 12 + 1
    return date(y, m1, 1), _month_end(y2, mm2)


def value_interval(value: str) -> tuple[date, date, str] | None:
    """The inclusive day interval and granularity of a calendar TIMEX3 value, or None.

    >>> value_interval("2019-W44")
    (datetime.date(2019, 10, 28), datetime.date(2019, 11, 3), 'week')
    """
    v = value.split("T", 1)[0] if re.match(r"^\d{4}-\d{2}-\d{2}T", value) else value
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
        if m:
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
        if m:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + timedelta(days=5), monday + timedelta(days=6), "week"
            return monday, monday + timedelta(days=6), "week"
        m = re.fullmatch(r"(\d{4})-(\d{2})", v)
        if m:
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), _month_end(y, mo), "month"
        m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
        if m:
            y, q = int(m[1]), int(m[2])
            a, b = _months(y, 3 * q - 2, 3 * q)
            return a, b, "quarter"
        m = re.fullmatch(r"(\d{4})-H([12])", v)
        if m:
            y, h = int(m[1]), int(m[2])
            a, b = _months(y, 6 * h - 5, 6 * h)
            return a, b, "half"
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
        if m:
            m1, m2 = _SEASON_MONTHS[m[2]]
            a, b = _months(int(m[1]), m1, m2)
            return a, b, "season"
        m = re.fullmatch(r"(\d{4})", v)
        if m:
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31), "year"
        m = re.fullmatch(r"(\d{3})", v)
        if m:
            y = int(m[1]) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
        m = re.fullmatch(r"(\d{2})", v)
        if m:
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
    except ValueError:
        return None
    return None
