"""The input formats: JSON Lines, CSV, and plain text beginning with ``date YYYY-MM-DD``."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator

from dateline.readers.dates import BadDate, parse_publication_date
from dateline.readers.records import article_from_record, quarantine
from dateline.types import Article, Quarantined

__all__ = ["read_csv", "read_jsonl", "read_text", "TEXT_HEADER"]

Item = Article | Quarantined

# A plain-text article: optional leading whitespace, the word "date", the date, then text.
TEXT_HEADER = re.compile(r"^\s*date[ \t]+(\S+)[ \t]*\n?[ \t]*", re.IGNORECASE)


def read_jsonl(text: str, origin: str) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield quarantine(origin, f"line {n}", "json", f"invalid JSON: {exc.msg} "
                             f"at column {exc.colno}", line)
            continue
        yield article_from_record(record, origin, f"line {n}")


def read_csv(text: str, origin: str) -> Iterator[Item]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield quarantine(origin, "row 1", "csv", f"unreadable CSV header: {exc}", text[:200])
        return
    columns = [h.strip().lower().lstrip("\ufeff") for h in header]
    if "text" not in columns and "body" not in columns:
        yield quarantine(origin, "row 1", "text",
                         f"CSV has no 'text' column (columns: {', '.join(columns)})", header)
        return
    row_no = 1
    while True:
        row_no += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # csv cannot resynchronise after broken quoting: the rest of the file is
            # quarantined as one record rather than guessed at.
            yield quarantine(origin, f"row {row_no}", "csv",
                             f"broken CSV quoting ({exc}); the rest of the file from this "
                             "row on was not read", "")
            return
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            yield quarantine(origin, f"row {row_no}", "csv",
                             f"expected {len(columns)} columns, found {len(row)}", row)
            continue
        yield article_from_record(dict(zip(columns, row, strict=True)), origin,
                                  f"row {row_no}")


def read_text(text: str, origin: str, article_id: str | None) -> Iterator[Item]:
    """A text article; its id is the file's stem, or derived from date and text on stdin."""
    m = TEXT_HEADER.match(text)
    if not m:
        yield quarantine(origin, "file", "date",
                         "a text article must begin with 'date YYYY-MM-DD'", text[:200],
                         article_id)
        return
    try:
        published = parse_publication_date(m.group(1))
    except BadDate as exc:
        yield quarantine(origin, "file", "date", str(exc), text[:200], article_id)
        return
    body = text[m.end():]
    record = {"date": published.isoformat(), "text": body}
    if article_id:
        record["id"] = article_id
    yield article_from_record(record, origin, "file")
