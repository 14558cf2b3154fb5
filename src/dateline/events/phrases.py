"""Phrase structure the argument rules share: coordination (also of names and of lists
the parser read as appositions), the objects of a preposition (also across a participle
and by right-node raising), the subject of a clause a noun takes, the ones a counting
noun counts, and noun phrases the parser left without a governing verb.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

__all__ = [
    "CLAUSE_PREPS",
    "addressee_spans",
    "COUNT_NOUNS",
    "children",
    "counted",
    "expand_conjuncts",
    "noun_clause_subjects",
    "objects_of_preps",
    "prep_objects",
    "raised_object",
    "verbless",
]


def expand_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """Each token and the tokens coordinated with it, in text order, without repeats.
    Coordination is read off the whole name a token belongs to ("Barack Obama and
    Vladimir Putin" parsed with "Putin" hung on "Obama"), and a list the parser took for
    an apposition counts as one ("The US, Russia, and Switzerland met")."""
    out: dict[int, Token] = {}
    for t in tokens:
        out.setdefault(t.i, t)
        for c in _coordinated(t):
            if c.dep_ == "conj" or c.i > t.i or c.dep_ == t.dep_:
                out.setdefault(c.i, c)
    return [out[i] for i in sorted(out)]


def _coordinated(t: Token) -> list[Token]:
    found = list(t.conjuncts)
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None) if t.ent_type_ else None
    if ent is not None:
        for w in ent:
            if w.i != t.i:
                found += [c for c in w.conjuncts if not ent.start <= c.i < ent.end]
    for a in t.children:
        if a.dep_ == "appos" and any(c.dep_ == "cc" for c in a.children) and a.conjuncts:
            found += [a, *a.conjuncts]
    return found


# Prepositions whose clause gives a reason or a time, naming no party.
CLAUSE_PREPS = frozenset({"for", "by", "after", "before", "since", "without", "despite"})


def children(t: Token, *deps: str) -> list[Token]:
    """The children of ``t`` with one of the dependency labels ``deps``."""
    return [c for c in t.children if c.dep_ in deps]


def objects_of_preps(heads: Iterable[Token], preps: Iterable[str],
                     deps: tuple[str, ...] = ("pobj",)) -> list[Token]:
    """The children with a label in ``deps`` (objects) of the prepositions ``preps``
    hanging on ``heads``, in order ("sent troops *with* food" -> food); no conjuncts."""
    wanted = frozenset(preps)
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in wanted
            for o in p.children if o.dep_ in deps]


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, also through a participle the parser put between
    ("with Russia pertaining to ..." parsed as with -> pcomp -> nsubj)."""
    objs = children(prep, "pobj")
    if not objs and not children(prep, "pcomp"):
        objs = raised_object(prep) or stranded_object(prep)
    for pc in children(prep, "pcomp"):
        # "jailed him for helping militants": a reason or time clause names no party
        objs += (
            children(pc, "nsubj")
            if prep.lower_ in CLAUSE_PREPS
            else children(pc, "nsubj", "dobj", "pobj")
        )
    return expand_conjuncts(objs)


def stranded_object(prep: Token) -> list[Token]:
    """ "granted asylum to five officers holed up in ...": a preposition left without
    object because the parser made the noun after it the subject of the participle that
    follows; that noun is the preposition's object."""
    doc = prep.doc
    for clause in prep.head.children:
        if (
            clause.dep_ not in ("advcl", "ccomp", "conj")
            or clause.i <= prep.i
            or clause.tag_ not in ("VBN", "VBG", "VBD")
        ):
            continue
        subjects = [
            s for s in children(clause, "nsubj", "nsubjpass") if s.pos_ in ("NOUN", "PROPN")
        ]
        if (
            subjects
            and min(t.i for t in subjects[0].subtree) == prep.i + 1
            and not any(t.dep_ in ("aux", "auxpass", "mark") for t in clause.children)
            and not any(t.is_punct for t in doc[prep.i + 1 : clause.i])
        ):
            return subjects[:1]
    return []


def raised_object(prep: Token) -> list[Token]:
    """Right-node raising: "established ties with and opened an embassy in Tehran" - a
    preposition left without object before "and" shares the last object of the phrase
    coordinated with it (up to the next comma)."""
    doc = prep.doc
    nxt = prep.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in ("and", "or"):
        return []
    last: Token | None = None
    for t in doc[nxt + 1 : prep.sent.end]:
        if t.is_punct:
            break
        if t.dep_ == "pobj":
            last = t
    return [last] if last is not None else []


def verbless(noun: Token) -> bool:
    """Is the noun phrase governed by no verb (the parser made a noun the root)?"""
    top = noun
    while top.dep_ in ("pobj", "prep", "conj", "appos", "compound", "nmod") and top.head != top:
        top = top.head
    return top.dep_ == "ROOT" and top.pos_ in ("NOUN", "PROPN", "PRON")


# Nouns that count, group or divide what their "of" phrase names: "scores of refugees",
# "parts of Iraq and Syria".
COUNT_NOUNS = frozenset(
    {
        "score",
        "scores",
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "million",
        "millions",
        "number",
        "some",
        "many",
        "most",
        "all",
        "several",
        "few",
        "part",
        "parts",
        "half",
        "rest",
    }
)


def counted(noun: Token) -> list[Token]:
    """ "tortured scores of Sierra Leonean and Liberian refugees", "seized parts of Iraq and
    Syria": the parties are the ones counted or divided, every one of a coordination (the
    noun itself when it counts nothing)."""
    if noun.lower_ not in COUNT_NOUNS and noun.lemma_.lower() not in COUNT_NOUNS:
        return [noun]
    objs = [o for p in children(noun, "prep") if p.lower_ == "of" for o in prep_objects(p)]
    return objs or [noun]


def noun_clause_subjects(noun: Token) -> list[Token]:
    """The subject of a "that" clause a noun takes: "its demand that Israel ease ...",
    also when the clause is set after the verb the noun is object of ("reiterated its
    demand today that Israel ease ...")."""
    clauses = list(noun.children)
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i]
    out: list[Token] = []
    for c in clauses:
        if c.dep_ in ("acl", "ccomp") and any(
            m.lower_ == "that" and m.dep_ == "mark" for m in c.children
        ):
            out += children(c, "nsubj", "nsubjpass")
    return out


# Prepositions that name what a complaint is about ("complained over Israeli raids",
# "protested about the arrests", "appealed against the ban").
_GRIEVANCE_PREPS = frozenset({"over", "about", "against"})


def addressee_spans(verb: Token) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the "to" phrases (the addressee) and of the "over/about/against"
    phrases (the grievance) hanging on a verb of complaint: "complained to the United
    Nations over Israeli raids" - the UN hears the complaint, Israel is its target."""
    to: list[tuple[int, int]] = []
    over: list[tuple[int, int]] = []
    for prep in children(verb, "prep", "dative"):
        low = prep.lower_
        if low not in _GRIEVANCE_PREPS and low != "to":
            continue
        sub = sorted(prep.subtree, key=lambda t: t.i)
        span = (sub[0].idx, sub[-1].idx + len(sub[-1]))
        (to if low == "to" else over).append(span)
    return to, over
