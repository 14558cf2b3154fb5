"""Possessives and group nouns.

- "its"/"their" as an owner ("its members", "its ambassador") or standing alone: the
  nearest earlier country or organisation of the same or the previous sentence, never one
  named inside the phrase the pronoun belongs to ("its sanctions on Japanese products" is
  the sanctioning state's, not Japan's). "its" takes a singular antecedent.
- A possessed group noun ("its members", "the guild's members", "the union's workers") is
  the owner's people: it takes the owner's country and, for an organisation, its sectors
  (a union's members are LAB, a party's PTY); a country's people stay as the noun says.
- Labour organisations by their name: "Writers Guild of America", "Transport Workers'
  Union", "Federation of Mine Workers", "Teamsters" are LAB.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dateline.actors.mentions import GROUP_NOUNS
from dateline.actors.posts import CodedLike

__all__ = [
    "GROUP_NOUNS",
    "OWNER_PRONOUNS",
    "is_labour_name",
    "pronoun_owner",
    "revise_possessed",
]

OWNER_PRONOUNS = frozenset({"its", "their"})


_LABOUR_WORDS = frozenset(
    {"worker", "workers", "workers'", "employee", "employees", "employees'", "labour",
     "labor", "miner", "miners", "unions", "trade", "teacher", "teachers", "dockers",
     "dockworkers", "seamen", "metalworkers", "autoworkers", "steelworkers", "machinists"}
)
_BODY_WORDS = frozenset(
    {"federation", "confederation", "congress", "council", "association", "union",
     "brotherhood", "alliance", "league"}
)
_STATE_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD"})


def is_labour_name(words: Sequence[str]) -> bool:
    """Does an organisation's name make it a labour body? A guild, the Teamsters, or a
    federation/union/congress of workers ("Federation of Mine Workers")."""
    low = [w.lower().strip(".,") for w in words]
    if not low:
        return False
    if any(w in ("guild", "guilds", "teamsters", "teamster") for w in low):
        return True
    return any(w in _BODY_WORDS for w in low) and any(w in _LABOUR_WORDS for w in low)


def _fits(c: CodedLike, plural_ok: bool) -> bool:
    """Can ``c`` be what "its"/"their" stands for: a country or a body, not a person."""
    if c.mention.source in ("pronoun", "person", "alias"):
        return False
    if c.kind == "place" and not (set(c.sectors) & _STATE_SECTORS):
        return False
    if c.kind not in ("country", "organisation", "igo", "group", "person", "unknown"):
        return False
    if c.kind in ("person", "unknown", "group") and not (c.sectors or c.code):
        return False  # a nominal that names no body: "the products"
    if c.kind == "person" and c.desc.post:
        return False  # "the chairman": a person, not a body
    if not plural_ok and c.desc.head_plural:
        return False
    return bool(c.country or c.sectors or c.code or c.kind == "country")


def pronoun_owner(doc: Doc, pron: Token, coded: Sequence[CodedLike]) -> int | None:
    """The index in ``coded`` of what the possessive pronoun at ``pron`` stands for."""
    sent = pron.sent
    first = sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    phrase = {t.i for t in pron.head.subtree}
    plural_ok = pron.lower_ == "their"
    best: int | None = None
    for k, c in enumerate(coded):
        m = c.mention
        if not first <= m.head < pron.i or m.start <= pron.i < m.end:
            continue
        if m.head in phrase:
            continue  # named inside the pronoun's own phrase
        if not _fits(c, plural_ok):
            continue
        if best is None or m.head > coded[best].mention.head:
            best = k
    return best


def _owner_of(doc: Doc, c: CodedLike, coded: Sequence[CodedLike], i: int) -> int | None:
    head = doc[c.mention.head]
    poss = [t for t in head.children if t.dep_ == "poss"]
    if not poss:
        return None
    p = poss[0]
    if p.lower_ in OWNER_PRONOUNS:
        return pronoun_owner(doc, p, coded)
    for k, other in enumerate(coded):
        om = other.mention
        if k != i and om.source != "pronoun" and om.start <= p.i < om.end \
                and not (om.start <= head.i < om.end):
            return k
    return None


def revise_possessed(doc: Doc, coded: Sequence[CodedLike],
                     root: dict[int, int] | None = None) -> None:
    """Possessed mentions take their owner's country; possessed group nouns are the
    owner's people (its sectors for a body); labour bodies by name are LAB."""
    for c in coded:
        if c.mention.source == "pronoun" or "LAB" in c.sectors:
            continue
        if c.kind in ("organisation", "person", "unknown", "group") and c.mention.source \
                in ("org", "nominal") and is_labour_name(
                    [t.text for t in doc[c.mention.start:c.mention.end]]) \
                and doc[c.mention.head].lemma_.lower() not in GROUP_NOUNS:
            c.sectors = ("LAB",)
            c.kind = "organisation"
            c.rule = (c.rule + "+labour") if c.rule else "labour"
    for i, c in enumerate(coded):
        if c.mention.source == "pronoun":
            continue
        owner_i = _owner_of(doc, c, coded, i)
        if owner_i is None:
            continue
        if root is not None:
            owner_i = root.get(owner_i, owner_i)
        owner = coded[owner_i]
        changed = False
        if c.country is None and owner.country and owner.kind != "igo":
            c.country = owner.country
            changed = True
        group = doc[c.mention.head].lemma_.lower() in GROUP_NOUNS
        if group and owner.kind != "country" and owner.sectors and (
                not c.sectors or c.sectors == ("CVL",)):
            c.sectors = owner.sectors
            c.kind = "group"
            changed = True
        elif group and owner.kind == "country" and not c.sectors:
            c.sectors = ("CVL",)  # "its people"
            c.kind = "group"
            changed = True
        if changed:
            c.rule = (c.rule + "+possessor") if c.rule else "possessor"
            c.confidence = min(c.confidence, owner.confidence, 0.8)
