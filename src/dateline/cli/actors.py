"""``dateline actors``: the actor registry, to inspect and correct."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from typing import Any

import click

from dateline.cli.options import db_option, output_options
from dateline.cli.output import write_rows
from dateline.store import Store

__all__ = ["actors"]


def _row(a: Any) -> dict[str, Any]:
    d = asdict(a)
    d["roles"] = [f"{r['role']} ({r['country'] or '?'}, {r['first_seen']}..{r['last_seen']})"
                  for r in d["roles"] if r["role"]]
    return d


def _edit(db: str, change: Callable[..., Any], *args: str) -> Any:
    """Apply a registry correction; an unknown id or a bad value is a clear error."""
    with Store(db) as store:
        store.sync_actor_registry()
        try:
            return change(store.con, *args)
        except (KeyError, ValueError) as exc:
            raise click.ClickException(str(exc)) from None


@click.group()
def actors() -> None:
    """List, merge, rename and import actors (one canonical actor per name variant)."""


@actors.command("list")
@click.option("--name", help="Actors with an alias containing these words.")
@click.option("--kind", type=click.Choice(["person", "organisation", "igo", "country"]))
@click.option("--country", help="ISO 3166 alpha-3.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@db_option
@output_options
def list_(name: str | None, kind: str | None, country: str | None, limit: int, db: str,
          fmt: str, output: str | None) -> None:
    """Registered actors, most mentioned first, with aliases and the roles seen."""
    from dateline.actors import registry

    with Store(db) as store:
        store.sync_actor_registry()
        found = registry.list_actors(store.con, name=name, kind=kind,
                                     country=country.upper() if country else None,
                                     limit=limit)
    if fmt == "parquet":
        raise click.UsageError("parquet is not offered for actor listings; use jsonl or csv")
    write_rows([_row(a) for a in found], fmt, output,
               ("actor_id", "name", "kind", "country", "mentions", "aliases", "roles")
               if fmt == "table" else None, title=f"{len(found)} actors")


@actors.command()
@click.argument("keep_id")
@click.argument("other_id")
@db_option
def merge(keep_id: str, other_id: str, db: str) -> None:
    """Fold OTHER_ID into KEEP_ID (aliases, roles and mentions move)."""
    from dateline.actors import registry

    kept = _edit(db, registry.merge, keep_id, other_id)
    click.echo(f"merged {other_id} into {kept.actor_id} ({kept.name})")


@actors.command()
@click.argument("actor_id")
@click.argument("new_name")
@db_option
def rename(actor_id: str, new_name: str, db: str) -> None:
    """Give ACTOR_ID a new canonical name (the old one stays an alias)."""
    from dateline.actors import registry

    actor = _edit(db, registry.rename, actor_id, new_name)
    click.echo(f"{actor.actor_id} is now {actor.name}")


@actors.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["auto", "petrarch", "csv"]),
              default="auto", show_default=True,
              help="PETRARCH/Phoenix .actors.txt, or CSV: name,country,sector,role,start,end.")
@db_option
def import_(path: str, fmt: str, db: str) -> None:
    """Load an actor dictionary as world knowledge, used only where the text says
    nothing better (dated roles chosen by the article's date)."""
    from dateline.actors.dictionary import import_dictionary

    with Store(db) as store:
        n = import_dictionary(store.con, path, fmt)
    click.echo(f"imported {n} actors from {path}")


@actors.command("who-held")
@click.argument("role")
@click.option("--on", "on", required=True, type=click.DateTime(["%Y-%m-%d"]))
@click.option("--country", help="ISO 3166 alpha-3.")
@db_option
@output_options
def who_held(role: str, on: datetime, country: str | None, db: str, fmt: str,
             output: str | None) -> None:
    """Who held ROLE (e.g. "Defence Minister") on a date, from the articles and any
    imported dictionary."""
    from dateline.actors import registry

    with Store(db) as store:
        store.sync_actor_registry()
        holders = registry.who_held(store.con, role, on.date(),
                                    country.upper() if country else None)
    write_rows([asdict(h) for h in holders], fmt if fmt != "parquet" else "jsonl", output,
               title=f"{role} on {on.date()}")
