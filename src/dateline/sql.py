"""Small DuckDB helpers shared by the store, the datasets and the clusters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

__all__ = ["insert_rows", "utc_now"]


def utc_now() -> datetime:
    """Now, in UTC, without a time zone: what TIMESTAMP columns hold (``ingested_at``,
    ``recorded_at``), whatever the machine's or the session's time zone."""
    return datetime.now(UTC).replace(tzinfo=None)


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Sequence[Any]],
                chunk: int = 4096) -> None:
    """Insert rows (in the table's column order) through Arrow: the columns are handed to
    DuckDB in bulk, several times faster than binding one parameter per value."""
    if not rows:
        return
    width = len(rows[0])
    names = [f"c{i}" for i in range(width)]
    for i in range(0, len(rows), chunk):
        part = rows[i:i + chunk]
        batch = pa.table({n: [row[k] for row in part] for k, n in enumerate(names)})
        con.register("_dateline_rows", batch)
        try:
            con.execute(f"INSERT INTO {table} SELECT * FROM _dateline_rows")
        finally:
            con.unregister("_dateline_rows")
