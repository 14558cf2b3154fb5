"""The Dask engine gives the same events as the single-process path on the bundled corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("distributed")

from dateline.cli import sample_path  # noqa: E402
from dateline.dask_executor import DaskExecutor  # noqa: E402
from dateline.executors import LocalExecutor, PipelineOptions  # noqa: E402
from dateline.readers import read_path  # noqa: E402
from dateline.types import Article  # noqa: E402


def _records(results: list) -> list:  # noqa: ANN001
    out = []
    for r in results:
        for e in r.events:
            out.append((r.article.id, e.id, e.type, e.mode, e.modality, e.date, e.cameo,
                        tuple((a.name, a.country, a.sectors) for a in e.sources),
                        tuple((a.name, a.country, a.sectors) for a in e.targets),
                        e.place.geonameid if e.place else None, e.sentence_start))
    return sorted(out, key=repr)


@pytest.mark.slow
def test_dask_matches_single_process_on_the_sample() -> None:
    articles = [a for a in read_path(sample_path()) if isinstance(a, Article)]
    assert len(articles) >= 30
    options = PipelineOptions(batch_size=8)
    local = list(LocalExecutor(options).process(articles))
    on_dask = list(DaskExecutor(workers=2, options=options).process(articles))
    assert [r.article.id for r in on_dask] == [a.id for a in articles]
    assert _records(on_dask) == _records(local)
    assert len(_records(local)) > 50


def _tables(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table the ingest writes, sorted, without the times of writing
    (TIMESTAMP columns: ingested_at, recorded_at, updated_at)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for table in ("articles", "events", "event_actors", "article_actors", "quarantine",
                  "clusters", "cluster_mentions"):
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()
                if not r[1].startswith("TIMESTAMP")]
        out[table] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(),
                            key=repr)
    con.close()
    return out


@pytest.mark.slow
def test_dask_dataset_ingest_gives_the_same_store_as_one_process(tmp_path: Path) -> None:
    """`dateline ingest --engine dask --dataset DIR`: workers write partitioned Parquet,
    which is loaded into the store; every table equals the single-process ingest's."""
    import duckdb
    from click.testing import CliRunner

    from dateline.cli import main

    runner = CliRunner()
    local_db, dask_db, parts = tmp_path / "local.duckdb", tmp_path / "dask.duckdb", tmp_path / "ds"
    r1 = runner.invoke(main, ["ingest", "--sample", "--db", str(local_db), "-q"])
    r2 = runner.invoke(main, ["ingest", "--sample", "--db", str(dask_db), "-q", "--engine",
                              "dask", "--workers", "2", "--dataset", str(parts),
                              "--partition-size", "8"])
    assert r1.exit_code == 0, r1.output
    assert r2.exit_code == 0, r2.output
    local, on_dask = _tables(local_db), _tables(dask_db)
    assert len(local["events"]) > 50 and len(local["quarantine"]) > 0
    for table in local:
        assert on_dask[table] == local[table], table
    # the dataset stays, partitioned, readable by DuckDB as it is
    n_parts = len(list((parts / "events").glob("part-*.parquet")))
    assert n_parts >= 4
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM read_parquet('{parts}/events/*.parquet')").fetchone()
    assert n == (len(local["events"]),)
    # loading it again into either store adds nothing
    r3 = runner.invoke(main, ["load", str(parts), "--db", str(dask_db)])
    assert r3.exit_code == 0, r3.output
    assert "loaded 0 articles" in r3.output
    assert _tables(dask_db) == on_dask


@pytest.mark.slow
def test_ingest_on_a_users_cluster_through_its_scheduler_address(tmp_path: Path) -> None:
    """`--scheduler ADDRESS`: dateline uses a cluster it did not start, and leaves it
    running (as with a SLURM or Kubernetes cluster)."""
    from click.testing import CliRunner
    from distributed import Client, LocalCluster

    from dateline.cli import main

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=None, host="127.0.0.1") as cluster:
        db = tmp_path / "s.duckdb"
        result = CliRunner().invoke(main, [
            "ingest", "--sample", "--db", str(db), "-q", "--engine", "dask", "--scheduler",
            cluster.scheduler_address, "--partition-size", "16"])
        assert result.exit_code == 0, result.output
        assert "stored 38 articles" in result.output
        with Client(cluster.scheduler_address) as client:  # still up
            assert len(client.scheduler_info()["workers"]) == 1
    # the default dataset folder (beside the store) is removed after loading
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dateline-parts-")]


def test_dataset_needs_the_dask_engine(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dateline.cli import main

    result = CliRunner().invoke(main, ["ingest", "--sample", "--db", str(tmp_path / "s.db"),
                                       "--dataset", str(tmp_path / "parts")])
    assert result.exit_code == 2
    assert "--dataset needs --engine dask" in result.output
