"""Content checks on an article's text before any parsing: HTML pages and non-English
text are refused with a reason rather than mis-coded."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["english_share", "looks_like_html", "not_english_reason"]

_TAG = re.compile(r"<\s*/?\s*(html|head|body|div|p|span|script|style|meta|a|table|br)\b[^>]*>",
                  re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Frequent English function words: news prose in English has 25-45% of them.
_ENGLISH = frozenset("""the of and to a in is was for on that with as by at from it his her
their its be are were has have had will would said not but an this which who after he she
they or than over into about more been also new last year two first up out one against""".split())
# Function words of the languages most often met in scraped news, for telling them apart
# from English (a table of figures has few function words in any language and passes).
_OTHER = {
    "French": frozenset("le la les des du de et est une un pour dans que qui sur pas au aux "
                        "avec par ce cette il elle ont été sont plus".split()),
    "Spanish": frozenset("el la los las del de y que en un una por para con es se no al lo "
                         "como su sus fue ha más".split()),
    "German": frozenset("der die das und ist nicht ein eine zu den mit von im für auf dem des "
                        "sich auch wird sind wurde".split()),
    "Portuguese": frozenset("o a os as do da dos das e que em um uma para com não no na por "
                            "se foi ao mais".split()),
    "Italian": frozenset("il lo la gli le di e che in un una per con non è del della al sono "
                         "anche più".split()),
    "Dutch": frozenset("de het een en van is dat op te in niet met voor zijn er aan ook "
                       "door".split()),
    "Indonesian": frozenset("yang dan di ini itu dengan untuk dari dalam tidak akan pada "
                            "adalah juga ke".split()),
    "Turkish": frozenset("ve bir bu da de için ile olarak çok daha gibi olan".split()),
}
MIN_WORDS_FOR_LANGUAGE = 25


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment (several markup tags), not for prose that
    mentions a single "<b>"."""
    head = text[:20_000]
    if re.match(r"\s*<!doctype html|\s*<html", head, re.IGNORECASE):
        return True
    return len(_TAG.findall(head)) >= 5


def english_share(text: str) -> tuple[float, int]:
    """(share of English function words among the words, number of words)."""
    counts, n = _word_counts(text)
    return (_share(counts, n, _ENGLISH), n) if n else (0.0, 0)


def _word_counts(text: str) -> tuple[Counter[str], int]:
    words = _WORD.findall(text[:20_000].lower())
    return Counter(words), len(words)


def _share(counts: Counter[str], n: int, vocab: frozenset[str]) -> float:
    return sum(counts[w] for w in vocab.intersection(counts)) / n


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ASCII_LETTER = re.compile(r"[^A-Za-z]+")


def not_english_reason(text: str) -> str | None:
    """Why the text is taken not to be English, or None. Short texts and texts without
    prose (tables of figures) are given the benefit of the doubt."""
    head = text[:20_000]
    if not head.isascii():  # share of Latin (ASCII) letters among the letters
        other = sum(c.isalpha() for c in _NON_ASCII.findall(head))
        latin = len(_NOT_ASCII_LETTER.sub("", head))
        if latin + other >= 20 and latin / (latin + other) < 0.5:
            return "text is not in the Latin script; only English is supported"
    counts, n = _word_counts(head)
    if n < MIN_WORDS_FOR_LANGUAGE:
        return None
    english = _share(counts, n, _ENGLISH)
    best, share = max(((name, _share(counts, n, v)) for name, v in _OTHER.items()),
                      key=lambda x: x[1])
    distinct = len(_OTHER[best].intersection(counts))
    if share >= 0.12 and share > 2 * english and distinct >= 6:
        return (f"text looks like {best}, not English ({share:.0%} {best} function words, "
                f"{english:.0%} English); only English is supported")
    return None
