"""Flattening events into table rows (shared by the store and the exports)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from dateline.types import Actor, Article, Event, Quarantined

__all__ = ["EVENT_COLUMNS", "actor_rows", "article_rows", "content_hash", "event_row",
           "quarantine_key", "quarantine_row"]

EVENT_COLUMNS = (
    "event_id", "article_id", "published", "event_type", "event_mode", "contexts", "cameo",
    "modality", "confidence", "source_names", "source_countries", "source_sectors",
    "target_names", "target_countries", "target_sectors", "joint", "attribution",
    "attribution_country", "date_start", "date_end", "date_granularity", "date_method",
    "date_expression", "date_expr_start", "date_expr_end", "date_value", "place_name",
    "place_country", "place_geonameid", "place_lat", "place_lon", "place_precision",
    "place_text", "trigger", "trigger_start", "trigger_end", "theme", "quantity", "sentence",
    "sentence_start", "sentence_end", "rule",
)


def _name(actor: Actor) -> str:
    return actor.name or actor.text


def _sectors(actors: tuple[Actor, ...]) -> list[str]:
    seen: list[str] = []
    for a in actors:
        for s in a.sectors:
            if s not in seen:
                seen.append(s)
    return seen


def _countries(actors: tuple[Actor, ...]) -> list[str]:
    out: list[str] = []
    for a in actors:
        if a.country and a.country not in out:
            out.append(a.country)
    return out


def event_row(event: Event, published: object) -> dict[str, Any]:
    d, p, attr = event.date, event.place, event.attribution
    return {
        "event_id": event.id,
        "article_id": event.article_id,
        "published": published,
        "event_type": event.type,
        "event_mode": event.mode,
        "contexts": list(event.context),
        "cameo": event.cameo,
        "modality": event.modality,
        "confidence": round(event.confidence, 3),
        "source_names": [_name(a) for a in event.sources],
        "source_countries": _countries(event.sources),
        "source_sectors": _sectors(event.sources),
        "target_names": [_name(a) for a in event.targets],
        "target_countries": _countries(event.targets),
        "target_sectors": _sectors(event.targets),
        "joint": event.joint,
        "attribution": event.attribution_text or (attr.text if attr else None),
        "attribution_country": attr.country if attr else None,
        "date_start": d.start,
        "date_end": d.end,
        "date_granularity": d.granularity,
        "date_method": d.method,
        "date_expression": d.expression,
        "date_expr_start": d.expr_start,
        "date_expr_end": d.expr_end,
        "date_value": d.value,
        "place_name": p.name if p else None,
        "place_country": p.country if p else None,
        "place_geonameid": p.geonameid if p else None,
        "place_lat": p.lat if p else None,
        "place_lon": p.lon if p else None,
        "place_precision": p.precision if p else None,
        "place_text": p.text if p else None,
        "trigger": event.trigger,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "theme": event.theme,
        "quantity": event.quantity,
        "sentence": event.sentence,
        "sentence_start": event.sentence_start,
        "sentence_end": event.sentence_end,
        "rule": event.rule,
    }


def actor_rows(event: Event) -> list[dict[str, Any]]:
    rows = []
    groups: list[tuple[str, tuple[Actor, ...]]] = [("source", event.sources),
                                                   ("target", event.targets)]
    if event.attribution is not None:
        groups.append(("attribution", (event.attribution,)))
    for role, actors in groups:
        for pos, a in enumerate(actors):
            rows.append({
                "event_id": event.id, "article_id": event.article_id, "role": role,
                "position": pos, "text": a.text, "start_char": a.start, "end_char": a.end,
                "name": a.name, "country": a.country, "sectors": list(a.sectors),
                "actor_role": a.role, "kind": a.kind, "code": a.code, "rule": a.rule,
                "confidence": a.confidence,
            })
    return rows


def content_hash(published: date, text: str) -> str:
    return hashlib.sha1(f"{published.isoformat()}\n{text}".encode()).hexdigest()


def article_rows(article: Article, events: Sequence[Event], actors: Sequence[Actor],
                 now: datetime, digest: str | None = None) -> dict[str, list[list[Any]]]:
    """The rows one article adds to each table (``articles``, ``events``,
    ``event_actors``, ``article_actors``), in the tables' column order. The same event id
    twice is one event; the same actor span and kind twice is one mention."""
    h = digest or content_hash(article.published, article.text)
    out: dict[str, list[list[Any]]] = {
        "articles": [[article.id, article.published, article.title, article.source,
                      article.url, article.text, article.origin, h, now]],
        "events": [], "event_actors": [], "article_actors": []}
    unique = {ev.id: ev for ev in events}
    for ev in unique.values():
        out["events"].append(list(event_row(ev, article.published).values()))
        out["event_actors"] += [list(r.values()) for r in actor_rows(ev)]
    seen_spans: set[tuple[int, int, str]] = set()
    for a in actors:
        span = (a.start, a.end, a.kind)
        if span not in seen_spans:
            seen_spans.add(span)
            out["article_actors"].append([article.id, a.start, a.end, a.text, a.name,
                                          a.country, list(a.sectors), a.role, a.kind,
                                          a.code, a.rule, a.confidence])
    return out


def quarantine_key(q: Quarantined) -> str:
    """The same bad record (origin, place, field, reason, content) has the same key."""
    return hashlib.sha1(
        "\x1f".join([q.origin, q.locator, q.field, q.reason, q.raw]).encode()
    ).hexdigest()[:20]


def quarantine_row(q: Quarantined, now: datetime) -> list[Any]:
    return [quarantine_key(q), q.origin, q.locator, q.field, q.reason, q.raw, q.record_id,
            now]
