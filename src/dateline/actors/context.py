"""Article-level country evidence: the article's home country, and what a sentence says
about a person's country ("he represented India").

Home country (rule ``home_country``, confidence 0.6). News writes its own country's
officials unmarked ("Defence Minister Rajnath Singh", "the Defence Ministry",
"officials said") and marks foreign ones ("his Russian counterpart", "the Russian
Minister of ..."). So each country gets:

- +1 for each mention of its name, or of its capital or a city in it (+0.5);
- +1 for each mention of a state institution of its own ("the White House");
- +3 if the article opens with a dateline naming one of its cities ("NEW DELHI, Nov 4 -");
- +3 if the article opens with a headline naming the country or its people, and no
  other ("BRAZILIAN PLANNING MINISTER RESIGNS": a headline marks even home actors);
  +1 for each country of a headline that names several; the article's title, when it is
  given apart from the text, counts as such a headline;
- -1 for each mention as the destination of a visit or journey ("visit to Russia",
  "travelled to Tashkent": the traveller is not at home there);
- -1 for each demonym marking a role noun ("Russian counterpart", "Russian Minister").

The home country is the best score if it is at least 3 and leads the next by at least 2.
It is used only for unqualified state actors (government, military, police, legislature,
judiciary, intelligence) that the text gives no other country, never for people the text
marks as foreign (counterparts) or for non-state actors.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.actors.countries import country_lexicon, fold
from dateline.actors.organisations import org_lexicon
from dateline.actors.roles import ROLE_WORDS

__all__ = ["HOME_CONFIDENCE", "STATE_SECTORS", "at_dateline", "capital_acts", "flight_country",
           "headline_countries", "headline_end", "home_country", "international_words",
           "placed_elsewhere", "predicate_country", "title_countries"]

HOME_CONFIDENCE = 0.6
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})

_MOTION = {"visit", "travel", "trip", "tour", "arrive", "embark", "fly", "head", "go",
           "accompany", "journey", "come", "return", "leave", "depart", "reach", "send"}
_REPRESENT = {"represent", "lead", "head"}


def _destination(tok: Token) -> bool:
    """Is this GPE the object of 'to' after a motion word (up to two heads up)?"""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("to", "for") or prep.dep_ != "prep":
        return False
    gov = prep.head
    for _ in range(3):
        if gov.lemma_.lower() in _MOTION:
            return True
        if gov.head == gov:
            break
        gov = gov.head
    return False


_PLACE_PREPS = {"to", "in", "at", "from", "near", "into", "toward", "towards", "around",
                "outside", "inside", "across", "through", "via", "between"}


def capital_acts(tok: Token) -> bool:
    """Does a capital stand for its government here ("Moscow said", "urged Tehran to",
    "Beijing's response") rather than for the city ("travelled to Moscow")? Never the
    place of a dateline ("MANILA, March 3 -", "KIEV, March 3 (Reuters) -")."""
    if at_dateline(tok):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
        return True
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() not in _MOTION
    if tok.dep_ == "pobj":
        prep = tok.head
        return prep.lower_ not in _PLACE_PREPS and prep.head.lemma_.lower() not in _MOTION
    return tok.dep_ in ("conj", "appos") and capital_acts(tok.head) if tok.head is not tok \
        else False


def at_dateline(tok: Token) -> bool:
    """Is this token part of the place name a line opens with, before a dateline's comma
    and a date or "(" ("MANILA, March 3 -", "KIEV, March 3 (Reuters) -")?"""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].text.strip() and doc[start - 1].text[:1].isupper() \
            and start > tok.i - 3:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        return False
    end = tok.i + 1
    while end < len(doc) and end < tok.i + 3 and doc[end].text[:1].isupper():
        end += 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    nxt = doc[end + 1]
    return nxt.ent_type_ == "DATE" or nxt.text == "(" or nxt.text.isupper()


def home_country(doc: Doc, title: str | None = None) -> str | None:
    """The article's home country (module docstring); ``title`` is the article's title
    when it is given apart from the text: it counts as a headline (unless the text
    already opens with it), and only as context."""
    lex = country_lexicon()
    score: dict[str, float] = {}
    orgs = org_lexicon()
    head_end = headline_end(doc)
    named = headline_countries(doc, head_end)
    if title and not _opens_with(doc, title):
        named |= title_countries(title)
    for country in named:
        # as strong as a dateline when the headline names one country only
        weight = HEADLINE_WEIGHT if len(named) == 1 else 1.0
        score[country] = score.get(country, 0.0) + weight
    for ent in doc.ents:
        if ent.start < head_end:
            continue  # the headline is counted above
        if ent.label_ in ("ORG", "FAC"):
            org = orgs.find(ent.text)
            if org is not None and org.country and set(org.sectors) & STATE_SECTORS:
                score[org.country] = score.get(org.country, 0.0) + 1
            continue
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        hit = lex.find(ent.text)
        if hit is None:
            continue
        if hit.kind == "demonym":
            head = ent.root.head
            if ent.root.dep_ == "amod" and (head.lemma_.lower() in ROLE_WORDS
                                            or head.lower_ in ROLE_WORDS):
                score[hit.country] = score.get(hit.country, 0.0) - 1
            continue
        weight = 1.0 if hit.kind in ("country", "breakaway") else 0.5
        if _destination(ent.root):
            weight = -1.0
        score[hit.country] = score.get(hit.country, 0.0) + weight
    first = doc[:6]
    dated = False
    for ent in first.ents:
        if ent.label_ == "GPE" and (ent.text.isupper() or ent.start == 0):
            hit = lex.find(ent.text)
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if hit and nxt is not None and nxt.text in _DATELINE_ENDS:
                score[hit.country] = score.get(hit.country, 0.0) + 3
                dated = True
    line = _dateline_place(doc)
    if not dated and line is not None:  # "SANTIAGO, March 25 -" the tagger missed
        hit = lex.find(line)
        if hit is not None:
            score[hit.country] = score.get(hit.country, 0.0) + 3
    if not score:
        return None
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top >= 3 and top - second >= 2:
        return best
    return None


_DATELINE_ENDS = (",", "(", "-", "\u2014", ":")

# A headline must name its country even for home actors ("BRAZILIAN PLANNING MINISTER
# RESIGNS", "KENYAN ECONOMY FACES PROBLEMS, PRESIDENT SAYS"): a country or nationality in
# it says what country the story is about, much as a dateline does.
HEADLINE_WEIGHT = 3.0
_HEADLINE_MAX_WORDS = 16


_INTERNATIONAL = frozenset({"international", "multinational", "world", "global"})


def international_words(mention: object, doc: Doc) -> bool:
    """Does an actor phrase call itself international ("a multinational force", "the
    International Labour Office")? Such a body is no country's own."""
    start, end = getattr(mention, "start", 0), getattr(mention, "end", 0)
    return any(t.lower_ in _INTERNATIONAL for t in doc[start:end])


def placed_elsewhere(mention: object, doc: Doc) -> bool:
    """Does an actor phrase say where its people are ("top officials in the area",
    "delegates from the region")? Then they are not the story's own unmarked officials."""
    start, end = getattr(mention, "start", 0), getattr(mention, "end", 0)
    for t in doc[start:end - 1]:
        if t.lower_ not in ("in", "from") or t.dep_ != "prep" or t.i == start:
            continue
        # "officials in the Defence Ministry" are placed in a body, not somewhere else
        if any(o.lemma_.lower() in _PLACE_NOUNS or o.ent_type_ == "LOC"
               for o in t.children if o.dep_ == "pobj"):
            return True
    return False


# Nouns that place people somewhere without naming a country.
_PLACE_NOUNS = frozenset({"area", "region", "field", "province", "zone", "territory",
                          "north", "south", "east", "west", "interior", "gulf", "border"})


def headline_end(doc: Doc) -> int:
    """The token index where a headline line ends (0 when the text has none): a first
    line of at most 16 words, followed by more text, most of whose words are capitalised
    (wire headlines in capitals, or title case)."""
    first_break = doc.text.find("\n")
    if first_break <= 0 or not doc.text[first_break:].strip():
        return 0
    toks = [t for t in doc if t.idx < first_break]
    words = [t for t in toks if t.is_alpha]
    if not words or len(words) > _HEADLINE_MAX_WORDS:
        return 0
    capitalised = sum(1 for t in words if t.text[:1].isupper())
    if capitalised < 0.7 * len(words):
        return 0
    return toks[-1].i + 1


def headline_countries(doc: Doc, end: int) -> set[str]:
    """Countries a headline names, by name, demonym, short form or capital ("U.S.", "WEST
    GERMANY", "BRAZILIAN", "COLOMBO TO DEFEND WATERS"), each once; not other cities."""
    lex = country_lexicon()
    found: set[str] = set()
    i = 0
    while i < end:
        hit = None
        for n in (3, 2, 1):
            if i + n > end:
                continue
            span = doc[i:i + n]
            if not all(t.is_alpha or t.text in (".", "-") or t.text.endswith(".")
                       for t in span):
                continue
            hit = lex.find(span.text, cities=False)
            if hit is not None and hit.kind in ("country", "demonym", "breakaway", "capital"):
                found.add(hit.country)
                i += n
                break
            hit = None
        if hit is None:
            i += 1
    return found


def _opens_with(doc: Doc, title: str) -> bool:
    """Is the title already the text's first line (counted there as a headline)?"""
    first = doc.text.lstrip().split("\n", 1)[0]
    return fold(first).strip() == fold(title).strip()


_TICKER = re.compile(r"<[^<>]{1,12}>")
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z.'\-]*")


def title_countries(title: str) -> set[str]:
    """Countries an article's title names, by name, demonym, short form or capital, as
    ``headline_countries`` reads a headline line ("U.S. TRADE OFFICIAL SAYS JAPAN ACTION
    FOOLISH" -> USA, JPN)."""
    lex = country_lexicon()
    # a stock ticker ends a company's name: "PHILIPPINE LONG DISTANCE <PHI> YEAR NET",
    # "LIBERTY ALL-STAR <USA> SETS PAYOUT" name no country
    ticker = _TICKER.search(title)
    if ticker is not None:
        title = title[ticker.end():]
    title = _TICKER.sub(" ", title)
    words = [w.rstrip("'").removesuffix("'S").removesuffix("'s")
             for w in _TITLE_WORD.findall(title)]
    found: set[str] = set()
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            text = " ".join(words[i:i + n])
            hit = lex.find(text, cities=False) or (
                lex.find(text.rstrip("."), cities=False) if text.endswith(".") else None)
            if hit is not None and hit.kind in ("country", "demonym", "breakaway", "capital"):
                found.add(hit.country)
                i += n
                break
        else:
            i += 1
    return found


def _dateline_place(doc: Doc) -> str | None:
    """The capitalised place name a story opens with, before the dateline's comma
    ("SANTIAGO, March 25 -", "Addis Ababa, Ethiopia -"): up to three words."""
    words: list[str] = []
    for t in doc[:4]:
        if t.text in _DATELINE_ENDS:
            return " ".join(words) if words else None
        if not (t.is_alpha and (t.is_upper or t.is_title)):
            return None
        words.append(t.text)
    return None


def predicate_country(doc: Doc, heads: set[int]) -> str | None:
    """'he represented India', 'Singh, who leads India's delegation': a person who is the
    subject of represent/lead/head with a country as object."""
    lex = country_lexicon()
    for i in heads:
        tok = doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _REPRESENT:
            continue
        for obj in verb.children:
            if obj.dep_ in ("dobj", "obj"):
                hit = lex.find(obj.text, cities=False)
                if hit and hit.kind == "country":
                    return hit.country
    return None


_FLEE = {"flee", "escape"}
_FLED_FROM = {"from", "in", "of"}


def _place_country(tok: Token) -> str | None:
    """The country a place or demonym token names ("Liberia", "Monrovia", "Liberian")."""
    if tok.ent_type_ not in ("GPE", "NORP", "LOC") and not (
            tok.is_title and tok.dep_ in ("amod", "compound")):  # "the Liberian war"
        return None
    doc = tok.doc
    span = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    hit = country_lexicon().find(span.text if span is not None else tok.text)
    return hit.country if hit is not None else None


def _fled_country(tok: Token, depth: int = 0) -> str | None:
    """The country of what is fled: the place itself ("fleeing Liberia"), or the place
    the fled thing is in or of ("the war in Liberia", "the Liberian war"), never a
    destination ("fleeing to Guinea")."""
    own = _place_country(tok)
    if own is not None:
        return own
    if depth > 2:
        return None
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            found = _place_country(child)
            if found is not None:
                return found
        if child.dep_ == "prep" and child.lower_ in _FLED_FROM:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found = _fled_country(obj, depth + 1)
                    if found is not None:
                        return found
    return None


def flight_country(tok: Token) -> str | None:
    """'refugees fleeing the civil war in Liberia', 'civilians who escaped from Sierra
    Leone': people described as fleeing a place, or a war or fighting in it, come from
    that place's country."""
    for verb in tok.children:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in _FLEE:
            continue
        for child in verb.children:
            if child.dep_ in ("dobj", "obj"):
                found = _fled_country(child)
            elif child.dep_ == "prep" and child.lower_ in ("from", "in"):
                # "fleeing the war in Liberia" (the parser hangs "in" on the verb)
                found = next((_fled_country(o) for o in child.children if o.dep_ == "pobj"),
                             None)
            else:
                continue
            if found is not None:
                return found
    return None
