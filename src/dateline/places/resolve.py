"""Toponym recognition and resolution for one parsed article.

Recognition (``find_mentions``), each mention keeping the rule that found it:

- spaCy GPE/LOC/FAC entities, split at commas ("Tashkent, Uzbekistan"); lower-case ones
  are dropped;
- single-token PERSON/ORG entities, and capitalised proper-noun runs outside any entity,
  when they are the primary name of a country, a region or a city of 100,000 people or
  more; an ORG/PERSON "X, Y" whose Y is a country or region holding an X;
- syntax: a proper noun after "the town/city/province... of", or the object of a
  locative preposition ("in Soroti": a city of 10,000 or more);
- one sense per article: a name tagged GPE/LOC once is a place wherever else it occurs;
- never: demonyms ("Russian", "Turkish"), surnames of people named in full in the
  article ("Singh" after "Rajnath Singh") unless they name a country or region.

Resolution scores every gazetteer candidate of a mention (``_score``):
``log10(population) + kind prior + context``. Context rewards a candidate that lies in a
country the article names (or a demonym points to), in a country or first-level region
where other places of the article lie (more for each of them), a region that other names
of the article may lie in, and, most strongly (+10), lies inside the country or region
written right after it ("Paris, Texas"; "Tashkent, Uzbekistan") or that a descriptive
appositive's demonym puts it in ("Tripoli, the north Lebanese port"). A candidate known only
by an alternate name is penalised, capitals and cities of a million are favoured. Two
passes: alone, then in the context of the first pass.

Coreference (``_resolve_coref``): a definite noun phrase headed by "country", "nation",
"kingdom" or "republic" ("the country", "the Central Asian country", "the
transcontinental nation") refers to the most recent country mentioned before it that fits
its adjectives (a subregion such as "Central Asian", a continent such as "African",
"transcontinental"); an unqualified one looks back at most three sentences. A phrase
with no fitting antecedent is left unresolved.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from dateline.nlp import doc_text
from dateline.places.gazetteer import KIND_PRECISION, GazEntry
from dateline.places.index import GazetteerIndex
from dateline.places.names import (
    CONTINENT_ADJECTIVES,
    SUBREGION_ADJECTIVES,
    TRANSCONTINENTAL,
    demonym_country,
    normalise,
)
from dateline.places.regions import US_STATE_ABBREVIATIONS
from dateline.types import Place

__all__ = ["Mention", "find_mentions", "resolve_mentions"]

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_KIND_PRIOR = {"country": 3.0, "continent": 3.0, "region": -0.5, "city": 0.0}
_COREF_HEADS = {"country", "nation", "kingdom", "republic"}
_MIN_BARE_CITY_POP = 100_000
_MIN_LOC_CITY_POP = 20_000
_MIN_PATTERN_CITY_POP = 10_000
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
               "central", "northeastern", "northwestern", "southeastern", "southwestern",
               "upper", "lower"}
_PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "capital",
                "port", "enclave", "state", "county", "island", "suburb", "governorate"}
_LOC_PREPS = {"in", "near", "at", "outside", "into", "from", "to"}


@dataclass
class Mention:
    """A toponym mention in the text, with its candidates and its resolution."""

    start: int  # char offsets
    end: int
    tok_start: int  # token offsets [tok_start, tok_end)
    tok_end: int
    text: str
    label: str  # GPE | LOC | FAC | gazetteer | coref
    candidates: list[tuple[GazEntry, bool]] = field(default_factory=list)
    container: Mention | None = None  # "X, Y": Y contains X
    described_in: str | None = None  # "X, the north Lebanese port": the country it is said to be in
    entry: GazEntry | None = None
    rule: str = ""
    antecedent: Mention | None = None

    def place(self) -> Place | None:
        e = self.entry
        if e is None:
            return None
        return Place(
            text=self.text, start=self.start, end=self.end, name=e.name, country=e.country,
            geonameid=e.geonameid or None, lat=e.lat, lon=e.lon,
            precision=KIND_PRECISION.get(e.kind, "city"), rule=self.rule,
        )


def _strip_the(span: Span) -> Span:
    while len(span) > 1 and span[0].lower_ in {"the", "a", "an"}:
        span = span[1:]
    return span


def _person_words(doc: Doc) -> set[str]:
    """Surnames of people named in full ("Singh" after "Rajnath Singh")."""
    return {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}


def _is_person(m: Mention, persons: set[str]) -> bool:
    if m.text not in persons:
        return False
    return not any(main and e.kind in {"country", "region"} for e, main in m.candidates)


def _is_demonym(text: str) -> bool:
    return demonym_country(text) is not None


def _new(span: Span, label: str, index: GazetteerIndex) -> Mention:
    key = normalise(span.text)
    cands = list(index.lookup(key)) if key else []
    first, _, rest = key.partition(" ")
    if not cands and first in _DIRECTIONS and rest:
        # "Western Cambodia", "eastern Beirut"
        cands = [(e, main) for e, main in index.lookup(rest) if main]
    if span.text in US_STATE_ABBREVIATIONS:
        state = index.state("USA", US_STATE_ABBREVIATIONS[span.text])
        cands = [(state, True)] if state is not None else []
    elif span.text.isupper() and len(span.text) <= 4:
        cands = [(e, main) for e, main in cands if e.kind != "city"]
    return Mention(
        start=span.start_char, end=span.end_char, tok_start=span.start, tok_end=span.end,
        text=span.text, label=label, candidates=cands,
    )


def _split_commas(span: Span) -> list[Span]:
    parts: list[Span] = []
    begin = span.start
    for tok in span:
        if tok.text == ",":
            if tok.i > begin:
                parts.append(span.doc[begin : tok.i])
            begin = tok.i + 1
    if begin < span.end:
        parts.append(span.doc[begin : span.end])
    return parts


def _bare_ok(cands: list[tuple[GazEntry, bool]]) -> bool:
    return any(
        main and (e.kind != "city" or e.population >= _MIN_BARE_CITY_POP) for e, main in cands
    )


def find_mentions(doc: Doc, index: GazetteerIndex) -> list[Mention]:
    """Every toponym mention of the doc (entities, gazetteer runs, coreferent phrases)."""
    persons = _person_words(doc)
    mentions: list[Mention] = []
    covered: set[int] = set()
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label_ in {"PERSON", "ORG"} and "," in ent.text:
            mentions.extend(_comma_pair(ent, index))
            continue
        if ent.label_ in {"PERSON", "ORG"} and len(ent) == 1:
            m = _new(ent, "gazetteer", index)
            if (
                _bare_ok(m.candidates) and ent.text not in persons
                and not _is_demonym(ent.text) and not ent.text.isupper()
            ):
                m.candidates = [c for c in m.candidates if c[1]]
                mentions.append(m)
            continue
        if ent.label_ not in _PLACE_LABELS:
            continue
        for part in _split_commas(_strip_the(ent)):
            if _is_demonym(part.text) or not part.text[:1].isupper():
                continue  # "Russian"; "swan", "cheddar" (common nouns tagged as places)
            m = _new(part, ent.label_, index)
            if not _is_person(m, persons):
                mentions.append(m)
    i = 0
    pos = [t.pos_ for t in doc]  # one Token object per token, not one per look
    while i < len(pos):
        if i in covered or pos[i] != "PROPN" or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j < len(pos) and j not in covered and pos[j] == "PROPN" and j - i < 4:
            j += 1
        span = doc[i:j]
        if not _is_demonym(span.text):
            m = _new(span, "gazetteer", index)
            if _bare_ok(m.candidates) and not _is_person(m, persons):
                m.candidates = [c for c in m.candidates if c[1]]
                mentions.append(m)
        i = j
    mentions.extend(_patterns(doc, mentions, index))
    mentions.extend(_propagate(doc, mentions, index))
    mentions.extend(_coref_phrases(doc))
    mentions.sort(key=lambda m: m.start)
    text = doc_text(doc)  # rebuilt from the tokens on every access: read it once
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = text[a.end : b.start]
        if between.strip() == "," and b.label != "coref":
            a.container = b
    for m in mentions:
        m.described_in = _described_country(doc, m.tok_end)
    return mentions


_APPOS_DETS = {"the", "a", "an"}


def _described_country(doc: Doc, after: int) -> str | None:
    """The country a descriptive appositive puts a place in: "Tripoli, the north Lebanese
    port", "Homs, a Syrian city" (a determiner, then within five words a demonym and a
    place noun, the demonym first)."""
    if after + 2 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ not in _APPOS_DETS:
        return None
    country: str | None = None
    for tok in doc[after + 2 : min(len(doc), after + 7)]:
        if tok.is_punct:
            return None
        if country is None and tok.text[:1].isupper():
            country = demonym_country(tok.text) or None
        elif country is not None and tok.lower_ in _PLACE_NOUNS:
            return country
    return None


def _comma_pair(ent: Span, index: GazetteerIndex) -> list[Mention]:
    """"Victoria, Seychelles" mislabelled as an organisation: two places when the second
    part names a country or region that holds a place named by the first."""
    parts = _split_commas(ent)
    if len(parts) != 2:
        return []
    inner, outer = _new(parts[0], "GPE", index), _new(parts[1], "GPE", index)
    areas = [e for e, main in outer.candidates if main and e.kind in {"country", "region"}]
    if any(
        e.country == a.country and (a.kind == "country" or e.admin1 == a.admin1)
        for e, _ in inner.candidates
        for a in areas
    ):
        return [inner, outer]
    return []


def _patterns(doc: Doc, mentions: list[Mention], index: GazetteerIndex) -> list[Mention]:
    """A proper noun that spaCy did not tag as a place, but the syntax does: "the town of
    Samarra", "surrendered in Soroti" (a city of 10,000 people or more)."""
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    out: list[Mention] = []
    for tok in doc:
        if tok.i in taken or tok.pos_ != "PROPN" or tok.i == 0 or not tok.text[:1].isupper():
            continue
        if tok.ent_type_ == "PERSON" or _is_demonym(tok.text):
            continue
        if tok.ent_type_ and (tok.ent_iob_ != "B" or (tok.i + 1 < len(doc)
                                                      and doc[tok.i + 1].ent_iob_ == "I")):
            continue  # only single-token entities or bare proper nouns
        prev = doc[tok.i - 1]
        named = prev.lower_ == "of" and tok.i > 1 and doc[tok.i - 2].lower_ in _PLACE_NOUNS
        located = prev.lower_ in _LOC_PREPS and tok.dep_ == "pobj"
        if not (named or located):
            continue
        m = _new(doc[tok.i : tok.i + 1], "pattern", index)
        floor = 1_000 if named else _MIN_PATTERN_CITY_POP
        m.candidates = [
            (e, main) for e, main in m.candidates
            if e.kind != "city" or (e.population >= floor and (main or named))
        ]
        if m.candidates:
            out.append(m)
    return out


def _propagate(doc: Doc, mentions: list[Mention], index: GazetteerIndex) -> list[Mention]:
    """One sense per article: a single-token name that spaCy tagged as a place somewhere
    is a place wherever else it is written as a proper noun outside a person's name."""
    names = {m.text for m in mentions if m.label in {"GPE", "LOC"} and m.candidates}
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    in_long_ent = {t.i for e in doc.ents if len(e) > 1 for t in e}
    out: list[Mention] = []
    for tok in doc:
        if tok.text in names and tok.i not in taken and tok.i not in in_long_ent:
            out.append(_new(doc[tok.i : tok.i + 1], "propagated", index))
    return out


def _coref_phrases(doc: Doc) -> list[Mention]:
    out: list[Mention] = []
    for tok in doc:
        if tok.lower_ not in _COREF_HEADS or tok.tag_ not in {"NN", "NNP"}:
            continue
        left = [t for t in tok.lefts]
        if not left or left[0].lower_ not in {"the", "this", "that"}:
            continue
        if any(t.dep_ == "poss" for t in left):
            continue
        start = left[0].i
        span = doc[start : tok.i + 1]
        out.append(
            Mention(
                start=span.start_char, end=span.end_char, tok_start=span.start,
                tok_end=span.end, text=span.text, label="coref",
            )
        )
    return out


def _fits(phrase: str, e: GazEntry) -> bool:
    low = phrase.lower()
    for adj, codes in SUBREGION_ADJECTIVES.items():
        if adj in low and e.country not in codes:
            return False
    for adj, cont in CONTINENT_ADJECTIVES.items():
        if adj in low and e.continent != cont and not any(
            a in low for a in SUBREGION_ADJECTIVES if adj in a
        ):
            return False
    return not ("transcontinental" in low and e.country not in TRANSCONTINENTAL)


def _qualified(phrase: str) -> bool:
    low = phrase.lower()
    return any(a in low for a in (*SUBREGION_ADJECTIVES, *CONTINENT_ADJECTIVES)) or (
        "transcontinental" in low
    )


@dataclass
class _Evidence:
    """What the rest of the article says about where it is."""

    countries: Counter[str]  # countries named (or by demonym)
    sub: Counter[str]  # countries of resolved cities and regions
    admin1: Counter[tuple[str, str]]  # (country, admin1) of resolved cities and regions
    region_cands: set[tuple[str, str]]  # regions some other mention may name
    city_cands: Counter[tuple[str, str]]  # mentions that may name a city in a region


def _score(m: Mention, e: GazEntry, main: bool, ev: _Evidence) -> float:
    s = math.log10(e.population + 10) + _KIND_PRIOR.get(e.kind, 0.0)
    key = normalise(m.text)
    if not main:
        s -= 0.5 if normalise(e.name).startswith(key + " ") else 2.0
    if e.capital:
        s += 1.5
    if e.kind == "city" and e.population >= 1_000_000:
        s += 0.5
    if m.label == "LOC" and e.kind == "city" and e.population < _MIN_LOC_CITY_POP:
        s -= 3.0
    a1 = (e.country or "", e.admin1)
    if e.kind in {"city", "region"} and e.country:
        s += 1.0 if ev.countries[e.country] else 0.0
        s += 1.0 if ev.sub[e.country] else 0.0
    if e.kind == "city" and e.admin1:
        if ev.admin1[a1]:
            s += 2.5 + min(1.5, 0.5 * (ev.admin1[a1] - 1))
        elif a1 in ev.region_cands:
            s += 1.5
    if e.kind == "region":
        s += min(3.0, 1.5 * ev.city_cands[a1])
    if e.kind == "country" and e.country and ev.sub[e.country]:
        s += 1.0
    c = m.container
    if c is not None and c.entry is not None and c.entry.kind in {"country", "region"}:
        ce = c.entry
        inside = e.country == ce.country and (ce.kind == "country" or e.admin1 == ce.admin1)
        s += 10.0 if inside else 0.0
    if m.described_in is not None and e.kind != "country":
        s += 10.0 if e.country == m.described_in else 0.0
    return s


def _evidence(mentions: list[Mention], skip: Mention, demonyms: Counter[str]) -> _Evidence:
    ev = _Evidence(Counter(demonyms), Counter(), Counter(), set(), Counter())
    for m in mentions:
        if m is skip or m.text == skip.text:
            continue
        e = m.entry
        if e is not None and e.country:
            if e.kind == "country":
                ev.countries[e.country] += 1
            else:
                ev.sub[e.country] += 1
                ev.admin1[(e.country, e.admin1)] += 1
        seen: set[tuple[str, str]] = set()
        for cand, _main in m.candidates:
            if not cand.country:
                continue
            a1 = (cand.country, cand.admin1)
            if cand.kind == "region":
                ev.region_cands.add(a1)
            elif cand.kind == "city" and a1 not in seen:
                seen.add(a1)
                ev.city_cands[a1] += 1
    return ev


def _best(m: Mention, ev: _Evidence) -> GazEntry:
    scored = [(_score(m, e, main, ev), -e.geonameid, e) for e, main in m.candidates]
    return max(scored, key=lambda x: (x[0], x[1]))[2]


def _demonym_counts(doc: Doc) -> Counter[str]:
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        code = demonym_country(ent.text)
        if ent.label_ == "NORP" and code:
            counts[code] += 1
    return counts


def resolve_mentions(doc: Doc, mentions: list[Mention]) -> None:
    """Choose an entry for every mention, in place (two passes: alone, then in context)."""
    demonyms = _demonym_counts(doc)
    named = [m for m in mentions if m.label != "coref" and m.candidates]
    blank = _Evidence(Counter(demonyms), Counter(), Counter(), set(), Counter())
    for m in named:
        m.entry = _best(m, blank)
    for _ in range(2):
        for m in sorted(named, key=lambda m: m.container is not None):
            m.entry = _best(m, _evidence(named, m, demonyms))
            m.rule = f"{m.label.lower()}:gazetteer" + ("+contained" if m.container else "")
    _resolve_coref(doc, mentions)


def _resolve_coref(doc: Doc, mentions: list[Mention]) -> None:
    sent_of = {t.i: n for n, s in enumerate(doc.sents) for t in s}
    for n, m in enumerate(mentions):
        if m.label != "coref":
            continue
        here = sent_of[m.tok_start]
        qualified = _qualified(m.text)
        for prev in reversed(mentions[:n]):
            e = prev.entry
            if e is None or e.kind != "country":
                continue
            if not qualified and here - sent_of[prev.tok_start] > 3:
                break
            if _fits(m.text, e):
                m.entry, m.antecedent = e, prev
                m.rule = f"coref:{prev.text}@{prev.start}"
                break


def resolve_span(doc: Doc, mentions: list[Mention], span: Span, index: GazetteerIndex) -> Mention:
    """Resolve a span the recogniser did not propose (e.g. a gold toponym) in the doc's
    context."""
    m = _new(_strip_the(span), "span", index)
    code = demonym_country(m.text)
    if code:
        country = index.country(code)
        if country is not None:
            m.entry, m.rule = country, "span:demonym"
        return m
    if not m.candidates:
        return m
    for other in mentions:
        if other.start == m.end + 2 and doc.text[m.end : other.start] == ", ":
            m.container = other
    named = [x for x in mentions if x.label != "coref"]
    m.entry = _best(m, _evidence(named, m, _demonym_counts(doc)))
    m.rule = "span:gazetteer"
    return m
