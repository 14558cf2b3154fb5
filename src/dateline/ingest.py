"""Ingest: read inputs, run the pipeline, store articles, events and quarantined records.

Duplicates are recognised before any parsing: an article whose id or (date, text) is
already stored is skipped; an id already stored with a different text is quarantined
(field ``id``) rather than overwriting what is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from dateline.executors import Executor
from dateline.pipeline import ArticleResult
from dateline.readers.records import quarantine
from dateline.store import Store, content_hash
from dateline.store.dataset import Partition
from dateline.types import Article, Quarantined

__all__ = ["DatasetWriter", "IngestSummary", "ingest", "ingest_dataset"]


@dataclass
class IngestSummary:
    read: int = 0  # records read (articles and bad records)
    stored: int = 0  # new articles stored
    duplicates: int = 0  # articles already in the store
    quarantined: int = 0  # bad records (each also kept in the quarantine table)
    events: int = 0  # events stored
    clusters_created: int = 0  # new real-world events (clusters of mentions)
    problems: list[Quarantined] = field(default_factory=list)

    def line(self) -> str:
        return (f"read {self.read} records: stored {self.stored} articles "
                f"({self.duplicates} already stored), quarantined {self.quarantined}, "
                f"events {self.events} ({self.clusters_created} new clusters)")


_ID_CLASH = ("another article with this id has a different date or text; the first one read "
             "is kept")


def _chunks(items: Iterable[Article | Quarantined],
            size: int) -> Iterator[list[Article | Quarantined]]:
    chunk: list[Article | Quarantined] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _fresh(items: Iterable[Article | Quarantined], store: Store, summary: IngestSummary,
           on_record: Callable[[], None], lookup_every: int = 256) -> Iterator[Article]:
    """Articles not yet stored; bad records and clashing ids go to quarantine. The store
    is asked about a chunk of records at a time, not one query per article."""
    seen: dict[str, str] = {}  # id -> content hash, for ids met earlier in this input
    seen_hashes: set[str] = set()

    def refuse(q: Quarantined) -> None:
        summary.quarantined += 1
        summary.problems.append(q)
        store.add_quarantined(q)
        on_record()

    for chunk in _chunks(items, lookup_every):
        articles = [i for i in chunk if isinstance(i, Article)]
        digests = {id(a): content_hash(a.published, a.text) for a in articles}  # once each
        by_id, by_hash = store.find_articles([a.id for a in articles], list(digests.values()))
        for item in chunk:
            summary.read += 1
            if isinstance(item, Quarantined):
                refuse(item)
                continue
            h = digests[id(item)]
            stored_hash = by_id.get(item.id)
            if stored_hash is not None or item.id in seen:
                if (stored_hash if stored_hash is not None else seen[item.id]) != h:
                    origin, _, locator = item.origin.rpartition(":")
                    refuse(quarantine(origin, locator, "id", _ID_CLASH,
                                      {"id": item.id, "date": item.published.isoformat(),
                                       "text": item.text[:500]}, item.id))
                else:
                    summary.duplicates += 1
                    on_record()
                continue
            if h in by_hash or h in seen_hashes:  # the same date and text, another id
                summary.duplicates += 1
                on_record()
                continue
            seen[item.id] = h
            seen_hashes.add(h)
            yield item


def ingest(items: Iterable[Article | Quarantined], store: Store, executor: Executor,
           on_record: Callable[[], None] = lambda: None, commit_every: int = 32) -> IngestSummary:
    """Run the whole path for ``items`` on ``executor`` (a ``Pipeline`` will do).

    Articles are stored in transactions of ``commit_every`` articles: a crash loses at
    most the batch in flight, never half an article, and a second run finishes the job.
    ``on_record`` is called once per record done."""
    summary = IngestSummary()
    pending: list[ArticleResult] = []

    def flush() -> None:
        failed = [r for r in pending if r.error]
        for r in failed:  # kept with the reason, to be ingested again once fixed
            q = r.quarantined()
            summary.quarantined += 1
            summary.problems.append(q)
            store.add_quarantined(q)
            on_record()
        done = [r for r in pending if not r.error]
        for added in store.add_many([(r.article, r.events) for r in done],
                                    [r.actors for r in done]):
            if added.stored:
                summary.stored += 1
                summary.events += added.events
            else:
                summary.duplicates += 1
            on_record()
        pending.clear()

    for result in executor.process(_fresh(items, store, summary, on_record)):
        pending.append(result)
        if len(pending) >= commit_every:
            flush()
    flush()
    summary.clusters_created = store.update_clusters().created
    return summary


class DatasetWriter(Protocol):
    """An engine whose workers write partitions of a Parquet dataset themselves
    (``DaskExecutor``)."""

    def write_dataset(self, articles: Iterable[Article], root: str | Path,
                      partition_size: int = 256) -> Iterator[Partition]: ...


def ingest_dataset(items: Iterable[Article | Quarantined], store: Store, writer: DatasetWriter,
                   root: str | Path, on_record: Callable[[], None] = lambda: None,
                   partition_size: int = 256) -> IngestSummary:
    """The whole path with the work on a cluster: workers write the new articles'
    partitions as Parquet under ``root`` (kept: DuckDB and others can read it), and each
    partition is loaded into ``store`` (one transaction each) as it completes. The same
    records as ``ingest`` on one machine."""
    summary = IngestSummary()
    fresh = _fresh(items, store, summary, on_record)
    for part in writer.write_dataset(fresh, root, partition_size):
        loaded = store.load_partition(root, part.number)
        summary.stored += loaded.articles
        summary.duplicates += loaded.duplicates
        summary.events += loaded.events
        summary.quarantined += len(part.failed)
        summary.problems += part.failed
        for _ in range(loaded.articles + loaded.duplicates + len(part.failed)):
            on_record()
    summary.clusters_created = store.update_clusters().created
    return summary
