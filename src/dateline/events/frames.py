"""Clausal frames that decide which of a sentence's candidate events it reports.

A control verb and the verb it governs can both look like events; these rules say which
one the sentence asserts (CAMEO and PLOVER code the act, not its restatement):

- a commitment to an act that is itself an event ("pledged to expel the leaders") is
  that act, planned: the commitment is its modality (a bare "pledged to democratize"
  stays AGREE);
- an intent verb with an infinitive ("seeking to deepen ties") marks the intended act's
  modality; it is no request by itself (a request needs something sought: "sought aid");
- a permission with a clausal complement ("allowed the opposition leader to address the
  rally") is a concession by the one who allows (PLOVER CONCEDE: easing restrictions on
  persons and organisations); the permitted act is its content, not an event;
- an order to stop, close or leave addressed to a party under the orderer's own
  jurisdiction ("the government ordered the newspaper to suspend publication") is
  coercion by the orderer (PLOVER COERCE, CAMEO 17); addressed to another state it stays
  a demand; the ordered act is its content;
- the outcome of an attack ("bombarded the city, killing eight", "were killed in an air
  strike") restates that attack: one ASSAULT event, not two;
- the content of an act is no event of its own (``content_acts``, in ``events.content``):
  the purpose of an event ("met to discuss", "used tear gas to disperse"; a speech act
  stays: "rallied to demand"), what is threatened, agreed, refused or asked for
  ("threatened to ban", "agreed to lift", "asked Obama to help Iran"), what an allegation
  alleges, the offence a punishment names ("jailed for helping militants"), the topic of
  a meeting;
- an agreement, threat, request, demand or refusal takes its CAMEO code from its content
  ("agreed to lift the sanctions" 0354, "threatened to attack" 1384); every act that is
  only planned or hypothetical gets CAMEO's intent or threat code (``recoded``);
- a claim of responsibility (CAMEO 015) with no target of its own is aimed at the target
  of the act it claims ("claimed responsibility for the rocket attack on Israel");
- some verbs code no act: a person "sought in the slaying" (``wanted_person``), "refused
  to comment" (``no_comment``); an uncoded subject still voices accusations, requests,
  demands and rejections, and a document any speech act (``speech_subject``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from dateline.events.cameo import content_cameo, modal_cameo, plover_to_cameo
from dateline.events.claims import claimant_act, unclaimed
from dateline.events.content import complement_act, content_acts, content_tokens, infinitive
from dateline.events.conventions import RulePattern, intent_expressed
from dateline.types import Actor, Event

__all__ = [
    "committed_act",
    "content_acts",
    "content_tokens",
    "speech_subject",
    "directed_cessation",
    "frame_pattern",
    "intent_only",
    "no_comment",
    "merge_restatements",
    "permitted_parties",
    "recoded",
    "same_jurisdiction",
    "wanted_person",
]

_INTENT = frozenset({"seek", "try", "attempt", "strive", "aim", "endeavour", "endeavor"})
_PERMIT = frozenset({"allow", "permit", "let"})
_DIRECTIVE = frozenset({"order", "force", "compel", "direct", "instruct", "oblige"})
# "force"/"compel" are coercive whoever is addressed; an order only within jurisdiction
_FORCE = frozenset({"force", "compel", "oblige"})
_CESSATION = frozenset(
    {
        "suspend",
        "stop",
        "halt",
        "cease",
        "close",
        "shut",
        "leave",
        "quit",
        "vacate",
        "evacuate",
        "abandon",
        "disband",
        "dissolve",
        "resign",
        "surrender",
        "end",
    }
)
_COMMISSIVE = frozenset({"pledge", "promise", "vow", "undertake"})
_HELP = frozenset({"help"})
# what an attack did: "attacked a village, killing 14 people and burning dozens of homes"
_OUTCOME = frozenset(
    {"kill", "wound", "injure", "maim", "hurt", "burn", "destroy", "raze", "torch", "damage"}
)


def intent_only(verb: Token) -> bool:
    """ "seeking to deepen ties": an intent verb whose only complement is an infinitive."""
    if verb.lemma_.lower() not in _INTENT:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and infinitive(c) for c in verb.children)


_WANTED = frozenset({"seek", "want"})
_PERSON_NOUNS = frozenset(
    {
        "man",
        "woman",
        "person",
        "people",
        "suspect",
        "fugitive",
        "youth",
        "militant",
        "gunman",
        "assailant",
        "attacker",
        "culprit",
        "perpetrator",
        "national",
        "citizen",
        "member",
        "leader",
        "official",
        "officer",
        "soldier",
    }
)


def _person(tok: Token) -> bool:
    return (
        tok.ent_type_ in ("PERSON", "NORP")
        or tok.lemma_.lower() in _PERSON_NOUNS
        or tok.pos_ == "PRON"
    )


def wanted_person(verb: Token) -> bool:
    """ "two men sought in the slaying", "he is wanted for murder": a person sought by
    the police is a suspect, not the object of a request (a request needs something
    asked for: "aid sought by Iraq")."""
    if verb.lemma_.lower() not in _WANTED or verb.tag_ != "VBN":
        return False
    if verb.dep_ == "acl":
        return _person(verb.head)
    return any(c.dep_ == "nsubjpass" and _person(c) for c in verb.children)


_REFUSE = frozenset({"refuse", "decline"})
_COMMENT = frozenset(
    {"comment", "elaborate", "confirm", "say", "speculate", "disclose", "reveal", "discuss"}
)


def no_comment(verb: Token) -> bool:
    """ "The ministry refused to comment on the report": a refusal to comment, confirm or
    elaborate answers a journalist; it rejects no one's proposal or demand."""
    if verb.lemma_.lower() not in _REFUSE:
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp" and infinitive(c)]
    return bool(acts) and all(
        a.lemma_.lower() in _COMMENT and not any(c.dep_ == "dobj" for c in a.children) for a in acts
    )


def committed_act(verb: Token) -> Token | None:
    """ "pledged to expel the leaders": the act a commissive verb commits its subject to;
    "helped broker a ceasefire": the act its subject takes part in (the helper does the
    act with others; no aid is given to anyone)."""
    lemma = verb.lemma_.lower()
    if lemma not in _COMMISSIVE and lemma not in _HELP:
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None  # "pledged support", "helped Iraq rebuild": the verb is the event
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            # "helped broker": a bare infinitive only ("helped to negotiate" is read as
            # planned by the modality of "to", though "help" entails its act)
            and (infinitive(c) if lemma in _COMMISSIVE else c.tag_ == "VB" and not infinitive(c))
        ),
        None,
    )


def permitted_parties(verb: Token) -> tuple[list[Token], Token] | None:
    """ "allowed X to participate": (X, participate)."""
    if verb.lemma_.lower() not in _PERMIT:
        return None
    return complement_act(verb)


def directed_cessation(verb: Token) -> tuple[list[Token], Token] | None:
    """ "ordered X to suspend publication", "forced X to close": (X, the act)."""
    if verb.lemma_.lower() not in _DIRECTIVE:
        return None
    found = complement_act(verb)
    if found is None or found[1].lemma_.lower() not in _CESSATION:
        return None
    return found


def same_jurisdiction(verb: Token, sources: Sequence[Actor], targets: Sequence[Actor]) -> bool:
    """Whether an order is enforced rather than demanded: "force"/"compel" always; an
    order when the addressed party is domestic (same country, or of no state) to a
    coded orderer."""
    if verb.lemma_.lower() in _FORCE:
        return True
    src = {a.country for a in sources if a.country}
    if not src or not targets:
        return False
    return all(a.country in src or (not a.country and a.kind != "country") for a in targets)


def frame_pattern(
    verb: Token,
    permit: bool,
    sources: Sequence[Actor],
    targets: Sequence[Actor],
    act_matches: Sequence[Any],
) -> RulePattern | None:
    """The reading of a permission (CONCEDE 080) or of an order to stop, close or leave:
    COERCE within the orderer's jurisdiction, typed by the ordered act when that act is
    itself coercive ("ordered the newspaper to suspend publication": censorship), else
    None (the lexicon's DEMAND stands)."""
    lemma = verb.lemma_.lower()
    if permit:
        return RulePattern(lemma, "CONCEDE", None, "080", source="frame")
    if not same_jurisdiction(verb, sources, targets):
        return None
    act = act_matches[0] if act_matches and act_matches[0].type == "COERCE" else None
    if act is not None:
        return RulePattern(lemma, "COERCE", act.mode, act.cameo, source="frame")
    return RulePattern(lemma, "COERCE", None, plover_to_cameo("COERCE", None), source="frame")


def _outcome_host(tok: Token, by_token: dict[int, Event]) -> int | None:
    """The token of the attack whose outcome ``tok`` states, if that attack is an event."""
    if tok.lemma_.lower() not in _OUTCOME:
        return None
    head = tok.head
    if (
        tok.dep_ in ("advcl", "conj", "xcomp")
        and tok.tag_ == "VBG"
        and head.i != tok.i
        and head.i in by_token
        and by_token[head.i].type == "ASSAULT"
    ):
        return head.i  # "bombarded the city, killing eight"
    for prep in tok.children:  # "were killed in an air strike", "killed by shelling"
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by", "during"):
            for o in prep.children:
                if (
                    o.dep_ in ("pobj", "pcomp")
                    and o.i in by_token
                    and by_token[o.i].type == "ASSAULT"
                ):
                    return o.i
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    for c in tok.children:  # "were killed when troops shelled the village"
        if passive and c.dep_ == "advcl" and c.i in by_token and by_token[c.i].type == "ASSAULT":
            return c.i
    return None


def _fill(host: Event, part: Event) -> Event:
    """The host attack with the parties only its outcome names."""
    sources: tuple[Actor, ...] = host.sources or part.sources
    targets: tuple[Actor, ...] = host.targets or part.targets
    if sources == host.sources and targets == host.targets:
        return host
    return replace(
        host, sources=sources, targets=targets, rule=f"{host.rule}; outcome:{part.trigger}"
    )


def _token_at(tok: Token, i: int) -> Token:
    """The token at document index ``i`` of ``tok``'s document."""
    return tok.doc[i]


def merge_restatements(found: Sequence[tuple[Token, Event]], dropped: set[int]) -> list[Event]:
    """A sentence's events without those that restate another: outcomes of an attack
    folded into it, and the acts ``dropped`` (tokens whose act is the content of a
    permission or an order coded on the governing verb)."""
    found = recoded(found)
    by_token = {tok.i: ev for tok, ev in found}
    merged: dict[int, Event] = dict(by_token)
    for tok, ev in found:
        if tok.i in dropped:
            merged.pop(tok.i, None)
            continue
        if ev.type != "ASSAULT":
            continue
        host = _outcome_host(tok, by_token)
        seen = {tok.i}
        while host is not None and host not in merged and host not in seen:
            # "attacked, killing 14 and burning homes": the outcome of an outcome
            seen.add(host)
            host = _outcome_host(_token_at(tok, host), by_token)
        if host is not None and host in merged:
            merged[host] = _fill(merged[host], ev)
            merged.pop(tok.i, None)
    for tok, ev in found:
        if tok.i in merged and not merged[tok.i].targets and ev.type in _ASKED:
            # "pushed for the US to back the plan": the one asked is the asked act's doer
            doers = [
                by_token[h.i].sources
                for h in content_acts(tok, ev.type)
                if h.i in by_token and h.i != tok.i and by_token[h.i].sources
            ]
            if doers:
                rule = f"{ev.rule}; asked:{doers[0][0].text}"
                merged[tok.i] = replace(merged[tok.i], targets=doers[0], rule=rule)
        found_claim = _claimed_act(tok, by_token) if tok.i in merged else None
        if found_claim is not None:
            at, claimed = found_claim
            if at in merged and merged[tok.i].sources and unclaimed(merged[at]):
                # "al-Shabab claimed responsibility for the attack": the claimant did it,
                # not the unidentified gunmen of the place (``parties``)
                merged[at] = claimant_act(merged[at], merged[tok.i])
                claimed = merged[at]
            if not merged[tok.i].targets and claimed.targets:
                rule = f"{ev.rule}; claimed:{claimed.trigger}"
                merged[tok.i] = replace(merged[tok.i], targets=claimed.targets, rule=rule)
    return [merged[tok.i] for tok, _ in found if tok.i in merged]


_CLAIMED = frozenset({"responsibility", "credit"})
_ASKED = frozenset({"REQUEST", "DEMAND"})


def _claimed_act(verb: Token, by_token: dict[int, Event]) -> tuple[int, Event] | None:
    """ "claimed responsibility for a deadly attack targeting shoppers in Kenya": the
    first event told in the "for" phrase of a claim of responsibility (CAMEO 015), whose
    targets are the claim's."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    claims = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _CLAIMED]
    if not claims:
        return None
    heads = [verb, *claims]
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "for":
                for i in sorted(t.i for t in p.subtree):
                    if i in by_token and i != verb.i:
                        return i, by_token[i]
    return None


def recoded(found: Sequence[tuple[Token, Event]]) -> list[tuple[Token, Event]]:
    """The events with the CAMEO code of what they report (``cameo.content_cameo``): an
    agreement, a threat, a request, a demand or a refusal coded by its content act (or
    by the refused act of a stated refusal), then any act by its modality
    (``cameo.modal_cameo``: cooperation its doer means to do is intent 03x, such conflict
    a threat; ``conventions.intent_expressed``)."""
    by_token = {tok.i: ev for tok, ev in found}
    out = []
    for tok, ev in found:
        code = ev.cameo
        for key in _FOLDED_ACT.get(ev.type, ()):
            # the act a refusal, a "must" demand or a conditional threat was made of: the
            # verb's own act comes before its content ("would not give permission to
            # Russia to help": the permission is refused, 124)
            act_type = ev.extras.get(f"{key}_type")
            act_code = ev.extras.get(f"{key}_cameo") or (
                plover_to_cameo(act_type) if act_type else None)
            code = content_cameo(ev.type, code, act_code)
        if ev.type in _CONTENT_CODED:
            acts = [by_token[h.i] for h in content_acts(tok, ev.type)
                    if h.i in by_token and h.i != tok.i]
            if acts:
                code = content_cameo(ev.type, code, acts[0].cameo)
        code = modal_cameo(code, ev.modality, intent_expressed(tok))
        out.append((tok, ev if code == ev.cameo else replace(ev, cameo=code)))
    return out


_CONTENT_CODED = frozenset({"AGREE", "THREATEN", "REQUEST", "DEMAND", "REJECT"})
# extras (``events.assemble``) naming the act an event was turned from
_FOLDED_ACT = {"REJECT": ("refused",), "DEMAND": ("demanded",), "THREATEN": ("threatened",)}
# speech acts a document can perform: "a report alleged", "the resolution demanded"
_SPEECH_TYPES = frozenset({"ACCUSE", "DISAPPROVE", "REQUEST", "DEMAND", "REJECT", "THREATEN"})
_AGENT_ONLY = frozenset({"ACCUSE", "DISAPPROVE", "REQUEST", "DEMAND", "REJECT"})
DOCUMENT_NOUNS = frozenset(
    {
        "report",
        "statement",
        "document",
        "study",
        "survey",
        "dossier",
        "letter",
        "communique",
        "resolution",
        "declaration",
        "investigation",
        "inquiry",
        "probe",
        "review",
        "audit",
        "finding",
        "verdict",
        "ruling",
        "indictment",
        "editorial",
        "memo",
        "petition",
    }
)


def speech_subject(subjects: Sequence[Token], type_: str) -> bool:
    """Whether an uncoded subject still voices the act: any subject of an accusation, a
    request, a demand or a rejection ("members of the association investigated", storms
    do none of these), and a document for any speech act ("a report alleged that ...":
    its author is the source). Otherwise "the storm killed 60 people": no actor."""
    if type_ in _AGENT_ONLY:
        return True
    return type_ in _SPEECH_TYPES and any(t.lemma_.lower() in DOCUMENT_NOUNS for t in subjects)
