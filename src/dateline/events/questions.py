"""Questions: what is asked is no request, and what a question asks about is no act.

- "he asked.", "reporters asked if the dollar had bottomed out", "who asked not to be
  identified", "asked to comment on the forecast, Zimmerman said": a question, or a
  source's wish to stay unnamed, is no request of a party (CAMEO 02) (``question``);
- "Asked by reporters if Japan was expected to retaliate, Smart replied": an act in an
  if- or whether-clause of a verb of asking is what the question is about, not an act the
  text reports (``questioned_act``).

Both are rules of ``events.senses`` (``idle_sense``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from dateline.events.patterns import best_match as _best
from dateline.events.phrases import children as _children
from dateline.events.phrases import objects_of_preps

__all__ = ["question", "questioned_act"]




def _prep_objects(tok: Token, *preps: str) -> list[Token]:
    return objects_of_preps([tok], preps, ("pobj", "pcomp"))


def _passive(verb: Token) -> bool:
    """A passive clause, or a participle with a by-agent."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    )


_QUESTION_MARKS = frozenset({"if", "whether"})
_WH = frozenset({"what", "why", "how", "when", "where", "who", "whom", "which"})
_UNNAMED = frozenset({"identify", "name"})
# what a journalist asks a source to do
_ANSWERS = frozenset({"comment", "elaborate", "explain", "respond", "confirm", "say",
                      "speculate", "estimate", "predict", "describe", "assess"})


def question(verb: Token, matches: Sequence[Any]) -> bool:
    """ "asked if ...", "he asked.", "asked not to be identified": no request made."""
    if verb.lemma_.lower() != "ask" or _best(matches) != ("REQUEST", "-"):
        return False
    if _children(verb, "dobj", "dative", "agent") or _prep_objects(verb, "for"):
        return False  # "items asked by Washington": a request with its maker
    if (_passive(verb) or (verb.tag_ == "VBN" and not _children(verb, "nsubj"))) and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _ANSWERS for c in verb.children
    ):
        return True  # "asked to comment on the forecast, Zimmerman said": a question
    if verb.dep_ == "acl" or _passive(verb):
        return False
    for c in verb.children:
        if c.dep_ == "xcomp":
            if c.lemma_.lower() not in _UNNAMED or not _passive(c):
                return False  # "asked to mediate"
        elif c.dep_ in ("ccomp", "advcl"):
            words = {m.lower_ for m in c.subtree if m.dep_ in ("mark", "advmod", "nsubj",
                                                                "dobj", "attr")}
            if not words & (_QUESTION_MARKS | _WH):
                return False  # "asked that the talks resume"
    return True


_ASKING = frozenset({"ask", "question", "wonder", "inquire", "enquire", "query"})
_CLIMB = frozenset({"xcomp", "ccomp", "conj", "advcl"})


def questioned_act(verb: Token, matches: Sequence[Any]) -> bool:
    """ "Asked if Japan was expected to retaliate, Smart said": an act in an if- or
    whether-clause of a verb of asking is what the question is about, not a reported act
    ("asked whether Iran would attack"; "asked Iran to withdraw" is a request)."""
    if not matches:
        return False
    tok = verb
    for _ in range(4):
        if tok.dep_ in ("ccomp", "advcl") and tok.head.lemma_.lower() in _ASKING and any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children):
            return True
        if tok.dep_ not in _CLIMB or tok.head == tok:
            return False
        tok = tok.head
    return False
