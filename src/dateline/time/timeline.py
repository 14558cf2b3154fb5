"""An article's timeline, shared by the event dater: its temporal expressions placed on
the parse, its paragraphs and tenses, and the narrative's reference times.

``Timeline(doc, published)`` finds the expressions (``find_timexes``) and places each on
the token it modifies (``Placed``); ``_narrative`` carries a reference time to an event
with no expression of its own: the enclosing clause's, the paragraph's lede or fronted
adverbial (past events), or the dated trip a plan is told after (future events).
:class:`dateline.time.dating.EventDater` builds on it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token

from dateline.events.modality import SAY_VERBS
from dateline.nlp import doc_text
from dateline.time.clauses import (
    attachment,
    clause_head,
    dateline_end,
    forward_matrix,
    frames_discourse,
    main_line,
    preposed,
    token_tense,
)
from dateline.time.model import Timex
from dateline.time.recognize import find_timexes
from dateline.time.tense import guess_tense
from dateline.types import EventDate

__all__ = ["BOUNDING_PREPS", "REPORTING", "VISIT_FAMILY", "Placed", "Timeline"]

REPORTING = SAY_VERBS  # verbs of saying: reporting time, not narrative time
BOUNDING_PREPS = frozenset({"since", "until", "till", "before", "after", "from", "by"})
VISIT_FAMILY = frozenset({"visit", "trip", "tour", "journey", "stay", "stopover", "sojourn"})
_REPORTING = REPORTING
_BOUNDING_PREPS = BOUNDING_PREPS
_VISIT_FAMILY = VISIT_FAMILY
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\n[ \t]+")  # a blank line or an indented line
_GRANULARITY = {"day": "day", "week": "week", "month": "month", "year": "year"}


@dataclass(frozen=True)
class Placed:
    """A timex mapped onto the parse."""

    timex: Timex
    head: Token  # the token it modifies
    prep: str | None
    sent_start: int
    days: int | None  # a duration in days ("three-day") when it is one
    framing: bool  # opens its sentence ("Last week, ..."): frames the discourse after it
    main: bool  # on the sentence's main line (not in a relative or adverbial clause)



def _duration_days(value: str) -> int | None:
    m = re.fullmatch(r"P(\d+)([DW])", value)
    if not m:
        return None
    return int(m[1]) * (7 if m[2] == "W" else 1)



class Timeline:
    """The timeline of one parsed article; ``date`` is the event dater's."""

    def __init__(self, doc: Doc, published: date) -> None:
        self.doc = doc
        self.published = published
        self._tense_cache: dict[int, str | None] = {}
        self.text = doc_text(doc)  # Doc.text is rebuilt from the tokens on every access
        self._sent_starts = [s.start_char for s in doc.sents] if len(doc) else []
        self.timexes = find_timexes(self.text, published, tense=self._tense_hint)
        self.placed: list[Placed] = []
        # "NEW YORK, July 5 - ": the filing date dates no event, and the lede follows it
        self._filed = filed = dateline_end(self.text)
        self._sent_ends = [s.end_char for s in doc.sents] if len(doc) else []
        for t in self.timexes:
            if t.start < filed:
                continue
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            head, prep = attachment(span)
            days = _duration_days(t.value) if t.type == "DURATION" else None
            self.placed.append(
                Placed(
                    t,
                    head,
                    prep,
                    span.sent.start_char,
                    days,
                    preposed(span),
                    head.pos_ in ("VERB", "AUX") and main_line(head),
                )
            )
        self._para_starts = [0] + [m.end() for m in _PARAGRAPH.finditer(self.text)]
        self._memo: dict[tuple[int, str | None], EventDate] = {}
        self._active: set[int] = set()


    # ------------------------------------------------------------------ tense from the parse
    def _tense_hint(self, start: int, end: int) -> str | None:
        """The tense that resolves a timex ("on Monday"): the raw-text guesser first (it
        scores better on TempEval-3 than the parse: 86.1 vs 85.4 value accuracy), the parse
        where the guesser finds no cue."""
        guess = guess_tense(self.text, start, end)
        if guess is not None:
            return guess
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        head, _ = attachment(span)
        return self._tense(head)

    def _tense(self, tok: Token) -> str | None:
        if tok.i not in self._tense_cache:
            self._tense_cache[tok.i] = token_tense(tok)
        return self._tense_cache[tok.i]

    def _from_timex(self, p: Placed, method: str) -> EventDate | None:
        t = p.timex
        if t.begin is None or t.finish is None or t.type not in ("DATE", "TIME"):
            if t.value == "PRESENT_REF":
                d = self.published
                return EventDate(d, d, "day", method, t.text, t.start, t.end, t.value)
            return None
        start, end = t.begin, t.finish
        gran = _GRANULARITY.get(t.granularity or "", "range")
        if p.prep in ("since", "from") and start <= self.published:
            end, gran = max(self.published, start), "range"
        elif p.prep in ("until", "till", "through") and start > self.published:
            start, gran = self.published, "range"
        elif p.prep in ("before", "after"):
            return None  # "before Monday" does not date the event to Monday
        return EventDate(start, end, gran, method, t.text, t.start, t.end, t.value)


    def date(self, trigger: Token, modality: str | None = None) -> EventDate:
        raise NotImplementedError  # EventDater's

    # --------------------------------------------------------------------- 3. narrative
    def _narrative(self, trigger: Token) -> EventDate | None:
        """Carry the reference time of the enclosing clause, or (past events only) of the
        paragraph's narrative, when the tenses agree.

        The paragraph's reference time is set by its first sentence (a news story's lede:
        "France on Tuesday condemned ...") or by a later sentence opened by a time
        adverbial ("*Last week*, Singh had travelled to Tashkent"), whichever is nearer;
        an adverbial at the end of a sentence or inside a relative, adverbial or
        complement clause ("police arrested 14 people overnight", "after the aircraft
        flew close last week") dates its own clause only. A verb of saying takes a carried
        date only from a verb of saying ("officials said on Thursday. The minister
        warned ..."): it is on the reporting timeline, not the narrative's.
        """
        tense = self._tense(trigger)
        if tense not in ("past", "perfect", "future"):
            return None  # a present-tense statement is not pinned to the narrative's day
        reporting = trigger.lemma_.lower() in _REPORTING
        if not reporting:
            framed = self._enclosing_frame(trigger)
            if framed is not None:
                return framed
        if tense == "future":
            return None  # plans are dated by their own clause or an anchor event
        sent = trigger.sent
        k = bisect.bisect_right(self._para_starts, sent.start_char) - 1
        para_start = self._para_starts[k]
        starts = [c for c in self._sent_starts if para_start <= c < sent.start_char]
        ends = dict(zip(self._sent_starts, self._sent_ends, strict=True))
        lede_start = next((c for c in starts if ends[c] > self._filed), None)
        for start in reversed(starts):
            lede = start == lede_start
            dated = [
                p
                for p in self.placed
                if p.sent_start == start
                and self._frame_ok(p)
                and (p.framing or (lede and p.main))
                and p.timex.begin is not None
                and p.timex.begin <= self.published
                and self._tense(p.head) in ("past", "perfect", None)
            ]
            if not dated:
                continue
            said = [p for p in dated if p.head.lemma_.lower() in _REPORTING]
            if reporting:
                dated = said
            else:
                dated = [p for p in dated if p not in said] or dated
            if not dated:
                return None
            return self._from_timex(dated[-1], "anchored")
        return None

    def _frame_ok(self, p: Placed) -> bool:
        t = p.timex
        return (
            not t.period
            and t.begin is not None
            and t.type in ("DATE", "TIME")
            and p.prep not in _BOUNDING_PREPS
        )

    def _enclosing_frame(self, trigger: Token) -> EventDate | None:
        """The time of a clause above the trigger's in the same sentence ("Last week, Singh
        had travelled to Tashkent where he represented India")."""
        clause = clause_head(trigger)
        for _ in range(6):
            if clause.dep_ == "ROOT" or clause.head is clause or not frames_discourse(clause):
                return None
            parent = clause_head(clause.head)
            hits = [
                p
                for p in self.placed
                if self._frame_ok(p)
                and p.head.pos_ in ("VERB", "AUX")
                and clause_head(p.head).i == parent.i
            ]
            if hits:
                hits.sort(key=lambda p: abs(p.head.i - trigger.i))
                t_tense, f_tense = self._tense(trigger), self._tense(hits[0].head)
                past = ("past", "perfect")
                if (t_tense in past) != (f_tense in past) and f_tense is not None:
                    return None
                return self._from_timex(hits[0], "anchored")
            clause = parent
        return None

    def _trip_frame(self, trigger: Token, unrealised: bool) -> EventDate | None:
        """A plan told after a dated trip of the story ("Singh will embark on his visit on
        Monday ... Singh will also hold extensive discussions with Shoigu", "is scheduled
        to visit St Petersburg where he will place a wreath") happens during the trip: a
        future or still-to-come act with no time of its own takes the interval of the
        nearest earlier visit, trip or tour that is dated and not over by publication.
        Past plans ("agreed to hold talks") and past trips frame nothing."""
        tense = self._tense(trigger)
        if tense in ("past", "perfect") or not (tense == "future" or unrealised):
            return None
        matrix = forward_matrix(trigger)
        if matrix is not None and self._tense(matrix) in ("past", "perfect"):
            return None
        for tok in reversed(self.doc[: trigger.i]):
            if tok.lemma_.lower() not in _VISIT_FAMILY or tok.pos_ not in ("NOUN", "VERB"):
                continue
            if tok.i in self._active:
                continue
            ev = self.date(tok)
            if ev.method not in ("explicit", "anchored"):
                continue
            if ev.end < self.published:
                return None  # the story's last dated trip is over
            return replace(ev, method="anchored")
        return None

