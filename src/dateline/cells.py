"""How one value is written in a CSV/TSV cell and in JSON: the same in the CLI's exports
and the web API's streams (CODEBOOK.md: lists are ';'-joined in CSV, dates ISO 8601)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

__all__ = ["cell", "json_default"]


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(cell(v) for v in value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def json_default(value: Any) -> Any:
    """``json.dumps(default=...)`` for dates and anything else not JSON-native."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)
