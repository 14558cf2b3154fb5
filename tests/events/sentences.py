"""Running the whole pipeline on one sentence written for a test: the events, by trigger,
and the types at a trigger (shared by the per-rule test files)."""

from __future__ import annotations

from datetime import date

from dateline import extract
from dateline.types import Article, Event

DAY = date(2021, 3, 8)


def events(text: str, published: date = DAY) -> list[Event]:
    return extract(Article(id="t", published=published, text=text))


def by_trigger(text: str, published: date = DAY) -> dict[str, Event]:
    return {e.trigger: e for e in events(text, published)}


def types_at(text: str, trigger: str, published: date = DAY) -> set[str]:
    return {e.type for e in events(text, published) if e.trigger == trigger}
