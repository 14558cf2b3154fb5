"""The store: DuckDB tables for articles, events with provenance, and quarantine."""

from dateline.store.schema import SCHEMA_VERSION
from dateline.store.store import DEFAULT_DB, EventFilter, Store, StoreError, content_hash

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "EventFilter", "Store", "StoreError", "content_hash"]
