"""The pattern file format: columns, event types and modes, one row (``Pattern``), the parser.

``parse_patterns`` reads one tab-separated lexicon file (the format is described in
``events.patterns`` and docs/CROSSWALK.md) into ``Pattern`` rows, raising ``PatternError``
(file, line, column) on a malformed row; ``events.patterns`` indexes the rows and matches
triggers against them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

__all__ = [
    "BLOCK",
    "COLUMNS",
    "EVENT_TYPES",
    "MODES",
    "OPTIONAL_COLUMNS",
    "Pattern",
    "PatternError",
    "parse_patterns",
]

COLUMNS = ("type", "mode", "cameo", "pos", "lemma", "object", "prep", "confidence", "note")
OPTIONAL_COLUMNS = ("subject",)
BLOCK = "-"  # the type of a blocking row

EVENT_TYPES = (
    "AGREE",
    "ACCUSE",
    "AID",
    "ASSAULT",
    "COERCE",
    "CONCEDE",
    "CONSULT",
    "COOPERATE",
    "DEMAND",
    "DISAPPROVE",
    "MOBILIZE",
    "PROTEST",
    "REJECT",
    "REQUEST",
    "RETREAT",
    "SANCTION",
    "THREATEN",
    "OTHER",
)

_REQUEST_MODES = frozenset({"assist", "change", "yield", "meet"})
_ACCUSE_MODES = frozenset({"disapprove", "investigate", "allege"})

# Modes per type, from the PLOVER 2.0 manual; OTHER's modes are dateline's own.
MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": _REQUEST_MODES,
    "DEMAND": _REQUEST_MODES,
    "ACCUSE": _ACCUSE_MODES,
    "DISAPPROVE": _ACCUSE_MODES,
    "REJECT": _REQUEST_MODES,
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        }
    ),
    "ASSAULT": frozenset(
        {
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        }
    ),
    "OTHER": frozenset({"ceremony", "inaugurate", "statement", "travel"}),
}

_CAMEO_RE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")
_WORD_RE = re.compile(r"^[a-z][a-z0-9'.-]*$")
_PHRASE_RE = re.compile(r"^[a-z][a-z0-9'.-]*( [a-z][a-z0-9'.-]*){0,2}$")


class PatternError(ValueError):
    """A malformed pattern file: the message names the file, line and column."""

    def __init__(
        self, origin: str, line: int, column: int | None, message: str, name: str | None = None
    ) -> None:
        where = f"{origin}, line {line}"
        if column is not None:
            where += f", column {column} ({name or COLUMNS[column - 1]})"
        super().__init__(f"{where}: {message}")
        self.origin = origin
        self.line = line
        self.column = column


@dataclass(frozen=True)
class Pattern:
    """One row of the lexicon."""

    type: str
    mode: str | None  # None for "-"
    cameo: str | None  # None for "-": the crosswalk default for type/mode applies
    pos: str  # VERB | NOUN
    lemma: str
    object: str = "-"  # "-", "*", or "a|b|c"
    prep: str = "-"  # "-" or "for|to"
    confidence: float = 0.8
    note: str = ""
    subject: str = "-"  # "-" or "a|b|c"
    source: str = ""  # "file:line"
    priority: int = 0  # 0 for the packaged file, 1.. for user files in the order given

    @property
    def objects(self) -> frozenset[str]:
        """The object lemmas required (empty for "-" and "*")."""
        if self.object in ("-", "*"):
            return frozenset()
        return frozenset(self.object.split("|"))

    @property
    def preps(self) -> frozenset[str]:
        return frozenset() if self.prep == "-" else frozenset(self.prep.split("|"))

    @property
    def subjects(self) -> frozenset[str]:
        """The subject lemmas required (empty for "-")."""
        return frozenset() if self.subject == "-" else frozenset(self.subject.split("|"))

    @property
    def blocking(self) -> bool:
        """A row that says "this is no event" (type ``-``)."""
        return self.type == BLOCK

    @property
    def specificity(self) -> int:
        """Higher is more specific: an object list (2) beats ``*`` (1) beats none; a prep
        adds 2 and a subject list 3 (who acts outweighs what is acted on: "aircraft struck
        targets" is an air strike, "a cyclone hit the base" no attack)."""
        obj = 2 if self.objects else (1 if self.object == "*" else 0)
        return obj + (2 if self.preps else 0) + (3 if self.subjects else 0)

    def accepts(
        self,
        object_lemmas: Collection[str],
        preps: Collection[str],
        subject_lemmas: Collection[str] = (),
    ) -> bool:
        """Whether a verb with these direct-object lemmas, prepositions and subject lemmas
        fits the row."""
        return self.object_match(object_lemmas, preps, subject_lemmas) is not None

    def object_match(
        self,
        object_lemmas: Collection[str],
        preps: Collection[str],
        subject_lemmas: Collection[str] = (),
    ) -> int | None:
        """None when the row does not fit; else the number of words of the object entry
        matched (0 without an object list): "ceasefire agreement" (2) outranks "agreement"."""
        if self.object == "*" and not object_lemmas:
            return None
        want_prep = self.preps
        if want_prep and not want_prep.intersection(p.lower() for p in preps):
            return None
        want_subj = self.subjects
        if want_subj and not want_subj.intersection(s.lower() for s in subject_lemmas):
            return None
        wanted = self.objects
        if not wanted:
            return 0
        hits = wanted.intersection(o.lower() for o in object_lemmas)
        return max((h.count(" ") + 1 for h in hits), default=None)


def _split_words(
    value: str, origin: str, line: int, column: int, name: str, what: str, star: bool = False
) -> str:
    if value == "-" or (star and value == "*"):
        return value
    words = value.lower().split("|")
    for w in words:
        if not _PHRASE_RE.match(w):
            raise PatternError(
                origin,
                line,
                column,
                f"'{value}' is not '-'{', *' if star else ''} or '|'-separated lowercase {what}",
                name,
            )
    return "|".join(words)


def _layout(cells: list[str]) -> tuple[str, ...] | None:
    """The column names of a header line (None when the line is no header)."""
    names = tuple(c.strip().lower() for c in cells)
    while names and names[-1] == "":
        names = names[:-1]
    required = [c for c in COLUMNS if c != "note"]
    known = set(COLUMNS) | set(OPTIONAL_COLUMNS)
    if (
        not all(c in names for c in required)
        or not set(names) <= known
        or len(set(names)) != len(names)
    ):
        return None
    return names


def _parse_row(
    cells: list[str], origin: str, line: int, priority: int, layout: Sequence[str] = COLUMNS
) -> Pattern:
    n_min = len(layout) - (1 if layout[-1] == "note" else 0)
    if len(cells) < n_min:
        raise PatternError(
            origin,
            line,
            None,
            f"expected {n_min}{f' or {len(layout)}' if n_min < len(layout) else ''}"
            f" tab-separated columns ({', '.join(layout)}), found {len(cells)}",
        )
    if len(cells) > len(layout):
        raise PatternError(
            origin,
            line,
            None,
            f"expected at most {len(layout)} tab-separated columns, found {len(cells)}",
        )
    padded = [c.strip() for c in cells] + [""] * (len(layout) - len(cells))
    value = dict(zip(layout, padded, strict=True))
    col = {name: i + 1 for i, name in enumerate(layout)}

    def error(name: str, message: str) -> PatternError:
        return PatternError(origin, line, col[name], message, name)

    type_, mode, cameo, pos, lemma = (value[c] for c in ("type", "mode", "cameo", "pos", "lemma"))
    if type_ not in EVENT_TYPES and type_ != BLOCK:
        raise error(
            "type",
            f"'{type_}' is not an event type (one of {', '.join(EVENT_TYPES)})"
            " or '-' (a blocking row)",
        )
    if type_ == BLOCK and (mode != "-" or cameo != "-"):
        raise error(
            "mode" if mode != "-" else "cameo",
            "a blocking row (type '-') takes no mode or CAMEO code ('-')",
        )
    if type_ != BLOCK and mode != "-" and mode not in MODES[type_]:
        allowed = ", ".join(sorted(MODES[type_])) or "none"
        raise error("mode", f"'{mode}' is not a mode of {type_} (allowed: {allowed}; or '-')")
    if cameo != "-" and not _CAMEO_RE.match(cameo):
        raise error("cameo", f"'{cameo}' is not a CAMEO code (2-4 digits, root 01-20) or '-'")
    if pos not in ("VERB", "NOUN"):
        raise error("pos", f"'{pos}' is not VERB or NOUN")
    words = lemma.split(" ")
    if (
        not lemma
        or not all(_WORD_RE.match(w) for w in words)
        or (pos == "VERB" and len(words) > 1)
        or len(words) > 3
    ):
        raise error(
            "lemma",
            f"'{lemma}' is not a lowercase lemma (one word; nouns may have up "
            "to two modifier words before the head: 'air strike')",
        )
    obj = _split_words(
        value["object"], origin, line, col["object"], "object", "object lemmas", star=True
    )
    prep = _split_words(value["prep"], origin, line, col["prep"], "prep", "prepositions")
    if " " in prep:
        raise error("prep", f"'{prep}': prepositions are single words")
    subj = "-"
    if "subject" in value:
        subj = _split_words(
            value["subject"] or "-", origin, line, col["subject"], "subject", "subject lemmas"
        )
    if pos == "NOUN" and (obj != "-" or prep != "-" or subj != "-"):
        name = "object" if obj != "-" else ("prep" if prep != "-" else "subject")
        raise error(name, "noun patterns take no object, preposition or subject constraint ('-')")
    conf = value["confidence"]
    try:
        confidence = float(conf)
    except ValueError:
        raise error("confidence", f"'{conf}' is not a number") from None
    if not 0.0 <= confidence <= 1.0:
        raise error("confidence", f"confidence {conf} is not between 0 and 1")
    return Pattern(
        type=type_,
        mode=None if mode == "-" else mode,
        cameo=None if cameo == "-" else cameo,
        pos=pos,
        lemma=lemma,
        object=obj,
        prep=prep,
        confidence=confidence,
        note=value.get("note", ""),
        subject=subj,
        source=f"{origin}:{line}",
        priority=priority,
    )


def parse_patterns(text: str, origin: str, priority: int = 0) -> list[Pattern]:
    """Parse one pattern file's text; ``origin`` names it in errors and in ``source``."""
    rows: list[Pattern] = []
    seen: dict[tuple[str, str, str, str, str, str], int] = {}
    layout: tuple[str, ...] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if layout is None:
            layout = _layout(cells)
            if layout is None:
                raise PatternError(
                    origin,
                    number,
                    None,
                    "the first line must be the header: "
                    + "\\t".join(COLUMNS)
                    + " (with an optional 'subject' "
                    f"column; found '{line[:60]}')",
                )
            continue
        p = _parse_row(cells, origin, number, priority, layout)
        key = (p.type, p.pos, p.lemma, p.object, p.prep, p.subject)
        if key in seen:
            raise PatternError(
                origin,
                number,
                None,
                f"duplicate of line {seen[key]} (same type, pos, lemma, object, prep and subject)",
            )
        seen[key] = number
        rows.append(p)
    if layout is None:
        raise PatternError(
            origin, 1, None, "no header line (" + "\\t".join(COLUMNS) + ") in the file"
        )
    return rows
