"""Partitioned Parquet datasets (what Dask workers write) and loading them into a store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from dateline.pipeline import Pipeline
from dateline.store import Store
from dateline.store.dataset import (
    TABLES,
    DatasetError,
    load_partition,
    partition_numbers,
    write_partition,
)
from dateline.types import Article, Quarantined

TEXTS = [
    "Indian Defence Minister Rajnath Singh met his Russian counterpart Sergei Shoigu in "
    "Moscow on Tuesday.",
    "Protesters in Nairobi on Friday demanded the resignation of the Kenyan interior "
    "minister.",
    "Israeli jets struck targets in Gaza overnight, the army said on Sunday.",
]


@pytest.fixture(scope="module")
def results(nlp):  # noqa: ANN001, ANN201
    pipe = Pipeline(nlp=nlp)
    arts = [Article(id=f"a{i}", published=date(2020, 3, 3), text=t, origin=f"f.jsonl:line {i}")
            for i, t in enumerate(TEXTS)]
    out = [(r.article, r.events, r.actors) for r in pipe.process(arts)]
    assert all(ev for _, ev, _ in out)  # each article has at least one event
    return out


def _rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()
            if not r[1].startswith("TIMESTAMP")]
    return sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)


def test_a_partition_holds_every_table_and_loads_as_add_many_stores(tmp_path: Path,
                                                                     results) -> None:  # noqa: ANN001
    failed = [Quarantined("f.jsonl", "line 9", "processing", "the events stage failed: X",
                          "{}", "bad")]
    part = write_partition(tmp_path / "ds", 0, results, failed)
    assert (part.number, part.articles, part.failed) == (0, 3, failed)
    assert part.events == sum(len({e.id for e in ev}) for _, ev, _ in results)
    for table in TABLES:
        assert (tmp_path / "ds" / table / "part-00000.parquet").is_file()
    assert not list((tmp_path / "ds").rglob("*.tmp"))
    assert partition_numbers(tmp_path / "ds") == [0]

    with Store(tmp_path / "loaded.duckdb") as loaded, Store(tmp_path / "direct.duckdb") as direct:
        r = loaded.load_partition(tmp_path / "ds", 0)
        assert (r.articles, r.duplicates, r.events, r.quarantined) == (3, 0, part.events, 1)
        direct.add_many([(a, ev) for a, ev, _ in results], [ac for _, _, ac in results])
        direct.add_quarantined(failed[0])
        for table in TABLES:
            assert _rows(loaded.con, table) == _rows(direct.con, table), table
        # loading again adds nothing, and an article stored under the same text is skipped
        again = load_partition(loaded.con, tmp_path / "ds", 0)
        assert (again.articles, again.duplicates, again.events, again.quarantined) == (0, 3, 0, 0)


def test_articles_already_stored_are_skipped_with_their_rows(tmp_path: Path, results) -> None:  # noqa: ANN001
    write_partition(tmp_path / "ds", 3, results)
    with Store(tmp_path / "s.duckdb") as store:
        a, ev, ac = results[0]
        store.add_many([(a, ev)], [ac])
        before = store.counts()["events"]
        r = store.load_dataset(tmp_path / "ds")
        assert (r.articles, r.duplicates) == (2, 1)
        assert store.counts()["events"] == before + r.events
        n = store.con.execute("SELECT count(*) FROM events WHERE article_id = 'a0'").fetchone()
        assert n == (len({e.id for e in ev}),)


def test_the_same_text_twice_in_a_partition_is_stored_once(tmp_path: Path, results) -> None:  # noqa: ANN001
    a, ev, ac = results[0]
    twin = Article(id="twin", published=a.published, text=a.text)
    part = write_partition(tmp_path / "ds", 0, [results[0], (twin, [], [])])
    assert part.articles == 1


def test_an_incomplete_partition_is_refused_with_the_missing_files(tmp_path: Path,
                                                                    results) -> None:  # noqa: ANN001
    write_partition(tmp_path / "ds", 0, results)
    (tmp_path / "ds" / "events" / "part-00000.parquet").unlink()
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(DatasetError, match="events/part-00000.parquet"):
            store.load_partition(tmp_path / "ds", 0)
        assert store.counts()["articles"] == 0  # nothing half-loaded
    with Store(tmp_path / "s2.duckdb") as store, pytest.raises(DatasetError, match="no dataset"):
        store.load_dataset(tmp_path / "nowhere")
