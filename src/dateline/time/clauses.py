"""Dependency-tree helpers for event dating: clause heads, tense, where a timex attaches.

All functions take spaCy tokens of one parsed ``Doc``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = [
    "EVENT_NOUNS",
    "attachment",
    "clause_head",
    "governing_verb",
    "token_tense",
]

# a dependent reached through one of these labels starts a new clause (its own event/time)
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis"})

# nouns that name events and can anchor other events ("during the visit")
EVENT_NOUNS = frozenset(
    {
        "visit",
        "trip",
        "tour",
        "journey",
        "stay",
        "talks",
        "talk",
        "meeting",
        "summit",
        "conference",
        "discussion",
        "negotiation",
        "election",
        "vote",
        "referendum",
        "attack",
        "strike",
        "raid",
        "bombing",
        "exercise",
        "drill",
        "ceremony",
        "session",
        "signing",
        "launch",
        "offensive",
        "operation",
        "ceasefire",
        "truce",
        "protest",
        "rally",
        "march",
        "clash",
        "war",
        "battle",
        "siege",
        "invasion",
        "crisis",
        "hearing",
        "trial",
        "event",
        "festival",
        "games",
        "forum",
        "dialogue",
        "consultation",
        "inauguration",
        "funeral",
        "celebration",
        "parade",
        "deployment",
        "mission",
        "stopover",
        "sojourn",
        "outing",
    }
)

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})
_MODAL = frozenset({"might", "may", "could", "would", "should", "must", "can"})
_FUTURE_HEADS = frozenset(
    {
        "schedule",
        "expect",
        "plan",
        "set",
        "due",
        "slate",
        "intend",
        "hope",
        "aim",
        "want",
        "seek",
        "propose",
        "prepare",
        "poise",
        "likely",
        "go",
        "decide",
        "agree",
    }
)


def clause_head(tok: Token) -> Token:
    """The verb (or root) heading ``tok``'s clause; xcomp chains count as one clause."""
    cur = tok
    for _ in range(40):
        if cur.dep_ in CLAUSE_DEPS or cur.dep_ == "ROOT" or cur.head == cur:
            return cur
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and cur.head.pos_ in ("VERB", "AUX"):
            return cur
        cur = cur.head
    return cur


def governing_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` (``tok`` itself when it is a verb)."""
    cur = tok
    for _ in range(40):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
            return cur
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def token_tense(tok: Token, _depth: int = 0) -> str | None:
    """ "past", "perfect", "present", "future" or None for the verb governing ``tok``.

    A non-finite verb ("pertaining", "to visit") takes the tense of the clause above it.
    """
    verb = governing_verb(tok)
    if verb is None:
        return None
    own = _finite_tense(verb)
    if own is None and _depth < 4 and verb.head is not verb and verb.dep_ != "ROOT":
        return token_tense(verb.head, _depth + 1)
    return own


def _finite_tense(verb: Token) -> str | None:
    cur: Token | None = verb
    # climb xcomp chains: "is scheduled to visit" / "will be expected to attend"
    chain = [verb]
    while cur is not None and cur.dep_ == "xcomp" and cur.head is not cur:
        cur = cur.head
        chain.append(cur)
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        lowers = {a.lower_ for a in auxes}
        if lowers & _FUTURE_AUX:
            return "future"
        if lowers & _MODAL:
            return "future" if not (lowers & {"have"}) else "past"
        if "had" in lowers and v.tag_ == "VBN":
            return "perfect"
        if lowers & {"has", "have"} and v.tag_ == "VBN":
            return "past"
        if v.lemma_.lower() in _FUTURE_HEADS and v is not verb:
            return "future"
        if any(a.lower_ in ("is", "are", "am") for a in auxes) and "going" in {v.lower_}:
            return "future"
        if any(a.tag_ == "VBD" for a in auxes) or v.tag_ == "VBD":
            return "past"
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes) or v.tag_ in ("VBZ", "VBP"):
            if v.lemma_ == "go" and v.tag_ == "VBG" and any(c.lower_ == "to" for c in v.rights):
                return "future"  # "is going to sign"
            return "present"
    if verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "conj", "ccomp"):
        return "past"
    return None


def attachment(span: Span) -> tuple[Token, str | None]:
    """The token a temporal expression modifies, and the preposition in between if any.

    "signed [on [Monday]]" -> (signed, "on"); "[last week], Singh travelled" -> (travelled,
    None); "[three-day] visit" -> (visit, None). A prepositional phrase the parser attached
    to a plain noun ("his visit to Russia [on Monday]") is lifted to the nearest verb or
    event noun above it.
    """
    root = span.root
    prep: str | None = None
    head = root.head
    if root.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head is not root:
        prep = head.lower_
        head = head.head
        for _ in range(8):
            if head.pos_ in ("VERB", "AUX") or head.lemma_.lower() in EVENT_NOUNS:
                break
            if head.head == head:
                break
            head = head.head
    elif root.dep_ == "ROOT" or head == root:
        return root, None
    return head, prep
