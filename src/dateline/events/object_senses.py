"""Senses of event verbs read from their object: what is sought, what is sanctioned.

- "to seek the 1988 Democratic presidential nomination", "seek ways of making the best use
  of fiscal policy", "seeking buyers for the unit": striving for an office, a means or a
  trading partner asks no party for anything (PLOVER REQUEST asks a party for an act or a
  thing) (``sought_end``);
- "the authorities sanctioned a base rate reduction": sanctioning a thing that is no party
  approves it; sanctions are imposed on parties (``approved_thing``);
- "the group has targeted financial services as a sector in which to expand": targeting a
  thing that is no party as something chooses it, no attack (``chosen_as``).

Both are rules of ``events.senses`` (``idle_sense``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from dateline.events.patterns import best_match as _best
from dateline.events.phrases import children as _children
from dateline.events.phrases import objects_of_preps

__all__ = ["approved_thing", "chosen_as", "sought_end"]




def _party(tok: Token) -> bool:
    """A word that can name a party: a name, a pronoun, a nationality."""
    return tok.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or tok.pos_ in ("PROPN", "PRON")


# what one seeks without asking anyone: an office, a way, a partner in trade
_SOUGHT_ENDS = frozenset(
    """nomination presidency office seat election re-election reelection candidacy post job
    position term mandate majority leadership chairmanship way ways means method solution
    solutions alternative alternatives remedy buyer buyers purchaser partner partners
    opportunity opportunities market markets outlet outlets investor investors bid bids
    tender tenders control stake stakes""".split()
)


def sought_end(verb: Token, matches: Sequence[Any]) -> bool:
    """ "to seek the 1988 Democratic presidential nomination", "seek ways of making use of
    fiscal policy", "seeking buyers": striving for an office, a means or a trading partner
    asks no party for anything (PLOVER REQUEST asks a party for an act or a thing)."""
    if verb.lemma_.lower() != "seek" or _best(matches) != ("REQUEST", "-"):
        return False
    if objects_of_preps([verb], ("from",)):
        return False  # "sought support from Iraq": a party is asked
    objects = [o for c in _children(verb, "dobj") for o in [c, *c.conjuncts]]
    return bool(objects) and all(
        o.lemma_.lower() in _SOUGHT_ENDS
        or (o.lemma_.lower() == "house" and any(c.lower_ == "white" for c in o.children))
        for o in objects
    )


def approved_thing(verb: Token, matches: Sequence[Any]) -> bool:
    """ "the authorities sanctioned a base rate reduction": to sanction a thing that is no
    party is to approve it; sanctions are imposed on parties ("sanctioned Iran")."""
    if verb.lemma_.lower() != "sanction" or _best(matches)[0] != "SANCTION":
        return False
    objects = [o for c in _children(verb, "dobj", "nsubjpass") for o in [c, *c.conjuncts]]
    return bool(objects) and not any(_party(o) for o in objects)


def chosen_as(verb: Token, matches: Sequence[Any]) -> bool:
    """ "targeted financial services as a sector": a thing chosen as something."""
    if verb.lemma_.lower() != "target" or _best(matches)[0] != "ASSAULT":
        return False
    objects = [o for c in _children(verb, "dobj", "nsubjpass") for o in [c, *c.conjuncts]]
    return bool(objects) and bool(objects_of_preps([verb], ("as",))) and not any(
        _party(o) for o in objects)
