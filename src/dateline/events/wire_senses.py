"""Senses of event words that wire news uses in another meaning, and one reading they call for.

- "Baker conceded that the effect has not yet proved as quick": to concede *that*
  something is so admits a point; a concession (PLOVER CONCEDE) yields something to a
  party (``admitted_point``);
- "the forces, backed by heavy artillery fire, advanced": a passive "back" whose agent is
  a weapon or fire describes how an attack was carried out; nobody endorses anyone
  (``backed_by_arms``);
- "Iran has backed dissident Kurds in attacks on government positions": backing a party
  in its attacks, fighting or war supports it militarily (CAMEO 072 "provide military
  aid", PLOVER AID), no mere endorsement (``military_backing``);
- "entered a guilty plea", "his pleas of guilty to four counts", "a plea bargain": a plea
  in court answers a charge; it asks no party for anything (``court_plea``).

``admitted_point`` and ``backed_by_arms`` are rules of ``events.senses`` (``idle_sense``);
``military_backing`` is a reading of ``events.readings`` (``reread``); ``court_plea`` is a
noun sense of ``events.business`` (``idle_noun``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from dateline.events.conventions import RulePattern
from dateline.events.patterns import best_match
from dateline.events.phrases import objects_of_preps
from dateline.events.questions import questioned_act

__all__ = ["WIRE_RULES", "admitted_point", "backed_by_arms", "court_plea", "military_backing"]


def _best_type(matches: Sequence[Any]) -> str:
    return best_match(matches)[0]


def admitted_point(verb: Token, matches: Sequence[Any]) -> bool:
    """ "conceded that the effect has not been as quick": a clause that says what is
    conceded makes "concede" a verb of saying (admit), no concession to a party."""
    if verb.lemma_.lower() != "concede" or _best_type(matches) != "CONCEDE":
        return False
    return any(c.dep_ == "ccomp" for c in verb.children)


# what fire or arms are: a weapon, a barrage, a unit of them backs an attack
_ARMS = frozenset(
    """fire artillery gunfire shelling barrage barrages tank tanks aircraft plane planes jet
    jets helicopter helicopters gunship gunships armour armor warplane warplanes missile
    missiles rocket rockets mortar mortars airpower bombardment bomber bombers
    cover""".split()
)


def backed_by_arms(verb: Token, matches: Sequence[Any]) -> bool:
    """ "the Iranian forces backed by heavy artillery fire": support by weapons is how an
    attack is carried out, no endorsement of a party."""
    if verb.lemma_.lower() != "back" or _best_type(matches) != "COOPERATE":
        return False
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children
              if o.dep_ == "pobj"]
    agents = [x for o in agents for x in [o, *o.conjuncts]]
    return bool(agents) and all(o.lemma_.lower() in _ARMS for o in agents)


# what a party fights in: backing it there is military support
_FIGHTS = frozenset(
    """attack attacks fighting fight war offensive insurgency raid raids rebellion uprising
    revolt campaign struggle battle battles operation operations assault assaults
    incursion incursions""".split()
)


def military_backing(verb: Token, matches: Sequence[Any]) -> RulePattern | None:
    """ "has backed dissident Kurds in attacks on government positions": AID (072)."""
    if verb.lemma_.lower() not in ("back", "support") or not matches:
        return None
    if _best_type(matches) != "COOPERATE" or any(c.dep_ in ("auxpass", "agent")
                                                 for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    fights = objects_of_preps([verb], ("in",))
    if any(f.lemma_.lower() in _FIGHTS or f.lower_ in _FIGHTS for f in fights):
        return RulePattern(verb.lemma_.lower(), "AID", None, "072", confidence=0.65,
                           source="frame")
    return None


_PLEA_WORDS = frozenset({"guilty", "innocent", "insanity", "contest", "bargain",
                         "bargaining", "agreement", "deal"})
_COURT_VERBS = frozenset({"enter", "change", "withdraw"})


def court_plea(tok: Token) -> bool:
    """ "entered a guilty plea", "his guilty pleas to the four counts", "a plea of not
    guilty", "a plea bargain": the answer to a charge in court, no request."""
    if tok.lemma_.lower() not in ("plea", "pleas"):
        return False
    near = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    near += objects_of_preps([tok], ("of",), ("pobj", "pcomp", "amod", "acomp"))
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _PLEA_WORDS:
        return True  # "a plea bargain", "plea agreement"
    if any(w.lemma_.lower() in _PLEA_WORDS or w.lower_ in _PLEA_WORDS for w in near):
        return True
    # "entered a plea before the judge", "pleas to four counts" (charges)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _COURT_VERBS:
        return True
    counts = objects_of_preps([tok], ("to",))
    return any(c.lemma_.lower() in ("count", "charge") for c in counts)


WIRE_RULES = (admitted_point, backed_by_arms, questioned_act)
