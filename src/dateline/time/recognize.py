"""TIMEX3 recognition: find temporal expressions in raw text and normalise them.

``find_timexes(text, dct)`` runs every rule of ``patterns.py`` over the text, keeps the
longest non-overlapping matches that normalise, then normalises them again in text order so
anaphoric expressions ("the next day", "a year earlier", "that year") resolve against the
narrative's reference time (the last explicit date mentioned) rather than the publication
date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import dateline.time.holidays  # noqa: F401  (each module registers its normalisers)
import dateline.time.normalize_clock  # noqa: F401
import dateline.time.normalize_durations  # noqa: F401
import dateline.time.normalize_periods  # noqa: F401
import dateline.time.normalize_relative  # noqa: F401
from dateline.time.model import Timex, value_interval
from dateline.time.normalize import NORMALIZERS, Context, Norm
from dateline.time.patterns import RULES, UNIT_WORD
from dateline.time.tense import guess_tense

__all__ = ["TenseHint", "find_timexes"]

QUARTER_CONTEXT_CHARS = 2000

# "April 24 and 25", "May 3 to 5": the second day number shares the first date's month
_COORD_DAY = re.compile(
    r"\s*(?:and|to|through|-|–)\s*(\d{1,2})\b(?![,:/%]\d|\.\d|\s*(?:%|percent|[a-z]))"
)

TenseHint = Callable[[int, int], str | None]
"""Given an expression's (start, end), the tense of its clause: past | perfect | present |
future | None. ``EventDater`` passes one built from the dependency parse."""


def _normalise(
    rule: str,
    m: object,
    text: str,
    dct: date,
    ref: date,
    tense: str | None,
    last_quarter: str | None,
    ref_coarse: date | None = None,
) -> Norm | None:
    assert isinstance(m, re.Match)
    ctx = Context(
        dct=dct,
        ref=ref,
        tense=tense,
        text=text,
        start=m.start(),
        end=m.end(),
        last_quarter=last_quarter,
        ref_coarse=ref_coarse,
    )
    try:
        return NORMALIZERS[rule](m, ctx)
    except (OverflowError, ValueError):
        # "292,000 week ago" in a table of figures: a date outside the calendar is no
        # temporal expression
        return None


def _unit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around unit words ("days", "year"): the only places the costly
    number-and-unit rules ("three days ago", "a two-year term") can match."""
    out: list[tuple[int, int]] = []
    for m in UNIT_WORD.finditer(text):
        a, b = max(0, m.start() - 70), min(len(text), m.end() + 30)
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while b < len(text) and not text[b].isspace():
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _coordinated_day(t: Timex, text: str, next_start: int) -> Timex | None:
    """The bare day number coordinated with a month-day date ("April 24 and 25"): TimeML
    marks it as a date of its own, in the first date's month and year."""
    if t.rule != "month_day" or t.granularity != "day" or t.begin is None:
        return None
    m = _COORD_DAY.match(text, t.end)
    if m is None or m.end() > next_start:
        return None
    day = int(m[1])
    if not t.begin.day < day <= 31:
        return None
    try:
        d = t.begin.replace(day=day)
    except ValueError:
        return None
    return replace(
        t,
        start=m.start(1),
        end=m.end(1),
        text=m[1],
        value=d.isoformat(),
        rule="coord_day",
        begin=d,
        finish=d,
    )


def _merge_day_before(found: list[Timex], text: str) -> list[Timex]:
    """ "the day before last Tuesday's hearing", "the day after Christmas": one date, the
    day next to the named one (not the day next to the story's reference time)."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.rule == "anaphoric_day"
            and prev.text.lower().endswith(("day before", "day after"))
            and text[prev.end : t.start] == " "
            and t.type == "DATE"
            and t.granularity == "day"
            and t.begin is not None
        ):
            d = t.begin + timedelta(days=-1 if prev.text.lower().endswith("before") else 1)
            out[-1] = replace(
                t,
                start=prev.start,
                text=text[prev.start : t.end],
                value=d.isoformat(),
                rule="day_before_after",
                begin=d,
                finish=d,
                modifier=None,
            )
            continue
        out.append(t)
    return out


def find_timexes(
    text: str,
    dct: date,
    tense: TenseHint | None = None,
    include_periods: bool = True,
) -> list[Timex]:
    """Every temporal expression in ``text``, normalised against ``dct``, in text order.

    ``tense`` optionally gives the tense of an expression's clause (else it is guessed from
    the words around it). Named historical periods ("the Second World War") are returned
    with ``period=True`` unless ``include_periods`` is False; they are not TIMEX3 in TimeML.
    """
    tense_of: TenseHint = tense or (lambda s, e: guess_tense(text, s, e))
    cands = []
    full = [(0, len(text))]
    unit_windows: list[tuple[int, int]] | None = None
    low = text.lower()
    for r in RULES:
        if r.keys and not any(k in low for k in r.keys):
            continue
        if r.needs_unit:
            if unit_windows is None:
                unit_windows = _unit_windows(text)
            windows = unit_windows
        else:
            windows = full
        for a, b in windows:
            for m in r.regex.finditer(text, a, b):
                if m.end() > m.start():
                    cands.append((m.start(), m.end(), r.priority, r.name, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    tense_cache: dict[tuple[int, int], str | None] = {}
    for s, e, _, name, m in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        t = tense_cache.setdefault((s, e), tense_of(s, e))
        if _normalise(name, m, text, dct, dct, t, None) is None:
            continue
        taken.append((s, e))
        chosen.append((s, e, name, m))
    chosen.sort(key=lambda c: c[0])
    out: list[Timex] = []
    ref = dct
    ref_coarse: date | None = None
    last_q: str | None = None
    last_q_at = 0
    for s, e, name, m in chosen:
        if last_q is not None and s - last_q_at > QUARTER_CONTEXT_CHARS:
            last_q = None  # a report's quarter frames only the figures that follow it
        norm = _normalise(name, m, text, dct, ref, tense_cache[(s, e)], last_q, ref_coarse)
        if norm is None:
            continue
        if norm.period and not include_periods:
            continue
        a, b = norm.span or (s, e)
        begin = finish = gran = None
        if norm.interval is not None:
            begin, finish, gran = norm.interval
        elif norm.type in ("DATE", "TIME") and not norm.period:
            iv = value_interval(norm.value)
            if iv:
                begin, finish, gran = iv
        if norm.sets_ref and norm.value[4:6] == "-Q" and len(norm.value) == 7:
            last_q, last_q_at = norm.value, e
        elif last_q is not None and norm.value[4:6] == "-Q" and norm.value[-1:] == last_q[-1:]:
            last_q_at = e  # "the latest quarter", "a year earlier": the report goes on
        if norm.sets_ref and begin is not None and gran in ("day", "month", "year"):
            ref_coarse = begin
            if gran == "day":
                ref = begin
        out.append(
            Timex(
                start=a,
                end=b,
                text=text[a:b],
                type=norm.type,
                value=norm.value,
                rule=name,
                begin=begin,
                finish=finish,
                granularity=gran,
                vague=norm.vague,
                period=norm.period,
                modifier=norm.modifier,
                anchored=norm.anchored,
            )
        )
    out = _merge_day_before(out, text)
    extra: list[Timex] = []
    for i, tx in enumerate(out):
        nxt = out[i + 1].start if i + 1 < len(out) else len(text)
        c = _coordinated_day(tx, text, nxt)
        if c is not None:
            extra.append(c)
    if extra:
        out = sorted(out + extra, key=lambda x: x.start)
    return out
