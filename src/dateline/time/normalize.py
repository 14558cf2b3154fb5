"""TIMEX3 values for recognised expressions: one normaliser per rule of ``patterns.py``.

This module holds the shared machinery (``Context``, ``Norm``, ``register``) and the
normalisers of absolute expressions: dates, months, years, decades and centuries.
``normalize_periods.py`` (quarters, halves, seasons), ``normalize_clock.py`` (days, weekdays
and clock times), ``normalize_relative.py`` (deictic and anaphoric expressions),
``normalize_durations.py`` (durations, sets, vague expressions) and
``holidays.py`` register the others.

A normaliser gets the regex match and a :class:`Context` (publication date, the narrative's
reference time, the tense around the expression) and returns a :class:`Norm` or None when
the match is not a temporal expression after all ("may" the modal, "fall" the verb).
Relative arithmetic lives in ``relative.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from dateline.time.lexicon import (
    MONTHS,
    parse_number,
    parse_ordinal,
)
from dateline.time.relative import (
    resolve_month,
    resolve_monthday,
    resolve_unit,
    unit_value,
)

__all__ = [
    "NORMALIZERS",
    "Context",
    "Norm",
    "edge_mod",
    "full_year",
    "group",
    "is_title",
    "month_number",
    "register",
    "spoken_year",
    "text_before",
    "trim",
]


@dataclass
class Context:
    dct: date
    ref: date  # the narrative's reference day (last explicit day), starts at dct
    tense: str | None  # past | perfect | present | future | None
    text: str
    start: int
    end: int
    last_quarter: str | None = None
    ref_coarse: date | None = None  # last explicit date of any granularity ("in 1990")

    @property
    def coarse(self) -> date:
        return self.ref_coarse or self.ref


@dataclass
class Norm:
    type: str
    value: str
    vague: bool = False
    period: bool = False
    modifier: str | None = None
    anchored: bool = False  # computed from the reference time, not the publication date
    sets_ref: bool = False  # an explicit date that moves the narrative's reference time
    span: tuple[int, int] | None = None  # narrower extent than the match
    interval: tuple[date, date, str] | None = None  # overrides the value's own interval


Handler = Callable[[re.Match[str], Context], Norm | None]
NORMALIZERS: dict[str, Handler] = {}


def register(name: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        NORMALIZERS[name] = fn
        return fn

    return deco


def group(m: re.Match[str], name: str) -> str:
    try:
        return (m.group(name) or "").lower()
    except IndexError:
        return ""


def month_number(s: str) -> int:
    s = s.lower().rstrip(".")
    return MONTHS.get(s) or MONTHS[s[:3]]


def full_year(s: str, dct: date) -> int:
    y = int(s)
    if len(s) == 2:
        c = dct.year // 100 * 100
        y = c + y if c + y <= dct.year + 20 else c - 100 + y
    return y


def text_before(ctx: Context, n: int = 25) -> str:
    return ctx.text[max(0, ctx.start - n) : ctx.start].lower()


def trim(m: re.Match[str], ctx: Context, lead: str = "", tail: str = "") -> tuple[int, int]:
    """The match's extent without a leading/trailing regex (TimeML leaves out prepositions,
    possessives and, for adjectival "third-quarter", the determiner)."""
    a, b = ctx.start, ctx.end
    s = m.group(0)
    if lead:
        lm = re.match(lead, s, re.IGNORECASE)
        if lm:
            a += lm.end()
    if tail:
        tm = re.search(tail, s, re.IGNORECASE)
        if tm:
            b = ctx.start + tm.start()
    return a, b


def is_title(ctx: Context) -> bool:
    """A capitalised match inside a sentence is a name ("ABC's This Week", "VOA Today",
    "60 Minutes"), not a temporal expression."""
    if not ctx.text[ctx.start : ctx.start + 1].isupper():
        return False
    i = ctx.start - 1
    while i >= 0 and ctx.text[i] in " \t\"'`":
        i -= 1
    return i >= 0 and (ctx.text[i].isalnum() or ctx.text[i] == ",")


def edge_mod(edge: str) -> str | None:
    e = re.sub(r"\s+", " ", edge.strip())
    if e in ("early", "earlier", "the beginning of", "the start of", "the first half of"):
        return "START"
    if e in ("late", "later", "the end of", "the close of", "the second half of", "the turn of"):
        return "END"
    if e in ("mid", "the middle of"):
        return "MID"
    return None


_WORD_YEARS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}


def spoken_year(s: str) -> int | None:
    """1996 for "nineteen ninety-six", 2000 for "two thousand"."""
    t = re.sub(r"[\s-]+", " ", s.lower().strip())
    m = re.match(r"two thousand(?: (?:and )?(\w+))?$", t)
    if m:
        return 2000 + (int(parse_number(m.group(1)) or 0) if m.group(1) else 0)
    parts = t.split(" ", 1)
    if len(parts) != 2 or parts[0] not in ("nineteen", "twenty"):
        return None
    century = 1900 if parts[0] == "nineteen" else 2000
    rest = parts[1].replace("oh ", "")
    if rest in _WORD_YEARS:
        return century + _WORD_YEARS[rest]
    n = parse_number(rest.replace(" ", "-")) or parse_number(rest)
    return century + int(n) if n is not None else None


# --------------------------------------------------------------------------- absolute dates


@register("iso")
def _iso(m: re.Match[str], ctx: Context) -> Norm | None:
    try:
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["h"]:
        return Norm("TIME", f"{d.isoformat()}T{m['h']}:{m['mi']}", sets_ref=True)
    return Norm("DATE", d.isoformat(), sets_ref=True)


@register("slash")
def _slash(m: re.Match[str], ctx: Context) -> Norm | None:
    a, b = int(m["m"]), int(m["d"])
    month, day = (b, a) if a > 12 >= b else (a, b)  # "25/12/2019" is day/month
    try:
        d = date(full_year(m["y"], ctx.dct), month, day)
    except ValueError:
        return None
    return Norm("DATE", d.isoformat(), sets_ref=True)


def _month_day(mon: int, day: int, year: str, ctx: Context) -> Norm | None:
    if year:
        try:
            return Norm("DATE", date(int(year), mon, day).isoformat(), sets_ref=True)
        except ValueError:
            return None
    d = resolve_monthday(ctx.dct, mon, day, ctx.tense)
    return Norm("DATE", d.isoformat(), sets_ref=True) if d else None


@register("month_day")
def _md(m: re.Match[str], ctx: Context) -> Norm | None:
    mon_s = m["mon"]
    if mon_s.lower() in ("may", "mar", "jan", "jun", "aug") and not m["wd"] and mon_s.islower():
        return None
    rel = re.sub(r"\s+", " ", group(m, "rel"))
    if rel and not m["y"]:
        # "last Oct. 23": the latest such day before the publication date; "next May 1"
        # the first one after it
        mon, day = month_number(mon_s), int(m["d"])
        for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
            try:
                d = date(y, mon, day)
            except ValueError:
                return None
            if rel in ("last", "this past") and d < ctx.dct <= date(y + 1, mon, day):
                return Norm("DATE", d.isoformat(), sets_ref=True)
            if rel in ("next", "this coming") and d > ctx.dct:
                return Norm("DATE", d.isoformat(), sets_ref=True)
        return None
    return _month_day(month_number(mon_s), int(m["d"]), m["y"] or "", ctx)


@register("day_month")
def _dm(m: re.Match[str], ctx: Context) -> Norm | None:
    day = parse_ordinal(re.sub(r"(st|nd|rd|th)$", "", m["d"].lower())) or parse_ordinal(m["d"])
    if not day:
        return None
    norm = _month_day(month_number(m["mon"]), day, m["y"] or "", ctx)
    if norm is not None and not re.search(r"\bof\s", m.group(0), re.IGNORECASE):
        norm.span = trim(m, ctx, r"the\s+")  # "the 19 November meeting": "the" is the noun's
    return norm


@register("month_spoken_day")
def _msd(m: re.Match[str], ctx: Context) -> Norm | None:
    day = parse_ordinal(m["d"])
    return _month_day(month_number(m["mon"]), day, "", ctx) if day else None


@register("week_of")
def _week_of(m: re.Match[str], ctx: Context) -> Norm | None:
    d = resolve_monthday(ctx.dct, month_number(m["mon"]), int(m["d"]), ctx.tense)
    return Norm("DATE", unit_value(d, "W"), sets_ref=True) if d else None


@register("month_year")
def _my(m: re.Match[str], ctx: Context) -> Norm | None:
    mon = month_number(m["mon"])
    if m["y"]:
        y = int(m["y"])
    elif m["sy"]:
        sy = spoken_year(m["sy"])
        if sy is None:
            return None
        y = sy
    else:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return Norm("DATE", f"{y:04d}-{mon:02d}", modifier=edge_mod(group(m, "edge")), sets_ref=True)


_MAY_OK = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|last|next|this|early|late|mid|through|from|to|"
    r"before|after|during|between|and|or|since|end|beginning|middle|the)[\s-]+)$"
)


@register("month")
def _month_only(m: re.Match[str], ctx: Context) -> Norm | None:
    mon_s = m["mon"]
    if mon_s.lower() in ("may", "march") and not (m["edge"] or m["rel"]):
        if not _MAY_OK.search(text_before(ctx, 16)):
            return None
    mon = month_number(mon_s)
    rel = re.sub(r"\s+", " ", group(m, "rel"))
    if rel in ("last", "this past"):
        y = ctx.dct.year if mon < ctx.dct.month else ctx.dct.year - 1
        if (ctx.dct.month - mon) % 12 == 1 and rel == "last":
            y -= 1  # "last February" written in March: the month just ended is "last month"
    elif rel in ("next", "this coming"):
        y = ctx.dct.year if mon > ctx.dct.month else ctx.dct.year + 1
    elif rel == "this":
        y = ctx.dct.year
    else:
        y = resolve_month(ctx.dct, mon, ctx.tense)
    return Norm("DATE", f"{y:04d}-{mon:02d}", modifier=edge_mod(group(m, "edge")), sets_ref=True)


@register("year_range")
def _yr_range(m: re.Match[str], ctx: Context) -> Norm | None:
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else y1 // 100 * 100 + int(y2s)
    if not (y1 < y2 <= y1 + 30):
        return None
    if m["fy"]:
        return Norm("DATE", f"{y2:04d}", sets_ref=True)
    # "2019-20": a season or fiscal year spanning two calendar years; the value names the
    # first (TimeML has no two-year value), the interval covers both
    span = (date(y1, 1, 1), date(y2, 12, 31), "range")
    if y2 == y1 + 1:
        return Norm("DATE", f"{y1:04d}", interval=span)
    return Norm("DURATION", f"P{y2 - y1 + 1}Y", interval=span)


@register("year")
def _year_rule(m: re.Match[str], ctx: Context) -> Norm | None:
    y = int(m["y"])
    pre = group(m, "pre")
    before = text_before(ctx, 12)
    if not pre and not m["edge"]:
        if re.search(r"(?:\$|£|€|no\.|number|#|page|p\.|rs\.?|flight|route)\s*$", before):
            return None
        after = ctx.text[ctx.end : ctx.end + 12].lower()
        if re.match(
            r"\s*(?:%|percent|per\s+cent|people|troops|km|kilomet|miles|metres|feet|"
            r"tons|tonnes|hours|soldiers|dollars|points|votes)",
            after,
        ):
            return None
    if m["s"]:
        return Norm("DATE", f"{y // 10:03d}", modifier=edge_mod(group(m, "edge")))
    if pre.startswith("fiscal") or pre == "fy":
        return Norm("DATE", f"{y:04d}", sets_ref=True)  # TimeBank: "fiscal 1989" -> 1989
    return Norm("DATE", f"{y:04d}", modifier=edge_mod(group(m, "edge")), sets_ref=True)


@register("spoken_year")
def _spoken(m: re.Match[str], ctx: Context) -> Norm | None:
    y = spoken_year(m["sy"])
    return Norm("DATE", f"{y:04d}") if y else None


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


@register("decade")
def _decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["dec"]:
        d = int(m["dec"])
        if d < 100:
            d += 1900
    elif m["dec2"]:
        d = 1900 + int(m["dec2"])
    else:
        d = 1900 + 10 * _DECADE_WORDS[m["decw"].lower()]
    edge = group(m, "edge").replace("the ", "")
    return Norm("DATE", f"{d // 10:03d}", modifier=edge_mod(edge))


@register("century")
def _century(m: re.Match[str], ctx: Context) -> Norm | None:
    n = parse_ordinal(re.sub(r"(st|nd|rd|th)$", "", m["ord"].lower())) or parse_ordinal(m["ord"])
    if not n or n > 21:
        return None
    return Norm("DATE", f"{n - 1:02d}")


@register("century_rel")
def _century_rel(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = {"century": "CE", "decade": "DE", "millennium": "ML"}[m["unit"].lower()]
    rel = group(m, "rel")
    if rel.startswith("the "):
        n = {"century": 100, "decade": 10, "millennium": 1000}[m["unit"].lower()]
        return Norm("DURATION", f"P{n}Y" if unit != "DE" else "P10Y")
    if unit == "ML":
        return None
    off = {"this": 0, "last": -1, "next": 1}[rel]
    return Norm("DATE", resolve_unit(ctx.dct, unit, off))
