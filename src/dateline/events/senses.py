"""Senses of event verbs that are no political event, read from the verb's clause.

The lexicon (``data/event_patterns.tsv``) blocks a sense by the verb's direct object
("beat estimates", "execute an order"); these rules see what a row cannot: the voice, a
preposition's object, a complement clause, a quantity. Each returns True when the lexicon's
best reading of ``verb`` (``matches[0]``) is a sense that is no event, and ``reread``
(``events.readings``) then drops the trigger.

- "he was encouraged to see progress", "Japan is encouraged by the data": the passive
  without an agent is a feeling (heartened), no appeal (``heartened``);
- "the court agreed with the company that the tax was invalid": agreeing with someone,
  with no act agreed on, shares an opinion; an agreement names its act ("agreed with
  Iraq to exchange prisoners", "agreed with Japan on measures") (``concurring``);
- "expressed interest in acquiring the unit": the intent to buy or sell is commerce
  (``commercial_intent``);
- "ordered 100 clamps", "has ordered 20 aircraft": an order of a quantity of goods is a
  purchase, no command to anyone (``purchase_order``);
- "OPEC is meeting this demand", "meet demand for oil": demand in the singular with no one
  whose demand it is is the market's, no demand conceded (``market_demand``);
- "a move to help balance trade", "aimed at helping reduce the surplus": help with only an
  outcome and no one helped is a contribution to a result, no aid (``helped_outcome``);
- "releasing no sugar for export", "released the figures": the bare release of a thing
  that is no person is no release of captives (``unpeopled_release``);
- "withdrawing 8.1 billion marks from the market", "withdrew its offer": a withdrawal of a
  thing the lexicon lists neither as forces nor as staff, aid or a demand is no retreat
  (``object_withdrawal``);
- "resigned from its board", "resigned as a director": a seat on a company's board is a
  business post, no political office (``board_seat``);
- "participated in clinical tests": taking part in what is no gathering is no meeting
  (``non_gathering``);
- "debts to governments, as opposed to commercial banks": the phrase "as opposed to"
  contrasts, no one opposes anything (``contrastive``);
- "targeted for sale", "units targeted for closure": singled out for what is no attack
  (``selected_for``);
- "he asked.", "reporters asked if the dollar had bottomed out", "who asked not to be
  identified": a question, or a source's wish to stay unnamed, is no request of a party
  (CAMEO 02) (``question``, in ``events.questions``);
- "the plan met with criticism", "was met with scepticism": a reaction received, no
  meeting (``met_with_reaction``);
- "analysts are calling it unchanged for the week", "called the figures a revision": a
  "call" with a direct object names (or convenes) something; "called for talks", "called
  on Iraq to" take none (``naming_call``);
- "the offer beat out a rival bid": "beat out" is winning a contest (``beat_out``);
- "looking into other markets": considering options is no investigation (``considered``);
- "thrifts required to report": a rule's requirement with no one requiring is no demand
  (``standing_requirement``);
- "the legal action threatens to trigger defaults": an event or a state that "threatens"
  is a risk, no threat by a party (``risk``);
- "blamed the deficit on excessive investment", "blamed slow sales": an accusation needs
  a party blamed, as object or in the "on"/"for" phrase (``blamed_causes``);
- "supply Sierra Pacific with electricity": supplying a customer with goods is trade; the
  AID row needs aid, arms or relief in the "with" phrase (``supplied_goods``);
- "to seek the presidential nomination", "seek ways of ...": striving for an office or a
  means asks no one for anything (``sought_end``);
- "the authorities sanctioned a base rate reduction": sanctioning a thing approves it
  (``approved_thing``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from dateline.actors.roles import ROLE_WORDS
from dateline.events.object_senses import approved_thing, chosen_as, sought_end
from dateline.events.patterns import best_match as _best
from dateline.events.phrases import children as _children
from dateline.events.phrases import objects_of_preps
from dateline.events.questions import question
from dateline.events.wire_senses import WIRE_RULES

__all__ = [
    "approved_thing",
    "beat_out",
    "blamed_causes",
    "board_seat",
    "commercial_intent",
    "concurring",
    "considered",
    "contrastive",
    "heartened",
    "helped_outcome",
    "idle_sense",
    "market_demand",
    "met_with_reaction",
    "naming_call",
    "non_gathering",
    "object_withdrawal",
    "purchase_order",
    "question",
    "risk",
    "selected_for",
    "sought_end",
    "supplied_goods",
    "standing_requirement",
    "unpeopled_release",
]




def _prep_objects(tok: Token, *preps: str) -> list[Token]:
    return objects_of_preps([tok], preps, ("pobj", "pcomp"))


def _passive(verb: Token) -> bool:
    """A passive clause, or a participle with a by-agent ("helped by moves to ...")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    )


def heartened(verb: Token, matches: Sequence[Any]) -> bool:
    """ "was encouraged to see", "is encouraged by the figures": a passive "encourage"
    whose agent is no party (none, or a thing) reports a feeling."""
    if verb.lemma_.lower() != "encourage" or _best(matches)[0] != "REQUEST":
        return False
    if not _passive(verb):
        return False
    agents = [o for a in _children(verb, "agent") for o in a.children if o.dep_ == "pobj"]
    return not any(
        o.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or o.pos_ in ("PROPN", "PRON")
        for o in agents
    )


_AGREED_ON = frozenset({"on", "upon", "to", "over", "about", "for"})
_MODAL = frozenset({"will", "would", "shall", "should", "must", "can", "could"})


def concurring(verb: Token, matches: Sequence[Any]) -> bool:
    """ "agreed with the company (that the tax was invalid)": no act is agreed on."""
    if verb.lemma_.lower() != "agree" or _best(matches)[0] != "AGREE":
        return False
    if not _prep_objects(verb, "with") and not any(
        c.lemma_.lower() == "be" and not any(a.dep_ == "aux" and a.lower_ in _MODAL
                                             for a in c.children)
        for c in _children(verb, "ccomp")
    ):
        return False  # "agreed that the dividend was small" is an opinion as well
    if _children(verb, "dobj", "xcomp", "nsubjpass") or _prep_objects(verb, *_AGREED_ON):
        return False
    for clause in _children(verb, "ccomp"):
        if clause.lemma_.lower() == "be" and not any(
            c.dep_ == "aux" and c.lower_ in _MODAL for c in clause.children
        ):
            continue  # "agreed (with X) that the dividend was small": an opinion
        if any(c.dep_ == "aux" and c.lower_ in _MODAL for c in clause.children):
            return False  # "agreed with Japan that they would cut tariffs"
        if clause.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in clause.children):
            return False
    return True


# buying and selling: an intent to trade is commerce
_TRADE_ACTS = frozenset(
    """acquire buy purchase sell merge bid invest tender repurchase redeem divest lease
    import export market distribute""".split()
)
_INTENT_NOUNS = frozenset({"interest", "intention", "intent", "desire", "willingness", "plan"})


def commercial_intent(verb: Token, matches: Sequence[Any]) -> bool:
    """ "expressed interest in acquiring the unit", "its intention to sell the stake"."""
    type_, obj = _best(matches)
    if type_ != "AGREE" or obj in ("-", "*"):
        return False
    for noun in _children(verb, "dobj"):
        if noun.lemma_.lower() not in _INTENT_NOUNS:
            continue
        acts = _prep_objects(noun, "in") + [
            c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
        ]
        if acts and all(a.lemma_.lower() in _TRADE_ACTS for a in acts):
            return True
    return False


def purchase_order(verb: Token, matches: Sequence[Any]) -> bool:
    """ "ordered 100 clamps": a counted object and no one told to act."""
    if verb.lemma_.lower() != "order" or _best(matches) != ("DEMAND", "-"):
        return False
    if _children(verb, "xcomp", "ccomp"):
        return False
    objects = _children(verb, "dobj")
    return bool(objects) and all(
        any(c.dep_ == "nummod" for c in o.children) and o.ent_type_ not in ("PERSON", "NORP")
        for o in objects
    )


def market_demand(verb: Token, matches: Sequence[Any]) -> bool:
    """ "meeting this demand", "meet demand for oil": the market's demand."""
    if verb.lemma_.lower() != "meet" or _best(matches)[0] != "CONCEDE":
        return False
    objects = _children(verb, "dobj")
    return bool(objects) and all(
        o.lemma_.lower() == "demand"
        and o.tag_ == "NN"
        and not _children(o, "poss")
        and not any(
            a.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") for a in _prep_objects(o, "of", "by")
        )
        for o in objects
    )


def _party(tok: Token) -> bool:
    """A word that can name a party: a name, a pronoun, a nationality, a role."""
    return (
        tok.ent_type_ in ("PERSON", "NORP", "GPE", "ORG")
        or tok.pos_ in ("PROPN", "PRON")
        or _people(tok)
    )


def helped_outcome(verb: Token, matches: Sequence[Any]) -> bool:
    """ "help balance trade", "helping reduce its surplus", "forecasts helped shares dip",
    "helped by moves to modernise": an outcome and no party helped (a helped party is an
    object, "helped the rebels", or the subject of the helped act, "help Iraq rebuild")."""
    if verb.lemma_.lower() != "help" or _best(matches) != ("AID", "-"):
        return False
    if _passive(verb):
        agents = [o for a in _children(verb, "agent") for o in a.children if o.dep_ == "pobj"]
        return bool(agents) and not any(_party(a) for a in agents)
    if _children(verb, "dobj", "dative") or _prep_objects(verb, "with"):
        return False
    outcomes = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    helped = [s for c in outcomes for s in _children(c, "nsubj")]
    return bool(outcomes) and not any(_party(s) for s in helped)


_PEOPLE = frozenset(
    """man men woman women child children person people prisoner hostage detainee captive
    crew sailor fisherman tourist worker student nun priest pilot passenger journalist
    reporter activist dissident soldier officer official diplomat national citizen member
    leader suspect refugee migrant civilian girl boy teenager youth""".split()
)


def unpeopled_release(verb: Token, matches: Sequence[Any]) -> bool:
    """ "releasing no sugar for export": the row that takes any object ("released Mandela")
    needs a person or a group of people."""
    if verb.lemma_.lower() != "release" or _best(matches) != ("RETREAT", "*"):
        return False
    objects = [o for c in _children(verb, "dobj", "nsubjpass") for o in [c, *c.conjuncts]]
    return bool(objects) and not any(
        o.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")
        or o.pos_ in ("PROPN", "PRON")
        or _people(o)
        or any(_people(p) for p in _prep_objects(o, "of"))
        for o in objects
    )


def _people(tok: Token) -> bool:
    """A noun naming people: "the crew", "the mayor", "two officers" (the actor role table
    ``actors.roles.ROLE_WORDS`` marks persons and groups of them)."""
    lemma = tok.lemma_.lower()
    info = ROLE_WORDS.get(lemma)
    return lemma in _PEOPLE or (info is not None and (info.person or info.group))


def object_withdrawal(verb: Token, matches: Sequence[Any]) -> bool:
    """ "withdrawing 8.1 billion marks from the market": the row for "withdrew from the
    town" has no object; a direct object the lexicon does not list is no force."""
    if verb.lemma_.lower() not in ("withdraw", "pull") or _best(matches) != ("RETREAT", "-"):
        return False
    return bool(_children(verb, "dobj"))


_BOARD = frozenset({"board", "directorship", "director", "company", "firm", "corporation",
                    "subsidiary"})


def board_seat(verb: Token, matches: Sequence[Any]) -> bool:
    """ "resigned from its board", "stepped down as a director of the company"."""
    type_ = _best(matches)[0]
    if type_ != "RETREAT" or getattr(matches[0], "mode", None) != "resign":
        return False
    posts = _prep_objects(verb, "from", "as")
    return bool(posts) and all(
        p.lemma_.lower() in _BOARD
        or any(c.dep_ == "compound" and c.lemma_.lower() == "board" for c in p.children)
        for p in posts
    )


# what one takes part in as a meeting (CONSULT)
_GATHERINGS = frozenset(
    """talk talks meeting conference summit negotiation session forum consultation dialogue
    round discussion gathering assembly congress convention seminar symposium ceremony
    process exercise drill commemoration celebration parade""".split()
)


def non_gathering(verb: Token, matches: Sequence[Any]) -> bool:
    """ "participated in clinical tests": the meeting reading needs a gathering."""
    if verb.lemma_.lower() != "participate" or _best(matches)[0] != "CONSULT":
        return False
    places = _prep_objects(verb, "in")
    return bool(places) and not any(p.lemma_.lower() in _GATHERINGS for p in places)


def contrastive(verb: Token, matches: Sequence[Any]) -> bool:
    """ "as opposed to": a preposition made of a participle, with no one opposing."""
    if verb.lemma_.lower() != "oppose" or verb.tag_ != "VBN" or verb.i == 0:
        return False
    if verb.doc[verb.i - 1].lower_ != "as":
        return False
    return not _children(verb, "nsubj", "nsubjpass", "agent")


# what one is singled out for when the target is attacked
_VIOLENT_AIMS = frozenset(
    """attack assassination killing murder destruction elimination strike bombing arrest
    abduction kidnapping execution raid reprisal retaliation liquidation harassment
    violence deportation expulsion""".split()
)


def selected_for(verb: Token, matches: Sequence[Any]) -> bool:
    """ "targeted for sale", "targeted for budget cuts": no attack is aimed."""
    if verb.lemma_.lower() != "target" or _best(matches)[0] != "ASSAULT":
        return False
    aims = _prep_objects(verb, "for")
    return bool(aims) and not any(a.lemma_.lower() in _VIOLENT_AIMS for a in aims)


_REACTIONS = frozenset(
    """criticism resistance opposition approval scepticism skepticism success failure
    silence disbelief derision hostility indifference enthusiasm interest applause
    suspicion concern dismay anger outrage protest protests""".split()
)


def met_with_reaction(verb: Token, matches: Sequence[Any]) -> bool:
    """ "the proposal met with criticism": what a thing met is a reaction."""
    if verb.lemma_.lower() != "meet" or _best(matches)[0] != "CONSULT":
        return False
    met = _prep_objects(verb, "with") + _children(verb, "dobj")
    return bool(met) and all(m.lemma_.lower() in _REACTIONS for m in met)


def naming_call(verb: Token, matches: Sequence[Any]) -> bool:
    """ "calling it unchanged for the week": the appeal row read through a stray "for"."""
    if verb.lemma_.lower() != "call" or _best(matches) != ("REQUEST", "-"):
        return False
    return bool(_children(verb, "dobj"))


def beat_out(verb: Token, matches: Sequence[Any]) -> bool:
    """ "beat out a rival bid": a contest won, no beating."""
    if verb.lemma_.lower() != "beat" or _best(matches)[0] != "ASSAULT":
        return False
    return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


_OPTIONS = frozenset(
    """market markets option options possibility possibilities idea ideas way ways
    alternative alternatives future opportunity opportunities prospect prospects
    feasibility potential""".split()
)


def considered(verb: Token, matches: Sequence[Any]) -> bool:
    """ "look into other markets": "look into" an option considers it."""
    if verb.lemma_.lower() != "look" or _best(matches)[0] != "ACCUSE":
        return False
    looked = _prep_objects(verb, "into")
    return bool(looked) and all(o.lemma_.lower() in _OPTIONS for o in looked)


def standing_requirement(verb: Token, matches: Sequence[Any]) -> bool:
    """ "thrifts required to report", "are required by law to": no party requires."""
    if verb.lemma_.lower() != "require" or _best(matches)[0] != "DEMAND":
        return False
    if not (_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")):
        return False
    agents = [o for a in _children(verb, "agent") for o in a.children if o.dep_ == "pobj"]
    return not any(_party(a) for a in agents)


# events and states that put something at risk: "the action threatens to trigger defaults"
_RISKS = frozenset(
    """action move decision measure crisis dispute situation problem war conflict fighting
    violence shortage rise fall increase decline drop deficit surplus inflation recession
    slump strike row tension plan proposal bill law legislation policy rule requirement
    tariff sanction ban quota debt default spread outbreak flood fire storm drought
    epidemic development trend suit lawsuit case ruling uncertainty loss losses
    competition""".split()
)


def risk(verb: Token, matches: Sequence[Any]) -> bool:
    """ "the legal action threatens to trigger cross-defaults": a risk, no threat."""
    if verb.lemma_.lower() != "threaten" or _best(matches)[0] != "THREATEN":
        return False
    subjects = _children(verb, "nsubj")
    return bool(subjects) and all(
        s.lemma_.lower() in _RISKS and not _party(s) for s in subjects
    )


def blamed_causes(verb: Token, matches: Sequence[Any]) -> bool:
    """ "blamed the deficit on excessive investment": causes, no party accused."""
    if verb.lemma_.lower() != "blame" or _best(matches)[0] != "ACCUSE":
        return False
    named = [o for c in _children(verb, "dobj", "nsubjpass") for o in [c, *c.conjuncts]]
    # "blamed the attack on Iraq": the on-phrase may hang on the object
    places = [verb, *named]
    named += [o for h in places for p in _prep_objects(h, "on", "for") for o in [p, *p.conjuncts]]
    return bool(named) and not any(_party(o) for o in named)


# what aid is: supplying a party with these is AID (070, 072 arms)
_AID_GOODS = frozenset(
    """aid food medicine medicines weapon weapons arm arms ammunition equipment shelter tent
    tents blanket blankets water relief supply supplies vaccine vaccines money fund funds
    intelligence information troop troops fuel grain wheat rice""".split()
)


def supplied_goods(verb: Token, matches: Sequence[Any]) -> bool:
    """ "supply Sierra Pacific with electricity": the with-phrase names trade goods."""
    if verb.lemma_.lower() != "supply" or _best(matches)[0] != "AID":
        return False
    goods = _prep_objects(verb, "with")
    return bool(goods) and not any(g.lemma_.lower() in _AID_GOODS for g in goods)


_RULES = (
    sought_end,
    approved_thing,
    chosen_as,
    heartened,
    concurring,
    commercial_intent,
    purchase_order,
    market_demand,
    helped_outcome,
    unpeopled_release,
    object_withdrawal,
    board_seat,
    non_gathering,
    contrastive,
    selected_for,
    question,
    met_with_reaction,
    naming_call,
    beat_out,
    considered,
    standing_requirement,
    risk,
    blamed_causes,
    supplied_goods,
    *WIRE_RULES,
)


def idle_sense(verb: Token, matches: Sequence[Any]) -> bool:
    """Whether the verb's best lexicon reading is one of the senses above (no event)."""
    return bool(matches) and any(rule(verb, matches) for rule in _RULES)
