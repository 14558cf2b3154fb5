"""The event pattern lexicon: which verbs and nouns signal which PLOVER event type.

The lexicon is a plain tab-separated file, ``dateline/data/event_patterns.tsv``, that users
can extend with files of their own in the same format (``load_patterns(extra=[path])``).
Columns (a header line is required; ``#`` starts a comment line; blank lines are skipped)::

    type  mode  cameo  pos  lemma  object  prep  [subject]  confidence  note

The header names the columns: ``subject`` is optional (files without it, in the older
8/9-column form, load unchanged) and ``note`` may be left off the rows.

- ``type``: a PLOVER event type (``EVENT_TYPES``), or ``-`` for a *blocking* row: when it is
  the best match, the trigger is no event at all ("Typhoon Haiyan killed 60": ``kill`` with
  a storm for subject).
- ``mode``: a mode of that type (``MODES``) or ``-``.
- ``cameo``: a CAMEO code (2 to 4 digits) or ``-`` for the crosswalk default of type/mode.
- ``pos``: ``VERB`` or ``NOUN``; ``lemma``: the lowercase spaCy lemma of the trigger
  (hyphenated lemmas such as ``co-chair`` are allowed: the extractor joins ``co - chair``).
  A noun lemma may be a compound of up to three words, modifiers first (``air strike``,
  ``hunger strike``, ``phone call``): the extractor tries the compound before the head.
- ``object``: ``-`` (any object or none), ``*`` (some direct object is required), or
  ``|``-separated lemmas of which the direct object must be one. An entry may be a noun
  compound of up to three words, modifiers first (``ceasefire agreement``, ``mediation
  effort``); a row matched through a compound ranks before rows matched by its head alone.
- ``subject`` (optional column): ``-`` or ``|``-separated lemmas (compounds allowed, as for
  ``object``) of which the verb's subject must be one: the subject noun, its compound with
  the modifiers before it, or the noun of its of-phrase ("a patch of peacekeeping troops"
  offers ``patch``, ``peacekeeping troop`` and ``troop``).
- ``prep``: ``-`` or ``|``-separated prepositions/particles of which one must attach to the
  trigger (``call`` + ``for``, ``pull`` + ``out``).
- ``confidence``: 0..1, how reliable the cue is; ``note``: free text (optional column).

Verb rows are ranked most specific first (``Pattern.specificity``: an object list beats
``*`` beats none; a preposition and a subject constraint add), then by the length of the
matched object entry, then user files before the packaged one, then confidence.

Malformed rows raise ``PatternError`` naming the file, line and column. The file format
(columns, types, modes, the row and its parser) is ``events.pattern_file``; this module
indexes the rows and matches triggers against them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline.events.pattern_file import (
    BLOCK,
    COLUMNS,
    EVENT_TYPES,
    MODES,
    OPTIONAL_COLUMNS,
    Pattern,
    PatternError,
    parse_patterns,
)

__all__ = [
    "best_match",
    "COLUMNS",
    "BLOCK",
    "EVENT_TYPES",
    "MODES",
    "OPTIONAL_COLUMNS",
    "Pattern",
    "PatternError",
    "PatternSet",
    "load_patterns",
    "parse_patterns",
]

_DEFAULT_NAME = "event_patterns.tsv"


@dataclass
class PatternSet:
    """Patterns indexed by part of speech and lemma."""

    patterns: tuple[Pattern, ...]
    origins: tuple[str, ...] = ()
    _verbs: dict[str, list[Pattern]] = field(default_factory=dict, repr=False)
    _nouns: dict[str, list[Pattern]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for p in self.patterns:
            if p.pos not in ("VERB", "NOUN"):
                continue
            index = self._verbs if p.pos == "VERB" else self._nouns
            index.setdefault(p.lemma, []).append(p)
        for index in (self._verbs, self._nouns):
            for lemma, rows in index.items():
                index[lemma] = _ranked(rows)

    def __len__(self) -> int:
        return len(self.patterns)

    def __iter__(self) -> Iterator[Pattern]:
        return iter(self.patterns)

    def match_verb(
        self,
        lemma: str,
        object_lemmas: Collection[str] = (),
        preps: Collection[str] = (),
        subject_lemmas: Collection[str] = (),
    ) -> list[Pattern]:
        """Verb patterns that fit, most specific first (then the longer matched object
        entry, then user files, then confidence). Empty when the best row is a blocking
        row. ``object_lemmas`` and ``subject_lemmas`` may hold compounds ("ceasefire
        agreement") beside the head lemma."""
        rows = self._verbs.get(lemma.lower(), [])
        scored = [
            (m, i, p)
            for i, p in enumerate(rows)
            if (m := p.object_match(object_lemmas, preps, subject_lemmas)) is not None
        ]
        scored.sort(key=lambda x: (-x[2].specificity, -x[0], x[1]))
        found = [p for _, _, p in scored]
        return [] if found and found[0].blocking else [p for p in found if not p.blocking]

    def match_frame(
        self,
        lemma: str,
        object_lemmas: Collection[str],
        preps: Collection[str],
        subject_lemmas: Collection[str],
    ) -> list[Pattern]:
        """``match_verb`` with the subject: what the extractor calls."""
        return self.match_verb(lemma, object_lemmas, preps, subject_lemmas)

    def match_noun(self, lemma: str) -> list[Pattern]:
        """Noun patterns for this lemma, best first (empty when the best is blocking)."""
        found = self._nouns.get(lemma.lower(), [])
        return [] if found and found[0].blocking else [p for p in found if not p.blocking]

    def match_noun_forms(self, forms: Sequence[str]) -> list[Pattern]:
        """The noun patterns of the first of ``forms`` (a noun's compounds, longest first,
        then its head: ``conventions.compound_forms``) that has rows; empty when that form's
        best row is blocking, so "court battle" (blocked) does not fall back to "battle"."""
        for form in forms:
            found = self._nouns.get(form.lower(), [])
            if found:
                return [] if found[0].blocking else [p for p in found if not p.blocking]
        return []

    def types(self) -> frozenset[str]:
        return frozenset(p.type for p in self.patterns if not p.blocking)

    def by_type(self, type_: str) -> list[Pattern]:
        return [p for p in self.patterns if p.type == type_]

    def blocking(self) -> list[Pattern]:
        """The blocking rows (type ``-``)."""
        return [p for p in self.patterns if p.blocking]


def best_match(matches: Sequence[object]) -> tuple[str, str]:
    """The type and the object column of the best of ``matches`` (ranked first), or
    ``("", "")`` when there is none: what the sense rules test a verb's reading by."""
    if not matches:
        return "", ""
    return str(getattr(matches[0], "type", "")), str(getattr(matches[0], "object", "-"))


def _ranked(rows: list[Pattern]) -> list[Pattern]:
    order = {id(p): i for i, p in enumerate(rows)}
    return sorted(rows, key=lambda p: (-p.specificity, -p.priority, -p.confidence, order[id(p)]))


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
