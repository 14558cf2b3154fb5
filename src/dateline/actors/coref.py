"""Within-article coreference of people: short names and pronouns back to the full
mention.

- Names: a later "Singh" (which spaCy sometimes tags GPE) or "Rajnath Singh" joins the
  most recent earlier person whose name ends with, or equals, those words.
- Pronouns (he/him/his/she/her): the most salient earlier person, preferring subjects
  (centering): first a subject before the pronoun in the same sentence, then a subject
  of the previous sentences (up to three back), then the nearest earlier person. A
  pronoun inside a mention never resolves to that mention ("his" in "his Russian
  counterpart" is not the counterpart).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from dateline.actors.countries import fold
from dateline.actors.roles import CORPORATE_SUFFIXES

__all__ = ["company_key", "link_names", "name_key", "resolve_pronoun"]

_SUBJ = {"nsubj", "nsubjpass", "csubj"}


def name_key(name: str) -> tuple[str, ...]:
    return tuple(w for w in fold(name).replace("-", " ").split() if w not in (".",))


def company_key(name: str) -> tuple[str, ...]:
    """A company's name without its corporate ending ("Dubin Clark and Co" -> dubin clark)."""
    key = list(name_key(name))
    while key and key[-1] in CORPORATE_SUFFIXES:
        key.pop()
    if key and key[-1] in ("and", "&"):
        key.pop()
    return tuple(key)


def link_names(names: Sequence[tuple[int, str | None]]) -> dict[int, int]:
    """``names``: (mention index, name) in text order, people only. Returns mention index
    -> index of the earlier mention it repeats (the chain's first full mention)."""
    out: dict[int, int] = {}
    seen: list[tuple[int, tuple[str, ...]]] = []
    family_first: set[int] = set()  # East Asian names: "Li Ka-shing", "Moon Jae-in"
    for idx, name in names:
        if not name:
            continue
        key = name_key(name)
        if not key:
            continue
        target = None
        for prev_idx, prev_key in reversed(seen):
            if key == prev_key or (len(key) < len(prev_key) and prev_key[-len(key):] == key):
                target = prev_idx
                break
            if len(key) == 1 and key[0] == prev_key[0] and prev_idx in family_first:
                target = prev_idx  # "Li Ka-shing ... Li said": the family name comes first
                break
            if len(key) > len(prev_key) and key[-len(prev_key):] == prev_key:
                target = prev_idx  # a fuller name after a short one
                break
        if target is not None:
            out[idx] = out.get(target, target)
        seen.append((idx, key))
        words = name.split()
        if len(words) == 2 and "-" in words[1].strip("-") and words[1][:1].isupper():
            family_first.add(idx)  # a hyphenated given name after the family name
    return out


def resolve_pronoun(doc: Doc, pron: int, people: Sequence[tuple[int, int, int, int]],
                    sents: Sequence[Span] | None = None) -> int | None:
    """``people``: (mention index, start, end, head) of person mentions (singular), in text
    order. Returns the mention index the pronoun at token ``pron`` refers to."""
    sent = doc[pron].sent
    before = [p for p in people if p[3] < pron and not (p[1] <= pron < p[2])]
    if not before:
        return None
    same = [p for p in before if p[3] >= sent.start]
    subj_same = [p for p in same if doc[p[3]].dep_ in _SUBJ]
    if subj_same:
        return subj_same[-1][0]
    if sents is None:
        sents = list(doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start == sent.start), 0)
    for back in range(1, 4):
        if k - back < 0:
            break
        s = sents[k - back]
        subj = [p for p in before if s.start <= p[3] < s.end and doc[p[3]].dep_ in _SUBJ]
        if subj:
            return subj[0][0]
    if same:
        return same[-1][0]
    return before[-1][0]
