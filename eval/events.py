"""Events evaluation: dateline.extract against the PLOVER and PETRARCH2 gold standards.

    .venv/bin/python eval/events.py            # both suites + the bundled sample corpus
    .venv/bin/python eval/events.py --suite plover --errors 20
    .venv/bin/python eval/events.py --suite reuters-political  # one suite (see --help)

Matching rules are documented in eval/event_score.py. Each gold sentence is one Article
(published = the record's date, or 2000-01-01), run through ``dateline.extract``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = (REPO / ".." / "shared").resolve()
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))

from dateline import extract  # noqa: E402
from dateline.types import Article  # noqa: E402
from event_score import (  # noqa: E402
    PredEvent,
    choose_event,
    future_type,
    load_petrarch_gold,
    load_plover_gold,
    petrarch_triples,
    pred_from_event,
    score_petrarch,
    score_plover,
)
from reuters_score import DEV_GOLD, POLITICAL_GOLD, score_reuters  # noqa: E402
from reuters_score import GOLD as REUTERS_GOLD  # noqa: E402
from reuters_score import report as reuters_report  # noqa: E402
from sample_score import score_sample  # noqa: E402

PLOVER = SHARED / "gold" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
PETRARCH = SHARED / "gold" / "petrarch2_gsr" / "PETR2_GSR_validation.flat.jsonl"


class Timer:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.events = 0
        self.sentences = 0

    def run(self, article_id: str, text: str, published: date) -> list[PredEvent]:
        t = time.perf_counter()
        events = extract(Article(id=article_id, published=published, text=text))
        self.seconds += time.perf_counter() - t
        self.events += len(events)
        self.sentences += 1
        return [pred_from_event(e) for e in events]


def _date(value: str) -> date:
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) == 8:
        try:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            pass
    return date(2000, 1, 1)


def run_plover(timer: Timer, errors: int) -> None:
    gold = load_plover_gold(PLOVER)
    preds = [timer.run(g.id, g.text, date(2000, 1, 1)) for g in gold]
    s = score_plover(gold, preds)
    print(f"== plover_gsr: {s.n} records ({s.with_any_event} with a scored event)")
    print(f"event type accuracy   {s.accuracy:.3f}  ({s.correct}/{s.n})")
    print(f"event type macro-F1   {s.macro_f1:.3f}")
    print(f"source country        {s.source.line()}")
    print(f"target country        {s.target.line()}")
    print(f"actor country/sector  {s.sector.line()}")
    print(f"strict triple         {s.triple.line()}")
    print("per type (PLOVER 2.0 types; gold n):")
    gold_n = {t: sum(v for (g, _), v in s.confusion.items() if g == t) for t in s.per_type}
    for t in sorted(s.per_type):
        prf = s.per_type[t]
        print(f"  {t:<10} n={gold_n.get(t, 0):<3} P {prf.precision:.2f}  R {prf.recall:.2f}  "
              f"F1 {prf.f1:.2f}")
    if errors:
        print(f"first {errors} type errors (gold -> predicted):")
        shown = 0
        for g, p in zip(gold, preds, strict=True):
            chosen = choose_event(p, g.evt_spans)
            ptype = future_type(chosen.type, chosen.modality, chosen.cameo) if chosen else "NONE"
            if ptype != g.type and shown < errors:
                shown += 1
                print(f"  {g.id}: {g.type} -> {ptype} | {g.text[:110]}")


def run_petrarch(timer: Timer, errors: int) -> None:
    gold = load_petrarch_gold(PETRARCH)
    preds = [timer.run(g.id, g.text, _date(g.date)) for g in gold]
    s = score_petrarch(gold, preds)
    n_events = sum(len(g.triples) for g in gold)
    print(f"== petrarch2_gsr: {s.n} sentences, {n_events} gold events")
    print(f"(source, target, code) triple   {s.code.line()}")
    print(f"root-code triple                {s.root.line()}")
    print(f"coded as PETRARCH2 expects: {s.exact_sentences}/{s.n} sentences (full code), "
          f"{s.root_sentences}/{s.n} (root code)")
    if errors:
        print(f"first {errors} sentences not coded as expected (root level):")
        shown = 0
        for g, p in zip(gold, preds, strict=True):
            got = petrarch_triples(p)
            if {(a, b, c[:2]) for a, b, c in got} != {(a, b, c[:2]) for a, b, c in g.triples}:
                if shown < errors:
                    shown += 1
                    print(f"  {g.id}: gold {sorted(g.triples)} got {sorted(got)}")


def run_sample(timer: Timer) -> None:
    s = score_sample(timer.run)
    if s is None:
        print("== sample corpus: eval/gold/sample_events.jsonl not found")
        return
    print(f"== bundled sample corpus: {s.articles} articles, {s.gold_events} gold events, "
          f"{s.pred_events} predicted")
    print(f"type                  {s.type_only.line()}")
    print(f"(source, type, target) {s.triple.line()}")
    print(f"modality accuracy on matched events  {s.modality_accuracy:.3f} "
          f"({s.modality_correct}/{s.matched})")
    print(f"date within gold interval on matched events  {s.date_accuracy:.3f} "
          f"({s.date_correct}/{s.matched})")


def run_reuters(timer: Timer, gold: Path = REUTERS_GOLD, name: str = "reuters") -> None:
    """40 real Reuters-21578 articles (eval/gold/README.md): a random sample, mostly without
    a political event, or (``reuters-political``, ``reuters-dev``) samples of articles with
    political words; reuters-dev is for development."""
    s = score_reuters(timer.run, gold)
    if s is None:
        print(f"== {name}: {gold.name} or the Reuters corpus not found")
        return
    print("\n".join(reuters_report(s, name)))


def _use_dictionaries(paths: list[str]) -> None:
    """Make the default pipeline code actors with imported world knowledge."""
    import duckdb

    import dateline.pipeline as pipeline
    from dateline.actors import ActorCoder
    from dateline.actors.dictionary import import_dictionary
    from dateline.actors.registry import load_knowledge

    con = duckdb.connect()
    for p in paths:
        files = sorted((SHARED / "gold" / "petrarch2_unittest").glob("Phoenix.*.actors.txt")) \
            if p == "phoenix" else [Path(p)]
        for f in files:
            n = import_dictionary(con, f)
            print(f"imported {n} actors from {f.name}")
    pipeline._DEFAULT = pipeline.Pipeline(actor_coder=ActorCoder(load_knowledge(con)))
    con.close()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suite", choices=("all", "plover", "petrarch", "sample", "reuters",
                                            "reuters-political", "reuters-dev"),
                    default="all")
    ap.add_argument("--errors", type=int, default=0, help="show this many errors per suite")
    ap.add_argument("--dictionary", action="append", default=[], metavar="PATH",
                    help="import an actor dictionary as world knowledge first (as "
                         "'dateline actors import' does); 'phoenix' for the Phoenix "
                         "dictionaries in ../shared/gold/petrarch2_unittest")
    args = ap.parse_args(argv)
    if args.dictionary:
        _use_dictionaries(args.dictionary)
    needs_shared = args.suite in ("all", "plover", "petrarch")
    if needs_shared and not SHARED.is_dir():
        print(f"shared data not found at {SHARED}", file=sys.stderr)
        return 2
    extract(Article(id="warmup", published=date(2000, 1, 1), text="Warm up."))  # load once
    timers: dict[str, Timer] = {}
    if args.suite in ("all", "plover"):
        run_plover(timers.setdefault("plover_gsr", Timer()), args.errors)
    if args.suite in ("all", "petrarch"):
        run_petrarch(timers.setdefault("petrarch2_gsr", Timer()), args.errors)
    if args.suite in ("all", "sample"):
        run_sample(timers.setdefault("sample corpus", Timer()))
    if args.suite in ("all", "reuters"):
        run_reuters(timers.setdefault("reuters", Timer()))
    if args.suite in ("all", "reuters-political"):
        run_reuters(timers.setdefault("reuters-pol", Timer()), POLITICAL_GOLD,
                    "reuters-political")
    if args.suite == "reuters-dev":  # development data: not in the reported figures
        run_reuters(timers.setdefault("reuters-dev", Timer()), DEV_GOLD, "reuters-dev")
    print("== speed (dateline.extract, one article at a time, model loaded once)")
    for name, timer in timers.items():
        if timer.seconds:
            print(f"  {name:<14} {timer.sentences} texts, {timer.events} events in "
                  f"{timer.seconds:.1f}s: {timer.sentences / timer.seconds:.1f} texts/s, "
                  f"{timer.events / timer.seconds:.1f} events/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
