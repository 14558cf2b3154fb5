"""Import an actor dictionary a user already has into the registry, as world knowledge.

Formats:

- ``petrarch``: the PETRARCH/TABARI/Phoenix ``.actors.txt`` format. An entry is a name
  in capitals with ``_`` for spaces (``VLADIMIR_PUTIN_``), followed by ``+ALIAS_`` lines
  and codes in brackets, on the same line or on indented lines after it:
  ``[RUSGOV >20000507]``, ``[INDGOV 970421-980319]``, ``[IGOUNO <061231]``, ``[ELI]``.
  A code is a country (three letters) followed by sector codes of three letters
  (``INDGOVMIL`` -> IND, GOV MIL); ``IGO...`` codes are international organisations
  (``IGOUNOKID`` -> code UNO, sector KID), ``NGO``/``MNC`` prefixes add the NGO/BUS sector.
  Dates are YYMMDD or YYYYMMDD; ``>d`` from d on, ``<d`` until d, ``d1-d2`` a range.
  ``#`` starts a comment; ``[---]`` is a placeholder and ignored.
- ``csv``: ``name,country,sector,role,start,end`` (a header row is optional; sectors
  separated by spaces or ``;``; dates ISO ``YYYY-MM-DD`` or empty).

``import_dictionary`` returns the number of actors imported and is idempotent: importing
the same file again replaces that file's knowledge instead of adding to it.
"""

from __future__ import annotations

import csv
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from dateline.actors.coref import name_key
from dateline.actors.registry import actor_id_for, ensure_schema

__all__ = ["DictEntry", "import_dictionary", "parse_csv", "parse_petrarch", "parse_code"]

_CODE_RE = re.compile(r"\[([^\]]*)\]")
_SECTOR_ONLY = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "ELI", "REB", "OPP", "CVL", "BUS",
                "MED", "EDU", "REL", "IGO", "NGO", "SPY", "CRM", "UAF", "PRM", "AGR", "LAB",
                "REF", "HLH", "JRN", "SOC", "UNK", "IMG", "HRI", "ENV", "DEV", "MOD", "RAD",
                "SEP", "INS", "NGM", "PRE"}


@dataclass
class DictEntry:
    name: str
    aliases: list[str] = field(default_factory=list)
    # (country, sectors, role, start, end, code)
    roles: list[tuple[str | None, tuple[str, ...], str | None, date | None, date | None,
                      str | None]] = field(default_factory=list)


def _pretty(raw: str) -> str:
    words = raw.replace("_", " ").split()
    out = []
    for w in words:
        if len(w) <= 3 and "." in w:
            out.append(w.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _date(text: str) -> date | None:
    text = text.strip()
    try:
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            yy = int(text[:2])
            year = 2000 + yy if yy < 40 else 1900 + yy
            return date(year, int(text[2:4]), int(text[4:]))
    except ValueError:
        return None
    return None


# CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"KSV": "XKX", "ZAR": "COD", "TMP": "TLS", "ROM": "ROU", "BUR": "MMR",
                "SER": "SRB", "YUG": "YUG", "FRY": "YUG", "USR": "SUN", "GZS": "PSE",
                "WSB": "PSE", "PAL": "PSE"}


def parse_code(code: str) -> tuple[str | None, tuple[str, ...], str | None] | None:
    """'INDGOVMIL' -> ('IND', ('GOV', 'MIL'), None); 'IGOUNOKID' -> (None, ('IGO', 'KID'),
    'UNO'); 'ELI' -> (None, ('ELI',), None); '---' -> None."""
    code = code.strip().upper()
    if not code or not code.isalpha() or len(code) % 3:
        return None
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if parts[0] == "IGO":
        own = parts[1] if len(parts) > 1 else None
        return None, ("IGO",) + tuple(parts[2:]), own
    if parts[0] in ("NGO", "MNC"):
        sector = "NGO" if parts[0] == "NGO" else "BUS"
        country = parts[1] if len(parts) > 1 and parts[1] not in _SECTOR_ONLY else None
        rest = parts[2:] if country else parts[1:]
        return country, (sector,) + tuple(rest), None
    if parts[0] in _SECTOR_ONLY:
        return None, tuple(parts), None
    return CAMEO_TO_ISO.get(parts[0], parts[0]), tuple(parts[1:]), None


_Role = tuple[str | None, tuple[str, ...], str | None, date | None, date | None, str | None]


def _roles_from(text: str) -> list[_Role]:
    out: list[_Role] = []
    for inner in _CODE_RE.findall(text):
        bits = inner.split()
        if not bits:
            continue
        parsed = parse_code(bits[0])
        if parsed is None:
            continue
        country, sectors, own = parsed
        start = end = None
        if len(bits) > 1:
            span = "".join(bits[1:])  # "[KSVGOV > 080109]" is written with a space too
            readable = True
            if span.startswith(">"):
                start = _date(span[1:])
                readable = start is not None
            elif span.startswith("<"):
                end = _date(span[1:])
                readable = end is not None
            elif "-" in span:
                a, b = span.split("-", 1)
                start, end = _date(a), _date(b)
                readable = start is not None and end is not None
            else:
                readable = False
            if not readable:
                continue  # a date we cannot read: do not apply the role at all
        out.append((country, sectors, None, start, end, own))
    return out


def parse_petrarch(text: str) -> list[DictEntry]:
    entries: list[DictEntry] = []
    current: DictEntry | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("["):
            if current is not None:
                current.roles.extend(_roles_from(stripped))
            continue
        if stripped.startswith("+"):
            if current is not None:
                alias = _CODE_RE.sub("", stripped[1:]).strip()
                if alias:
                    current.aliases.append(_pretty(alias))
                current.roles.extend(_roles_from(stripped))
            continue
        if line[0] in " \t":
            continue
        name = _CODE_RE.sub("", stripped).strip()
        if not name:
            continue
        current = DictEntry(_pretty(name))
        current.roles.extend(_roles_from(stripped))
        entries.append(current)
    return [e for e in entries if e.roles]


def parse_csv(text: str) -> list[DictEntry]:
    rows = list(csv.reader(text.splitlines()))
    if rows and [c.strip().lower() for c in rows[0][:2]] == ["name", "country"]:
        rows = rows[1:]
    by_name: dict[str, DictEntry] = {}
    for row in rows:
        if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
            continue
        row = (row + [""] * 6)[:6]
        name, country, sector, role, start, end = (c.strip() for c in row)
        sectors = tuple(s.upper() for s in re.split(r"[;\s]+", sector) if s)
        try:
            d1 = date.fromisoformat(start) if start else None
            d2 = date.fromisoformat(end) if end else None
        except ValueError as exc:
            raise ValueError(f"dictionary row for {name!r}: bad date ({exc})") from exc
        entry = by_name.setdefault(name, DictEntry(name))
        entry.roles.append((country.upper() or None, sectors, role or None, d1, d2, None))
    return list(by_name.values())


def _detect(path: Path, text: str) -> str:
    if path.suffix.lower() == ".csv":
        return "csv"
    return "petrarch"


def _kind(entry: DictEntry) -> str:
    codes = {r[5] for r in entry.roles if r[5]}
    if codes and all(r[0] is None for r in entry.roles):
        return "igo"
    if all(not r[1] for r in entry.roles):
        return "country"
    return "person" if len(entry.name.split()) >= 2 else "unknown"


def import_dictionary(con: duckdb.DuckDBPyConnection, path: str | Path,
                      format: str = "auto") -> int:
    """Load an actor dictionary into the registry as world knowledge; returns the number
    of actors imported."""
    path = Path(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    fmt = _detect(path, text) if format == "auto" else format
    if fmt in ("petrarch", "phoenix", "tabari", "actors"):
        entries = parse_petrarch(text)
    elif fmt == "csv":
        entries = parse_csv(text)
    else:
        raise ValueError(f"unknown dictionary format {format!r}: use auto, petrarch or csv")
    ensure_schema(con)
    source = f"dictionary:{path.name}"
    con.execute("DELETE FROM actor_known_roles WHERE source = ?", [source])
    actors: dict[str, tuple[str, str, str | None, str | None, str | None, str]] = {}
    aliases: dict[tuple[str, str], str] = {}
    roles = []
    merges = dict(con.execute("SELECT other_id, keep_id FROM actor_merges").fetchall())

    def follow(actor_id: str) -> str:
        for _ in range(10):
            if actor_id not in merges:
                break
            actor_id = merges[actor_id]
        return actor_id

    for e in entries:
        kind = _kind(e)
        first = e.roles[0]
        actor_id = follow(actor_id_for(e.name, kind))
        actors.setdefault(actor_id, (actor_id, e.name, kind, first[0], first[5], "dictionary"))
        for alias in [e.name, *e.aliases]:
            key = " ".join(name_key(alias))
            if key:
                aliases.setdefault((actor_id, key), alias)
        for country, sectors, role, start, end, own in e.roles:
            roles.append((actor_id, country or "", " ".join(sectors), role or "", own or "",
                          start, end, source))
    _bulk(con, "actor_registry", list(actors.values()), "INSERT OR IGNORE")
    _bulk(con, "actor_aliases", [(a, alias, k) for (a, k), alias in aliases.items()],
          "INSERT OR IGNORE")
    _bulk(con, "actor_known_roles", roles, "INSERT")
    return len(entries)


def _bulk(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple[object, ...]],
          verb: str) -> None:
    """Insert many rows through a temporary CSV file (much faster than executemany)."""
    if not rows:
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{table}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            for row in rows:
                w.writerow(["\\N" if v is None else v for v in row])
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        types = {r[0]: r[1] for r in con.execute(f"DESCRIBE {table}").fetchall()}
        spec = ", ".join(f"'{c}': '{types[c]}'" for c in cols)
        con.execute(f"{verb} INTO {table} SELECT * FROM read_csv(?, header=false, "
                    f"nullstr='\\N', columns={{{spec}}}, quote='\"', escape='\"')",
                    [str(path)])
