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

from spacy.tokens import Token

from dateline.events.phrases import (
    COUNT_NOUNS,
    children,
    counted,
    expand_conjuncts,
    noun_clause_subjects,
    prep_objects,
    verbless,
)

_children = children  # shorter names inside this module
_prep_objects = prep_objects

__all__ = [
    "COUNT_NOUNS",
    "LIGHT_VERBS",
    "MEANS_NOUNS",
    "MEASURE_NOUNS",
    "MOTION_VERBS",
    "REFUGE_NOUNS",
    "STATIVE_PARTICIPLES",
    "aimed_targets",
    "TAKING_VERBS",
    "TARGET_PREPS",
    "TRANSFER_VERBS",
    "complement_subjects",
    "condition_subjects",
    "counted",
    "elliptic_antecedent",
    "expand_conjuncts",
    "intended_acts",
    "governing_light_verb",
    "noun_sources",
    "noun_prep_targets",
    "noun_targets",
    "opposed_parties",
    "noun_clause_subjects",
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


def verb_sources(verb: Token, _depth: int = 0) -> tuple[list[Token], list[Token]]:
    """(sources, passive subjects) of a verb. Passive subjects are targets."""
    subjects = [modified_subject(s) for s in _children(verb, "nsubj", "csubj", "expl")]
    if not subjects:  # "he will co-chair": the parser hung the subject on the auxiliary
        subjects = [s for a in _children(verb, "aux") for s in _children(a, "nsubj")]
    passive = _children(verb, "nsubjpass")
    agents = [o for a in _children(verb, "agent") for o in _children(a, "pobj")]
    if passive and not agents and verb.lemma_.lower() in STATIVE_PARTICIPLES:
        # "Serb forces were engaged in ethnic cleansing", "Israel is opposed to ...":
        # a participle that describes its subject's stance or activity, not a passive
        return expand_conjuncts(passive), []
    if passive:
        return expand_conjuncts(agents or instrument_doers(verb)), expand_conjuncts(passive)
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
        if verb.tag_ == "VBN" and not verbless(head):
            # "10 soldiers killed in Ukraine": a reduced passive (not a main verb the
            # parser hung on its subject: "Doctors from X donated goods")
            agents = [o for a in _children(verb, "agent") for o in _children(a, "pobj")]
            return expand_conjuncts(agents or instrument_doers(verb)), expand_conjuncts([head])
        return expand_conjuncts([head]), []
    return [], []


def modified_subject(subject: Token) -> Token:
    """"The Red Cross operating in Iraq criticised ...": a participle the parser took for
    the subject, with the noun it modifies as its own subject, stands for that noun."""
    if subject.pos_ == "VERB" and subject.tag_ in ("VBG", "VBN"):
        nouns = [c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i
                 and c.pos_ in ("NOUN", "PROPN")]
        if nouns and not _children(subject, "mark", "aux"):
            return nouns[0]
    return subject


# Nouns of violent deeds and their weapons: "killed in an Israeli air strike", "wounded by
# Russian shelling", "died in a US drone attack".
_DEED_NOUNS = frozenset({
    "bomb", "bombing", "blast", "explosion", "attack", "shelling", "airstrike", "strike",
    "raid", "ambush", "fire", "gunfire", "rocket", "missile", "shell", "grenade", "drone",
    "tank", "artillery", "bombardment", "offensive", "operation", "crackdown", "assault"})


def instrument_doers(verb: Token) -> list[Token]:
    """The doer of a passive act with no "by" agent, read off the deed or weapon it was
    done in or by ("were killed in Israeli tank shelling", "was wounded by a US drone
    strike"): that noun's possessor, "by" phrase or national modifier."""
    out: list[Token] = []
    for prep in _children(verb, "prep", "agent"):
        if prep.lower_ not in ("in", "by", "during", "from"):
            continue
        for noun in _prep_objects(prep):
            if noun.lemma_.lower() in _DEED_NOUNS or any(
                    c.lemma_.lower() in _DEED_NOUNS for c in noun.children
                    if c.dep_ == "compound"):
                out += noun_sources(noun)
    return out


_OBJECT_CONTROL = frozenset({"urge", "ask", "call", "invite", "persuade", "force", "press",
                             "push", "tell", "order", "allow", "encourage", "request",
                             # "the incident prompted South Korea to summon ...": a cause
                             # that leads a party to act
                             "prompt", "lead", "cause", "spur", "drive", "compel", "oblige",
                             "inspire", "provoke", "convince"})


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
_NOUN_TARGET_PREPS = frozenset({"with", "against", "between", "among", "to", "toward",
                                "towards", "for", "from", "into"})
_ACTIVITY_NOUNS = frozenset({"activity", "campaign", "war", "fighting", "hostility"})
_HOSTILE_NOUN_PREPS = frozenset({"on", "upon", "over", "at"})


# Verbs of taking: "from" names the one deprived ("seized weapons from the rebels").
TAKING_VERBS = frozenset({"confiscate", "seize", "take", "steal", "wrest", "strip",
                          "expel", "evict", "loot", "snatch", "grab", "remove"})
# "with Albania's help", "with the knowledge of senior officers": the means or the
# circumstances of an act, not a party it is done with.
MEANS_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid", "knowledge",
                         "consent", "approval", "blessing", "participation", "permission",
                         "cooperation", "connivance", "complicity", "encouragement"})
# Named objects that are parties: with one, "for" gives a reason.
_PARTY_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Nouns of leaving: "the withdrawal of Serbian forces from Bosnia" - the place left is no
# party of a demand or agreement about it.
_LEAVING_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "retreat", "evacuation",
                            "departure", "exit"})


# Measures laid on someone: "sanctions on Iran", "a curfew on Palestinians", "the ban on
# the FIS", whatever the verb ("imposed", "lifted", "eased").
MEASURE_NOUNS = frozenset({"sanction", "embargo", "blockade", "ban", "curfew", "restriction",
                           "boycott", "siege", "tariff", "pressure", "limit", "curb",
                           "moratorium", "freeze", "quota", "duty", "levy", "veto"})


def noun_prep_targets(noun: Token, hostile: bool = False, _depth: int = 0,
                      doer: bool = True) -> list[Token]:
    """Parties named by the prepositional phrases of an object noun, also through "of"
    ("a suspension of air links with Serbia", "part of an aid programme for Bosnia").
    ``doer``: the verb does the deed its object names ("resumed attacks in Israel"), so
    the state it is done in is hit; "condemned an attack in Berlin" names no party."""
    preps = _NOUN_TARGET_PREPS | _HOSTILE_NOUN_PREPS \
        if hostile or noun.lemma_.lower() in MEASURE_NOUNS else _NOUN_TARGET_PREPS
    out: list[Token] = []
    deed = hostile and doer and noun.lemma_.lower() in _DEED_NOUNS | _ACTIVITY_NOUNS
    if noun.lemma_.lower() in _LEAVING_NOUNS:
        preps = preps - {"from"}
    for prep in _children(noun, "prep"):
        if prep.lower_ in preps:
            out += [o for o in _across_borders(_prep_objects(prep))
                    if not (prep.lower_ == "with" and o.lemma_.lower() in MEANS_NOUNS)]
        elif (deed or noun.lemma_.lower() in REFUGE_NOUNS) and prep.lower_ == "in":
            # "resume terrorist activities in Israel": a hostile deed done in a state;
            # "refuge in Germany": protection is asked of the state that gives it
            out += [o for o in _prep_objects(prep) if o.ent_type_ == "GPE"]
        elif prep.lower_ == "of" and _depth < 2:
            for obj in _prep_objects(prep):
                out += noun_prep_targets(obj, hostile, _depth + 1, doer)
    return out


def verb_targets(verb: Token, hostile: bool = False, clausal: bool = True) -> list[Token]:
    """Direct objects, datives and prepositional objects that can be targets, and the
    parties named on the object ("imposed sanctions on Iran"); with no such object, the
    subject of a complement clause ("demanded that Iran withdraw"). The object of a verb
    of transfer is no target ("sent troops to Mali": Mali is)."""
    objects = [elliptic_antecedent(o) or o for o in _children(verb, "dobj")]
    objects = [q for o in objects for q in counted(o)]
    out = _children(verb, "dative", "attr")
    if verb.lemma_.lower() not in TRANSFER_VERBS:
        out += objects
    doer = verb.lemma_.lower() not in _JUDGING_VERBS
    for obj in objects:  # "signed a treaty with Sudan", "continue aid to Mozambique"
        out += noun_prep_targets(obj, hostile, doer=doer)
    # "fired from Gaza": for a hostile act "from" is where the doer is, unless the act
    # takes something from someone ("confiscated weapons from armed groups")
    preps = TARGET_PREPS
    if hostile:
        preps = preps | HOSTILE_PREPS
        if verb.lemma_.lower() not in TAKING_VERBS:
            preps = preps - {"from"}
    named_objects = any(o.pos_ in ("PROPN", "PRON") or o.ent_type_ in _PARTY_ENTS
                        for o in objects)
    if named_objects and \
            verb.lemma_.lower() not in TRANSFER_VERBS:
        # "sued the United States for damages", "thanked Japan for its help": with a
        # party as object, "for" gives the reason; after a friendly act, "against" the
        # one the party is defended from
        preps = preps - {"for"} if hostile else preps - {"for", "against"}
    if verb.lemma_.lower() in _COMPLAINT_VERBS:  # "complained about India"
        preps = preps | {"about"}
    refuge = any(o.lemma_.lower() in REFUGE_NOUNS for o in objects)
    for prep in _children(verb, "prep", "dative"):
        if prep.lower_ in preps or prep.dep_ == "dative":
            out += [o for o in _prep_objects(prep)
                    if not (prep.lower_ == "with" and o.lemma_.lower() in MEANS_NOUNS)
                    and o.lemma_.lower() not in _BORDER_NOUNS]  # border_neighbours
        elif refuge and prep.lower_ == "in":  # "sought refuge in Germany"
            out += [o for o in _prep_objects(prep) if o.ent_type_ == "GPE"]
    out += border_neighbours(verb)
    if not out and not objects and clausal:
        out += complement_subjects(verb)
    for prt in _children(verb, "prt"):  # "called on X" parsed with particle
        out += _prep_objects(prt)
        # "kidnapped up to 16 advisers": a quantity read as a particle
        out += [o for p in _children(prt, "prep") for o in _prep_objects(p)]
    if hostile or not named_objects:
        # "defended Iraq against Western criticism": with a party as object of a friendly
        # act, "against" names the one it is protected from, no target
        out += opposed_parties(verb)
    return expand_conjuncts(out)


_COMPLAINT_VERBS = frozenset({"complain", "protest", "grumble", "remonstrate"})
# Verbs that judge or report an act rather than do it: "condemned an attack in Berlin".
_JUDGING_VERBS = frozenset({
    "condemn", "criticise", "criticize", "denounce", "deplore", "decry", "protest",
    "investigate", "probe", "report", "mourn", "blame", "welcome", "praise", "discuss",
    "regret", "slam", "describe", "call", "question", "deny", "claim"})
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borders", "frontiers"})


def _across_borders(objects: list[Token]) -> list[Token]:
    """A border is where an act is done, not a party: "a stronghold on the Thai border"
    hits no Thailand; "on its border with Iraq" names Iraq, across it."""
    out: list[Token] = []
    for o in objects:
        if o.lemma_.lower() in _BORDER_NOUNS:
            out += [w for p in _children(o, "prep") if p.lower_ == "with"
                    for w in _prep_objects(p)]
        else:
            out.append(o)
    return out


def border_neighbours(verb: Token) -> list[Token]:
    """"deployed troops near its border with Poland", "massed forces along the frontier
    with Iraq": the neighbour across the border the act is done at."""
    out: list[Token] = []
    for prep in _children(verb, "prep") + [p for o in _children(verb, "dobj")
                                           for p in _children(o, "prep")]:
        if prep.lower_ not in ("near", "along", "on", "at", "to", "across", "toward",
                               "towards", "close"):
            continue
        nouns = _prep_objects(prep) + [o for p in _children(prep, "prep")
                                       for o in _prep_objects(p)]  # "close to"
        for noun in nouns:
            if noun.lemma_.lower() in _BORDER_NOUNS:
                out += [o for p in _children(noun, "prep") if p.lower_ == "with"
                        for o in _prep_objects(p)]
    return out


def elliptic_antecedent(obj: Token) -> Token | None:
    """"dispersed demonstrators, killing one and arresting 12": a bare number as object
    counts members of the plural group named as object just before, in the clauses the
    verb hangs on or in their purpose clauses."""
    if obj.pos_ != "NUM" or any(c.dep_ == "prep" for c in obj.children):
        return None
    verb = obj.head
    best: Token | None = None
    for _ in range(3):
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head == verb:
            break
        verb = verb.head
        for v in [verb, *purpose_acts(verb), *intended_acts(verb)]:
            for o in _children(v, "dobj"):
                if o.tag_ in ("NNS", "NNPS") and o.i < obj.i and (best is None or o.i > best.i):
                    best = o
        if best is not None:
            return best
    return None


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
    complement clause is the one the demand or permission bears on; so is the subject
    of a clause on the verb's object noun ("reiterated its demand that Israel ease
    restrictions", "insisted on its demands that the government grant ...")."""
    out = [s for comp in _children(verb, "ccomp") for s in _children(comp, "nsubj",
                                                                      "nsubjpass")]
    if not out:
        nouns = _children(verb, "dobj") + [o for p in _children(verb, "prep")
                                           for o in _children(p, "pobj")]
        out = [s for n in nouns for s in noun_clause_subjects(n)]
    return out


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


def condition_subjects(verb: Token) -> list[Token]:
    """"threatened to launch an offensive unless Baghdad accepted its conditions", "will
    stop negotiations if the United States goes ahead": a threat or ultimatum bears on
    the one whose act its condition names, the subject of the "unless"/"if" clause on
    the verb or on the act it announces."""
    out: list[Token] = []
    for v in [verb, *intended_acts(verb)]:
        for c in _children(v, "advcl"):
            marks = [m for m in _children(c, "mark") if m.lower_ in ("unless", "if")]
            if marks and c.i > marks[0].i:  # not a reporting verb the parser hung there
                out += [s for s in _children(c, "nsubj") if s.pos_ != "PRON"
                        and s.i > marks[0].i]
    return expand_conjuncts(out)


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
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for" \
            and head.head.lemma_.lower() in MOTION_VERBS and head.head.pos_ == "VERB":
        # "negotiators return to Geneva for talks": those who come for the talks hold them
        return head.head
    if noun.dep_ == "conj":
        return governing_light_verb(head)
    return None


# Verbs of coming and going: who comes "for talks" takes part in them.
MOTION_VERBS = frozenset({"return", "travel", "come", "go", "arrive", "fly", "head",
                          "gather", "assemble", "converge", "sit", "reconvene"})


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
    """Prepositional targets of a nominal event; True when "between X and Y" (joint);
    with none, the subject of the noun's "that" clause ("a demand that Israel ease ...");
    "asylum in Germany" is asked of Germany."""
    out: list[Token] = []
    for prep in _children(noun, "prep"):
        if prep.lower_ == "between" or prep.lower_ == "among":
            return _prep_objects(prep), True
        if prep.lower_ in TARGET_PREPS:
            out += _prep_objects(prep)
        elif prep.lower_ == "in" and noun.lemma_.lower() in REFUGE_NOUNS:
            out += [o for o in _prep_objects(prep) if o.ent_type_ == "GPE"]
    out += noun_clause_subjects(noun)
    return expand_conjuncts(out), False


# Protection asked of or given by a state: "refuge in Germany", "asylum in Peru".
REFUGE_NOUNS = frozenset({"refuge", "asylum", "sanctuary"})
