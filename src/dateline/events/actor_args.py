"""Arguments that are not themselves actor mentions: owners ("Iran's oil fields", "an
Indian proposal", "thousands of Nigerians"), pairs ("the two ministers"), and speakers
standing for a pronoun ("Obama and Putin said they ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc, Token

from dateline.events.arguments import expand_conjuncts, verb_sources
from dateline.events.modality import SAY_VERBS
from dateline.events.parties import uncoded
from dateline.types import Actor, Event

__all__ = ["ActorLookup", "actors_of", "addressee_antecedents", "coded_party", "demonym_actor",
           "owner_actor",
           "possessor_antecedents", "quantified_group", "referred_act", "referred_act_targets",
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
    """A country from a demonym or country name modifying a non-actor noun, written in
    one word or, with the words compounded before it, in several ("Sierra Leonean")."""
    from dateline.actors.countries import country_lexicon

    lex = country_lexicon()
    first = tok
    while first.i > 0 and tok.doc[first.i - 1].dep_ == "compound" \
            and tok.doc[first.i - 1].head == tok and tok.i - first.i < 2:
        first = tok.doc[first.i - 1]
    span = tok.doc[first.i:tok.i + 1]
    hit = lex.demonym(span.text) or (lex.demonym(tok.text) if first != tok else None)
    if hit is None:
        return None
    start = span.start_char if lex.demonym(span.text) else tok.idx
    return Actor(tok.doc.text[start:tok.idx + len(tok)], start, tok.idx + len(tok),
                 name=lex.name_of(hit.country), country=hit.country, kind="country",
                 rule="events.owner-demonym", confidence=0.8)


_OBLIGATION = frozenset({"must", "should", "ought"})


def addressee_antecedents(pron: Token) -> list[Token]:
    """"reminded Iraq that it must cooperate", "issued a reminder to Iraq that it must
    cooperate": the one an obligation is laid on is the one addressed, the named object
    of the verb (or of the noun) whose clause holds the pronoun."""
    clause = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in clause.children):
        return []
    gov = clause.head
    if clause.dep_ not in ("ccomp", "acl") or gov == clause:
        return []
    heads = [gov, gov.head] if gov.pos_ == "NOUN" and gov.dep_ == "dobj" else [gov]
    found: list[Token] = []
    for h in heads:
        found += [c for c in h.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"]
        found += [o for c in h.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                  for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return expand_conjuncts(found[:1])


def speaker_subjects(pron: Token) -> list[Token]:
    """"Obama and Putin said they will attack": "they" is the speakers, the subjects of
    the reporting verb whose complement holds the pronoun; but one an obligation is laid
    on is the one addressed (``addressee_antecedents``)."""
    addressed = addressee_antecedents(pron)
    if addressed:
        return addressed
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


# "the Russian language", "Arabic speakers": a demonym that names a language, not a state
_LANGUAGE_NOUNS = frozenset({"language", "languages", "tongue", "speaker", "dialect"})


def owner_actor(t: Token, actors: ActorLookup, _depth: int = 0) -> Actor | None:
    """The actor a non-actor noun belongs to: its possessor or national modifier, the
    party of an "of/from/by/for" phrase (also one owned in turn: "calls by Belarus's
    rulers"), or the doer of a deed named by a participle."""
    if t.pos_ in ("PRON", "VERB", "AUX"):
        return None
    if t.pos_ == "PROPN" and t.dep_ in ("pobj", "dobj", "nsubj", "conj"):
        a = demonym_actor(t)  # "scores of Sierra Leonean and Liberian refugees"
        if a is not None:
            return a
    if t.lower_ in _QUANTITY_HEADS or t.lemma_.lower() in _QUANTITY_HEADS:
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for o in expand_conjuncts(c for c in prep.children if c.dep_ == "pobj"):
                    a = actors.actor_at(o) or owner_actor(o, actors, _depth + 1)
                    if a is not None:
                        return a
    for c in sorted(t.children, key=lambda c: c.i):
        if c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "amod" and
                                                      c.ent_type_ in ("NORP", "GPE")):
            a = actors.actor_at(c)
            if a is not None:
                return a
            if (c.ent_type_ in ("NORP", "GPE") or c.dep_ == "amod") and \
                    t.lemma_.lower() not in _LANGUAGE_NOUNS:
                a = demonym_actor(c)  # "an Indian proposal": India's
                if a is not None:
                    return a
            if c.dep_ == "compound" and _depth < 1:
                # "US Predator attacks", "Israeli army bulldozers": the modifier of the
                # modifier names the owner
                for cc in c.children:
                    if cc.dep_ in ("compound", "amod") and (
                            cc.ent_type_ in ("NORP", "GPE") or cc.pos_ == "PROPN"):
                        a = actors.actor_at(cc) or demonym_actor(cc)
                        if a is not None:
                            return a
    # "demands from Shona rebels", "the suppression of Albanians", "a raid by police"
    for prep in t.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "by", "for"):
            for o in prep.children:
                if o.dep_ == "pobj":
                    a = actors.actor_at(o)
                    if a is None and _depth < 1 and prep.lower_ in ("by", "from", "of") \
                            and o.pos_ in ("NOUN", "PROPN"):
                        a = owner_actor(o, actors, _depth + 1)
                    if a is not None:
                        return a
    # "crimes committed by Croat forces": the doer of a deed named by a participle
    for acl in t.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN":
            # also through a raising participle: "a missile believed to be fired by rebels"
            for part in [acl, *(x for x in acl.children if x.dep_ == "xcomp")]:
                for agent in part.children:
                    if agent.dep_ == "agent":
                        for o in agent.children:
                            if o.dep_ == "pobj" and (a := actors.actor_at(o)) is not None:
                                return a
    return None


# Nouns that refer back to an act reported earlier ("Ethiopia rejected the request",
# "welcomed the decision", "condemned the killings"), with the types that act can have.
_DECISION_TYPES = frozenset({"AGREE", "CONCEDE", "REJECT", "SANCTION", "RETREAT", "COERCE",
                             "AID", "COOPERATE", "MOBILIZE"})
_JOINT_ACTS = frozenset({"MOBILIZE", "COOPERATE"})  # exercises held together
_REFERRED_ACTS: dict[str, frozenset[str]] = {
    "request": frozenset({"REQUEST", "DEMAND"}),
    "demand": frozenset({"REQUEST", "DEMAND"}),
    "appeal": frozenset({"REQUEST", "DEMAND"}),
    "threat": frozenset({"THREATEN"}),
    "ultimatum": frozenset({"THREATEN"}),
    "accusation": frozenset({"ACCUSE", "DISAPPROVE"}),
    "allegation": frozenset({"ACCUSE", "DISAPPROVE"}),
    "criticism": frozenset({"ACCUSE", "DISAPPROVE"}),
    "offer": frozenset({"AGREE", "AID", "CONCEDE", "COOPERATE"}),
    "proposal": frozenset({"AGREE", "CONCEDE", "COOPERATE", "REQUEST"}),
    "decision": _DECISION_TYPES,
    "move": _DECISION_TYPES,
    "step": _DECISION_TYPES,
    "measure": _DECISION_TYPES,
    "exercise": _JOINT_ACTS,
    "drill": _JOINT_ACTS,
    "manoeuvre": _JOINT_ACTS,
    "deployment": frozenset({"MOBILIZE"}),
    "attack": frozenset({"ASSAULT"}),
    "killing": frozenset({"ASSAULT"}),
    "bombing": frozenset({"ASSAULT"}),
    "raid": frozenset({"ASSAULT"}),
    "arrest": frozenset({"COERCE"}),
    "detention": frozenset({"COERCE"}),
}
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})


def referred_act(noun: Token) -> frozenset[str] | None:
    """The types of the earlier act a bare definite noun refers back to ("rejected the
    request", "criticised the decision"), or None: a noun with an owner, a modifier that
    names its doer, a phrase or a clause of its own introduces a new act."""
    types = _REFERRED_ACTS.get(noun.lemma_.lower())
    if types is None or not any(c.dep_ == "det" and c.lower_ in _DEFINITE
                                for c in noun.children):
        return None
    if any(c.dep_ in ("poss", "acl", "relcl", "compound", "nmod", "appos")
           or c.dep_ == "amod" and c.ent_type_ for c in noun.children):
        return None
    if any(c.dep_ == "prep" and not all(o.ent_type_ in ("DATE", "TIME")
                                        for o in c.children if o.dep_ == "pobj")
           for c in noun.children):  # "the request on Monday" is still the same request
        return None
    return types


def referred_act_targets(doc: Doc, events: list[Event]) -> list[Event]:
    """An event with no target whose object refers back to an act reported before ("Egypt
    asked Ethiopia to delay ... Ethiopia rejected the request") bears on the one who did
    that act: the sources of the latest earlier event of a fitting type."""
    out: list[Event] = []
    for i, ev in enumerate(events):
        span = doc.char_span(ev.trigger_start, ev.trigger_end) if not ev.targets else None
        verb = span.root if span is not None else None
        if verb is None or verb.pos_ != "VERB" or ev.joint:
            out.append(ev)
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "expressed concern over the exercises": the act the feeling is about
        objects += [o for h in [verb, *objects] for p in h.children if p.dep_ == "prep"
                    and p.lower_ in ("over", "about", "at") for o in p.children
                    if o.dep_ == "pobj"]
        types = next((t for o in objects if (t := referred_act(o)) is not None), None)
        own = {(a.start, a.end) for a in ev.sources}
        earlier = [e for e in events[:i] + events[i + 1:] if e.trigger_end <= verb.idx
                   and e.sources and e.type in (types or ())
                   and not {(a.start, a.end) for a in e.sources} & own]
        if not earlier:
            out.append(ev)
            continue
        act = max(earlier, key=lambda e: e.trigger_start)
        # "concern over the exercises" held by two navies: both take part
        parties = act.sources + act.targets if types == _JOINT_ACTS else act.sources
        out.append(replace(ev, targets=parties, rule=f"{ev.rule}+referred-act"))
    return out


_POSSESSIVES = frozenset({"its", "their"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})


def actors_of(tokens: Sequence[Token], actors: ActorLookup) -> list[Actor]:
    """The actors the argument tokens stand for. When the head itself is no actor,
    its owner can be: "a Security Council resolution", "Iran's nuclear programme",
    "Israeli military policies", "thousands of Nigerians"."""
    out: list[Actor] = []
    for t in tokens:
        many = getattr(actors, "actors_at", None)
        found = list(many(t)) if many else []  # "U.S. and Russian negotiators": two
        if not found:
            a = actors.actor_at(t) or owner_actor(t, actors)
            found = [a] if a is not None else []
        if not found and t.lower_ in _REFLEXIVES and t.dep_ in ("dobj", "pobj"):
            # "Iraq had attacked itself": the clause's own subject, at the pronoun
            verb = t.head if t.dep_ == "dobj" else t.head.head
            found = [replace(a, text=t.text, start=t.idx, end=t.idx + len(t),
                             rule=f"{a.rule}+reflexive")
                     for a in actors_of(verb_sources(verb)[0], actors)]
        if not found and t.lower_ in ("they", "we", "it"):
            found = actors_of(speaker_subjects(t), actors)
        if not found and t.lower_ in _POSSESSIVES and t.dep_ == "poss":
            # "the committee completed its investigation": its = the committee
            found = actors_of(possessor_antecedents(t), actors)
        if not found:  # "52 members of the banned movement (MASSOB)"
            found = [a for c in t.children if c.dep_ == "appos"
                     and (a := actors.actor_at(c)) is not None][:1]
        if found and all(uncoded(a) for a in found) and t.dep_ == "conj" and not any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in t.children):
            # "Israeli helicopters and tanks": the first noun's modifier scopes over
            # a bare noun coordinated with it
            first = actors.actor_at(t.head)
            if first is not None and first.country and t.head.pos_ in ("NOUN", "PROPN") \
                    and any(c.dep_ in ("amod", "compound") for c in t.head.children):
                found = [replace(a, country=first.country, kind=a.kind,
                                 rule=f"{a.rule}+shared-modifier",
                                 confidence=min(a.confidence, 0.7)) for a in found]
        if found and all(uncoded(a) for a in found):
            # "Bosnian Serbs said their forces ...": the owner's country
            owners = [c for c in t.children if c.dep_ == "poss"
                      and c.lower_ in _POSSESSIVES]
            ants = actors_of(possessor_antecedents(owners[0]), actors) \
                if owners else []
            country = next((a.country for a in ants if a.country), None)
            if country:
                found = [replace(a, country=country, rule=f"{a.rule}+owner-pronoun",
                                 confidence=min(a.confidence, 0.6)) for a in found]
        pair = the_two(t, actors)
        if pair:
            found = pair
        out += found
    return out


_QUANTIFIERS = frozenset({"some", "many", "most", "few", "several", "numerous", "all",
                          "more", "fewer", "half", "majority", "minority", "percent", "%",
                          "third", "thirds", "quarter", "quarters", "plenty", "lot", "lots",
                          "millions", "thousands", "hundreds", "dozens", "scores"})


def quantified_group(tok: Token) -> bool:
    """ "some people", "many Americans", "most Israelis", "two thirds of Germans",
    "millions of Britons": a counted share of a population, whose wishes and views are
    opinions, not a party's acts."""
    if tok.lower_ in _QUANTIFIERS or any(
            c.dep_ in ("det", "amod", "nummod", "quantmod", "advmod")
            and c.lower_ in _QUANTIFIERS for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "two thirds of Germans"
        return quantified_group(tok.head.head) if tok.head.head.i != tok.i else False
    return any(c.dep_ == "nummod" for c in tok.children) and tok.tag_ == "NNPS"


def coded_party(a: Actor) -> bool:
    """A party that can voice a wish or make an appeal: a state, an organisation or an
    international body, a person with a role or a country, a group with a sector
    ("rebels", "protesters"); not a bare population ("Americans")."""
    if a.kind in ("country", "organisation", "igo", "place") or a.code:
        return True
    if a.kind == "person":
        return bool(a.role or a.country or a.sectors)
    return a.kind == "group" and bool(a.sectors)
