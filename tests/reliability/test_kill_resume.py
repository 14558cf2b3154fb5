"""Crash safety: SIGKILL an ingest at random moments, ingest again, and the store holds
every article once, with the same events as an uninterrupted run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

COUNTRIES = ["France", "Germany", "Kenya", "Brazil", "Japan", "India", "Egypt", "Peru",
             "Canada", "Turkey", "Iran", "Chile"]
VERBS = ["met officials from", "signed a trade agreement with", "accused", "sent aid to",
         "imposed sanctions on", "held talks with", "criticised", "threatened"]
N_ARTICLES = 60
KILLS = 20


def _corpus(path: Path) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as f:
        for i in range(N_ARTICLES):
            sents = []
            for _ in range(6):
                a, b = rng.sample(COUNTRIES, 2)
                sents.append(f"{a} {rng.choice(VERBS)} {b} on Monday, officials said.")
            f.write(json.dumps({"id": f"k{i}", "date": "2021-03-0" + str(1 + i % 9),
                                "text": " ".join(sents)}) + "\n")


def _ingest(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dateline", "ingest", str(corpus),
                             "--db", str(db), "-q", "--batch-size", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _snapshot(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables")
                  .fetchall()}
        if not tables:
            return {}  # killed before its schema was committed: an empty store
        assert {"articles", "events", "clusters", "meta"} <= tables  # never half a schema
        per_article = dict(con.execute(
            "SELECT a.id, count(e.event_id) FROM articles a LEFT JOIN events e "
            "ON e.article_id = a.id GROUP BY a.id").fetchall())
        orphans = con.execute("SELECT count(*) FROM events WHERE article_id NOT IN "
                              "(SELECT id FROM articles)").fetchone()[0]
        assert orphans == 0
        return per_article
    finally:
        con.close()


@pytest.mark.slow
def test_kill_and_resume_20_times(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    _corpus(corpus)
    ref_db = tmp_path / "ref.duckdb"
    p = _ingest(corpus, ref_db)
    t0 = time.perf_counter()
    assert p.wait(timeout=300) == 0, p.stderr.read() if p.stderr else ""
    full = time.perf_counter() - t0
    reference = _snapshot(ref_db)
    assert len(reference) == N_ARTICLES and sum(reference.values()) > N_ARTICLES
    # Most of a run is start-up (loading spaCy); time a one-article run to know when the
    # first batch is committed, so that most kills land while articles are being stored.
    one = tmp_path / "one.jsonl"
    one.write_text(corpus.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    p = _ingest(one, tmp_path / "one.duckdb")
    t0 = time.perf_counter()
    assert p.wait(timeout=300) == 0, p.stderr.read() if p.stderr else ""
    startup = min(time.perf_counter() - t0, full)
    rng = random.Random(2024)
    partial_seen = 0
    for k in range(KILLS):
        db = tmp_path / f"k{k}.duckdb"
        proc = _ingest(corpus, db)
        # one kill in four during start-up (an empty or schema-only store), the rest mid-ingest
        time.sleep(rng.uniform(0.2, startup) if k % 4 == 0 else rng.uniform(startup, full))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if db.exists():
            partial = _snapshot(db)  # a killed store is readable and consistent
            assert all(reference[a] == n for a, n in partial.items())
            partial_seen += 0 < len(partial) < N_ARTICLES
        resume = _ingest(corpus, db)
        assert resume.wait(timeout=300) == 0, resume.stderr.read() if resume.stderr else ""
        assert _snapshot(db) == reference
    assert partial_seen >= 3  # the kills did land mid-ingest
