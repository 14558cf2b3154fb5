"""The Dask engine gives the same events as the single-process path on the bundled corpus."""

from __future__ import annotations

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
