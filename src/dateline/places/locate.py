"""Event location: where the event signalled by a trigger token happened.

Rules, tried in order (the first that finds a place wins; the Place's ``rule`` records it):

1. ``where``: the trigger heads (or sits under) a clause introduced by "where"; the place
   is the clause's antecedent ("visit St Petersburg where he will place a wreath"). An
   antecedent written as "X, Y" gives X, the finer place.
2. ``prep``: a locative or destination preposition on the trigger ("visit to Russia",
   "signed in Tashkent", "in and around St Petersburg"); a venue that is not in the
   gazetteer ("at the Piskarevsky Memorial Cemetery") falls back to a place written inside
   its phrase, then to rule 1's antecedent.
3. ``object``: for verbs of movement and visiting, a place as direct object ("visit St
   Petersburg"), or a locative phrase on the object ("visit facilities in St Petersburg");
   for any verb, the location of an event noun as object ("completed their withdrawal
   from Gorazde").
4. ``frame``: an embedding event ("during the course of his visit to ..."; "during the
   visit"; "converging for a rally in Lagos") gives its own location; a definite event
   noun without a place of its own ("the visit") takes the location of the latest
   earlier mention of the same event that has one (the same noun; for a trip, any verb
   or noun of travel: "will travel to Egypt ... During the visit").
5. ``head``: a conjoined or complement verb, or a light verb whose object is the trigger
   ("held talks in Moscow"), shares that verb's locative phrase; a noun event introduced
   by "at"/"during" takes its verb's location ("represented India at the meeting").
6. ``clause``: a locative phrase elsewhere in the trigger's own clause, on its subject or
   object ("rebels in Macedonia have been demobilized"; "killed ... in an explosion in
   Beirut"), nearest first; never inside an embedded clause, and never on a theme noun
   ("investment in India").
7. ``refine``: when the answer is a country and the last two sentences placed the same
   trip in a city of that country (a "where" antecedent or the destination of a verb of
   movement), the city is returned instead.

Nothing else: a country that is a party to the event ("India and Russia signed"), or a
theme ("investment in India"), is never a location. When no rule applies: None.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dateline.nlp import noun_through_of
from dateline.places.resolve import Mention
from dateline.types import Place

__all__ = ["Locator"]

LOC_PREPS = {"in", "at", "inside", "near", "outside", "across", "around", "throughout",
             "within", "among", "amid", "amidst"}
# how far a noun phrase is searched for a place: "the town of Gorazde", "a jail in Israel"
_NP_DEPS = {"compound", "amod", "appos", "nmod", "poss", "pobj", "npadvmod"}
_NP_PREPS = {"of", "in", "at", "near", "outside", "inside"}
_PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "capital",
                "port", "enclave", "county", "island", "area", "suburb"}
DEST_PREPS = {"to", "into", "towards", "toward", "onto"}
MOVE_LEMMAS = {"visit", "tour", "travel", "go", "arrive", "fly", "come", "reach", "trip",
               "land", "return", "journey", "embark", "head", "move", "deploy", "send",
               "extradite", "deport", "dispatch", "ship", "transfer", "hand", "deliver",
               "accompany", "bring", "take"}
# events that happen where something leaves from: "evacuated the wounded from Gorazde"
FROM_LEMMAS = {"evacuate", "withdraw", "withdrawal", "evacuation", "expel", "flee", "pull",
               "retreat", "escape", "rescue"}
CLAUSAL = {"ccomp", "xcomp", "relcl", "advcl", "conj", "parataxis", "csubj", "csubjpass",
           "pcomp"}
# nouns whose "in X" names a theme, not where the event happens ("investment in India")
THEME_NOUNS = {"investment", "interest", "stake", "role", "trust", "faith", "confidence",
               "involvement", "share", "shares", "policy", "policies"}
THEME_SUFFIXES = ("ment", "ity", "ism", "ship")
FRAME_PREPS = {"during", "on", "amid", "at", "for"}
EVENT_NOUNS = {"visit", "tour", "trip", "meeting", "summit", "talks", "conference", "course",
               "session", "stay", "journey", "ceremony", "negotiations", "discussions",
               "rally", "protest", "demonstration", "march", "funeral", "forum", "parade",
               "withdrawal", "evacuation", "attack", "raid", "strike", "assault", "offensive",
               "bombing", "operation", "clash", "clashes", "fighting", "battle"}
# "an attack on a village in Herat": the phrase of an attack's target is searched too
ATTACK_NOUNS = {"attack", "raid", "strike", "assault", "offensive", "bombing", "operation"}
LIGHT_VERBS = {"hold", "have", "conduct", "attend", "host", "begin", "start", "open",
               "make", "pay", "undertake", "co-chair", "chair"}


class Locator:
    """Event locations for one doc, from its resolved mentions."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = [m for m in mentions if m.entry is not None or m.label == "FAC"]
        self.by_token: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.tok_start, m.tok_end):
                self.by_token[i] = m

    # -- helpers -------------------------------------------------------------------------
    def _mention_in(self, tok: Token) -> Mention | None:
        """The mention that ``tok`` heads, or the first one inside its noun phrase."""
        queue = [tok]
        while queue:
            t = queue.pop(0)
            m = self.by_token.get(t.i)
            if m is not None:
                return m
            attack = t.lemma_.lower() in ATTACK_NOUNS
            children = list(t.children)
            if t.lower_ in _PLACE_NOUNS:  # "the West Bank city of Hebron": Hebron first
                children.sort(key=lambda c: not (c.dep_ == "prep" and c.lower_ == "of"))
            for c in children:
                if c.dep_ in _NP_DEPS or (c.dep_ == "prep" and c.lower_ in _NP_PREPS) or (
                    attack and c.dep_ == "prep" and c.lower_ in {"on", "against"}
                ):
                    queue.append(c)
        return None

    def _resolved(self, m: Mention | None) -> Mention | None:
        """The mention if it was resolved in the gazetteer (not an unknown venue)."""
        return m if m is not None and m.entry is not None else None

    def _finer(self, m: Mention) -> Mention:
        for other in self.mentions:
            if other.container is m and other.entry is not None:
                return other
        return m

    def _where_antecedent(self, trig: Token) -> Mention | None:
        tok: Token | None = trig
        for _ in range(3):
            if tok is None:
                break
            where = [c for c in tok.children if c.lower_ == "where"]
            if where:
                w = where[0]
                cands = [m for m in self.mentions if m.entry is not None and m.end <= w.idx
                         and m.tok_end >= w.i - 3 and m.label != "coref"]
                if cands:
                    return self._finer(cands[-1])
                return None
            if tok.dep_ not in {"conj", "xcomp", "advcl", "ccomp"} or tok.head == tok:
                break
            tok = tok.head
        return None

    def _prep_place(self, tok: Token, preps: set[str]) -> Mention | None:
        """A place in a prepositional phrase on ``tok`` ("in and around X", "outside of X");
        a venue missing from the gazetteer gives the place written inside its phrase."""
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ not in preps:
                continue
            objs = [c for c in child.children if c.dep_ == "pobj"]
            for conj in child.children:
                if conj.dep_ == "conj" or (conj.dep_ == "prep" and conj.lower_ == "of"):
                    objs += [c for c in conj.children if c.dep_ == "pobj"]
            for obj in objs:
                m = self._mention_in(obj)
                if m is not None and m.entry is None:  # "at the Piskarevsky Cemetery in X"
                    m = self._prep_place(obj, {"in", "at", "near"})
                if m is not None:
                    return m
        return None

    # -- rules ---------------------------------------------------------------------------
    def _direct(self, trig: Token, seen: set[int]) -> tuple[Mention | None, str]:
        if trig.i in seen:
            return None, ""
        seen.add(trig.i)
        antecedent = self._where_antecedent(trig)
        move = trig.lemma_.lower() in MOVE_LEMMAS
        preps = LOC_PREPS | DEST_PREPS if move or trig.pos_ == "NOUN" else LOC_PREPS
        if trig.lemma_.lower() in FROM_LEMMAS or move:
            preps = preps | {"out"}  # "shipped out of Gorazde"
        if trig.lemma_.lower() in FROM_LEMMAS:
            preps = preps | {"from"}
        m = self._prep_place(trig, preps)
        if m is not None:
            return m, "prep"
        if antecedent is not None:
            return antecedent, "where"
        if move or trig.lemma_.lower() in FROM_LEMMAS:
            for child in trig.children:
                if child.dep_ == "dobj":
                    obj = self._resolved(self.by_token.get(child.i))
                    if obj is not None and move:
                        return obj, "object"
                    m = self._prep_place(child, preps)
                    if m is not None:
                        return m, "object"
        for child in trig.children:  # "completed their withdrawal from Gorazde"
            lemma = child.lemma_.lower()
            if child.dep_ == "dobj" and lemma in EVENT_NOUNS:
                where = LOC_PREPS | ({"from", "out"} if lemma in FROM_LEMMAS else set())
                m = self._prep_place(child, where)  # not "cancelled a visit to Haiti"
                if m is not None:
                    return m, "object"
        frame = self._frame(trig, seen)
        if frame[0] is not None:
            return frame
        head = self._head(trig, seen)
        if head[0] is not None:
            return head
        return self._clause(trig)

    def _clause(self, trig: Token) -> tuple[Mention | None, str]:
        """A locative phrase elsewhere in the trigger's own clause (on its subject, object
        or their phrases; not inside embedded clauses), nearest to the trigger first."""
        if trig.pos_ not in {"VERB", "AUX"}:
            return None, ""
        frontier = [c for c in trig.children if c.dep_ not in CLAUSAL and c.dep_ != "prep"]
        for _depth in range(3):
            found: list[tuple[int, Mention]] = []
            nxt: list[Token] = []
            for tok in frontier:
                if not self._theme(tok):
                    m = self._prep_place(tok, LOC_PREPS)
                    if m is not None:
                        found.append((abs(tok.i - trig.i), m))
                for c in tok.children:
                    if c.dep_ in CLAUSAL or (c.dep_ == "acl" and c.tag_ not in {"VBG", "VBN"}):
                        continue
                    if c.dep_ == "prep":
                        nxt.extend(o for o in c.children if o.dep_ == "pobj")
                    else:
                        nxt.append(c)
            if found:
                return min(found, key=lambda x: x[0])[1], "clause"
            frontier = nxt
        return None, ""

    @staticmethod
    def _theme(tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        return lemma in THEME_NOUNS or lemma.endswith(THEME_SUFFIXES)

    def _frame(self, trig: Token, seen: set[int]) -> tuple[Mention | None, str]:
        stack = [(trig, 0)]
        while stack:
            tok, depth = stack.pop()
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in FRAME_PREPS:
                    for obj in child.children:
                        if obj.dep_ != "pobj":
                            continue
                        ev = self._event_noun(obj)
                        if ev is not None:
                            m, _ = self._direct(ev, seen)
                            if m is None:
                                m = self._earlier(ev, seen)
                            if m is not None:
                                return m, "frame"
                elif child.dep_ in {"dobj", "acl", "prep", "pcomp", "aux"} and depth < 3:
                    stack.append((child, depth + 1))
        if trig.pos_ == "NOUN" and any(c.lower_ in {"the", "this"} or c.dep_ == "poss"
                                       for c in trig.children):
            m = self._earlier(trig, seen)
            if m is not None:
                return m, "frame"
        return None, ""

    def _event_noun(self, tok: Token) -> Token | None:
        return noun_through_of(
            tok, lambda t: t.lemma_.lower() in EVENT_NOUNS and t.lower_ != "course")

    def _earlier(self, noun: Token, seen: set[int]) -> Mention | None:
        """The location of the latest earlier mention of the same event: the same noun, or
        for a trip noun ("the visit") any earlier verb or noun of travel."""
        lemma = noun.lemma_.lower()
        same = {lemma} | (MOVE_LEMMAS if lemma in MOVE_LEMMAS | {"stay"} else set())
        for i in range(noun.i - 1, -1, -1):
            tok = self.doc[i]
            if tok.lemma_.lower() in same and tok.i not in seen:
                m, _ = self._direct(tok, seen)
                if m is not None:
                    return m
        return None

    def _head(self, trig: Token, seen: set[int]) -> tuple[Mention | None, str]:
        head = trig.head
        if head == trig:
            return None, ""
        light = trig.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS
        split = trig.dep_ == "advcl" and abs(head.i - trig.i) <= 2  # "co - chair"
        if trig.dep_ in {"conj", "xcomp"} or light or split:
            m = self._prep_place(head, LOC_PREPS)
            if m is None and split:
                m, _ = self._direct(head, seen)
            if m is not None:
                return m, "head"
        # a noun event at a verb's venue: "represented India at the ... meeting"
        if trig.pos_ == "NOUN" and trig.dep_ == "pobj" and head.lower_ in {"at", "during"}:
            verb = head.head
            if verb.pos_ in {"VERB", "AUX"}:
                m, _ = self._direct(verb, seen)
                if m is not None:
                    return m, "head"
        return None, ""

    def _refine(self, trig: Token, m: Mention) -> Mention | None:
        if m.entry is None or m.entry.kind != "country":
            return None
        sents = list(self.doc.sents)
        here = next(n for n, s in enumerate(sents) if s.start <= trig.i < s.end)
        lo = sents[max(0, here - 2)].start_char
        best: Mention | None = None
        for other in self.mentions:
            e = other.entry
            if e is None or e.kind != "city" or e.country != m.entry.country:
                continue
            if not lo <= other.start < trig.idx:
                continue
            if self._is_destination(other):
                best = other
        return best

    def _is_destination(self, m: Mention) -> bool:
        head = self.doc[m.tok_end - 1]
        nxt = [t for t in self.doc[m.tok_end : m.tok_end + 4] if t.lower_ == "where"]
        if nxt:
            return True
        if m.container is not None:
            after = self.doc[m.container.tok_end : m.container.tok_end + 2]
            if any(t.lower_ == "where" for t in after):
                return True
        prep = head.head
        verb = prep.head
        return bool(
            head.dep_ == "pobj" and prep.lower_ in DEST_PREPS | {"in", "at"}
            and verb.lemma_.lower() in MOVE_LEMMAS
        )

    def locate(self, trig: Token) -> Place | None:
        m, how = self._direct(trig, set())
        if m is None or m.entry is None:
            return None
        finer = self._refine(trig, m)
        if finer is not None:
            m, how = finer, f"{how}+refine"
        place = m.place()
        return None if place is None else replace(place, rule=f"{place.rule};locate:{how}")
