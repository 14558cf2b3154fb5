"""Pairwise cluster scoring.

Each predicted mention is matched to a gold event of its article (same type, and the
predicted parties include at least min(2, |gold parties|) of the gold parties). Over the
matched mentions, a pair is positive in the prediction when both are in the same cluster,
and in the gold when both are mentions of the same gold event.

    precision = |pred pairs & gold pairs| / |pred pairs|
    recall    = |pred pairs & gold pairs| / |gold pairs|
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

__all__ = ["PairScore", "match_gold", "pairwise"]


@dataclass(frozen=True)
class PairScore:
    precision: float
    recall: float
    f1: float
    pred_pairs: int
    gold_pairs: int
    shared_pairs: int


def match_gold(article_id: str, type_: str, parties: Iterable[str],
               gold: Mapping[str, Sequence[Mapping[str, object]]]) -> str | None:
    """The gold event id this predicted mention reports, or None."""
    got = set(parties)
    for g in gold.get(article_id, ()):
        gp = set(g["parties"])  # type: ignore[arg-type]
        if g["type"] == type_ and len(got & gp) >= min(2, len(gp)):
            return str(g["event"])
    return None


def _pairs(labels: Mapping[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for item, label in labels.items():
        groups.setdefault(label, []).append(item)
    out: set[tuple[str, str]] = set()
    for items in groups.values():
        out.update(combinations(sorted(items), 2))
    return out


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> PairScore:
    """``predicted``: mention -> cluster; ``gold``: mention -> gold event (the same
    mentions)."""
    p, g = _pairs(predicted), _pairs(gold)
    shared = len(p & g)
    precision = shared / len(p) if p else 1.0
    recall = shared / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScore(precision, recall, f1, len(p), len(g), shared)
