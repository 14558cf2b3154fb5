"""Assembling one event record: parties settled, modality, confidence, CAMEO code, and the
conventions that re-type an act (a demand reported through "must", a conditional threat, a
refusal), with its date, place and attribution.

``build_event`` is what ``EventExtractor`` calls once it has a trigger, a pattern and the
candidate arguments of one act.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from spacy.tokens import Span, Token

from dateline.events.actor_args import ActorLookup
from dateline.events.arguments import expand_conjuncts, noun_sources, verb_sources
from dateline.events.attribution import attribution_for
from dateline.events.commerce import commercial_parties
from dateline.events.context import contexts_for
from dateline.events.conventions import (
    COOPERATIVE,
    RulePattern,
    condition_of,
    demanded_by,
    exercise_type,
    is_purpose,
    is_refusal,
)
from dateline.events.ground import ground_place
from dateline.events.modality import (
    clause_verb,
    is_embedded_question,
    modality_of,
)
from dateline.events.parties import settle_parties
from dateline.events.selection import self_obligation
from dateline.types import Actor, Article, Event, EventDate, Place

__all__ = ["HOSTILE", "Dater", "Places", "build_event", "default_cameo"]


class Dater(Protocol):
    def date(self, trigger: Token, modality: str | None = None) -> EventDate: ...


class Places(Protocol):
    def locate(self, trigger: Token) -> Place | None: ...


HOSTILE = frozenset({"ASSAULT", "THREATEN", "COERCE", "ACCUSE", "DISAPPROVE", "PROTEST",
                     "SANCTION"})
_MODALITY_WEIGHT = {"asserted": 1.0, "planned": 0.95, "possible": 0.9, "negated": 0.9,
                    "hypothetical": 0.85, "denied": 0.9}


def _dedupe(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """One actor per mention and coding ("U.S. and Russian negotiators" is two)."""
    seen: dict[tuple[int, int, str | None, str | None], Actor] = {}
    for a in actors:
        seen.setdefault((a.start, a.end, a.country, a.name), a)
    return tuple(seen.values())


_OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _same_referent(a: Actor, b: Actor) -> bool:
    return (a.country, a.kind, a.role, a.sectors) == \
        (b.country, b.kind, b.role, b.sectors)


def _span_text(tokens: Sequence[Token]) -> tuple[str, int, int]:
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    span = tokens[0].doc[lo:hi + 1]
    return span.text, span.start_char, span.end_char


def build_event(tok: Token, trigger_tokens: list[Token], pattern: Any, rule: str,
           sources: list[Actor], targets: list[Actor], joint: bool,
           theme_tokens: list[Token], sent: Span, article: Article, actors: ActorLookup,
           dater: Dater, places: Places,
                actors_of: Callable[[Sequence[Token]], list[Actor]],
                place_tok: Token | None = None) -> Event | None:
    if is_embedded_question(tok):
        return None
    src = _dedupe(sources)
    src_spans = {(s.start, s.end, s.country, s.name) for s in src}
    src_countries = {s.country for s in src if s.country and s.kind != "country"}
    tgt = tuple(a for a in _dedupe(targets) if (a.start, a.end, a.country, a.name)
                not in src_spans
                # "he represented India": a country standing for the actor's own side
                and not (a.kind == "country" and a.country in src_countries))
    # "sued the US for damages to his plant": a possessive that points back at the source
    # names what the source owns, not a party it acts on
    tgt = tuple(a for a in tgt if not (a.text.lower() in _OWNER_PRONOUNS and any(
        _same_referent(a, s) for s in src)))
    place = places.locate(tok)
    if place is None and pattern.type == "ASSAULT":  # "an offensive among the peaks of ..."
        place = ground_place(tok, getattr(places, "at", None))
    act_place = places.locate(place_tok) if place_tok is not None and \
        place_tok.i != tok.i else None
    attribution = attribution_for(tok, sent)
    src, tgt = settle_parties(tok, pattern.type, pattern.mode, src, tgt, place, act_place,
                              place_tok, sent, actors, places,
                              attribution.head if attribution else None)
    # "the company is accused of fraud": with no doer named, a hostile act on a business
    # may be a state's (an accusation, a ban, a fine); a deal or a talk is commerce
    named = bool(src) or pattern.type not in HOSTILE or _doer_named(tok)
    if not src and not tgt or commercial_parties(src, tgt, named):
        return None  # no party, or businesses only: commerce is no PLOVER event
    if not tgt and len(src) > 1:
        joint = True  # several doers and no one done to: a joint act
    modality, cue = modality_of(tok)
    if isinstance(pattern, RulePattern) and pattern.source in ("rule", "wish"):
        # the demand is made, whatever its content; "would like X to" voices a wish
        modality, cue = "asserted", pattern.source
    attr_actor = actors.actor_at(attribution.head) if attribution else None
    trig_text, trig_start, trig_end = _span_text(trigger_tokens)
    theme = quantity = None
    if theme_tokens:
        head = theme_tokens[0]
        sub = sorted(head.subtree, key=lambda t: t.i)
        sub = [t for t in sub if t.dep_ not in ("relcl", "acl", "punct") or t == head]
        theme = head.doc[sub[0].i:head.i + 1].text if sub else head.text
        nums = [c for c in head.children if c.dep_ == "nummod"]
        quantity = nums[0].text if nums else None
    completeness = 1.0 if (src and tgt) or joint else 0.85
    if pattern.type in ("REQUEST", "DEMAND") and is_purpose(tok):
        # "staged demonstrations to demand reforms": the demand is the purpose of
        # another act, which should be read first
        completeness *= 0.7
    confidence = float(getattr(pattern, "confidence", 0.8)) * completeness * \
        _MODALITY_WEIGHT.get(modality, 0.9) * (1.0 if tok.pos_ == "VERB" else 0.95)
    cameo = pattern.cameo if getattr(pattern, "cameo", "-") not in ("-", "", None) \
        else default_cameo(pattern.type, pattern.mode)
    mode = pattern.mode if getattr(pattern, "mode", "-") not in ("-", "", None) else None
    verb = clause_verb(tok)
    type_ = pattern.type
    extras: dict[str, str] = {}
    held = exercise_type(tok, type_, {a.country for a in src if a.country},
                         {a.country for a in tgt if a.country})
    if held is not None and held != type_:
        # joint exercises are COOPERATE, one country's are MOBILIZE (PLOVER manual)
        type_, mode = held, None
        cameo = "062" if held == "COOPERATE" else default_cameo(held, None)
        rule += f"+exercise:{held}"
    demand = demanded_by(tok) if type_ not in ("DEMAND", "REQUEST", "THREATEN") else None
    if demand is not None:
        # "Russia said Sudan must return the helicopter": a demand by the speaker of
        # the one who must act; the demanded act is kept in extras
        speaker = actors_of(expand_conjuncts([demand]))
        obliged = [c for c in clause_verb(tok).children if c.dep_ in ("nsubj", "nsubjpass")]
        if speaker and not self_obligation(obliged):
            extras = _folded(extras, "demanded", type_, cameo)
            rule += f"+must:{type_}"
            tgt, src = src, tuple(speaker)
            type_, mode, modality, joint = "DEMAND", None, "asserted", False
            cameo = default_cameo("DEMAND", None)
    condition = condition_of(tok) if modality in ("planned", "possible", "hypothetical") \
        else None
    if condition == "unless" or (condition == "if" and type_ in HOSTILE | {"SANCTION",
                                                                           "RETREAT",
                                                                           "REJECT"}):
        # "will withdraw its troops unless ...", "may halt mediation if ...": a
        # conditional announcement of a harmful act is a threat (PLOVER THREATEN)
        extras = _folded(extras, "threatened", type_, cameo)
        type_, mode, modality = "THREATEN", None, "asserted"
        cameo = default_cameo("THREATEN", None)
        rule += f"+condition:{condition}"
    if modality == "negated" and type_ in COOPERATIVE and is_refusal(tok, cue):
        # "refused to withdraw", "will not accept", "failed to reach agreement": the
        # refusal is itself an event (PLOVER REJECT); the refused act is kept in extras
        extras = _folded(extras, "refused", type_, cameo)
        rule += f"+refusal:{type_}"
        type_, mode, modality = "REJECT", None, "asserted"
        cameo = default_cameo("REJECT", None)
    return Event(
        article_id=article.id,
        type=type_,
        mode=mode,
        context=contexts_for(list(verb.subtree)),
        cameo=cameo,
        sources=src,
        targets=tgt,
        modality=modality,
        trigger=trig_text,
        trigger_start=trig_start,
        trigger_end=trig_end,
        sentence=sent.text,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        date=dater.date(tok, modality=modality),
        rule=f"{rule} ({getattr(pattern, 'source', 'patterns')}); modality:{cue}",
        confidence=round(confidence, 3),
        place=place,
        attribution=attr_actor,
        attribution_text=attribution.text if attribution else None,
        quantity=quantity,
        theme=theme,
        joint=joint,
        extras=extras,
    )


def _doer_named(tok: Token) -> bool:
    """Whether the text names who does the act at ``tok``: a subject or "by" agent of
    its verb, a possessor or "by" phrase of its noun ("was sued by Ford")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return bool(noun_sources(tok))
    return bool(verb_sources(tok)[0])


def _folded(extras: dict[str, str], key: str, type_: str,
            cameo: str | None) -> dict[str, str]:
    """``extras`` with the act an event is turned from ("refused", "demanded",
    "threatened"): its type and, when it has one, its CAMEO code, so that the content
    coding (``frames.recoded``) can give the exact subcode of what was refused,
    demanded or threatened."""
    out = {**extras, f"{key}_type": type_}
    if cameo:
        out[f"{key}_cameo"] = cameo
    return out


def default_cameo(type_: str, mode: str | None) -> str | None:
    try:
        from dateline.events.cameo import plover_to_cameo
    except ImportError:  # pragma: no cover - the crosswalk module ships with the package
        return None
    return plover_to_cameo(type_, mode if mode not in ("-", "") else None)
