"""Normalisers for durations, sets and vague expressions.

"three-day", "for two weeks", "the past three years", "in recent years", "recently",
"now", "every Monday", "daily", "$5 billion a year".
"""

from __future__ import annotations

import re

from dateline.time.lexicon import MONTHS, SEASONS, WEEKDAYS, parse_number, unit_of
from dateline.time.normalize import (
    Context,
    Norm,
    group,
    register,
    text_before,
    trim,
)

__all__ = ["dur_value", "number"]

_POD = {"morning": "MO", "evening": "EV"}
_NUM_WORD = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred)\b"
)


def number(s: str) -> float | None:
    s = s.lower().strip()
    if s in ("few", "a few", "several", "many", "some", "a number of", "number of") or s.startswith(
        ("dozens", "hundreds", "thousands")
    ):
        return None
    if s in ("couple", "a couple", "couple of", "a couple of"):
        return 2
    return parse_number(s)


def dur_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value. Counted decades, centuries and millennia are years ("two
    decades" P20Y, the TBAQ convention); uncounted ones take TimeML's own units, E
    (decade), C (century) and L (millennium): "for decades" PXE, "for centuries" PXC."""
    t = "T" if unit.startswith("T") else ""
    u = unit[1:] if t else unit
    if u == "2W":
        return "P2W" if n is None else f"P{int(2 * n)}W"
    if u == "WE":
        return "P2D" if n is None or n == 1 else f"P{int(2 * n)}D"
    if u == "DE":
        u, n = "Y", None if n is None else 10 * n
        if n is None:
            return "PXE"
    if u == "CE":
        if n is None:
            return "PXC"
        u, n = "Y", 100 * n
    if u == "ML":
        return "PXL" if n is None else f"P{int(1000 * n)}Y"
    if n is None:
        return f"P{t}X{u}"
    if n != int(n):
        whole = int(n)
        frac = {"Y": (6, "M"), "D": (12, "H"), "M": (2, "W"), "W": (3, "D"), "H": (30, "M")}
        f, fu = frac.get(u, (0, u))
        if t or u == "D":
            t = "T" if u in ("H", "M") and t else t
        if u in ("H",):
            return f"PT{whole}H{f}M" if whole else f"PT{f}M"
        if u == "M" and t:
            return f"PT{whole}M30S" if whole else "PT30S"
        if u == "D":
            return f"P{whole}DT12H" if whole else "PT12H"
        return f"P{whole}{u}{f}{fu}" if whole else f"P{f}{fu}"
    return f"P{t}{int(n)}{u}"


# a counted plural noun right before "a week": a rate ("700 seats a week", "hundreds of
# interviews a day"), unless "a week" is an offset ("12 people a week after the attack")
_RATE = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|dozens|hundreds|thousands|millions)\s+"
    r"(?:(?:of|if|not|more|new|extra|additional|hundred|thousand|million)\s+){0,4}[a-z]+s\s+$",
    re.IGNORECASE,
)
_OFFSET = re.compile(r"\s+(?:after|before|later|earlier|ago|from|since)\b", re.IGNORECASE)


@register("duration")
def _duration(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    num_s = m["num"].lower()
    det = group(m, "det")
    rel = group(m, "rel")
    if num_s in ("a", "an") and det == "a":
        return None
    if num_s in ("many", "some") and not rel:
        return None
    if num_s in ("some",) and unit not in ("TS", "TM", "TH", "D", "W", "M", "Y"):
        return None
    n = number(num_s)
    if n is not None and m["half"]:
        n += 0.5  # "a minute and a half"
    if m["num2"]:
        n2 = number(m["num2"])
        if n is not None and n2 is not None and n2 > n:
            n = n if n2 - n <= 1 else None
    if m["orso"] and n is None:
        return None
    if (
        num_s == "one"
        and unit == "D"
        and not rel
        and not det
        and re.search(
            r"\b(?:will|would|could|may|might|should|can|must|shall)\s+$", text_before(ctx, 10)
        )
    ):
        return Norm("DATE", "FUTURE_REF", vague=True)  # "will one day be ...": some day
    if num_s in ("a", "an", "one") and not rel and not det and not m["approx"]:
        before = text_before(ctx, 14)
        if re.search(r"(?:\d|times|once|twice|percent|%|cents?|dollars?|pounds?)\s*$", before):
            return Norm("SET", dur_value(1, unit))
        if (
            num_s in ("a", "an")
            and _RATE.search(text_before(ctx, 40))
            and not _OFFSET.match(ctx.text, ctx.end)
        ):
            return Norm("SET", dur_value(1, unit))  # "four flights a week", "dozens of calls a day"
    if re.match(r"\s+old\b", ctx.text[ctx.end : ctx.end + 5]):
        return None  # an age: "52 years old"
    if unit == "TS" and num_s in ("a", "an"):
        return None  # "a second" is mostly the ordinal
    if m["unit"][:1].isupper() and not m["unit"].isupper():
        return None  # a capitalised unit is a title: "60 Minutes", "48 Hours"
    if unit == "Q" and re.match(
        r"\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+|fiscal\s+)?"
        r"(?:\d{4}|year))",
        ctx.text[ctx.end : ctx.end + 24],
    ):
        return None  # "more than a quarter of the market": a fraction
    lead = (
        r"(?:about|around|approximately|roughly|within|under|only|barely|just|almost|"
        r"some|over(?!\s+an?\s)|in\s+excess\s+of|the\s+better\s+part\s+of|"
        r"last(?=\s+an?\s))\s+"
    )  # "could last a decade": the verb
    if not rel and num_s not in ("a", "an"):
        lead = r"(?:" + lead + r")?(?:a\s+)?"  # "a three hour flight"
    span = trim(m, ctx, lead)
    return Norm(
        "DURATION",
        dur_value(n, unit),
        vague=n is None,
        span=span,
        modifier="APPROX" if m["approx"] else None,
    )


@register("adj_duration")
def _adj_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    if m.group(0).lower().endswith("-old"):
        return None  # ages ("a 44-year-old protester") are not annotated in TimeBank
    s = m["num"].lower()
    if s == "half":
        return Norm("DURATION", dur_value(0.5, unit))
    n = None if s in ("several", "multi") else parse_number(s)
    if n is None and s not in ("several", "multi"):
        return None
    return Norm("DURATION", dur_value(n, unit), vague=n is None)


@register("unit_long")
def _unit_long(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    plural = m.group(0).lower().split("-")[0].endswith("s")
    return Norm("DURATION", dur_value(None if plural else 1, unit))


_VAGUE_DUR_OK = re.compile(
    r"(?:\b(?:for|in|over|within|from|after|of|during|take|takes|took|taking|last|lasted|"
    r"spent|spend|ago|than)\s+)$"
)


@register("vague_dur")
def _vague_dur(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    pre = re.sub(r"\s+", " ", group(m, "pre"))
    if pre == "the":
        # "the weeks ahead", "over the years", "in the years that followed": a stretch of
        # unspecified length; bare "the years" ("the years of war") is no expression
        after = ctx.text[ctx.end : ctx.end + 16].lower()
        if not (
            m["tail"]
            or re.search(r"\b(?:over|through|throughout)\s+$", text_before(ctx, 12).lower())
            or re.match(r"\s+(?:that\s+followed|since)\b", after)
        ):
            return None
        return Norm("DURATION", dur_value(None, unit), vague=True)
    if pre == "the first":
        return None
    if not pre and not m["tail"]:
        if not _VAGUE_DUR_OK.search(text_before(ctx, 10)) or unit in ("TS", "TM"):
            return None
        after = ctx.text[ctx.end : ctx.end + 6].lower()
        if after.startswith((" ago", " of", "-")):
            return None
    if pre == "past":
        return Norm("DATE", "PAST_REF", vague=True)  # "in past years": a vague past time
    # "in recent years", "in recent weeks": TimeML marks the stretch leading up to now as
    # a duration of an unspecified number of units (PXY, PXW), like "the past few years"
    if pre in ("coming", "the coming") and unit in ("M", "Q"):
        return Norm("DATE", "FUTURE_REF", vague=True)
    return Norm("DURATION", dur_value(None, unit), vague=True)


_VAGUE = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "the moment": "PRESENT_REF",
    "the time being": "PRESENT_REF",
    "to date": "PRESENT_REF",
    "so far": "PRESENT_REF",
    "recently": "PAST_REF",
    "more recently": "PAST_REF",
    "most recently": "PAST_REF",
    "until recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "soon": "FUTURE_REF",
    "future": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
}


# Adverbs TimeBank rarely marks as TIMEX3 (each is annotated in under a third of its uses
# in the TBAQ corpus): "previously", "soon", "formerly", adjectival "future" and "recent".
_UNANNOTATED = frozenset(
    {"previously", "soon", "formerly", "future", "recent", "this time", "this point"}
)


_SOON_BEFORE = re.compile(
    r"\b(?:will|'ll|shall|may|might|could|would|should|must|can|to|expects?|expected|plans?|"
    r"hopes?)\s+(?:\w+\s+){0,3}$"
)


def _future_soon(ctx: Context) -> bool:
    """ "soon" looking ahead from now ("will soon begin", "may soon seek", "to soon grow"):
    FUTURE_REF. In a past narrative ("was soon released", "soon after") it is relative to
    the story's own time, and "as soon as", "soon after" are conjunctions, not dates."""
    after = ctx.text[ctx.end : ctx.end + 12].lower()
    before = text_before(ctx, 30).lower()
    if re.match(r"\s+(?:after|afterwards?|thereafter|as|enough|be\b)", after) or re.search(
        r"\b(?:as|too|so|how|very)\s+$", before
    ):
        return False
    if re.match(r"\s+(?:will|may|might|could|would|should|to)\b", after):
        return True  # "it soon will begin"
    return _SOON_BEFORE.search(before) is not None


def _a_while(w: str, ctx: Context) -> Norm | None:
    """ "a while ago": a vague past time (PAST_REF); "for a while", "after a while": a
    stretch of unspecified length and unit (TimeML PXX). "once in a while", "worth a while",
    "in a while" (a vague future or a frequency) are left out."""
    if w.endswith(("ago", "back")):
        return Norm("DATE", "PAST_REF", vague=True)
    if re.search(r"\b(?:for|after|within|took|take|takes|lasted|last)\s+$", text_before(ctx, 8)):
        return Norm("DURATION", "PXX", vague=True)
    return None


@register("vague_ref")
def _vague_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w.endswith(("while", "while ago", "while back")):
        return _a_while(w, ctx)
    if w == "soon" and _future_soon(ctx):
        return Norm("DATE", "FUTURE_REF", vague=True)
    if w in _UNANNOTATED:
        return None
    after = ctx.text[ctx.end : ctx.end + 14].lower()
    if w == "current" and re.match(
        r"\s+(?:account|affairs|events|market|price|prices|rate|"
        r"law|system|issue|situation|members?|crisis)",
        after,
    ):
        return None
    if w in ("to date", "so far", "the moment", "lately") or w.startswith("this "):
        if w.startswith("this "):
            return Norm("DATE", "PRESENT_REF", vague=True)
        return None
    if w in ("recent",) and re.match(r"\s+(?:years|months|weeks|days|decades)", after):
        return None
    if w == "the past" and re.match(
        r"\s+(?:\d|few\b|several\b|couple\b|many\b|" + _NUM_WORD + r")", after
    ):
        return None  # "for the past three summers": a stretch of named units, not "the past"
    if w in ("until recently", "right now", "just now"):
        return Norm("DATE", _VAGUE[w], vague=True, span=trim(m, ctx, r"\w+\s+"))
    if w.endswith("term"):
        return Norm("DATE", "FUTURE_REF", vague=True)
    if w.endswith("future"):
        return Norm("DATE", "FUTURE_REF", vague=True)
    if (
        w == "now"
        and re.search(r"\b(?:by|until|till|from|since|up\s+to|right)\s+$", text_before(ctx, 10))
        is None
    ):
        pass
    return Norm("DATE", _VAGUE[w], vague=True)


_SET_UNIT = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "quarterly": "P3M",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "semiannually": "P6M",
    "biannually": "P6M",
}


@register("set")
def _set(m: re.Match[str], ctx: Context) -> Norm | None:
    w = m["w"].lower()
    if w in _SET_UNIT:
        if re.match(r"\s+(?-i:[A-Z])", ctx.text[ctx.end : ctx.end + 3]):
            return None  # "the Communist Party daily Granma"
        if w == "quarterly" and re.search(
            r"\b(?:the|its|their|a|an|his|her|our|average|initial|first|regular|latest|usual|"
            r"normal|record)\s+$",
            text_before(ctx, 12),
        ):
            return None  # adjective: "its quarterly dividend", "average daily volume"
        if w == "quarterly":
            return Norm("SET", "P3M")
        return Norm("SET", _SET_UNIT[w])
    if m["unit3"]:
        # "in each of the last three years": every one of those years, a set of years
        unit = unit_of(m["unit3"])
        return Norm("SET", dur_value(1, unit)) if unit else None
    u = (m["unit"] or "").lower()
    head = w.split()[0]
    if u in WEEKDAYS:
        if head in ("a", "per"):
            return None
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[u]}")
    if u in MONTHS:
        return Norm("SET", f"XXXX-{MONTHS[u]:02d}") if head in ("every", "each") else None
    if u in ("morning", "evening"):
        return Norm("SET", f"XXXX-XX-XXT{_POD[u]}") if head != "a" else None
    if u in SEASONS:
        return Norm("SET", f"XXXX-{SEASONS[u]}") if head in ("every", "each") else None
    unit = unit_of(u)
    if unit is None:
        return None
    n = number(m["num"]) if m["num"] else 1
    if head == "a":
        before = text_before(ctx, 16)
        if not re.search(
            r"(?:\d|times|once|twice|percent|%|cents?|dollars?|pounds?|"
            r"million|billion|barrels|tons|tonnes|hours|miles)\s*$",
            before,
        ):
            return None
    if unit == "WE":
        return Norm("SET", "XXXX-WXX-WE")
    return Norm("SET", dur_value(n, unit))
