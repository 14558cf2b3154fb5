"""State conventions for the parties of an event: which country's state organs act
(``jurisdiction``), who a protest that names no one is aimed at (``own_government``),
heads of state and governing bodies named without a country (``national_leader``), and
emergency rule a state lays on its own country (``domestic_measure``, ``own_country``).

Every actor these rules make says so in its ``rule`` and carries a confidence of at most
``LOCAL_CONFIDENCE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from dateline.types import Actor

__all__ = [
    "LOCAL_CONFIDENCE",
    "NATIONAL_BODIES",
    "NATIONAL_OFFICES",
    "domestic_measure",
    "domestic_bill",
    "jurisdiction",
    "national_leader",
    "own_country",
    "own_government",
]

LOCAL_CONFIDENCE = 0.5


_STATE = frozenset({"GOV", "COP", "JUD", "LEG", "SPY"})


def jurisdiction(sources: Sequence[Actor]) -> str | None:
    """The country whose state organs act ("Nigerian authorities jailed ...", "the
    Egyptian police arrested ..."): those they arrest, ban or jail are under its law."""
    found = {a.country for a in sources if a.country and set(a.sectors) & _STATE}
    return next(iter(found)) if len(found) == 1 else None


def own_government(sources: Sequence[Actor]) -> tuple[Actor, ...]:
    """PLOVER/CAMEO convention for a protest that names no one it is aimed at: citizens
    protesting at home protest against their own government ("Egyptian demonstrators
    rioted" is EGY -> EGY). The target is coded on the words that give the protesters'
    country, as a government actor; none when the protesters are a state themselves, or
    their country is not known or not one."""
    countries = {a.country for a in sources if a.country}
    if len(countries) != 1 or any(set(a.sectors) & _STATE or a.kind == "country" for a in sources):
        return ()
    country = next(iter(countries))
    src = next(a for a in sources if a.country)
    return (
        replace(
            src,
            country=country,
            sectors=("GOV",),
            kind="country",
            role=None,
            rule="convention:protest-own-government",
            confidence=min(src.confidence, LOCAL_CONFIDENCE),
        ),
    )


# Offices held by one person per country: a head of state or government named without
# a country ("President Gbagbo", "the prime minister") is, when the sentence speaks of
# one country only, that country's.
NATIONAL_OFFICES = frozenset(
    {
        "president",
        "vice president",
        "vice-president",
        "prime minister",
        "premier",
        "king",
        "queen",
        "emir",
        "sultan",
        "chancellor",
        "head of state",
        "crown prince",
    }
)


# Bodies that govern a whole country: "the military government of President X".
NATIONAL_BODIES = frozenset({"government", "cabinet", "administration", "regime", "junta"})


def national_leader(a: Actor) -> bool:
    """A person whose title is a national office ("President Laurent Gbagbo"), or a
    body that governs a country ("the military government")."""
    role = (a.role or "").lower()
    if a.kind == "person":
        return any(role == office or role.endswith(f" {office}") for office in NATIONAL_OFFICES)
    words = role.split()
    return (
        a.kind in ("organisation", "group")
        and "GOV" in a.sectors
        and bool(words)
        and words[-1] in NATIONAL_BODIES
    )


# Emergency rule a state lays on its own land: "imposed a curfew", "lifted the state of
# emergency", "declared martial law".
_MEASURES = frozenset({"curfew", "emergency", "siege"})


def domestic_measure(tok: Token) -> bool:
    """Does the event at ``tok`` lay, ease or lift emergency rule (a curfew, a state of
    emergency or siege, martial law)?"""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [
        o
        for c in objects
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for o in objects:
        lemma = o.lemma_.lower()
        if lemma in _MEASURES or (
            lemma == "law" and any(c.lower_ == "martial" for c in o.children)
        ):
            return True
    return False


# Bills before a legislature: "opposed pending legislation", "rejected the bill".
_BILLS = frozenset({"legislation", "bill"})


def domestic_bill(tok: Token) -> bool:
    """Is the object of the event at ``tok`` a bill with no party named on it ("opposed
    pending legislation")? A bill with no country said is one before the actor's own
    legislature, so its rejection bears on the actor's own state (as emergency rule
    does, ``own_country``); "the U.S. trade bill" names its party and is not one."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _BILLS and not any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")
        for c in o.children) for o in objects)


def own_country(sources: Sequence[Actor]) -> tuple[Actor, ...]:
    """PLOVER convention for emergency rule with no one named: a state's curfew, state
    of emergency or martial law bears on its own country (the country of its state
    organs, or the state itself)."""
    country = jurisdiction(sources)
    states = {a.country for a in sources if a.kind == "country" and a.country}
    if country is None and len(states) == 1:
        country = next(iter(states))
    if country is None:
        return ()
    src = next(a for a in sources if a.country == country)
    return (
        replace(
            src,
            sectors=(),
            kind="country",
            role=None,
            rule="convention:domestic-measure",
            confidence=min(src.confidence, LOCAL_CONFIDENCE),
        ),
    )
