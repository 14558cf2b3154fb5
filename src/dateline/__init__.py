"""dateline: political event data from dated news articles.

    >>> import dateline
    >>> events = dateline.extract(article)            # one Article -> list[Event]
    >>> with dateline.Store("dateline.duckdb") as store: ...
"""

from dateline.ingest import IngestSummary, ingest
from dateline.pipeline import Pipeline, extract
from dateline.readers import read_inputs, read_path
from dateline.store import EventFilter, Store
from dateline.types import Actor, Article, Event, EventDate, Place, Quarantined

__version__ = "0.1.0"


def open(path: str = "dateline.duckdb", read_only: bool = True) -> Store:  # noqa: A001
    """Open a store for reading: ``dateline.open(db).frame("events")``."""
    return Store(path, read_only=read_only)


__all__ = [
    "Actor",
    "Article",
    "Event",
    "EventDate",
    "EventFilter",
    "IngestSummary",
    "Pipeline",
    "Place",
    "Quarantined",
    "Store",
    "extract",
    "ingest",
    "open",
    "read_inputs",
    "read_path",
]
