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
    "read_inputs",
    "read_path",
]
