"""Executors: where the pipeline runs. One method, ``process(articles)``, yielding one
``ArticleResult`` per article in input order, so the ingest loop does not care whether the
work runs in this process, in worker processes, or (later) on a Dask cluster.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from dateline.pipeline import ArticleResult, Pipeline
from dateline.types import Article

__all__ = ["Executor", "LocalExecutor", "PipelineOptions", "ProcessExecutor", "batches",
           "make_executor"]


class Executor(Protocol):
    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult]: ...


@dataclass(frozen=True)
class PipelineOptions:
    """What a worker needs to build its own pipeline (resources are loaded per process).
    ``knowledge``: world knowledge for the actor coder (imported dictionaries), identified
    by ``knowledge_key`` so workers can cache the pipeline they built."""

    patterns: tuple[Path, ...] = ()
    batch_size: int = 32
    knowledge: Any = field(default=None, compare=False, hash=False)
    knowledge_key: str = ""

    def build(self) -> Pipeline:
        from dateline.actors import ActorCoder

        return Pipeline(patterns=self.patterns, batch_size=self.batch_size,
                        actor_coder=ActorCoder(self.knowledge))


class LocalExecutor:
    """Everything in this process."""

    def __init__(self, options: PipelineOptions | None = None,
                 pipeline: Pipeline | None = None) -> None:
        self.pipeline = pipeline or (options or PipelineOptions()).build()

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        yield from self.pipeline.process(articles)


_WORKER: Pipeline | None = None


def _init_worker(options: PipelineOptions) -> None:
    global _WORKER
    _WORKER = options.build()


def _run_batch(batch: list[Article]) -> list[ArticleResult]:
    assert _WORKER is not None, "worker not initialised"
    return list(_WORKER.process(batch))


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of at most ``size`` articles."""
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


class ProcessExecutor:
    """N worker processes, each with its own pipeline; results come back in order."""

    def __init__(self, workers: int, options: PipelineOptions | None = None) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.options = options or PipelineOptions()

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        # Batches are cut and submitted from this thread (the caller's generator may use
        # the store's connection, which must not be touched from a pool thread), with a
        # bounded number in flight. "spawn" starts clean workers: nothing of the caller's
        # open database or threads is inherited.
        ctx = mp.get_context("spawn")
        with ctx.Pool(self.workers, initializer=_init_worker,
                      initargs=(self.options,)) as pool:
            pending: deque[Any] = deque()
            for batch in batches(articles, self.options.batch_size):
                pending.append(pool.apply_async(_run_batch, (batch,)))
                if len(pending) >= 2 * self.workers:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()


def make_executor(workers: int = 1, patterns: Sequence[Path] = (), batch_size: int = 32,
                  engine: str = "local", scheduler: str | None = None,
                  knowledge: Any = None, knowledge_key: str = "") -> Executor:
    """``engine``: "local" (this process, or ``workers`` processes) or "dask" (a local
    Dask cluster of ``workers`` processes, or the cluster at ``scheduler``)."""
    options = PipelineOptions(tuple(patterns), batch_size, knowledge, knowledge_key)
    if engine == "dask":
        from dateline.dask_executor import DaskExecutor

        return DaskExecutor(scheduler, max(workers, 1), options)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: expected local or dask")
    if workers <= 1:
        return LocalExecutor(options)
    return ProcessExecutor(workers, options)
