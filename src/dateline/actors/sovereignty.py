"""Capitals whose country changed: a city names the state that held it on the article's date.

The lexicons in :mod:`dateline.actors.countries` know today's map ("Juba" is South Sudan's
capital). News from before a state's independence means the state it belonged to then:
"officials in Juba" in 1995 are Sudanese. This small table (dateline's own, from the
dates of independence, dissolution or unification) covers the capitals of states born
since 1970 whose names appear in older news; everything else keeps today's country.

Each city has its holders in order, each with the first day it no longer held the city
(``None`` for the present holder). Codes are ISO 3166 alpha-3, with the ISO 3166-3 codes
of dissolved states as in ``data/actors/countries.tsv``: SUN Soviet Union, YUG Yugoslavia
(also for the Federal Republic of Yugoslavia and Serbia and Montenegro, 1992-2006), CSK
Czechoslovakia. Dates are those of the declaration of independence the new state's
government acted on (e.g. Ukraine 1991-08-24), or of the transfer (Eritrea 1993-05-24,
East Timor's UN administration 1999-10-25).
"""

from __future__ import annotations

from datetime import date

from dateline.actors.countries import fold

__all__ = ["HOLDERS", "holder_on"]

_D = date

# folded city name -> [(ISO3 of the holder, first day it no longer held it), ...]
HOLDERS: dict[str, list[tuple[str, date | None]]] = {
    # Africa
    "juba": [("SDN", _D(2011, 7, 9)), ("SSD", None)],
    "asmara": [("ETH", _D(1993, 5, 24)), ("ERI", None)],
    "windhoek": [("ZAF", _D(1990, 3, 21)), ("NAM", None)],
    # Asia
    "dili": [("PRT", _D(1975, 12, 7)), ("IDN", _D(1999, 10, 25)), ("TLS", None)],
    "dhaka": [("PAK", _D(1971, 3, 26)), ("BGD", None)],
    "dacca": [("PAK", _D(1971, 3, 26)), ("BGD", None)],
    # the Soviet Union's republics
    "kiev": [("SUN", _D(1991, 8, 24)), ("UKR", None)],
    "kyiv": [("SUN", _D(1991, 8, 24)), ("UKR", None)],
    "minsk": [("SUN", _D(1991, 8, 25)), ("BLR", None)],
    "tbilisi": [("SUN", _D(1991, 4, 9)), ("GEO", None)],
    "yerevan": [("SUN", _D(1991, 9, 21)), ("ARM", None)],
    "baku": [("SUN", _D(1991, 10, 18)), ("AZE", None)],
    "alma-ata": [("SUN", _D(1991, 12, 16)), ("KAZ", None)],
    "almaty": [("SUN", _D(1991, 12, 16)), ("KAZ", None)],
    "tashkent": [("SUN", _D(1991, 8, 31)), ("UZB", None)],
    "bishkek": [("SUN", _D(1991, 8, 31)), ("KGZ", None)],
    "frunze": [("SUN", _D(1991, 8, 31)), ("KGZ", None)],
    "dushanbe": [("SUN", _D(1991, 9, 9)), ("TJK", None)],
    "ashgabat": [("SUN", _D(1991, 10, 27)), ("TKM", None)],
    "ashkhabad": [("SUN", _D(1991, 10, 27)), ("TKM", None)],
    "chisinau": [("SUN", _D(1991, 8, 27)), ("MDA", None)],
    "kishinev": [("SUN", _D(1991, 8, 27)), ("MDA", None)],
    "vilnius": [("SUN", _D(1990, 3, 11)), ("LTU", None)],
    "riga": [("SUN", _D(1991, 8, 21)), ("LVA", None)],
    "tallinn": [("SUN", _D(1991, 8, 20)), ("EST", None)],
    # Yugoslavia's republics
    "ljubljana": [("YUG", _D(1991, 6, 25)), ("SVN", None)],
    "zagreb": [("YUG", _D(1991, 6, 25)), ("HRV", None)],
    "skopje": [("YUG", _D(1991, 9, 8)), ("MKD", None)],
    "sarajevo": [("YUG", _D(1992, 3, 3)), ("BIH", None)],
    "belgrade": [("YUG", _D(2006, 6, 5)), ("SRB", None)],
    "podgorica": [("YUG", _D(2006, 6, 3)), ("MNE", None)],
    "titograd": [("YUG", _D(2006, 6, 3)), ("MNE", None)],
    "pristina": [("YUG", _D(2006, 6, 5)), ("SRB", _D(2008, 2, 17)), ("XKX", None)],
    # Czechoslovakia
    "prague": [("CSK", _D(1993, 1, 1)), ("CZE", None)],
    "bratislava": [("CSK", _D(1993, 1, 1)), ("SVK", None)],
}


def holder_on(city: str, country: str, when: date | None) -> str:
    """The country that held ``city`` on ``when``; ``country`` (today's) when the city is
    not in the table, the date is unknown, or today's holder is not the table's last (the
    lexicon meant another city of that name)."""
    rows = HOLDERS.get(fold(city))
    if not rows or when is None or rows[-1][0] != country:
        return country
    for holder, until in rows:
        if until is None or when < until:
            return holder
    return country
