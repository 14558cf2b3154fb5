"""Time: temporal expressions (TIMEX3) and event dating from the text itself.

Where things are:

- ``recognize.find_timexes(text, dct)``: find and normalise every temporal expression
  (rules in ``patterns.py``, built from the pieces in ``pattern_parts.py``; values in
  ``normalize.py`` for absolute dates, ``normalize_periods.py`` for quarters, halves and
  seasons, ``normalize_relative.py`` for "last week", "three days ago", "the next year",
  ``normalize_clock.py`` for "yesterday", weekdays and clock times, ``normalize_durations.py`` for
  durations, sets and vague expressions, and ``holidays.py`` for holidays and named
  periods such as "the Second World War");
- ``lexicon.py``: the word tables (months, weekdays, numbers, units, holidays, periods);
- ``relative.py``: how "last week", "on Monday", "in October", "three days ago" are
  resolved against a reference date and a tense;
- ``tense.py``: the tense of an expression's clause from raw text;
- ``model.py``: the ``Timex`` record and ``value_interval`` (TIMEX3 value -> days);
- ``dating.EventDater(doc, published).date(trigger) -> EventDate``: the date of an event
  (explicit expression, anchor event, narrative reference time, tense, publication date),
  with ``clauses.py`` for the dependency-tree helpers (clause heads, tense, attachment).
"""

from __future__ import annotations

from dateline.time.dating import EventDater
from dateline.time.model import Timex, value_interval
from dateline.time.recognize import find_timexes

__all__ = ["EventDater", "Timex", "find_timexes", "value_interval"]
