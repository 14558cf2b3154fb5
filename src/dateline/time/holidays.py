"""Normalisers for holidays ("Christmas", "Thanksgiving") and named historical periods
("the Second World War", which is marked as a period and never used as an event date)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time.lexicon import HOLIDAYS, PERIODS
from dateline.time.normalize import Context, Norm, group, register

__all__: list[str] = []


def _nth_weekday(y: int, month: int, wd: int, nth: int) -> date:
    d = date(y, month, 1)
    d += timedelta(days=(wd - d.isoweekday()) % 7)
    return d + timedelta(weeks=nth - 1)


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * mm + 114) // 31
    day = (h + ll - 7 * mm + 114) % 31 + 1
    return date(y, month, day)


def _holiday_date(name: str, y: int) -> date | None:
    n = re.sub(r"\s+", " ", name.lower())
    if n in HOLIDAYS:
        mo, d = HOLIDAYS[n]
        return date(y, mo, d)
    if n == "new year's":
        return date(y, 1, 1)
    if n.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 4, 4)
    if n == "labor day":
        return _nth_weekday(y, 9, 1, 1)
    if n == "memorial day":
        last = _nth_weekday(y, 5, 1, 5)
        return last if last.month == 5 else last - timedelta(weeks=1)
    if n == "election day":
        return _nth_weekday(y, 11, 1, 1) + timedelta(days=1)
    if n in ("easter week", "holy week"):
        return _easter(y) - timedelta(days=6)  # the week that ends on Easter Sunday
    if n.startswith("easter"):
        e = _easter(y)
        return e + timedelta(days=1) if n.endswith("monday") else e
    if n == "good friday":
        return _easter(y) - timedelta(days=2)
    return None


@register("holiday")
def _holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = group(m, "rel")
    y = int(m["y"]) if m["y"] else ctx.dct.year
    d = _holiday_date(m["w"], y)
    if d is None:
        return None
    tense = "future" if ctx.tense == "present" else ctx.tense
    if not m["y"]:
        if rel in ("last", "this past") or (tense in ("past", "perfect") and d > ctx.dct):
            if d > ctx.dct:
                d = _holiday_date(m["w"], y - 1) or d
        elif rel == "next" or (tense == "future" and d < ctx.dct):
            if d < ctx.dct:
                d = _holiday_date(m["w"], y + 1) or d
    if re.search(r"week$", m["w"], re.IGNORECASE):
        y, w, _ = d.isocalendar()
        return Norm("DATE", f"{y:04d}-W{w:02d}")
    return Norm("DATE", d.isoformat())


@register("period")
def _period(m: re.Match[str], ctx: Context) -> Norm | None:
    key = re.sub(r"\s+", " ", m["w"].lower())
    if key not in PERIODS:
        return None
    a, b = PERIODS[key]
    return Norm("DATE", f"{a:04d}/{b:04d}" if a >= 1000 else "PAST_REF", period=True)
