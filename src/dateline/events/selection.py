"""Selectional restrictions: which words can fill an event's slots.

PLOVER events are acts of political actors (people, groups, organisations, states)
towards others. A trigger whose slots the text fills with words that cannot play those
roles reports no such act, whatever the verb:

- the doer must be able to act: "fires destroyed 13,340 hectares", "low inflation
  permits the Fed to ...", "the agreement permits hospitals to buy ...", "acid rain that
  has killed fish" name no doer;
- a killing needs a living patient: "executed definitive agreements" kills no one;
- a warning is a threat only when it announces an act: "warned that this assumption
  might not be justified" threatens nothing (PLOVER THREATEN needs a threatened action);
- agreeing *that* something is so is an opinion, not an agreement;
- a meeting is with a party ("meet the target" is none), a visit needs a visitor ("the
  equipment was flown to Pakistan"), a question put to a speaker requests no act;
- the one who "must" or "should" act must be able to act and be another than the
  speaker: "revenues should exceed 6 mln dlrs" is a forecast, "we must try" no demand.

Commerce (trades, bids, market operations) is in ``events.commerce``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from spacy.tokens import Token

from dateline.events.commerce import (
    COMMERCIAL_GOODS,
    bare_offer,
    can_act,
    commercial_content,
    commercial_object,
    commercial_theme,
    market_halt,
    non_agent_recipient,
)

__all__ = [
    "NATURAL_FORCES",
    "NON_AGENT_NOUNS",
    "demonstrated_thing",
    "empty_warning",
    "idiom_object",
    "inanimate_patient",
    "met_thing",
    "natural_force",
    "non_agent_subject",
    "opinion_agreement",
    "question_asked",
    "relative_doers",
    "self_obligation",
    "thing_moved",
    "unfit_verb_slots",
]


# Forces of nature and of the economy: they destroy, raise or permit, but do not act.
NATURAL_FORCES = frozenset({
    "flood", "flooding", "storm", "rain", "drought", "earthquake", "quake", "weather",
    "wind", "hurricane", "typhoon", "cyclone", "tornado", "twister", "avalanche",
    "landslide", "blaze", "wildfire", "frost", "snow", "epidemic", "disease", "virus",
    "outbreak"
})


# Abstract and inanimate nouns that cannot be the doer of a political act.
NON_AGENT_NOUNS = frozenset({
    "inflation", "deflation", "recession", "growth", "economy", "market", "price", "rate",
    "demand", "supply", "cost", "currency", "dollar", "system", "policy", "rule",
    "regulation", "law", "legislation", "bill", "measure", "agreement", "accord", "deal",
    "pact", "treaty", "contract", "arrangement", "plan", "program", "programme",
    "proposal", "scheme", "package", "budget", "decision", "change", "move", "sale",
    "merger", "acquisition", "transaction", "situation", "condition", "factor",
    "development", "trend", "figure", "result", "earnings", "revenue", "profit", "loss",
    "technology", "facility", "plant", "product", "structure", "increase", "decline",
    "drop", "rise", "fall", "cut", "shortage", "surplus", "deficit", "crisis", "problem",
    "concern", "uncertainty", "speculation", "effort", "attempt", "turnover", "sales",
    "output", "production", "spending", "investment", "income", "volume", "purchase",
    "import", "export", "suit", "lawsuit", "complaint", "amendment", "statute", "ordinance",
    "provision", "clause", "harvest", "crop"
})


# Instruments that can be "executed", "killed" (a bill, a deal) or "destroyed" on paper.
_INSTRUMENTS = frozenset({
    "agreement", "accord", "deal", "pact", "treaty", "contract", "order", "trade",
    "transaction", "plan", "strategy", "program", "programme", "project", "document",
    "letter", "warrant", "option", "swap", "will", "deed", "instruction", "purchase",
    "sale", "merger", "bill", "proposal", "idea", "hope", "chance"
})


_KILL_CAMEOS = frozenset({"186", "1823", "185", "181", "1712"})


_KILL_LEMMAS = frozenset({"execute", "kill", "murder", "assassinate", "slay", "destroy"})


_PATIENT_HUMAN_PROPS = frozenset({"PERSON", "NORP", "GPE", "ORG"})


_WARN_LEMMAS = frozenset({"warn", "caution"})


def natural_force(tok: Token) -> bool:
    """ "fires in southern China", "the floods", "a forest fire": nature, not a doer
    (a single "fire" of guns or tanks is violence and stays an act)."""
    lemma = tok.lemma_.lower()
    if lemma in NATURAL_FORCES:
        return True
    if lemma == "fire":
        return tok.tag_ == "NNS" or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("forest", "bush", "brush",
                                                                     "grass", "house")
            for c in tok.children)
    return False


def _subject_of(subject: Token, verb: Token | None) -> bool:
    """Whether ``subject`` is the subject of ``verb`` or of the verb it is coordinated
    with or controlled by ("fires spread and destroyed ..."), not of another clause
    ("the decision to slap tariffs should support the dollar": "decision" is the subject
    of "support", not of "slap")."""
    if verb is None or subject.head == verb:
        return True
    v = verb
    for _ in range(3):
        if v.dep_ not in ("conj", "xcomp") or v.head == v:
            return False
        v = v.head
        if subject.head == v:
            return True
    return False


def non_agent_subject(subjects: Sequence[Token], actor_of: Callable[[Token], Any],
                      relative_heads: Sequence[Token] = (), verb: Token | None = None) -> bool:
    """Whether the clause names its doer with a word that cannot act: a force of nature
    or an abstract or inanimate common noun ("low inflation", "the agreement", "the
    system"), itself no actor mention. A subject may be the antecedent of a relative
    clause among ``relative_heads`` ("acid rain that has killed fish")."""
    for s in subjects:
        doer = s.dep_ in ("nsubj", "csubj") and _subject_of(s, verb) or \
            s.dep_ == "pobj" and s.head.dep_ == "agent" or \
            any(c.dep_ == "relcl" and c in relative_heads for c in s.children)
        if not doer or s.pos_ not in ("NOUN", "PROPN"):
            continue
        if natural_force(s):
            return True
        if s.pos_ == "NOUN" and _inanimate(s) and (
                s.lemma_.lower() in NON_AGENT_NOUNS or not can_act(actor_of(s))):
            # "World group turnover of Siemens AG should rise": the head decides, whatever
            # organisation the mention names
            return True
    return False


def relative_doers(tok: Token) -> list[Token]:
    """The antecedent a relative pronoun subject of ``tok`` stands for: "acid rain that
    has killed fish" -> "rain" (read as the clause's subject)."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return []
    if any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in tok.children):
        return [tok.head]
    return []


def _inanimate(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in NON_AGENT_NOUNS or lemma in COMMERCIAL_GOODS or \
        tok.lower_ in COMMERCIAL_GOODS


def inanimate_patient(tok: Token, cameo: str | None) -> bool:
    """A killing or an execution whose object is a document or a plan: "executed
    definitive agreements", "killed the deal", "destroyed hectares of forest"."""
    if tok.lemma_.lower() not in _KILL_LEMMAS and (cameo or "") not in _KILL_CAMEOS:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return False
    for o in objs:
        lemma = o.lemma_.lower()
        if o.pos_ != "NOUN" or o.ent_type_ in _PATIENT_HUMAN_PROPS:
            return False
        if lemma not in _INSTRUMENTS and not _measure(o):
            return False
    return True


def _measure(tok: Token) -> bool:
    """ "13,340 hectares of forest": an area or a quantity of land or goods."""
    return tok.lemma_.lower() in ("hectare", "acre", "tonne", "ton", "barrel", "bag",
                                  "percent", "pct")


def empty_warning(tok: Token, type_: str, acts: Callable[[Token], Iterable[str]],
                  actor_of: Callable[[Token], Any]) -> bool:
    """ "He warned that this assumption might not be justified", "warned against
    reliance on foreign capital": a warning whose reported content holds no act (neither a
    lexicon trigger nor a verb with an actor or a personal pronoun for subject: "warned
    that it would retaliate"), and which warns no party and against no act ("warned Iran
    against ...", "warned of reprisals"), threatens nothing. ``acts(token)`` gives the
    event types the lexicon reads at a token."""
    if type_ != "THREATEN" or tok.lemma_.lower() not in _WARN_LEMMAS:
        return False
    if any(c.dep_ == "xcomp" for c in tok.children):  # "warned them to leave"
        return False
    if any(c.dep_ == "dobj" for c in tok.children) and not any(
            c.dep_ in ("ccomp", "advcl") for c in tok.children):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.children):
        return False  # "warned of reprisals", "of serious consequences"
    against = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "against"
               for o in p.children if o.dep_ == "pobj"]
    if against:
        # "warned against reliance on foreign capital": advice, unless an act or a party
        # is warned against or a party is warned ("warned Iran against ...")
        return not any(c.dep_ == "dobj" for c in tok.children) and not any(
            t.pos_ == "VERB" or can_act(actor_of(t)) or any(a != "OTHER" for a in acts(t))
            for o in against for t in o.subtree)
    content = [c for c in tok.children if c.dep_ in ("ccomp", "advcl")]
    return bool(content) and not _acts_in(content, acts, actor_of)


def _acts_in(clauses: Sequence[Token], acts: Callable[[Token], Iterable[str]],
             actor_of: Callable[[Token], Any]) -> bool:
    """Whether reported content holds an act: a lexicon trigger, or a verb with an actor
    or a personal pronoun for subject."""
    for clause in clauses:
        for t in clause.subtree:
            if any(a != "OTHER" for a in acts(t)):
                return True  # "that it would retaliate", "that talks would resume"
            if t.pos_ not in ("VERB", "AUX"):
                continue
            for s in t.children:
                if s.dep_ == "nsubj" and (s.lower_ in _PERSONAL or actor_of(s) is not None):
                    return True
    return False


def opinion_agreement(tok: Token, type_: str, acts: Callable[[Token], Iterable[str]],
                      actor_of: Callable[[Token], Any]) -> bool:
    """ "Analysts agreed that going after the rig was the least provocative act": to
    agree *that* something is so is an opinion; PLOVER AGREE is agreeing to an act ("the
    sides agreed that talks would resume")."""
    if type_ != "AGREE" or tok.lemma_.lower() != "agree":
        return False
    if any(c.dep_ in ("xcomp", "dobj") or c.dep_ == "prep" and c.lower_ in ("to", "on")
           for c in tok.children):
        return False
    content = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(content) and not _acts_in(content, acts, actor_of)


_PERSONAL = frozenset({"i", "we", "he", "she", "it", "they", "you"})


def self_obligation(subjects: Sequence[Token]) -> bool:
    """ "We must try to get them to lower the spreads": what the speaker says they
    themselves must do is no demand on another."""
    return any(s.lower_ in ("we", "i", "us") for s in subjects)


def demonstrated_thing(tok: Token, type_: str) -> bool:
    """ "It demonstrated the United States will act", "demonstrated its resolve":
    to demonstrate something is to show it; a protest demonstration has no object."""
    return type_ == "PROTEST" and tok.lemma_.lower() == "demonstrate" and any(
        c.dep_ in ("dobj", "ccomp") for c in tok.children)


def question_asked(tok: Token) -> bool:
    """ "Asked if OPEC would raise output, he said ...", "he was asked about the
    company's fate": a question put to a speaker (no asker named) requests no act
    (PLOVER REQUEST asks for one)."""
    if tok.lemma_.lower() != "ask":
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in _ANONYMITY and any(
            a.dep_ == "neg" for a in c.children) for c in tok.children):
        return True  # "an official, who asked not to be named": a condition of the source
    if any(c.dep_ == "nsubj" for c in tok.children):
        return False  # "Kuwait had asked if protection could be provided": a request
    if any(c.dep_ == "prep" and c.lower_ in ("about", "whether") for c in tok.children):
        return True
    for c in tok.children:
        if c.dep_ in ("ccomp", "advcl") and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children):
            return True
        if c.dep_ in ("ccomp", "advcl") and any(
                w.tag_ in ("WDT", "WP", "WRB") and w.i < c.i for w in c.subtree):
            return True  # "asked what the government would do"
    return False


# verb idioms whose object is part of the predicate: "joined forces", "joined hands"
_IDIOMS = {"join": frozenset({"force", "forces", "hand", "hands"})}


def idiom_object(verb: Token, obj: Token) -> bool:
    """Whether ``obj`` is the fixed object of an idiom of ``verb`` ("the two companies
    joined forces"), which names no party."""
    fixed = _IDIOMS.get(verb.lemma_.lower())
    return bool(fixed) and obj.dep_ == "dobj" and obj.head == verb and \
        obj.lower_ in (fixed or ())


_ANONYMITY = frozenset({"name", "identify", "quote", "disclose", "cite", "mention"})


def thing_moved(tok: Token, type_: str, mode: str | None,
                actor_of: Callable[[Token], Any]) -> bool:
    """A visit needs a visitor: "the equipment was flown to Pakistan" moves a thing, and
    no one travels; a ship that "arrived with 18,300 tonnes of sugar" delivers a cargo."""
    if type_ != "CONSULT" or mode != "visit":
        return False
    if any(_measure(o) and any(c.dep_ == "nummod" for c in o.children)
           for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
           for o in p.children if o.dep_ == "pobj"):
        return True  # "the Mykon Wave arrived in the port with 18,300 tonnes of sugar"
    moved = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return bool(moved) and all(m.pos_ == "NOUN" and actor_of(m) is None for m in moved)


_MEET_SENSE_FIXED = frozenset({"meet"})


def met_thing(tok: Token, type_: str, actor_of: Callable[[Token], Any]) -> bool:
    """ "We'll meet the 108 billion dlr target", "efforts met with partial success":
    meeting a target, a demand or a response satisfies or receives it; a meeting (PLOVER
    CONSULT) is with a party."""
    if type_ != "CONSULT" or tok.lemma_.lower() not in _MEET_SENSE_FIXED:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj"]
    objs += [c for c in tok.children if c.dep_ == "nsubjpass"]  # "views were met by"
    return bool(objs) and all(o.pos_ == "NOUN" and not can_act(actor_of(o)) and (
        o.lemma_.lower() in _MET_THINGS or o.lemma_.lower() in NON_AGENT_NOUNS) for o in objs)


# what is met without a meeting: targets and demands satisfied, responses received
_MET_THINGS = frozenset({
    "target", "deadline", "demand", "requirement", "need", "criterion", "criteria",
    "expectation", "goal", "obligation", "commitment", "condition", "standard", "cost",
    "payment", "quota", "shortfall", "success", "approval", "resistance", "opposition",
    "criticism", "response", "reaction", "skepticism", "scepticism", "failure", "view",
    "forecast", "estimate", "objective", "limit", "ceiling", "test", "challenge"})


def unfit_verb_slots(tok: Token, type_: str, cameo: str | None, mode: str | None,
                     src_tokens: Sequence[Token], actor_of: Callable[[Token], Any],
                     acts: Callable[[Token], Iterable[str]], lexicon_object: bool = False) -> bool:
    """Whether a verb trigger read as ``type_`` has its slots filled with words that
    cannot play them: a doer that cannot act, a killing of a document, an offer of
    goods, a meeting with a thing, an opinion agreed, a question, a visit by no one, a
    warning of nothing (the tests above and in ``commerce``). ``actor_of`` is the actor
    stage's lookup, ``acts(token)`` the event types the lexicon reads at a token;
    ``lexicon_object`` says the lexicon row matched only with the object the verb has
    ("offered help": the lexicon names what is offered, so it is no bare good)."""
    doers = relative_doers(tok)
    if non_agent_subject([*src_tokens, *doers], actor_of, [tok] if doers else [], tok):
        return True
    if type_ == "ASSAULT" and inanimate_patient(tok, cameo):
        return True

    def event_noun(o: Token) -> bool:
        return any(a != "OTHER" for t in [o, *o.conjuncts] for a in acts(t))

    return (not lexicon_object and bare_offer(tok, type_, event_noun, actor_of)
            or met_thing(tok, type_, actor_of)
            or demonstrated_thing(tok, type_)
            or commercial_content(tok, type_, actor_of)
            or opinion_agreement(tok, type_, acts, actor_of)
            or commercial_theme(tok, type_)
            or market_halt(tok, type_)
            or commercial_object(tok, type_)
            or question_asked(tok)
            or non_agent_recipient(tok, type_)
            or thing_moved(tok, type_, mode, actor_of)
            or empty_warning(tok, type_, acts, actor_of))
