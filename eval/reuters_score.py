"""Scoring dateline on real news: two sets of 40 Reuters-21578 articles.

The gold (guideline in eval/gold/README.md) lists, per article, the political events it
reports: eval/gold/reuters_events.jsonl is a random sample (mostly business news, most
articles report none: it measures false events); eval/gold/reuters_political_events.jsonl
is drawn from articles with political words (ministers, talks, troops ...: it measures
recall and arguments on political wire news). Those two are hold-outs: report them, never
develop on their errors. eval/gold/reuters_political_dev.jsonl is a third such sample for
development: read its errors freely. The article text is
rebuilt from the shared corpus (``../shared/corpus/reuters21578.jsonl``) as
``title + ".\\n" + body``, the way the audit scripts feed it to ``dateline.extract``.

Scoring, per article (as the sample-corpus scorer, eval/sample_score.py): the set of PLOVER
2.0 types and the set of (source, type, target) triples of the gold events against those of
the predicted events; negated and denied predictions are not events (PLOVER). Besides
micro P/R/F1 it reports per-type P/R/F1, the number of predicted events, and how many
articles without a gold event get at least one (the false-alarm rate that matters most on
ordinary news).

    .venv/bin/python eval/reuters_score.py [--political | --dev] [--errors]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from dateline.events.cameo import plover2_type  # noqa: E402
from event_score import PRF, UNSCORED_MODALITIES, PredEvent  # noqa: E402
from sample_score import SampleScores, score_sample_predictions  # noqa: E402

__all__ = ["CORPUS", "DEV_GOLD", "GOLD", "POLITICAL_GOLD", "ReutersScores", "load_reuters_gold",
           "main", "report", "reuters_texts", "score_reuters", "score_reuters_predictions"]

GOLD = REPO / "eval" / "gold" / "reuters_events.jsonl"
POLITICAL_GOLD = REPO / "eval" / "gold" / "reuters_political_events.jsonl"
DEV_GOLD = REPO / "eval" / "gold" / "reuters_political_dev.jsonl"
CORPUS = (REPO / ".." / "shared" / "corpus" / "reuters21578.jsonl").resolve()
Runner = Callable[[str, str, date], list[PredEvent]]


def load_reuters_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    """The gold records in file order: {"id", "published", "title", "events": [...]}."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def reuters_texts(ids: set[str], corpus: Path = CORPUS) -> dict[str, str]:
    """Article text (title + ".\\n" + body) of the corpus records with these ids."""
    out: dict[str, str] = {}
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            rid = str(rec["id"])
            if rid in ids:
                out[rid] = str(rec.get("title") or "") + ".\n" + str(rec.get("body") or "")
    return out


@dataclass
class ReutersScores:
    sample: SampleScores
    per_type: dict[str, PRF] = field(default_factory=dict)
    quiet_articles: int = 0  # articles without a gold event
    quiet_with_events: int = 0  # ... of which dateline gives at least one event

    @property
    def type_only(self) -> PRF:
        return self.sample.type_only

    @property
    def triple(self) -> PRF:
        return self.sample.triple


def score_reuters_predictions(gold: list[dict[str, Any]],
                              predictions: dict[str, list[PredEvent]]) -> ReutersScores:
    kept = {aid: [p for p in ps if p.modality not in UNSCORED_MODALITIES]
            for aid, ps in predictions.items()}
    by_id = {str(g["id"]): list(g.get("events") or []) for g in gold}
    s = ReutersScores(sample=score_sample_predictions(by_id, kept))
    for aid, gevents in by_id.items():
        gtypes = {plover2_type(g["type"]) for g in gevents}
        ptypes = {plover2_type(p.type) for p in kept.get(aid, [])}
        for t in gtypes | ptypes:
            s.per_type.setdefault(t, PRF()).add({t} & gtypes, {t} & ptypes)
        if not gevents:
            s.quiet_articles += 1
            s.quiet_with_events += bool(ptypes)
    return s


def score_reuters(run: Runner, gold_path: Path = GOLD,
                  corpus: Path = CORPUS) -> ReutersScores | None:
    """Run ``run(id, text, published)`` on every gold article and score it (None when the
    gold or the corpus is missing)."""
    if not gold_path.is_file() or not corpus.is_file():
        return None
    gold = load_reuters_gold(gold_path)
    texts = reuters_texts({str(g["id"]) for g in gold}, corpus)
    preds = {str(g["id"]): run(str(g["id"]), texts[str(g["id"])],
                               date.fromisoformat(g["published"])) for g in gold}
    return score_reuters_predictions(gold, preds)


def report(s: ReutersScores, name: str = "reuters") -> list[str]:
    """The printed figures, one line each."""
    lines = [f"== {name}: {s.sample.articles} articles, {s.sample.gold_events} gold events, "
             f"{s.sample.pred_events} predicted (negated/denied not counted)",
             f"type                  {s.type_only.line()}",
             f"(source, type, target) {s.triple.line()}",
             f"articles without a gold event given one: {s.quiet_with_events}/"
             f"{s.quiet_articles}",
             "per type (article level):"]
    for t in sorted(s.per_type):
        prf = s.per_type[t]
        lines.append(f"  {t:<10} P {prf.precision:.2f}  R {prf.recall:.2f}  F1 {prf.f1:.2f}  "
                     f"(tp {prf.tp}, fp {prf.fp}, fn {prf.fn})")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the figures; ``--errors`` also prints every predicted event."""
    from dateline import extract
    from dateline.types import Article
    from event_score import pred_from_event

    args = sys.argv[1:] if argv is None else argv
    shown: list[str] = []

    def run(aid: str, text: str, published: date) -> list[PredEvent]:
        events = extract(Article(id=aid, published=published, text=text))
        for e in events:
            shown.append(f"  {aid}: {e.type} {e.cameo} {e.modality} {e.trigger!r} "
                         f"S={[a.text for a in e.sources]} T={[a.text for a in e.targets]}")
        return [pred_from_event(e) for e in events]

    name, gold = (("reuters-political", POLITICAL_GOLD) if "--political" in args
                  else ("reuters-dev", DEV_GOLD) if "--dev" in args else ("reuters", GOLD))
    s = score_reuters(run, gold)
    if s is None:
        print(f"{gold} or {CORPUS} not found")
        return 2
    print("\n".join(report(s, name)))
    if "--errors" in args:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
