"""The regular expressions of the TIMEX3 recogniser, one per rule.

A rule's name is also the name of its normaliser in ``normalize.py``. A rule may mark the
extent of the expression with a group named ``x`` when it needs context that is not part of
the expression (TimeML extents leave out prepositions: "on Monday" -> "Monday").
"""

from __future__ import annotations

import re

from dateline.time.lexicon import HOLIDAYS, ORDINALS, PERIODS, alt
from dateline.time.pattern_parts import (
    APPROX,
    DAYNUM,
    EDGE,
    MONTH_ANY,
    MONTH_FULL,
    NUM,
    NUMW,
    ORD,
    POD,
    REL,
    SEASON,
    SPOKEN_YEAR,
    UNIT,
    WEEKDAY,
    YEAR,
)
from dateline.time.pattern_parts import LEFT as _B
from dateline.time.pattern_parts import RIGHT as _E

__all__ = ["RULES", "Rule", "UNIT_WORD"]

_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_KEYS: dict[str, tuple[str, ...]] = {
    "slash": ("/",),
    "month_day": _MONTH_KEYS,
    "day_month": _MONTH_KEYS,
    "month_spoken_day": _MONTH_KEYS,
    "month_year": _MONTH_KEYS,
    "month": _MONTH_KEYS,
    "week_of": ("week",),
    "spoken_year": ("nineteen", "twenty", "thousand"),
    "decade": ("0s", "0's", "ties"),
    "century": ("century",),
    "century_rel": ("century", "decade", "millenni"),
    "quarter": ("quarter", "period"),
    "half": ("half", "quarters"),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "dayword": ("today", "tonight", "tomorrow", "yesterday"),
    "weekday": ("day", "mon.", "tue", "wed.", "thu", "fri."),
    "clock": ("a.m", "p.m", "am", "pm", "o'clock"),
    "clock_pod": ("in the morning", "in the afternoon", "in the evening"),
    "clock24": (":",),
    "clock24_at": (":",),
    "noon": ("noon", "midnight", "midday"),
    "part_of_day": ("morning", "afternoon", "evening", "night"),
    "rel_unit": ("week", "month", "year", "day", "morning", "evening", "season", "term"),
    "the_unit": ("week", "month", "year"),
    "edge_unit": ("week", "month", "year", "day", "decade"),
    "year_end": ("year",),
    "year_ago_adj": ("year",),
    "holiday": (
        "christmas",
        "new year",
        "independence",
        "halloween",
        "valentine",
        "boxing",
        "may day",
        "bastille",
        "veterans",
        "thanksgiving",
        "easter",
        "labor",
        "memorial",
        "election",
        "good friday",
        "holy week",
    ),
    "period": ("war", "depression", "middle ages"),
    "anaphoric_day": ("day", "morning", "evening", "night", "afternoon"),
}
_UNIT_RULES = frozenset({"duration", "ago", "adj_duration", "unit_long", "vague_dur"})


class Rule:
    """A named pattern; ``priority`` breaks ties between equally long matches (lower wins)."""

    __slots__ = ("name", "regex", "priority", "needs_unit", "keys")

    def __init__(self, name: str, pattern: str, priority: int = 5) -> None:
        self.name = name
        self.regex = re.compile(pattern, re.IGNORECASE)
        self.priority = priority
        # rules whose every match contains a unit word only run near unit words
        self.needs_unit = name in _UNIT_RULES
        # every match contains one of these (lower-case) strings: skip texts without any
        self.keys: tuple[str, ...] = _KEYS.get(name, ())


_R: list[tuple[str, str, int]] = [
    ("iso", _B + r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>\d\d):(?P<mi>\d\d))?\b", 1),
    ("slash", _B + r"(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})" + _E, 2),
    (
        "month_day",
        _B + r"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?"
        r"(?:(?P<wd>" + WEEKDAY + r"),?\s+(?:the\s+)?)?(?P<mon>" + MONTH_ANY + r")\.?\s+"
        r"(?P<d>" + DAYNUM + r")(?:st|nd|rd|th)?(?:,?\s+(?P<y>" + YEAR + r"))?" + _E,
        1,
    ),
    (
        "day_month",
        _B
        + r"(?:(?P<wd>"
        + WEEKDAY
        + r"),?\s+)?(?:the\s+)?(?P<d>"
        + DAYNUM
        + r"|"
        + alt([o for o, v in ORDINALS.items() if v <= 31])
        + r")(?:st|nd|rd|th)?\s+(?:of\s+)?"
        r"(?P<mon>" + MONTH_ANY + r")(?:,?\s+(?P<y>" + YEAR + r"))?" + _E,
        1,
    ),
    (
        "month_spoken_day",
        _B + r"(?:(?P<wd>" + WEEKDAY + r"),?\s+)?(?P<mon>" + MONTH_FULL + r")\s+(?:the\s+)?"
        r"(?P<d>" + alt([o for o, v in ORDINALS.items() if v <= 31]) + r")" + _E,
        2,
    ),
    (
        "month_year",
        _B + r"(?:(?P<edge>" + EDGE + r")[\s-]+)?(?P<mon>" + MONTH_ANY + r")\.?(?:\s+of)?,?\s+"
        r"(?:(?P<y>"
        + YEAR
        + r")|(?P<rel>this|last|next)\s+year|(?P<sy>"
        + SPOKEN_YEAR
        + r"))"
        + _E,
        2,
    ),
    (
        "month",
        _B + r"(?:(?P<edge>" + EDGE + r"|(?P<rel>this\s+past|this\s+coming|this|last|next))"
        r"[\s-]+)?(?P<mon>" + MONTH_FULL + r"|(?-i:Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|"
        r"Aug\.|Apr\.))" + _E,
        4,
    ),
    (
        "year_range",
        _B
        + r"(?:(?P<fy>fiscal|FY)\s*)?(?P<y1>"
        + YEAR
        + r")\s*[-–/]\s*(?P<y2>\d{2}|"
        + YEAR
        + r")"
        + _E,
        2,
    ),
    (
        "year",
        _B + r"(?:(?P<edge>" + EDGE + r")[\s-]+|(?P<pre>the\s+year|fiscal(?:\s+year)?|"
        r"calendar(?:\s+year)?|FY|post|pre)[\s-]*)?(?P<y>" + YEAR + r")(?P<s>'?s)?" + _E,
        3,
    ),
    (
        "spoken_year",
        _B + r"(?:(?P<pre>the\s+year)\s+)?(?P<sy>" + SPOKEN_YEAR + r")" + _E,
        3,
    ),
    (
        "decade",
        _B + r"(?:the\s+)?(?:(?P<edge>early|mid|late|the\s+early|the\s+late|the\s+mid)[\s-]+)?"
        r"(?:(?P<dec>(?:1[6-9]|20)\d0)'?s|'(?P<dec2>\d0)s|(?P<decw>twenties|thirties|forties|"
        r"fifties|sixties|seventies|eighties|nineties))" + _E,
        2,
    ),
    (
        "century",
        _B + r"(?:the\s+)?(?P<ord>" + ORD + r")[\s-]+century" + _E,
        2,
    ),
    (
        "century_rel",
        _B + r"(?P<rel>this|last|next|the\s+last|the\s+next|the\s+past|the\s+previous)\s+"
        r"(?P<unit>century|decade|millennium)" + _E,
        2,
    ),
    (
        "quarter",
        _B + r"(?:(?P<det>the|this|last|next|its|a|that|their|his|her|our)\s+)?"
        r"(?:(?P<pos>(?:this|last|next)\s+year's|(?:fiscal\s+)?(?:" + YEAR + r")'s)\s+)?"
        r"(?:(?P<yr>" + YEAR + r"|year-ago|year-earlier|year\s+ago|comparable|corresponding|"
        r"flat|same|prior-year|previous|prior|latest|current|recent|final|fiscal|calendar)"
        r"[\s-]+){0,3}(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|"
        r"current|this|next|previous)[\s-]+)?(?:fiscal[\s-]+)?(?:(?P<ord2>first|second|third|"
        r"fourth)[\s-]+)?(?P<q>quarters?|period)(?:\s+(?:(?:of|in)\s+)?(?:(?P<yr2>"
        + YEAR
        + r")|(?P<rel2>this|last|next)\s+year|(?P<fy2>fiscal\s+"
        + YEAR
        + r")))?(?:\s+(?P<ago>a\s+"
        r"year\s+(?:ago|earlier)))?" + _E,
        2,
    ),
    (
        "half",
        _B + r"(?P<approx>" + APPROX + r")?(?:(?P<det>the|this|its)\s+)?"
        r"(?P<ord>first|second|last|latter|past|next)[\s-]+(?:half|(?P<twoq>two\s+quarters))"
        r"(?:\s+of\s+(?:(?P<yr>" + YEAR + r")|(?P<decade>the\s+'\d0s)|(?P<rel>this|last|"
        r"next|the)\s+year|(?P<fy>fiscal\s+" + YEAR + r")))?" + _E,
        2,
    ),
    (
        "season",
        _B + r"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the|early|late|mid|"
        r"the\s+early|the\s+late|in\s+the|during\s+the|in|by|until|since)[\s-]+)?(?P<se>"
        + SEASON
        + r")(?:\s+(?:of\s+)?(?:(?P<yr>"
        + YEAR
        + r")|(?P<sy>"
        + SPOKEN_YEAR
        + r")))?"
        + _E,
        4,
    ),
    (
        "dayword",
        _B + r"(?:(?P<edge>early|late|earlier|later|mid-afternoon|mid-morning)\s+)?"
        r"(?P<w>today|tonight|tomorrow|yesterday|the\s+day\s+before\s+yesterday|"
        r"the\s+day\s+after\s+tomorrow)(?:\s+(?P<pod>" + POD + r"))?" + _E,
        2,
    ),
    (
        "weekday",
        _B + r"(?:(?P<mod>last|next|this\s+past|this\s+coming|this|the\s+previous|"
        r"the\s+following|the\s+next|coming|past)\s+)?(?:(?P<edge>early|late|earlier|later)\s+)?"
        r"(?P<wd>" + WEEKDAY + r")(?P<plural>s)?(?:\s+(?P<pod>" + POD + r")(?P<pods>s)?)?" + _E,
        3,
    ),
    (
        "clock",
        _B + r"(?:(?P<approx>around|about|approximately|shortly\s+after|shortly\s+before|"
        r"just\s+after|just\s+before)\s+)?(?P<h>[012]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*"
        r"(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b|o'clock)(?:\s+(?P<tz>(?-i:[A-Z]{2,4}))\b)?"
        r"(?:,?\s+(?:on\s+)?(?P<day>"
        + WEEKDAY
        + r"|today|yesterday|tomorrow|"
        + MONTH_ANY
        + r"\.?\s+"
        + DAYNUM
        + r"(?!\d)))?",
        2,
    ),
    (
        "clock_pod",
        r"\b(?:at|by|until|till|from|around|about|after|before|since)\s+(?P<x>(?P<h>1[0-2]|"
        r"0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s+(?:o'clock\s+)?in\s+the\s+"
        r"(?P<pod>morning|afternoon|evening))" + _E,
        2,
    ),
    (
        "clock24",
        _B + r"(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)\s*(?P<tz>(?-i:GMT|UTC|IST|EST|EDT|CET|"
        r"BST|PST|PDT))",
        3,
    ),
    (
        "clock24_at",
        r"\b(?:at|from|until|till|by|before|after|around|about)\s+(?P<x>(?P<h>[01]?\d|2[0-3]):"
        r"(?P<mi>[0-5]\d)(?:\s*(?:hrs|hours|h)\b)?)(?![\d:])",
        3,
    ),
    (
        "quarter_code",
        _B
        + r"(?-i:(?:(?P<fy>FY)\s*)?Q(?P<q>[1-4]))(?:\s+(?:of\s+)?(?:FY\s*)?(?P<y>"
        + YEAR
        + r"|'?\d{2}(?!\d)))?"
        + _E,
        2,
    ),
    (
        "noon",
        _B + r"(?:(?P<approx>around|about|shortly\s+after|shortly\s+before|just\s+after|"
        r"just\s+before)\s+)?(?P<w>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?P<day>"
        + WEEKDAY
        + r"|today|yesterday|tomorrow))?"
        + _E,
        3,
    ),
    (
        "part_of_day",
        _B + r"(?:(?P<rel>this|last|tomorrow|yesterday|the|that|early\s+this|late\s+last|"
        r"late\s+this|early|late|mid)[\s-]+)?(?P<pod>morning|afternoon|evening|night|"
        r"overnight)" + _E,
        6,
    ),
    (
        "rel_unit",
        _B
        + r"(?:(?P<edge>"
        + EDGE
        + r"|sometime|some\s+time)[\s-]+(?:in\s+)?)?(?P<rel>"
        + REL
        + r")\s+(?P<unit>week|weekend|month|year|fiscal\s+year|calendar\s+year|"
        r"school\s+year|financial\s+year|season|term|day|morning|evening)(?P<orso>\s+or\s+so)?"
        r"(?=(?P<poss>'s)?)" + _E,
        3,
    ),
    (
        "the_unit",
        _B + r"(?:(?P<pre>over|for|during|in|ahead\s+of|through|throughout|of)\s+)?the\s+"
        r"(?P<full>full\s+|fiscal\s+|calendar\s+|entire\s+|whole\s+)?(?P<unit>week|weekend|"
        r"year|month)(?=(?P<poss>'s)?(?P<ended>\s+(?:ended|ending|to\s+\w+\s+\d|through))?)" + _E,
        6,
    ),
    (
        # "weekend air raids", "the weekend talks": the weekend as a noun's modifier
        "weekend_mod",
        _B + r"(?:the\s+)?(?P<unit>[Ww]eekend)(?=\s+(?!(?:is|was|were|has|had|have|will|would|"
        r"could|of|and|or|to|in|at|on|for|with|that|the|a|an|he|she|it|they|we|before|after|"
        r"ahead|away|off|edition)\b)[a-z]{3,})" + _E,
        5,
    ),
    (
        "edge_unit",
        _B + r"(?P<edge>" + EDGE + r")\s+(?:in\s+)?the\s+(?P<unit>week|month|year|day|decade)" + _E,
        3,
    ),
    (
        "year_end",
        _B + r"(?:(?P<pre>around|at|by)\s+)?(?:the\s+)?(?P<w>year[-\s]end|year's\s+end|"
        r"end[-\s]of[-\s](?:the[-\s])?year|mid-year|midyear)" + _E,
        4,
    ),
    (
        "ago",
        _B + r"(?P<approx>" + APPROX + r")?(?P<num>" + NUM + r")\s+(?P<unit>" + UNIT + r")"
        r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|before|later|after|from\s+now|hence|back|"
        r"previously|prior)" + _E,
        2,
    ),
    (
        "year_ago_adj",
        _B + r"(?:the\s+)?(?P<w>year-ago|year-earlier|year\s+ago|year\s+earlier)"
        r"(?:\s+(?P<what>period|quarter|month|level|levels|figure|figures|results|"
        r"nine\s+months|six\s+months|first\s+half|third\s+quarter|fourth\s+quarter|"
        r"second\s+quarter|first\s+quarter))?" + _E,
        4,
    ),
    (
        "duration",
        _B + r"(?P<approx>" + APPROX + r")?(?:(?P<det>the|a|each\s+of\s+the|its|their)\s+)?"
        r"(?:(?P<rel>past|last|next|coming|first|following|previous|final|latest|remaining|"
        r"initial|ensuing|preceding|same)\s+)?(?P<num>" + NUM + r")(?:\s+(?:to|or)\s+"
        r"(?P<num2>" + NUM + r"))?\s+(?:(?:more|additional|full|straight|consecutive|trading|"
        r"business|working|calendar|long|short|successive|fiscal)\s+)?(?P<unit>" + UNIT + r")"
        r"(?P<half>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?" + _E,
        4,
    ),
    (
        "adj_duration",
        _B + r"(?P<num>\d+(?:\.\d+)?|" + NUMW + r"|several|multi|half)-(?P<unit>"
        r"second|minute|hour|day|night|week|month|year|decade|century)(?:-(?:long|old))?" + _E,
        5,
    ),
    (
        "unit_long",
        _B + r"(?P<unit>day|week|month|year|decade|hour)s?-long" + _E,
        4,
    ),
    (
        "vague_dur",
        _B + r"(?:(?P<pre>(?:the\s+)?(?:recent|coming|past|last|next|few|several|many|early|"
        r"following|ensuing)(?:\s+(?:few|several|many|couple\s+of))?|a\s+few|several|"
        r"the\s+past\s+several|the\s+first|the)\s+)?(?P<unit>years|months|weeks|days|decades|"
        r"centuries|millennia|hours|minutes|quarters|seasons)(?P<tail>\s+ahead|\s+to\s+come)?" + _E,
        6,
    ),
    (
        "vague_ref",
        _B + r"(?P<w>right\s+now|just\s+now|now|currently|current|more\s+recently|"
        r"most\s+recently|until\s+recently|recently|recent|previously|formerly|soon|"
        r"(?:the\s+)?(?:near|distant|foreseeable|immediate)\s+future|the\s+future|future|"
        r"the\s+past|these\s+days|nowadays|at\s+present|the\s+present|presently|"
        r"a\s+later\s+date|the\s+(?:near|short|long|medium)\s+term|"
        r"as\s+soon\s+as\s+possible|the\s+time\s+being|this\s+(?:crucial\s+|critical\s+)?"
        r"(?:moment|time|point)|the\s+moment|lately|to\s+date|so\s+far|"
        r"(?:quite\s+)?a\s+(?:little\s+|long\s+|short\s+)?while(?:\s+ago|\s+back)?)" + _E,
        5,
    ),
    (
        "set",
        _B + r"(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|"
        r"fortnightly|semiannually|biannually|(?:every|each|per|a)\s+(?:other\s+|single\s+)?"
        r"(?:(?P<num>"
        + NUM
        + r")\s+)?(?P<unit>"
        + UNIT
        + r"|morning|evening|"
        + WEEKDAY
        + r"|"
        + MONTH_FULL
        + r"|"
        + SEASON
        + r")|(?:every|each)\s+(?:of\s+the\s+)?(?:past|"
        r"last|next)\s+(?P<num3>" + NUM + r")\s+(?P<unit3>" + UNIT + r"))" + _E,
        3,
    ),
    (
        "holiday",
        _B
        + r"(?:(?P<rel>last|next|this|this\s+past)\s+)?(?P<w>(?-i:"
        + alt({h.title().replace("'S", "'s") for h in HOLIDAYS})
        + r"|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+Monday|\s+[Ww]eek)?|Holy\s+Week|"
        r"Labor\s+Day|Memorial\s+Day|Election\s+Day|Good\s+Friday|New\s+Year(?:'s)?))(?:\s+(?P<y>"
        + YEAR
        + r"))?"
        + _E,
        2,
    ),
    (
        "period",
        _B
        + r"(?:the\s+)?(?P<w>(?-i:"
        + alt(
            {" ".join(w[:1].upper() + w[1:] for w in p.split()) for p in PERIODS}
            | {p.upper() for p in PERIODS}
            | {
                " ".join(w.title() if w not in ("ii", "i") else w.upper() for w in p.split())
                for p in PERIODS
            }
        )
        + r"))"
        + _E,
        1,
    ),
    (
        "ordinal_day",
        r"\b(?:on|by|until|till|since|from|before|after|through|to|of)\s+(?P<x>the\s+"
        r"(?P<d>"
        + DAYNUM
        + r"(?:st|nd|rd|th)|"
        + alt([o for o, v in ORDINALS.items() if v <= 31])
        + r"))(?=\s*(?:[.,;:)]|$|\s(?:of\s+(?:this|last|next|the)\s+month|and|or|to|until|"
        r"at|when|after|before|in\b)))",
        4,
    ),
    (
        "anaphoric_day",
        _B + r"(?:(?P<edge>earlier|later|late|early)\s+)?(?P<w>that\s+(?:same\s+)?"
        r"(?:day|morning|evening|night|afternoon)|the\s+same\s+(?:day|morning|evening|night)|the\s+(?:next|following|previous|"
        r"preceding)\s+(?:day|morning|evening|night)|the\s+day\s+(?:before|after)|"
        r"the\s+(?:second|third|first|fourth|fifth|final|last)\s+day|a\s+day\s+"
        r"(?:earlier|later|before|after))" + _E,
        4,
    ),
    (
        "week_of",
        _B + r"the\s+week\s+of\s+(?P<mon>" + MONTH_ANY + r")\.?\s+(?P<d>" + DAYNUM + r")" + _E,
        1,
    ),
]

RULES: list[Rule] = [Rule(n, p, pr) for n, p, pr in _R]

# Every match of a ``needs_unit`` rule contains one of these words.
UNIT_WORD = re.compile(
    r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni",
    re.IGNORECASE,
)
