"""Benchmark: time to update clusters when 1,000 articles are added to a store of 10,000.

    .venv/bin/python bench/clusters.py [--base 10000] [--added 1000] [--events-per-article 3]

Builds a store of synthetic event mentions (random types, parties among 60 countries,
dates over two years, several reports per real event), clusters it, then adds more
articles and times the incremental ``update_clusters`` alone. No NLP: this measures the
clustering stage.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb

from dateline.store import Store
from dateline.types import Actor, Article, Event, EventDate

TYPES = ["CONSULT", "AGREE", "ACCUSE", "ASSAULT", "PROTEST", "AID", "SANCTION", "THREATEN"]
COUNTRIES = [f"C{i:02d}" for i in range(60)]


def _articles(rng: random.Random, n: int, start_id: int, per: int) -> list[tuple]:
    out = []
    base = date(2020, 1, 1)
    for i in range(start_id, start_id + n):
        day = base + timedelta(days=rng.randrange(730))
        events = []
        for k in range(per):
            t = rng.choice(TYPES)
            a, b = rng.sample(COUNTRIES[:20] if rng.random() < 0.5 else COUNTRIES, 2)
            text = f"article {i} event {k}"
            events.append(Event(
                article_id=f"a{i}", type=t, mode=None, context=(), cameo=None,
                sources=(Actor(a, 0, 3, name=a, country=a),),
                targets=(Actor(b, 4, 7, name=b, country=b),), modality="asserted",
                trigger="x", trigger_start=k, trigger_end=k + 1, sentence=text,
                sentence_start=0, sentence_end=len(text),
                date=EventDate(day - timedelta(days=rng.randrange(3)), day, "day",
                               "explicit"), rule="bench", confidence=1.0))
        out.append((Article(f"a{i}", day, f"synthetic article {i}", source=f"s{i % 50}"),
                    events))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=int, default=10_000)
    ap.add_argument("--added", type=int, default=1_000)
    ap.add_argument("--events-per-article", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(1)
    print(f"machine: {platform.machine()} {os.cpu_count()} cores; python "
          f"{platform.python_version()}; duckdb {duckdb.__version__}")
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.duckdb") as store:
        t = time.perf_counter()
        base = _articles(rng, args.base, 0, args.events_per_article)
        for i in range(0, len(base), 500):
            store.add_many(base[i:i + 500])
        load = time.perf_counter() - t
        t = time.perf_counter()
        first = store.update_clusters()
        full = time.perf_counter() - t
        store.add_many(_articles(rng, args.added, args.base, args.events_per_article))
        t = time.perf_counter()
        inc = store.update_clusters()
        incremental = time.perf_counter() - t
        n = store.counts()
    print(f"store: {args.base} articles, {first.assigned} mentions -> {first.created} "
          f"clusters; loading {load:.1f}s, clustering from scratch {full:.2f}s")
    print(f"added {args.added} articles ({inc.assigned} mentions): incremental cluster "
          f"update {incremental:.2f}s ({inc.created} new clusters, {inc.touched} touched); "
          f"store now {n['articles']} articles, {n['events']} mentions")


if __name__ == "__main__":
    main()
