"""Wire-service datelines ("NEW DELHI, March 14 - ", "LONDON (Reuters) - ") at the start
of a story are not part of its first sentence; left in, they become subjects
("BUENOS AIRES arrived"). Before parsing, the dash that ends the dateline is replaced by a
full stop and spaces (same length): the dateline stays in the text as a sentence of its
own (the place still tells where the story is from) and every character offset still
points into the stored text."""

from __future__ import annotations

import re

__all__ = ["DATELINE", "mask_dateline"]

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
DATELINE = re.compile(
    r"^(?P<line>\s*"
    r"[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*"            # PLACE in capitals
    r"(?:,\s*[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+)*)*"  # , Country / State
    r"(?:,?\s*" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?)?"  # , March 14
    r"(?:\s*\((?:[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*)\))?"  # (Reuters)
    r"\s*(?:-+|\u2013|\u2014|:)\s*)"
)


def mask_dateline(text: str) -> str:
    """``text`` with a leading dateline cut off from the first sentence (same length)."""
    m = DATELINE.match(text)
    if not m:
        return text
    line = m.group("line")
    if len(line) > 80 or not re.search(r"[A-Z]{2}", line):
        return text
    sep = re.search(r"\s*(?:-+|\u2013|\u2014|:)\s*$", line)
    assert sep is not None  # the pattern ends with the separator
    head = line[:sep.start()]
    return head + "." + " " * (len(line) - len(head) - 1) + text[len(line):]
