"""Scale-out on Dask (``pip install 'dateline[scale]'``): the same pipeline, on a cluster.

``DaskExecutor(scheduler=None, workers=2)`` starts a local cluster of ``workers`` processes
(one thread each), or connects to the user's scheduler (``tcp://host:8786``: a SLURM
cluster through dask-jobqueue, a Kubernetes cluster through dask-kubernetes, ...). Batches
of articles go to the workers, each of which builds its pipeline once; results come back
in input order, a bounded number of batches in flight, and the caller stores them exactly
as the single-machine path does, so both produce the same records.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from dateline.executors import PipelineOptions, batches
from dateline.pipeline import ArticleResult, Pipeline
from dateline.types import Article

__all__ = ["DaskExecutor"]

_PIPELINES: dict[PipelineOptions, Pipeline] = {}  # keyed without the knowledge object


def _run_batch(batch: list[Article], options: PipelineOptions) -> list[ArticleResult]:
    """Runs on a worker; the pipeline is built on first use and kept for the process."""
    pipeline = _PIPELINES.get(options)
    if pipeline is None:
        pipeline = _PIPELINES[options] = options.build()
    return list(pipeline.process(batch))


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
            cluster = client.cluster if not self.scheduler else None
            client.close()
            if cluster is not None:
                cluster.close()
