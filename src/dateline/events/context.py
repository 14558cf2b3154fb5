"""PLOVER contexts: what domain an event belongs to, read from the words of its clause."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["CONTEXT_KEYWORDS", "contexts_for"]

# Lemmas (lowercase) that put an event in a PLOVER context.
CONTEXT_KEYWORDS: dict[str, frozenset[str]] = {
    "military": frozenset({"military", "defence", "defense", "army", "troops", "troop",
                           "soldier", "navy", "naval", "air force", "weapon", "arms", "missile",
                           "warship", "drill", "exercise", "artillery", "armed", "tank"}),
    "economic": frozenset({"trade", "economic", "economy", "investment", "invest", "tariff",
                           "export", "import", "industry", "industrial", "business", "market",
                           "loan", "debt", "currency", "oil", "gas", "energy", "production",
                           "finance", "financial", "bank", "budget", "tax"}),
    "diplomatic": frozenset({"diplomatic", "embassy", "ambassador", "envoy", "summit",
                             "bilateral", "ties", "relation", "foreign", "consulate"}),
    "legal": frozenset({"court", "judge", "legal", "law", "lawsuit", "trial", "justice",
                        "prosecutor", "verdict", "sentence", "extradition"}),
    "terrorism": frozenset({"terrorist", "terrorism", "militant", "bomber", "jihadist",
                            "insurgent", "extremist"}),
    "humanitarian": frozenset({"humanitarian", "relief", "refugee", "food", "medical",
                               "medicine", "shelter", "aid"}),
    "health": frozenset({"health", "hospital", "vaccine", "disease", "epidemic",
                         "pandemic", "virus", "covid"}),
    "education": frozenset({"education", "school", "university", "student", "academy"}),
    "election": frozenset({"election", "vote", "ballot", "poll", "campaign", "candidate"}),
    "human_rights": frozenset({"rights", "torture", "freedom", "detention", "prisoner"}),
    "environment": frozenset({"climate", "emission", "environment", "environmental",
                              "pollution", "carbon"}),
    "territory": frozenset({"border", "territory", "territorial", "island", "frontier"}),
    "cyber": frozenset({"cyber", "hack", "hacker", "cyberattack", "malware"}),
    "migration": frozenset({"migrant", "migration", "asylum", "immigration"}),
    "intelligence": frozenset({"intelligence", "spy", "espionage"}),
    "technology": frozenset({"technology", "technical", "satellite", "nuclear", "space"}),
}


def contexts_for(tokens: list[Token]) -> tuple[str, ...]:
    """Contexts whose keywords occur among ``tokens`` (lemma or lowercase form)."""
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    return tuple(name for name, keys in CONTEXT_KEYWORDS.items() if words & keys)
