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
from datetime import date, timedelta

import duckdb

from dateline.clusters.match import Mention, compatible, effective_interval
from dateline.sql import insert_rows, utc_now

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
    index: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for cid, ms in members.items():
        for x in ms:
            _index(index, x, cid)
    touched: set[str] = set()
    created = 0
    assignments: list[tuple[str, str]] = []
    for m in new:
        best, best_score = None, 0.0
        for cid in sorted(_candidates(index, m)):
            ms = members[cid]
            hits = sum(compatible(m, x) for x in ms)
            score = hits / len(ms)
            if hits and score >= 0.5 and score > best_score:
                best, best_score = cid, score
        if best is None:
            best = _cluster_id(m.event_id)
            created += 1
        members[best].append(m)
        _index(index, m, best)
        touched.add(best)
        assignments.append((m.event_id, best))
    con.execute("BEGIN TRANSACTION")
    try:
        insert_rows(con, "cluster_mentions", assignments)
        con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT unnest(?))",
                    [sorted(touched)])
        insert_rows(con, "clusters", [_cluster_row(cid, members[cid]) for cid in touched])
        links = _link_planned(con, touched, members, index)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return ClusterUpdate(len(assignments), created, len(touched), links)


def _weeks(m: Mention) -> range:
    lo, hi = effective_interval(m)
    return range(lo.toordinal() // 7, hi.toordinal() // 7 + 1)


def _index(index: dict[tuple[str, str, int], set[str]], m: Mention, cid: str) -> None:
    """Block clusters by (type, party, week) so a mention is compared only with clusters
    that share its type, a party and a week of its possible dates."""
    for party in m.parties:
        for week in _weeks(m):
            index[(m.type, party, week)].add(cid)


def _candidates(index: dict[tuple[str, str, int], set[str]], m: Mention) -> set[str]:
    out: set[str] = set()
    for party in m.parties:
        for week in _weeks(m):
            out |= index.get((m.type, party, week), set())
    return out


def _narrowest(ms: list[Mention]) -> Mention:
    def rank(m: Mention) -> tuple[int, int, date, str]:
        explicit = 0 if m.date_method in ("explicit", "anchored") else 1
        return explicit, (m.date_end - m.date_start).days, m.published, m.event_id
    return min(ms, key=rank)


def _cluster_row(cid: str, ms: list[Mention]) -> list[object]:
    rep = _narrowest(ms)
    dated = [m for m in ms if m.date_method != "publication"] or ms
    start = max(m.date_start for m in dated)
    end = min(m.date_end for m in dated)
    if start > end:  # reports disagree: keep the span they cover
        start, end = min(m.date_start for m in dated), max(m.date_end for m in dated)
    first = min(ms, key=lambda m: (m.published, m.article_id))
    parties = sorted(set().union(*(m.parties for m in ms)))
    places = [m.place_country for m in ms if m.place_country]
    return [cid, rep.type, rep.status, parties, start, end,
            max(set(places), key=places.count) if places else None, rep.event_id, len(ms),
            len({m.article_id for m in ms}), len({m.source or m.article_id for m in ms}),
            first.published, first.article_id, utc_now()]


def _link_planned(con: duckdb.DuckDBPyConnection, touched: set[str],
                  members: dict[str, list[Mention]],
                  index: dict[tuple[str, str, int], set[str]]) -> int:
    pairs: set[tuple[str, str]] = set()
    for cid in touched:
        ms = members[cid]
        status = ms[0].status
        if status not in ("planned", "occurred"):
            continue
        others = set().union(*(_candidates(index, m) for m in ms)) - {cid}
        for other in others:
            os_ = members[other]
            if {status, os_[0].status} != {"planned", "occurred"}:
                continue
            if any(compatible(a, b, same_status=False) for a in ms for b in os_):
                pairs.add((cid, other) if status == "planned" else (other, cid))
    if not pairs:
        return 0
    existing = set(con.execute("SELECT from_cluster, to_cluster FROM cluster_links "
                               "WHERE relation = 'fulfils'").fetchall())
    new = sorted(pairs - existing)
    insert_rows(con, "cluster_links", [[a, b, "fulfils"] for a, b in new])
    return len(new)
