"""Clause-level argument rules for wire prose (used by :mod:`dateline.events.arguments`):

- verbs of receiving a gift ("received aid from Moscow", "got assurances from Greece"):
  the giver acts, the receiver is acted on;
- "has come under fire in Congress", "the convoy came under attack from rebels": what
  comes under fire or criticism is acted on, by the "from" phrase (``came_under``);
- "the decision won praise from Democrats", "drew criticism from Japan": the reaction is
  the act of those in the "from" phrase on the subject (``received_gift``);
- reduced passive adjuncts before the main clause ("Asked about the report, Reagan
  replied", "Attacked by rebels, the army fell back"): the main subject is acted on;
- a verb after a comma the parser hung on the object before it as a reduced relative
  ("forces smashed four brigades, killed or wounded 1,500 soldiers"): the next verb of a
  list that shares the subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.phrases import children as _children
from dateline.events.phrases import prep_objects as _prep_objects

__all__ = ["CONVERSE_VERBS", "GIFT_NOUNS", "REACTION_NOUNS", "REACTION_VERBS",
           "STATIVE_PARTICIPLES", "came_under", "givers",
           "misread_conjunct", "received_gift", "reduced_passive_adjunct"]

# Participles whose "passive" subject is the one who acts or holds the stance.
STATIVE_PARTICIPLES = frozenset({"engage", "involve", "oppose", "commit", "prepare",
                                 "determine", "dedicate", "resolve", "poise"})

# Verbs whose subject receives what another gives, and the gifts (aid, assurances) whose
# giving is the event: "received assurances from Greece" is Greece's act on the receiver.
CONVERSE_VERBS = frozenset({"receive", "obtain", "get", "win", "secure"})
GIFT_NOUNS = frozenset({
    "aid", "assistance", "help", "weapon", "arm", "arms", "ammunition", "loan", "grant",
    "funding", "relief", "supply", "supplies", "donation", "assurance", "pledge",
    "promise", "commitment", "guarantee", "credit", "backing"})


# Verbs whose subject meets another's reaction, and the reactions: "the decision won praise
# from Democrats", "the plan drew criticism from Japan" is the Democrats' or Japan's act.
REACTION_VERBS = frozenset({"win", "receive", "earn", "draw", "attract", "face", "get"})
REACTION_NOUNS = frozenset({"praise", "endorsement", "plaudit", "plaudits", "acclaim",
                            "criticism", "condemnation", "censure", "rebuke"})


def received_gift(verb: Token) -> bool:
    """Is ``verb`` a verb of receiving with a gift as its object ("received aid"), or one
    of meeting a reaction ("won praise", "drew criticism")?"""
    lemma = verb.lemma_.lower()
    objects = [o for c in _children(verb, "dobj") for o in (c.lemma_.lower(), c.lower_)]
    return (lemma in CONVERSE_VERBS and any(o in GIFT_NOUNS for o in objects)) or (
        lemma in REACTION_VERBS and any(o in REACTION_NOUNS for o in objects))


# what one comes under when others act on one: fire, attack, criticism
UNDERGONE_ACTS = frozenset({"fire", "attack", "attacks", "criticism", "censure",
                            "condemnation", "gunfire", "shelling", "bombardment"})


def came_under(verb: Token) -> bool:
    """ "came under fire", "has come under attack from rebels": the subject undergoes the
    act (the givers of the "from" phrase do it)."""
    if verb.lemma_.lower() != "come":
        return False
    return any(o.lemma_.lower() in UNDERGONE_ACTS or o.lower_ in UNDERGONE_ACTS
               for p in _children(verb, "prep") if p.lower_ == "under"
               for o in _children(p, "pobj"))


def givers(verb: Token) -> list[Token]:
    """The "from" objects of a verb of receiving (on the verb, on its object or on what
    it comes under: "came under attack from rebels")."""
    held = _children(verb, "dobj") + [o for u in _children(verb, "prep") if u.lower_ == "under"
                                      for o in _children(u, "pobj")]
    preps = _children(verb, "prep") + [p for o in held for p in _children(o, "prep")]
    return [o for p in preps if p.lower_ == "from" for o in _prep_objects(p)]


def reduced_passive_adjunct(verb: Token) -> bool:
    """A past participle heading an adverbial clause of its own, with no auxiliary and no
    subject, before the main clause ("Asked about ..., he said", "When attacked, ..."):
    a passive whose understood subject is the main clause's subject. Not a stance
    participle ("Determined to win, ...")."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or verb.head == verb:
        return False
    if verb.lemma_.lower() in STATIVE_PARTICIPLES or verb.i > verb.head.i:
        return False  # after the main clause it may be a finite clause the parser cut
    return not _children(verb, "aux", "auxpass", "nsubj", "nsubjpass", "csubj", "expl")


def misread_conjunct(verb: Token) -> bool:
    """A finite verb after a comma that the parser hung on the object before it as a
    reduced relative ("smashed four brigades, killed or wounded 1,500 soldiers"): a
    participle modifying a noun takes no direct object of its own, so a verb with one
    (or a conjunct with one) is the next verb of a list that shares the subject."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.i < 1:
        return False
    if head.dep_ != "dobj" or head.head.pos_ != "VERB" or verb.doc[verb.i - 1].text != ",":
        return False
    if head.head.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    own = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(c.dep_ == "dobj" for v in own for c in v.children)
