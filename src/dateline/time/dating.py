"""Event dating: when did (or will) the event signalled by a trigger token happen?

``EventDater(doc, published).date(trigger)`` tries, in order:

1. **explicit**: a temporal expression governing the trigger's clause ("signed *on
   Monday*", "*last week*, Singh travelled", "the *19 November* meeting"); "since 2014"
   opens the interval up to publication, "until March" closes it. Named historical periods
   ("the Second World War"), a wire dateline's date ("NEW YORK, July 5 -"), expressions
   inside another clause and the time of a forward-looking verb's complement ("agreed to
   hold patrols *next year*") never count. The tense cuts the interval at publication
   ("will meet later this year" starts there, "sent earlier this month" ends there);
2. **anchored**: the clause is timed by another event ("*during the visit*, he will
   co-chair ...", "air raids *that killed* 18"): the anchor is dated recursively and
   coreferent mentions ("his three-day visit" ... "will embark on his visit on Monday") are
   merged, so a three-day visit that starts on Monday spans three days;
3. **anchored** (trip): a plan told after a dated trip of the story, with no time of its
   own ("will embark on his visit on Monday ... will also hold discussions with Shoigu"),
   happens during the trip (``Timeline._trip_frame``);
   **tense** (unrealised): the complement of a forward-looking verb ("agreed to *hold*
   talks", "not ruled out *seeking* sanctions") is still to come;
4. **anchored** (narrative, ``Timeline._narrative``): no expression of its own, but the
   clause above it in the same sentence has one, or (past events) the paragraph's
   reference time, set by its
   lede or by a sentence opened by a time adverbial ("*Last week*, Singh had travelled
   ... India and Uzbekistan signed three MoUs"). Present-tense statements never take a
   carried date, verbs of saying only a reporting time; "since"/"until" frames never carry;
5. **tense**: past events fall in the week before publication (an undated "said": the
   publication day or the day before), future ones in the month after, present ones on
   the publication day; a vague "recently" / "soon" sets the direction and is kept as
   provenance;
6. **publication**: no verb to go by.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from spacy.tokens import Token

from dateline.nlp import noun_through_of
from dateline.time.clauses import (
    EVENT_NOUNS,
    below_by_complement,
    clause_head,
    forward_matrix,
)
from dateline.time.timeline import BOUNDING_PREPS, REPORTING, VISIT_FAMILY, Placed, Timeline
from dateline.types import EventDate

__all__ = ["EventDater", "FUTURE_WINDOW_DAYS", "PAST_WINDOW_DAYS", "REPORTING_WINDOW_DAYS"]

PAST_WINDOW_DAYS = 7  # an undated past event: within the week before publication
REPORTING_WINDOW_DAYS = 1  # an undated "said": the publication day or the day before
FUTURE_WINDOW_DAYS = 30  # an undated future event: within the month after publication
_REPORTING = REPORTING
_BOUNDING_PREPS = BOUNDING_PREPS
_VISIT_FAMILY = VISIT_FAMILY
_ANCHOR_PREPS = frozenset(
    {
        "during",
        "at",
        "on",
        "in",
        "after",
        "before",
        "ahead",
        "amid",
        "following",
        "throughout",
        "over",
        "since",
        "until",
    }
)
_DURING = frozenset({"during", "amid", "throughout"})
_UNREALISED_MODALITIES = frozenset({"planned", "possible", "hypothetical"})  # not yet done


class EventDater(Timeline):
    """Dates the events of one parsed article (build once per article)."""

    # ------------------------------------------------------------------------------ public
    def date(self, trigger: Token, modality: str | None = None) -> EventDate:
        """The interval, granularity, method and provenance of the event at ``trigger``;
        one only planned, possible or hypothetical (``modality``) is never dated as a past
        event of the narrative: with no date of its own, it is dated as a plan."""
        key = (trigger.i, modality if modality in _UNREALISED_MODALITIES else None)
        if key in self._memo:
            return self._memo[key]
        self._active.add(trigger.i)
        try:
            result = (
                self._explicit(trigger)
                or self._coreferent(trigger)
                or self._anchor_event(trigger)
                or self._relative_to_event(trigger)
                or self._trip_frame(trigger, unrealised=key[1] is not None)
                or self._unrealised(trigger)
                or (self._narrative(trigger) if key[1] is None or
                    self._tense(trigger) == "future" else None)
                or self._by_tense(trigger, unrealised=key[1] is not None)
            )
        finally:
            self._active.discard(trigger.i)
        result = self._within_tense(trigger, result)
        self._memo[key] = result
        return result

    def _within_tense(self, trigger: Token, ev: EventDate) -> EventDate:
        """An expression's interval cut at the publication date by the verb's tense: "will
        meet again later this year" starts at publication, "sent helicopters earlier this
        month" ends there (the expression names the whole year or month; the tense says
        which side of the present the event is on)."""
        p = self.published
        if ev.method not in ("explicit", "anchored") or not ev.start <= p <= ev.end:
            return ev
        tense = self._tense(trigger)
        start, end = ev.start, ev.end
        if tense in ("past", "perfect") and start <= p < end:
            end = p
        elif tense == "future" and start < p <= end:
            start = p
        else:
            return ev
        return replace(ev, start=start, end=end, granularity="day" if start == end else "range")

    # ------------------------------------------------------------------------ 1. explicit
    def _governing(self, trigger: Token) -> list[Placed]:
        """Timexes modifying the trigger itself or its clause (closest first)."""
        own_clause = clause_head(trigger)
        forward = trigger.pos_ in ("VERB", "AUX") and forward_matrix(trigger) is not None
        out: list[tuple[int, Placed]] = []
        for p in self.placed:
            if p.timex.period:
                continue
            if p.head.i == trigger.i:
                out.append((0, p))
            elif trigger.pos_ in ("VERB", "AUX") and below_by_complement(p.head, trigger):
                continue  # "agreed to hold patrols next year": the patrols' time
            elif forward and any(a.i == p.head.i for a in trigger.ancestors):
                continue  # "on Sunday agreed to release the hostages": the agreeing's day
            elif p.head.pos_ in ("VERB", "AUX") and clause_head(p.head).i == own_clause.i:
                # a timex on the clause's verb dates the nouns and xcomps of that clause
                if trigger.pos_ in ("NOUN", "PROPN") and p.head.i != own_clause.i:
                    if p.head.i != trigger.head.i:
                        continue
                out.append((1 + abs(p.head.i - trigger.i), p))
            elif (
                trigger.pos_ in ("NOUN", "PROPN")
                and p.head.i == trigger.head.i
                and p.head.pos_ in ("VERB", "AUX")
            ):
                out.append((2, p))
        out.sort(key=lambda x: x[0])
        return [p for _, p in out]

    def _explicit(self, trigger: Token) -> EventDate | None:
        gov = self._governing(trigger)
        for p in gov:
            ev = self._from_timex(p, "explicit")
            if ev is not None:
                if trigger.lemma_.lower() in _VISIT_FAMILY or trigger.lemma_.lower() in EVENT_NOUNS:
                    days = self._chain_duration(trigger)
                    if days and ev.start == ev.end:
                        return self._with_duration(ev, days)
                return ev
        return None

    # -------------------------------------------------------------------- 2. event anchors
    def _chain(self, noun: Token) -> list[Token]:
        """Earlier and later mentions of the same event noun with a compatible tense."""
        lemma = noun.lemma_.lower()
        family = _VISIT_FAMILY if lemma in _VISIT_FAMILY else {lemma}
        tense_group = self._tense_group(noun)
        out = []
        for tok in self.doc:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in family:
                if self._tense_group(tok) == tense_group:
                    out.append(tok)
        return out

    def _tense_group(self, tok: Token) -> str:
        t = self._tense(tok)
        return "past" if t in ("past", "perfect") else "nonpast"

    def _chain_duration(self, noun: Token) -> int | None:
        for tok in self._chain(noun):
            for p in self.placed:
                if p.days and p.head.i == tok.i:
                    return p.days
        return None

    def _with_duration(self, ev: EventDate, days: int) -> EventDate:
        end = ev.start + timedelta(days=days - 1)
        return replace(ev, end=end, granularity="range" if days > 1 else "day")

    def _date_event_noun(self, noun: Token) -> EventDate | None:
        """Date an anchor event from any coreferent mention with an explicit date."""
        chain = self._chain(noun) or [noun]
        days = self._chain_duration(noun)
        for tok in chain:
            if tok.i in self._active and tok.i != noun.i:
                continue
            for p in self._governing(tok):
                ev = self._from_timex(p, "anchored")
                if ev is not None:
                    return self._with_duration(ev, days) if days and ev.start == ev.end else ev
        return None

    def _coreferent(self, trigger: Token) -> EventDate | None:
        """An event noun dated by another mention of the same event ("the visit")."""
        if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in EVENT_NOUNS:
            return None
        return self._date_event_noun(trigger)

    def _anchor_event(self, trigger: Token) -> EventDate | None:
        """ "During the visit, he will co-chair": the clause is timed by another event.

        Prepositions on the trigger, its clause head, the clause's auxiliaries ("During
        the visit, he will ...": the parser may hang the phrase on "will") and, through
        advcl/xcomp/conj links, the clause above. A strongly temporal preposition
        ("during", "amid", "throughout") counts anywhere in the clause, since the parser
        often attaches it to the object noun.
        """
        own = clause_head(trigger)
        heads = [trigger, own] if own is not trigger else [trigger]
        clause = own
        for _ in range(2):
            if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.head is clause:
                break
            clause = clause_head(clause.head)
            heads.append(clause)
        for h in list(heads):
            heads.extend(c for c in h.children if c.dep_ in ("aux", "auxpass"))
        preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
        preps += [
            t
            for t in own.subtree
            if t.dep_ == "prep"
            and t.lower_ in _DURING
            and t not in preps
            and clause_head(t).i == own.i
        ]
        for prep in preps:
            if prep.lower_ not in _ANCHOR_PREPS:
                continue
            for obj in prep.children:
                noun = self._event_noun_in(obj)
                if noun is None or noun.i == trigger.i:
                    continue
                if prep.lower_ in ("after", "following", "since", "before", "ahead"):
                    return None  # "after the talks": not the talks' dates
                ev = self._date_event_noun(noun)
                if ev is None and noun.i not in self._active:
                    ev = self._narrative(noun)
                if ev is not None:
                    return replace(ev, method="anchored")
        return None

    def _relative_to_event(self, trigger: Token) -> EventDate | None:
        """ "weekend air raids *that killed* 18 people": a relative clause whose subject is an
        event noun happens within that event, and takes its date."""
        own = clause_head(trigger)
        noun = own.head
        if own.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in EVENT_NOUNS:
            return None
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in own.children):
            return None  # "the summit, which he called a success": said afterwards
        if noun.i in self._active:
            return None
        ev = self.date(noun)
        if ev.method not in ("explicit", "anchored"):
            return None
        return replace(ev, method="anchored")

    def _event_noun_in(self, obj: Token) -> Token | None:
        """The event noun of a prepositional object ("the course of his visit" -> visit)."""
        return noun_through_of(obj, lambda t: t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS)

    def _unrealised(self, trigger: Token) -> EventDate | None:
        """ "The ministers agreed to *hold* joint patrols", "officials had not ruled out
        *seeking* sanctions": the complement of a forward-looking verb is an act still to
        come, not one of the narrative's past events; without a date of its own it is
        dated as a plan (the month after publication)."""
        if trigger.pos_ not in ("VERB", "AUX") or forward_matrix(trigger) is None:
            return None
        p = self.published
        return EventDate(p, p + timedelta(days=FUTURE_WINDOW_DAYS), "range", "tense")

    # ------------------------------------------------------------------------ 4. tense
    def _by_tense(self, trigger: Token, unrealised: bool = False) -> EventDate:
        """The tense window; a vague expression of the clause ("recently", "soon") gives
        the direction when there is one and is kept as provenance. An act still to come
        told in the past ("Turkey authorised the deployment") takes the future's."""
        tense = self._tense(trigger)
        if unrealised and tense in ("past", "perfect", "present", None):
            tense = "future"
        vague = next(
            (
                p.timex
                for p in self._governing(trigger)
                if p.timex.value in ("PAST_REF", "FUTURE_REF")
            ),
            None,
        )
        prov: tuple[str | None, int | None, int | None, str | None] = (None, None, None, None)
        if vague is not None:
            prov = (vague.text, vague.start, vague.end, vague.value)
            tense = "past" if vague.value == "PAST_REF" else "future"
        p = self.published
        if tense == "past" and vague is None and trigger.lemma_.lower() in _REPORTING:
            # "..., officials said": a wire story reports what was said that day or the day before
            return EventDate(p - timedelta(days=REPORTING_WINDOW_DAYS), p, "range", "tense")
        if tense in ("past", "perfect"):
            return EventDate(p - timedelta(days=PAST_WINDOW_DAYS), p, "range", "tense", *prov)
        if tense == "future":
            return EventDate(p, p + timedelta(days=FUTURE_WINDOW_DAYS), "range", "tense", *prov)
        if tense == "present":
            return EventDate(p, p, "day", "tense")
        return EventDate(p, p, "day", "publication")
