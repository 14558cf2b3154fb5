"""Partitioned Parquet datasets: what cluster workers write, and what the store loads.

A dataset is a folder with one sub-folder per table, each holding one Parquet file per
partition of the input::

    DIR/articles/part-00000.parquet        DIR/events/part-00000.parquet
    DIR/event_actors/part-00000.parquet    DIR/article_actors/part-00000.parquet
    DIR/quarantine/part-00000.parquet      (articles a pipeline stage failed on)

The columns are the store's (``store/schema.py``, CODEBOOK.md), so DuckDB, pandas, polars
or Spark read a dataset as they would the store's tables::

    SELECT * FROM read_parquet('DIR/events/*.parquet')

A worker writes every table of a partition, empty ones too, each file under a temporary
name renamed into place when complete: a reader never sees half a file, and a partition
whose ``quarantine`` file (written last) exists is complete. ``load_partition`` /
``load_dataset`` copy partitions into a store, one transaction per partition, skipping
articles it already holds, so loading twice adds nothing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from dateline.sql import insert_rows, utc_now
from dateline.store.rows import article_rows, content_hash, quarantine_row
from dateline.store.schema import SCHEMA
from dateline.types import Actor, Article, Event, Quarantined

__all__ = ["TABLES", "DatasetError", "LoadResult", "Partition", "load_dataset",
           "load_partition", "partition_numbers", "write_partition"]

TABLES = ("articles", "events", "event_actors", "article_actors", "quarantine")
_ORDER = {"articles": "id", "events": "event_id", "event_actors": "event_id, role, position",
          "article_actors": "article_id, start_char, end_char, kind",
          "quarantine": "quarantine_id"}
_LAST = "quarantine"  # written last: its file marks a complete partition


class DatasetError(RuntimeError):
    pass


@dataclass(frozen=True)
class Partition:
    """What a worker reports about the partition it wrote (the rows stay on disk)."""

    number: int
    articles: int
    events: int
    failed: list[Quarantined] = field(default_factory=list)  # also in quarantine/


@dataclass(frozen=True)
class LoadResult:
    articles: int  # articles added to the store
    duplicates: int  # articles of the partition the store already held
    events: int  # events added
    quarantined: int  # quarantine records added


def _file(root: Path, table: str, number: int) -> Path:
    return root / table / f"part-{number:05d}.parquet"


def _sql_str(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def write_partition(root: str | Path, number: int,
                    results: Sequence[tuple[Article, Sequence[Event], Sequence[Actor]]],
                    failed: Sequence[Quarantined] = ()) -> Partition:
    """Write one partition: ``results`` (article, events, actor mentions) and ``failed``
    (articles a stage failed on, as quarantine records)."""
    root = Path(root)
    now = utc_now()
    con = duckdb.connect(":memory:")
    try:
        con.execute(SCHEMA)
        tables: dict[str, list[list[Any]]] = {t: [] for t in TABLES}
        n_events = 0
        hashes: set[str] = set()
        for article, events, actors in results:
            digest = content_hash(article.published, article.text)
            if digest in hashes:  # the same date and text twice: stored once
                continue
            hashes.add(digest)
            rows = article_rows(article, events, actors, now, digest)
            n_events += len(rows["events"])
            for table, values in rows.items():
                tables[table] += values
        tables["quarantine"] = list({r[0]: r for r in (quarantine_row(q, now)
                                                         for q in failed)}.values())
        for table in TABLES:
            insert_rows(con, table, tables[table])
            target = _file(root, table, number)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            con.execute(f"COPY (SELECT * FROM {table} ORDER BY {_ORDER[table]}) TO "
                        f"{_sql_str(tmp)} "
                        "(FORMAT parquet)")
            os.replace(tmp, target)
    finally:
        con.close()
    return Partition(number, len(tables["articles"]), n_events, list(failed))


def partition_numbers(root: str | Path) -> list[int]:
    """The complete partitions of a dataset, in order."""
    folder = Path(root) / _LAST
    if not folder.is_dir():
        return []
    return sorted(int(p.stem.removeprefix("part-")) for p in folder.glob("part-*.parquet"))


def load_partition(con: duckdb.DuckDBPyConnection, root: str | Path,
                   number: int) -> LoadResult:
    """Copy one partition into the store behind ``con`` (all of it, or nothing). Articles
    the store holds (same id, or same date and text) are skipped with their rows."""
    root = Path(root)
    files = {t: _file(root, t, number) for t in TABLES}
    missing = [str(f) for f in files.values() if not f.is_file()]
    if missing:
        raise DatasetError(
            f"partition {number} of {root} is incomplete: missing {', '.join(missing)}. "
            "With a remote Dask scheduler the dataset folder must be on a file system "
            "that the workers and this machine share (--dataset)")
    src = {t: f"read_parquet({_sql_str(f)})" for t, f in files.items()}
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _new_articles AS "
                    f"SELECT p.id FROM {src['articles']} p WHERE p.id NOT IN "
                    "(SELECT id FROM articles) AND p.content_hash NOT IN "
                    "(SELECT content_hash FROM articles)")
        counts = {}
        for table in ("articles", "events", "event_actors", "article_actors"):
            key = "id" if table == "articles" else "article_id"
            before = _count(con, table)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {src[table]} "
                        f"WHERE {key} IN (SELECT id FROM _new_articles)")
            counts[table] = _count(con, table) - before
        before = _count(con, "quarantine")
        con.execute(f"INSERT OR IGNORE INTO quarantine BY NAME SELECT * FROM "
                    f"{src['quarantine']}")
        counts["quarantine"] = _count(con, "quarantine") - before
        in_file = con.execute(f"SELECT count(*) FROM {src['articles']}").fetchone()
        con.execute("DROP TABLE _new_articles")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    total = int(in_file[0]) if in_file else 0
    return LoadResult(counts["articles"], total - counts["articles"], counts["events"],
                      counts["quarantine"])


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def load_dataset(con: duckdb.DuckDBPyConnection, root: str | Path) -> LoadResult:
    """Load every complete partition of the dataset at ``root``."""
    if not Path(root).is_dir():
        raise DatasetError(f"no dataset at {root}")
    totals = [0, 0, 0, 0]
    for number in partition_numbers(root):
        r = load_partition(con, root, number)
        for i, v in enumerate((r.articles, r.duplicates, r.events, r.quarantined)):
            totals[i] += v
    return LoadResult(*totals)
