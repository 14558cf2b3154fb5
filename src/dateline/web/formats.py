"""Streaming rows as CSV or JSON Lines (same cells as the CLI's exports)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import Any

from fastapi.responses import StreamingResponse

from dateline.cells import cell

__all__ = ["MEDIA_TYPES", "jsonable", "stream_rows"]

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8",
               "jsonl": "application/x-ndjson; charset=utf-8"}


def jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def _csv_lines(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    columns: list[str] | None = None
    for row in rows:
        if columns is None:
            columns = list(row)
            writer.writerow(columns)
        writer.writerow([cell(row.get(c)) for c in columns])
        if buf.tell() > 65536:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _jsonl_lines(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    chunk: list[str] = []
    for row in rows:
        chunk.append(json.dumps(jsonable(row), ensure_ascii=False) + "\n")
        if len(chunk) >= 500:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk)


def stream_rows(fmt: str, rows: Iterable[dict[str, Any]], filename: str,
                on_close: Callable[[], None]) -> StreamingResponse:
    """A streaming response of ``rows``; ``on_close`` runs when the stream ends."""
    lines = _csv_lines if fmt == "csv" else _jsonl_lines

    def body() -> Iterator[str]:
        try:
            yield from lines(iter(rows))
        finally:
            on_close()

    return StreamingResponse(body(), media_type=MEDIA_TYPES[fmt], headers={
        "Content-Disposition": f'attachment; filename="{filename}.{fmt}"'})
