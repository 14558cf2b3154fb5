"""The tense around a temporal expression, from raw text (no parser needed).

Used to pick the direction of "on Monday" / "in October" when no dependency parse is at
hand. Looks at the verbs of the expression's clause: the nearest tense cue wins, with
future cues ("will", "is to", "scheduled") checked before past ones.
"""

from __future__ import annotations

import re

__all__ = ["guess_tense"]

_COULD_NOT_BE_REACHED = r"(?:n't|\s+not)?\s+be\s+(?:reached|located|found|contacted)"
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|planning|scheduled|"
    r"planned\s+(?:to|a|an)|"
    r"(?:(?:is|are|was|were)\s+)?(?:due|set|expected|slated|poised|likely|scheduled)\s+to|"
    r"is\s+to|are\s+to|would|should|must|might|could(?!" + _COULD_NOT_BE_REACHED + r")|"
    r"upcoming|intends?\s+to|"
    r"to\s+be\s+held|aims?\s+to|hopes?\s+to|next)\b",
    re.IGNORECASE,
)
# the infinitive complement of a forward-looking verb is a later event: "invited Weber to
# visit Beijing in the spring", "agreed to hold talks in March" (the spring, March ahead)
_FORWARD_COMPLEMENT = re.compile(
    r"\b(?:agreed|invited|decided|promised|pledged|vowed|offered|urged|asked|ordered|"
    r"persuaded|encouraged|called\s+on)\s+(?:(?!to\b)[\w'-]+\s+){0,4}?to\s+"
    r"(?!be\s)[a-z]+\b(?!ed\b)",
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|t)\b", re.IGNORECASE)
_IRREGULAR = (
    "said|told|was|were|had|did|met|went|came|took|made|gave|held|left|began|spoke|saw|sent|"
    "won|lost|fell|rose|broke|hit|struck|fled|led|paid|sold|bought|brought|thought|got|found|"
    "kept|ran|flew|wrote|shot|fought|became|stood|set|put|cut|quit|beat|drew|grew|knew|"
    "threw|spent|built|felt|heard|meant|read|sought|taught|caught|swore|tore|wore|woke|"
    "arose|forbade|froze|rode|rang|sang|sank|shook|stole|stuck|swept|swung|underwent|"
    "withdrew|overthrew|upheld|began|ago|earlier|yesterday|last|"
    # newswire's "could not be reached for comment Monday": the attempt has been made
    r"could" + _COULD_NOT_BE_REACHED
)
_PAST = re.compile(r"\b(?:" + _IRREGULAR + r"|\w{3,}ed)\b", re.IGNORECASE)
_NOT_PAST = {
    "need",
    "speed",
    "proceed",
    "indeed",
    "exceed",
    "succeed",
    "seed",
    "feed",
    "breed",
    "weed",
    "bleed",
    "creed",
    "greed",
    "shed",
    "bed",
    "red",
    "led",
}
_PRESENT = re.compile(
    r"\b(?:is|are|says|say|has|have|am|opens|starts|begins|takes|ends|closes|meets|arrives|"
    r"leaves|resumes|expires|comes|goes|runs|holds|visits|travels|returns|heads|kicks|"
    r"concludes|convenes|launches|hosts|reopens|sits|"
    # plural subjects: "Netanyahu and Arafat meet separately Monday" (not after "did",
    # "to", a modal or "not", where the auxiliary is the cue)
    r"(?<!did\s)(?<!not\s)(?<!to\s)(?<!n't\s)(?<!will\s)(?<!'ll\s)(?<!would\s)"
    r"(?<!may\s)(?<!might\s)(?<!can\s)(?<!could\s)(?<!should\s)(?<!must\s)(?<!shall\s)"
    r"(?:meet|open|begin|resume|convene|hold|gather))\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;!?]|\n\s*\n|,\s+(?:but|and|while|whereas)\b|\s--\s|``|''")


_ABBREV = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col sgt capt jr sr inc co corp ltd bros no vs "
    "ft mt messrs prof rev adm cmdr maj supt".split()
)


def _abbreviation(text: str, i: int) -> bool:
    """Whether the full stop at ``i`` ends an abbreviation ("U.S.", "Jan.", "Mr.", "a.m.")
    rather than a sentence."""
    if text[i] != "." or i == 0:
        return False
    if text[i - 1].isupper():
        return True
    k = i + 1
    while k < len(text) and text[k] == " ":
        k += 1
    if k < len(text) and (text[k].islower() or text[k] in ",;)"):
        return True  # "Birmingham, Ala., killed": no sentence goes on in lower case
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i].lower()
    return word in _ABBREV or (len(word) == 1 and j > 0 and text[j - 1] == ".")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    a = 0
    for m in _CLAUSE_END.finditer(text, max(0, start - 300), start):
        if _abbreviation(text, m.start()):
            continue  # "U.S.", "Jan.", "Mr.", "vs."
        a = m.end()
    m2 = None
    for m in _CLAUSE_END.finditer(text, end, min(len(text), end + 300)):
        if _abbreviation(text, m.start()):
            continue
        m2 = m
        break
    b = m2.start() if m2 else min(len(text), end + 300)
    return a, b


# a participle after "be"/"to" or a present-tense "is"/"are" ("to be paid", "will be held",
# "when the case is heard in May") is no past tense
_NONFINITE_BEFORE = re.compile(r"\b(?:be|to|being|is|are|am)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# an attributive participle after a determiner ("on a still unspecified date", "the
# planned visit") is an adjective, no past tense
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her|our|any|no)\s+(?:(?:\w+ly|still|newly)\s+)?$",
    re.IGNORECASE,
)
_PREP_TENSE = re.compile(
    r"\b(?:(?P<past>since|as\s+of)|(?P<future>until|till|by)|(?P<soon>as\s+(?:soon|early)\s+as)"
    r"|(?P<nearest>effective)|(?P<through>through))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_PRIORITY = {"perfect": 0, "future": 1, "past": 2, "present": 3}


def _cue_label(m: re.Match[str], label: str) -> str | None:
    w = m.group(0).lower()
    if label == "past" and (w in _NOT_PAST or w in ("last", "earlier", "ago", "yesterday")):
        return None
    if label == "future" and w == "next":
        return None
    return label


_HAS_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en)$", re.IGNORECASE)
_HAD_BEEN = re.compile(r"\bhad\s+been\s+$", re.IGNORECASE)
_RIGHT_STOP = re.compile(
    r",|\bthat\b|\bwho\b|\bwhich\b|\bwhen\b|\bwhere\b|\bbecause\b|"
    r"\bafter\b|\bbefore\b|\bif\b|\bwhile\b|\band\b",
    re.IGNORECASE,
)


def guess_tense(text: str, start: int, end: int) -> str | None:
    """ "future", "perfect", "past", "present" or None for the clause around [start, end).

    The verb governing a time adjunct usually precedes it ("said on Tuesday", "will meet
    Bush on Thursday"); a fronted adjunct ("On Tuesday, the US said") takes the first verb
    after it. So the nearest cue to the left wins, else the nearest to the right up to the
    next clause boundary.
    """
    pm = _PREP_TENSE.search(text, max(0, start - 14), start)
    if pm and pm.group("past"):
        return "past"  # "since Tuesday"; "as of Wednesday evening, he still had not signed"
    if pm and pm.group("nearest"):
        return None  # "created an office, effective Feb. 1": the change's date, not the report's
    if pm and pm.group("soon"):
        return "future"  # "as soon as Tuesday"
    if text.startswith("'s", end):
        return "past"  # "Wednesday's ruling": newswire names past days this way
    a, b = _clause(text, start, end)
    stop = _RIGHT_STOP.search(text, end, b)
    right_end = stop.start() if stop and stop.start() > end + 1 else b
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []
    for rx, label in (
        (_FORWARD_COMPLEMENT, "future"),
        (_FUTURE, "future"),
        (_PERFECT, "perfect"),
        (_PAST, "past"),
        (_PRESENT, "present"),
    ):
        for m in rx.finditer(text, a, b):
            lab = _cue_label(m, label)
            if lab is None or (m.start() < end and m.end() > start):
                continue
            if rx is _FORWARD_COMPLEMENT and m.end() > start:
                continue  # "on Wednesday urged Ethiopia to postpone": the urging's day
            if lab == "future" and _HAD_BEEN.search(text, max(0, m.start() - 12), m.start()):
                lab = "perfect"  # "had been due to expire Friday": the plan is in the past
            if lab == "future" and m.start() >= end and m.group(0).lower().startswith("planned"):
                # a fronted adjunct dates the planning ("On Friday, the government planned
                # to pay"); after the verb it dates the plan ("planned to leave on Thursday")
                lab = "past"
            if lab == "past" and (
                _NONFINITE_BEFORE.search(text, max(0, m.start() - 20), m.start())
                or (
                    m.group(0).lower().endswith("ed")
                    and _ATTRIBUTIVE_BEFORE.search(text, max(0, m.start() - 24), m.start())
                )
            ):
                continue  # "to be paid", "a still unspecified date": no past tense
            if lab == "past" and m.group(0)[:1].isupper() and m.group(0).endswith("ed"):
                continue  # "United States", "Ahmed": a name, not a verb
            if m.end() <= start:
                left.append((start - m.end(), lab))
            elif m.start() < right_end:
                right.append((m.start() - end, lab))
    deadline = bool(pm and pm.group("future"))
    if left:
        # on ties ("had been scheduled"), the perfect and the future win over a bare past
        d, lab = min(left, key=lambda x: (x[0], _PRIORITY[x[1]]))
        # "will ... meet on Thursday": a future or perfect auxiliary governs its verb group
        for d2, lab2 in left:
            if lab2 in ("future", "perfect") and d2 <= d + 25 and lab == "past":
                return lab2
        if lab == "present":
            # "has been searching" / "have agreed": present perfect reads as past
            if re.search(
                r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en)\b",
                text[max(a, start - d - 40) : start],
            ):
                # "has given them until Tuesday" still looks ahead
                return _deadline("past") if deadline else "past"
        if (
            lab == "past"
            and pm
            and pm.group("through")
            and _HAS_BEFORE.search(text, max(a, start - d - 60), start - d)
        ):
            return "future"  # "has extended loans through January": a term still running
        if d <= 60 or not right:
            return _deadline(lab) if deadline else lab
    if right:
        lab = min(right, key=lambda x: (x[0], _PRIORITY[x[1]]))[1]
        return _deadline(lab) if deadline else lab
    return "future" if deadline else None


def _deadline(tense: str) -> str:
    """ "until Monday" looks ahead ("postponed until Tuesday") except in a past perfect
    ("until Thursday, they had not called him a suspect")."""
    return "past" if tense == "perfect" else "future"
