"""The JSON API: articles, event mentions, clustered events, actors, places, and the
aggregates the page draws (timeline, network). Listings take the same filters as the CLI,
page with ``limit``/``offset``, and stream with ``format=csv|jsonl``."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from dateline.store import EventFilter
from dateline.web import queries
from dateline.web.app import StoreHandle
from dateline.web.errors import ERROR_RESPONSES, ApiError, not_found
from dateline.web.formats import jsonable, stream_rows
from dateline.web.params import Filters, Paging, check_id, filters, paging

__all__ = ["router"]

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

FiltersDep = Annotated[Filters, Depends(filters)]
PagingDep = Annotated[Paging, Depends(paging)]


def _handle(request: Request) -> StoreHandle:
    handle: StoreHandle = request.app.state.store
    return handle


def _listing(request: Request, level: str, f: Filters, p: Paging, name: str) -> Any:
    handle = _handle(request)
    q = queries.Query(level, replace(f.flt, limit=p.limit, offset=p.offset), f.actor)
    if p.format != "json":
        store = handle.cursor_store()
        return stream_rows(p.format, queries.stream(store, q), name, store.con.close)
    with handle.reading() as store:
        total = queries.count(store, q)
        items = queries.page_json(store, q)
    head = json.dumps({"total": total, "limit": p.limit, "offset": p.offset})
    return Response(head[:-1] + ', "items": ' + items + "}", media_type="application/json")


@router.get("/health", summary="Store counts and whether ingest is allowed")
def health(request: Request) -> dict[str, Any]:
    handle = _handle(request)
    with handle.reading() as store:
        return {"ok": True, "counts": store.counts(), "allow_ingest": handle.allow_ingest}


@router.get("/facets", summary="Event types, modalities and countries with counts")
def facets(request: Request) -> dict[str, Any]:
    with _handle(request).reading() as store:
        return jsonable(queries.facets(store))


@router.get("/events", summary="Event mentions (one row per report), filtered and paged")
def events(request: Request, f: FiltersDep, p: PagingDep) -> Any:
    return _listing(request, "mentions", f, p, "events")


@router.get("/events/{event_id}",
            summary="One event mention with its actors and its article's text")
def event(request: Request, event_id: str) -> dict[str, Any]:
    check_id("event_id", event_id)
    with _handle(request).reading() as store:
        row = queries.one(store, "mentions", event_id)
        if row is None:
            raise not_found("event", event_id)
        article = store.article(row["article_id"])
        actors = store.event_actors(event_id)
    return jsonable({"event": row, "actors": actors, "article": article})


@router.get("/clusters", summary="Real-world events (clusters of mentions), filtered and paged")
def clusters(request: Request, f: FiltersDep, p: PagingDep) -> Any:
    return _listing(request, "events", f, p, "clusters")


@router.get("/clusters/{cluster_id}", summary="One clustered event with its mentions")
def cluster(request: Request, cluster_id: str) -> dict[str, Any]:
    check_id("cluster_id", cluster_id)
    with _handle(request).reading() as store:
        row = queries.one(store, "events", cluster_id)
        if row is None:
            raise not_found("cluster", cluster_id)
        mentions = [queries.one(store, "mentions", m) for m in row["mention_ids"] or []]
    return jsonable({"cluster": row, "mentions": [m for m in mentions if m]})


@router.get("/articles", summary="Stored articles (without their text), paged")
def articles(request: Request, p: PagingDep) -> Any:
    handle = _handle(request)
    sql = ("SELECT id, published, title, source, url, origin FROM articles "
           "ORDER BY published, id")
    if p.format != "json":
        store = handle.cursor_store()
        params: list[Any] = [p.offset]
        if p.limit is not None:
            sql, params = sql + " LIMIT ?", [p.limit, p.offset]
        cur = store.con.execute(sql + " OFFSET ?", params)
        names = [d[0] for d in cur.description]
        rows = (dict(zip(names, r, strict=True)) for r in cur.fetchall())
        return stream_rows(p.format, rows, "articles", store.con.close)
    with handle.reading() as store:
        row = store.con.execute("SELECT count(*) FROM articles").fetchone()
        cur = store.con.execute(sql + " LIMIT ? OFFSET ?", [p.limit, p.offset])
        names = [d[0] for d in cur.description]
        items = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    return {"total": int(row[0]) if row else 0, "limit": p.limit, "offset": p.offset,
            "items": jsonable(items)}


@router.get("/articles/{article_id}", summary="One article with its text and event mentions")
def article(request: Request, article_id: str) -> dict[str, Any]:
    check_id("article_id", article_id)
    with _handle(request).reading() as store:
        row = store.article(article_id)
        if row is None:
            raise not_found("article", article_id)
        evs = store.events(EventFilter(article_id=article_id))
    row.pop("content_hash", None)
    return jsonable({"article": row, "events": evs})


@router.get("/actors", summary="Actors in the registry, most mentioned first")
def actors(
    request: Request,
    name: Annotated[str | None, Query(max_length=200)] = None,
    kind: Annotated[str | None, Query(pattern=r"^[a-z_]{1,30}$")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    with _handle(request).reading() as store:
        found = queries.actors(store, name, kind, country.upper() if country else None,
                               limit)
    return {"items": jsonable([asdict(a) for a in found])}


@router.get("/places", summary="Event locations with event counts")
def places(request: Request, f: FiltersDep,
           limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> dict[str, Any]:
    with _handle(request).reading() as store:
        items = queries.places(store, queries.Query("mentions", f.flt, f.actor), limit)
    return {"items": jsonable(items)}


@router.get("/timeline", summary="Event mentions per period and type")
def timeline(request: Request, f: FiltersDep,
             bucket: Literal["day", "week", "month", "year"] = "month") -> dict[str, Any]:
    with _handle(request).reading() as store:
        items = queries.timeline(store, queries.Query("mentions", f.flt, f.actor), bucket)
    return {"bucket": bucket, "items": jsonable(items)}


@router.get("/network", summary="Who acts on whom: source -> target, weight = events")
def network(request: Request, f: FiltersDep,
            by: Literal["actor", "country"] = "actor",
            limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict[str, Any]:
    with _handle(request).reading() as store:
        out = queries.network(store, queries.Query("mentions", f.flt, f.actor), by, limit)
    return jsonable(out)


def _writable(request: Request) -> StoreHandle:
    handle = _handle(request)
    if not handle.allow_ingest:
        raise ApiError(403, "this server is read-only; start it with --allow-ingest")
    return handle


class IngestArticle(BaseModel):
    id: str = Field(min_length=1, max_length=256)
    published: date
    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000)


class IngestRequest(BaseModel):
    articles: list[IngestArticle] = Field(min_length=1, max_length=100)


@router.post("/ingest", status_code=200, responses={403: ERROR_RESPONSES[404] | {
    "description": "The server is read-only (started without --allow-ingest)"}},
    summary="Ingest articles (only when the server was started with --allow-ingest)")
def ingest(request: Request, body: IngestRequest,
           handle: Annotated[StoreHandle, Depends(_writable)]) -> dict[str, Any]:
    from dateline.ingest import ingest as run_ingest
    from dateline.types import Article
    for a in body.articles:
        check_id("id", a.id)
    items = [Article(id=a.id, published=a.published, text=a.text, title=a.title,
                     source=a.source, url=a.url, origin="http") for a in body.articles]
    with handle.write_lock:
        summary = run_ingest(items, handle.base, handle.executor())
        handle.base.sync_actor_registry()
    return {"stored": summary.stored, "duplicates": summary.duplicates,
            "quarantined": summary.quarantined, "events": summary.events,
            "line": summary.line()}
