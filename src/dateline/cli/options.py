"""Option decorators shared by every command, so listings all take the same flags."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from dateline.store import DEFAULT_DB

__all__ = ["FORMATS", "db_option", "event_filter_options", "output_options"]

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("table", "csv", "tsv", "jsonl", "parquet")


def db_option(f: F) -> F:
    return click.option("--db", "db", default=DEFAULT_DB, show_default=True,
                        type=click.Path(dir_okay=False),
                        help="DuckDB store file.")(f)


def output_options(f: F) -> F:
    f = click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
                     help="Write to this file instead of standard output.")(f)
    f = click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table",
                     show_default=True, help="Output format (parquet needs --output).")(f)
    return f


def event_filter_options(f: F) -> F:
    for decorator in reversed([
        click.option("--country", help="Source or target country (ISO 3166 alpha-3)."),
        click.option("--type", "type_", help="PLOVER event type, e.g. CONSULT."),
        click.option("--modality", type=click.Choice(
            ["asserted", "planned", "possible", "negated", "hypothetical", "denied"]),
            help="Only events with this modality."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]),
                     help="Events whose dates end on or after this day (YYYY-MM-DD)."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]),
                     help="Events whose dates start on or before this day (YYYY-MM-DD)."),
        click.option("--article", "article_id", help="Only events of this article id."),
        click.option("--text", help="Only events whose sentence contains this text."),
        click.option("--limit", type=click.IntRange(min=0), help="At most this many rows."),
    ]):
        f = decorator(f)
    return f
