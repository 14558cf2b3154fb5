"""Arguments that are not themselves actor mentions: owners ("Iran's oil fields", "an
Indian proposal", "thousands of Nigerians"), pairs ("the two ministers"), and speakers
standing for a pronoun ("Obama and Putin said they ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from dateline.events.arguments import expand_conjuncts
from dateline.events.modality import SAY_VERBS
from dateline.types import Actor

__all__ = ["ActorLookup", "demonym_actor", "owner_actor", "possessor_antecedents",
           "speaker_subjects", "the_two"]


class ActorLookup(Protocol):
    def actor_at(self, token: Token) -> Actor | None: ...


_QUANTITY_HEADS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen",
                             "dozens", "million", "millions", "group", "groups", "number",
                             "members", "member", "some", "many", "most", "all", "scores",
                             "crowd", "crowds", "band", "contingent", "team", "unit"})


_PAIR_NOUNS = {"leader": "person", "minister": "person", "president": "person",
               "premier": "person", "official": "person", "envoy": "person",
               "foreign minister": "person", "delegation": "person",
               "country": "country", "nation": "country", "side": "country",
               "government": "country", "neighbour": "country", "neighbor": "country"}


def the_two(t: Token, actors: ActorLookup) -> list[Actor]:
    """"the two ministers", "both leaders", "the two countries": the last two distinct
    actors of that kind named before, in the article."""
    kind = _PAIR_NOUNS.get(t.lemma_.lower())
    if kind is None or t.tag_ not in ("NNS", "NNPS"):
        return []
    if not any(c.lower_ in ("two", "both") for c in t.children):
        return []
    mentions = getattr(actors, "mentions", None)
    if not mentions:
        return []
    found = _last_two(mentions, t.idx, kind)
    if not found and kind == "person":  # "the two presidents" of two countries named
        found = _last_two(mentions, t.idx, "country")
    return found


def _last_two(mentions: Sequence[Actor], before: int, kind: str) -> list[Actor]:
    picked: list[Actor] = []
    keys: set[str] = set()
    for a in sorted((m for m in mentions if m.end <= before), key=lambda m: -m.start):
        if a.kind != kind or not (a.name or a.country):
            continue
        key = (a.name or "") if kind == "person" else (a.country or "")
        if key and key not in keys and not (kind == "person" and picked and
                                            a.country == picked[0].country):
            keys.add(key)
            picked.append(a)
        if len(picked) == 2:
            return [picked[1], picked[0]]
    return []


def demonym_actor(tok: Token) -> Actor | None:
    """A country from a demonym or country name modifying a non-actor noun."""
    from dateline.actors.countries import country_lexicon

    lex = country_lexicon()
    hit = lex.demonym(tok.text)
    if hit is None:
        return None
    return Actor(tok.text, tok.idx, tok.idx + len(tok.text), name=lex.name_of(hit.country),
                 country=hit.country, kind="country", rule="events.owner-demonym",
                 confidence=0.8)


def speaker_subjects(pron: Token) -> list[Token]:
    """"Obama and Putin said they will attack": "they" is the speakers, the subjects of
    the reporting verb whose complement holds the pronoun."""
    t = pron.head
    for _ in range(6):
        if t.dep_ in ("ccomp", "xcomp", "conj", "advcl") and t.head.lemma_ in SAY_VERBS:
            subjects = [c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            return expand_conjuncts(subjects)
        if t.head == t:
            break
        t = t.head
    return []


def possessor_antecedents(pron: Token) -> list[Token]:
    """What "its"/"their" stands for: the subject of the clause it sits in ("the
    committee completed its investigation"); inside that subject, the subject of the
    reporting verb above ("Bosnian Serbs said their forces had withdrawn")."""
    t = pron.head
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            inside = any(pron.i in {x.i for x in s.subtree} for s in subjects)
            if subjects and not inside and subjects[0].pos_ != "PRON":
                return expand_conjuncts(subjects[:1])
            if inside:
                return speaker_subjects(subjects[0])
        if t.head == t:
            break
        t = t.head
    return []


def owner_actor(t: Token, actors: ActorLookup) -> Actor | None:
    if t.pos_ in ("PRON", "VERB", "AUX"):
        return None
    if t.lower_ in _QUANTITY_HEADS or t.lemma_.lower() in _QUANTITY_HEADS:
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for o in expand_conjuncts(c for c in prep.children if c.dep_ == "pobj"):
                    a = actors.actor_at(o) or owner_actor(o, actors)
                    if a is not None:
                        return a
    for c in sorted(t.children, key=lambda c: c.i):
        if c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "amod" and
                                                      c.ent_type_ in ("NORP", "GPE")):
            a = actors.actor_at(c)
            if a is not None:
                return a
            if c.ent_type_ in ("NORP", "GPE") or c.dep_ == "amod":
                a = demonym_actor(c)  # "an Indian proposal": India's
                if a is not None:
                    return a
    # "demands from Shona rebels", "the suppression of Albanians", "a raid by police"
    for prep in t.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "by", "for"):
            for o in prep.children:
                if o.dep_ == "pobj":
                    a = actors.actor_at(o)
                    if a is not None:
                        return a
    # "crimes committed by Croat forces": the doer of a deed named by a participle
    for acl in t.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN":
            for agent in acl.children:
                if agent.dep_ == "agent":
                    for o in agent.children:
                        if o.dep_ == "pobj" and (a := actors.actor_at(o)) is not None:
                            return a
    return None
