"""The web application: the JSON API under ``/api`` and the analyst's page at ``/``."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from dateline import __version__
from dateline.store import Store, StoreError
from dateline.web.errors import install_handlers

__all__ = ["StoreHandle", "create_app", "static_dir"]


def static_dir() -> Path:
    return Path(str(files("dateline.web") / "static"))


class StoreHandle:
    """One open store shared by the app; each request reads through its own cursor."""

    def __init__(self, db_path: str, allow_ingest: bool) -> None:
        if not allow_ingest and not Path(db_path).exists():
            raise StoreError(f"no store at {db_path}; run 'dateline ingest' first or pass --db")
        self.allow_ingest = allow_ingest
        self.base = Store(db_path, read_only=not allow_ingest)
        self.write_lock = threading.Lock()
        self._executor: Any = None
        if allow_ingest:
            self.base.sync_actor_registry()

    def cursor_store(self) -> Store:
        """A Store whose connection is a fresh cursor on the shared database."""
        return self.base.cursor()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        s = self.cursor_store()
        try:
            yield s
        finally:
            s.con.close()

    def executor(self) -> Any:
        if self._executor is None:
            from dateline.executors import LocalExecutor

            self._executor = LocalExecutor()
        return self._executor

    def close(self) -> None:
        self.base.close()


def create_app(db_path: str, allow_ingest: bool = False) -> FastAPI:
    """The app serving the store at ``db_path`` (read-only unless ``allow_ingest``)."""
    from dateline.web.api import router

    handle = StoreHandle(db_path, allow_ingest)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        handle.close()

    # no /docs or /redoc: they load their scripts from a CDN, and we work offline
    app = FastAPI(title="dateline", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Political event data (PLOVER) from dated news articles: "
                              "articles, event mentions, clustered events, actors and "
                              "places. Errors: {\"error\": {status, code, parameter, "
                              "message}}.")
    app.state.store = handle
    install_handlers(app)
    app.include_router(router)
    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html")

    return app
