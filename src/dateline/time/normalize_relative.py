"""Normalisers for relative and anaphoric expressions.

"last week", "earlier this month", "three years ago", "the year-earlier period", "the 19th",
"the next day", "that day". Days and clock times ("yesterday", "on Monday", "9 a.m.") are in
``normalize_clock.py``; the calendar arithmetic is in ``relative.py``; the absolute-date
normalisers are in ``normalize.py``.
"""

from __future__ import annotations

import re
from datetime import timedelta

from dateline.time.lexicon import (
    POD_CODES,
    parse_ordinal,
    unit_of,
)
from dateline.time.normalize import (
    Context,
    Norm,
    edge_mod,
    group,
    is_title,
    register,
    text_before,
    trim,
)
from dateline.time.normalize_durations import dur_value, number
from dateline.time.normalize_periods import longer_frame
from dateline.time.relative import (
    resolve_day_offset,
    resolve_monthday,
    resolve_unit,
    resolve_weekday,
    shift_value,
    unit_value,
)

__all__: list[str] = []

_POD = POD_CODES

# -------------------------------------------------------------- "last week", "earlier this month"

_REL_OFFSET = {
    "this": 0,
    "the current": 0,
    "current": 0,
    "this past": -1,
    "this coming": 1,
    "last": -1,
    "the last": -1,
    "past": -1,
    "the past": -1,
    "previous": -1,
    "the previous": -1,
    "prior": -1,
    "the prior": -1,
    "the preceding": -1,
    "next": 1,
    "the next": 1,
    "coming": 1,
    "the coming": 1,
    "the following": 1,
    "the latest": 0,
    "the same": 0,
    "that": 0,
}
_UNIT_CODE = {
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "year": "Y",
    "fiscal year": "Y",
    "calendar year": "Y",
    "school year": "Y",
    "financial year": "Y",
    "day": "D",
    "decade": "DE",
}


@register("rel_unit")
def _rel_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    n = _rel_unit_value(m, ctx)
    if n is not None and n.span is None:
        n.span = trim(m, ctx, r"some\s*time\s+")  # "sometime next year" -> "next year"
    return n


def _rel_unit_value(m: re.Match[str], ctx: Context) -> Norm | None:
    if is_title(ctx):
        return None
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit_w = re.sub(r"\s+", " ", m["unit"].lower())
    edge = group(m, "edge")
    if unit_w in ("season", "term"):
        return None
    if unit_w in ("morning", "evening"):
        if rel == "this":
            return Norm("TIME", f"{ctx.dct.isoformat()}T{_POD[unit_w]}")
        if rel in ("the next", "the following"):
            d = ctx.ref + timedelta(days=1)
            return Norm("TIME", f"{d.isoformat()}T{_POD[unit_w]}", anchored=True)
        return None
    unit = _UNIT_CODE[unit_w]
    off = _REL_OFFSET.get(rel)
    if off is None:
        return None
    if unit == "WE":
        d = resolve_weekday(
            ctx.dct,
            6,
            "future" if off > 0 else "past" if off < 0 else ctx.tense,
            {1: "next", -1: "last"}.get(off),
        )
        return Norm("DATE", unit_value(d, "WE"))
    if unit == "D":
        if rel in ("that", "the same"):
            return Norm("DATE", ctx.ref.isoformat(), anchored=True)
        if rel in ("the next", "the following"):
            return Norm("DATE", resolve_day_offset(ctx.ref, 1), anchored=True)
        if rel in ("the previous", "the preceding", "the prior"):
            return Norm("DATE", resolve_day_offset(ctx.ref, -1), anchored=True)
        return None
    anaphoric = rel in (
        "that",
        "the same",
        "the following",
        "the previous",
        "the preceding",
        "the prior",
    )
    base = (ctx.ref if unit in ("D", "W", "WE") else ctx.coarse) if anaphoric else ctx.dct
    if rel == "the past" and unit == "Y" and not edge:
        # "the past year": the twelve months up to now; TimeML annotates the previous year
        return Norm("DATE", resolve_unit(ctx.dct, "Y", -1))
    if rel in ("the next", "the coming") and unit in ("Y", "M", "W") and not edge:
        if rel == "the next" and unit in ("Y", "M") and _past_narrative(ctx, unit):
            # "It was founded in 1987. The next year it went public.": the year after the
            # narrative's own time, not after publication
            return Norm("DATE", resolve_unit(ctx.coarse, unit, 1), anchored=True)
        return Norm("DATE", resolve_unit(ctx.dct, unit, 1))
    if rel == "the latest" and unit in ("W", "M", "Y"):
        return Norm("DATE", resolve_unit(ctx.dct, unit, 0 if unit == "W" else -1))
    return Norm("DATE", resolve_unit(base, unit, off), modifier=edge_mod(edge), anchored=anaphoric)


def _past_narrative(ctx: Context, unit: str) -> bool:
    """The clause is in the past and the last explicit date lies in an earlier ``unit``
    (year or month) than publication: the narrative's time, not the present, is the anchor."""
    if ctx.tense != "past" or ctx.ref_coarse is None or ctx.ref_coarse >= ctx.dct:
        return False
    return resolve_unit(ctx.ref_coarse, unit, 0) != resolve_unit(ctx.dct, unit, 0)


@register("edge_unit")
def _edge_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = {"week": "W", "month": "M", "year": "Y", "day": "D", "decade": "DE"}[m["unit"].lower()]
    base = ctx.ref if unit in ("D", "W") else ctx.coarse
    return Norm(
        "DATE",
        resolve_unit(base, unit, 0),
        modifier=edge_mod(m["edge"].lower()),
        anchored=base != ctx.dct,
    )


@register("year_end")
def _year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    w = m["w"].lower()
    mod = "MID" if "mid" in w else "END"
    if re.search(r"\bsince\s+(?:the\s+)?$", text_before(ctx, 10), re.IGNORECASE):
        # "the change is since year-end": the last year-end before publication
        return Norm("DATE", f"{ctx.dct.year - 1:04d}", modifier=mod)
    return Norm("DATE", f"{ctx.coarse.year:04d}", modifier=mod, span=trim(m, ctx, r"(?:by|at)\s+"))


_PART_OF = re.compile(r"\b(?:days|weeks|months|quarters|half)\s+$")


@register("weekend_mod")
def _weekend_mod(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "weekend air raids", "the weekend talks": the weekend nearest the reference day in
    the clause's tense (the last one for a past clause, the next for a future one)."""
    d = resolve_weekday(ctx.dct, 6, ctx.tense)
    return Norm("DATE", unit_value(d, "WE"))


@register("the_unit")
def _the_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the week", "for the year", "the fiscal year ended June 30", "over the weekend"."""
    unit = m["unit"].lower()
    pre = group(m, "pre")
    span = trim(m, ctx, r"(?:over|for|during|in|ahead\s+of|through|throughout|of)\s+")
    if pre == "of":
        # "the first nine months of the year", "the last two weeks of the month": TimeML
        # marks the frame as a date of its own, the current year or month
        if (
            unit not in ("year", "month")
            or m["full"]
            or m["ended"]
            or not _PART_OF.search(text_before(ctx, 12).lower())
        ):
            return None
        return Norm("DATE", resolve_unit(ctx.dct, "Y" if unit == "year" else "M", 0), span=span)
    if m["ended"]:
        return Norm(
            "DURATION",
            {"week": "P1W", "weekend": "P2D", "month": "P1M"}.get(unit, "P1Y"),
            span=span,
        )
    if unit == "weekend":
        if not pre:
            return None
        d = resolve_weekday(ctx.dct, 6, "future" if pre == "ahead of" else ctx.tense)
        return Norm("DATE", unit_value(d, "WE"), span=span)
    if unit == "week":
        if not (pre or m["poss"]):
            return None
        # "For the week, the index fell 3.8%" in a Monday report on Friday's trading: the
        # definite week is the one the story is about, the reference day's when it is recent
        base = ctx.ref if 0 <= (ctx.dct - ctx.ref).days <= 6 else ctx.dct
        return Norm("DATE", unit_value(base, "W"), span=span, anchored=base != ctx.dct)
    if unit == "month":
        return None
    if pre in ("for", "through", "throughout", "during") or m["full"]:
        return Norm("DATE", f"{ctx.dct.year:04d}", span=span)
    return None


@register("ago")
def _ago(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = unit_of(m["unit"])
    if unit is None or unit == "WE":
        return None
    n = number(m["num"])
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    if direction in ("later", "after", "before", "prior"):
        # "three days later", "13 days after the bombings": TimeML marks the duration
        span = trim(
            m,
            ctx,
            r"(?:about|around|approximately|roughly|just|some)\s+",
            r"(?:\s+or\s+so)?\s+(?:later|after|before|prior)$",
        )
        return Norm("DURATION", dur_value(n, unit), span=span, vague=n is None)
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    anchored = direction in ("earlier", "before", "later", "after", "previously", "prior")
    base = (
        (ctx.coarse if unit in ("M", "Q", "Y", "DE", "CE", "ML") else ctx.ref)
        if anchored
        else ctx.dct
    )
    if n is None:
        return Norm("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", vague=True)
    if unit.startswith("T"):
        return Norm("DATE", base.isoformat(), anchored=anchored)
    if unit in ("DE", "CE", "ML"):
        years = int(n) * {"DE": 10, "CE": 100, "ML": 1000}[unit]
        return Norm(
            "DATE", shift_value(base, "Y", sign * years), anchored=anchored, vague=bool(m["approx"])
        )
    if unit == "2W":
        unit, n = "W", 2 * n
    if n != int(n):
        return None
    q = ctx.last_quarter
    if unit == "Y" and q and sign < 0 and int(n) == 1 and ctx.tense != "future":
        if longer_frame(ctx):
            # "in the latest nine months, compared with 40% a year earlier": the figure
            # compared is not the quarter's, so only the year is known
            return Norm("DATE", f"{int(q[:4]) - 1:04d}", anchored=True)
        # "up from $10 million a year ago" in a quarterly report: the same quarter a year before
        return Norm("DATE", f"{int(q[:4]) - 1:04d}-{q[5:]}", anchored=True)
    return Norm(
        "DATE",
        shift_value(base, unit, sign * int(n)),
        anchored=anchored,
        modifier="APPROX" if m["approx"] else None,
    )


@register("year_ago_adj")
def _year_ago_adj(m: re.Match[str], ctx: Context) -> Norm | None:
    what = group(m, "what")
    if what in ("nine months", "six months"):
        return Norm("DURATION", "P9M" if what.startswith("nine") else "P6M")
    q = ctx.last_quarter
    if "quarter" in what and what != "quarter":
        ords = {"first": 1, "second": 2, "third": 3, "fourth": 4}
        return Norm("DATE", f"{ctx.dct.year - 1:04d}-Q{ords[what.split()[0]]}")
    if q and what in ("quarter", "period", "", "results", "level", "levels", "figure", "figures"):
        return Norm(
            "DATE",
            f"{int(q[:4]) - 1:04d}-{q[5:]}",
            span=trim(m, ctx, "", r"\s+\w+$")
            if what and what not in ("quarter", "period")
            else None,
        )
    return Norm("DATE", f"{ctx.dct.year - 1:04d}")


@register("ordinal_day")
def _ordinal_day(m: re.Match[str], ctx: Context) -> Norm | None:
    day = parse_ordinal(re.sub(r"(st|nd|rd|th)$", "", m["d"].lower())) or parse_ordinal(m["d"])
    if not day:
        return None
    d = resolve_monthday(ctx.ref, ctx.ref.month, day, None)
    if d is None:
        return None
    if ctx.tense in ("past", "perfect") and d > ctx.dct:
        from dateline.time.relative import add_months

        d = add_months(d, -1)
    elif ctx.tense == "future" and d < ctx.dct:
        from dateline.time.relative import add_months

        d = add_months(d, 1)
    return Norm("DATE", d.isoformat(), span=(m.start("x"), m.end("x")))


_EVENT_AFTER = re.compile(r"\s+(?!yesterday\b|tomorrow\b)[A-Za-z]")
_DATE_BEFORE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?|\b\d{4}|day|(?-i:[A-Z][a-z]+\.?\s+\d{1,2})),\s+$",
    re.IGNORECASE,
)


@register("anaphoric_day")
def _anaphoric_day(m: re.Match[str], ctx: Context) -> Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    base = ctx.ref
    if w.startswith("a day"):
        if w.endswith(("earlier", "before")):
            return Norm("DATE", resolve_day_offset(base, -1), anchored=True)
        return Norm("DATE", resolve_day_offset(base, 1), anchored=True)
    if (
        w in ("the day before", "the day after")
        and _EVENT_AFTER.match(ctx.text, ctx.end)
        and _DATE_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start)
    ):
        # in apposition to a date, "the day before <event>" is that date ("Oct. 12, the
        # day before the stock market plunge"); otherwise the event is mostly the one at
        # the reference time ("the day after his death")
        return Norm(
            "DATE", base.isoformat(), anchored=True, span=(ctx.start, ctx.start + len("the day"))
        )
    off = 0
    if any(k in w for k in ("next", "following", "day after")):
        off = 1
    elif any(k in w for k in ("previous", "preceding", "day before")):
        off = -1
    elif re.search(r"the (second|third|first|fourth|fifth|final|last) day", w):
        return Norm("DATE", base.isoformat(), anchored=True)
    d = base + timedelta(days=off)
    pod = w.split()[-1]
    if pod in _POD:
        return Norm("TIME", f"{d.isoformat()}T{_POD[pod]}", anchored=True)
    return Norm("DATE", d.isoformat(), anchored=True, modifier=edge_mod(group(m, "edge")))


_ = (unit_value, resolve_unit)
