"""Small DuckDB helpers shared by the store and the clusters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

__all__ = ["insert_rows"]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Sequence[Any]],
                chunk: int = 256) -> None:
    """Insert rows with multi-row VALUES statements (far faster in DuckDB than one
    statement per row)."""
    if not rows:
        return
    width = len(rows[0])
    one = "(" + ", ".join("?" * width) + ")"
    for i in range(0, len(rows), chunk):
        part = rows[i:i + chunk]
        con.execute(f"INSERT INTO {table} VALUES " + ", ".join([one] * len(part)),
                    [v for row in part for v in row])
