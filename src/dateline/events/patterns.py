"""The event pattern lexicon: which verbs and nouns signal which PLOVER event type.

The lexicon is a plain tab-separated file, ``dateline/data/event_patterns.tsv``, that users
can extend with files of their own in the same format (``load_patterns(extra=[path])``).
Columns (a header line is required; ``#`` starts a comment line; blank lines are skipped)::

    type  mode  cameo  pos  lemma  object  prep  confidence  note

- ``type``: a PLOVER event type (``EVENT_TYPES``).
- ``mode``: a mode of that type (``MODES``) or ``-``.
- ``cameo``: a CAMEO code (2 to 4 digits) or ``-`` for the crosswalk default of type/mode.
- ``pos``: ``VERB`` or ``NOUN``; ``lemma``: the lowercase spaCy lemma of the trigger
  (hyphenated lemmas such as ``co-chair`` are allowed: the extractor joins ``co - chair``).
  A noun lemma may be a compound of up to three words, modifiers first (``air strike``,
  ``hunger strike``, ``phone call``): the extractor tries the compound before the head.
- ``object``: ``-`` (any object or none), ``*`` (some direct object is required), or
  ``|``-separated lemmas of which the direct object must be one.
- ``prep``: ``-`` or ``|``-separated prepositions/particles of which one must attach to the
  trigger (``call`` + ``for``, ``pull`` + ``out``).
- ``confidence``: 0..1, how reliable the cue is; ``note``: free text (optional column).

Malformed rows raise ``PatternError`` naming the file, line and column.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = [
    "COLUMNS",
    "EVENT_TYPES",
    "MODES",
    "Pattern",
    "PatternError",
    "PatternSet",
    "load_patterns",
    "parse_patterns",
]

COLUMNS = ("type", "mode", "cameo", "pos", "lemma", "object", "prep", "confidence", "note")

EVENT_TYPES = (
    "AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "DEMAND", "DISAPPROVE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT",
    "SANCTION", "THREATEN", "OTHER",
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
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory",
                           "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct",
                          "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset({"seize", "restrict", "censor", "curfew", "martial-law", "arrest",
                         "deport", "withhold", "misinformation", "cyber"}),
    "ASSAULT": frozenset({"abduct", "beat", "torture", "sexual", "targeted", "destroy",
                          "primitive", "firearms", "explosives", "suicide-attack", "aerial",
                          "drone", "heavy-weapons", "crowd-control", "unconventional"}),
    "OTHER": frozenset({"ceremony", "inaugurate", "statement", "travel"}),
}

_CAMEO_RE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")
_WORD_RE = re.compile(r"^[a-z][a-z0-9'.-]*$")
_DEFAULT_NAME = "event_patterns.tsv"


class PatternError(ValueError):
    """A malformed pattern file: the message names the file, line and column."""

    def __init__(self, origin: str, line: int, column: int | None, message: str) -> None:
        where = f"{origin}, line {line}"
        if column is not None:
            where += f", column {column} ({COLUMNS[column - 1]})"
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
    def specificity(self) -> int:
        """Higher is more specific: an object list beats ``*`` beats none; a prep adds."""
        obj = 2 if self.objects else (1 if self.object == "*" else 0)
        return obj + (2 if self.preps else 0)

    def accepts(self, object_lemmas: Collection[str], preps: Collection[str]) -> bool:
        """Whether a verb with these direct-object lemmas and prepositions fits the row."""
        if self.object == "*" and not object_lemmas:
            return False
        wanted = self.objects
        if wanted and not wanted.intersection(o.lower() for o in object_lemmas):
            return False
        want_prep = self.preps
        return not (want_prep and not want_prep.intersection(p.lower() for p in preps))


@dataclass
class PatternSet:
    """Patterns indexed by part of speech and lemma."""

    patterns: tuple[Pattern, ...]
    origins: tuple[str, ...] = ()
    _verbs: dict[str, list[Pattern]] = field(default_factory=dict, repr=False)
    _nouns: dict[str, list[Pattern]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for p in self.patterns:
            index = self._verbs if p.pos == "VERB" else self._nouns
            index.setdefault(p.lemma, []).append(p)
        for index in (self._verbs, self._nouns):
            for lemma, rows in index.items():
                index[lemma] = _ranked(rows)

    def __len__(self) -> int:
        return len(self.patterns)

    def __iter__(self) -> Iterator[Pattern]:
        return iter(self.patterns)

    def match_verb(self, lemma: str, object_lemmas: Collection[str] = (),
                   preps: Collection[str] = ()) -> list[Pattern]:
        """Verb patterns that fit, most specific first (then user files, then confidence)."""
        rows = self._verbs.get(lemma.lower(), [])
        return [p for p in rows if p.accepts(object_lemmas, preps)]

    def match_noun(self, lemma: str) -> list[Pattern]:
        """Noun patterns for this lemma, best first."""
        return list(self._nouns.get(lemma.lower(), []))

    def types(self) -> frozenset[str]:
        return frozenset(p.type for p in self.patterns)

    def by_type(self, type_: str) -> list[Pattern]:
        return [p for p in self.patterns if p.type == type_]


def _ranked(rows: list[Pattern]) -> list[Pattern]:
    order = {id(p): i for i, p in enumerate(rows)}
    return sorted(rows, key=lambda p: (-p.specificity, -p.priority, -p.confidence,
                                       order[id(p)]))


def _split_words(value: str, origin: str, line: int, column: int, what: str) -> str:
    if value in ("-",) or (value == "*" and column == 6):
        return value
    words = value.lower().split("|")
    for w in words:
        if not _WORD_RE.match(w):
            raise PatternError(origin, line, column,
                               f"'{value}' is not '-'{', *' if column == 6 else ''} or "
                               f"'|'-separated lowercase {what}")
    return "|".join(words)


def _parse_row(cells: list[str], origin: str, line: int, priority: int) -> Pattern:
    if len(cells) < 8:
        raise PatternError(origin, line, None,
                           f"expected 8 or 9 tab-separated columns ({', '.join(COLUMNS)}), "
                           f"found {len(cells)}")
    if len(cells) > 9:
        raise PatternError(origin, line, None,
                           f"expected at most 9 tab-separated columns, found {len(cells)}")
    cells = [c.strip() for c in cells] + [""] * (9 - len(cells))
    type_, mode, cameo, pos, lemma, obj, prep, conf, note = cells
    if type_ not in EVENT_TYPES:
        raise PatternError(origin, line, 1,
                           f"'{type_}' is not an event type (one of {', '.join(EVENT_TYPES)})")
    if mode != "-" and mode not in MODES[type_]:
        allowed = ", ".join(sorted(MODES[type_])) or "none"
        raise PatternError(origin, line, 2,
                           f"'{mode}' is not a mode of {type_} (allowed: {allowed}; or '-')")
    if cameo != "-" and not _CAMEO_RE.match(cameo):
        raise PatternError(origin, line, 3,
                           f"'{cameo}' is not a CAMEO code (2-4 digits, root 01-20) or '-'")
    if pos not in ("VERB", "NOUN"):
        raise PatternError(origin, line, 4, f"'{pos}' is not VERB or NOUN")
    words = lemma.split(" ")
    if not lemma or not all(_WORD_RE.match(w) for w in words) or \
            (pos == "VERB" and len(words) > 1) or len(words) > 3:
        raise PatternError(origin, line, 5,
                           f"'{lemma}' is not a lowercase lemma (one word; nouns may have up "
                           "to two modifier words before the head: 'air strike')")
    obj = _split_words(obj, origin, line, 6, "object lemmas")
    prep = _split_words(prep, origin, line, 7, "prepositions")
    if pos == "NOUN" and (obj != "-" or prep != "-"):
        raise PatternError(origin, line, 6 if obj != "-" else 7,
                           "noun patterns take no object or preposition constraint ('-')")
    try:
        confidence = float(conf)
    except ValueError:
        raise PatternError(origin, line, 8, f"'{conf}' is not a number") from None
    if not 0.0 <= confidence <= 1.0:
        raise PatternError(origin, line, 8, f"confidence {conf} is not between 0 and 1")
    return Pattern(type=type_, mode=None if mode == "-" else mode,
                   cameo=None if cameo == "-" else cameo, pos=pos, lemma=lemma, object=obj,
                   prep=prep, confidence=confidence, note=note, source=f"{origin}:{line}",
                   priority=priority)


def parse_patterns(text: str, origin: str, priority: int = 0) -> list[Pattern]:
    """Parse one pattern file's text; ``origin`` names it in errors and in ``source``."""
    rows: list[Pattern] = []
    seen: dict[tuple[str, str, str, str, str], int] = {}
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            names = [c.strip().lower() for c in cells]
            if names[:8] != list(COLUMNS[:8]):
                raise PatternError(origin, number, None,
                                   "the first line must be the header: "
                                   + "\\t".join(COLUMNS) + f" (found '{line[:60]}')")
            header_seen = True
            continue
        p = _parse_row(cells, origin, number, priority)
        key = (p.type, p.pos, p.lemma, p.object, p.prep)
        if key in seen:
            raise PatternError(origin, number, None,
                               f"duplicate of line {seen[key]} (same type, pos, lemma, object "
                               "and prep)")
        seen[key] = number
        rows.append(p)
    if not header_seen:
        raise PatternError(origin, 1, None,
                           "no header line (" + "\\t".join(COLUMNS) + ") in the file")
    return rows


@lru_cache(maxsize=1)
def _packaged() -> tuple[Pattern, ...]:
    ref = resources.files("dateline").joinpath("data", _DEFAULT_NAME)
    return tuple(parse_patterns(ref.read_text(encoding="utf-8"), _DEFAULT_NAME))


def load_patterns(extra: Sequence[Path | str] = (), *, packaged: bool = True) -> PatternSet:
    """The packaged lexicon plus user files in the same format (user rows rank first among
    equally specific matches)."""
    rows: list[Pattern] = list(_packaged()) if packaged else []
    origins = [_DEFAULT_NAME] if packaged else []
    for i, path in enumerate(extra, start=1):
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise PatternError(str(p), 0, None, "pattern file not found") from None
        except UnicodeDecodeError as exc:
            raise PatternError(str(p), 0, None, f"not UTF-8 text ({exc.reason})") from None
        rows.extend(parse_patterns(text, str(p), priority=i))
        origins.append(str(p))
    return PatternSet(tuple(rows), tuple(origins))
