"""Mention rules for wire news: a capital the tagger took for a person ("Kiev said"), a
body a place name qualifies ("the Taiwan committee of soybean importers"), "party" as a
legal term ("a potentially responsible party") and a company's "division"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dateline.actors.countries import country_lexicon
from dateline.actors.roles import ROLE_WORDS

__all__ = ["LEGAL_PARTY", "capital_for_person", "military_division", "place_named_body"]

# Adjectives that make "party" a legal term, not a political party.
LEGAL_PARTY = {
    "responsible",
    "third",
    "interested",
    "guilty",
    "injured",
    "aggrieved",
    "innocent",
    "contracting",
    "prevailing",
    "related",
    "affected",
    "private",
}
# Words that make a "division" an army's ("the 101st Airborne Division", "an armoured
# division"); otherwise a division is a company's or a ministry's department.
_MILITARY_DIVISION = {
    "army",
    "infantry",
    "armoured",
    "armored",
    "airborne",
    "marine",
    "mechanised",
    "mechanized",
    "tank",
    "panzer",
    "guards",
    "rifle",
    "motorised",
    "motorized",
    "cavalry",
    "mountain",
    "artillery",
    "military",
    "paratroop",
    "commando",
    "rebel",
    "naval",
}


def military_division(tok: Token) -> bool:
    for c in tok.lefts:
        if (
            c.lower_ in _MILITARY_DIVISION
            or c.ent_type_ == "ORDINAL"
            or (c.like_num and c.dep_ in ("amod", "nummod", "compound"))
        ):
            return True
    for c in tok.rights:  # "a division of the army"
        if c.dep_ == "prep" and c.lower_ == "of":
            if any(
                o.lower_ in _MILITARY_DIVISION or o.lemma_.lower() in ("army", "force")
                for o in c.children
            ):
                return True
    return False


# Collective nouns that a country or city name may qualify ("the Taiwan committee")
_BODY_NOUNS = {
    "committee",
    "association",
    "federation",
    "board",
    "consortium",
    "syndicate",
    "cooperative",
    "chamber",
    "guild",
    "club",
    "institute",
}


def place_named_body(
    doc: Doc, ent: Span, left_start: Callable[[Token], int]
) -> tuple[int, int] | None:
    """The span of a body a place name qualifies ("the Taiwan committee of soybean
    importers"), from its determiner to the end of its of-tail, or None."""
    if ent.label_ not in ("GPE", "LOC") or ent.root.dep_ != "compound":
        return None
    noun = ent.root.head
    if noun.i != ent.end or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _BODY_NOUNS:
        return None
    start = min(ent.start, left_start(noun))
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = max(t.i for t in child.subtree) + 1
            break
    return start, end


_PERSON_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sir",
    "lady",
    "lord",
    "saint",
    "st",
    "st.",
}


def capital_for_person(doc: Doc, ent: Span, surnames: set[str]) -> bool:
    """Is a PERSON entity a capital standing for its government ("Kiev said", "Juba
    accused ...")? Only the whole entity as a capital's name, never a surname the text
    gives in full elsewhere ("Jose Lima ... Lima said"), nor after a title ("Mr Lima")."""
    from dateline.actors.context import capital_acts

    hit = country_lexicon().find(ent.text, cities=False)
    if hit is None or hit.kind != "capital" or ent.text in surnames:
        return False
    if any(t.tag_ == "POS" for t in ent):
        return False
    if ent.start > 0:
        prev = doc[ent.start - 1]
        if (
            prev.lower_ in _PERSON_TITLES
            or prev.lower_ in ROLE_WORDS
            or (prev.is_title and prev.ent_type_ == "PERSON")
        ):
            return False
    return capital_acts(ent.root)
