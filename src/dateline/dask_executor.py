"""Scale-out on Dask (``pip install 'dateline[scale]'``): the same pipeline, on a cluster.

``DaskExecutor(scheduler=None, workers=2)`` starts a local cluster of ``workers`` processes
(one thread each), or connects to the user's scheduler (``tcp://host:8786``: a SLURM
cluster through dask-jobqueue, a Kubernetes cluster through dask-kubernetes, ...). Each
worker builds its pipeline once. Two ways to run:

- ``write_dataset(articles, root)`` (what ``dateline ingest --engine dask`` uses): the
  input is cut into partitions; each worker runs the pipeline on a partition and writes
  it as Parquet files under ``root`` (``store/dataset.py``), returning only counts, so
  no results travel back through the client; the caller loads partitions into the store
  as they complete.
- ``process(articles)``: the one-method executor interface; results come back in input
  order and the caller stores them as the single-machine path does.

Both give the same records as the single-machine path (``tests/test_dask.py``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from dateline.executors import PipelineOptions, batches
from dateline.pipeline import ArticleResult, Pipeline
from dateline.store.dataset import Partition, partition_numbers, write_partition
from dateline.types import Article

__all__ = ["DaskExecutor"]

_PIPELINES: dict[PipelineOptions, Pipeline] = {}  # keyed without the knowledge object


def _pipeline(options: PipelineOptions) -> Pipeline:
    """The worker's pipeline, built on first use and kept for the process."""
    pipeline = _PIPELINES.get(options)
    if pipeline is None:
        pipeline = _PIPELINES[options] = options.build()
    return pipeline


def _run_batch(batch: list[Article], options: PipelineOptions) -> list[ArticleResult]:
    return list(_pipeline(options).process(batch))


def _run_partition(batch: list[Article], options: PipelineOptions, root: str,
                   number: int) -> Partition:
    """Runs on a worker: the pipeline over one partition, written under ``root``."""
    done, failed = [], []
    for r in _pipeline(options).process(batch):
        if r.error:
            failed.append(r.quarantined())
        else:
            done.append((r.article, r.events, r.actors))
    return write_partition(root, number, done, failed)


class DaskExecutor:
    def __init__(self, scheduler: str | None = None, workers: int = 2,
                 options: PipelineOptions | None = None, in_flight: int | None = None) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise RuntimeError("the Dask engine needs the 'scale' extra: "
                               "pip install 'dateline[scale]'") from exc
        self.scheduler = scheduler
        self.workers = workers
        self.options = options or PipelineOptions()
        self.in_flight = in_flight or 4 * max(workers, 1)

    def _client(self) -> Any:
        from distributed import Client, LocalCluster

        if self.scheduler:
            return Client(self.scheduler)
        cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        return Client(cluster)

    def _close(self, client: Any) -> None:
        cluster = client.cluster if not self.scheduler else None
        client.close()
        if cluster is not None:
            cluster.close()

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        client = self._client()
        try:
            pending: deque[Any] = deque()
            for batch in batches(articles, self.options.batch_size):
                pending.append(client.submit(_run_batch, batch, self.options, pure=False))
                if len(pending) >= self.in_flight:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            self._close(client)

    def write_dataset(self, articles: Iterable[Article], root: str | Path,
                      partition_size: int = 256) -> Iterator[Partition]:
        """Partitions of ``partition_size`` articles, each run and written under ``root``
        by a worker (``root`` must be a folder the workers can write and the caller can
        read). Yields each partition's report in input order, a bounded number in
        flight. Numbering continues after partitions already in ``root``."""
        if partition_size < 1:
            raise ValueError("partition_size must be at least 1")
        root_path = Path(root).resolve()
        root_path.mkdir(parents=True, exist_ok=True)
        first = max(partition_numbers(root_path), default=-1) + 1
        client = self._client()
        try:
            pending: deque[Any] = deque()
            in_flight = 2 * max(self.workers, 1)
            for n, batch in enumerate(batches(articles, partition_size), start=first):
                pending.append(client.submit(_run_partition, batch, self.options,
                                             str(root_path), n, pure=False))
                if len(pending) >= in_flight:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            self._close(client)
