"""The event extractor: typed, argued, dated, located events from one parsed article.

Triggers are verbs and nouns matched against the pattern lexicon
(``dateline/data/event_patterns.tsv`` plus user files); arguments come from the
dependency parse (``arguments``), modality and attribution from ``modality``, dates from
the time stage, places from the places stage, actors from the actors stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.events.actor_args import (
    ActorLookup,
    actors_of,
    coded_party,
    quantified_group,
    referred_act_targets,
)
from dateline.events.arguments import (
    COSOURCE_PREPS,
    MOTION_VERBS,
    advised_against,
    aimed_targets,
    complement_subjects,
    condition_subjects,
    examined_places,
    expand_conjuncts,
    gerund_governor,
    governing_light_verb,
    host_names,
    intended_acts,
    noun_prep_targets,
    noun_sources,
    noun_targets,
    planning_verb,
    purpose_acts,
    sum_objects,
    verb_objects,
    verb_sources,
    verb_targets,
)
from dateline.events.assemble import HOSTILE, Dater, Places, build_event
from dateline.events.business import company_post, idle_noun
from dateline.events.commerce import (
    commercial_offer_noun,
    economic_demand,
    non_agent_recipient,
)
from dateline.events.conventions import (
    RulePattern,
    compound_forms,
    condition_of,
    demanded_by,
    joined_lemma,
    political_speaker,
    subject_lemmas,
    violent_subject,
)
from dateline.events.frames import (
    committed_act,
    content_tokens,
    directed_cessation,
    frame_pattern,
    intent_only,
    merge_restatements,
    no_comment,
    permitted_parties,
    speech_subject,
    wanted_person,
)
from dateline.events.modality import (
    SAY_VERBS,
    modality_of,
)
from dateline.events.parties import TERRITORIAL
from dateline.events.readings import (
    labelled_predicate,
    measured_light_verb,
    object_topic,
    reread,
    stance_objects,
    state_objects,
    unowned_aim,
)
from dateline.events.repelled import repelling_side
from dateline.events.selection import (
    idiom_object,
    non_agent_subject,
    self_obligation,
    unfit_verb_slots,
)
from dateline.events.split_words import prefix_demonyms
from dateline.events.standing import lacks_standing
from dateline.types import Actor, Article, Event

__all__ = ["EventExtractor"]


# Verbs of wishing another party's act: "the US wants Iran to halt enrichment".
_WISH_VERBS = frozenset({"want", "wish"})  # and "would like" (``_aux_would``)


class EventExtractor:
    """Build once (patterns loaded once); call ``extract`` per parsed article."""

    def __init__(self, patterns: Any | None = None) -> None:
        if patterns is None:
            from dateline.events.patterns import load_patterns

            patterns = load_patterns()
        self.patterns = patterns

    # -- trigger detection -------------------------------------------------------------

    def _verb_matches(self, tok: Token, as_lemma: str | None = None) -> list[Any]:
        objects = {o.lemma_.lower() for d in verb_objects(tok) for o in [d, *d.conjuncts]}
        # "sent 40 tonnes of relief supplies": the measured noun counts as the object
        objects |= {o.lemma_.lower() for d in verb_objects(tok) for p in d.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"}
        preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "agent")}
        sums = sum_objects(tok)  # "gave ten million dollars in aid": the aid is given
        if sums:
            objects |= {f for o in sums for f in compound_forms(o)}
            preps -= {"in"}
        # lexicon constraints on compounds ("ceasefire agreement") and subjects (conventions)
        objects |= {f for d in verb_objects(tok) for o in [d, *d.conjuncts]
                    for f in compound_forms(o)}
        objects |= {f for o in stance_objects(tok) for f in compound_forms(o)}  # "opposed to"
        # "put under investigation", "remained on alert": the state is what is done
        objects |= {f for o in state_objects(tok) for f in compound_forms(o)}
        match = getattr(self.patterns, "match_frame", None)
        subjects = subject_lemmas(tok)
        joined = joined_lemma(tok)
        lemmas = [as_lemma] if as_lemma else ([joined] if joined else []) + [tok.lemma_.lower()]
        for lemma in lemmas:
            found = match(lemma, objects, preps, subjects) if match else \
                self.patterns.match_verb(lemma, objects, preps)
            if found:
                return list(found)
        return []

    def _noun_matches(self, tok: Token) -> list[Any]:
        forms = compound_forms(tok)
        by_forms = getattr(self.patterns, "match_noun_forms", None)
        if by_forms is not None:  # "court battle" blocked: no fall back to "battle"
            return list(by_forms(forms))
        for lemma in forms:
            found = self.patterns.match_noun(lemma)
            if found:
                return list(found)
        return []

    # -- one article ---------------------------------------------------------------------

    def extract(self, doc: Doc, article: Article, actors: ActorLookup, dater: Dater,
                places: Places) -> list[Event]:
        events: list[Event] = []
        for sent in doc.sents:
            verb_event_tokens: set[int] = set()
            found: list[tuple[Token, Event]] = []
            contents: set[int] = set()  # acts that are the content of a permission, order
            for tok in sent:
                if tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound") and \
                        gerund_governor(tok) is None or unowned_aim(tok):
                    continue  # "efforts to normalise relations": background
                matches = reread(tok, self._verb_matches(tok),
                                 partial(self._verb_matches, tok), self._verb_matches)
                framed = self._frame_event(tok, matches, sent, article, actors, dater, places)
                if framed is not None:
                    found.append((tok, framed[0]))
                    contents.add(framed[1])
                    verb_event_tokens.add(tok.i)
                    continue
                if not matches or no_comment(tok) or matches[0].object == "-" and (
                        matches[0].type == "REQUEST" and (intent_only(tok) or
                                                          wanted_person(tok)) or
                        (act := committed_act(tok)) is not None and self._verb_matches(act)):
                    continue  # "seeking to deepen ties": the intent is the act's modality
                ev = self._verb_event(tok, matches[0], sent, article, actors, dater, places)
                if ev is not None:
                    found.append((tok, ev))
                    verb_event_tokens.add(tok.i)
            for tok in sent:  # "Russia said Sudan must return the helicopter"
                if tok.pos_ == "VERB" and tok.i not in verb_event_tokens:
                    ev = self._must_event(tok, sent, article, actors, dater, places) or \
                        self._wish_event(tok, sent, article, actors, dater, places)
                    if ev is not None:
                        found.append((tok, ev))
                        verb_event_tokens.add(tok.i)
            for tok in sent:
                if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _NOT_EVENT_NOUNS \
                        or labelled_predicate(tok) or _participle_modifier(tok):
                    continue  # "called the detention an attack": a label
                if tok.head.i in verb_event_tokens and tok.dep_ in ("dobj", "nsubjpass") \
                        or any(tok.i in {o.i for o in sum_objects(doc[v])}
                               for v in verb_event_tokens):
                    continue  # "signed an agreement", "gave $5m in aid": the verb coded it
                if tok.dep_ == "pobj" and tok.head.head.i in verb_event_tokens and \
                        tok.i in {o.i for o in state_objects(tok.head.head)}:
                    continue  # "placed under house arrest": the verb already coded it
                light = governing_light_verb(tok) if tok.dep_ == "pobj" else None
                if light is not None and light.i in verb_event_tokens and (
                        light.lemma_.lower() in MOTION_VERBS or object_topic(tok, light)):
                    # "will travel to Riyadh for consultations": one visit; "offered help
                    # with the investigation": what the offered help is for
                    continue
                matches = self._noun_matches(tok)
                if not matches:
                    continue
                ev = self._noun_event(tok, matches[0], sent, article, actors, dater, places)
                if ev is not None:
                    found.append((tok, ev))
            events += merge_restatements(found, contents | content_tokens(found))
        return referred_act_targets(doc, events)

    def _frame_event(self, tok: Token, matches: list[Any], sent: Span, article: Article,
                     actors: ActorLookup, dater: Dater,
                     places: Places) -> tuple[Event, int] | None:
        """A permission or an enforced order with its act (see ``frames``), when the
        lexicon has no more specific reading of the verb."""
        if matches and matches[0].object != "-":
            return None
        permit = permitted_parties(tok) if not matches else None
        order = directed_cessation(tok)
        frame = permit or order
        if frame is None:
            return None
        if non_agent_subject(verb_sources(tok)[0], actors.actor_at, verb=tok):
            return None  # "low inflation permits the Fed to ...": no one permits
        sources = self._actors(verb_sources(tok)[0], actors)
        targets = self._actors(expand_conjuncts(frame[0]), actors)
        pattern = frame_pattern(tok, permit is not None, sources, targets,
                                self._verb_matches(frame[1]))
        if pattern is None:
            return None
        ev = self._build(tok, [tok], pattern, f"frame:{tok.lemma_.lower()}+{frame[1].lemma_}",
                         sources, targets, False, [], sent, article, actors, dater, places)
        return (ev, frame[1].i) if ev is not None else None

    def _unfit_slots(self, tok: Token, pattern: Any, src_tokens: Sequence[Token],
                     actors: ActorLookup) -> bool:
        """Whether the text fills the act's slots with words that cannot play them
        (``selection.unfit_verb_slots``)."""
        return unfit_verb_slots(tok, pattern.type, getattr(pattern, "cameo", None),
                                getattr(pattern, "mode", None), src_tokens, actors.actor_at,
                                self._lexicon_types,
                                getattr(pattern, "object", "-") not in ("-", "*", "", None))

    def _lexicon_types(self, tok: Token) -> list[str]:
        """The event types the lexicon reads at a verb or a noun (for the content tests
        of ``selection``)."""
        if tok.pos_ in ("NOUN", "PROPN"):
            return [p.type for p in self._noun_matches(tok)]
        return [p.type for p in self._verb_matches(tok)] if tok.pos_ == "VERB" else []

    def _actors(self, tokens: Sequence[Token], actors: ActorLookup) -> list[Actor]:
        """The actors the argument tokens stand for (``actor_args.actors_of``)."""
        return actors_of(tokens, actors)

    def _must_event(self, tok: Token, sent: Span, article: Article, actors: ActorLookup,
                    dater: Dater, places: Places) -> Event | None:
        """A reported obligation whose act the lexicon does not type is still a demand by
        the speaker of the one who must act."""
        speaker = demanded_by(tok)
        if speaker is None:
            return None
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if non_agent_subject(subjects, actors.actor_at, verb=tok) or \
                self_obligation(subjects) or any(s.pos_ in ("NOUN", "PROPN") and
                                                 actors.actor_at(s) is None for s in subjects):
            return None  # "revenues should exceed 6 mln dlrs": a forecast, no one to act
        sources = [a for a in self._actors(expand_conjuncts([speaker]), actors)
                   if political_speaker(a)]  # an analyst's "Japan should ...": an opinion
        targets = self._actors(expand_conjuncts(subjects), actors)
        if not sources or not targets:
            return None
        pattern = RulePattern(lemma=tok.lemma_.lower())
        theme = [c for c in tok.children if c.dep_ == "dobj"]
        return self._build(tok, [tok], pattern, f"rule:must+{tok.lemma_.lower()}", sources,
                           targets, False, theme, sent, article, actors, dater, places)

    def _wish_event(self, tok: Token, sent: Span, article: Article, actors: ActorLookup,
                    dater: Dater, places: Places) -> Event | None:
        """"X wants Y to attack Z": a wish voiced about another party's act is an appeal
        by X to Y (PLOVER REQUEST); the wished act is Y's, hypothetical."""
        lemma = tok.lemma_.lower()
        if lemma not in _WISH_VERBS and not (lemma == "like" and _aux_would(tok)):
            return None
        modality, cue = modality_of(tok)
        if modality != "asserted" and not (lemma == "like" and modality in (
                "planned", "hypothetical") and cue in ("would", "'d")):
            return None  # "might want", "does not want": no appeal is voiced
        doers = [s for c in tok.children if c.dep_ == "ccomp"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 for s in c.children if s.dep_ == "nsubj"]
        if not doers and any(c.dep_ == "xcomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in tok.children):
            doers = [c for c in tok.children if c.dep_ == "dobj"]  # "wants him to go"
        if not doers or any(d.pos_ == "PRON" and d.lower_ in ("it", "there") for d in doers):
            return None
        wishers = verb_sources(tok)[0]
        if any(quantified_group(w) for w in wishers):
            return None  # "many Americans want ...": an opinion, no party's appeal
        sources = [a for a in self._actors(wishers, actors) if coded_party(a)]
        targets = self._actors(expand_conjuncts(doers), actors)
        if not sources or not targets:
            return None
        pattern = RulePattern(lemma=tok.lemma_.lower(), type="REQUEST", source="wish")
        return self._build(tok, [tok], pattern, f"rule:wish+{tok.lemma_.lower()}", sources,
                           targets, False, [], sent, article, actors, dater, places)

    def _verb_event(self, tok: Token, pattern: Any, sent: Span, article: Article,
                    actors: ActorLookup, dater: Dater, places: Places) -> Event | None:
        if tok.lemma_ in SAY_VERBS and pattern.type == "OTHER" and \
                getattr(pattern, "object", "-") in ("-", "*"):
            return None  # "claimed that ...": a report; "claimed responsibility" is 015
        src_tokens, passive_targets = verb_sources(tok)
        hostile = pattern.type in HOSTILE
        tgt_tokens = passive_targets + verb_targets(tok, hostile=hostile, clausal=False)
        # "the two companies joined forces": the idiom's object is part of the predicate,
        # not a party acted on
        tgt_tokens = [t for t in tgt_tokens if not idiom_object(tok, t)]
        co_tokens = []
        for prep in (c for c in tok.children if c.dep_ in ("prep", "advmod")):
            if prep.lower_ in COSOURCE_PREPS:
                for w in prep.children:
                    if w.lower_ == "with":
                        co_tokens += expand_conjuncts([o for o in w.children if o.dep_ == "pobj"])
                    elif w.dep_ == "pobj":
                        co_tokens += expand_conjuncts([w])
        sources = self._actors(src_tokens + co_tokens, actors)
        if not sources and not speech_subject(src_tokens, pattern.type) and any(
                t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.is_lower and
                               not violent_subject(t) and
                               not self.patterns.match_noun(t.lemma_.lower())
                               for t in src_tokens):
            return None  # "the storm killed 60 people": the doer is no political actor
        if self._unfit_slots(tok, pattern, src_tokens, actors) or \
                _company_exit(tok, pattern, actors):
            return None  # "low inflation permits ...", "executed agreements", "offered prices"
        targets = self._actors(tgt_tokens, actors)
        acts = intended_acts(tok)
        # "threatened to attack Iraq", "vowed to punish the rebels": the target of the
        # intended act is the target of the threat, vow or demand; "donated and
        # delivered goods to the school": conjoined verbs share their target
        for act in acts if not targets else []:
            # "agreed to share information on missing people": the act is read with
            # hostile prepositions only when the verb or the act itself is hostile
            act_hostile = hostile or any(p.type in HOSTILE for p in self._verb_matches(act))
            targets = self._actors(verb_targets(act, hostile=act_hostile, clausal=False),
                                   actors)
            if targets:
                break
        if not targets:  # "approved 20 million euros in aid for Mozambique"
            targets = self._actors([t for o in sum_objects(tok)
                                    for t in noun_prep_targets(o, hostile)], actors)
        if not targets:  # "staged a hunger strike in protest of the government's refusal"
            # "went on strike, halting trains, in protest at X": the participle's phrase
            # is the whole act's
            heads = verb_objects(tok) + [c for c in tok.children
                                     if c.dep_ == "advcl" and c.tag_ == "VBG"]
            targets = self._actors(aimed_targets(tok) + [
                t for o in heads for t in aimed_targets(o)], actors)
        for act in purpose_acts(tok) if not targets else []:
            # "opened fire to disperse demonstrators": the act's purpose names its target
            targets = self._actors(verb_targets(act, hostile=True, clausal=False), actors)
            if targets:
                break
        if not targets:  # "demanded that Iran withdraw"
            targets = self._actors(complement_subjects(tok), actors)
        targets = self._actors(advised_against(tok), actors) or targets  # "travel to X"
        if not targets and getattr(pattern, "mode", None) == "visit":
            targets = _hosts(tok, places)  # "attend the Beijing Olympics": China
        if not targets and getattr(pattern, "mode", None) == "investigate":
            targets = self._actors(examined_places(tok), actors)  # "the sites in Iraq"
        if not targets and (pattern.type == "THREATEN" or condition_of(tok) is not None):
            # "threatened to strike unless Israel rescinded ...": the condition's subject
            targets = self._actors(condition_subjects(tok), actors)
        place_tok = tok
        for act in acts if not targets else []:
            # "threatened to resume attacks in Israel", "refused to deploy peacekeepers in
            # Iraq": where the threatened, refused or intended harmful act falls
            if pattern.type in ("THREATEN", "REJECT") or any(
                    p.type in TERRITORIAL for p in self._verb_matches(act)):
                place_tok = act
                break
        theme_tokens = verb_objects(tok)
        rule = f"verb:{pattern.lemma}"
        if getattr(pattern, "object", "-") not in ("-", "", None):
            rule += f"+obj:{pattern.object}"
        return self._build(tok, [tok], pattern, rule, sources, targets, False, theme_tokens,
                           sent, article, actors, dater, places, co_sources=bool(co_tokens),
                           place_tok=place_tok)

    def _noun_event(self, tok: Token, pattern: Any, sent: Span, article: Article,
                    actors: ActorLookup, dater: Dater, places: Places) -> Event | None:
        light = governing_light_verb(tok) or measured_light_verb(tok) or planning_verb(tok)
        src_tokens = noun_sources(tok)
        tgt_tokens, joint = noun_targets(tok)
        rule = f"noun:{pattern.lemma}"
        if commercial_offer_noun(tok) or economic_demand(
                tok, lambda o: bool(self._noun_matches(o)), actors.actor_at) or \
                idle_noun(tok) or _company_exit(tok, pattern, actors):
            return None  # "a tender offer for all shares", "domestic demand": commerce
        if light is not None and non_agent_recipient(light, pattern.type):
            return None  # "provided the money market with assistance": no recipient
        if light is not None:
            rule += f"+light:{light.lemma_}"
            if not src_tokens:
                src_tokens, passive = verb_sources(light)
                src_tokens = src_tokens or passive
            if light.lemma_.lower() not in MOTION_VERBS:  # "return to Geneva for talks"
                tgt_tokens += [t for t in verb_targets(light) if t.i != tok.i]
        sources = self._actors(src_tokens, actors) or prefix_demonyms(tok)
        targets = self._actors(tgt_tokens, actors)
        if not targets and not joint and pattern.type == "ASSAULT":
            targets = self._actors(repelling_side(tok), actors)  # "repulsed Iraqi attacks"
        if not targets and not joint:
            # "a hunger strike in protest of the decision", "began a strike to protest X"
            heads = [tok] if light is None else [tok, light]
            targets = self._actors([t for h in heads for t in aimed_targets(h)], actors)
            for act in purpose_acts(light) if light is not None and not targets else []:
                targets = self._actors(verb_targets(act, hostile=True, clausal=False),
                                       actors)
                if targets:
                    break
        if joint and sources:
            # "his mediation between Syria and the PLO": the parties are its targets
            joint = False
        elif joint:  # "talks between India and China": the parties act together
            sources, targets = targets, []
        if not sources and not targets:
            return None
        theme_tokens = [o for p in tok.children if p.dep_ == "prep" and
                        p.lower_ in ("on", "over", "about", "regarding")
                        for o in p.children if o.dep_ == "pobj"]
        return self._build(tok, [tok], pattern, rule, sources, targets, joint, theme_tokens,
                           sent, article, actors, dater, places)

    def _build(self, tok: Token, trigger_tokens: list[Token], pattern: Any, rule: str,
               sources: list[Actor], targets: list[Actor], joint: bool,
               theme_tokens: list[Token], sent: Span, article: Article, actors: ActorLookup,
               dater: Dater, places: Places, co_sources: bool = False,
               place_tok: Token | None = None) -> Event | None:
        if lacks_standing(tok, pattern.type, getattr(pattern, "mode", None), rule, sources,
                          targets, actors):
            return None  # no political party: a company's post, loan, bid or lawsuit
        return build_event(tok, trigger_tokens, pattern, rule, sources, targets, joint,
                           theme_tokens, sent, article, actors, dater, places,
                           partial(self._actors, actors=actors), place_tok)


_NOT_EVENT_NOUNS = ("GPE", "PERSON", "DATE", "TIME")  # "in March" is no protest march


def _company_exit(tok: Token, pattern: Any, actors: ActorLookup) -> bool:
    """A resignation from a company's post (``business.company_post``)."""
    return getattr(pattern, "mode", None) == "resign" and company_post(tok, actors.actor_at)


def _participle_modifier(tok: Token) -> bool:
    """ "visiting foreigners", "financially pressed Ecuador": a participle modifying a
    noun describes it and is no event trigger."""
    return tok.dep_ == "amod" and tok.tag_ in ("VBG", "VBN")


def _hosts(verb: Token, places: Places) -> list[Actor]:
    """The host country of what a visitor attends ("the Beijing Olympics"), from the
    places stage's reading of the name."""
    resolve = getattr(places, "resolve_span", None)
    if resolve is None:
        return []
    for name in host_names(verb):
        place = resolve(name.idx, name.idx + len(name))
        if place is not None and place.country:
            return [Actor(name.text, name.idx, name.idx + len(name), name=place.name,
                          country=place.country, kind="place", rule="visit-host",
                          confidence=0.6)]
    return []


def _aux_would(verb: Token) -> bool:
    """ "would like Iran to halt": the conditional of "like" voices a wish."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)
