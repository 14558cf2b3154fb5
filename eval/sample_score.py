"""Scoring dateline on its bundled sample corpus against eval/gold/sample_events.jsonl.

The gold lists, per article, the events a careful analyst codes: dateline type, source and
target country labels (lists for several parties; ``joint`` for a joint act), modality and
the date interval. Scoring, per article: the set of (source, type, target) triples (types
folded to PLOVER 2.0, joint acts as ordered pairs, a missing target as None) of all gold
events against those of all predicted events, negated and denied ones included (modality is
scored separately). Each gold event is then matched to at most one predicted event of the
same type sharing a party; on matched events, modality accuracy and whether the predicted
date interval lies within the gold interval.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from dateline.events.cameo import plover2_type  # noqa: E402
from event_score import PRF, PredEvent  # noqa: E402

__all__ = ["GOLD", "SAMPLE", "DateMiss", "SampleScores", "load_sample_gold", "main",
           "sample_articles", "score_sample", "score_sample_predictions"]

GOLD = REPO / "eval" / "gold" / "sample_events.jsonl"
SAMPLE = REPO / "src" / "dateline" / "data" / "sample"
Runner = Callable[[str, str, date], list[PredEvent]]


def _parties(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def event_triples(type_: str, sources: Iterable[str], targets: Iterable[str],
                  joint: bool) -> set[tuple[str, str, str | None]]:
    t = plover2_type(type_)
    src, tgt = sorted(set(sources)), sorted(set(targets))
    if joint and len(src) > 1 and not tgt:
        return {(a, t, b) for a in src for b in src if a != b}
    return {(a, t, b) for a in (src or ["---"]) for b in (tgt or [None])}


def load_sample_gold(path: Path = GOLD) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = list(rec.get("events") or [])
    return out


def sample_articles(folder: Path = SAMPLE) -> list[Any]:
    """The good sample articles (articles.jsonl, articles.csv, texts/), via the readers."""
    from dateline.readers import read_path
    from dateline.types import Article

    items: list[Any] = []
    for name in ("articles.jsonl", "articles.csv", "texts"):
        items.extend(i for i in read_path(folder / name) if isinstance(i, Article))
    return items


@dataclass(frozen=True)
class DateMiss:
    """A matched event whose predicted interval is not within the gold interval."""

    article: str
    gold_trigger: str
    gold: tuple[str, str]
    predicted: tuple[str, str]
    trigger_start: int  # the predicted event's trigger offsets in the article text
    trigger_end: int


@dataclass
class SampleScores:
    articles: int = 0
    gold_events: int = 0
    pred_events: int = 0
    type_only: PRF = field(default_factory=PRF)
    triple: PRF = field(default_factory=PRF)
    matched: int = 0
    modality_correct: int = 0
    date_correct: int = 0
    date_misses: list[DateMiss] = field(default_factory=list)

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.matched if self.matched else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_correct / self.matched if self.matched else 0.0


def score_sample_predictions(gold: dict[str, list[dict[str, Any]]],
                             predictions: dict[str, list[PredEvent]]) -> SampleScores:
    s = SampleScores()
    for aid, gevents in gold.items():
        preds = predictions.get(aid, [])
        s.articles += 1
        s.gold_events += len(gevents)
        s.pred_events += len(preds)
        s.type_only.add({plover2_type(g["type"]) for g in gevents},
                        {plover2_type(p.type) for p in preds})
        gt: set[tuple[str, str, str | None]] = set()
        for g in gevents:
            gt |= event_triples(g["type"], _parties(g.get("source")),
                                _parties(g.get("target")), bool(g.get("joint")))
        pt: set[tuple[str, str, str | None]] = set()
        for p in preds:
            pt |= event_triples(p.type, p.sources, p.targets, p.joint)
        s.triple.add(gt, pt)
        used: set[int] = set()
        for g in gevents:
            parties = set(_parties(g.get("source"))) | set(_parties(g.get("target")))
            for i, p in enumerate(preds):
                if i in used or plover2_type(p.type) != plover2_type(g["type"]):
                    continue
                if parties and not parties & (set(p.sources) | set(p.targets)):
                    continue
                used.add(i)
                s.matched += 1
                s.modality_correct += p.modality == g.get("modality", "asserted")
                lo, hi = (g.get("date") or ["", ""])[:2]
                ok = bool(lo and p.date_start and lo <= p.date_start and p.date_end <= hi)
                s.date_correct += ok
                if not ok:
                    s.date_misses.append(DateMiss(aid, str(g.get("trigger") or ""), (lo, hi),
                                                  (p.date_start, p.date_end),
                                                  p.trigger_start, p.trigger_end))
                break
    return s


def score_sample(run: Runner, gold_path: Path = GOLD) -> SampleScores | None:
    """Run ``run(id, text, published)`` on every sample article and score it."""
    if not gold_path.is_file():
        return None
    gold = load_sample_gold(gold_path)
    predictions = {a.id: run(a.id, a.text, a.published) for a in sample_articles()}
    return score_sample_predictions(gold, predictions)


def main() -> int:
    """Print the sample figures and every date miss (gold vs predicted interval, with the
    predicted event's sentence): ``.venv/bin/python eval/sample_score.py``."""
    from dateline import extract
    from dateline.types import Article
    from event_score import pred_from_event

    texts = {a.id: a.text for a in sample_articles()}

    def run(aid: str, text: str, published: date) -> list[PredEvent]:
        return [pred_from_event(e) for e in extract(Article(id=aid, published=published,
                                                            text=text))]

    s = score_sample(run)
    if s is None:
        print(f"{GOLD} not found")
        return 2
    print(f"date within gold interval on matched events  {s.date_accuracy:.3f} "
          f"({s.date_correct}/{s.matched})")
    for m in s.date_misses:
        text = texts.get(m.article, "")
        a = text.rfind("\n", 0, max(0, m.trigger_start)) + 1
        a = max(a, m.trigger_start - 160)
        b = text.find("\n", m.trigger_end)
        b = min(b if b >= 0 else len(text), m.trigger_end + 120)
        snippet = (text[a:m.trigger_start] + "[" + text[m.trigger_start:m.trigger_end] + "]"
                   + text[m.trigger_end:b]).replace("\n", " ")
        print(f"{m.article} gold {m.gold_trigger!r} {m.gold[0]}..{m.gold[1]}  "
              f"predicted {m.predicted[0]}..{m.predicted[1]}")
        print(f"    {snippet}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
