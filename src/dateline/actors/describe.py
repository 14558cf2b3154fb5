"""Code one noun phrase from its own words: country, sectors, role, name, kind.

The phrase is read left to right and cut into zones: the main noun phrase, an owner
before a possessive ("Chile's Defense Ministry"), prepositional tails ("officials *in*
the Defence Ministry", "ambassador *to* Poland") and an appositive after a comma
("FSB, Russia's security service"). Every span of up to four words is matched against
the organisation, country and role lexicons (longest match first). Then:

- country: the first country evidence (name, demonym, capital, city, region, an
  organisation's home country) in the main, owner, appositive or of/in/at/from zones;
  never from to/with/against zones ("Russia's ambassador to Poland" is RUS);
- sectors: the head role (rightmost role word of the main zone); a leader word ("president
  of the Riigikogu", "officials in the Defence Ministry") takes the sectors of the body it
  belongs to; ministers and ministries add their portfolio ("Defence Minister" GOV+MIL);
  "former"/"retired" office holders are ELI;
- role: the title as written, without countries, demonyms and determiners, normalised
  ("Minister of Defense" -> "Defence Minister");
- name: the words of a PERSON entity, or capitalised words left over after the title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from dateline.actors.organisations import Organisation
from dateline.actors.phrase_spans import (
    PORTFOLIO_HEADS,
    Match,
    match_spans,
    org_spans,
    span_text,
    stance_prefix,
    zone_tokens,
)
from dateline.actors.posts import is_post, name_sector
from dateline.actors.roles import (
    CORPORATE_SUFFIXES,
    ELITE_MODIFIERS,
    LEADER_WORDS,
    MEMBER_SECTORS,
    PORTFOLIO_NAMES,
    PORTFOLIOS,
    normalise_role,
)

__all__ = ["Description", "describe", "normalise_role"]

_LEADING = {"a", "an", "the", "whose", "which", "another", "some", "several", "many",
            "over", "about", "around", "at",
            "least", "dozens", "hundreds", "thousands", "two", "three", "four", "five",
            "his", "her", "their", "its", "our", "my", "your", "these", "those", "this",
            "that", "both", "all", "other", "more", "than"}
_COUNTRY_ZONES = {"main", "owner", "of", "in", "at", "from", "appos", "based", "inside",
                  "within", "for"}
_MANDATE_ZONES = {"for", "in", "at", "inside", "within"}
# Words around a title that are not part of it ("Jordan's visiting King Abdullah II")
_ROLE_SKIP = {"visiting", "incoming", "outgoing", "embattled", "powerful", "longtime",
              "prominent", "new", "veteran", "ousted", "exiled", "deposed", "toppled"}
# Professions whose employer is usually a firm ("an analyst at Nomura")
_FIRM_STAFF = {"analyst", "economist", "strategist", "trader", "dealer", "broker", "banker",
               "executive", "manager", "consultant", "expert", "researcher"}
_FAITH_CODES = {"BUD", "MOS", "CHR", "JEW", "HIN", "SUN", "SHI", "SIK"}


@dataclass
class Description:
    country: str | None = None
    country_evidence: str | None = None  # the words that gave the country
    sectors: tuple[str, ...] = ()
    role: str | None = None
    name: str | None = None
    kind: str = "unknown"
    code: str | None = None  # IGO code
    org: Organisation | None = None
    rule: str = ""
    title_sectors: tuple[str, ...] = ()
    has_counterpart: bool = False
    demonym_marked: bool = False
    name_tokens: list[Token] = field(default_factory=list)
    head_plural: bool = False
    bilateral: bool = False  # names two or more countries: coded to none of them
    # the countries named before the head, in order, with their tokens' doc indices
    # ("Hungarian and Romanian officials": two groups of officials)
    countries: list[tuple[str, list[int]]] = field(default_factory=list)
    # a post ("chairman", "president") whose organisation the phrase does not name: GOV
    # by default, for the coder to revise from the words around it (``posts``)
    post: bool = False
    post_org: str | None = None  # an organisation's name we do not know ("Sohio")


def describe(tokens: Sequence[Token], person_tokens: set[int] | None = None) -> Description:
    """Code a noun phrase (a sequence of spaCy tokens) from its own words."""
    toks = list(tokens)
    while toks and (toks[0].lower_ in _LEADING or toks[0].is_punct or toks[0].tag_ == "POS") \
            and len(toks) > 1:
        toks = toks[1:]
    while toks and toks[-1].is_punct and len(toks) > 1:
        toks = toks[:-1]
    # a stock ticker after a company's name ("Merrill Lynch and Co <MER>")
    if len(toks) > 3 and toks[-2].text == "<" and toks[-1].is_upper:
        toks = toks[:-2]
    d = Description()
    if not toks:
        return d
    given = person_tokens or set()
    person_tokens = {t.i for k, t in enumerate(toks) if t.i in given
                     and (t.is_title or t.is_upper or not t.is_alpha
                          or (k > 1 and toks[k - 1].text == "-" and toks[k - 2].is_title
                              and toks[k - 1].whitespace_ == ""))}  # "Li Ka-shing"
    orgs = org_spans(toks)
    zones = zone_tokens(toks, person_tokens, orgs)
    person_idx = {k for k, t in enumerate(toks) if t.i in person_tokens}
    matches = match_spans(toks, zones, orgs, person_idx)
    matched = {k for m in matches for k in range(m.start, m.end)}
    lowers = [t.lower_ for t in toks]
    d.has_counterpart = any(t.lemma_.lower() == "counterpart" for t in toks)

    # Name: PERSON tokens, else capitalised tokens left over in the main zone.
    name_idx = [k for k, t in enumerate(toks) if t.i in person_tokens and k not in matched]
    if name_idx:
        while (name_idx[-1] + 1 < len(toks) and toks[name_idx[-1] + 1].is_title
               and name_idx[-1] + 1 not in matched and zones[name_idx[-1] + 1] == "main"):
            name_idx.append(name_idx[-1] + 1)
    if not name_idx:
        cands = [k for k, t in enumerate(toks)
                 if k not in matched and zones[k] == "main" and (t.is_title or t.is_upper)
                 and t.pos_ in ("PROPN", "NOUN", "ADJ", "X") and t.is_alpha
                 and t.lower_ not in PORTFOLIOS and t.lower_ not in _LEADING
                 and not (k > 0 and toks[k - 1].lower_ == "of")]
        # a bare run of capitalised words after a title, or the whole phrase
        if cands and (cands[-1] == len(toks) - 1 or len(cands) == len(toks)):
            run = [cands[-1]]
            for k in reversed(cands[:-1]):
                if k == run[0] - 1 or (k == run[0] - 2 and toks[k + 1].text == "-"):
                    run.insert(0, k)
                else:
                    break
            last_match = max((m.end for m in matches if m.zone == "main"), default=0)
            name_idx = run if run[0] >= last_match and (matches or len(run) >= 2) else []
            if not matches and len(run) == len(toks):
                name_idx = run
    name_set = set(name_idx)
    if name_idx:
        d.name_tokens = [toks[k] for k in name_idx]
        d.name = span_text(toks[min(name_idx):max(name_idx) + 1])

    main_roles = [m for m in matches if m.kind == "role" and m.zone == "main"
                  and m.start not in name_set]
    main_orgs = [m for m in matches if m.kind == "org" and m.zone in ("main",)]
    tail_bodies = [m for m in matches if m.kind in ("org", "role") and m.zone in
                   ("of", "in", "at", "owner", "for", "from", "within", "inside")]
    appos_roles = [m for m in matches if m.kind in ("role", "org") and m.zone == "appos"]

    # Country. "Ethnic Albanians" names a people, not a state: no country from it.
    # "The UN envoy for Yemen": an international body's post is the body's; the place
    # after it is its mandate, not its country.
    country_match: Match | None = None
    igo_main = any(m.kind == "org" and m.zone == "main" and m.org is not None
                   and m.org.kind == "igo" for m in matches)
    for m in matches:
        if m.zone not in _COUNTRY_ZONES or (igo_main and m.zone in _MANDATE_ZONES):
            continue
        if (m.kind == "place" and m.place is not None and m.place.kind == "demonym"
                and m.start > 0 and toks[m.start - 1].lower_ == "ethnic"):
            continue
        if m.kind == "place" and stance_prefix(toks, m.start):
            continue  # "an anti-Syria journalist", "pro-Iranian militias": a stance
        if m.kind == "place" and m.place is not None:
            country_match = m
            d.country = m.place.country
            d.country_evidence = m.key
            d.demonym_marked = m.place.kind == "demonym"
            # provenance says when the name was read through a misspelling
            d.rule = "country.misspelt" if m.misspelt else f"country.{m.place.kind}"
            break
        if m.kind == "org" and m.org is not None and m.org.country:
            d.country = m.org.country
            d.country_evidence = m.key
            d.rule = "country.organisation"
            break

    # Two or more countries before the head: a bilateral body ("India-Russia Commission")
    # belongs to neither.
    heads_at = [m.start for m in matches if m.kind in ("role", "org") and m.zone == "main"]
    first_head = min(heads_at) if heads_at else len(toks)
    named = [m for m in matches if m.kind == "place" and m.place is not None
             and m.zone == "main" and m.start < first_head]
    before = {m.place.country for m in named if m.place is not None}
    if len(before) >= 2:
        for m in named:
            if m.place is not None and m.place.country not in [c for c, _ in d.countries]:
                d.countries.append((m.place.country, [toks[k].i for k in range(m.start, m.end)]))
        d.country, d.country_evidence, d.rule, d.bilateral = None, None, "bilateral", True

    # A company by its name's ending: "Temple Inland Inc" is a business, whatever its words
    # (not "Perkins, chairman of Dubin Clark and Co": a person, the company his post's).
    if (toks[-1].lower_ in CORPORATE_SUFFIXES and len(toks) > 1 and toks[0].text[:1].isupper()
            and zones[-1] == "main"):
        d.kind, d.name, d.sectors = "organisation", span_text(toks), ("BUS",)
        d.rule = "company"
        return d

    # Head: the rightmost main-zone role or organisation not followed by a name.
    heads = sorted(main_roles + main_orgs, key=lambda m: m.start)
    head = heads[-1] if heads else None
    if head is None and appos_roles:
        head = appos_roles[-1]  # "a Finance Ministry official": the official
    if (head is not None and head.role is not None and is_post(head.key)
            and country_match is not None and _city_named_post(toks, head, country_match)):
        # "Cojuangco, chairman of San Miguel": a post's organisation named after a city
        # (a company), not the city's country
        d.country, d.country_evidence, d.rule = None, None, ""
        d.post_org = country_match.key
        country_match = None
    sectors: list[str] = []
    if head is not None and head.kind == "org" and head.org is not None:
        d.org = head.org
        sectors.extend(head.org.sectors)
        d.kind = head.org.kind
        d.code = head.org.code
        if d.name is None and not any(m.kind == "role" for m in heads if m.start > head.start):
            d.name = head.org.name
    elif head is not None and head.role is not None:
        head_word = head.key.split()[-1]
        # organisations beside the head in its own zone ("the U.N. relief coordinator")
        head_orgs = [m for m in matches if m.kind == "org" and m.zone == head.zone]
        leader = head.key in LEADER_WORDS or head_word in LEADER_WORDS
        body = tail_bodies[0] if tail_bodies else None
        owner = _unknown_owner(toks, zones, matched, head, name_set)
        tail = _unknown_tail(toks, zones, matched, name_set, head) if body is None else []
        if leader and owner and (body is None or body.zone == "owner"):
            # "a Benetton spokeswoman", "Penn Traffic president": some organisation we do
            # not know: its sector is what its name says, else unknown
            found = name_sector([toks[k].text for k in owner])
            sectors.extend((found,) if found else ())
            d.post_org = span_text([toks[k] for k in owner])
        elif leader and body is not None and head.key not in ("minister",):
            sectors.extend(_sectors_of(body))
            if body.kind == "org" and body.org is not None and body.org.kind == "igo":
                d.code = body.org.code
        elif tail and head.key in _FIRM_STAFF and zones[tail[0]] in ("at", "with"):
            # "an analyst at Nomura": the employer of a market profession is a firm
            # unless its name says otherwise ("an economist at the Brookings Institution")
            found = name_sector([toks[k].text for k in tail])
            sectors.append(found or "BUS")
        elif tail and is_post(head.key) and not head.role.sectors == ("LEG",):
            # "chairman of DHL", "chairman of Dubin Clark and Co": a post of an
            # organisation we do not know takes the sector its name says, else none
            found = name_sector([toks[k].text for k in tail])
            sectors.extend((found,) if found else ())
            d.post_org = span_text([toks[k] for k in tail])
        else:
            sectors.extend(_title_sectors(main_roles + appos_roles, head))
            same = [m for m in main_roles + appos_roles if m.zone == head.zone
                    and m.role is not None and m is not head]
            if is_post(head.key) and any(m.role is not None and m.role.sectors == ("BUS",)
                                         for m in same):
                sectors = ["BUS"]  # "president and chief operating officer": a company's
            elif is_post(head.key) and sectors == ["GOV"] and d.country is None:
                d.post = True
        # a faith before a leader word: "a prominent Jewish community leader" -> REL;
        # another sector before it: "Afghan rebel leaders" -> REB, "union leader" -> LAB
        mods = [m for m in main_roles if m.start < head.start and m.role is not None
                and m.role.sectors and not m.role.titled]
        if mods and (head.key in LEADER_WORDS or head_word in LEADER_WORDS) \
                and not head.role.titled:
            first = mods[-1].role.sectors if mods[-1].role is not None else ()
            if first and first[0] in _FAITH_CODES:
                sectors = ["REL"]
            elif first and first[0] not in ("GOV", "UNK", "CVL"):
                sectors = list(first)
        # official or state media: "the official National News Agency" -> GOV, JRN
        if "JRN" in sectors and {"official", "state", "state-run", "government"} & set(lowers):
            sectors = ["GOV", "JRN"]
        # members of an armed organisation keep its sector ("Boko Haram gunmen"); its
        # leaders add it after their own ("al-Qaeda leaders": GOV, IMG, REB)
        for m in head_orgs:
            if (m.org is not None and m.start < head.start and m.org.kind != "igo"
                    and set(m.org.sectors) & MEMBER_SECTORS):
                if set(head.role.sectors) <= {"UAF", "REB", "MIL", "UNK", "CVL"}:
                    sectors = list(m.org.sectors)
                    if d.name is None:
                        d.name = m.org.name
                elif leader and not head.role.titled:
                    sectors += [s for s in m.org.sectors if s not in sectors]
        # an international organisation owning a role gives its code ("EU legislators")
        for m in head_orgs:
            if m.org is not None and m.org.kind == "igo" and m.start < head.start:
                d.code = m.org.code
                sectors.insert(0, "IGO")
        # ... or named after it: "inspectors of the International Atomic Energy Agency"
        for m in tail_bodies:
            if (m.zone == "of" and m.kind == "org" and m.org is not None
                    and m.org.kind == "igo" and "IGO" not in sectors):
                d.code = d.code or m.org.code
                sectors.insert(0, "IGO")
                break
        if head.key in PORTFOLIO_HEADS or head_word in PORTFOLIO_HEADS:
            for k, low in enumerate(lowers):
                if low in PORTFOLIOS and zones[k] in ("main", "title", head.zone):
                    sectors.extend(PORTFOLIOS[low])
        last = toks[head.end - 1]
        # "Rebels" at a sentence's start, tagged as a singular proper noun
        d.head_plural = last.tag_ in ("NNS", "NNPS") or last.lower_ == head_word + "s"
        d.kind = "person" if head.role.person else "organisation"
        if head.role.group and (d.head_plural or not head.role.person) and not name_idx:
            d.kind = "group" if d.head_plural or head.role.person else "organisation"
        d.head_plural = d.head_plural or head.role.group
        if d.kind == "person" and d.head_plural and not name_idx:
            d.kind = "group"
        if not head.role.person and name_idx and name_idx[0] < head.start:
            d.name, d.name_tokens, name_set = None, [], set()
        d.title_sectors = tuple(dict.fromkeys(sectors))
        d.role = _role_text(toks, zones, matches, head, name_set)
    elif any(m.kind == "role" for m in matches):
        m = next(m for m in matches if m.kind == "role")
        if m.role is not None:
            sectors.extend(m.role.sectors)
    if any(low in ELITE_MODIFIERS for k, low in enumerate(lowers) if zones[k] == "main"):
        if "GOV" in sectors or "LEG" in sectors or "PTY" in sectors:
            sectors = ["ELI"] + [s for s in sectors if s not in ("GOV", "LEG", "PTY")]
    if "ordinary" in lowers and not sectors:
        sectors.append("CVL")
    d.sectors = tuple(dict.fromkeys(sectors))
    if (country_match is not None and d.sectors == ("BUS",) and d.code is None
            and country_match.zone == "main" and _inside_company_name(toks, country_match)):
        # "American Express", "the First Boston executive": a place in a company's name
        # does not say where the company is from (but "the Bus Company of Tehran" does)
        d.country, d.country_evidence, d.rule = None, None, ""

    if d.kind == "unknown":
        places = [m for m in matches if m.kind == "place"]
        content = [k for k, t in enumerate(toks) if not t.is_punct and t.lower_ not in _LEADING
                   and t.lower_ != "ethnic"]
        covered = all(k in matched for k in content)
        if places and covered and len(places) == 1 and places[0].place is not None:
            hit = places[0].place
            if hit.kind in ("country", "breakaway"):
                d.kind = "country"
                d.name = hit.name if hit.kind == "country" else span_text(toks)
                if hit.kind == "breakaway":
                    d.sectors = ("PRE",)
            elif hit.kind == "demonym":
                d.kind = "group"
            elif hit.kind == "capital":
                d.kind = "place"
                d.name = hit.name
                d.sectors = ("GOV",)
                d.rule = "country.capital_as_government"
            else:
                d.kind = "place"
                d.name = hit.name
        elif (len(name_idx) == 1 and toks[name_idx[0]].tag_ == "NNPS" and places
              and places[-1].end == name_idx[0] and places[-1].place is not None
              and places[-1].place.kind == "demonym"):
            # "Bosnian Serbs", "Iraqi Kurds": a people of a state, no person's name
            d.kind, d.name, d.name_tokens = "group", None, []
        elif name_idx:
            d.kind = "person" if any(toks[k].ent_type_ == "PERSON" for k in name_idx) \
                else "unknown"
    if d.kind == "person" and d.head_plural and name_idx:
        d.head_plural = False
    return d


def _inside_company_name(toks: Sequence[Token], m: Match) -> bool:
    """Is a place match part of a longer organisation name the tagger found ("American
    Express", "First Boston", "Bank of America")?"""
    first, last = toks[m.start], toks[m.end - 1]
    if first.ent_type_ != "ORG" or last.ent_type_ != "ORG":
        return False
    doc = first.doc
    ent = next((e for e in doc.ents if e.start <= first.i < e.end), None)
    if ent is None or ent.label_ != "ORG" or last.i >= ent.end:
        return False
    rest = [t for t in ent if not first.i <= t.i <= last.i and t.is_alpha
            and t.lower_ not in ("the", "of", "and")]
    return bool(rest)


def _city_named_post(toks: Sequence[Token], head: Match, m: Match) -> bool:
    """A post ("chairman") right before "of" and a city name ("of San Miguel")."""
    if m.place is None or m.place.kind != "city" or m.zone != "of":
        return False
    between = [t.lower_ for t in toks[head.end:m.start]]
    return between in (["of"], ["of", "the"])


def _unknown_owner(toks: Sequence[Token], zones: list[str], matched: set[int], head: Match,
                   name_set: set[int]) -> list[int]:
    """Capitalised words before a leader word that no lexicon knows ("Benetton")."""
    out = []
    for k in range(head.start):
        t = toks[k]
        if (zones[k] in ("main", "owner") and k not in matched and k not in name_set
                and t.text[:1].isupper() and t.is_alpha and t.lower_ not in PORTFOLIOS
                and t.lower_ not in _LEADING and t.lower_ not in ELITE_MODIFIERS
                and t.lower_ not in PORTFOLIO_NAMES
                and t.lower_ not in ("deputy", "vice", "acting", "senior", "chief", "top",
                                     "foreign", "prime", "former", "interim")):
            out.append(k)
    return out


def _unknown_tail(toks: Sequence[Token], zones: list[str], matched: set[int],
                  name_set: set[int], head: Match) -> list[int]:
    """The capitalised words of an of/at tail right after the head that no lexicon knows
    ("chairman of DHL", "an analyst at Nomura")."""
    out: list[int] = []
    for k in range(head.end, len(toks)):
        t = toks[k]
        if zones[k] not in ("of", "at", "with"):
            if out:
                break
            if zones[k] == head.zone:
                continue
            break
        if k in matched or k in name_set:
            if out:
                break
            continue
        if (t.text[:1].isupper() and (t.is_alpha or t.text in ("&", "."))) or (
                out and (t.lower_ in ("and", "&") or t.text == ".")):
            out.append(k)
        elif t.lower_ in ("the", "of", "at", "with") and not out:
            continue
        elif out:
            break
    while out and not toks[out[-1]].text[:1].isupper():
        out.pop()
    return out


def _title_sectors(main_roles: list[Match], head: Match) -> list[str]:
    """Sectors of the head and of the titles beside it, in textual order
    ("Deputy Minister of Defense Colonel-General" -> GOV, MIL)."""
    out: list[str] = []
    for m in main_roles:
        if m.role is None:
            continue
        if m is head or (m.role.titled and head.role is not None and head.role.titled):
            out.extend(m.role.sectors)
    return out


def _sectors_of(m: Match) -> tuple[str, ...]:
    if m.kind == "org" and m.org is not None:
        return m.org.sectors
    if m.role is not None:
        return m.role.sectors
    return ()


def _role_text(toks: Sequence[Token], zones: list[str], matches: list[Match],
               head: Match, name_set: set[int]) -> str | None:
    """The title words around the head, without countries, demonyms and determiners."""
    place_idx = {k for m in matches if m.kind == "place" for k in range(m.start, m.end)}
    org_idx = {k for m in matches if m.kind == "org" for k in range(m.start, m.end)}
    words: list[str] = []
    titled = [m for m in matches if m.kind == "role" and m.role is not None and m.role.titled
              and m.zone == "main"]
    stop = len(toks)
    if len(titled) > 1 and any(z == "title" for z in zones):
        stop = titled[1].start
    for k, t in enumerate(toks):
        if k >= stop:
            break
        if (zones[k] not in (head.zone, "title") or k in name_set or k in place_idx
                or k in org_idx):
            if words and k > head.end:
                break
            continue
        low = t.lower_
        if zones[k] == "title":
            words.append(t.text)
            continue
        if low in _LEADING or low in ELITE_MODIFIERS or t.is_punct and t.text != "-":
            continue
        if (low == "counterpart" or low in _ROLE_SKIP or t.like_num
                or t.ent_type_ in ("ORDINAL", "CARDINAL")):
            continue
        if k >= head.end and not (low in ("of", "and") or t.is_title or low in PORTFOLIOS):
            break
        words.append(t.text)
    while words and words[-1].lower() in ("of", "and"):
        words.pop()
    while words and words[0].lower() in ("of", "and", "-"):
        words.pop(0)
    return normalise_role(words)
