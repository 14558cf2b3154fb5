"""Attacks met and held off: "its troops repulsed heavy Iraqi counter-attacks", "the
raid was beaten back by border guards". Whoever repels an attack is the one attacked, so
a nominal attack with no target named takes the repelling side as its target.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.arguments import verb_sources
from dateline.events.phrases import children, prep_objects

__all__ = ["REPELLING_VERBS", "repelling_side"]

# verbs of holding off an attack, with the particle a phrasal one needs ("" for none)
REPELLING_VERBS: dict[str, str] = {
    "repulse": "",
    "repel": "",
    "thwart": "",
    "foil": "",
    "withstand": "",
    "rebuff": "",
    "fend": "off",
    "fight": "off",
    "beat": "back",
    "drive": "back",
    "push": "back",
    "hold": "off",
    "ward": "off",
}


def _repelling(verb: Token) -> bool:
    particle = REPELLING_VERBS.get(verb.lemma_.lower())
    if particle is None or verb.pos_ != "VERB":
        return False
    return not particle or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def repelling_side(noun: Token) -> list[Token]:
    """The ones who repel the attack ``noun`` names: the subject of "repulsed the
    attacks", the agent of "the attacks were repulsed by ..."; empty otherwise."""
    verb = noun.head
    if noun.dep_ == "dobj" and _repelling(verb):
        return verb_sources(verb)[0]
    if noun.dep_ == "nsubjpass" and _repelling(verb):
        return [o for a in children(verb, "agent") for o in prep_objects(a)]
    return []
