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

from dateline.events.clause_args import (
    GIFT_NOUNS,
    REACTION_NOUNS,
    STATIVE_PARTICIPLES,
    came_under,
    givers,
    misread_conjunct,
    received_gift,
    reduced_passive_adjunct,
)
from dateline.events.nominal_args import (
    BORDER_NOUNS,
    COSOURCE_PREPS,
    LIGHT_VERBS,
    MEANS_NOUNS,
    MEASURE_NOUNS,
    MOTION_VERBS,
    REFUGE_NOUNS,
    TARGET_PREPS,
    advised_against,
    aimed_targets,
    directed_doers,
    examined_places,
    gerund_governor,
    governing_light_verb,
    host_names,
    instrument_doers,
    noun_prep_targets,
    noun_sources,
    noun_targets,
    planning_verb,
    sum_objects,
    verb_objects,
)
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
    "COSOURCE_PREPS",
    "COUNT_NOUNS",
    "LIGHT_VERBS",
    "MEANS_NOUNS",
    "MEASURE_NOUNS",
    "MOTION_VERBS",
    "REFUGE_NOUNS",
    "STATIVE_PARTICIPLES",
    "advised_against",
    "aimed_targets",
    "examined_places",
    "host_names",
    "TAKING_VERBS",
    "TARGET_PREPS",
    "TRANSFER_VERBS",
    "complement_subjects",
    "condition_subjects",
    "counted",
    "elliptic_antecedent",
    "expand_conjuncts",
    "gerund_governor",
    "intended_acts",
    "governing_light_verb",
    "noun_sources",
    "noun_prep_targets",
    "noun_targets",
    "opposed_parties",
    "planning_verb",
    "noun_clause_subjects",
    "purpose_acts",
    "sum_objects",
    "verb_objects",
    "verb_sources",
    "verb_targets",
]

# "at" marks a target only for hostile acts ("fired at", "lashed out at"); elsewhere it is
# a venue ("a wreath at the cemetery").
HOSTILE_PREPS = frozenset({"at"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


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
        doers = agents or instrument_doers(verb) or launch_sites(verb)
        return expand_conjuncts(doers), expand_conjuncts(passive)
    if subjects and (received_gift(verb) or came_under(verb)):
        # "Nicaragua received military aid from Moscow", "came under fire from rebels": the
        # giver acts (in the "from" phrase, or unnamed), the one who receives is acted on
        return expand_conjuncts(givers(verb)), expand_conjuncts(
            [s for s in subjects if s.dep_ != "expl"])
    if subjects:
        rel = [s for s in subjects if s.lower_ in _RELATIVE_PRONOUNS]
        if rel and verb.dep_ == "relcl":
            return expand_conjuncts([verb.head]), []
        return expand_conjuncts([s for s in subjects if s.dep_ != "expl"]), []
    if _depth > 4:
        return [], []
    governor = gerund_governor(verb)
    if governor is not None:  # "Russia denied moving troops": Russia moved them
        return verb_sources(governor, _depth + 1)[0], []
    doers = directed_doers(verb)
    if doers:  # "gave permission to Russia to help Israel": Russia is to help
        return doers, []
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
    if reduced_passive_adjunct(verb):
        # "Asked about the report, Reagan replied", "Attacked by rebels, the army fell
        # back": the main clause's subject is the one acted on; the doer is the "by"
        # phrase or unnamed
        agents = [o for a in _children(verb, "agent") for o in _children(a, "pobj")]
        return expand_conjuncts(agents), verb_sources(head, _depth + 1)[0]
    if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp") and head != verb:
        if head.dep_ == "prep" and head.head != head:  # "by signing", "after meeting"
            head = head.head
        if verb.dep_ == "xcomp":
            # object control: "urged Iran to talk" -> Iran acts
            objects = _children(head, "dobj")
            if objects and head.lemma_ in _OBJECT_CONTROL:
                return expand_conjuncts(objects), []
        srcs, passive_subj = verb_sources(head, _depth + 1)
        if passive_subj and verb.dep_ in ("conj", "xcomp") and _active(verb):
            # "was indicted by the court and will resign": the passive's subject is the
            # subject the clauses share, not its "by" agent
            return passive_subj, []
        if passive_subj and srcs and verb.dep_ == "conj" and verb.tag_ == "VBN":
            # "were attacked by militias and killed": a conjoined passive shares both
            return srcs, passive_subj
        return srcs or passive_subj, []
    if verb.dep_ == "acl" and misread_conjunct(verb):
        # "forces smashed four brigades, killed or wounded 1,500 soldiers": the
        # subject of the verb the comma list hangs on
        return verb_sources(head.head, _depth + 1)[0], []
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if verb.tag_ == "VBN" and not verbless(head):
            # "10 soldiers killed in Ukraine": a reduced passive (not a main verb the
            # parser hung on its subject: "Doctors from X donated goods")
            agents = [o for a in _children(verb, "agent") for o in _children(a, "pobj")]
            return expand_conjuncts(agents or instrument_doers(verb)), expand_conjuncts([head])
        if head.lemma_.lower() in ISSUED_NOUNS and head.dep_ in ("dobj", "nsubjpass") \
                and head.head.pos_ in ("VERB", "AUX") and not _children(verb, "aux"):
            # "parliament approved a law recognizing the victories", "Israel launched an
            # operation targeting militants": what the measure does, its maker does
            issuers = verb_sources(head.head, _depth + 1)[0]
            if issuers:
                return issuers, []
        return expand_conjuncts([head]), []
    return [], []


# Measures, texts and operations a party issues or launches: what they do, it does.
ISSUED_NOUNS = frozenset({
    "law", "bill", "decree", "resolution", "statement", "declaration", "communique",
    "report", "letter", "motion", "legislation", "ruling", "verdict", "directive",
    "amendment", "regulation", "edict", "order", "measure", "operation", "campaign",
    "offensive", "memorandum", "note", "proclamation"})


# Verbs of firing: what is fired "from" a territory was fired by those holding it.
_FIRING_VERBS = frozenset({"fire", "launch", "shoot", "lob", "hurl"})


def launch_sites(verb: Token) -> list[Token]:
    """"a mortar bomb was fired at Israel from the Gaza Strip": with no one named, the
    territory fired from stands for those who fired."""
    if verb.lemma_.lower() not in _FIRING_VERBS:
        return []
    return [o for p in _children(verb, "prep") if p.lower_ == "from"
            for o in _prep_objects(p) if o.ent_type_ in ("GPE", "LOC")]


def shifted_objects(verb: Token) -> list[Token]:
    """"denounced as an ugly crime Serbia's suppression of ...": an object moved after
    the "as" label it is given, which the parser reads as an apposition to the label."""
    if _children(verb, "dobj"):
        return []
    return [a for p in _children(verb, "prep") if p.lower_ == "as"
            for o in _prep_objects(p) for a in _children(o, "appos")]


def _active(verb: Token) -> bool:
    """An active verb form: not a bare past participle ("was arrested and charged") unless
    its own "have" makes it a perfect ("was indicted and has resigned")."""
    if verb.tag_ != "VBN":
        return True
    return any(a.lemma_ == "have" for a in _children(verb, "aux")) and \
        not _children(verb, "auxpass")


def modified_subject(subject: Token) -> Token:
    """"The Red Cross operating in Iraq criticised ...": a participle the parser took for
    the subject, with the noun it modifies as its own subject, stands for that noun."""
    if subject.pos_ == "VERB" and subject.tag_ in ("VBG", "VBN"):
        nouns = [c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i
                 and c.pos_ in ("NOUN", "PROPN")]
        if nouns and not _children(subject, "mark", "aux"):
            return nouns[0]
    return subject



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

# Verbs of taking: "from" names the one deprived ("seized weapons from the rebels").
TAKING_VERBS = frozenset({"confiscate", "seize", "take", "steal", "wrest", "strip",
                          "expel", "evict", "loot", "snatch", "grab", "remove"})
# Named objects that are parties: with one, "for" gives a reason.
_PARTY_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Verbs that hold a party to account for a deed: the "against" phrases of the deed name
# its victims, not the one held to account ("indicted X for atrocities against Serbs").
_ACCOUNTING_VERBS = frozenset({
    "accuse", "charge", "indict", "sue", "convict", "sentence", "fault", "prosecute",
    "punish", "fine", "try", "arrest", "detain", "jail", "imprison"})


def verb_targets(verb: Token, hostile: bool = False, clausal: bool = True) -> list[Token]:
    """Direct objects, datives and prepositional objects that can be targets, and the
    parties named on the object ("imposed sanctions on Iran"); with no such object, the
    subject of a complement clause ("demanded that Iran withdraw"). The object of a verb
    of transfer is no target ("sent troops to Mali": Mali is)."""
    objects = [elliptic_antecedent(o) or o for o in _children(verb, "dobj")] or \
        shifted_objects(verb)
    objects = [q for o in objects for q in counted(o)]
    out = _children(verb, "dative", "attr")
    if verb.lemma_.lower() not in TRANSFER_VERBS:
        out += objects
    doer = verb.lemma_.lower() not in _JUDGING_VERBS
    # "signed a treaty with Sudan", "continue aid to Mozambique"; and on a passive's
    # subject: "evidence against Russia was presented", "sanctions on Iran were imposed"
    for obj in objects + _children(verb, "nsubjpass"):
        out += noun_prep_targets(obj, hostile, doer=doer)
    # "fired from Gaza": for a hostile act "from" is where the doer is, unless the act
    # takes something from someone ("confiscated weapons from armed groups")
    preps = TARGET_PREPS
    if hostile:
        preps = preps | HOSTILE_PREPS
        if verb.lemma_.lower() not in TAKING_VERBS:
            preps = preps - {"from"}
    # "was indicted for atrocities": a passive subject is the party acted on
    named_objects = any(o.pos_ in ("PROPN", "PRON") or o.ent_type_ in _PARTY_ENTS or
                        any(c.dep_ == "poss" and c.ent_type_ in _PARTY_ENTS
                            for c in o.children)
                        for o in objects + _children(verb, "nsubjpass"))
    if named_objects and \
            verb.lemma_.lower() not in TRANSFER_VERBS:
        # "sued the United States for damages", "thanked Japan for its help": with a
        # party as object, "for" gives the reason; after a friendly act, "against" the
        # one the party is defended from
        preps = preps - {"for"} if hostile else preps - {"for", "against"}
    if verb.lemma_.lower() in _COMPLAINT_VERBS:  # "complained about India"
        preps = preps | {"about"}
    refuge = any(o.lemma_.lower() in REFUGE_NOUNS for o in objects)
    if received_gift(verb) or came_under(verb):  # the giver is the source ("aid from Moscow")
        preps = preps - {"from"}
        out = [o for o in out if o.lemma_.lower() not in GIFT_NOUNS | REACTION_NOUNS]
    for prep in _children(verb, "prep", "dative"):
        if prep.lower_ in preps or prep.dep_ == "dative":
            out += [o for o in _prep_objects(prep)
                    if not (prep.lower_ == "with" and o.lemma_.lower() in MEANS_NOUNS)
                    and o.lemma_.lower() not in BORDER_NOUNS]  # border_neighbours
        elif refuge and prep.lower_ == "in":  # "sought refuge in Germany"
            out += [o for o in _prep_objects(prep) if o.ent_type_ == "GPE"]
    out += border_neighbours(verb)
    if not out and not objects and clausal:
        out += complement_subjects(verb)
    for prt in _children(verb, "prt"):  # "called on X" parsed with particle
        out += _prep_objects(prt)
        # "kidnapped up to 16 advisers": a quantity read as a particle
        out += [o for p in _children(prt, "prep") for o in _prep_objects(p)]
    judging = verb.lemma_.lower() in _JUDGING_VERBS | _ACCOUNTING_VERBS
    if (hostile or not named_objects) and not (judging and named_objects):
        # "defended Iraq against Western criticism": with a party as object of a friendly
        # act, "against" names the one it is protected from, no target; "charged Iraq
        # over raids against Kurds": the one charged is the target, not the victims
        out += opposed_parties(verb, judging=judging)
    return expand_conjuncts(out)


_COMPLAINT_VERBS = frozenset({"complain", "protest", "grumble", "remonstrate"})
# Verbs that judge or report an act rather than do it: "condemned an attack in Berlin".
_JUDGING_VERBS = frozenset({
    "condemn", "criticise", "criticize", "denounce", "deplore", "decry", "protest",
    "investigate", "probe", "report", "mourn", "blame", "welcome", "praise", "discuss",
    "regret", "slam", "describe", "call", "question", "deny", "claim"})


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
            if noun.lemma_.lower() in BORDER_NOUNS:
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


def opposed_parties(verb: Token, judging: bool = False) -> list[Token]:
    """"mobilized reservists for a possible war against Iraq", "threw stones during
    demonstrations against violations by the military": an "against" phrase anywhere in
    the verb's own phrases (not in other clauses) names the party the act is aimed at.
    Not below a "by" phrase: "crimes by extremists against civilians" names the victims
    of the extremists' deed; and when the verb judges a deed (``judging``: "investigated
    crimes by X against Y", "condemned Israel's raids against Gaza") whose doer is named,
    the one judged is the doer, not those the deed was done against."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ in ("dobj", "prep", "npadvmod")]
    seen = 0
    while stack and seen < 40:
        t = stack.pop()
        seen += 1
        if t.dep_ == "prep" and t.lower_ == "by":
            continue
        if t.dep_ == "prep" and t.lower_ == "against":
            if not (judging and _has_doer(t.head)):
                out += _prep_objects(t)
            continue
        stack += [c for c in t.children if c.dep_ in ("prep", "pobj", "dobj", "conj")]
    return out


def _has_doer(noun: Token) -> bool:
    """A deed noun that names who did it: "Israel's raids", "crimes by extremists"."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
               for c in noun.children)


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


