"""Event arguments from the dependency parse: who acts (sources) and on whom (targets).

Handles subjects and objects, passives ("was attacked by"), coordination ("India and
Uzbekistan signed"), control and raising ("Singh is scheduled to visit"), conjoined verbs,
relative clauses ("troops who attacked"), prepositional targets ("talks with", "aid to"),
and nominal events ("Singh's visit to Russia", "hold discussions with"); the parties named
on an object noun ("imposed sanctions on Iran", "a suspension of flights to Syria"), the
theme of a verb of transfer that is no target ("offered its troops to Lebanon"), the
targets of an intended or purpose act ("threatened to attack Iraq", "opened fire to
disperse demonstrators"), "in protest of" and "against" phrases, stative participles
("Israel is opposed to ..."), and lists the parser read as appositions.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

__all__ = [
    "LIGHT_VERBS",
    "MEASURE_NOUNS",
    "STATIVE_PARTICIPLES",
    "aimed_targets",
    "TARGET_PREPS",
    "TRANSFER_VERBS",
    "complement_subjects",
    "expand_conjuncts",
    "intended_acts",
    "governing_light_verb",
    "noun_sources",
    "noun_prep_targets",
    "noun_targets",
    "opposed_parties",
    "purpose_acts",
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
# Participles whose "passive" subject is the one who acts or holds the stance.
STATIVE_PARTICIPLES = frozenset({"engage", "involve", "oppose", "commit", "prepare",
                                 "determine", "dedicate", "resolve", "poise"})


def expand_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """Each token and the tokens coordinated with it, in text order, without repeats.
    Coordination is read off the whole name a token belongs to ("Barack Obama and
    Vladimir Putin" parsed with "Putin" hung on "Obama"), and a list the parser took for
    an apposition counts as one ("The US, Russia, and Switzerland met")."""
    out: dict[int, Token] = {}
    for t in tokens:
        out.setdefault(t.i, t)
        for c in _coordinated(t):
            if c.dep_ == "conj" or c.i > t.i or c.dep_ == t.dep_:
                out.setdefault(c.i, c)
    return [out[i] for i in sorted(out)]


def _coordinated(t: Token) -> list[Token]:
    found = list(t.conjuncts)
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None) \
        if t.ent_type_ else None
    if ent is not None:
        for w in ent:
            if w.i != t.i:
                found += [c for c in w.conjuncts if not ent.start <= c.i < ent.end]
    for a in t.children:
        if a.dep_ == "appos" and any(c.dep_ == "cc" for c in a.children) and a.conjuncts:
            found += [a, *a.conjuncts]
    return found


def _children(t: Token, *deps: str) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, also through a participle the parser put between
    ("with Russia pertaining to ..." parsed as with -> pcomp -> nsubj)."""
    objs = _children(prep, "pobj")
    for pc in _children(prep, "pcomp"):
        # "jailed him for helping militants": a reason or time clause names no party
        objs += _children(pc, "nsubj") if prep.lower_ in _CLAUSE_PREPS else \
            _children(pc, "nsubj", "dobj", "pobj")
    return expand_conjuncts(objs)


_CLAUSE_PREPS = frozenset({"for", "by", "after", "before", "since", "without", "despite"})


def verb_sources(verb: Token, _depth: int = 0) -> tuple[list[Token], list[Token]]:
    """(sources, passive subjects) of a verb. Passive subjects are targets."""
    subjects = _children(verb, "nsubj", "csubj", "expl")
    if not subjects:  # "he will co-chair": the parser hung the subject on the auxiliary
        subjects = [s for a in _children(verb, "aux") for s in _children(a, "nsubj")]
    passive = _children(verb, "nsubjpass")
    agents = [o for a in _children(verb, "agent") for o in _children(a, "pobj")]
    if passive and not agents and verb.lemma_.lower() in STATIVE_PARTICIPLES:
        # "Serb forces were engaged in ethnic cleansing", "Israel is opposed to ...":
        # a participle that describes its subject's stance or activity, not a passive
        return expand_conjuncts(passive), []
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


# Verbs of transfer and deployment: their object is what moves ("offered its troops to
# Lebanon", "provided intelligence to Macedonia"), the target is the recipient.
TRANSFER_VERBS = frozenset({
    "offer", "provide", "send", "give", "supply", "deliver", "contribute", "donate",
    "hand", "grant", "ship", "deploy", "withdraw", "pull", "mobilize", "mobilise",
    "dispatch", "lend", "sell", "transfer", "airlift", "extend", "pledge", "promise",
    "station", "move", "evacuate"})
# Prepositions on an object noun that name the party it bears on: "aid to Mozambique",
# "sanctions on the Taliban", "a treaty with Sudan", "demands from the rebels"; "on" and
# "over" name a topic rather than a party unless the act is hostile.
_NOUN_TARGET_PREPS = frozenset({"with", "against", "between", "to", "toward", "towards",
                                "for", "from", "into"})
_HOSTILE_NOUN_PREPS = frozenset({"on", "upon", "over", "at"})


# Measures laid on someone: "sanctions on Iran", "a curfew on Palestinians", "the ban on
# the FIS", whatever the verb ("imposed", "lifted", "eased").
MEASURE_NOUNS = frozenset({"sanction", "embargo", "blockade", "ban", "curfew", "restriction",
                           "boycott", "siege", "tariff", "pressure", "limit", "curb",
                           "moratorium", "freeze", "quota", "duty", "levy", "veto"})


def noun_prep_targets(noun: Token, hostile: bool = False, _depth: int = 0) -> list[Token]:
    """Parties named by the prepositional phrases of an object noun, also through "of"
    ("a suspension of air links with Serbia", "part of an aid programme for Bosnia")."""
    preps = _NOUN_TARGET_PREPS | _HOSTILE_NOUN_PREPS \
        if hostile or noun.lemma_.lower() in MEASURE_NOUNS else _NOUN_TARGET_PREPS
    out: list[Token] = []
    for prep in _children(noun, "prep"):
        if prep.lower_ in preps:
            out += _prep_objects(prep)
        elif prep.lower_ == "of" and _depth < 2:
            for obj in _prep_objects(prep):
                out += noun_prep_targets(obj, hostile, _depth + 1)
    return out


def verb_targets(verb: Token, hostile: bool = False, clausal: bool = True) -> list[Token]:
    """Direct objects, datives and prepositional objects that can be targets, and the
    parties named on the object ("imposed sanctions on Iran"); with no such object, the
    subject of a complement clause ("demanded that Iran withdraw"). The object of a verb
    of transfer is no target ("sent troops to Mali": Mali is)."""
    objects = _children(verb, "dobj")
    out = _children(verb, "dative", "attr")
    if verb.lemma_.lower() not in TRANSFER_VERBS:
        out += objects
    for obj in objects:  # "signed a treaty with Sudan", "continue aid to Mozambique"
        out += noun_prep_targets(obj, hostile)
    # "fired from Gaza": for a hostile act "from" is where the doer is
    preps = (TARGET_PREPS - {"from"}) | HOSTILE_PREPS if hostile else TARGET_PREPS
    for prep in _children(verb, "prep", "dative"):
        if prep.lower_ in preps or prep.dep_ == "dative":
            out += _prep_objects(prep)
    if not out and not objects and clausal:
        out += complement_subjects(verb)
    for prt in _children(verb, "prt"):  # "called on X" parsed with particle
        out += _prep_objects(prt)
        # "kidnapped up to 16 advisers": a quantity read as a particle
        out += [o for p in _children(prt, "prep") for o in _prep_objects(p)]
    out += opposed_parties(verb)
    return expand_conjuncts(out)


def opposed_parties(verb: Token) -> list[Token]:
    """"mobilized reservists for a possible war against Iraq", "threw stones during
    demonstrations against violations by the military": an "against" phrase anywhere in
    the verb's own phrases (not in other clauses) names the party the act is aimed at."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ in ("dobj", "prep", "npadvmod")]
    seen = 0
    while stack and seen < 40:
        t = stack.pop()
        seen += 1
        if t.dep_ == "prep" and t.lower_ == "against":
            out += _prep_objects(t)
            continue
        stack += [c for c in t.children if c.dep_ in ("prep", "pobj", "dobj", "conj")]
    return out


def complement_subjects(verb: Token) -> list[Token]:
    """"demanded that Iran withdraw", "allowed Ouattara to run": the subject of the
    complement clause is the one the demand or permission bears on."""
    return [s for comp in _children(verb, "ccomp") for s in _children(comp, "nsubj",
                                                                         "nsubjpass")]


def intended_acts(verb: Token) -> list[Token]:
    """The acts a verb announces, promises, threatens or refuses, down a chain of
    subjectless complements ("threatened to resume attacks", "agreed to help provide
    aid"); then a conjoined verb that shares the subject and the object when the verb
    has none of its own ("donated and delivered goods to the school"), not one that
    merely follows ("refused to deploy troops and urged its citizens ...")."""
    out: list[Token] = []
    frontier = [verb]
    for _ in range(3):
        nxt = [c for v in frontier for c in v.children if c.dep_ == "xcomp"
               and c.pos_ in ("VERB", "AUX") and not _children(c, "nsubj", "nsubjpass")]
        out += nxt
        frontier = nxt
    if not out and not _children(verb, "dobj"):
        out += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                and not _children(c, "nsubj", "nsubjpass")]
    return out


def purpose_acts(verb: Token) -> list[Token]:
    """Acts an act is done for or leads to, sharing its subject: "opened fire to disperse
    demonstrators", "began a hunger strike to demand the resignation of X", "shelled the
    town, killing 20 civilians". Their targets are the act's when it names none."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") or \
                _children(c, "nsubj", "nsubjpass", "mark"):
            continue
        if c.tag_ == "VBG" or any(a.lower_ == "to" for a in _children(c, "aux")):
            out += [c, *intended_acts(c)]
    return out


# "in protest against X", "in defiance of X", "in retaliation for X's raids": the phrase
# names the one the act is aimed at.
_AIMED_NOUNS = frozenset({"protest", "defiance", "retaliation", "reprisal", "revenge",
                          "opposition"})


def aimed_targets(head: Token) -> list[Token]:
    """Parties named by an "in protest of / in defiance of ..." phrase on a verb or noun."""
    out: list[Token] = []
    for prep in _children(head, "prep"):
        if prep.lower_ not in ("in", "as"):
            continue
        for noun in _children(prep, "pobj"):
            if noun.lemma_.lower() in _AIMED_NOUNS:
                for p in _children(noun, "prep"):
                    if p.lower_ in ("of", "against", "at", "to", "for", "over"):
                        out += _prep_objects(p)
    return out


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
