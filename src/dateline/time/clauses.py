"""Dependency-tree helpers for event dating: clause heads, tense, where a timex attaches.

All functions take spaCy tokens of one parsed ``Doc``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

__all__ = [
    "EVENT_NOUNS",
    "forward_matrix",
    "frames_discourse",
    "attachment",
    "below_by_complement",
    "clause_head",
    "dateline_end",
    "governing_verb",
    "main_line",
    "preposed",
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


# "NEW YORK, July 5 -", "WASHINGTON, Nov. 4 (Reuters) --": the place and date a wire story
# was filed from, ahead of its first sentence; the pipeline parses it as a sentence of its
# own, its dash replaced by a full stop and spaces ("NEW YORK, July 5.  The ...")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*"
    r"(?:,\s*[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+)*)*"
    r",?\s*" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?"
    r"(?:\s*\([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*\))?"
    r"(?:\s*(?:-+|\u2013|\u2014|:)\s|\.\s\s)"
)


def dateline_end(text: str) -> int:
    """The offset where a wire story's dateline header ("NEW YORK, July 5 - ") ends, 0
    without one. Its date is the filing date, not the time of any event."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def main_line(tok: Token) -> bool:
    """Is ``tok``'s clause on the sentence's main line: the root, a clause coordinated with
    it, or the content of a reporting root ("Canada imposed sanctions on Friday, the minister
    said")? Not a relative, adverbial or complement-of-a-verb clause ("after the aircraft
    flew close last week", "who was arrested last month")."""
    cur = clause_head(tok)
    for _ in range(10):
        if cur.dep_ == "ROOT" or cur.head == cur:
            return True
        if cur.dep_ not in ("conj", "ccomp", "parataxis"):
            return False
        cur = clause_head(cur.head)
    return False


def preposed(span: Span) -> bool:
    """Does the temporal adverbial open its sentence ("*Last week*, Singh had travelled",
    "*On Monday*, the army ...")? A preposed adverbial frames the discourse that follows,
    not only its own clause."""
    sent = span.sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None:
        return False
    if first.i >= span.start:
        return first.i < span.end
    return first.dep_ == "prep" and first.i == span.start - 1 and span.root.head == first


# verbs whose infinitive complement is a later, separate event ("agreed to hold patrols
# next year", "invited Weber to visit in the spring"); a purpose infinitive after an act
# ("sent helicopters to help with rescues earlier this month") shares the act's time
_FORWARD = frozenset(
    {
        "agree",
        "invite",
        "plan",
        "decide",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "offer",
        "urge",
        "ask",
        "call",
        "order",
        "refuse",
        "want",
        "seek",
        "hope",
        "expect",
        "aim",
        "intend",
        "propose",
        "prepare",
        "encourage",
        "allow",
        "permit",
        "approve",
        "authorize",
        "authorise",
        "demand",
        "request",
        "persuade",
        "press",
        "tell",
        "consider",
        "rule",  # "did not rule out seeking sanctions"
    }
)


def below_by_complement(tok: Token, verb: Token) -> bool:
    """Is ``tok`` (a verb) inside the infinitive complement of a forward-looking ``verb``
    ("agreed to *hold* patrols next year", "invited Weber to *visit* Beijing in the
    spring")? The complement's time is its own, not the time of the agreeing or inviting."""
    if verb.lemma_.lower() not in _FORWARD:
        return False
    cur = tok
    for _ in range(6):
        if cur == verb or cur.head == cur:
            return False
        if cur.dep_ != "xcomp":
            return False
        if cur.head == verb:
            return True
        cur = cur.head
    return False


def forward_matrix(tok: Token) -> Token | None:
    """The forward-looking verb whose infinitive or gerund complement ``tok`` is ("agreed
    to *hold* patrols", "had not ruled out *seeking* sanctions"), None otherwise."""
    cur = tok
    for _ in range(6):
        if cur.dep_ != "xcomp" or cur.head == cur:
            return None
        if cur.head.lemma_.lower() in _FORWARD:
            return cur.head
        cur = cur.head
    return None


def frames_discourse(clause: Token) -> bool:
    """Does the main clause's time frame this subordinate clause? Not for a relative
    clause about a participant ("soldiers who lost their lives"), yes for a "where" /
    "when" clause that continues the narrative ("travelled to Tashkent where he
    represented India")."""
    if clause.dep_ in ("relcl", "acl"):
        return any(c.lower_ in ("where", "when") for c in clause.children)
    return True
