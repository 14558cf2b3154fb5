"""The actor registry in the store: one canonical actor for the variants of a name across
articles, the roles seen with the dates of the articles that saw them, and imported
world knowledge. All functions take the store's DuckDB connection, return data and never
print; every write is idempotent (recording an article twice changes nothing).

Tables (all prefixed ``actor_``):

- ``actor_registry``: actor_id, name, kind, country, code, source (text | dictionary | user)
- ``actor_aliases``: actor_id, alias, alias_key (folded words)
- ``actor_roles``: roles seen in articles: actor_id, role, country, sectors, article_id,
  seen_on
- ``actor_known_roles``: roles from imported dictionaries, with optional date ranges
- ``actor_mentions``: article_id, start, end, actor_id, text (which mention was which actor)
- ``actor_merges``: other_id -> keep_id, so later records of a merged name follow the merge

Matching a mention to an actor: the same folded name and kind; else, for a one-word name
("Singh"), the single registered person whose name ends with it and whose country does
not contradict the mention's. Otherwise a new actor.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import duckdb

from dateline.actors.coref import name_key
from dateline.actors.knowledge import ActorKnowledge, KnownActor, KnownRole
from dateline.types import Actor

__all__ = [
    "RegistryActor",
    "RoleHolder",
    "RoleSeen",
    "actor_id_for",
    "ensure_schema",
    "list_actors",
    "load_knowledge",
    "merge",
    "record_mentions",
    "rename",
    "who_held",
]

_REGISTERED_KINDS = ("person", "organisation", "igo", "country")

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS actor_registry (
        actor_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR,
        country VARCHAR, code VARCHAR, source VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS actor_aliases (
        actor_id VARCHAR NOT NULL, alias VARCHAR NOT NULL, alias_key VARCHAR NOT NULL,
        PRIMARY KEY (actor_id, alias_key))""",
    """CREATE TABLE IF NOT EXISTS actor_roles (
        actor_id VARCHAR NOT NULL, role VARCHAR NOT NULL, country VARCHAR NOT NULL,
        sectors VARCHAR NOT NULL, article_id VARCHAR NOT NULL, seen_on DATE,
        PRIMARY KEY (actor_id, role, country, sectors, article_id))""",
    """CREATE TABLE IF NOT EXISTS actor_known_roles (
        actor_id VARCHAR NOT NULL, country VARCHAR NOT NULL, sectors VARCHAR NOT NULL,
        role VARCHAR NOT NULL, code VARCHAR NOT NULL, start_date DATE, end_date DATE,
        source VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS actor_mentions (
        article_id VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        actor_id VARCHAR NOT NULL, text VARCHAR,
        PRIMARY KEY (article_id, start_char, end_char))""",
    """CREATE TABLE IF NOT EXISTS actor_merges (
        other_id VARCHAR PRIMARY KEY, keep_id VARCHAR NOT NULL)""",
]


@dataclass(frozen=True)
class RoleSeen:
    role: str
    country: str | None
    sectors: tuple[str, ...]
    first_seen: date | None
    last_seen: date | None
    articles: int
    source: str = "text"  # text | dictionary


@dataclass
class RegistryActor:
    actor_id: str
    name: str
    kind: str | None
    country: str | None
    code: str | None
    source: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[RoleSeen] = field(default_factory=list)
    mentions: int = 0


@dataclass(frozen=True)
class RoleHolder:
    actor_id: str
    name: str
    country: str | None
    role: str
    first_seen: date | None
    last_seen: date | None
    source: str  # text | dictionary
    current: bool  # True if the evidence covers the date; False: last holder known before


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    for stmt in _SCHEMA:
        con.execute(stmt)


def actor_id_for(name: str, kind: str | None) -> str:
    key = " ".join(name_key(name)) + "|" + (kind or "")
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def _key(text: str) -> str:
    return " ".join(name_key(text))


def _follow(con: duckdb.DuckDBPyConnection, actor_id: str) -> str:
    for _ in range(10):
        row = con.execute("SELECT keep_id FROM actor_merges WHERE other_id = ?",
                          [actor_id]).fetchone()
        if row is None:
            return actor_id
        actor_id = row[0]
    return actor_id


def _match(con: duckdb.DuckDBPyConnection, a: Actor) -> str | None:
    assert a.name is not None
    key = _key(a.name)
    rows = con.execute(
        """SELECT DISTINCT r.actor_id, r.kind, r.country FROM actor_aliases al
           JOIN actor_registry r USING (actor_id) WHERE al.alias_key = ?""", [key]).fetchall()
    same_kind = [r for r in rows if r[1] == a.kind or a.kind == "unknown"]
    compatible = [r for r in same_kind if not (a.country and r[2] and a.country != r[2])]
    if len(compatible) == 1:
        return str(compatible[0][0])
    if compatible:
        exact = [r for r in compatible if r[0] == actor_id_for(a.name, a.kind)]
        return str(exact[0][0]) if exact else str(compatible[0][0])
    if a.kind == "person" and " " not in key and key:
        rows = con.execute(
            """SELECT DISTINCT r.actor_id, r.country FROM actor_aliases al
               JOIN actor_registry r USING (actor_id)
               WHERE r.kind = 'person' AND al.alias_key LIKE ?""", ["% " + key]).fetchall()
        rows = [r for r in rows if not (a.country and r[1] and a.country != r[1])]
        if len({r[0] for r in rows}) == 1:
            return str(rows[0][0])
    return None


def _add_alias(con: duckdb.DuckDBPyConnection, actor_id: str, alias: str) -> None:
    key = _key(alias)
    if key:
        con.execute("INSERT OR IGNORE INTO actor_aliases VALUES (?, ?, ?)",
                    [actor_id, alias.strip(), key])


def _ensure_actor(con: duckdb.DuckDBPyConnection, name: str, kind: str | None,
                  country: str | None, code: str | None, source: str) -> str:
    actor_id = _follow(con, actor_id_for(name, kind))
    con.execute("INSERT OR IGNORE INTO actor_registry VALUES (?, ?, ?, ?, ?, ?)",
                [actor_id, name, kind, country, code, source])
    if country:
        con.execute("UPDATE actor_registry SET country = ? WHERE actor_id = ? AND "
                    "country IS NULL", [country, actor_id])
    _add_alias(con, actor_id, name)
    return actor_id


def record_mentions(con: duckdb.DuckDBPyConnection, article_id: str, published: date,
                    mentions: Sequence[Actor]) -> None:
    """Register the named actors of one article (people, organisations, IGOs, countries)
    with their aliases and the roles the article gave them."""
    ensure_schema(con)
    for a in mentions:
        if not a.name or a.kind not in _REGISTERED_KINDS:
            continue
        found = _match(con, a)
        actor_id = _follow(con, found) if found else _ensure_actor(
            con, a.name, a.kind, a.country, a.code, "text")
        if found and a.country:
            con.execute("UPDATE actor_registry SET country = ? WHERE actor_id = ? AND "
                        "country IS NULL", [a.country, actor_id])
        _add_alias(con, actor_id, a.name)
        last = name_key(a.name)[-1:]
        if (a.kind == "person" and a.text and len(a.text) < 120 and last
                and last[0] in name_key(a.text) and len(name_key(a.text)) >= 2):
            _add_alias(con, actor_id, a.text)
        con.execute("INSERT OR IGNORE INTO actor_mentions VALUES (?, ?, ?, ?, ?)",
                    [article_id, a.start, a.end, actor_id, a.text])
        if a.role or a.sectors:
            con.execute("INSERT OR IGNORE INTO actor_roles VALUES (?, ?, ?, ?, ?, ?)",
                        [actor_id, a.role or "", a.country or "", " ".join(a.sectors),
                         article_id, published])


def _roles_of(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, list[RoleSeen]]:
    out: dict[str, list[RoleSeen]] = {}
    for r in con.execute(
            """SELECT actor_id, role, country, sectors, min(seen_on), max(seen_on),
                      count(DISTINCT article_id)
               FROM actor_roles WHERE actor_id IN (SELECT unnest(?))
               GROUP BY ALL ORDER BY min(seen_on), role""", [ids]).fetchall():
        out.setdefault(r[0], []).append(
            RoleSeen(r[1], r[2] or None, tuple(r[3].split()), r[4], r[5], r[6]))
    for r in con.execute(
            """SELECT actor_id, role, country, sectors, start_date, end_date
               FROM actor_known_roles WHERE actor_id IN (SELECT unnest(?))
               ORDER BY start_date NULLS LAST""", [ids]).fetchall():
        out.setdefault(r[0], []).append(
            RoleSeen(r[1], r[2] or None, tuple(r[3].split()), r[4], r[5], 0, "dictionary"))
    return out


def _roles(con: duckdb.DuckDBPyConnection, actor_id: str) -> list[RoleSeen]:
    return _roles_of(con, [actor_id]).get(actor_id, [])


def list_actors(con: duckdb.DuckDBPyConnection, *, name: str | None = None,
                kind: str | None = None, country: str | None = None,
                source: str | None = None, limit: int | None = None) -> list[RegistryActor]:
    """Registered actors, most mentioned first; ``name`` matches whole words of any alias
    ("singh" finds "Rajnath Singh", not "Singhal")."""
    ensure_schema(con)
    where, params = [], []
    if name:
        where.append("actor_id IN (SELECT actor_id FROM actor_aliases "
                     "WHERE (' ' || alias_key || ' ') LIKE ?)")
        params.append(f"% {_key(name)} %")
    for col, val in (("kind", kind), ("country", country), ("source", source)):
        if val:
            where.append(f"{col} = ?")
            params.append(val)
    sql = ("SELECT r.actor_id, name, kind, country, code, source, "
           "(SELECT count(*) FROM actor_mentions m WHERE m.actor_id = r.actor_id) AS n "
           "FROM actor_registry r")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY n DESC, name"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = con.execute(sql, params).fetchall()
    ids = [r[0] for r in rows]
    aliases: dict[str, list[str]] = {}
    for aid, alias in con.execute(
            "SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (SELECT unnest(?)) "
            "ORDER BY alias", [ids]).fetchall():
        aliases.setdefault(aid, []).append(alias)
    roles = _roles_of(con, ids)
    return [RegistryActor(r[0], r[1], r[2], r[3], r[4], r[5], aliases.get(r[0], []),
                          roles.get(r[0], []), int(r[6])) for r in rows]


def merge(con: duckdb.DuckDBPyConnection, keep_id: str, other_id: str) -> RegistryActor:
    """Fold ``other_id`` into ``keep_id``: aliases, roles, mentions and knowledge move;
    later records of the other's name go to ``keep_id``."""
    ensure_schema(con)
    keep_id, other_id = _follow(con, keep_id), _follow(con, other_id)
    if keep_id == other_id:
        raise ValueError("cannot merge an actor into itself")
    for actor_id in (keep_id, other_id):
        if con.execute("SELECT 1 FROM actor_registry WHERE actor_id = ?",
                       [actor_id]).fetchone() is None:
            raise KeyError(f"no actor with id {actor_id}")
    con.execute("""INSERT OR IGNORE INTO actor_aliases SELECT ?, alias, alias_key
                   FROM actor_aliases WHERE actor_id = ?""", [keep_id, other_id])
    con.execute("DELETE FROM actor_aliases WHERE actor_id = ?", [other_id])
    con.execute("""INSERT OR IGNORE INTO actor_roles SELECT ?, role, country, sectors,
                   article_id, seen_on FROM actor_roles WHERE actor_id = ?""",
                [keep_id, other_id])
    con.execute("DELETE FROM actor_roles WHERE actor_id = ?", [other_id])
    con.execute("UPDATE actor_known_roles SET actor_id = ? WHERE actor_id = ?",
                [keep_id, other_id])
    con.execute("UPDATE actor_mentions SET actor_id = ? WHERE actor_id = ?",
                [keep_id, other_id])
    con.execute("""UPDATE actor_registry SET country = (SELECT country FROM actor_registry
                   WHERE actor_id = ?) WHERE actor_id = ? AND country IS NULL""",
                [other_id, keep_id])
    con.execute("DELETE FROM actor_registry WHERE actor_id = ?", [other_id])
    con.execute("INSERT OR REPLACE INTO actor_merges VALUES (?, ?)", [other_id, keep_id])
    con.execute("UPDATE actor_merges SET keep_id = ? WHERE keep_id = ?", [keep_id, other_id])
    return list_actors_by_id(con, keep_id)


def list_actors_by_id(con: duckdb.DuckDBPyConnection, actor_id: str) -> RegistryActor:
    r = con.execute("SELECT actor_id, name, kind, country, code, source FROM actor_registry "
                    "WHERE actor_id = ?", [_follow(con, actor_id)]).fetchone()
    if r is None:
        raise KeyError(f"no actor with id {actor_id}")
    aliases = [a[0] for a in con.execute(
        "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", [r[0]]).fetchall()]
    n = con.execute("SELECT count(*) FROM actor_mentions WHERE actor_id = ?", [r[0]]).fetchone()
    return RegistryActor(r[0], r[1], r[2], r[3], r[4], r[5], aliases, _roles(con, r[0]),
                         int(n[0]) if n else 0)


def rename(con: duckdb.DuckDBPyConnection, actor_id: str, new_name: str) -> RegistryActor:
    """Give an actor a new canonical name (the old one stays as an alias)."""
    ensure_schema(con)
    actor_id = _follow(con, actor_id)
    if not new_name.strip():
        raise ValueError("the new name is empty")
    if con.execute("SELECT 1 FROM actor_registry WHERE actor_id = ?",
                   [actor_id]).fetchone() is None:
        raise KeyError(f"no actor with id {actor_id}")
    con.execute("UPDATE actor_registry SET name = ?, source = 'user' WHERE actor_id = ?",
                [new_name.strip(), actor_id])
    _add_alias(con, actor_id, new_name)
    return list_actors_by_id(con, actor_id)


def who_held(con: duckdb.DuckDBPyConnection, role: str, on: date,
             country: str | None = None) -> list[RoleHolder]:
    """Who held ``role`` (case-insensitive, e.g. "Defence Minister") on ``on``: holders
    whose dated evidence covers the date (current=True); if none, the most recent holder
    seen before it (current=False)."""
    ensure_schema(con)
    params: list[object] = [role.strip().lower()]
    cond = ""
    if country:
        cond = " AND country = ?"
        params.append(country)
    text_rows = con.execute(
        f"""SELECT actor_id, role, country, min(seen_on), max(seen_on) FROM actor_roles
            WHERE lower(role) = ?{cond} GROUP BY actor_id, role, country""", params).fetchall()
    dict_rows = con.execute(
        f"""SELECT actor_id, role, country, start_date, end_date FROM actor_known_roles
            WHERE lower(role) = ?{cond}""", params).fetchall()
    names = dict(con.execute("SELECT actor_id, name FROM actor_registry").fetchall())
    current: list[RoleHolder] = []
    before: list[RoleHolder] = []
    for rows, source in ((text_rows, "text"), (dict_rows, "dictionary")):
        for aid, r, c, start, end in rows:
            holds = (start is None or start <= on) and (end is None or on <= end)
            h = RoleHolder(aid, names.get(aid, aid), c or None, r, start, end, source, holds)
            if holds:
                current.append(h)
            elif start is not None and start <= on:
                before.append(h)
    if current:
        return sorted(current, key=lambda h: h.name)
    if before:
        latest = max(h.last_seen or h.first_seen or date.min for h in before)
        return [h for h in before if (h.last_seen or h.first_seen or date.min) == latest]
    return []


def load_knowledge(con: duckdb.DuckDBPyConnection) -> ActorKnowledge:
    """World knowledge for ``ActorCoder``: imported dictionary roles (dated as imported)
    and the roles seen in earlier articles (dated by the articles that saw them)."""
    ensure_schema(con)
    actors: dict[str, KnownActor] = {}
    for aid, name in con.execute("SELECT actor_id, name FROM actor_registry").fetchall():
        actors[aid] = KnownActor(aid, name)
    for aid, c, s, r, code, start, end in con.execute(
            "SELECT actor_id, country, sectors, role, code, start_date, end_date "
            "FROM actor_known_roles").fetchall():
        if aid in actors:
            actors[aid].roles.append(KnownRole(c or None, tuple(s.split()), r or None, start,
                                               end, code or None))
    for aid, r, c, s, start, end in con.execute(
            "SELECT actor_id, role, country, sectors, min(seen_on), max(seen_on) "
            "FROM actor_roles GROUP BY ALL").fetchall():
        if aid in actors:
            actors[aid].roles.append(KnownRole(c or None, tuple(s.split()), r or None, start,
                                               end))
    knowledge = ActorKnowledge([a for a in actors.values() if a.roles])
    for aid, alias in con.execute("SELECT actor_id, alias FROM actor_aliases").fetchall():
        knowledge.add_alias(alias, aid)
    return knowledge
