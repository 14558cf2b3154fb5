"""The ``dateline`` command line: a thin layer over the library that owns all output.

Exit codes: 0 success, 1 errors (a store that cannot be opened, a failed run, or with
``--strict`` any quarantined record), 2 misuse (bad options or arguments).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, cast

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dateline import __version__
from dateline.cli.options import db_option, event_filter_options, output_options
from dateline.cli.output import write_rows
from dateline.store import EventFilter, Store, StoreError
from dateline.store.dataset import DatasetError

__all__ = ["main", "sample_path"]

EVENT_TABLE_COLUMNS = ("date_start", "date_end", "event_type", "event_mode", "modality",
                       "source_names", "source_countries", "target_names", "target_countries",
                       "place_name", "trigger", "attribution", "article_id")

CLUSTER_TABLE_COLUMNS = ("date_start", "date_end", "event_type", "status", "parties",
                         "n_mentions", "n_sources", "first_reported", "place_name", "trigger")

err = Console(stderr=True, soft_wrap=True)


def sample_path() -> Path:
    """The folder of the bundled sample corpus."""
    from importlib.resources import files

    return Path(str(files("dateline") / "data" / "sample"))


def _fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    sys.exit(code)


def _open_store(db: str, read_only: bool = False) -> Store:
    if read_only and not Path(db).exists():
        _fail(f"no store at {db}; run 'dateline ingest' first or pass --db")
    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        _fail(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """dateline: political event data from dated news articles."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--sample", is_flag=True,
              help="Also ingest the sample corpus bundled with dateline.")
@db_option
@click.option("--input-format", "input_format", default="auto", show_default=True,
              type=click.Choice(["auto", "jsonl", "csv", "text"]),
              help="Format of the inputs (auto: by suffix, or sniffed for stdin).")
@click.option("--patterns", "patterns", multiple=True, type=click.Path(exists=True,
              dir_okay=False), help="Extra event pattern file(s) (TSV, see README).")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(min=1),
              help="Articles per pipeline batch, and per store transaction (a crash "
                   "loses at most one batch; ingesting again finishes the job).")
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes, each running the whole pipeline.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Run here, or on Dask (needs dateline[scale]).")
@click.option("--scheduler", help="Dask scheduler address (default: a local cluster).")
@click.option("--dataset", type=click.Path(file_okay=False),
              help="With --engine dask: the folder where workers write the partitioned "
                   "Parquet dataset (kept; on a remote cluster it must be a shared file "
                   "system). Default: a temporary folder beside the store, removed after "
                   "loading.")
@click.option("--partition-size", default=256, show_default=True,
              type=click.IntRange(min=1), help="With --engine dask: articles per partition.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no warnings.")
@click.option("--strict", is_flag=True, help="Exit 1 when any record was quarantined.")
def ingest(paths: Sequence[str], sample: bool, db: str, input_format: str,
           patterns: Sequence[str], batch_size: int, workers: int, engine: str,
           scheduler: str | None, dataset: str | None, partition_size: int, quiet: bool,
           strict: bool) -> None:
    """Read dated articles from PATHS (files, folders, or - for stdin), extract events,
    and store them. Bad records are quarantined with the reason, never dropped.

    With --engine dask, workers write partitions of a Parquet dataset (articles, events,
    event_actors, article_actors, quarantine) and each is loaded into the store as it
    completes."""
    from dateline.executors import make_executor
    from dateline.ingest import DatasetWriter, ingest_dataset
    from dateline.ingest import ingest as run_ingest
    from dateline.readers import read_inputs

    if dataset and engine != "dask":
        _fail("--dataset needs --engine dask", 2)
    paths = list(paths)
    if sample:
        paths.append(str(sample_path()))
    if not paths:
        _fail("give PATHS to read (files, folders, or - for stdin), or --sample", 2)
    for p in paths:
        if p != "-" and not Path(p).exists():
            _fail(f"no such file or folder: {p}", 2)
    items = list(read_inputs(paths, input_format))
    store = _open_store(db)
    knowledge, key = _knowledge(store)
    try:
        executor = make_executor(workers, [Path(p) for p in patterns], batch_size, engine,
                                 scheduler, knowledge, key)
    except ValueError as exc:  # a malformed pattern file
        _fail(str(exc), 2)
    except RuntimeError as exc:  # an engine that is not installed
        _fail(str(exc), 1)
    with store:
        progress = Progress(TextColumn("[progress.description]{task.description}"),
                            BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=err, disable=quiet, transient=False)
        with progress:
            task = progress.add_task("ingest", total=len(items))
            advance = lambda: progress.advance(task)  # noqa: E731
            if engine == "dask":
                root = Path(dataset) if dataset else Path(tempfile.mkdtemp(
                    prefix=".dateline-parts-", dir=Path(db).resolve().parent))
                try:
                    summary = ingest_dataset(items, store, cast(DatasetWriter, executor),
                                             root, advance, partition_size)
                except DatasetError as exc:
                    _fail(str(exc))
                finally:
                    if not dataset:
                        shutil.rmtree(root, ignore_errors=True)
            else:
                summary = run_ingest(items, store, executor, on_record=advance,
                                     commit_every=batch_size)
    if not quiet:
        for q in summary.problems:
            err.print(f"[yellow]quarantined:[/] {q.message()}", highlight=False)
    err.print(summary.line(), highlight=False)
    if strict and summary.quarantined:
        sys.exit(1)


@main.command()
@click.argument("dataset", type=click.Path(exists=True, file_okay=False))
@db_option
def load(dataset: str, db: str) -> None:
    """Load a partitioned Parquet DATASET (written by 'dateline ingest --engine dask
    --dataset DIR') into the store; articles already stored are skipped."""
    store = _open_store(db)
    with store:
        try:
            result = store.load_dataset(dataset)
        except DatasetError as exc:
            _fail(str(exc))
        created = store.update_clusters().created
    err.print(f"loaded {result.articles} articles ({result.duplicates} already stored), "
              f"{result.events} events, {result.quarantined} quarantined records; "
              f"{created} new clusters", highlight=False)


def _knowledge(store: Store) -> tuple[Any, str]:
    """Imported actor dictionaries, if the store has any (used where the text is silent)."""
    exists = store.con.execute("SELECT count(*) FROM information_schema.tables "
                               "WHERE table_name = 'actor_known_roles'").fetchone()
    if not exists or not exists[0]:
        return None, ""
    n = store.con.execute("SELECT count(*) FROM actor_known_roles").fetchone()
    if not n or not n[0]:
        return None, ""
    from dateline.actors.registry import load_knowledge

    return load_knowledge(store.con), f"known-roles:{n[0]}"


def _filter(country: str | None, type_: str | None, modality: str | None,
            since: datetime | None, until: datetime | None, article_id: str | None,
            text: str | None, limit: int | None) -> EventFilter:
    return EventFilter(country=country, type=type_, modality=modality,
                       since=since.date() if since else None,
                       until=until.date() if until else None,
                       article_id=article_id, text=text, limit=limit)


@main.command()
@db_option
@output_options
@event_filter_options
def events(db: str, fmt: str, output: str | None, **filters: Any) -> None:
    """List stored events (one row per event mention)."""
    flt = _filter(**filters)
    with _open_store(db, read_only=True) as store:
        if fmt == "parquet":
            if not output:
                _fail("--format parquet needs --output FILE", 2)
            n = store.write_parquet("mentions", output, flt)
            err.print(f"wrote {n} events to {output}", highlight=False)
            return
        rows = store.events(flt)
    write_rows(rows, fmt, output, EVENT_TABLE_COLUMNS if fmt == "table" else None,
               title=f"{len(rows)} events")


@main.command()
@click.option("--level", type=click.Choice(["mentions", "events"]), default="mentions",
              show_default=True,
              help="mentions: one row per report; events: one row per real-world event "
                   "(a cluster of mentions).")
@db_option
@output_options
@event_filter_options
def export(level: str, db: str, fmt: str, output: str | None, **filters: Any) -> None:
    """Export event mentions or clustered events (columns: CODEBOOK.md)."""
    flt = _filter(**filters)
    with _open_store(db, read_only=True) as store:
        if fmt == "parquet":
            if not output:
                _fail("--format parquet needs --output FILE", 2)
            n = store.write_parquet(level, output, flt)
            err.print(f"wrote {n} {level} to {output}", highlight=False)
            return
        rows = store.rows(level, flt)
    columns = EVENT_TABLE_COLUMNS if level == "mentions" else CLUSTER_TABLE_COLUMNS
    write_rows(rows, fmt, output, columns if fmt == "table" else None,
               title=f"{len(rows)} {level}")
    if output:
        err.print(f"wrote {len(rows)} {level} to {output}", highlight=False)


@main.command()
@db_option
@output_options
def quarantine(db: str, fmt: str, output: str | None) -> None:
    """List quarantined records with the reason each was refused."""
    with _open_store(db, read_only=True) as store:
        if fmt == "parquet":
            if not output:
                _fail("--format parquet needs --output FILE", 2)
            store.write_parquet("quarantine", output)
            return
        rows = store.quarantined()
    write_rows(rows, fmt, output, ("origin", "locator", "field", "reason", "record_id")
               if fmt == "table" else None, title=f"{len(rows)} quarantined records")


@main.command()
@click.argument("article_id")
@db_option
def show(article_id: str, db: str) -> None:
    """Print an article with its events and the sentences they came from."""
    from dateline.cli.show import render_article

    with _open_store(db, read_only=True) as store:
        article = store.article(article_id)
        if article is None:
            _fail(f"no article with id {article_id!r} in {db}")
        rows = store.events(EventFilter(article_id=article_id))
        actors = {r["event_id"]: store.event_actors(r["event_id"]) for r in rows}
    render_article(Console(), article, rows, actors)


def _register() -> None:
    from dateline.cli.actors import actors
    from dateline.web.cli import serve_cli

    main.add_command(actors)
    main.add_command(serve_cli)


_register()
