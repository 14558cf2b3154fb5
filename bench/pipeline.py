"""Benchmark: bare spaCy against dateline's whole pipeline, and each stage alone.

    .venv/bin/python bench/pipeline.py [--articles 2000] [--workers 1] [--batch-size 32]

Reads the Reuters-21578 corpus from ../shared/corpus (the first N articles with a body),
times on the same texts: bare ``nlp.pipe`` with the same model and batch size; dateline's
pipeline without the store; and the whole path from file to stored events (ingest into a
temporary DuckDB file). Prints articles/s, words/s, the ratio to bare spaCy, the time share
of each stage, and peak memory (RSS) of this process, with the machine and versions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / ".." / "shared" / "corpus" / "reuters21578.jsonl"


def _peak_rss_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, kids_kb) / 1024


def _load(n: int) -> list[dict]:
    rows = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("body") and r.get("date"):
                rows.append({"id": f"reuters-{r['id']}", "date": r["date"][:10],
                             "title": r.get("title"), "text": r["body"]})
                if len(rows) >= n:
                    break
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--partition-size", type=int, default=256,
                    help="articles per Dask partition (as `dateline ingest`)")
    args = ap.parse_args()
    if not CORPUS.is_file():
        sys.exit(f"corpus not found: {CORPUS}")

    import duckdb
    import spacy

    import dateline
    from dateline.executors import make_executor
    from dateline.ingest import ingest, ingest_dataset
    from dateline.nlp import load_nlp
    from dateline.readers import read_path
    from dateline.store import Store

    rows = _load(args.articles)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, {platform.system()} "
          f"{platform.release()}; python {platform.python_version()}")
    print(f"versions: dateline {dateline.__version__}, spacy {spacy.__version__}, "
          f"duckdb {duckdb.__version__}")
    print(f"corpus: {len(rows)} Reuters-21578 articles, {words:,} words; "
          f"engine {args.engine}, workers {args.workers}, batch size {args.batch_size}")

    nlp = load_nlp()
    t = time.perf_counter()
    n_process = args.workers
    for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=n_process):
        pass
    bare = time.perf_counter() - t
    print(f"bare spaCy nlp.pipe:      {len(texts) / bare:8.1f} articles/s "
          f"{words / bare:10.0f} words/s")

    articles = [dateline.Article(id=r["id"], published=date.fromisoformat(r["date"]),
                                 text=r["text"]) for r in rows]
    from dateline.pipeline import Pipeline

    if args.workers == 1:
        pipe = Pipeline(nlp=nlp, batch_size=args.batch_size)
        t = time.perf_counter()
        n_events = sum(len(res.events) for res in pipe.process(articles))
        whole = time.perf_counter() - t
        print(f"dateline pipeline:        {len(texts) / whole:8.1f} articles/s "
              f"{words / whole:10.0f} words/s  ratio to bare spaCy {bare / whole:.2f}  "
              f"({n_events} events)")
        total = sum(pipe.timings.values())
        shares = ", ".join(f"{k} {v / total:.1%} ({v:.1f}s)" for k, v in pipe.timings.items())
        print(f"stage shares:             {shares}")

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
        executor = make_executor(args.workers, batch_size=args.batch_size, engine=args.engine)
        t = time.perf_counter()
        with Store(Path(tmp) / "bench.duckdb") as store:
            if args.engine == "dask":  # as `dateline ingest --engine dask`: workers write
                summary = ingest_dataset(read_path(src), store, executor,  # Parquet
                                         Path(tmp) / "parts", partition_size=args.partition_size)
            else:
                summary = ingest(read_path(src), store, executor)
        end_to_end = time.perf_counter() - t
    print(f"file -> stored events:    {len(texts) / end_to_end:8.1f} articles/s "
          f"{words / end_to_end:10.0f} words/s  ratio to bare spaCy {bare / end_to_end:.2f}  "
          f"({summary.line()})")
    print(f"peak RSS (largest process): {_peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
