"""The pipeline: named stages run in order over batches of articles.

    read -> nlp -> time -> actors -> places -> events -> store

``Pipeline`` loads every resource once (spaCy model, lexicons, gazetteer, patterns) and
then processes articles in batches with ``nlp.pipe``. It records the time spent in each
stage (``Pipeline.timings``) for the benchmarks; it never prints.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from dateline.actors import ActorCoder
from dateline.events import EventExtractor
from dateline.nlp import load_nlp
from dateline.places import PlaceResolver
from dateline.readers.dateline_mask import mask_dateline
from dateline.readers.records import quarantine
from dateline.time import EventDater
from dateline.types import Actor, Article, Event, Quarantined

__all__ = ["STAGES", "ArticleResult", "Pipeline", "default_pipeline", "extract"]

STAGES = ("nlp", "time", "actors", "places", "events")


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    events: list[Event]
    actors: list[Actor] = field(default_factory=list)  # every actor mention, coded
    error: str | None = None  # a stage failed on this article: it is quarantined, not lost

    def quarantined(self) -> Quarantined:
        """The quarantine record of an article a stage failed on (field "processing"),
        to be ingested again once fixed."""
        a = self.article
        origin, _, locator = a.origin.rpartition(":")
        return quarantine(origin or a.origin, locator or "record", "processing",
                          self.error or "", {"id": a.id, "date": a.published.isoformat(),
                                             "text": a.text[:500]}, a.id)


class Pipeline:
    def __init__(
        self,
        nlp: Language | None = None,
        patterns: Sequence[Path] = (),
        actor_coder: ActorCoder | None = None,
        place_resolver: PlaceResolver | None = None,
        batch_size: int = 32,
    ) -> None:
        self.nlp = nlp or load_nlp()
        from dateline.events.patterns import load_patterns

        self.extractor = EventExtractor(load_patterns(tuple(patterns)))
        self.actor_coder = actor_coder or ActorCoder()
        self.place_resolver = place_resolver or PlaceResolver()
        self.batch_size = batch_size
        self.timings: dict[str, float] = defaultdict(float)

    def _clock(self, stage: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[stage] += now - since
        return now

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Yield each article with its events, in input order."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Article]) -> Iterator[ArticleResult]:
        t = time.perf_counter()
        docs = list(self.nlp.pipe((mask_dateline(a.text) for a in batch),
                                  batch_size=self.batch_size))
        t = self._clock("nlp", t)
        for article, doc in zip(batch, docs, strict=True):
            stage = "time"
            try:
                dater = EventDater(doc, article.published)
                t = self._clock("time", t)
                stage = "actors"
                actors = self.actor_coder.for_doc(doc, article.published, title=article.title)
                t = self._clock("actors", t)
                stage = "places"
                places = self.place_resolver.for_doc(doc, article.published)
                t = self._clock("places", t)
                stage = "events"
                events = self.extractor.extract(doc, article, actors, dater, places)
                t = self._clock("events", t)
            except Exception as exc:  # one bad article must not sink its batch
                t = time.perf_counter()
                yield ArticleResult(article, [], [], error=f"the {stage} stage failed: "
                                    f"{type(exc).__name__}: {exc}")
                continue
            yield ArticleResult(article, events, list(actors.mentions))

    def extract(self, article: Article) -> list[Event]:
        return next(iter(self._run([article]))).events


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide pipeline with default resources (built on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def extract(article: Article) -> list[Event]:
    """Events of one article, with the default pipeline."""
    return default_pipeline().extract(article)
