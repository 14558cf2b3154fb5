"""Cut an actor phrase into zones and match its spans against the lexicons.

Used by :mod:`dateline.actors.describe`. The phrase is read left to right and cut into
zones: the main noun phrase, an owner before a possessive, prepositional tails (of, in,
to, with ...) and an appositive after a comma; an "of" inside a title ("Minister of
Industry") stays in the title. Organisation and long country names are found first, across
prepositions and possessives; then every span of up to ``_MAX_N`` words inside one zone is
matched against the organisation, country and role lexicons, longest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.actors.countries import PlaceHit, country_lexicon
from dateline.actors.organisations import Organisation, org_lexicon
from dateline.actors.roles import PORTFOLIOS, ROLE_WORDS, TITLE_WORDS, RoleInfo

__all__ = ["PORTFOLIO_HEADS", "Match", "match_spans", "org_spans", "span_text",
           "stance_prefix", "zone_tokens"]

_ZONE_PREPS = {"of", "in", "at", "from", "to", "for", "with", "against", "on", "near",
               "inside", "outside", "across", "by", "based", "within"}
PORTFOLIO_HEADS = {"minister", "ministry", "secretary", "department", "deputy minister",
                    "office", "committee", "commission", "chief", "state secretary",
                    "agency", "service"}
_MAX_N = 5
_TITLE_FIRST = frozenset(w.split()[0].split("-")[0] for w in TITLE_WORDS)



@dataclass
class Match:
    start: int
    end: int
    zone: str
    kind: str  # org | place | role
    org: Organisation | None = None
    place: PlaceHit | None = None
    role: RoleInfo | None = None
    key: str = ""
    misspelt: bool = False  # a place found by its misspelling ("Ethopia")



def span_text(tokens: Sequence[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def zone_tokens(tokens: Sequence[Token], person_tokens: set[int],
           orgs: list[tuple[int, int]]) -> list[str]:
    zones: list[str] = []
    zone = "main"
    inside = {k for a, b in orgs for k in range(a + 1, b)}
    for i, t in enumerate(tokens):
        low = t.lower_
        if i in inside:
            zones.append(zone)
            continue
        if zone == "title":
            if (t.i in person_tokens or not (t.is_title or t.is_upper or low in ("and", "&"))
                    or (low in _TITLE_FIRST and low not in PORTFOLIOS)):
                zone = "main"
            else:
                zones.append(zone)
                continue
        if low in ("'s", "\u2019s", "'") and t.tag_ == "POS":
            for j in range(len(zones)):
                if zones[j] == zone:
                    zones[j] = "owner"
            zones.append("owner")
            zone = "main"
            continue
        if low == "," or t.text in ("(", ")", "-", "\u2013", "\u2014"):
            if low == "," and i > 0:
                zone = "appos"
            zones.append(zone)
            continue
        if low in _ZONE_PREPS and t.pos_ in ("ADP", "VERB", "SCONJ") and i > 0:
            if low == "of" and zone == "main" and _title_of(tokens, i):
                zones.append("title")
                zone = "title"
                continue
            zone = low
        zones.append(zone)
    return zones


def _title_of(tokens: Sequence[Token], i: int) -> bool:
    """'Minister of Industry and Trade', 'Ministry of Mines': an 'of' inside a title."""
    before = tokens[i - 1].lemma_.lower()
    if before not in PORTFOLIO_HEADS and before not in ("minister", "ministry"):
        return False
    rest = [t for t in tokens[i + 1:i + 5] if t.lower_ != "the"]
    if not rest:
        return False
    first = rest[0]
    lex = country_lexicon()
    if lex.find(first.text, cities=False) or org_lexicon().find(first.text):
        return False
    return first.is_title or first.lower_ in PORTFOLIOS or first.is_upper


def _lookup(tokens: Sequence[Token], i: int, j: int, zone: str,
            caseless: bool = False) -> Match | None:
    span = tokens[i:j]
    text = span_text(span)
    if not text or not any(c.isalpha() for c in text):
        return None
    org = org_lexicon().find(text)
    if org is not None:
        return Match(i, j, zone, "org", org=org, key=text)
    if (caseless and len(text) > 3) or any(t.text[:1].isupper() for t in span):
        place = country_lexicon().find(text, cities=not caseless)
        if place is not None:
            return Match(i, j, zone, "place", place=place, key=text)
    lemmas = " ".join(t.lemma_.lower() for t in span)
    lowers = " ".join(t.lower_ for t in span)
    joined = text.lower()
    for key in (lowers, lemmas, joined, lowers[:-1] if lowers.endswith("s") else lowers):
        info = ROLE_WORDS.get(key)
        if info is not None:
            return Match(i, j, zone, "role", role=info, key=key)
    # "Vietnamese-led forces", "a Somalia-based group": the country before the suffix
    if j - i == 1 and "-" in text and text.rsplit("-", 1)[1].lower() in ("led", "based"):
        place = country_lexicon().find(text.rsplit("-", 1)[0], cities=False)
        if place is not None:
            return Match(i, j, zone, "place", place=place, key=text)
    # Lower-case demonyms ("saudi men"): only single words, only from the demonym table.
    if j - i == 1:
        place = country_lexicon().demonym(text)
        if place is not None:
            return Match(i, j, zone, "place", place=place, key=text)
        # A misspelt country ("Ethopia", "Quatar"): a proper noun or a place the parser
        # found, never a person ("Franco").
        tok = span[0]
        if tok.ent_type_ in _PLACE_ENTS or (tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"):
            place = country_lexicon().misspelt(text)
            if place is not None:
                return Match(i, j, zone, "place", place=place, key=text, misspelt=True)
    return None


_PLACE_ENTS = frozenset({"GPE", "NORP", "LOC", "ORG"})


_STANCE_PREFIXES = frozenset({"anti", "pro"})


def stance_prefix(tokens: Sequence[Token], i: int) -> bool:
    """Is the word at ``i`` the object of a stance prefix ("anti-Syria", "pro-Iranian")?
    Such a modifier says whom the actor is for or against, not whose it is."""
    if i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].lower_ in _STANCE_PREFIXES:
        return True
    low = tokens[i].lower_
    return any(low.startswith(f"{p}-") for p in _STANCE_PREFIXES)


def org_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Organisation and long country names first, across prepositions and possessives
    ("Institute of Technology", "Democratic People's Republic of Korea")."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        end = None
        lower = not (tokens[i].text[:1].isupper() or tokens[i].lower_ == "the")
        if not lower or tokens[i].is_alpha:
            for j in range(min(n, i + 7), i, -1):
                text = span_text(tokens[i:j])
                org = org_lexicon().find(text)
                # lower case only for a name of three words or more that is an
                # international body ("the group of seven"), never "world bank"-like pairs
                if org is not None and (not lower or (j - i >= 3 and org.kind == "igo")):
                    end = j
                    break
                if lower:
                    continue
                hit = country_lexicon().find(text, cities=False) if j - i > 2 else None
                if hit is not None and hit.kind == "country":  # "People's Republic of China"
                    end = j
                    break
        if end is not None and not (end == i + 1 and tokens[i].lower_ == "the"):
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


def match_spans(tokens: Sequence[Token], zones: list[str],
             orgs: list[tuple[int, int]], names: set[int]) -> list[Match]:
    out: list[Match] = []
    i = 0
    n = len(tokens)
    org_at = dict(orgs)
    # an all-lower-case phrase (normalised input such as "seoul metropolitan police"):
    # country names, demonyms and capitals may match without capitals; cities may not
    caseless = all(not t.text[:1].isupper() for t in tokens)
    while i < n:
        found = None
        if i in org_at:
            found = _lookup(tokens, i, org_at[i], zones[i])
        for j in range(min(n, i + _MAX_N), i, -1):
            if found:
                break
            if any(zones[k] != zones[i] for k in range(i, j)):
                continue
            if any(k in names for k in range(i, j)):
                # a country name the tagger took for a person ("Burkina Faso"), or a title
                # inside the person's entity ("King Abdullah II")
                hit = country_lexicon().find(span_text(tokens[i:j]), cities=False)
                if hit is not None and hit.kind == "country":
                    found = Match(i, j, zones[i], "place", place=hit, key=span_text(tokens[i:j]))
                key = " ".join(t.lower_ for t in tokens[i:j])
                info = ROLE_WORDS.get(key)
                if (found is None and info is not None and info.titled
                        and (i == 0 or (i - 1) not in names)):
                    found = Match(i, j, zones[i], "role", role=info, key=key)
                continue
            found = _lookup(tokens, i, j, zones[i], caseless)
        if found:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out
