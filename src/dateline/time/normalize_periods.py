"""Normalisers of quarters ("the third quarter", "Q3 2019", "the quarter ended July 31",
"the latest quarter" of an earnings report), halves ("the first half of 2020") and seasons
("last fall"). Registered with ``normalize.register`` like the others."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time.lexicon import MONTHS, SEASONS
from dateline.time.normalize import (
    Context,
    Norm,
    edge_mod,
    full_year,
    group,
    month_number,
    register,
    spoken_year,
    trim,
)
from dateline.time.relative import quarter_of, resolve_monthday, resolve_unit

__all__ = ["longer_frame"]


def _qyear(q: int, ctx: Context) -> int:
    cur = quarter_of(ctx.dct)
    if q > cur and ctx.tense in ("past", "perfect", None) and (q - cur) >= 2:
        return ctx.dct.year - 1
    if q > cur and ctx.tense in ("past", "perfect"):
        return ctx.dct.year - 1
    return ctx.dct.year


def _prev_quarter(d: date) -> str:
    q, y = quarter_of(d) - 1, d.year
    if q == 0:
        q, y = 4, y - 1
    return f"{y:04d}-Q{q}"


_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>[0-3]?\d)\b")


_FRAME = re.compile(
    r"\b(?:(?P<q>quarter|period)|(?P<long>(?:nine|six)\s+months|first\s+half|full\s+year|"
    r"fiscal\s+year|year\s+end(?:ed|ing)|for\s+the\s+year))\b",
    re.IGNORECASE,
)


def longer_frame(ctx: Context) -> bool:
    """Does the sentence before the expression last name a reporting period longer than
    a quarter ("the first nine months", "the fiscal year")?"""
    a = max(ctx.text.rfind(". ", 0, ctx.start), ctx.text.rfind("\n", 0, ctx.start), 0)
    last = None
    for m in _FRAME.finditer(ctx.text, a, ctx.start):
        last = m
    return last is not None and last["long"] is not None


@register("quarter")
def _quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    ords = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
    ords["4th"] = 4
    o = group(m, "ord2") or group(m, "ord")
    low = m.group(0).lower()
    yr_words = re.findall(
        r"\d{4}|year[- ]ago|year[- ]earlier|previous|prior|current|latest"
        r"|same|comparable|corresponding|prior-year",
        low,
    )
    noun = m["q"].lower()
    det = group(m, "det")
    # adjectival "third-quarter" and possessives: the extent leaves out the determiner
    lead = r"(?:its|their|his|her|our)\s+"
    if re.search(r"-quarter", low):
        lead = r"(?:the|a|its|their|his|her|our|that|this)\s+"
    span = trim(m, ctx, lead)
    if noun == "quarters":
        if o in ords and det == "":
            return Norm("SET", f"XXXX-Q{ords[o]}", span=span)
        return None
    if noun == "period" and not yr_words and o not in ("latest", "current", "this"):
        return None
    if det == "a" and not o and not yr_words:
        if re.match(r"\s+of\b", ctx.text[ctx.end : ctx.end + 4]):
            return None  # "more than a quarter of the market": a fraction
        return Norm("DURATION", "P3M", span=span)
    pos = group(m, "pos")
    year: int | None = None
    if m["yr2"]:
        year = int(m["yr2"])
    elif m["rel2"]:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel2"].lower()]
    elif m["fy2"]:
        year = int(m["fy2"].split()[-1])
    elif pos:
        ym = re.search(r"\d{4}", pos)
        if ym:
            year = int(ym.group(0))
        else:
            year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[pos.split()[0]]
    else:
        for w in yr_words:
            if w.isdigit():
                year = int(w)
    ago = bool(m["ago"]) or any(w.startswith("year") or w == "prior-year" for w in yr_words)
    ago = ago or (m["rel2"] or "").lower() == "last" and noun == "period"
    if o in ords:
        q = ords[o]
        if year is None:
            year = _qyear(q, ctx)
            if ago:
                year -= 1
        value = f"{year:04d}-Q{q}"
        # the quarter an earnings report is about: a definite mention of a quarter that has
        # begun ("third-quarter net"), not a comparison ("after a flat second quarter") or
        # an outlook ("fourth-quarter results will suffer")
        adjectival = "-quarter" in low
        ended = re.match(r"\s+ended\b", ctx.text[ctx.end : ctx.end + 8]) is not None
        # a fiscal quarter can be over before the calendar one: "reported a decline in
        # fourth-quarter earnings", "its fourth quarter ended Sept. 30"
        done = (
            value <= _prev_quarter(ctx.dct)
            or ended
            or (ctx.tense in ("past", "perfect") and value == resolve_unit(ctx.dct, "Q", 0))
        )
        frame = not ago and (det != "a" or adjectival) and done
        return Norm("DATE", value, span=span, sets_ref=frame)
    if o == "next":
        return Norm("DATE", resolve_unit(ctx.dct, "Q", 1), span=span)
    base = ctx.last_quarter or _prev_quarter(ctx.dct)
    em = _ENDED.match(ctx.text, ctx.end)
    if (
        em
        and em["mon"].lower() in MONTHS
        and not ago
        and not yr_words
        and o not in ("next", "this", "current")
    ):
        # "the quarter ended July 31": the three months up to that day, named by the
        # calendar quarter holding most of them (May-July: the second quarter)
        end = resolve_monthday(ctx.dct, month_number(em["mon"]), int(em["d"]), "past")
        if end is not None:
            mid = date(end.year, end.month, 1) - timedelta(days=1)
            return Norm("DATE", f"{mid.year:04d}-Q{quarter_of(mid)}", span=span)
    if "latest" in yr_words and not ago:
        # the latest completed quarter: the report's own when it has one
        prev = _prev_quarter(ctx.dct)
        return Norm("DATE", ctx.last_quarter or prev, span=span)
    if o in ("last", "previous") or "previous" in yr_words or "prior" in yr_words:
        if det == "last" or o:
            return Norm("DATE", _prev_quarter(ctx.dct), span=span)
    if o in ("this", "current") or "current" in yr_words or det == "this":
        # "this quarter's loss" in an earnings report is the quarter being reported
        cur = resolve_unit(ctx.dct, "Q", 0)
        return Norm("DATE", ctx.last_quarter or cur if det == "this" else cur, span=span)
    if year is not None and not ago:
        return Norm("DATE", f"{year:04d}-Q{base[-1]}", span=span)
    if ago:
        return Norm("DATE", f"{int(base[:4]) - 1:04d}-Q{base[-1]}", span=span)
    return Norm("DATE", base, span=span)


@register("quarter_code")
def _quarter_code(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "Q3", "Q3 2019", "Q4 FY19"."""
    q = int(m["q"])
    if m["y"]:
        y = full_year(m["y"].lstrip("'"), ctx.dct)
    else:
        y = _qyear(q, ctx)
    return Norm("DATE", f"{y:04d}-Q{q}", sets_ref=True)


@register("half")
def _half(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the second half", "the first half of 1990", "the first two quarters of 1990" (a
    half year too: TimeML's H1); "at least" is a modifier, outside the extent."""
    o = group(m, "ord")
    h = 1 if o == "first" else 2
    if m["twoq"] and (o not in ("first", "last", "second") or not (m["yr"] or m["fy"] or m["rel"])):
        return None  # "the past two quarters", "the first two quarters": durations
    n = _half_value(m, ctx, o, h)
    if n is not None and m["approx"]:
        n.span = (m.end("approx"), m.end())
    return n


def _half_value(m: re.Match[str], ctx: Context, o: str, h: int) -> Norm | None:
    if m["yr"]:
        y = int(m["yr"])
    elif m["fy"]:
        y = int(m["fy"].split()[-1])
    elif m["decade"]:
        dec = int(re.search(r"\d0", m["decade"]).group(0))  # type: ignore[union-attr]
        return Norm("DATE", f"19{dec // 10}", modifier="END" if h == 2 else "START")
    elif m["rel"] and m["rel"].lower() != "the":
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    else:
        if o in ("past", "next"):
            return Norm("DURATION", "P6M")
        y = ctx.dct.year
        if h == 2 and ctx.dct.month <= 6 and ctx.tense in ("past", "perfect"):
            y -= 1
    return Norm("DATE", f"{y:04d}-H{h}")


@register("season")
def _season(m: re.Match[str], ctx: Context) -> Norm | None:
    se = SEASONS[m["se"].lower()]
    rel = re.sub(r"\s+", " ", group(m, "rel"))
    if m["yr"] or m["sy"]:
        y = int(m["yr"]) if m["yr"] else spoken_year(m["sy"]) or 0
        return Norm("DATE", f"{y:04d}-{se}", span=_strip_prep(m, ctx))
    if not rel:
        return None
    deictic = rel in ("last", "next", "this", "this past", "this coming")
    if (
        m["se"].lower() == "fall"
        and not deictic
        and re.match(r"\s+(?:of|from|in)\b", ctx.text[ctx.end :])
    ):
        return None  # "the fall of Mosul", "the fall from grace": the noun, not autumn
    cur = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}
    order = ["WI", "SP", "SU", "FA"]
    cur_se = cur.get(ctx.dct.month, "FA")
    y = ctx.dct.year
    if rel in ("last", "this past"):
        if order.index(se) >= order.index(cur_se):
            y -= 1
    elif rel in ("next", "this coming"):
        if order.index(se) <= order.index(cur_se):
            y += 1
    elif rel not in ("this",):
        if ctx.tense in ("past", "perfect") and order.index(se) > order.index(cur_se):
            y -= 1
        elif ctx.tense == "future" and order.index(se) < order.index(cur_se):
            y += 1
    mod = edge_mod(rel.replace("the ", ""))
    return Norm("DATE", f"{y:04d}-{se}", modifier=mod, span=_strip_prep(m, ctx))


def _strip_prep(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    pm = re.match(r"(?:in|during|by|until|since)\s+", m.group(0), re.IGNORECASE)
    if pm:
        return ctx.start + pm.end(), ctx.end
    return None
