"""TempEval-3 task A scoring of TIMEX3 recognition and normalisation.

Measures (UzZaman et al. 2013): strict and relaxed extent precision/recall/F1, type and
value accuracy over relaxed matches, and attribute F1 = relaxed F1 x attribute accuracy.
A system expression and a gold one match strictly when their extents are identical and
relaxedly when they overlap; each gold expression is matched at most once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = ["Span", "Scores", "score_document", "score_corpus"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Scores:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[tuple[str, Span | None, Span | None]] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_ok += other.type_ok
        self.value_ok += other.value_ok
        self.errors.extend(other.errors)

    @staticmethod
    def _prf(hit: int, system: int, gold: int) -> tuple[float, float, float]:
        p = hit / system if system else 0.0
        r = hit / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict, self.system, self.gold)

    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed, self.system, self.gold)

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        return self.relaxed_prf()[2] * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed_prf()[2] * self.value_accuracy


def _overlap(a: Span, b: Span) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def score_document(gold: Sequence[Span], system: Sequence[Span]) -> Scores:
    """Match ``system`` to ``gold`` one-to-one (exact extents first, then largest overlap)."""
    sc = Scores(gold=len(gold), system=len(system))
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    exact = {(g.start, g.end): i for i, g in enumerate(gold)}
    used_s: set[int] = set()
    for j, s in enumerate(system):
        i = exact.get((s.start, s.end))
        if i is not None and i not in used_g:
            used_g.add(i)
            used_s.add(j)
            pairs.append((i, j))
            sc.strict += 1
    cand = sorted(
        (
            (_overlap(g, s), i, j)
            for i, g in enumerate(gold)
            for j, s in enumerate(system)
            if i not in used_g and j not in used_s and _overlap(g, s) > 0
        ),
        reverse=True,
    )
    for _, i, j in cand:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        pairs.append((i, j))
    sc.relaxed = len(pairs)
    for i, j in pairs:
        g, s = gold[i], system[j]
        sc.type_ok += g.type == s.type
        sc.value_ok += g.value == s.value
        if g.value != s.value or g.type != s.type:
            sc.errors.append(("value", g, s))
    for i, g in enumerate(gold):
        if i not in used_g:
            sc.errors.append(("missed", g, None))
    for j, s in enumerate(system):
        if j not in used_s:
            sc.errors.append(("spurious", None, s))
    return sc


def score_corpus(docs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> Scores:
    total = Scores()
    for gold, system in docs:
        total.add(score_document(gold, system))
    return total
