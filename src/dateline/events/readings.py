"""Readings of a trigger that depend on its clause rather than on the lexicon row alone.

- "a human rights group protested that the authorities were failing ...": a protest that
  reports what is protested is a verbal complaint (CAMEO 114 "complain officially",
  DISAPPROVE), not a demonstration (``verbal_protest``);
- "opened the bridge after four years", "opened the border again": opening what had
  been closed restores access (RETREAT, as "reopened"), it inaugurates nothing
  (``reopening``);
- "efforts to normalise relations", "a drive to end the war": the aim of an effort
  nobody is named as making is background, not an event of the sentence (an attempt
  stays an act: "an attempt to assassinate the governor was thwarted")
  (``unowned_aim``);
- "youths threw stones during demonstrations against the occupation": primitive violence
  by protesters in a protest is a riot (PLOVER PROTEST `riot`: violent action by the
  protest's participants; CAMEO 145), not an assault (``riot``);
- "called the detention an attack on press freedom", "branded the vote illegal": naming
  something with a condemning word criticises it (CAMEO 111, DISAPPROVE); the predicate
  ("an attack") is a label, not an act (``negative_label``, ``labelled_predicate``);
- "would send military aircraft with relief supplies": forces sent for disaster relief
  are aid (PLOVER manual: "mobilizing police or military forces for disaster relief
  should be coded as AID"; CAMEO 073 humanitarian aid) (``relief_mission``);
- "offered help with the investigation", "opened an investigation into the attack": a
  noun in a phrase that follows the verb's own object says what the object is about; it
  is no second act of the verb's subject (``object_topic``);
- "was put under investigation", "placed him under house arrest", "troops remained on
  alert": a verb that puts someone in, or keeps them in, a state named by its "under" or
  "on" phrase does what the state noun says (CAMEO 090 investigate, 173 arrest, 152
  raise alert status); the state noun is read as the verb's object (``state_objects``);
- "launched 10 days of war games", "began a series of strikes": a measure of an act
  stands between the light verb and the act; the verb's subject does the act
  (``measured_light_verb``);
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

from dateline.events.arguments import governing_light_verb
from dateline.events.conventions import RulePattern

__all__ = [
    "labelled_predicate",
    "measured_light_verb",
    "negative_label",
    "object_topic",
    "readied_force",
    "relief_mission",
    "reopening",
    "reread",
    "riot",
    "stance_objects",
    "state_objects",
    "unowned_aim",
    "verbal_protest",
]

_TIME_UNITS = frozenset({"year", "month", "week", "day", "decade", "closure", "shutdown"})
_OPENED = frozenset({"open"})
# ongoing endeavours; "an attempt to assassinate the governor" is itself an act
_EFFORTS = frozenset({"effort", "push", "drive", "campaign", "initiative", "process"})
# an effort's owner: "Egypt's efforts", "efforts by the EU", "French efforts"
_OWNER_DEPS = frozenset({"poss"})
_ACTOR_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def verbal_protest(verb: Token, matches: Sequence[Any]) -> RulePattern | None:
    """DISAPPROVE 114 for "protested that ...": the verb reports the complaint's content."""
    if verb.lemma_.lower() != "protest" or not matches or matches[0].type != "PROTEST":
        return None
    clause = any(
        c.dep_ == "ccomp"
        and c.pos_ in ("VERB", "AUX")
        and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
        for c in verb.children
    )
    if not clause:
        return None
    return RulePattern("protest", "DISAPPROVE", "disapprove", "114", source="frame")


def _is_duration(tok: Token) -> bool:
    return tok.lemma_.lower() in _TIME_UNITS


def reopening(verb: Token, matches: Sequence[Any]) -> bool:
    """ "opened the bridge after four years", "opened the crossing again": an opening
    after a time of closure is a reopening; only read so when the lexicon's reading is
    an inauguration."""
    if verb.lemma_.lower() not in _OPENED or not matches:
        return False
    if (matches[0].type, matches[0].mode) != ("OTHER", "inaugurate"):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "again":
            return True
        if c.dep_ == "prep" and c.lower_ == "after":
            if any(o.dep_ == "pobj" and _is_duration(o) for o in c.children):
                return True
    return False


def unowned_aim(verb: Token) -> bool:
    """ "EU-mediated efforts to normalise relations": the infinitive states what an effort
    is for; with no one named as making the effort it is background, not an event."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    noun = verb.head
    if noun.lemma_.lower() not in _EFFORTS or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    for c in noun.children:
        if c.dep_ in _OWNER_DEPS:
            return False
        if (
            c.dep_ in ("amod", "compound", "nmod")
            and c.ent_type_ in _ACTOR_ENTS
            and c.tag_ != "VBN"
        ):
            return False  # "French efforts"; "EU-mediated" names a mediator, not the owner
        if c.dep_ == "prep" and c.lower_ == "by":
            return False
    return True


def object_topic(noun: Token, light: Token) -> bool:
    """Whether ``noun`` hangs on a preposition of ``light`` that has a direct object of its
    own: "offered help with the investigation" (the noun is what the help is for). The
    extractor asks only when ``light`` is itself an event ("took part in the talks": the
    talks are the act)."""
    if noun.dep_ != "pobj" or noun.head.head != light:
        return False
    return any(c.dep_ == "dobj" and c != noun for c in light.children)


_PROTEST_NOUNS = frozenset(
    {"demonstration", "protest", "rally", "march", "riot", "unrest", "sit-in", "uprising"}
)
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher"})


_FORCES = frozenset(
    """police policeman officer soldier troop force army guard gendarme militia
    settler""".split()
)


def riot(verb: Token, matches: Sequence[Any]) -> RulePattern | None:
    """PROTEST riot (145) for primitive violence (stones, petrol bombs) thrown in a
    demonstration, or by protesters or rioters."""
    if not matches or (matches[0].type, matches[0].mode) != ("ASSAULT", "primitive"):
        return None
    during = any(
        p.dep_ == "prep"
        and p.lower_ in ("during", "at", "in")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _PROTEST_NOUNS for o in p.children)
        for p in verb.children
    )
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("xcomp", "conj"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    protesters = any(s.lemma_.lower() in _PROTESTERS for s in subjects)
    if not (during or protesters) or any(s.lemma_.lower() in _FORCES for s in subjects):
        return None  # police setting fire during a protest do not riot
    return RulePattern(verb.lemma_.lower(), "PROTEST", "riot", "145", source="frame")


_LABELLING = frozenset({"call", "brand", "label", "term", "describe", "denounce", "condemn"})
# condemning words: a label made of one of these is criticism
_CONDEMNING = frozenset(
    """irresponsible unacceptable illegal illegitimate unlawful provocation provocative
    attack assault violation outrageous absurd crime criminal disgrace disgraceful mistake
    dangerous reckless shameful hostile unjustified baseless unfounded terrorist terrorism
    aggression insult betrayal farce sham interference blackmail lie propaganda cowardly
    barbaric heinous deplorable unfair racist genocide hypocritical invalid fraud fraudulent
    scandal scandalous unconstitutional unprovoked destabilising destabilizing appalling
    abhorrent atrocity massacre blunder failure threat""".split()
)


def _label_heads(verb: Token) -> list[Token]:
    """The predicate of "called X Y" (oprd) or "described/branded X as Y"."""
    out = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ")]
    out += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for o in p.children
        if o.dep_ in ("pobj", "amod", "acomp")
    ]
    return out


def negative_label(verb: Token) -> RulePattern | None:
    """DISAPPROVE 111 for "called X irresponsible", "branded the vote a sham"."""
    if verb.lemma_.lower() not in _LABELLING or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    for head in _label_heads(verb):
        words = {head.lemma_.lower()} | {
            c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "compound")
        }
        if words & _CONDEMNING:
            return RulePattern(
                verb.lemma_.lower(), "DISAPPROVE", "disapprove", "111", source="frame"
            )
    return None


def labelled_predicate(noun: Token) -> bool:
    """Whether ``noun`` is the label a labelling verb gives its object ("called the
    detention an attack"): a classification, not an act."""
    verb = (
        noun.head
        if noun.dep_ in ("oprd", "xcomp")
        else (noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None)
    )
    return (
        verb is not None
        and verb.lemma_.lower() in _LABELLING
        and any(c.dep_ == "dobj" for c in verb.children)
    )


_RELIEF = frozenset(
    """relief aid supply food medicine assistance water tent blanket vaccine rescue
    evacuation""".split()
) | {"relief supply", "humanitarian aid"}


def relief_mission(verb: Token, matches: Sequence[Any]) -> RulePattern | None:
    """AID 073 for forces sent, deployed or flown in with relief or to deliver it."""
    if not matches or matches[0].type != "MOBILIZE":
        return None
    carried = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("with", "for", "carrying")
        for o in p.children
        if o.dep_ == "pobj"
    ]
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


_READYING = frozenset({"prepare", "ready", "gear"})
_READIED = frozenset({"readied", "readies", "readying"})  # the tagger's lemma is "readie"
_ARMED = _FORCES | frozenset(
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


def reread(
    verb: Token,
    matches: Sequence[Any],
    as_lemma: Callable[[str], list[Any]],
    act_matches: Callable[[Token], list[Any]] | None = None,
) -> list[Any]:
    """The verb's lexicon matches, led by the reading its clause calls for: a complaint,
    a condemning label, a relief mission, a riot, forces readied for an attack (rule
    patterns; ``act_matches`` reads the readied act), or a reopening (the lexicon's rows
    for ``reopen``, looked up through ``as_lemma``)."""
    special = (
        verbal_protest(verb, matches)
        or negative_label(verb)
        or relief_mission(verb, matches)
        or riot(verb, matches)
        or (readied_force(verb, matches, act_matches) if act_matches else None)
    )
    if special is not None:
        return [special, *matches]
    if reopening(verb, matches):
        return as_lemma("reopen") or list(matches)
    return list(matches)


_STANCES = frozenset({"oppose"})


def stance_objects(verb: Token) -> list[Token]:
    """What an adjectival passive of stance is about: "Israel is opposed to French
    mediation" opposes the mediation (as "Israel opposed French mediation")."""
    if verb.lemma_.lower() not in _STANCES or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    ]


# Verbs that put someone in a state or keep them in it: "put under investigation", "placed
# under arrest", "remained on alert", "went on alert".
_STATE_VERBS = frozenset({"put", "place", "keep", "remain", "stay", "go"})
_STATE_PREPS = frozenset({"under", "on"})


def state_objects(verb: Token) -> list[Token]:
    """The state a placing or remaining verb is about: "a US national has been put under
    investigation" (investigation), "troops remained on alert" (alert). The lexicon's
    object lists decide which states are events."""
    if verb.lemma_.lower() not in _STATE_VERBS:
        return []
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in _STATE_PREPS
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]


# Nouns that measure an act out: "10 days of war games", "a series of strikes", "a round
# of talks".
_MEASURES = frozenset(
    {"day", "week", "month", "hour", "round", "series", "wave", "spate", "string", "bout"}
)


def measured_light_verb(noun: Token) -> Token | None:
    """The light verb of an act named through a measure of it: "launched 10 days of war
    games" (launched), "held a new round of talks" (held)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    measure = prep.head
    if measure.pos_ != "NOUN" or measure.lemma_.lower() not in _MEASURES:
        return None
    return governing_light_verb(measure)
