"""The content of an event: clauses that say what an act is about, not acts of their own.

CAMEO and PLOVER code the act a sentence reports. A clause governed by an event can be its
content rather than a second event (``content_acts``): its purpose ("met to discuss", "used
tear gas to disperse"; a speech act stays: "rallied to demand"), what is threatened, agreed,
refused or asked for ("threatened to ban", "agreed to lift", "asked Obama to help Iran"),
what an allegation alleges, the offence a punishment names ("jailed for helping
militants"), what a signed agreement commits its parties to, the topic of a meeting.
``content_tokens`` gathers the tokens of all such clauses so the extractor codes none of
them; ``events.frames`` uses ``content_acts`` to code an agreement, threat or request by
its content.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dateline.events.phrases import objects_of_preps
from dateline.types import Event

__all__ = ["complement_act", "content_acts", "content_tokens", "infinitive"]


def infinitive(tok: Token) -> bool:
    """A verb with its own "to": "to discuss", "to help"."""
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def complement_act(verb: Token) -> tuple[list[Token], Token] | None:
    """(the addressed party, the act) of "V X to do": the object with an infinitive
    complement, or an infinitival clause with its own subject (as spaCy parses
    "allowed the leader to address")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    for c in verb.children:
        if not infinitive(c):
            continue
        if c.dep_ == "xcomp" and objs:
            return objs, c
        subj = [s for s in c.children if s.dep_ == "nsubj"]
        if c.dep_ == "ccomp" and subj:
            return subj, c
    return None


_ALLEGING = frozenset({"ACCUSE", "DISAPPROVE"})
_CHARGING = frozenset({"COERCE", "SANCTION"})
_ASKING = frozenset({"REQUEST", "DEMAND"})
_VOICED = frozenset({"DEMAND", "REQUEST", "ACCUSE", "DISAPPROVE"})
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# acts whose infinitival complement is what is threatened, agreed or asked for
_COMPLEMENTED = frozenset({"THREATEN", "AGREE", "REQUEST", "DEMAND", "REJECT"})


def _purpose(tok: Token) -> bool:
    """An infinitival adverbial clause of its own: "met to discuss", "in order to allow"."""
    return (
        tok.dep_ == "advcl"
        and infinitive(tok)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _noun_content(noun: Token) -> list[Token]:
    """ "its demand that Israel ease restrictions", "allegations that it had played a
    role", "a call for the army to withdraw": the clause the noun reports."""
    out = []
    # "reiterated its demand today that ...": the parser hangs the extraposed clause on
    # the verb whose object the noun is
    extra = [c for c in noun.head.children if c.dep_ == "ccomp"] if noun.dep_ == "dobj" else []
    for c in [*noun.children, *extra]:
        if c.pos_ not in ("VERB", "AUX") or c.dep_ not in ("acl", "ccomp"):
            continue
        marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        subject = any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
        if marked or (c.dep_ == "ccomp" and c.head == noun) or (subject and infinitive(c)):
            out.append(c)
    return out


def content_acts(verb: Token, type_: str) -> list[Token]:
    """The heads of the clauses that are the content of the event ``verb`` triggers, not
    events of their own: its purpose ("used tear gas to disperse protesters", "met to
    discuss"); what a threat, an agreement or a request is about ("threatened to ban",
    "agreed to lift", "asked Obama to help"); what an allegation alleges ("alleged that
    the army helped"); the offence a punishment names ("jailed for helping militants");
    what a signed agreement commits its parties to ("an agreement that commits ...")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    topics = (
        # "a summit on the unrest in Iran", "talks about the withdrawal"
        objects_of_preps([verb, *objects], _TOPIC_PREPS)
        if type_ == "CONSULT"
        else []
    )
    if verb.pos_ in ("NOUN", "PROPN"):
        return topics + (_noun_content(verb) if type_ in _ASKING | _ALLEGING else [])
    if verb.pos_ not in ("VERB", "AUX"):
        return topics
    out = [
        c
        for c in verb.children
        if _purpose(c)
        or (c.dep_ == "xcomp" and infinitive(c) and (objects or type_ in _COMPLEMENTED))
    ]
    if type_ in _ASKING:  # "asked Obama to help Iran", "demanded that Iran withdraw"
        found = complement_act(verb)
        if found is not None:
            out.append(found[1])
        out += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        # "called for the UN to intervene": the clause the "for" introduces
        out += [
            c
            for c in verb.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        ]
    if type_ in _ALLEGING or type_ == "THREATEN":  # "warned that it would not bow"
        out += [c for c in verb.children if c.dep_ == "ccomp"]
    if type_ in _CHARGING:
        out += [o for o in objects_of_preps([verb], ("for", "with"), ("pcomp",))
                if o.tag_ == "VBG"]
    if type_ == "AGREE":
        out += [r for o in objects for r in o.children if r.dep_ == "relcl"]
    if type_ == "MOBILIZE":  # "the army prepared to resume shelling": what it readies for
        out += [c for c in verb.children if c.dep_ == "xcomp" and infinitive(c)]
    if type_ in _COMPLEMENTED:  # "rejected an invitation to attend the meeting"
        out += [r for o in objects for r in o.children if r.dep_ == "acl" and infinitive(r)]
    return out + topics


def _voiced(act: Event | None, host: Event) -> bool:
    """ "rallied to demand the release": a speech act in a purpose clause is performed by
    the act it is the purpose of (the rally voices the demand), so it stays an event."""
    return act is not None and act.type in _VOICED and act.type != host.type


def content_tokens(found: Sequence[tuple[Token, Event]]) -> set[int]:
    """The tokens of every clause that is the content of one of ``found``'s events."""
    by_token = {tok.i: ev for tok, ev in found}
    out: set[int] = set()
    for tok, ev in found:
        for head in content_acts(tok, ev.type):
            if (
                head.head == tok
                and head.dep_ in ("advcl", "xcomp")
                and ev.type not in _COMPLEMENTED
                and _voiced(by_token.get(head.i), ev)
            ):
                continue
            out |= _content_span(head)
    return out


def _content_span(head: Token) -> set[int]:
    """The clause under ``head``, without the clauses that describe its participants
    ("to disperse demonstrators protesting the results": the protest is asserted)."""
    out = {head.i}
    for c in head.children:
        if c.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            continue
        out |= _content_span(c)
    return out
