"""Arguments of nominal events and of the nouns a verb takes: the parties named on an
object noun ("imposed sanctions on Iran", "a suspension of flights to Syria"), the doers
and targets of a noun ("Singh's visit to Russia", "the attack by rebels", "talks between
India and China"), light verbs ("hold talks"), "in protest of" phrases, and the doer of a
passive act read off the deed it was done in ("killed in Israeli tank shelling").
Split from ``arguments`` (which re-exports these names)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.countries import country_lexicon
from dateline.events.phrases import (
    children,
    expand_conjuncts,
    noun_clause_subjects,
    prep_objects,
)
from dateline.events.split_words import word_modifiers

_children = children
_prep_objects = prep_objects

__all__ = [
    "COSOURCE_PREPS",
    "advised_against",
    "examined_places",
    "host_names",
    "BORDER_NOUNS",
    "DIRECTIVE_NOUNS",
    "LIGHT_VERBS",
    "MEANS_NOUNS",
    "MEASURE_NOUNS",
    "MOTION_VERBS",
    "REFUGE_NOUNS",
    "TARGET_PREPS",
    "aimed_targets",
    "directed_doers",
    "gerund_governor",
    "governing_light_verb",
    "instrument_doers",
    "noun_prep_targets",
    "noun_sources",
    "noun_targets",
    "planning_verb",
    "sum_objects",
    "verb_objects",
    "PLANNING_VERBS",
    "WEIGHING_VERBS",
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


# Prepositions on an object noun that name the party it bears on: "aid to Mozambique",
# "sanctions on the Taliban", "a treaty with Sudan", "demands from the rebels"; "on" and
# "over" name a topic rather than a party unless the act is hostile.
_NOUN_TARGET_PREPS = frozenset({"with", "against", "between", "among", "to", "toward",
                                "towards", "for", "from", "into"})
_ACTIVITY_NOUNS = frozenset({"activity", "campaign", "war", "fighting", "hostility"})
_HOSTILE_NOUN_PREPS = frozenset({"on", "upon", "over", "at"})


# "with Albania's help", "with the knowledge of senior officers": the means or the
# circumstances of an act, not a party it is done with.
MEANS_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid", "knowledge",
                         "consent", "approval", "blessing", "participation", "permission",
                         "cooperation", "connivance", "complicity", "encouragement"})

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



BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borders", "frontiers"})


def _across_borders(objects: list[Token]) -> list[Token]:
    """A border is where an act is done, not a party: "a stronghold on the Thai border"
    hits no Thailand; "on its border with Iraq" names Iraq, across it."""
    out: list[Token] = []
    for o in objects:
        if o.lemma_.lower() in BORDER_NOUNS:
            out += [w for p in _children(o, "prep") if p.lower_ == "with"
                    for w in _prep_objects(p)]
        else:
            out.append(o)
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


# Verbs whose object noun names an act that is planned or permitted, not yet done: "plans
# a visit to China", "authorised the deployment of troops", "approved a strike"; the
# planner's party does the act. Verbs of weighing make it only possible ("is considering
# a visit").
PLANNING_VERBS = frozenset({"plan", "schedule", "authorise", "authorize", "approve",
                            "propose", "prepare", "intend", "envisage", "arrange"})
WEIGHING_VERBS = frozenset({"consider", "contemplate", "mull", "weigh"})


def planning_verb(noun: Token) -> Token | None:
    """The verb of planning, permitting or weighing whose object (or passive subject) the
    event noun is: "Russia plans a visit to China", "a visit was planned"."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and \
            head.lemma_.lower() in PLANNING_VERBS | WEIGHING_VERBS:
        return head
    if noun.dep_ == "conj":
        return planning_verb(head) if head.i != noun.i else None
    return None


# Verbs that take a gerund for an object: "denied moving troops", "stopped sending aid".
GERUND_HEADS = frozenset({"deny", "admit", "stop", "avoid", "halt", "cease", "resume",
                          "continue", "start", "begin", "suspend", "consider", "risk",
                          "refuse", "quit", "finish", "acknowledge", "confirm"})


def gerund_governor(verb: Token) -> Token | None:
    """The verb whose gerund object the parser read as an adjective on a bare noun:
    "Russia denied moving troops" (moving/amod -> troops/dobj -> denied): the gerund
    is the act, the noun its object, the governing verb's subject its doer."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VBG" or verb.i > noun.i or \
            noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or \
            noun.head.lemma_.lower() not in GERUND_HEADS:
        return None
    if any(c.dep_ in ("det", "poss", "nummod") or c.i < verb.i for c in noun.children):
        return None  # "denied the moving troops", "stopped 20 fleeing refugees"
    return noun.head


# Verbs of coming and going: who comes "for talks" takes part in them.
MOTION_VERBS = frozenset({"return", "travel", "come", "go", "arrive", "fly", "head", "depart",
                          "gather", "assemble", "converge", "sit", "reconvene"})


def noun_sources(noun: Token) -> list[Token]:
    """Possessors ("Singh's visit", "his talks"), adjectival demonyms ("Russian airstrikes"),
    and "by" phrases ("the attack by rebels")."""
    out = _children(noun, "poss")
    for prep in _children(noun, "prep"):
        if prep.lower_ == "by":
            out += _prep_objects(prep)
    if not out:
        out = [c for c in word_modifiers(noun) if c.dep_ in ("amod", "compound", "nmod")
               and c.ent_type_ in ("NORP", "GPE", "ORG") and not venue_modifier(c)]
    return expand_conjuncts(out)


def venue_modifier(mod: Token) -> bool:
    """A city before an event noun names where it happens, not who acts: "the Venice
    economic summit", "the Washington talks", "a Beirut bombing" (a country or a
    nationality is a party: "Iranian attacks", "U.S. aid"; so is a capital before an
    act, "a Tehran offensive", and so are linked cities, "the Moscow-Washington talks").
    """
    if mod.ent_type_ != "GPE" or any(c.dep_ in ("conj", "prep") for c in mod.children):
        return False
    doc = mod.doc
    if (mod.i + 1 < len(doc) and doc[mod.i + 1].text in ("-", "/")) or \
            (mod.i > 0 and doc[mod.i - 1].text in ("-", "/")):
        return False
    first = doc[mod.left_edge.i]
    words = doc[first.i + (first.lower_ == "the"):mod.i + 1].text
    hit = country_lexicon().find(words)
    if hit is not None and hit.kind == "capital":
        # a capital stands for its government ("a new Tehran offensive") except before
        # a gathering, which it hosts ("the Geneva talks")
        return mod.head.lemma_.lower() in GATHERING_NOUNS
    return hit is None or hit.kind in ("city", "region")


# Gatherings named after the city that hosts them.
GATHERING_NOUNS = frozenset({
    "talk", "talks", "summit", "meeting", "conference", "negotiation", "negotiations",
    "round", "session", "discussion", "discussions", "consultation", "consultations",
    "accord", "agreement", "forum", "gathering", "meet"})


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


# Nouns that direct another party to act: "gave permission to Russia to help Israel",
# "faces pressure from Congress to help Iran", "an appeal to Iran to free the hostages".
DIRECTIVE_NOUNS = frozenset({
    "permission", "pressure", "call", "appeal", "request", "order", "invitation", "mandate",
    "authority", "authorization", "authorisation", "approval", "go-ahead", "ultimatum",
    "demand", "plea", "instruction", "encouragement", "licence", "license", "clearance"})
# Verbs by which a party meets, seeks or receives such a direction: their subject is the
# one directed ("faces pressure to resign", "sought permission to land").
RECEIVING_VERBS = frozenset({
    "face", "receive", "get", "obtain", "seek", "win", "gain", "resist", "come", "bow",
    "yield", "apply", "await", "need", "accept", "reject", "refuse", "defy", "ignore"})
_ADDRESSEE_PREPS = frozenset({"to", "on", "upon", "for"})


def directed_doers(verb: Token) -> list[Token]:
    """The party an infinitive names the act of when the infinitive completes a noun of
    directing: the addressee of the permission, call or pressure ("gave permission to
    Russia to help Israel", "put pressure on Iran to halt", "gave Russia permission to"),
    or the subject of a verb that meets it ("Obama faces pressure from Congress to help
    Iran": Obama is to help). Empty when the sentence names no such party."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in DIRECTIVE_NOUNS:
        noun = verb.head
    elif verb.dep_ in ("advcl", "xcomp"):
        nouns = [o for o in _children(verb.head, "dobj")
                 if o.lemma_.lower() in DIRECTIVE_NOUNS]
        if not nouns:
            return []
        noun = nouns[0]
    else:
        return []
    out = [o for p in _children(noun, "prep") if p.lower_ in _ADDRESSEE_PREPS
           for o in _prep_objects(p)]
    if out:
        return expand_conjuncts(out)
    light = noun.head if noun.dep_ == "dobj" else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":  # "came under pressure"
        light = noun.head.head
    if light is None or light.pos_ not in ("VERB", "AUX"):
        return []
    if light.lemma_.lower() in RECEIVING_VERBS:
        return expand_conjuncts(_children(light, "nsubj"))
    for d in _children(light, "dative", "prep"):
        if d.dep_ == "dative" and d.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(d)  # "gave Russia permission to"
        elif d.lower_ in ("to", "on", "upon"):
            out += _prep_objects(d)
    return expand_conjuncts(out)


# Prepositions of doing an act together with another party: "along with", "jointly with".
COSOURCE_PREPS = frozenset({"along", "together", "alongside", "jointly"})


def verb_objects(verb: Token) -> list[Token]:
    """Direct objects, and the object of a verb interrupted by an aside: "inaugurate,
    along with X, the Conference" (parsed as an apposition to X)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if objs:
        return objs
    if gerund_governor(verb) is not None:  # "denied moving troops"
        return [verb.head]
    for prep in verb.children:
        if prep.dep_ in ("prep", "advmod") and prep.lower_ in COSOURCE_PREPS:
            for t in prep.subtree:
                if t.dep_ == "appos" and t.i > 0 and t.doc[t.i - 1].text == "," or (
                        t.dep_ == "appos" and any(x.text == "," for x in
                                                  t.doc[t.head.i:t.left_edge.i])):
                    return [t]
    return []


_MONEY_NOUNS = frozenset({"dollar", "dlr", "dlrs", "euro", "pound", "yen", "franc", "mark",
                          "rouble", "ruble", "rupee", "yuan", "million", "billion", "sum"})


def sum_objects(verb: Token) -> list[Token]:
    """ "gave ten million dollars in aid", "pledged $5 billion in loans": when the object is
    a sum, the noun of its "in" phrase (on the sum or on the verb) is what is given."""
    sums = [o for o in verb_objects(verb) if o.ent_type_ == "MONEY" or
            o.lemma_.lower() in _MONEY_NOUNS]
    if not sums:
        return []
    return [o for h in [verb, *sums] for p in h.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]


def host_names(verb: Token) -> list[Token]:
    """The place named on what a visitor attends: "attend the Beijing Olympics",
    "Qatar's World Cup" (the host is the one visited)."""
    return [c for o in verb_objects(verb) for c in o.children
            if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.i < o.i
            and c.ent_type_ not in ("PERSON", "ORG", "NORP")]


# Verbs of advising against, and nouns of going to or dealing with a place: "advised
# against travel to Yemen", "warned against investment in Iran".
_ADVISING_VERBS = frozenset({"advise", "warn", "caution", "counsel", "urge"})
_DEALINGS = frozenset({"travel", "trip", "journey", "visit", "flight", "investment",
                       "trade", "business", "tourism", "voyage"})


def advised_against(verb: Token) -> list[Token]:
    """The place of the dealing a party is warned off: "advised (its citizens) against
    all travel to Haiti", "warned against investment in Iran": Haiti and Iran, not those
    advised, are what the advice is aimed at."""
    out: list[Token] = []
    if verb.lemma_.lower() not in _ADVISING_VERBS:
        return out
    for prep in _children(verb, "prep"):
        if prep.lower_ != "against":
            continue
        for noun in _prep_objects(prep):
            if noun.lemma_.lower() not in _DEALINGS:
                continue
            for p in _children(noun, "prep"):
                if p.lower_ in ("to", "in", "into", "with"):
                    out += _prep_objects(p)
    return expand_conjuncts(out)


def examined_places(verb: Token) -> list[Token]:
    """The state where an investigation is made, when it names no party: "re-examine
    the sites in Iraq", "investigate the killings in Kosovo"."""
    heads = [verb, *verb_objects(verb)]
    return expand_conjuncts([o for h in heads for p in _children(h, "prep")
                             if p.lower_ == "in" for o in _prep_objects(p)
                             if o.ent_type_ == "GPE"])
