"""TempEval-3 task A figures for dateline's TIMEX3 recogniser on the shared TimeML data.

    python eval/timex.py [--data DIR] [--errors N] [--classes] [--share N]

Reads ``*.timex3.jsonl`` (``{doc_id, dct, text, timex3: [{start, end, type, value}]}``),
runs ``dateline.time.find_timexes`` on each text with its document creation time, and
prints strict/relaxed extent P/R/F1, type and value accuracy, value F1 and throughput.
``--classes`` sorts the remaining value errors, misses and spurious expressions into rough
classes (gold placeholders, week conventions, parts of day, ...) with counts.
``--share N`` also parses the first N bodies of the bundled Reuters corpus with spaCy and
reports the time stage's cost (``EventDater`` construction and dating every verb and event
noun) as a share of parse + time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dateline.time import find_timexes  # noqa: E402
from timex_score import Scores, Span, score_corpus, score_document  # noqa: E402

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DEFAULT_DATA = SHARED / "gold" / "tempeval3"
CORPUS = SHARED / "corpus" / "reuters21578.jsonl"


def load(data: Path) -> list[dict]:
    docs = []
    for f in sorted(data.glob("*.timex3.jsonl")):
        with f.open(encoding="utf-8") as fh:
            docs.extend(json.loads(line) for line in fh if line.strip())
    return docs


def evaluate(docs: list[dict]) -> tuple[Scores, int, float]:
    pairs = []
    n_found = 0
    elapsed = 0.0
    for d in docs:
        dct = date.fromisoformat(d["dct"][:10])
        t0 = time.perf_counter()
        found = find_timexes(d["text"], dct, include_periods=False)
        elapsed += time.perf_counter() - t0
        n_found += len(found)
        gold = [Span(g["start"], g["end"], g["type"], g["value"]) for g in d["timex3"]]
        system = [Span(t.start, t.end, t.type, t.value) for t in found]
        pairs.append((gold, system))
    return score_corpus(pairs), n_found, elapsed


def _errors(d: dict) -> list[tuple[str, Span | None, Span | None]]:
    """The scoring errors of one document: (kind, gold span, system span)."""
    found = find_timexes(d["text"], date.fromisoformat(d["dct"][:10]), include_periods=False)
    gold = [Span(g["start"], g["end"], g["type"], g["value"]) for g in d["timex3"]]
    system = [Span(t.start, t.end, t.type, t.value) for t in found]
    return list(score_document(gold, system).errors)


def error_lines(docs: list[dict]) -> list[str]:
    """One line per error: kind, DCT, document, gold and system text/type/value, context."""
    out = []
    for d in docs:
        text = d["text"]
        for kind, g, s in _errors(d):
            sp = g or s
            assert sp is not None
            ctx = text[max(0, sp.start - 50) : sp.end + 30].replace("\n", " ")
            gs = f"gold {text[g.start : g.end]!r} {g.type} {g.value}" if g else "gold -"
            ss = f"system {text[s.start : s.end]!r} {s.type} {s.value}" if s else "system -"
            out.append(f"{kind}\t{d['dct'][:10]}\t{d['doc_id']}\t{gs}\t{ss}\t| {ctx}")
    return out


_VAGUE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
_DAY_PART = re.compile(r"night|morning|evening|afternoon", re.IGNORECASE)


def error_class(kind: str, g: Span | None, s: Span | None, text: str) -> str:
    """A rough class for one scoring error, by the shape of the gold and system values."""
    if g is None:
        assert s is not None
        if s.value in _VAGUE:
            return "spurious: now / current / recently / soon / future"
        if s.type == "SET":
            return "spurious: rates and sets ('$2 million a year', 'annually')"
        if s.type == "DURATION":
            return "spurious: durations the annotators left out"
        return "spurious: dates the annotators left out"
    if s is None:
        return (
            "missed: vague (future, recent, previously, already)"
            if g.value in _VAGUE
            else "missed: other"
        )
    gt, gv, sv = text[g.start : g.end], g.value, s.value
    if gv == sv:
        return "type only"
    if re.search(r"^\d{4}-XX|^\d{3}X$|^\d{4}-QX$", gv):
        return "value: gold placeholder though the text fixes it (1949-XX, 199X, 1989-QX)"
    if (
        "WXX" in gv
        or re.fullmatch(r"\d{4}-W\d", gv)
        or ("week" in gt.lower() and re.fullmatch(r"\d{4}-\d\d", gv))
    ):
        return "value: week convention (WXX, unpadded W7, a month for 'last week')"
    if gv[:10] == sv[:10] and len(gv) >= 10 and _DAY_PART.search(text[s.start : s.end]):
        return "value: part of day (TNI/TEV/TMO) vs a bare date"
    if _WEEKDAY.search(gt) and re.match(r"\d{4}-\d\d-\d\d", gv):
        return "value: weekday counted from another day than the DCT"
    if gv in _VAGUE or sv in _VAGUE:
        return "value: vague reference vs vague duration ('recent years' PAST_REF/PXY)"
    if gv.startswith("P") != sv.startswith("P"):
        return "value: duration vs date ('about two years ago' P2Y, 'the quarter' P1Q)"
    if re.search(r"Q\d|QX", gv + sv) or re.search(r"year.(?:ago|earlier)|last year", gt, re.I):
        return "value: earnings-report frame (year-ago quarter, year or day)"
    return "value: other (mostly one-off gold errors: '13 years' P12Y, 'Sept. 27' 11-27)"


def error_classes(docs: list[dict]) -> Counter[str]:
    out: Counter[str] = Counter()
    for d in docs:
        for kind, g, s in _errors(d):
            out[error_class(kind, g, s, d["text"])] += 1
    return out


def stage_share(n: int) -> tuple[int, int, float, float]:
    """(articles, events dated, parse seconds, time-stage seconds) on n Reuters bodies."""
    from dateline.nlp import load_nlp
    from dateline.time import EventDater

    arts: list[tuple[str, date]] = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("body"):
                arts.append((r["body"], date.fromisoformat(r["date"][:10])))
            if len(arts) >= n:
                break
    nlp = load_nlp()
    t0 = time.perf_counter()
    docs = list(nlp.pipe([a for a, _ in arts], batch_size=32))
    parse = time.perf_counter() - t0
    n_events = 0
    t0 = time.perf_counter()
    for doc, (_, published) in zip(docs, arts, strict=True):
        dater = EventDater(doc, published)
        for tok in doc:
            if tok.pos_ == "VERB" or (tok.pos_ == "NOUN" and tok.lemma_ in ("visit", "talks")):
                dater.date(tok)
                n_events += 1
    stage = time.perf_counter() - t0
    return len(arts), n_events, parse, stage


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors")
    ap.add_argument("--classes", action="store_true", help="count the errors by class")
    ap.add_argument(
        "--share",
        type=int,
        default=0,
        help="also time the stage against spaCy parsing on N Reuters articles",
    )
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    docs = load(args.data)
    sc, n_found, elapsed = evaluate(docs)
    sp, sr, sf = sc.strict_prf()
    rp, rr, rf = sc.relaxed_prf()
    print(f"TempEval-3 task A on {len(docs)} documents, {sc.gold} gold TIMEX3 ({args.data})")
    print(f"strict  extent  P {100 * sp:5.1f}  R {100 * sr:5.1f}  F1 {100 * sf:5.1f}")
    print(f"relaxed extent  P {100 * rp:5.1f}  R {100 * rr:5.1f}  F1 {100 * rf:5.1f}")
    print(f"type  accuracy {100 * sc.type_accuracy:5.1f}   type  F1 {100 * sc.type_f1:5.1f}")
    print(f"value accuracy {100 * sc.value_accuracy:5.1f}   value F1 {100 * sc.value_f1:5.1f}")
    rate = n_found / elapsed if elapsed else 0.0
    print(
        f"throughput: {n_found} expressions in {elapsed:.3f} s = {rate:,.0f} expressions/s "
        f"({sum(len(d['text']) for d in docs) / elapsed / 1e6:.2f} M chars/s)"
    )
    if args.errors:
        for line in error_lines(docs)[: args.errors]:
            print(line)
    if args.classes:
        for name, n in error_classes(docs).most_common():
            print(f"{n:5d}  {name}")
    if args.share:
        if not CORPUS.is_file():
            print(f"no corpus at {CORPUS}", file=sys.stderr)
            return 2
        n_art, n_ev, parse, stage = stage_share(args.share)
        print(
            f"pipeline share on {n_art} Reuters articles: spaCy parse {parse:.2f} s, "
            f"time stage {stage:.2f} s ({n_ev} triggers dated) = "
            f"{100 * stage / (parse + stage):.1f}% of parse + time"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
