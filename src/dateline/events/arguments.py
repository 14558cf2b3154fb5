"""Event arguments from the dependency parse: who acts (sources) and on whom (targets).

Handles subjects and objects, passives ("was attacked by"), coordination ("India and
Uzbekistan signed"), control and raising ("Singh is scheduled to visit"), conjoined verbs,
relative clauses ("troops who attacked"), prepositional targets ("talks with", "aid to"),
and nominal events ("Singh's visit to Russia", "hold discussions with").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

__all__ = [
    "LIGHT_VERBS",
    "TARGET_PREPS",
    "expand_conjuncts",
    "governing_light_verb",
    "noun_sources",
    "noun_targets",
    "verb_sources",
    "verb_targets",
]

# Verbs whose object noun carries the event: "hold talks", "pay a visit", "launch an attack".
LIGHT_VERBS = frozenset({
    "hold", "have", "conduct", "make", "pay", "begin", "start", "launch", "carry", "stage",
    "embark", "undertake", "resume", "continue", "host", "attend", "join", "lead", "mount",
    "organise", "organize", "open", "wrap", "conclude", "complete", "give", "offer",
    "provide", "issue", "impose", "announce", "reach", "sign", "seek", "enter", "take",
})
# Prepositions that introduce the target of an event ("talks with", "aid to", "war against").
TARGET_PREPS = frozenset({"with", "to", "against", "on", "toward", "towards", "into",
                          "from", "for", "upon", "over"})
# "at" marks a target only for hostile acts ("fired at", "lashed out at"); elsewhere it is
# a venue ("a wreath at the cemetery").
HOSTILE_PREPS = frozenset({"at"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def expand_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """Each token and the tokens coordinated with it, in text order, without repeats."""
    out: dict[int, Token] = {}
    for t in tokens:
        out.setdefault(t.i, t)
        for c in t.conjuncts:
            if c.dep_ == "conj" or c.i > t.i or c.dep_ == t.dep_:
                out.setdefault(c.i, c)
    return [out[i] for i in sorted(out)]


def _children(t: Token, *deps: str) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, also through a participle the parser put between
    ("with Russia pertaining to ..." parsed as with -> pcomp -> nsubj)."""
    objs = _children(prep, "pobj")
    for pc in _children(prep, "pcomp"):
        objs += _children(pc, "nsubj", "dobj", "pobj")
    return expand_conjuncts(objs)


def verb_sources(verb: Token, _depth: int = 0) -> tuple[list[Token], list[Token]]:
    """(sources, passive subjects) of a verb. Passive subjects are targets."""
    subjects = _children(verb, "nsubj", "csubj", "expl")
    if not subjects:  # "he will co-chair": the parser hung the subject on the auxiliary
        subjects = [s for a in _children(verb, "aux") for s in _children(a, "nsubj")]
    passive = _children(verb, "nsubjpass")
    agents = [o for a in _children(verb, "agent") for o in _children(a, "pobj")]
    if passive:
        return expand_conjuncts(agents), expand_conjuncts(passive)
    if subjects:
        rel = [s for s in subjects if s.lower_ in _RELATIVE_PRONOUNS]
        if rel and verb.dep_ == "relcl":
            return expand_conjuncts([verb.head]), []
        return expand_conjuncts([s for s in subjects if s.dep_ != "expl"]), []
    if _depth > 4:
        return [], []
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for"):
        # "accused a militia of raiding": the one accused is the one who raided
        owner = head.head
        if owner.pos_ in ("NOUN", "PROPN", "PRON"):
            return expand_conjuncts([owner]), []
        objects = _children(owner, "dobj")
        if objects:
            return expand_conjuncts(objects), []
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return expand_conjuncts([head]), []
    if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp") and head != verb:
        if head.dep_ == "prep" and head.head != head:  # "by signing", "after meeting"
            head = head.head
        if verb.dep_ == "xcomp":
            # object control: "urged Iran to talk" -> Iran acts
            objects = _children(head, "dobj")
            if objects and head.lemma_ in _OBJECT_CONTROL:
                return expand_conjuncts(objects), []
        srcs, passive_subj = verb_sources(head, _depth + 1)
        return srcs or passive_subj, []
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        return expand_conjuncts([head]), []
    return [], []


_OBJECT_CONTROL = frozenset({"urge", "ask", "call", "invite", "persuade", "force", "press",
                             "push", "tell", "order", "allow", "encourage", "request"})


def verb_targets(verb: Token, hostile: bool = False) -> list[Token]:
    """Direct objects, datives and prepositional objects that can be targets; with no
    such object, the subject of a complement clause ("demanded that Iran withdraw")."""
    out = _children(verb, "dobj", "dative", "attr")
    for obj in list(out):  # "signed a treaty with Sudan", "launched a war against Iraq"
        for prep in _children(obj, "prep"):
            if prep.lower_ in ("with", "against", "between"):
                out += _prep_objects(prep)
    preps = TARGET_PREPS | HOSTILE_PREPS if hostile else TARGET_PREPS
    for prep in _children(verb, "prep", "dative"):
        if prep.lower_ in preps or prep.dep_ == "dative":
            out += _prep_objects(prep)
    if not out:
        for comp in _children(verb, "ccomp"):
            out += _children(comp, "nsubj", "nsubjpass")
    for prt in _children(verb, "prt"):  # "called on X" parsed with particle
        out += _prep_objects(prt)
    return expand_conjuncts(out)


def governing_light_verb(noun: Token) -> Token | None:
    """The light verb whose object (or "embark on" object) the noun is, if any."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_ in LIGHT_VERBS:
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_ in LIGHT_VERBS \
            and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if noun.dep_ == "conj":
        return governing_light_verb(head)
    return None


def noun_sources(noun: Token) -> list[Token]:
    """Possessors ("Singh's visit", "his talks"), adjectival demonyms ("Russian airstrikes"),
    and "by" phrases ("the attack by rebels")."""
    out = _children(noun, "poss")
    for prep in _children(noun, "prep"):
        if prep.lower_ == "by":
            out += _prep_objects(prep)
    if not out:
        out = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
               and c.ent_type_ in ("NORP", "GPE", "ORG")]
    return expand_conjuncts(out)


def noun_targets(noun: Token) -> tuple[list[Token], bool]:
    """Prepositional targets of a nominal event; True when "between X and Y" (joint)."""
    out: list[Token] = []
    for prep in _children(noun, "prep"):
        if prep.lower_ == "between" or prep.lower_ == "among":
            return _prep_objects(prep), True
        if prep.lower_ in TARGET_PREPS:
            out += _prep_objects(prep)
    return expand_conjuncts(out), False
