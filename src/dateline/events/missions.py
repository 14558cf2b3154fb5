"""Readings of a verb by what it sends, readies or asks for.

- "would send military aircraft with relief supplies": forces sent for disaster relief
  are aid (PLOVER manual: "mobilizing police or military forces for disaster relief
  should be coded as AID"; CAMEO 073 humanitarian aid) (``relief_mission``);
- "will send a team to help identify the victims", "dispatched experts to assist the
  inquiry": personnel sent to help are an offer of assistance (PLOVER AID; CAMEO 07
  provide aid), whatever their trade (``assistance_team``);
- "called for the UN to intervene", "is pushing for the US to back the plan": an appeal
  whose "for" introduces a clause with its own subject asks that party to act (CAMEO 02,
  REQUEST), as "called for talks" does; the tagger hangs "for" on the clause as its
  marker, not on the verb (``appeal_for_clause``);
- "the army prepared to resume shelling rebel positions", "troops readied to storm the
  town": armed forces getting ready to attack make a military move short of force (PLOVER
  MOBILIZE: "all military or police moves that fall short of the actual use of force",
  distinct from THREATEN, which is verbal; CAMEO 150); the attack is the content of the
  preparation, not an event of its own (``readied_force``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Token

from dateline.events.conventions import RulePattern
from dateline.events.phrases import objects_of_preps

__all__ = [
    "FORCES",
    "appeal_for_clause",
    "assistance_team",
    "for_clause",
    "readied_acts",
    "readied_force",
    "relief_mission",
]

# the forces of order and arms: police, soldiers, militias (and armed settlers)
FORCES = frozenset(
    """police policeman officer soldier troop force army guard gendarme militia
    settler""".split()
)


_RELIEF = frozenset(
    """relief aid supply food medicine assistance water tent blanket vaccine rescue
    evacuation""".split()
) | {"relief supply", "humanitarian aid"}


def relief_mission(verb: Token, matches: Sequence[Any]) -> RulePattern | None:
    """AID 073 for forces sent, deployed or flown in with relief or to deliver it."""
    if not matches or matches[0].type != "MOBILIZE":
        return None
    carried = objects_of_preps([verb], ("with", "for", "carrying"))
    carried += [
        o
        for d in verb.children
        if d.dep_ in ("dobj", "nsubjpass")
        for p in d.children
        if p.dep_ in ("prep", "acl") and p.lower_ in ("with", "for", "carrying")
        for o in p.children
        if o.dep_ in ("pobj", "dobj")
    ]
    purpose = [
        o
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("deliver", "distribute", "carry")
        for o in c.children
        if o.dep_ == "dobj"
    ]
    for noun in carried + purpose:
        words = {noun.lemma_.lower()} | {
            c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")
        }
        if words & _RELIEF:
            return RulePattern(verb.lemma_.lower(), "AID", None, "073", source="frame")
    return None


_SENDING = frozenset({"send", "dispatch", "deploy", "fly"})
_PERSONNEL = frozenset(
    """team expert specialist crew staff personnel medic engineer volunteer worker
    technician""".split()
)
_HELPING = frozenset({"help", "assist", "support"})


def _helps(clause: Token) -> bool:
    """An infinitive of helping: "to help the victims", "to help identify" (the tagger
    reads this "help" as an auxiliary of "identify"), "to assist"."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
        return False
    return clause.lemma_.lower() in _HELPING or any(
        a.dep_ == "aux" and a.lemma_.lower() in _HELPING for a in clause.children
    )


def assistance_team(verb: Token, matches: Sequence[Any]) -> RulePattern | None:
    """AID 070 for a team, experts or other personnel sent to help: "will send a team to
    help identify the victims". Only where the lexicon has no reading of the object (sent
    troops stay MOBILIZE, unless they carry relief)."""
    if verb.lemma_.lower() not in _SENDING or (matches and matches[0].object != "-"):
        return None
    staff = [
        o
        for o in verb.children
        if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in _PERSONNEL
    ]
    if not staff:
        return None
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    clauses += [c for o in staff for c in o.children if c.dep_ in ("acl", "relcl")]
    if any(_helps(c) for c in clauses):
        return RulePattern(verb.lemma_.lower(), "AID", None, "070", source="frame")
    return None


_APPEALING = frozenset(
    {"call", "press", "push", "plead", "appeal", "lobby", "campaign", "clamour", "clamor"}
)


def for_clause(verb: Token) -> Token | None:
    """The head of a "for X to do" clause on ``verb`` ("called for the UN to intervene":
    ``intervene``), when it has its own subject."""
    for c in verb.children:
        if (
            c.dep_ in ("advcl", "ccomp", "xcomp")
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
        ):
            return c
    return None


def appeal_for_clause(verb: Token, matches: Sequence[Any]) -> RulePattern | None:
    """REQUEST 020 for "called / pressed / pushed for X to do": the lexicon's "call for"
    row sees no "for" on the verb, as the tagger makes it the clause's marker."""
    if verb.lemma_.lower() not in _APPEALING or (matches and matches[0].prep != "-"):
        return None
    if for_clause(verb) is None:
        return None
    return RulePattern(verb.lemma_.lower(), "REQUEST", None, "020", source="frame")


_READYING = frozenset({"prepare", "ready", "gear"})
_READIED = frozenset({"readied", "readies", "readying"})  # the tagger's lemma is "readie"
_ARMED = FORCES | frozenset(
    """military navy rebel insurgent militant fighter guerrilla gunman unit artillery
    paratrooper commando marine""".split()
)
# aspectual verbs between the preparation and the attack: "prepared to resume shelling"
_ASPECTUAL = frozenset({"resume", "begin", "start", "launch", "continue", "renew"})
_FORCIBLE = frozenset({"ASSAULT", "COERCE"})  # "readied to storm the town" (171)


def _armed_subject(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("xcomp", "conj"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(
        s.lemma_.lower() in _ARMED
        or any(
            p.dep_ == "prep"
            and p.lower_ == "of"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in _ARMED for o in p.children)
            for p in s.children
        )
        for s in subjects
    )


def readied_acts(verb: Token) -> list[Token]:
    """The acts an armed subject gets ready for: the infinitive after "prepare", "ready"
    or "gear up", and the act after an aspectual verb in it ("to resume shelling")."""
    readying = verb.lemma_.lower() in _READYING or verb.lower_ in _READIED
    if not readying or not _armed_subject(verb):
        return []
    acts = [
        c
        for c in verb.children
        if c.dep_ == "xcomp"
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    acts += [
        x
        for a in acts
        if a.lemma_.lower() in _ASPECTUAL
        for x in a.children
        if x.dep_ in ("xcomp", "dobj") and x.pos_ in ("VERB", "NOUN")
    ]
    return acts


def readied_force(
    verb: Token, matches: Sequence[Any], act_matches: Callable[[Token], list[Any]]
) -> RulePattern | None:
    """MOBILIZE 150 for armed forces getting ready to attack or use force: "the army
    prepared to resume shelling", "rebels were preparing to attack the town", "troops
    readied to storm the stronghold"."""
    if matches:
        return None
    for act in readied_acts(verb):
        found = act_matches(act)
        if found and found[0].type in _FORCIBLE:
            return RulePattern(verb.lemma_.lower(), "MOBILIZE", None, "150", source="frame")
    return None
