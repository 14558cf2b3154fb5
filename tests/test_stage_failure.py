"""A stage that fails on one article quarantines that article and spares the others."""

from __future__ import annotations

from datetime import date

from dateline.executors import LocalExecutor
from dateline.ingest import ingest
from dateline.pipeline import Pipeline
from dateline.store import Store
from dateline.types import Article


class _Exploding:
    def for_doc(self, doc, published):  # noqa: ANN001, ANN201
        if "explode" in doc.text:
            raise RuntimeError("boom")
        from dateline.places import PlaceResolver

        return PlaceResolver().for_doc(doc, published)


def test_failing_article_is_quarantined_not_lost() -> None:
    pipeline = Pipeline(place_resolver=_Exploding())  # type: ignore[arg-type]
    arts = [Article("a", date(2020, 1, 1), "Iran accused Iraq of attacking a convoy."),
            Article("b", date(2020, 1, 1), "This one will explode.", origin="f.jsonl:line 2"),
            Article("c", date(2020, 1, 1), "Egypt met Sudan in Cairo.")]
    with Store(":memory:") as store:
        summary = ingest(arts, store, LocalExecutor(pipeline=pipeline))
        assert summary.stored == 2 and summary.quarantined == 1
        (q,) = store.quarantined()
        assert q["record_id"] == "b" and q["field"] == "processing"
        assert "places stage failed" in q["reason"] and "boom" in q["reason"]
        assert q["origin"] == "f.jsonl" and q["locator"] == "line 2"
