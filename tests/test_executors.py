"""The executors are interchangeable: worker processes give the same events as in-process."""

from __future__ import annotations

from datetime import date

from dateline.executors import LocalExecutor, PipelineOptions, ProcessExecutor
from dateline.types import Article

TEXTS = [
    "Kenya accused Uganda of sending troops across the border on Monday.",
    "Brazil and Argentina signed a trade agreement in Buenos Aires.",
    "Japan will send humanitarian aid to the Philippines, officials said.",
    "Police arrested dozens of protesters in Lagos, Nigeria.",
    "Germany imposed sanctions on Belarus after the election.",
]


def _key(results: list) -> list:  # noqa: ANN001
    return [(r.article.id, [(e.id, e.type, e.modality, e.date) for e in r.events])
            for r in results]


def test_process_executor_matches_local() -> None:
    articles = [Article(f"x{i}", date(2021, 5, 3), t) for i, t in enumerate(TEXTS * 2)]
    options = PipelineOptions(batch_size=3)
    local = list(LocalExecutor(options).process(articles))
    parallel = list(ProcessExecutor(2, options).process(articles))
    assert [r.article.id for r in parallel] == [a.id for a in articles]  # order kept
    assert _key(parallel) == _key(local)
    assert sum(len(r.events) for r in local) >= 5
