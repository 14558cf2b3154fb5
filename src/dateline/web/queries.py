"""Read-only queries behind the web API: filtered, paged and counted, all parameterised.

Built on ``Store``'s own filtered queries (``EventFilter``) plus an actor filter; values
from a request only ever reach DuckDB as bound parameters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from dateline.store import EventFilter, Store

__all__ = ["LEVEL_ID", "Query", "actors", "count", "facets", "has_table", "network", "one",
           "page", "page_json", "places", "stream", "timeline"]

# the column naming the event mention that a row's filters apply to
LEVEL_ID = {"mentions": "event_id", "events": "representative_event_id"}
_ORDER = {"mentions": "date_start, article_id, trigger_start, event_id",
          "events": "date_start, cluster_id"}


@dataclass(frozen=True)
class Query:
    """A level (mentions | events), the store's filter, and an actor name fragment."""

    level: str
    flt: EventFilter
    actor: str | None = None


def _base(store: Store, q: Query) -> tuple[str, list[Any]]:
    if q.level == "mentions":  # unordered: the caller orders (and sorts only what it keeps)
        where_sql, params = q.flt.where()
        sql = f"SELECT * FROM events{where_sql}"
    else:
        sql, params = store.level_sql(q.level, replace(q.flt, limit=None, offset=0))
    where = ""
    if q.actor:
        where = (f" WHERE EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = "
                 f"q.{LEVEL_ID[q.level]} AND (contains(lower(coalesce(ea.name, '')), ?) "
                 "OR contains(lower(ea.text), ?)))")
        params = [*params, q.actor.lower(), q.actor.lower()]
    return f"SELECT * FROM ({sql}) q{where}", params


def _dicts(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = store.con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def count(store: Store, q: Query) -> int:
    sql, params = _base(store, q)
    row = store.con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
    return int(row[0]) if row else 0


def _page_sql(store: Store, q: Query) -> tuple[str, list[Any]]:
    sql, params = _base(store, q)
    order = _ORDER[q.level]
    if q.level == "mentions":  # sort narrow keys, then read the whole rows of one page
        sql = (f"SELECT * FROM events WHERE event_id IN (SELECT event_id FROM "
               f"(SELECT {order} FROM ({sql}) q ORDER BY {order} LIMIT ? OFFSET ?)) "
               f"ORDER BY {order}")
    else:
        sql = f"{sql} ORDER BY {order} LIMIT ? OFFSET ?"
    return sql, [*params, q.flt.limit, q.flt.offset]


def page(store: Store, q: Query) -> list[dict[str, Any]]:
    return _dicts(store, *_page_sql(store, q))


def page_json(store: Store, q: Query) -> str:
    """One page as a JSON array, serialised by DuckDB (dates as YYYY-MM-DD)."""
    sql, params = _page_sql(store, q)
    order = ", ".join(f"p.{c.strip()}" for c in _ORDER[q.level].split(","))
    rows = store.con.execute(f"SELECT to_json(p)::VARCHAR FROM ({sql}) p ORDER BY {order}",
                             params).fetchall()
    return "[" + ",".join(r[0] for r in rows) + "]"


def stream(store: Store, q: Query, batch: int = 2000) -> Iterator[dict[str, Any]]:
    """Every matching row (up to the filter's limit), fetched ``batch`` rows at a time."""
    sql, params = _base(store, q)
    sql += f" ORDER BY {_ORDER[q.level]}"
    if q.flt.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, q.flt.limit, q.flt.offset]
    elif q.flt.offset:
        sql += " OFFSET ?"
        params = [*params, q.flt.offset]
    cur = store.con.execute(sql, params)
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(batch):
        for row in rows:
            yield dict(zip(names, row, strict=True))


def _mentions(store: Store, q: Query) -> tuple[str, list[Any]]:
    """The filtered mentions (whatever the level) as a subquery."""
    return _base(store, Query("mentions", q.flt, q.actor))


def timeline(store: Store, q: Query, bucket: str) -> list[dict[str, Any]]:
    if bucket not in ("day", "week", "month", "year"):
        raise ValueError(f"unknown bucket {bucket!r}")
    sql, params = _mentions(store, q)
    return _dicts(store, f"SELECT date_trunc('{bucket}', date_start)::DATE AS period, "
                  f"event_type, count(*) AS n FROM ({sql}) GROUP BY ALL ORDER BY 1, 2",
                  params)


def places(store: Store, q: Query, limit: int) -> list[dict[str, Any]]:
    sql, params = _mentions(store, q)
    return _dicts(store, "SELECT place_name, place_country, place_geonameid, place_lat, "
                  "place_lon, place_precision, count(*) AS n, "
                  "list(DISTINCT event_type ORDER BY event_type) AS event_types "
                  f"FROM ({sql}) WHERE place_lat IS NOT NULL AND place_lon IS NOT NULL "
                  "GROUP BY ALL ORDER BY n DESC, place_name LIMIT ?", [*params, limit])


def network(store: Store, q: Query, by: str, limit: int) -> dict[str, Any]:
    """Who acts on whom: edges source -> target weighted by events (mentions)."""
    sql, params = _mentions(store, q)
    key = ("coalesce(ea.country, '?')" if by == "country"
           else "coalesce(ea.name, ea.text)")
    side = ("SELECT ea.event_id, {key} AS actor, any_value(ea.country) AS country "
            "FROM event_actors ea WHERE ea.role = '{role}' AND ea.event_id IN "
            "(SELECT event_id FROM f) GROUP BY ALL")
    edges = _dicts(store, (
        f"WITH f AS ({sql}), "
        f"s AS ({side.format(key=key, role='source')}), "
        f"t AS ({side.format(key=key, role='target')}) "
        "SELECT s.actor AS source, t.actor AS target, any_value(s.country) AS "
        "source_country, any_value(t.country) AS target_country, "
        "count(DISTINCT s.event_id) AS weight, "
        "list(DISTINCT f.event_type ORDER BY f.event_type) AS event_types "
        "FROM s JOIN t ON s.event_id = t.event_id AND s.actor <> t.actor "
        "JOIN f ON f.event_id = s.event_id "
        "GROUP BY s.actor, t.actor ORDER BY weight DESC, source, target LIMIT ?"),
        [*params, limit])
    nodes: dict[str, dict[str, Any]] = {}
    for e in edges:
        for end in ("source", "target"):
            node = nodes.setdefault(e[end], {"id": e[end], "country": e[f"{end}_country"],
                                             "weight": 0})
            node["weight"] += e["weight"]
    return {"by": by, "nodes": list(nodes.values()), "edges": edges}


def facets(store: Store) -> dict[str, Any]:
    def pairs(sql: str) -> list[dict[str, Any]]:
        return [{"value": v, "n": int(n)} for v, n in store.con.execute(sql).fetchall()]

    span = store.con.execute("SELECT min(date_start), max(date_end) FROM events").fetchone()
    return {
        "types": pairs("SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"),
        "modalities": pairs("SELECT modality, count(*) FROM events GROUP BY 1 "
                            "ORDER BY 2 DESC"),
        "countries": pairs("SELECT c, count(*) FROM (SELECT unnest(list_distinct("
                           "list_concat(source_countries, target_countries))) AS c "
                           "FROM events) GROUP BY 1 ORDER BY 2 DESC, 1"),
        "date_min": span[0] if span else None,
        "date_max": span[1] if span else None,
    }


def one(store: Store, level: str, ident: str) -> dict[str, Any] | None:
    """One mention (``level="mentions"``, by event_id) or one clustered event (by
    cluster_id)."""
    if level == "mentions":
        rows = _dicts(store, "SELECT * FROM events WHERE event_id = ?", [ident])
    else:
        sql, params = store.level_sql("events", EventFilter())
        rows = _dicts(store, f"SELECT * FROM ({sql}) q WHERE cluster_id = ?", [*params, ident])
    return rows[0] if rows else None


def has_table(store: Store, name: str) -> bool:
    row = store.con.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_name = ?", [name]).fetchone()
    return bool(row and row[0])


_REGISTRY_TABLES = ("actor_registry", "actor_aliases", "actor_roles", "actor_known_roles",
                    "actor_mentions")


class _ReadOnlyCon:
    """A connection for ``list_actors`` on a read-only store: its ``CREATE TABLE IF NOT
    EXISTS`` statements are skipped (the tables are known to exist)."""

    def __init__(self, con: Any) -> None:
        self._con = con

    def execute(self, sql: str, params: Any = None) -> Any:
        if sql.lstrip().upper().startswith("CREATE TABLE IF NOT EXISTS"):
            return self
        return self._con.execute(sql, params) if params is not None else self._con.execute(sql)


def actors(store: Store, name: str | None, kind: str | None, country: str | None,
           limit: int) -> list[Any]:
    """Registered actors (empty when the store has no actor registry yet)."""
    from dateline.actors.registry import list_actors

    if not all(has_table(store, t) for t in _REGISTRY_TABLES):
        return []
    con: Any = _ReadOnlyCon(store.con)
    return list_actors(con, name=name, kind=kind, country=country, limit=limit)
