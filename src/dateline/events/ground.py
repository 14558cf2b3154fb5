"""Where a military act is fought when the sentence places it "among the peaks of the
Haj Omran border area of northeast Iraq": a place phrase the places stage does not read
as the event's place (it takes "in", "at", "near", ...). Inside such a phrase, the
country named is the ground of the act; an offensive by one state's forces on another
state's ground has that state as its target when no other is named
(``parties.settle_parties`` does that with the place returned here).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.types import Place

__all__ = ["GROUND_PREPS", "ground_place"]

# place prepositions of a spread-out setting ("among the hills of ...", "amid the
# mountains of ...")
GROUND_PREPS = frozenset({"among", "amid", "amidst", "amongst"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_NAMING_VERBS = frozenset({"codename", "codenamed", "dub", "name", "call"})
_MAX_DEPTH = 4  # "among the peaks of the area of northeast Iraq": three "of" links


def _named_places(noun: Token, depth: int = 0) -> list[Token]:
    """Place names in the phrase headed by ``noun`` and its "of" chain, nearest first."""
    out = [
        c
        for c in [noun, *noun.children]
        if c.ent_type_ in _PLACE_ENTS
        and c.dep_ in ("pobj", "compound", "nmod", "amod", "appos", "dobj", "nsubj")
    ]
    if depth >= _MAX_DEPTH:
        return out
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out += _named_places(obj, depth + 1)
    return out


def ground_place(tok: Token, at: Callable[[int, int], Place | None] | None) -> Place | None:
    """The place of the act at ``tok`` (a verb and its object noun, or a noun) named in
    an "among"/"amid" phrase, as the places stage resolved it; None when there is none."""
    if at is None:
        return None
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    # "launched the offensive, codenamed Karbala-7, among the peaks of ...": the parser
    # may hang the place phrase on the naming participle
    heads += [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("conj", "acl") and c.lemma_.lower() in _NAMING_VERBS
    ]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in GROUND_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for name in _named_places(obj):
                    place = at(name.idx, name.idx + len(name))
                    if place is not None and place.country:
                        return place
    return None
