"""Readings of a trigger that depend on its clause rather than on the lexicon row alone.

- "a human rights group protested that the authorities were failing ...": a protest that
  reports what is protested is a verbal complaint (CAMEO 114 "complain officially",
  DISAPPROVE), not a demonstration (``verbal_protest``);
- "speaking to reporters", "spoke to a development conference", "met reporters":
  addressing the press or an audience is a public statement (CAMEO 010, OTHER
  `statement`), as a news conference is, not a consultation with the audience
  (``press_audience``);
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
- "offered help with the investigation", "opened an investigation into the attack": a
  noun in a phrase that follows the verb's own object says what the object is about; it
  is no second act of the verb's subject (``object_topic``);
- "was put under investigation", "placed him under house arrest", "troops remained on
  alert": a verb that puts someone in, or keeps them in, a state named by its "under" or
  "on" phrase does what the state noun says (CAMEO 090 investigate, 173 arrest, 152
  raise alert status); the state noun is read as the verb's object (``state_objects``);
- "1,700 workers struck", "operations have been struck by the union": workers or a union
  striking stop work (PROTEST strike, CAMEO 143), no attack (``labour_strike``);
- "launched two missiles on Friday": a preposition that only places the act in time
  satisfies no row that wants the preposition ("launched missiles on" a target)
  (``_placed_in_time_only``);
- "launched 10 days of war games", "began a series of strikes": a measure of an act
  stands between the light verb and the act; the verb's subject does the act
  (``measured_light_verb``).

What forces, teams and appeals are sent or made for (a relief mission, a team sent to
help, forces readied to attack, an appeal for a party to act) is read in ``events.missions``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Token

from dateline.events.arguments import governing_light_verb
from dateline.events.conventions import RulePattern
from dateline.events.missions import (
    FORCES,
    appeal_for_clause,
    assistance_team,
    readied_force,
    relief_mission,
)
from dateline.events.phrases import objects_of_preps
from dateline.events.senses import idle_sense
from dateline.events.wire_senses import military_backing

__all__ = [
    "appeal_for_clause",
    "assistance_team",
    "labelled_predicate",
    "labour_strike",
    "measured_light_verb",
    "negative_label",
    "object_topic",
    "press_audience",
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


_SPEAKING = frozenset({"speak", "talk"})
# audiences a speaker addresses rather than consults: the press and public gatherings
_AUDIENCES = frozenset(
    """reporter journalist press media newsman correspondent newspaper paper television
    radio broadcaster channel audience crowd supporter rally gathering conference forum
    meeting seminar summit symposium convention congress assembly parliament student
    graduate executive businessman banker investor analyst economist association club
    chamber society luncheon dinner breakfast""".split()
)
# "a banking trade group", "an industry group": an audience of business, not a party
_TRADE_GROUPS = frozenset({"trade", "industry", "business", "banking", "lobby", "farm"})

# the press: meeting reporters is briefing them ("the official, who met reporters")
_PRESS = frozenset(
    "reporter journalist press media newsman correspondent newspaperman".split()
)


def press_audience(verb: Token, matches: Sequence[Any]) -> RulePattern | None:
    """OTHER statement 010 for "speaking to reporters", "spoke to a development
    conference", "talked to the BBC", "met reporters": addressing the press or an
    audience is a public statement (CAMEO 010), as a news conference is, not a
    consultation (CAMEO 04) with the audience."""
    if not matches or matches[0].type != "CONSULT":
        return None
    if verb.lemma_.lower() == "meet":
        met = [o for c in verb.children if c.dep_ == "dobj" for o in [c, *c.conjuncts]]
        if met and all(o.lemma_.lower() in _PRESS for o in met):
            return RulePattern("meet", "OTHER", "statement", "010", source="frame")
        return None
    if verb.lemma_.lower() not in _SPEAKING:
        return None
    heard = objects_of_preps([verb], ("to", "with", "before"))
    if heard and all(
        o.lemma_.lower() in _AUDIENCES
        or any(c.dep_ == "compound" and c.lemma_.lower() in _AUDIENCES for c in o.children)
        or (o.lemma_.lower() == "group"
            and any(c.lemma_.lower() in _TRADE_GROUPS for c in o.children))
        or (o.ent_type_ == "ORG" and o.lower_ in ("bbc", "cnn", "reuters", "afp", "ap"))
        for o in heard
    ):
        return RulePattern(verb.lemma_.lower(), "OTHER", "statement", "010", source="frame")
    return None


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


_FORCES = FORCES


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


# who strikes by stopping work
_LABOUR = frozenset(
    """worker employee union miner teacher docker dockworker driver nurse doctor teamster
    pilot seaman seafarer machinist steelworker autoworker railwayman mechanic staff
    member controller employe longshoreman crew""".split()
)


def labour_strike(verb: Token, matches: Sequence[Any]) -> RulePattern | None:
    """PROTEST strike (143) for "workers struck", "struck by Teamsters Union Local 125"."""
    if verb.lemma_.lower() != "strike" or not matches or matches[0].type != "ASSAULT":
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
    ]
    if doers and all(
        d.lemma_.lower() in _LABOUR
        or any(c.dep_ == "compound" and c.lemma_.lower() in _LABOUR for c in d.children)
        for d in doers
    ):
        return RulePattern("strike", "PROTEST", "strike", "143", source="frame")
    return None


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


_TIME_ENTS = frozenset({"DATE", "TIME"})


def _placed_in_time_only(verb: Token, matches: Sequence[Any]) -> list[Any]:
    """The matches without the rows whose preposition the verb has only as a time phrase:
    "launched two missiles on Friday" is a test, not "launched missiles on" a target;
    "fired on Monday" fires on no one."""
    timed = [
        p
        for p in verb.children
        if p.dep_ == "prep"
        and (objs := [o for o in p.children if o.dep_ == "pobj"])
        and all(o.ent_type_ in _TIME_ENTS for o in objs)
    ]
    if not timed:
        return list(matches)
    timed_at = {p.i for p in timed}
    # "went on strike on Tuesday": the other "on" still counts
    other = {
        p.lower_
        for p in verb.children
        if p.dep_ in ("prep", "prt", "agent") and p.i not in timed_at
    }
    kept: list[Any] = []
    for m in matches:
        wanted: frozenset[str] = getattr(m, "preps", frozenset())
        if not wanted or wanted & other:
            kept.append(m)
    return kept


def reread(
    verb: Token,
    matches: Sequence[Any],
    as_lemma: Callable[[str], list[Any]],
    act_matches: Callable[[Token], list[Any]] | None = None,
) -> list[Any]:
    """The verb's lexicon matches, led by the reading its clause calls for: a complaint,
    a statement to the press, a condemning label, a relief mission, a team sent to help,
    an appeal for a party to act, a riot, forces readied for an attack (rule patterns;
    ``act_matches`` reads the readied act), or a reopening (the lexicon's rows for
    ``reopen``, looked up through ``as_lemma``). None when the reading is a sense that is
    no event (``events.senses``: "was encouraged to see", "ordered 100 clamps")."""
    matches = _placed_in_time_only(verb, matches)
    special = (
        verbal_protest(verb, matches)
        or press_audience(verb, matches)
        or negative_label(verb)
        or relief_mission(verb, matches)
        or assistance_team(verb, matches)
        or appeal_for_clause(verb, matches)
        or riot(verb, matches)
        or labour_strike(verb, matches)
        or military_backing(verb, matches)
        or (readied_force(verb, matches, act_matches) if act_matches else None)
    )
    if special is not None:
        return [special, *matches]
    if idle_sense(verb, matches):
        return []  # "was encouraged to see", "ordered 100 clamps": no event
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
# under arrest", "remained on alert", "went on alert", "came under fire".
_STATE_VERBS = frozenset({"put", "place", "keep", "remain", "stay", "go", "come"})
_STATE_PREPS = frozenset({"under", "on"})


def state_objects(verb: Token) -> list[Token]:
    """The state a placing or remaining verb is about: "a US national has been put under
    investigation" (investigation), "troops remained on alert" (alert). The lexicon's
    object lists decide which states are events."""
    if verb.lemma_.lower() not in _STATE_VERBS:
        return []
    return [o for o in objects_of_preps([verb], _STATE_PREPS) if o.pos_ == "NOUN"]


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
