"""Incremental clustering of event mentions into events, stored beside them.

``update_clusters(con)`` assigns every mention not yet in a cluster: to the existing
cluster it is compatible with (``match.compatible``) for most members, else to a new
cluster whose id is derived from its first mention (stable across runs). Only clusters
whose types and dates can match the new mentions are loaded, so adding articles to a large
store does not reprocess the archive. Planned clusters are linked to the occurred
clusters that fulfil them (``cluster_links``), not merged.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import duckdb

from dateline.clusters.match import Mention, compatible, effective_interval

__all__ = ["CLUSTER_SCHEMA", "ClusterUpdate", "ensure_schema", "update_clusters"]

CLUSTER_SCHEMA = """
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR PRIMARY KEY,
    event_type VARCHAR NOT NULL,
    status VARCHAR NOT NULL,          -- occurred | planned | not-occurred | hypothetical
    parties VARCHAR[] NOT NULL,
    date_start DATE NOT NULL,
    date_end DATE NOT NULL,
    place_country VARCHAR,
    representative_event_id VARCHAR NOT NULL,
    n_mentions INTEGER NOT NULL,
    n_articles INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    first_reported DATE NOT NULL,
    first_article_id VARCHAR NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS cluster_mentions (
    event_id VARCHAR PRIMARY KEY,
    cluster_id VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS cluster_links (
    from_cluster VARCHAR NOT NULL,
    to_cluster VARCHAR NOT NULL,
    relation VARCHAR NOT NULL,        -- fulfils: a planned event and the event that happened
    PRIMARY KEY (from_cluster, to_cluster, relation)
);
"""

_MENTION_SQL = """
SELECT e.event_id, e.article_id, a.source, e.published, e.event_type, e.modality,
       list_distinct(list_concat(
           CASE WHEN len(e.source_countries) > 0 THEN e.source_countries ELSE e.source_names END,
           CASE WHEN len(e.target_countries) > 0 THEN e.target_countries ELSE e.target_names END
       )) AS parties,
       e.date_start, e.date_end, e.date_method, e.place_country, e.place_geonameid
FROM events e JOIN articles a ON a.id = e.article_id
"""


@dataclass(frozen=True)
class ClusterUpdate:
    assigned: int  # mentions placed in clusters
    created: int  # new clusters
    touched: int  # clusters created or grown
    links: int  # planned -> occurred links added


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(CLUSTER_SCHEMA)


def _mentions(rows: Iterable[tuple]) -> list[Mention]:
    return [Mention(r[0], r[1], r[2], r[3], r[4], r[5], frozenset(r[6] or ()), r[7], r[8],
                    r[9], r[10], r[11]) for r in rows]


def _cluster_id(first_event_id: str) -> str:
    return "c" + hashlib.sha1(first_event_id.encode()).hexdigest()[:15]


def update_clusters(con: duckdb.DuckDBPyConnection) -> ClusterUpdate:
    ensure_schema(con)
    new = _mentions(con.execute(
        _MENTION_SQL + " WHERE e.event_id NOT IN (SELECT event_id FROM cluster_mentions) "
        "ORDER BY e.published, e.article_id, e.trigger_start, e.event_id").fetchall())
    if not new:
        return ClusterUpdate(0, 0, 0, 0)
    types = sorted({m.type for m in new})
    lo = min(effective_interval(m)[0] for m in new) - timedelta(days=30)
    hi = max(effective_interval(m)[1] for m in new) + timedelta(days=30)
    members: dict[str, list[Mention]] = defaultdict(list)
    old = con.execute(
        _MENTION_SQL.replace("FROM events e", "FROM events e JOIN cluster_mentions cm "
                             "ON cm.event_id = e.event_id").replace(
            "SELECT e.event_id,", "SELECT cm.cluster_id, e.event_id,") +
        " WHERE e.event_type IN (SELECT unnest(?)) AND e.date_end >= ? AND e.date_start <= ?",
        [types, lo, hi]).fetchall()
    for row in old:
        members[row[0]].extend(_mentions([row[1:]]))
    by_type: dict[str, list[str]] = defaultdict(list)
    for cid, ms in members.items():
        by_type[ms[0].type].append(cid)
    touched: set[str] = set()
    created = 0
    assignments: list[tuple[str, str]] = []
    for m in new:
        best, best_score = None, 0.0
        for cid in by_type[m.type]:
            ms = members[cid]
            hits = sum(compatible(m, x) for x in ms)
            score = hits / len(ms)
            if hits and score >= 0.5 and score > best_score:
                best, best_score = cid, score
        if best is None:
            best = _cluster_id(m.event_id)
            by_type[m.type].append(best)
            created += 1
        members[best].append(m)
        touched.add(best)
        assignments.append((m.event_id, best))
    con.execute("BEGIN TRANSACTION")
    try:
        con.executemany("INSERT INTO cluster_mentions VALUES (?, ?)", assignments)
        for cid in touched:
            _write_cluster(con, cid, members[cid])
        links = _link_planned(con, touched, members, by_type)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return ClusterUpdate(len(assignments), created, len(touched), links)


def _narrowest(ms: list[Mention]) -> Mention:
    def rank(m: Mention) -> tuple[int, int, date, str]:
        explicit = 0 if m.date_method in ("explicit", "anchored") else 1
        return explicit, (m.date_end - m.date_start).days, m.published, m.event_id
    return min(ms, key=rank)


def _write_cluster(con: duckdb.DuckDBPyConnection, cid: str, ms: list[Mention]) -> None:
    rep = _narrowest(ms)
    dated = [m for m in ms if m.date_method != "publication"] or ms
    start = max(m.date_start for m in dated)
    end = min(m.date_end for m in dated)
    if start > end:  # reports disagree: keep the span they cover
        start, end = min(m.date_start for m in dated), max(m.date_end for m in dated)
    first = min(ms, key=lambda m: (m.published, m.article_id))
    parties = sorted(set().union(*(m.parties for m in ms)))
    places = [m.place_country for m in ms if m.place_country]
    con.execute("DELETE FROM clusters WHERE cluster_id = ?", [cid])
    con.execute(
        "INSERT INTO clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [cid, rep.type, rep.status, parties, start, end,
         max(set(places), key=places.count) if places else None, rep.event_id, len(ms),
         len({m.article_id for m in ms}), len({m.source or m.article_id for m in ms}),
         first.published, first.article_id, datetime.now(UTC)])


def _link_planned(con: duckdb.DuckDBPyConnection, touched: set[str],
                  members: dict[str, list[Mention]], by_type: dict[str, list[str]]) -> int:
    added = 0
    for cid in touched:
        ms = members[cid]
        for other in by_type[ms[0].type]:
            if other == cid:
                continue
            os_ = members[other]
            statuses = {ms[0].status, os_[0].status}
            if statuses != {"planned", "occurred"}:
                continue
            if any(compatible(a, b, same_status=False) for a in ms for b in os_):
                planned, occurred = (cid, other) if ms[0].status == "planned" else (other, cid)
                n = con.execute("SELECT count(*) FROM cluster_links WHERE from_cluster = ? "
                                "AND to_cluster = ?", [planned, occurred]).fetchone()
                if n and not n[0]:
                    con.execute("INSERT INTO cluster_links VALUES (?, ?, 'fulfils')",
                                [planned, occurred])
                    added += 1
    return added
