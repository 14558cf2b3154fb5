"""Publication dates as they appear in input records: ISO dates and datetimes, and the
other common forms (2019/11/04, 4 Nov 2019, Nov 4, 2019, RFC 2822 mail dates)."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["BadDate", "parse_publication_date"]


class BadDate(ValueError):
    """The value is not a usable publication date; the message says why."""


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_SLASH_YMD = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TEXT_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y",
                 "%d-%b-%Y", "%b. %d, %Y")


def _checked(year: int, month: int, day: int, raw: str) -> date:
    if not 1 <= year <= 9999:
        raise BadDate(f"year {year} is out of range in {raw!r}")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise BadDate(f"{raw!r} is not a real date ({exc})") from None


def parse_publication_date(value: object) -> date:
    """Parse a publication date; raise BadDate with a reason a user can act on."""
    if value is None:
        raise BadDate("no publication date")
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise BadDate(f"expected a date string, got {type(value).__name__} {value!r}")
    raw = value.strip()
    if not raw:
        raise BadDate("publication date is empty")
    for pattern in (_ISO, _SLASH_YMD, _COMPACT):
        m = pattern.match(raw)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            return _checked(y, mo, d, raw)
    if re.match(r"^\d{5,}-\d{1,2}-\d{1,2}", raw):
        raise BadDate(f"year out of range in {raw!r}")
    for fmt in _TEXT_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise BadDate(f"unrecognised date {raw!r} (use YYYY-MM-DD)")
