"""Organisations: international organisations (coded IGO with their own code) and
domestic institutions, agencies, parties and armed groups with a home country.

Tables (dateline's own, in ``data/actors/igos.psv`` and ``organisations.psv``); each row:
names (``;``-separated, matched case-insensitively, longest first) |
code or country | sectors | canonical name [| year founded, for names that meant
something else before ("Wagner")]. IGO ``family`` is ``UNO`` for the UN system,
``EUR`` for EU bodies and ``IGO`` for the rest (the convention of the PLOVER/NGEC
country slot).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dateline.actors.countries import fold

__all__ = ["Organisation", "OrgLexicon", "org_lexicon"]


@dataclass(frozen=True)
class Organisation:
    name: str  # canonical
    country: str | None  # ISO3 home country; None for IGOs
    sectors: tuple[str, ...]
    code: str | None = None  # IGO code
    family: str | None = None  # UNO | EUR | IGO for international organisations
    kind: str = "organisation"  # organisation | igo
    since: int | None = None  # the year it was founded, when it matters ("Wagner": 2014)


def _rows(filename: str) -> list[str]:
    text = resources.files("dateline").joinpath("data", "actors", filename).read_text("utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


_ACRONYMS: set[str] = set()


def _split(names: str) -> list[str]:
    return [n.strip() for n in names.split(";") if n.strip()]


class OrgLexicon:
    """Exact (case-folded) lookup of organisation names."""

    def __init__(self) -> None:
        self.by_name: dict[str, Organisation] = {}
        for line in _rows("igos.psv"):
            code, family, sectors, names = line.split("|")
            ns = _split(names)
            sec = ("IGO",) + tuple(sectors.split())
            org = Organisation(ns[0], None, sec, code=code, family=family, kind="igo")
            for n in ns:
                self._add(n, org)
        for line in _rows("organisations.psv"):
            names, country, sectors, canonical, *rest = line.split("|")
            iso = None if country == "-" else country
            since = int(rest[0]) if rest and rest[0].strip() else None
            for n in _split(names):
                org = Organisation(canonical or n, iso, tuple(sectors.split()), since=since)
                self._add(n, org)
        self.max_words = max(len(k.split()) for k in self.by_name)

    def _add(self, name: str, org: Organisation) -> None:
        bare = name.replace(".", "")
        if bare.isupper() and " " not in bare and len(bare) <= 5:
            _ACRONYMS.add(fold(name).upper())
        self.by_name.setdefault(fold(name), org)

    def find(self, text: str) -> Organisation | None:
        """Match a name; short all-capital names (acronyms) only match in capitals, and a
        one-word name never matches an all-lower-case word ("is", "apple")."""
        text = text.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        if text.endswith(("'s", "\u2019s")):
            text = text[:-2]
        key = fold(text)
        hit = self.by_name.get(key)
        if hit is None:
            return None
        if " " not in key and text.islower():
            return None
        if len(key) <= 5 and " " not in key and self._acronym(hit, key) and not text.isupper():
            return None
        return hit

    def _acronym(self, org: Organisation, key: str) -> bool:
        return key.upper() in self._acronyms

    @property
    def _acronyms(self) -> set[str]:
        return _ACRONYMS


@lru_cache(maxsize=1)
def org_lexicon() -> OrgLexicon:
    return OrgLexicon()
