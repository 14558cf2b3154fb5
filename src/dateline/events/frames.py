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
- the content of an act is no event of its own (``content_acts``): the purpose of an
  event ("met to discuss", "used tear gas to disperse"; a speech act stays: "rallied to
  demand"), what is threatened, agreed, refused or asked for ("threatened to ban",
  "agreed to lift", "asked Obama to help Iran"), what an allegation alleges, the offence a
  punishment names ("jailed for helping militants"), the topic of a meeting;
- an agreement, threat, request, demand or refusal takes its CAMEO code from its content
  ("agreed to lift the sanctions" 0354, "threatened to attack" 1384); every act that is
  only planned or hypothetical gets CAMEO's intent or threat code (``recoded``);
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
# what an attack did: "attacked a village, killing 14 people and burning dozens of homes"
_OUTCOME = frozenset(
    {"kill", "wound", "injure", "maim", "hurt", "burn", "destroy", "raze", "torch", "damage"}
)


def _infinitive(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def intent_only(verb: Token) -> bool:
    """ "seeking to deepen ties": an intent verb whose only complement is an infinitive."""
    if verb.lemma_.lower() not in _INTENT:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)


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
    acts = [c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)]
    return bool(acts) and all(
        a.lemma_.lower() in _COMMENT and not any(c.dep_ == "dobj" for c in a.children) for a in acts
    )


def committed_act(verb: Token) -> Token | None:
    """ "pledged to expel the leaders": the act a commissive verb commits its subject to."""
    if verb.lemma_.lower() not in _COMMISSIVE:
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None  # "pledged support": the pledge is the event
    return next((c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)), None)


def _complement_act(verb: Token) -> tuple[list[Token], Token] | None:
    """(the addressed party, the act) of "V X to do": the object with an infinitive
    complement, or an infinitival clause with its own subject (as spaCy parses
    "allowed the leader to address")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    for c in verb.children:
        if not _infinitive(c):
            continue
        if c.dep_ == "xcomp" and objs:
            return objs, c
        subj = [s for s in c.children if s.dep_ == "nsubj"]
        if c.dep_ == "ccomp" and subj:
            return subj, c
    return None


def permitted_parties(verb: Token) -> tuple[list[Token], Token] | None:
    """ "allowed X to participate": (X, participate)."""
    if verb.lemma_.lower() not in _PERMIT:
        return None
    return _complement_act(verb)


def directed_cessation(verb: Token) -> tuple[list[Token], Token] | None:
    """ "ordered X to suspend publication", "forced X to close": (X, the act)."""
    if verb.lemma_.lower() not in _DIRECTIVE:
        return None
    found = _complement_act(verb)
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
    return [merged[tok.i] for tok, _ in found if tok.i in merged]


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
        if ev.type in _CONTENT_CODED:
            acts = [by_token[h.i] for h in content_acts(tok, ev.type)
                    if h.i in by_token and h.i != tok.i]
            if acts:
                code = content_cameo(ev.type, code, acts[0].cameo)
        for key in _FOLDED_ACT.get(ev.type, ()):
            # the act a refusal, a "must" demand or a conditional threat was made of
            act_type = ev.extras.get(f"{key}_type")
            act_code = ev.extras.get(f"{key}_cameo") or (
                plover_to_cameo(act_type) if act_type else None)
            code = content_cameo(ev.type, code, act_code)
        code = modal_cameo(code, ev.modality, intent_expressed(tok))
        out.append((tok, ev if code == ev.cameo else replace(ev, cameo=code)))
    return out


_CONTENT_CODED = frozenset({"AGREE", "THREATEN", "REQUEST", "DEMAND", "REJECT"})
# extras (``events.assemble``) naming the act an event was turned from
_FOLDED_ACT = {"REJECT": ("refused",), "DEMAND": ("demanded",), "THREATEN": ("threatened",)}
_ALLEGING = frozenset({"ACCUSE", "DISAPPROVE"})
_CHARGING = frozenset({"COERCE", "SANCTION"})
_ASKING = frozenset({"REQUEST", "DEMAND"})
_VOICED = frozenset({"DEMAND", "REQUEST", "ACCUSE", "DISAPPROVE"})
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# acts whose infinitival complement is what is threatened, agreed or asked for
_COMPLEMENTED = frozenset({"THREATEN", "AGREE", "REQUEST", "DEMAND", "REJECT"})
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


def _purpose(tok: Token) -> bool:
    """An infinitival adverbial clause of its own: "met to discuss", "in order to allow"."""
    return (
        tok.dep_ == "advcl"
        and _infinitive(tok)
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
        if marked or (c.dep_ == "ccomp" and c.head == noun) or (subject and _infinitive(c)):
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
        [  # "a summit on the unrest in Iran", "talks about the withdrawal"
            o
            for h in [verb, *objects]
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in _TOPIC_PREPS
            for o in p.children
            if o.dep_ == "pobj"
        ]
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
        or (c.dep_ == "xcomp" and _infinitive(c) and (objects or type_ in _COMPLEMENTED))
    ]
    if type_ in _ASKING:  # "asked Obama to help Iran", "demanded that Iran withdraw"
        found = _complement_act(verb)
        if found is not None:
            out.append(found[1])
        out += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if type_ in _ALLEGING or type_ == "THREATEN":  # "warned that it would not bow"
        out += [c for c in verb.children if c.dep_ == "ccomp"]
    if type_ in _CHARGING:
        out += [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("for", "with")
            for o in p.children
            if o.dep_ == "pcomp" and o.tag_ == "VBG"
        ]
    if type_ == "AGREE":
        out += [r for o in objects for r in o.children if r.dep_ == "relcl"]
    if type_ == "MOBILIZE":  # "the army prepared to resume shelling": what it readies for
        out += [c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)]
    if type_ in _COMPLEMENTED:  # "rejected an invitation to attend the meeting"
        out += [r for o in objects for r in o.children if r.dep_ == "acl" and _infinitive(r)]
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
