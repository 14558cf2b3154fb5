"""``dateline serve``: the HTTP API and the page, on uvicorn."""

from __future__ import annotations

import click

from dateline.store import DEFAULT_DB

__all__ = ["serve_cli"]


@click.command("serve")
@click.option("--db", "db", default=DEFAULT_DB, show_default=True,
              type=click.Path(dir_okay=False), help="DuckDB store file.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option("--allow-ingest", is_flag=True,
              help="Accept POST /api/ingest (the store is then opened for writing).")
def serve_cli(db: str, host: str, port: int, allow_ingest: bool) -> None:
    """Serve the store over HTTP: the JSON API under /api (OpenAPI schema at
    /openapi.json) and the analyst's page at /. Read-only unless --allow-ingest."""
    try:
        import uvicorn

        from dateline.web.app import create_app
    except ImportError as exc:  # the web extra is not installed
        raise click.ClickException(
            f"dateline serve needs the web extra (pip install 'dateline[web]'): {exc}"
        ) from None
    from dateline.store import StoreError

    try:
        app = create_app(db, allow_ingest=allow_ingest)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"dateline: serving {db} on http://{host}:{port}/ "
               f"({'ingest allowed' if allow_ingest else 'read-only'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
