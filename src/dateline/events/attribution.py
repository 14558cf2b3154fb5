"""Attribution: who says so ("officials said", "according to a ministry statement", "as
per sources"). Split from ``modality``."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dateline.events.modality import SAY_VERBS, clause_verb

__all__ = ["Attribution", "attribution_for"]


@dataclass(frozen=True)
class Attribution:
    text: str
    head: Token  # head token of the source of the claim ("officials", "statement")
    cue: str  # "said", "according to", "as per"


def _np_text(head: Token) -> tuple[str, int, int]:
    left = min(
        t.i for t in head.subtree if t.dep_ not in ("punct", "relcl", "acl") or t.i == head.i
    )
    right = max(t.i for t in head.subtree)
    span = head.doc[left : right + 1]
    return span.text.strip(" ,"), span.start_char, span.end_char


def attribution_for(trigger: Token, sentence: Span) -> Attribution | None:
    """Who says so: the subject of a reporting verb over the trigger's clause, or an
    "according to X" / "as per X" phrase in the sentence."""
    t = clause_verb(trigger)
    for _ in range(8):
        if t.head == t:
            break
        parent = t.head
        if (
            t.dep_ in ("ccomp", "parataxis", "advcl", "conj", "xcomp")
            and parent.lemma_ in SAY_VERBS
            and parent != trigger
        ):
            subjects = [c for c in parent.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return Attribution(_np_text(subjects[0])[0], subjects[0], parent.text)
        t = parent
    # "said X" after a quotation: the root is the reporting verb and the trigger its ccomp
    root = sentence.root
    if root.lemma_ in SAY_VERBS and root != trigger:
        subjects = [c for c in root.children if c.dep_ in ("nsubj",)]
        if subjects and trigger.i in {x.i for x in root.subtree}:
            return Attribution(_np_text(subjects[0])[0], subjects[0], root.text)
    for tok in sentence:
        low = tok.lower_
        if low == "according" or (low == "per" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as"):
            objs = [o for o in tok.subtree if o.dep_ == "pobj"]
            if objs:
                cue = "according to" if low == "according" else "as per"
                return Attribution(_np_text(objs[0])[0], objs[0], cue)
    return None
