"""Query parameters shared by the listing endpoints, checked before any query runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import Query

from dateline.store import EventFilter
from dateline.web.errors import bad_parameter

__all__ = ["MAX_LIMIT", "MAX_OFFSET", "MAX_STREAM", "Filters", "Format", "Paging",
           "check_id", "filters", "paging"]

MAX_LIMIT = 1000  # rows per JSON page
MAX_STREAM = 1_000_000  # rows per CSV / JSON Lines download
MAX_OFFSET = 1_000_000_000
DEFAULT_LIMIT = 100
Format = Literal["json", "csv", "jsonl"]
Modality = Literal["asserted", "planned", "possible", "negated", "hypothetical", "denied"]


def _plain(name: str, value: str | None) -> str | None:
    """A free-text value: no control characters."""
    if value is None:
        return None
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise bad_parameter(name, f"{name} must not contain control characters")
    return value


def check_id(name: str, value: str) -> str:
    """An item id from the path: 1-256 characters, no slashes or control characters."""
    if not value or len(value) > 256:
        raise bad_parameter(name, f"{name} must be 1 to 256 characters long")
    if "/" in value or "\\" in value or any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise bad_parameter(name, f"{name} must not contain slashes or control characters")
    return value


@dataclass(frozen=True)
class Filters:
    flt: EventFilter
    actor: str | None


def filters(
    country: Annotated[str | None, Query(
        pattern=r"^[A-Za-z]{3}$",
        description="Source or target country (ISO 3166 alpha-3, e.g. IND).")] = None,
    actor: Annotated[str | None, Query(
        max_length=200, description="Source, target or attribution actor whose name or "
        "text contains this (case-insensitive).")] = None,
    type: Annotated[str | None, Query(
        pattern=r"^[A-Za-z_]{1,40}$", description="PLOVER event type, e.g. CONSULT.")] = None,
    modality: Annotated[Modality | None, Query(description="Event modality.")] = None,
    since: Annotated[date | None, Query(
        description="Events whose dates end on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(
        description="Events whose dates start on or before this day (YYYY-MM-DD).")] = None,
    article: Annotated[str | None, Query(
        max_length=256, description="Only events of this article id.")] = None,
    text: Annotated[str | None, Query(
        max_length=500, description="Sentence contains this (case-insensitive).")] = None,
) -> Filters:
    if since and until and since > until:
        raise bad_parameter("until", "until must be on or after since")
    return Filters(EventFilter(country=country, type=type, modality=modality, since=since,
                               until=until, article_id=_plain("article", article),
                               text=_plain("text", text)), _plain("actor", actor))


@dataclass(frozen=True)
class Paging:
    limit: int | None
    offset: int
    format: str


def paging(
    limit: Annotated[int | None, Query(
        ge=0, description=f"Rows per page (default {DEFAULT_LIMIT}, at most {MAX_LIMIT}; "
        f"csv/jsonl: default all, at most {MAX_STREAM}).")] = None,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")] = 0,
    format: Annotated[Format, Query(
        description="json (a page), csv or jsonl (streamed).")] = "json",
) -> Paging:
    cap = MAX_LIMIT if format == "json" else MAX_STREAM
    if limit is not None and limit > cap:
        raise bad_parameter("limit", f"limit must be at most {cap} for format {format}")
    if limit is None and format == "json":
        limit = DEFAULT_LIMIT
    return Paging(limit, offset, format)
