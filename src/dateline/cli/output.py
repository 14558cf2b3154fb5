"""Writing rows in the listing formats: table, csv, tsv, jsonl, parquet."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from dateline.cells import cell, json_default

__all__ = ["write_rows"]


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, output: str | None,
               table_columns: Sequence[str] | None = None, title: str | None = None) -> None:
    """Write ``rows`` (all with the same keys) to ``output`` or stdout."""
    if fmt == "parquet":
        raise ValueError("parquet is written by the store (Store.write_parquet)")
    stream: TextIO
    if output:
        stream = open(output, "w", encoding="utf-8", newline="")
    else:
        stream = sys.stdout
    try:
        if fmt == "jsonl":
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False, default=json_default) + "\n")
        elif fmt in ("csv", "tsv"):
            columns = list(rows[0]) if rows else list(table_columns or [])
            writer = csv.writer(stream, delimiter="," if fmt == "csv" else "\t",
                                lineterminator="\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([cell(row.get(c)) for c in columns])
        else:
            columns = list(table_columns or (list(rows[0]) if rows else []))
            table = Table(title=title, show_lines=False)
            for c in columns:
                table.add_column(c, overflow="fold")
            for row in rows:
                table.add_row(*(cell(row.get(c)) for c in columns))
            Console(file=stream, width=None if stream.isatty() else 200).print(table)
    finally:
        if output:
            stream.close()

