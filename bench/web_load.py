"""Load test of the web API on loopback: N requests from C concurrent clients to the
events endpoint, against a store of synthetic articles (or one given with --db).

    .venv/bin/python bench/web_load.py [--articles 10000] [--requests 2000] \
        [--concurrency 20] [--db store.duckdb]

Without --db it builds a store of ``--articles`` synthetic articles (3 event mentions
each, real country codes and capital coordinates, dates over four years) with
``Store.add_many`` and clusters it: no NLP, so building is quick. The server (uvicorn, one
process, the same app as ``dateline serve``) runs in a subprocess on 127.0.0.1 with a free
port and is stopped at the end. The requests mix the page's queries: the first page, a
country filter, a type + date range filter, a text filter and a deep offset (limit 50).
Prints requests per second, p50/p99 latency and the error count (non-200 or failed).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from dateline.store import Store
from dateline.types import Actor, Article, Event, EventDate, Place

TYPES = ["CONSULT", "AGREE", "ACCUSE", "ASSAULT", "PROTEST", "AID", "SANCTION", "THREATEN",
         "COOPERATE", "DEMAND"]
CAPITALS = [("IND", "New Delhi", 28.61, 77.21), ("RUS", "Moscow", 55.76, 37.62),
            ("CHN", "Beijing", 39.90, 116.40), ("USA", "Washington", 38.90, -77.04),
            ("FRA", "Paris", 48.86, 2.35), ("DEU", "Berlin", 52.52, 13.40),
            ("BRA", "Brasilia", -15.79, -47.88), ("NGA", "Abuja", 9.06, 7.49),
            ("ZAF", "Pretoria", -25.75, 28.19), ("JPN", "Tokyo", 35.69, 139.69),
            ("IDN", "Jakarta", -6.21, 106.85), ("EGY", "Cairo", 30.04, 31.24),
            ("TUR", "Ankara", 39.93, 32.86), ("MEX", "Mexico City", 19.43, -99.13),
            ("AUS", "Canberra", -35.28, 149.13), ("PAK", "Islamabad", 33.69, 73.06),
            ("UKR", "Kyiv", 50.45, 30.52), ("ETH", "Addis Ababa", 9.03, 38.74),
            ("VNM", "Hanoi", 21.03, 105.85), ("PER", "Lima", -12.05, -77.04)]
MODALITIES = ["asserted"] * 6 + ["planned", "possible", "negated"]


def synthetic(rng: random.Random, n: int) -> list[tuple[Article, list[Event]]]:
    out = []
    base = date(2020, 1, 1)
    for i in range(n):
        day = base + timedelta(days=rng.randrange(1460))
        events = []
        text_parts = []
        for k in range(3):
            (a, an, _, _), (b, bn, lat, lon) = rng.sample(CAPITALS, 2)
            t = rng.choice(TYPES)
            sentence = f"Officials of {an} and {bn} reported a {t.lower()} event number {k}."
            start = sum(len(p) + 1 for p in text_parts)
            text_parts.append(sentence)
            events.append(Event(
                article_id=f"a{i}", type=t, mode=None, context=(), cameo=None,
                sources=(Actor(f"{a} officials", start, start + 8, name=f"{a} government",
                               country=a, sectors=("GOV",), kind="organisation"),),
                targets=(Actor(b, start + 13, start + 16, name=b, country=b,
                               kind="country"),),
                modality=rng.choice(MODALITIES), trigger="reported",
                trigger_start=start + 20, trigger_end=start + 28, sentence=sentence,
                sentence_start=start, sentence_end=start + len(sentence),
                date=EventDate(day - timedelta(days=rng.randrange(3)), day, "day", "explicit"),
                rule="bench", confidence=1.0,
                place=Place(bn, start, start + 3, bn, b, None, lat, lon)))
        out.append((Article(f"a{i}", day, " ".join(text_parts), title=f"synthetic {i}",
                            source=f"wire{i % 50}"), events))
    return out


def build_store(path: Path, articles: int) -> float:
    t = time.perf_counter()
    items = synthetic(random.Random(1), articles)
    with Store(path) as store:
        for i in range(0, len(items), 1000):
            store.add_many(items[i:i + 1000])
        store.update_clusters()
    return time.perf_counter() - t


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    code = ("import sys, uvicorn; from dateline.web.app import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
            "log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start within 30 s")


def queries(rng: random.Random, n: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(n):
        kind = i % 5
        q: dict[str, Any] = {"limit": 50}
        if kind == 1:
            q["country"] = rng.choice(CAPITALS)[0]
        elif kind == 2:
            y = rng.randrange(2020, 2024)
            q.update(type=rng.choice(TYPES), since=f"{y}-01-01", until=f"{y}-06-30")
        elif kind == 3:
            q["text"] = rng.choice(CAPITALS)[1].lower()
        elif kind == 4:
            q["offset"] = rng.randrange(0, 20000)
        out.append(q)
    return out


async def run(base: str, qs: list[dict[str, Any]], concurrency: int) -> tuple[
        list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    it = iter(qs)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        for q in it:
            t = time.perf_counter()
            try:
                r = await client.get(base + "/api/events", params=q)
                if r.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies.append(time.perf_counter() - t)

    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return latencies, errors, wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, help="an existing store (default: build one)")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    args = ap.parse_args()
    print(f"machine: {platform.machine()} {os.cpu_count()} cores; python "
          f"{platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "load.duckdb"
            took = build_store(db, args.articles)
            print(f"built a store of {args.articles} synthetic articles in {took:.1f}s")
        with Store(db, read_only=True) as store:
            print(f"store: {store.counts()}")
        port = _free_port()
        proc = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            qs = queries(random.Random(2), args.requests)
            asyncio.run(run(base, qs[:50], args.concurrency))  # warm up
            lat, errors, wall = asyncio.run(run(base, qs, args.concurrency))
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    lat.sort()
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000  # noqa: E731
    print(f"{len(lat)} requests to /api/events from {args.concurrency} concurrent clients "
          f"in {wall:.2f}s: {len(lat) / wall:.0f} requests/s; latency p50 {p(0.50):.1f} ms, "
          f"p99 {p(0.99):.1f} ms, mean {statistics.mean(lat) * 1000:.1f} ms; "
          f"errors {errors}")


if __name__ == "__main__":
    main()
