"""Word tables for temporal expressions: months, weekdays, number words, units, holidays.

Everything here is our own data; the regular-expression fragments are built from these
tables so the recogniser (``recognize.py``) and the normaliser (``normalize.py``) agree on
the vocabulary.
"""

from __future__ import annotations

import re

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "NUMBER_WORDS",
    "ORDINALS",
    "UNITS",
    "SEASONS",
    "PARTS_OF_DAY",
    "POD_CODES",
    "HOLIDAYS",
    "PERIODS",
    "alt",
    "parse_number",
    "parse_ordinal",
    "unit_of",
]

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    start=1,
):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
    MONTHS[_name[:3] + "."] = _i
MONTHS["sept"] = 9
MONTHS["sept."] = 9
MONTHS.pop("may.", None)

WEEKDAYS: dict[str, int] = {}  # ISO weekday numbers, Monday = 1
for _i, _name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], start=1
):
    WEEKDAYS[_name] = _i
    WEEKDAYS[_name[:3] + "."] = _i
WEEKDAYS.update({"tues.": 2, "wed.": 3, "thurs.": 4, "thur.": 4})

_UNITS_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS_WORDS)}
NUMBER_WORDS.update(_TENS_WORDS)
NUMBER_WORDS.update({"a": 1, "an": 1, "single": 1, "dozen": 12, "a dozen": 12, "hundred": 100})
NUMBER_WORDS.update({"a hundred": 100, "one hundred": 100, "a couple of": 2, "a couple": 2})
NUMBER_WORDS.update({"couple of": 2, "a pair of": 2})
for _t, _v in _TENS_WORDS.items():
    for _u in range(1, 10):
        NUMBER_WORDS[f"{_t}-{_UNITS_WORDS[_u]}"] = _v + _u
        NUMBER_WORDS[f"{_t} {_UNITS_WORDS[_u]}"] = _v + _u

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "thirtieth": 30,
    "thirty-first": 31,
}

# unit word -> TIMEX3 duration letter (T-prefixed for clock units)
UNITS: dict[str, str] = {
    "second": "TS",
    "sec": "TS",
    "minute": "TM",
    "min": "TM",
    "hour": "TH",
    "hr": "TH",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "yr": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
    "millennium": "ML",
    "millennia": "ML",
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "12:00",
    "midnight": "24:00",
}
# the parts of day TIMEX3 writes as a two-letter code ("T" + code: 2019-11-04TNI)
POD_CODES: dict[str, str] = {k: v for k, v in PARTS_OF_DAY.items() if len(v) == 2}

# fixed-date holidays: name -> (month, day); movable ones are computed in normalize.py
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "boxing day": (12, 26),
    "may day": (5, 1),
    "bastille day": (7, 14),
    "veterans day": (11, 11),
}

# named historical periods: not event dates; (start year, end year)
PERIODS: dict[str, tuple[int, int]] = {
    "second world war": (1939, 1945),
    "world war ii": (1939, 1945),
    "world war two": (1939, 1945),
    "world war 2": (1939, 1945),
    "first world war": (1914, 1918),
    "world war i": (1914, 1918),
    "world war one": (1914, 1918),
    "great war": (1914, 1918),
    "cold war": (1947, 1991),
    "korean war": (1950, 1953),
    "vietnam war": (1955, 1975),
    "gulf war": (1990, 1991),
    "great depression": (1929, 1939),
    "middle ages": (500, 1500),
}


def alt(words: list[str] | dict[str, object] | set[str]) -> str:
    """A regex alternation of ``words``, longest first, with escaped dots and spaces."""
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


_NUM_RE = re.compile(r"^\d+(?:\.\d+)?$")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words ("three", "twenty-four", "2 1/2")."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if not t:
        return None
    half = 0.0
    if t.endswith(" and a half"):
        half, t = 0.5, t[: -len(" and a half")]
    elif t.endswith(" 1/2") or t.endswith("-1/2") or t.endswith(" ½"):
        half, t = 0.5, t[:-4].strip() if not t.endswith(" ½") else t[:-2]
    if t in ("a half", "half a", "half an", "half"):
        return 0.5
    t = t.replace(",", "")
    if _NUM_RE.match(t):
        return float(t) + half
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t] + half
    m = re.match(r"^(\w+(?:-\w+)?)\s+hundred$", t)
    if m and m.group(1) in NUMBER_WORDS:
        return NUMBER_WORDS[m.group(1)] * 100 + half
    m = re.match(r"^(\w+(?:-\w+)?)\s+thousand$", t)
    if m and m.group(1) in NUMBER_WORDS:
        return NUMBER_WORDS[m.group(1)] * 1000 + half
    if t in ("thousand", "a thousand"):
        return 1000 + half
    return None


def parse_ordinal(text: str) -> int | None:
    """1 for "first" / "1st", 21 for "21st"."""
    t = text.strip().lower()
    m = re.match(r"^(\d+)(?:st|nd|rd|th)?$", t)
    if m:
        return int(m.group(1))
    return ORDINALS.get(t)


def unit_of(word: str) -> str | None:
    """The TIMEX3 unit letter of a unit word, singular or plural ("days" -> "D")."""
    w = word.lower().rstrip(".")
    if w in UNITS:
        return UNITS[w]
    if w.endswith("ies") and w[:-3] + "y" in UNITS:
        return UNITS[w[:-3] + "y"]
    if w.endswith("s") and w[:-1] in UNITS:
        return UNITS[w[:-1]]
    return None
