"""Posts belong to their organisation: a company's chairman is business, a state's is not.

"Chairman", "president", "director" and the like are posts every kind of organisation
has. Their sector is the organisation's (CAMEO/PLOVER agent sectors): a company's post is
BUS, a government body's GOV, a party's PTY. Only a post with no organisation in sight, or
a country's ("the president"), is the state's (GOV, the role table's default).

The organisation is found, in order, in the phrase itself (:mod:`describe`: "the
company's president", "chairman of Dubin Clark and Co", "Sohio chairman"), in the words
just before the phrase ("Sohio chairman John Miller": the parser leaves the owner out), in
a possessive pronoun's antecedent ("its president"), in a title coordinated with it
("president and chief operating officer"), and in the sentence: a post in a sentence that
names companies and no state or government body belongs to a company.

An organisation we do not know is classified by the words of its name (a corporate ending
or a business word: BUS; a government word: GOV; ...); a name that says nothing leaves the
sector unknown rather than guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Doc, Token

from dateline.actors.coref import company_key, name_key
from dateline.actors.countries import country_lexicon
from dateline.actors.organisations import org_lexicon
from dateline.actors.roles import CORPORATE_SUFFIXES, ROLE_WORDS

if TYPE_CHECKING:
    from dateline.actors.describe import Description
    from dateline.actors.mentions import Mention

__all__ = [
    "POST_WORDS",
    "CodedLike",
    "is_post",
    "name_sector",
    "owner_before",
    "possessive_owner",
    "revise_posts",
]

# Posts that companies, parties and governments all have (keys of the role table).
POST_WORDS: frozenset[str] = frozenset(
    {
        "chairman",
        "chairwoman",
        "chair",
        "vice chairman",
        "vice-chairman",
        "co-chairman",
        "president",
        "vice president",
        "vice-president",
        "director",
        "director-general",
        "director general",
        "chief",
        "head",
        "deputy chairman",
        "secretary",
    }
)

# Words in an organisation's name that say what kind of organisation it is.
_BUSINESS_NAME = frozenset(
    {
        "company",
        "companies",
        "firm",
        "corporation",
        "securities",
        "holdings",
        "industries",
        "industry",
        "motors",
        "airlines",
        "airways",
        "partners",
        "brothers",
        "bros",
        "trust",
        "insurance",
        "investment",
        "investments",
        "capital",
        "financial",
        "petroleum",
        "oil",
        "steel",
        "chemical",
        "chemicals",
        "electric",
        "electronics",
        "enterprises",
        "mining",
        "resources",
        "manufacturing",
        "stores",
        "exchange",
        "brokerage",
        "bancorp",
        "bankshares",
        "savings",
        "mills",
        "foods",
        "pharmaceuticals",
        "technologies",
        "technology",
        "systems",
        "shipping",
        "textiles",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "&",
        "chamber",
        "chambers",
        "merchants",
        "producers",
        "dealers",
    }
)
_GOVERNMENT_NAME = frozenset(
    {
        "ministry",
        "department",
        "administration",
        "agency",
        "commission",
        "authority",
        "bureau",
        "government",
        "federal",
        "reserve",
        "central",
        "treasury",
        "cabinet",
        "council",
        "directorate",
        "office",
        "state",
        "national",
        "customs",
        "committee",
    }
)
_KIND_NAME: dict[str, str] = {
    "party": "PTY",
    "university": "EDU",
    "college": "EDU",
    "institute": "EDU",
    "school": "EDU",
    "union": "LAB",
    "church": "REL",
    "hospital": "MED",
}
_BANK = frozenset({"bank", "banque", "banco", "bancorp"})


def is_post(key: str) -> bool:
    """Is a role key a post organisations of every kind have ("vice president")?"""
    return key in POST_WORDS or key.split()[-1] in POST_WORDS


def name_sector(words: Sequence[str]) -> str | None:
    """The sector an organisation's name says it has, or None if it says nothing:
    "Dubin Clark and Co" BUS, "Farm Credit Administration" GOV, "Bharatiya Janata Party"
    PTY; "Hutchison" None. A bank is a company unless its name makes it the state's
    ("Central Bank", "Reserve Bank", "National Bank")."""
    lows = [w.lower().strip(".,") for w in words if w.strip()]
    if not lows:
        return None
    org = org_lexicon().find(" ".join(words))
    if org is not None:
        return next((s for s in org.sectors if s != "IGO"), None)
    if lows[-1] in CORPORATE_SUFFIXES or f"{lows[-1]}." in CORPORATE_SUFFIXES:
        return "BUS"
    for low in lows:
        if low in _KIND_NAME:
            return _KIND_NAME[low]
    state = [low for low in lows if low in _GOVERNMENT_NAME]
    if any(low in _BANK for low in lows):
        return "GOV" if state else "BUS"
    if any(low in _BUSINESS_NAME for low in lows):
        return "BUS"
    if state and state != ["state"] and state != ["national"]:
        return "GOV"
    return None


def owner_before(doc: Doc, start: int, people: bool = False) -> list[Token]:
    """The capitalised name right before a phrase that begins with a post ("*Sohio*
    chairman John Miller", "*Fundamental Management* Chairman Carl Singer"), when it is
    no country, person or known role: an organisation's name the phrase left out.
    ``people``: take words the tagger called a person too (for a company the article
    names in full elsewhere: "Echlin chairman Fred Mancheski")."""
    stops = _STOP_ENTS - {"PERSON"} if people else _STOP_ENTS
    out: list[Token] = []
    i = start - 1
    sent_start = doc[start].sent.start
    while i >= sent_start:
        t = doc[i]
        if t.ent_type_ in stops:
            break
        if (t.is_title or t.is_upper) and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.is_alpha:
            out.insert(0, t)
        elif t.text in ("&",) and out:
            out.insert(0, t)
        else:
            break
        i -= 1
    if not out or (out[0].i == sent_start and len(out) == 1 and out[0].pos_ != "PROPN"):
        return []
    text = " ".join(t.text for t in out)
    if country_lexicon().find(text) is not None or text.lower() in ROLE_WORDS:
        return []
    if any(t.lower_ in ROLE_WORDS and t.i == start - 1 and not t.ent_type_ for t in out):
        return []  # "Executive vice president": a title, not an owner
    return out


_STOP_ENTS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "GPE", "NORP"})


def possessive_owner(doc: Doc, start: int, end: int) -> Token | None:
    """An organisation "its" refers to, for "its president": the nearest organisation or
    country named before it in the same or the previous sentence."""
    pron = next(
        (t for t in doc[start:end] if t.lower_ in ("its", "their") and t.dep_ == "poss"), None
    )
    if pron is None:
        return None
    sent = doc[start].sent
    first = sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for ent in reversed([e for e in doc.ents if first <= e.start and e.end <= pron.i]):
        if ent.label_ in ("ORG", "GPE", "NORP"):
            return ent.root
    return None


class CodedLike(Protocol):
    """What the post and possessive passes read and revise of a coded mention
    (``coding._Coded``)."""

    mention: Mention
    desc: Description
    name: str | None
    country: str | None
    sectors: tuple[str, ...]
    code: str | None
    kind: str
    rule: str
    confidence: float


# Nouns naming a company ("the company said its chairman ...").
_FIRM_NOUNS = frozenset(
    {
        "company",
        "firm",
        "corporation",
        "bank",
        "group",
        "concern",
        "subsidiary",
        "unit",
        "conglomerate",
        "manufacturer",
        "maker",
    }
)


def revise_posts(doc: Doc, coded: Sequence[CodedLike]) -> None:
    """A post ("chairman", "president") the phrase names no organisation for takes the
    organisation around it (``posts``): the name the phrase left out before it
    ("Sohio chairman John Miller"), the antecedent of "its", a business title it is
    coordinated with ("president and chief operating officer"), or the sentence's
    companies when it names no state. Else it stays the state's post (GOV)."""
    companies = {company_key(c.name) for c in coded if c.desc.rule == "company" and c.name}
    companies.discard(())
    for i, c in enumerate(coded):
        m, d = c.mention, c.desc
        if not d.post and d.post_org is None:
            continue
        found: str | None = None
        decided = False
        words = [t.text for t in owner_before(doc, m.start)] if d.post else []
        if d.post and not words:  # "Echlin chairman": a company the tagger took for a person
            named = [t.text for t in owner_before(doc, m.start, people=True)]
            words = named if _known_company(named, companies) else []
        org_words = words or (d.post_org.split() if d.post_org else [])
        if org_words:
            known = _known_company(org_words, companies)
            found, decided = ("BUS" if known else name_sector(org_words)), True
        elif d.post:
            owner = possessive_owner(doc, m.start, m.end)
            if owner is not None:
                found, decided = _owner_sector(doc, owner, companies), True
            elif _coordinated_business(doc, coded, i):
                found, decided = "BUS", True
            elif _sentence_business(doc, coded, i):
                found, decided = "BUS", True
        if decided and (found or d.post):
            c.sectors = (found,) if found else ()
            c.rule = c.rule + "+post" if found else c.rule
            c.confidence = min(c.confidence, 0.9 if found else 0.5)


def _known_company(words: list[str], companies: set[tuple[str, ...]]) -> bool:
    key = name_key(" ".join(words))
    return bool(key) and any(full[: len(key)] == key for full in companies)


def _owner_sector(doc: Doc, owner: Token, companies: set[tuple[str, ...]]) -> str | None:
    ent = next((e for e in doc.ents if e.start <= owner.i < e.end), None)
    if ent is None:
        return None
    if ent.label_ in ("GPE", "NORP") or country_lexicon().find(ent.text) is not None:
        return "GOV"  # a country's president
    if _known_company(ent.text.split(), companies):
        return "BUS"
    return name_sector(ent.text.split())


def _coordinated_business(doc: Doc, coded: Sequence[CodedLike], i: int) -> bool:
    """ "president and chief operating officer": one post-holder, a company's."""
    head = doc[coded[i].mention.head]
    near = {t.i for t in head.conjuncts}
    return any(
        k != i and c.mention.head in near and c.sectors == ("BUS",) and c.kind == "person"
        for k, c in enumerate(coded)
    )


def _sentence_business(doc: Doc, coded: Sequence[CodedLike], i: int) -> bool:
    """Does the sentence of a bare post name companies and no state or government?"""
    sent = doc[coded[i].mention.head].sent
    business = state = False
    for k, c in enumerate(coded):
        if k == i or not sent.start <= c.mention.head < sent.end:
            continue
        if (
            c.country
            or c.kind in ("country", "place")
            or (set(c.sectors) & {"GOV", "LEG", "MIL", "JUD", "PTY"} and not c.desc.post)
        ):
            state = True
        elif (
            "BUS" in c.sectors
            and c.kind in ("organisation", "person")
            and (c.desc.rule == "company" or not c.desc.name_tokens)
        ):
            head = doc[c.mention.head].lemma_.lower()
            business = business or c.desc.rule == "company" or head in _FIRM_NOUNS
    return business and not state
