"""Resolution of relative expressions against a reference date and a tense.

This is where "last week", "on Monday", "earlier this month", "next month", "in October"
(which year?), "three days ago" and "the 19th" get their calendar values. Every function
takes the reference date explicitly (the publication date, or the narrative's reference
time) and returns a TIMEX3 value string.

Conventions (TimeML / TempEval):

- weeks are ISO weeks: "last week" in an article of Monday 2019-11-04 is ``2019-W44``
  (2019-10-28..2019-11-03);
- a bare weekday ("Friday") is the nearest such day before the reference date, or the
  nearest after it when the clause is about the future; the reference day itself when it is
  that weekday (newswire writes "said Monday" for the publication day) unless the clause is
  in the past perfect ("had met on Monday"), which points to the week before;
- a bare month ("in October") is the nearest one, unless the tense points across the year
  boundary: future tense and a month before the reference month -> the year after, past
  tense and a month well after it -> the year before (see ``resolve_month``).
"""

from __future__ import annotations

from datetime import date, timedelta

# "Officials said on Monday" in an article of Monday: newswire means the publication day.
# In the TBAQ TimeML corpus a bare weekday equal to the publication weekday is that day in
# all 132 cases and the week before in none, whatever the tense; only a past perfect ("had
# met on Monday") moves it a week back. Set to False to read every past-tense "on Monday"
# in a Monday article as the Monday before.
PAST_SAME_WEEKDAY_IS_PUBLICATION_DAY = True

__all__ = [
    "PAST_SAME_WEEKDAY_IS_PUBLICATION_DAY",
    "add_months",
    "iso_week",
    "quarter_of",
    "resolve_day_offset",
    "resolve_month",
    "resolve_monthday",
    "resolve_unit",
    "resolve_weekday",
    "shift_value",
    "unit_value",
]


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, the day clipped to the month's length."""
    m0 = d.year * 12 + (d.month - 1) + n
    y, m = divmod(m0, 12)
    m += 1
    day = d.day
    while day > 28:
        try:
            return date(y, m, day)
        except ValueError:
            day -= 1
    return date(y, m, day)


def _add_years(d: date, n: int) -> date:
    return add_months(d, 12 * n)


def unit_value(d: date, unit: str) -> str:
    """The TIMEX3 value of the calendar unit (``D``, ``W``, ``M``, ...) containing ``d``."""
    if unit == "D":
        return d.isoformat()
    if unit == "W":
        return iso_week(d)
    if unit == "WE":
        return iso_week(d) + "-WE"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "H":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown unit {unit!r}")


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "D":
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "M":
        return add_months(d, n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "H":
        return add_months(d, 6 * n)
    if unit == "Y":
        return _add_years(d, n)
    if unit == "DE":
        return _add_years(d, 10 * n)
    if unit == "CE":
        return _add_years(d, 100 * n)
    raise ValueError(f"unknown unit {unit!r}")


def resolve_unit(ref: date, unit: str, offset: int) -> str:
    """ "this week" (offset 0), "last month" (-1), "next year" (+1) relative to ``ref``."""
    return unit_value(_shift(ref, unit, offset), unit)


def resolve_day_offset(ref: date, days: int) -> str:
    """ "yesterday" (-1), "tomorrow" (+1), "three days ago" (-3)."""
    return (ref + timedelta(days=days)).isoformat()


def shift_value(ref: date, unit: str, n: int, granularity: str | None = None) -> str:
    """ "two weeks ago" -> the week two weeks before ``ref`` (at ``granularity``, default unit)."""
    return unit_value(_shift(ref, unit, n), granularity or unit)


def resolve_weekday(
    ref: date, weekday: int, tense: str | None = None, modifier: str | None = None
) -> date:
    """The date meant by a weekday name, ISO ``weekday`` (Monday = 1).

    ``modifier`` is "last", "next", "this", "previous", "following" or None; ``tense`` is
    "past", "perfect" (past perfect), "future", "present" or None.
    """
    if tense == "present":
        tense = "future"  # "the summit opens on Monday": a scheduled event
    cur = ref.isoweekday()
    back = (cur - weekday) % 7  # days back to the most recent such day (0 = ref itself)
    ahead = (weekday - cur) % 7
    if modifier in ("last", "previous", "past"):
        return ref - timedelta(days=back or 7)
    if modifier in ("next", "following", "coming"):
        if modifier == "next" and tense != "past":
            return ref + timedelta(days=ahead or 7)
        return ref + timedelta(days=ahead or 7)
    if modifier == "this":
        if tense == "future":
            return ref + timedelta(days=ahead)
        if tense in ("past", "perfect"):
            return ref - timedelta(days=back)
        # same ISO week
        return ref + timedelta(days=weekday - cur)
    if back == 0:
        if tense == "perfect" or (tense == "past" and not PAST_SAME_WEEKDAY_IS_PUBLICATION_DAY):
            return ref - timedelta(days=7)
        return ref
    if tense == "future":
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


def resolve_month(ref: date, month: int, tense: str | None = None) -> int:
    """The year of a bare month name ("in October") relative to ``ref``.

    A future clause means the earliest such month not before ``ref``'s month; a past clause
    the latest one not more than a month after it (reported plans: "said the cut would
    come in December", written in November); without a tense, one in the eight months
    before or the four after.
    """
    if tense in ("past", "perfect"):
        return ref.year if month <= ref.month + 1 else ref.year - 1
    if tense == "future":
        return ref.year if month >= ref.month else ref.year + 1
    diff = month - ref.month  # -11..11
    if diff > 4:  # news mostly looks back: up to eight months back, four ahead
        return ref.year - 1
    if diff < -8:
        return ref.year + 1
    return ref.year


def resolve_monthday(ref: date, month: int, day: int, tense: str | None = None) -> date | None:
    """The date of "Nov. 4" (no year): the nearest such day to ``ref``, except that a past
    clause never looks more than 60 days ahead and a future one never more than 60 back."""
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    best = min(cands, key=lambda c: abs((c - ref).days))
    if tense in ("past", "perfect") and (best - ref).days > 60:
        earlier = [c for c in cands if c < best]
        best = earlier[-1] if earlier else best
    elif tense == "future" and (ref - best).days > 60:
        later = [c for c in cands if c > best]
        best = later[0] if later else best
    return best
