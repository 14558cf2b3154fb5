"""Building blocks of the TIMEX3 recogniser's regular expressions (``patterns.py``).

Month, weekday, number, unit and modifier alternations shared by the rules.
"""

from __future__ import annotations

from dateline.time.lexicon import MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, WEEKDAYS, alt

__all__ = [
    "APPROX",
    "DAYNUM",
    "EDGE",
    "LEFT",
    "MONTH_ANY",
    "MONTH_FULL",
    "NUM",
    "NUMW",
    "ORD",
    "POD",
    "REL",
    "RIGHT",
    "SEASON",
    "SPOKEN_YEAR",
    "UNIT",
    "WEEKDAY",
    "YEAR",
]

_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m.endswith(".")] + ["jan", "feb", "mar", "apr", "jun"]
_ABBR_MONTHS += ["jul", "aug", "sep", "sept", "oct", "nov", "dec"]


def _cap(words: list[str]) -> str:
    """Case-sensitive alternation: Capitalised or UPPER forms only ("March", not "march")."""
    forms: set[str] = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return "(?-i:" + alt(forms) + ")"


MONTH_FULL = _cap([m for m in _FULL_MONTHS if not m.endswith(".")])
MONTH_ANY = _cap([m for m in _FULL_MONTHS + _ABBR_MONTHS if m not in ("may.",)])
WEEKDAY = (
    "(?:"
    + alt([w for w in WEEKDAYS if not w.endswith(".")])
    + "|"
    + _cap([w for w in WEEKDAYS if w.endswith(".") and w not in ("sun.", "sat.")])
    + ")"
)
NUMW = alt([w for w in NUMBER_WORDS if w not in ("a", "an", "single")])
NUM = (
    r"(?:\d+(?:[.,]\d+)?(?:\s+1/2|\s*½)?|" + NUMW + r"(?:\s+(?:hundred|thousand))?"
    r"(?:\s+and\s+a\s+half)?|"
    r"an?(?:\s+(?:dozen|hundred|thousand))?(?:\s+and\s+a\s+half)?|"
    r"(?:a\s+)?(?:few|several|couple(?:\s+of)?|number\s+of)|many|some|dozens\s+of|"
    r"hundreds\s+of|thousands\s+of)"
)
ORD = r"(?:\d{1,2}(?:st|nd|rd|th)|" + alt(list(ORDINALS)) + ")"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
    r"quarters?|years?|decades?|century|centuries|millenni(?:um|a))"
)
APPROX = (
    r"(?:(?:about|around|nearly|almost|approximately|roughly|some|over|more\s+than|"
    r"less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|"
    r"no\s+less\s+than|just\s+over|just\s+under|under|only|barely|well\s+over|"
    r"close\s+to|upwards\s+of|in\s+excess\s+of|within|the\s+better\s+part\s+of)\s+)"
)
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])"
SEASON = alt(list(SEASONS))
POD = r"(?:morning|afternoon|evening|night)"
LEFT = r"(?<![\w$£€.\-/])"  # no word, currency sign or number glued on the left
RIGHT = r"(?![\w%]|-\w|/\d|\.\d|,\d{3})"
SPOKEN_YEAR = (
    r"(?:nineteen|twenty)\s+(?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"oh[-\s](?:one|two|three|four|five|six|seven|eight|nine))"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?"
)
REL = (
    r"(?:this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+coming|the\s+following|"
    r"the\s+current|the\s+latest|the\s+same|the\s+last|the\s+next|the\s+prior|the\s+preceding|"
    r"this|last|next|that|past|previous|coming|current|prior)"
)
EDGE = (
    r"(?:early|earlier|late|later|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
    r"the\s+middle\s+of|the\s+rest\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|"
    r"the\s+remainder\s+of|the\s+close\s+of|the\s+turn\s+of)"
)
