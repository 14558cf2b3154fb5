"""Ingest: read inputs, run the pipeline, store articles, events and quarantined records.

Duplicates are recognised before any parsing: an article whose id or (date, text) is
already stored is skipped; an id already stored with a different text is quarantined
(field ``id``) rather than overwriting what is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from dateline.executors import Executor
from dateline.pipeline import ArticleResult
from dateline.readers.records import quarantine
from dateline.store import Store, content_hash
from dateline.types import Article, Quarantined

__all__ = ["IngestSummary", "ingest"]


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


def _fresh(items: Iterable[Article | Quarantined], store: Store, summary: IngestSummary,
           on_record: Callable[[], None]) -> Iterator[Article]:
    """Articles not yet stored; bad records and clashing ids go to quarantine."""
    seen_in_batch: dict[str, str] = {}
    for item in items:
        summary.read += 1
        if isinstance(item, Quarantined):
            summary.quarantined += 1
            summary.problems.append(item)
            store.add_quarantined(item)
            on_record()
            continue
        h = content_hash(item.published, item.text)
        found = store.find_article(item)
        clash = None
        if found is not None:
            found_id, found_hash = found
            if found_id == item.id and found_hash != h:
                clash = _ID_CLASH
            else:
                summary.duplicates += 1
                on_record()
                continue
        elif item.id in seen_in_batch and seen_in_batch[item.id] != h:
            clash = _ID_CLASH
        elif item.id in seen_in_batch:
            summary.duplicates += 1
            on_record()
            continue
        if clash:
            q = quarantine(item.origin.rsplit(":", 1)[0], item.origin.rsplit(":", 1)[-1],
                           "id", clash, {"id": item.id, "date": item.published.isoformat(),
                                         "text": item.text[:500]}, item.id)
            summary.quarantined += 1
            summary.problems.append(q)
            store.add_quarantined(q)
            on_record()
            continue
        seen_in_batch[item.id] = h
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
        for added in store.add_many([(r.article, r.events) for r in pending],
                                    [r.actors for r in pending]):
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
