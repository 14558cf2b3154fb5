"""The embedded store: one DuckDB file holding articles, events and quarantine."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from dateline.clusters import ClusterUpdate, update_clusters
from dateline.clusters import ensure_schema as ensure_cluster_schema
from dateline.sql import insert_rows, utc_now
from dateline.store.dataset import LoadResult, load_dataset, load_partition
from dateline.store.rows import article_rows, content_hash, quarantine_row
from dateline.store.schema import SCHEMA, SCHEMA_VERSION
from dateline.types import Actor, Article, Event, Quarantined

__all__ = ["DEFAULT_DB", "EventFilter", "Store", "StoreError", "content_hash"]

DEFAULT_DB = "dateline.duckdb"


class StoreError(RuntimeError):
    pass


def _sql_path(path: str | Path) -> str:
    return str(path).replace("'", "''")


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by the CLI, the Python API and (later) the web API."""

    country: str | None = None  # source or target country, ISO3
    type: str | None = None  # PLOVER event type
    modality: str | None = None
    since: date | None = None  # event interval ends on or after
    until: date | None = None  # event interval starts on or before
    article_id: str | None = None
    text: str | None = None  # case-insensitive substring of the sentence
    limit: int | None = None
    offset: int = 0

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.country:
            clauses.append("(list_contains(source_countries, ?) OR "
                           "list_contains(target_countries, ?))")
            params += [self.country.upper(), self.country.upper()]
        if self.type:
            clauses.append("event_type = ?")
            params.append(self.type.upper())
        if self.modality:
            clauses.append("modality = ?")
            params.append(self.modality.lower())
        if self.since:
            clauses.append("date_end >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date_start <= ?")
            params.append(self.until)
        if self.article_id:
            clauses.append("article_id = ?")
            params.append(self.article_id)
        if self.text:
            clauses.append("contains(lower(sentence), ?)")
            params.append(self.text.lower())
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass(frozen=True)
class AddResult:
    stored: bool  # False when the article was already in the store
    events: int
    duplicate_of: str | None = None


class Store:
    """A DuckDB file (or ``:memory:``). Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"the store {self.path} is busy: another process is writing to it "
                    "(an ingest?); try again when it has finished") from None
            raise StoreError(f"cannot open store {self.path}: {exc}") from None
        if not read_only:
            # all tables or none: a process killed here leaves a store with no tables,
            # which the next run completes, never a store with half its tables
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(SCHEMA)
                ensure_cluster_schema(self.con)
                self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                                 [str(SCHEMA_VERSION)])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise

    def cursor(self) -> Store:
        """Another handle on the same open database, for one thread (DuckDB connections
        must not be shared between threads; cursors may). Close it when done."""
        other = object.__new__(Store)
        other.path = self.path
        other.con = self.con.cursor()
        return other

    def level_sql(self, level: str, flt: EventFilter | None = None) -> tuple[str, list[Any]]:
        """The SQL (and parameters) behind ``rows(level, flt)``, for callers that wrap it
        (counts, streaming)."""
        return self._level_sql(level, flt)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- writing -----------------------------------------------------------------------

    def find_article(self, article: Article) -> tuple[str, str] | None:
        """(id, content_hash) of a stored article with the same id or the same content."""
        h = content_hash(article.published, article.text)
        row = self.con.execute(
            "SELECT id, content_hash FROM articles WHERE id = ? OR content_hash = ? "
            "ORDER BY id = ? DESC LIMIT 1", [article.id, h, article.id]).fetchone()
        return (row[0], row[1]) if row else None

    def find_articles(self, ids: Sequence[str],
                      hashes: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
        """Stored articles among ``ids`` or ``hashes``: (id -> content hash,
        content hash -> id)."""
        if not ids and not hashes:
            return {}, {}
        rows = self.con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?)) "
            "OR content_hash IN (SELECT unnest(?))", [list(ids), list(hashes)]).fetchall()
        return {r[0]: r[1] for r in rows}, {r[1]: r[0] for r in rows}

    def add(self, article: Article, events: Sequence[Event]) -> AddResult:
        """Store an article and its events; a stored article is kept as it is."""
        return self.add_many([(article, events)])[0]

    def add_many(self, items: Sequence[tuple[Article, Sequence[Event]]],
                 actors: Sequence[Sequence[Actor]] | None = None) -> list[AddResult]:
        """Store articles with their events (and, optionally, every coded actor mention
        of each article) in one transaction (all or nothing). An article already stored
        (same id, or same date and text), or repeated within ``items``, is not stored
        again."""
        if not items:
            return []
        hashes = [content_hash(a.published, a.text) for a, _ in items]
        self.con.execute("BEGIN TRANSACTION")
        try:
            found = dict(self.con.execute(
                "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?)) "
                "OR content_hash IN (SELECT unnest(?))",
                [[a.id for a, _ in items], hashes]).fetchall())
            by_hash = {h: i for i, h in found.items()}
            results: list[AddResult] = []
            tables: dict[str, list[list[Any]]] = {
                "articles": [], "article_actors": [], "events": [], "event_actors": []}
            now = utc_now()
            for n, ((article, events), h) in enumerate(zip(items, hashes, strict=True)):
                dup = article.id if article.id in found else by_hash.get(h)
                if dup is not None:
                    results.append(AddResult(stored=False, events=0, duplicate_of=dup))
                    continue
                found[article.id] = h
                by_hash[h] = article.id
                rows = article_rows(article, events, actors[n] if actors else (), now, h)
                for table, values in rows.items():
                    tables[table] += values
                results.append(AddResult(stored=True, events=len(rows["events"])))
            for table, values in tables.items():
                insert_rows(self.con, table, values)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return results

    def add_quarantined(self, q: Quarantined) -> bool:
        """Keep a bad record with its reason; the same record twice is kept once."""
        row = quarantine_row(q, utc_now())
        before = self.con.execute("SELECT count(*) FROM quarantine WHERE quarantine_id = ?",
                                  [row[0]]).fetchone()
        if before and before[0]:
            return False
        self.con.execute("INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
        return True

    def sync_actor_registry(self) -> int:
        """Record the actor mentions of articles not yet in the actor registry (one
        canonical actor per name variant, roles with dates); returns articles added."""
        from dateline.actors import registry

        registry.ensure_schema(self.con)
        self.con.execute("CREATE TABLE IF NOT EXISTS actor_registry_synced "
                         "(article_id VARCHAR PRIMARY KEY)")
        rows = self.con.execute(
            "SELECT aa.article_id, a.published, aa.start_char, aa.end_char, aa.text, aa.name, "
            "aa.country, aa.sectors, aa.actor_role, aa.kind, aa.code, aa.rule, aa.confidence "
            "FROM article_actors aa JOIN articles a ON a.id = aa.article_id "
            "WHERE aa.article_id NOT IN (SELECT article_id FROM actor_registry_synced) "
            "ORDER BY a.published, aa.article_id, aa.start_char").fetchall()
        by_article: dict[str, tuple[date, list[Actor]]] = {}
        for r in rows:
            entry = by_article.setdefault(r[0], (r[1], []))
            entry[1].append(Actor(text=r[4], start=r[2], end=r[3], name=r[5], country=r[6],
                                  sectors=tuple(r[7] or ()), role=r[8], kind=r[9] or "unknown",
                                  code=r[10], rule=r[11] or "", confidence=r[12] or 1.0))
        self.con.execute("BEGIN TRANSACTION")
        try:
            for article_id, (published, actors) in by_article.items():
                registry.record_mentions(self.con, article_id, published, actors)
            insert_rows(self.con, "actor_registry_synced", [[a] for a in by_article])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(by_article)

    def load_partition(self, root: str | Path, number: int) -> LoadResult:
        """Copy one partition of a Parquet dataset (``store/dataset.py``) into the store,
        in one transaction; articles already stored are skipped."""
        return load_partition(self.con, root, number)

    def load_dataset(self, root: str | Path) -> LoadResult:
        """Load every complete partition of the Parquet dataset at ``root``."""
        return load_dataset(self.con, root)

    def update_clusters(self) -> ClusterUpdate:
        """Place every mention not yet clustered (incremental)."""
        return update_clusters(self.con)

    # -- reading -----------------------------------------------------------------------

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def _events_sql(self, flt: EventFilter) -> tuple[str, list[Any]]:
        where, params = flt.where()
        sql = f"SELECT * FROM events{where} ORDER BY date_start, article_id, trigger_start"
        return self._paged(sql, params, flt)

    @staticmethod
    def _paged(sql: str, params: list[Any], flt: EventFilter) -> tuple[str, list[Any]]:
        if flt.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, flt.limit, flt.offset]
        return sql, params

    def _clusters_sql(self, flt: EventFilter) -> tuple[str, list[Any]]:
        where, params = flt.where()
        sql = (
            "SELECT c.cluster_id, c.event_type, c.status, c.parties, c.date_start, "
            "c.date_end, c.place_country, c.n_mentions, c.n_articles, c.n_sources, "
            "c.first_reported, c.first_article_id, c.representative_event_id, "
            "(SELECT list(m.event_id ORDER BY m.event_id) FROM cluster_mentions m "
            " WHERE m.cluster_id = c.cluster_id) AS mention_ids, "
            "(SELECT list(l.to_cluster ORDER BY l.to_cluster) FROM cluster_links l "
            " WHERE l.from_cluster = c.cluster_id) AS fulfilled_by, "
            "e.event_mode, e.contexts, e.cameo, e.modality, e.source_names, "
            "e.source_countries, e.source_sectors, e.target_names, e.target_countries, "
            "e.target_sectors, e.joint, e.place_name, e.place_geonameid, e.place_lat, "
            "e.place_lon, e.place_precision, e.trigger, e.sentence, e.article_id "
            "FROM clusters c JOIN (SELECT * FROM events" + where + ") e "
            "ON e.event_id = c.representative_event_id "
            "ORDER BY c.date_start, c.cluster_id")
        return self._paged(sql, params, flt)

    def _level_sql(self, level: str, flt: EventFilter | None) -> tuple[str, list[Any]]:
        flt = flt or EventFilter()
        if level == "mentions":
            return self._events_sql(flt)
        if level == "events":
            return self._clusters_sql(flt)
        raise ValueError(f"unknown level {level!r}: expected mentions or events")

    def events(self, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """Event mentions (one row per mention), filtered."""
        return self._dicts(*self._level_sql("mentions", flt))

    def clusters(self, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """Real-world events: clusters of mentions, with the representative mention's
        fields (filters apply to the representative mention)."""
        return self._dicts(*self._level_sql("events", flt))

    def rows(self, level: str, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        return self._dicts(*self._level_sql(level, flt))

    def frame(self, level: str = "mentions", flt: EventFilter | None = None,
              kind: str = "pandas") -> Any:
        """A pandas (``kind="pandas"``) or polars (``kind="polars"``) data frame."""
        sql, params = self._level_sql(level, flt)
        if kind == "pandas":
            return self.con.execute(sql, params).df()
        if kind == "polars":
            return self.con.sql(sql, params=params).pl()
        raise ValueError(f"unknown frame kind {kind!r}: expected pandas or polars")

    def write_parquet(self, level: str, path: str | Path,
                      flt: EventFilter | None = None) -> int:
        """Write ``mentions``, ``events`` (clusters), ``quarantine`` or ``articles`` to a
        Parquet file; returns the number of rows."""
        params: list[Any]
        if level in ("quarantine", "articles"):
            sql, params = f"SELECT * FROM {level} ORDER BY 1", []
        else:
            sql, params = self._level_sql(level, flt)
        count = self.con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
        self.con.execute(f"COPY ({sql}) TO '{_sql_path(path)}' (FORMAT parquet)", params)
        return int(count[0]) if count else 0

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self._dicts("SELECT * FROM articles WHERE id = ?", [article_id])
        return rows[0] if rows else None

    def articles(self, limit: int | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT id, published, title, source, url, origin FROM articles "
               "ORDER BY published, id")
        if limit is not None:
            return self._dicts(sql + " LIMIT ?", [limit])
        return self._dicts(sql)

    def event_actors(self, event_id: str) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM event_actors WHERE event_id = ? "
                           "ORDER BY role, position", [event_id])

    def quarantined(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM quarantine ORDER BY origin, locator")

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "quarantine"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

