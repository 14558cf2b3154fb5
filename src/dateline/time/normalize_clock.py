"""Normalisers for days and clock times: "today", "yesterday evening", "on Monday", "Friday
night", "9 a.m. Tuesday", "noon Saturday", "at 14:30", "this morning", "overnight".

Registered by import (``recognize.py``); the calendar arithmetic is in ``relative.py``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time.lexicon import MONTHS, POD_CODES, WEEKDAYS
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
from dateline.time.relative import resolve_monthday, resolve_weekday

__all__: list[str] = []

_POD = POD_CODES


def _wd_num(s: str) -> int:
    s = s.lower()
    return WEEKDAYS.get(s) or WEEKDAYS[s[:3] + "."]


def _with_pod(d: date, pod: str) -> tuple[str, str]:
    if pod and pod.lower() in _POD:
        return "TIME", f"{d.isoformat()}T{_POD[pod.lower()]}"
    return "DATE", d.isoformat()


_GENERIC_TODAY = re.compile(
    r"'s\s+(?:(?:\w+\s+)?(?:world|youth|society|generation|children|economy|standards?|"
    r"technology|computers?|culture|politics|consumers?|families|young|global|modern))\b",
    re.IGNORECASE,
)


@register("dayword")
def _dayword(m: re.Match[str], ctx: Context) -> Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    if is_title(ctx):
        return None
    if w in ("today", "tomorrow") and not m["edge"] and not m["pod"]:
        if _GENERIC_TODAY.match(ctx.text, ctx.end) or re.search(r"\bof\s+$", text_before(ctx, 5)):
            return None  # generic "today's youth", "the people of tomorrow"
    off = {
        "today": 0,
        "tonight": 0,
        "tomorrow": 1,
        "yesterday": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[w]
    d = ctx.dct + timedelta(days=off)
    if w == "tonight":
        return Norm("TIME", f"{d.isoformat()}TNI")
    edge = group(m, "edge")
    if edge.startswith("mid-"):
        return Norm("TIME", f"{d.isoformat()}T{_POD[edge[4:]]}")
    typ, val = _with_pod(d, group(m, "pod"))
    return Norm(typ, val, modifier=edge_mod(edge))


_COORD_PLURAL = re.compile(
    r"\s+(?:and|or)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s\b|\s+(?P<pod>morning|"
    r"afternoon|evening|night)s\b)",
    re.IGNORECASE,
)


@register("weekday")
def _weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    wd = _wd_num(m["wd"])
    pod = group(m, "pod")
    if not (m["plural"] or m["pods"] or pod):
        # "on Monday and Tuesday nights": the plural of the second day is the first's too
        cm = _COORD_PLURAL.match(ctx.text, ctx.end)
        if cm is not None:
            pod = (cm["pod"] or "").lower()
            suffix = f"T{_POD[pod]}" if pod in _POD else ""
            return Norm("SET", f"XXXX-WXX-{wd}{suffix}")
    if m["plural"] or m["pods"]:
        suffix = f"T{_POD[pod]}" if pod in _POD else ""
        return Norm("SET", f"XXXX-WXX-{wd}{suffix}")
    mod = re.sub(r"\s+", " ", group(m, "mod")).replace("the ", "").replace("this ", "")
    mod_key = {"past": "last", "coming": "next"}.get(mod, mod) or None
    # "the previous Friday", "the following Monday" count from the narrative's reference
    # day; "last Friday", "next Monday" from the publication date
    anaphoric = group(m, "mod").startswith("the ")
    d = resolve_weekday(ctx.ref if anaphoric else ctx.dct, wd, ctx.tense, mod_key)
    typ, val = _with_pod(d, pod)
    span = trim(m, ctx, r"(?:earlier|later)\s+") if not mod else None
    return Norm(
        typ, val, modifier=edge_mod(group(m, "edge")), sets_ref=True, span=span, anchored=anaphoric
    )


def _clock(h: int, mi: int, ampm: str) -> str | None:
    ampm = ampm.lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _day_of(day: str, ctx: Context) -> date:
    day = day.lower().strip()
    if not day or day == "today":
        return ctx.ref
    if day == "yesterday":
        return ctx.dct - timedelta(days=1)
    if day == "tomorrow":
        return ctx.dct + timedelta(days=1)
    if day.split()[0] in MONTHS or day.split()[0].rstrip(".") in MONTHS:
        parts = day.split()
        mon = MONTHS.get(parts[0]) or MONTHS[parts[0].rstrip(".")]
        return resolve_monthday(ctx.dct, mon, int(parts[-1]), ctx.tense) or ctx.dct
    return resolve_weekday(ctx.dct, _wd_num(day), ctx.tense)


@register("clock")
def _clock_rule(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["ampm"].lower() == "o'clock":
        t = f"{int(m['h']):02d}:{int(m['mi'] or 0):02d}"
    else:
        t2 = _clock(int(m["h"]), int(m["mi"] or 0), m["ampm"])
        if t2 is None:
            return None
        t = t2
    d = _day_of(m["day"] or "", ctx)
    return Norm("TIME", f"{d.isoformat()}T{t}", modifier="APPROX" if m["approx"] else None)


@register("clock_pod")
def _clock_pod(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "4 in the morning", "8 in the evening": a clock time whose half of the day is named."""
    h, mi = int(m["h"]), int(m["mi"] or 0)
    t = _clock(h, mi, "am" if m["pod"].lower() == "morning" else "pm")
    if t is None:
        return None
    return Norm("TIME", f"{ctx.ref.isoformat()}T{t}", span=(m.start("x"), m.end("x")))


@register("clock24")
def _clock24(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("TIME", f"{ctx.ref.isoformat()}T{m['h']}:{m['mi']}")


@register("clock24_at")
def _clock24_at(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "at 14:30": a 24-hour clock time after a preposition."""
    return Norm(
        "TIME",
        f"{ctx.ref.isoformat()}T{int(m['h']):02d}:{m['mi']}",
        span=(m.start("x"), m.end("x")),
    )


@register("noon")
def _noon(m: re.Match[str], ctx: Context) -> Norm | None:
    if re.search(r"\bhigh\s+$", text_before(ctx, 6), re.IGNORECASE):
        return None  # "High Noon", "high noon comes today": the idiom, not a clock time
    d = _day_of(m["day"] or "", ctx)
    t = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["w"].lower()]
    return Norm("TIME", f"{d.isoformat()}T{t}")


@register("part_of_day")
def _pod(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = re.sub(r"\s+", " ", group(m, "rel"))
    pod = m["pod"].lower()
    if pod == "overnight":
        # the night leading into the story's day: "shares fell Friday, depressed by
        # overnight losses in New York" is Thursday night
        base = ctx.ref if 0 <= (ctx.dct - ctx.ref).days <= 6 else ctx.dct
        night = base - timedelta(days=1)
        return Norm("TIME", f"{night.isoformat()}TNI", anchored=base != ctx.dct)
    if not rel:
        return None
    if rel in ("the", "that"):
        if pod == "night" and rel == "the":
            return None
        return Norm("TIME", f"{ctx.ref.isoformat()}T{_POD[pod]}", anchored=True)
    d = ctx.dct
    if rel in ("last", "yesterday", "late last"):
        d -= timedelta(days=1)  # "last night", "yesterday morning"
    elif rel == "tomorrow":
        d += timedelta(days=1)
    return Norm("TIME", f"{d.isoformat()}T{_POD[pod]}")
