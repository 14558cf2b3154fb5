"""A store built once per session from the bundled sample corpus, and an API client."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
# starlette suggests httpx2 for its test client; httpx 0.28 works as it is
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

from fastapi.testclient import TestClient  # noqa: E402


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dateline.cli import sample_path
    from dateline.executors import LocalExecutor
    from dateline.ingest import ingest
    from dateline.readers import read_path
    from dateline.store import Store

    path = tmp_path_factory.mktemp("web") / "sample.duckdb"
    with Store(path) as store:
        ingest(read_path(sample_path()), store, LocalExecutor())
        store.sync_actor_registry()
    return path


@pytest.fixture(scope="session")
def client(sample_db: Path) -> Iterator[TestClient]:
    from dateline.web.app import create_app

    with TestClient(create_app(str(sample_db)), raise_server_exceptions=False) as c:
        yield c
