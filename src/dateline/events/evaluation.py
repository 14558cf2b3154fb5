"""Acts under an evaluation: "it would be foolish for Japan to strike back", "it is
important for Iran to free the hostages", "it would be wrong for us to intervene".

An infinitive with its own "for" subject under a copula with an evaluative adjective
names an act that is weighed, not one that is reported or planned: hypothetical (PLOVER
modality). A past evaluation ("it was wrong for Israel to bomb the reactor") may judge
an act that happened, so only a present or modal copula ("is", "would be") counts.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["evaluated_act"]

_PAST_TAGS = frozenset({"VBD", "VBN"})


def _for_subject(t: Token) -> bool:
    """Is ``t`` an infinitive with a "for" subject ("for Japan to strike")?"""
    children = list(t.children)
    return (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    )


def _copula(adj: Token) -> Token | None:
    """The copula an adjective is the complement of ("would be foolish"), or the
    adjective's own head when the parser made the adjective the root of its clause."""
    if adj.dep_ == "acomp" and adj.head.lemma_ == "be":
        return adj.head
    return None


def _present_or_modal(copula: Token) -> bool:
    """ "is", "would be", "will be", "could be": not a past "was"."""
    auxes = [c for c in copula.children if c.dep_ == "aux"]
    if auxes:
        return not any(a.tag_ in _PAST_TAGS and a.lemma_ in ("be", "have") for a in auxes)
    return copula.tag_ not in _PAST_TAGS


def evaluated_act(t: Token) -> str | None:
    """The evaluative adjective when ``t`` is an act weighed by "it would be ADJ for X
    to ..." (the infinitive hangs on the copula or on the adjective), else None."""
    if not _for_subject(t) or t.head == t:
        return None
    head = t.head
    if head.pos_ == "ADJ":
        copula = _copula(head)
        adjective: Token | None = head
    elif head.lemma_ == "be":
        copula = head
        adjective = next((c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    else:
        return None
    if adjective is None or copula is None or not _present_or_modal(copula):
        return None
    return adjective.text
