"""Turning one raw record (a dict from JSON Lines or CSV) into an Article or a Quarantined."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date

from dateline.readers.checks import looks_like_html, not_english_reason
from dateline.readers.dates import BadDate, parse_publication_date
from dateline.types import Article, Quarantined

__all__ = ["MAX_TEXT_CHARS", "article_from_record", "derive_id", "quarantine"]

# Articles longer than this are refused with a message rather than parsed (spaCy's own
# limit is 1,000,000 characters; a news article is rarely over 50,000).
MAX_TEXT_CHARS = 1_000_000
_RAW_KEEP = 2_000


def derive_id(published: date, text: str) -> str:
    """The id of a record that has none: stable for the same date and text."""
    digest = hashlib.sha1(f"{published.isoformat()}\n{text}".encode()).hexdigest()
    return f"sha1-{digest[:16]}"


def _raw(record: object) -> str:
    text = record if isinstance(record, str) else json.dumps(record, ensure_ascii=False,
                                                             default=str)
    return text[:_RAW_KEEP]


def quarantine(origin: str, locator: str, field: str, reason: str, record: object = "",
               record_id: str | None = None) -> Quarantined:
    return Quarantined(origin=origin, locator=locator, field=field, reason=reason,
                       raw=_raw(record), record_id=record_id)


def _optional(record: Mapping[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def article_from_record(record: object, origin: str, locator: str) -> Article | Quarantined:
    """Validate one record. Fields: id, date or published, title, source, url, text."""
    if not isinstance(record, Mapping):
        return quarantine(origin, locator, "record",
                          f"expected an object with fields, got {type(record).__name__}",
                          record)
    rid = _optional(record, "id")
    raw_date = record.get("date")
    date_field = "date"
    if raw_date in (None, ""):
        raw_date, date_field = record.get("published"), "published"
    if raw_date in (None, ""):
        return quarantine(origin, locator, "date",
                          "no publication date (give 'date' or 'published' as YYYY-MM-DD)",
                          record, rid)
    try:
        published = parse_publication_date(raw_date)
    except BadDate as exc:
        return quarantine(origin, locator, date_field, str(exc), record, rid)
    text = record.get("text")
    if text is None:
        text = record.get("body")
    if text is None:
        return quarantine(origin, locator, "text", "no 'text' field", record, rid)
    if not isinstance(text, str):
        return quarantine(origin, locator, "text",
                          f"'text' must be a string, got {type(text).__name__}", record, rid)
    if not text.strip():
        return quarantine(origin, locator, "text", "text is empty or whitespace only",
                          record, rid)
    if len(text) > MAX_TEXT_CHARS:
        return quarantine(origin, locator, "text",
                          f"text is {len(text):,} characters, over the limit of "
                          f"{MAX_TEXT_CHARS:,}; split the article", record, rid)
    if "\x00" in text:
        return quarantine(origin, locator, "text", "text contains NUL bytes (binary data?)",
                          record, rid)
    if looks_like_html(text):
        return quarantine(origin, locator, "text", "text is an HTML page, not article "
                          "text; extract the article text first", record, rid)
    language = not_english_reason(text)
    if language:
        return quarantine(origin, locator, "language", language, record, rid)
    return Article(
        id=rid or derive_id(published, text),
        published=published,
        text=text,
        title=_optional(record, "title"),
        source=_optional(record, "source"),
        url=_optional(record, "url"),
        origin=f"{origin}:{locator}",
    )
