"""Find actor mentions in a parsed article: named people (with the titles written
before them and appositives after them), organisations, countries and places, nominal
actors ("officials in the Defence Ministry", "Indian troops"), demonym groups
("Palestinians") and personal pronouns (resolved later by ``coref``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.actors.countries import country_lexicon
from dateline.actors.organisations import org_lexicon
from dateline.actors.roles import (
    CORPORATE_SUFFIXES,
    ELITE_MODIFIERS,
    PORTFOLIOS,
    ROLE_WORDS,
    SPEECH_NOUNS,
)
from dateline.actors.wire_mentions import (
    LEGAL_PARTY,
    capital_for_person,
    military_division,
    place_named_body,
)

__all__ = ["Mention", "PRONOUNS", "find_mentions", "is_demonym_entity"]

PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})

# Nouns naming the people of a body, actors when a body or "its"/"their" owns them:
# "its members", "the guild's members", "the union's workers".
GROUP_NOUNS = frozenset({"member", "worker", "employee", "staff", "supporter", "follower",
                         "membership"})

_DETS = {"the", "a", "an", "his", "her", "their", "its", "our"}
_TITLE_EXTRA = {"counterpart", "deputy", "vice", "acting", "foreign", "chief", "prime",
                "state", "senior", "top", "first", "interim", "caretaker", "opposition",
                "ruling", "party", "leader", "general", "-", "then", "outgoing", "new",
                "visiting", "incoming", "embattled", "veteran", "longtime", "powerful",
                "junior", "assistant", "former", "ousted", "exiled"}
_LOWER_OK = (frozenset(w for k in ROLE_WORDS for w in k.split()) | frozenset(PORTFOLIOS)
             | ELITE_MODIFIERS | _TITLE_EXTRA)
_ORG_SUFFIXES = {"party", "organisation", "organization", "council", "commission",
                 "committee", "front", "movement", "army", "union", "association", "corp",
                 "corporation", "inc", "ltd", "company", "group", "bank", "agency", "institute",
                 "university", "ministry", "department", "force", "forces", "league", "alliance",
                 "brigade", "brigades", "government", "authority", "court", "parliament",
                 "assembly", "office", "service", "fund", "federation", "board", "guard",
                 "guild", "teamsters", "teamster", "confederation", "congress"}
_RIGHT_PREPS = {"of", "in", "at", "from", "for"}
_SKIP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


@dataclass
class Mention:
    start: int  # token index
    end: int  # exclusive
    head: int  # token index of the head
    source: str  # person | org | gpe | norp | nominal | pronoun | alias
    extra_tokens: list[int] = field(default_factory=list)  # also map these ("statement")
    nested: bool = False
    # the tokens of a person's name the tagger did not call a person ("Yasuo Fukuda")
    name_tokens: list[int] = field(default_factory=list)

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


def _meaningful(t: Token) -> bool:
    low = t.lower_
    if low in _LOWER_OK and low not in ("-", "party", "state", "first", "new", "then"):
        return True
    lex = country_lexicon()
    return (lex.find(t.text, cities=False) is not None or org_lexicon().find(t.text) is not None
            or (t.is_title and t.lower_ in ROLE_WORDS))


def _extend_left(doc: Doc, start: int, taken: set[int]) -> int:
    """Take in the title written before a name: 'his Russian counterpart General',
    'Arab League Secretary General', 'U.S. negotiator'."""
    sent_start = doc[start].sent.start
    lex = country_lexicon()
    orgs = org_lexicon()
    i = start - 1
    scanned: list[int] = []
    known: set[int] = set()  # tokens of a known country or organisation name
    while i >= sent_start:
        t = doc[i]
        low = t.lower_
        if i in taken or t.ent_type_ in _SKIP_ENTS or t.ent_type_ == "PERSON":
            break
        if low in _DETS:
            scanned.append(i)
            break
        ent = _ent_at(doc, i)
        if ent is not None and ent.label_ in ("ORG", "GPE", "NORP") and ent.start < i:
            if any(k in taken for k in range(ent.start, i + 1)):
                break
            # a multi-word name before the title: take it whole
            if lex.find(ent.text, cities=False) or orgs.find(ent.text):
                known.update(range(ent.start, i + 1))
            scanned.extend(range(i, ent.start - 1, -1))
            i = ent.start - 1
            continue
        if t.tag_ == "POS":
            scanned.append(i)
        elif low in ("of", "and", "&"):
            if not (i - 1 >= sent_start and doc[i - 1].is_title and doc[i + 1].is_title):
                break
            scanned.append(i)
        elif lex.find(t.text, cities=False) is not None or orgs.find(t.text):  # "U.S.", "U.N."
            scanned.append(i)
            known.add(i)
        elif (t.is_title or t.is_upper) and t.is_alpha and t.pos_ in ("PROPN", "ADJ", "NOUN"):
            scanned.append(i)
        elif t.text in ("-", "\u2019s", "'s") or low in _LOWER_OK:
            scanned.append(i)
        elif _portfolio_modifier(t, start):
            # "Guinean natural resources minister": a lower-case portfolio the parser
            # hangs on the title; taken only when a country or name lies further left
            scanned.append(i)
        else:
            break
        i -= 1
    # "and" joins titles only inside "Minister of Industry and Trade"
    for k in sorted(scanned, reverse=True):
        if doc[k].lower_ in ("and", "&") and not any(
                doc[j].lower_ == "of" for j in scanned if j < k):
            scanned = [j for j in scanned if j > k]
            break
    if not scanned:
        return start
    meaningful = [k for k in scanned if k in known or _meaningful(doc[k])]
    if not meaningful:
        return start
    new_start = max(meaningful[-1], min(scanned))
    # keep a determiner or possessive right before the leftmost meaningful word
    leftmost = min(scanned)
    if doc[leftmost].lower_ in _DETS and leftmost == meaningful[-1] - 1:
        new_start = leftmost
    # an owner before a possessive: "Lithuania's president"
    if new_start > sent_start and doc[new_start].tag_ == "POS" and new_start - 1 not in taken:
        new_start -= 1
    while new_start < start and doc[new_start].lower_ in ("of", "and", "&", "-"):
        new_start += 1
    return new_start


def _portfolio_modifier(t: Token, start: int) -> bool:
    """A lower-case noun or adjective inside the title's own noun phrase ("natural" and
    "resources" in "natural resources minister"): a modifier whose head lies to its right,
    no further than the title word the mention starts at, all of them nouns or
    adjectives."""
    if not t.is_alpha or not t.is_lower or t.pos_ not in ("NOUN", "ADJ"):
        return False
    if t.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = t.head
    for _ in range(4):
        if head.i <= t.i or head.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return False
        if head.lower_ in _LOWER_OK and head.i <= start:
            return True
        if head.dep_ not in ("amod", "compound", "nmod") or head == head.head:
            return False
        head = head.head
    return False


def is_demonym_entity(ent: Span) -> bool:
    """An entity made of a demonym or country adjective ("Ugandan"), alone or before the
    plural name of a people ("Bosnian Serbs", "Iraqi Kurds"), whatever label the tagger
    gave it: never a person's name."""
    lex = country_lexicon()
    if len(ent) > 3 or lex.demonym(ent[0].text) is None:
        return False
    return all(lex.demonym(t.text) is not None or t.tag_ in ("NNPS", "NNS") for t in ent[1:])


def _ent_at(doc: Doc, i: int) -> Span | None:
    tok = doc[i]
    if not tok.ent_type_:
        return None
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return ent
    return None


def _right_appos(doc: Doc, head: Token, end: int) -> int:
    """'Harry Tseng, Taiwan's deputy foreign minister': take in a role appositive;
    'King Hassan of Morocco': take in 'of' and a country."""
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        ent = _ent_at(doc, end + 1)
        if ent is not None and ent.label_ == "GPE" and ent.start == end + 1 \
                and country_lexicon().find(ent.text, cities=False) is not None:
            return ent.end
    for child in head.rights:
        if child.dep_ != "appos" or child.i < end:
            continue
        info = ROLE_WORDS.get(child.lemma_.lower()) or ROLE_WORDS.get(child.lower_)
        if info is not None and info.person and end < len(doc) and doc[end].text == ",":
            last = max(t.i for t in child.subtree)
            return last + 1
    return end


def _person_like(doc: Doc, ent: Span, surnames: set[str]) -> bool:
    return ent.label_ != "PERSON" and ent.text in surnames


def find_mentions(doc: Doc) -> list[Mention]:
    lex = country_lexicon()
    orgs = org_lexicon()
    out: list[Mention] = []
    taken: set[int] = set()
    ents = list(doc.ents)
    # a name the tagger took for an organisation that a person's role follows ("Yasuo
    # Fukuda, a Finance Ministry official"): a person, whose surname may recur
    appos_people = {ent.start for ent in ents if ent.label_ == "ORG" and len(ent) > 1
                    and lex.find(ent.text) is None and orgs.find(ent.text) is None
                    and all(t.is_title for t in ent) and not _ORG_SUFFIXES & {
                        t.lower_ for t in ent}
                    and _right_appos(doc, ent.root, ent.end) > ent.end}
    surnames = {e[-1].text for e in ents if (e.label_ == "PERSON" or e.start in appos_people)
                and len(e) > 1}

    # 1. People, with their titles and appositives.
    for ent in ents:
        if (ent.label_ == "PERSON" or ent.start in appos_people
                or (_person_like(doc, ent, surnames) and len(ent) == 1)):
            if ent.label_ == "PERSON" and orgs.find(ent.text) is not None:
                continue
            if ent.label_ == "PERSON" and is_demonym_entity(ent):
                continue  # "Ugandan opposition candidates" mis-tagged as a name
            if ent.label_ == "PERSON" and _is_title_only(ent):
                continue
            if ent.label_ == "PERSON" and capital_for_person(doc, ent, surnames):
                # "Kiev said", "Juba accused ...": a capital the tagger took for a name
                out.append(Mention(ent.start, ent.end, ent.root.i, "gpe"))
                taken.update(range(ent.start, ent.end))
                continue
            ent_end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end  # "Putin's"
            if ent_end <= ent.start:
                continue
            start = _extend_left(doc, ent.start, taken)
            ent_end = _company_end(doc, ent_end)
            end = _right_appos(doc, ent.root, ent_end)
            source = "person" if ent.label_ == "PERSON" or ent.start in appos_people \
                else "alias"
            out.append(Mention(start, end, ent.root.i, source))
            if ent.start in appos_people:
                out[-1].name_tokens = list(range(ent.start, ent.end))
            taken.update(range(start, end))

    # Surnames repeated without an entity tag ("Modi said").
    for tok in doc:
        if (tok.i not in taken and tok.pos_ == "PROPN" and tok.text in surnames
                and not tok.ent_type_):
            out.append(Mention(tok.i, tok.i + 1, tok.i, "alias"))
            taken.add(tok.i)

    # 2. Organisations, countries, places; demonym groups.
    for ent in ents:
        if any(k in taken for k in range(ent.start, ent.end)):
            continue
        head = ent.root
        if ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP"):
            text = ent.text
            place = lex.find(text)
            org = orgs.find(text)
            if ent.label_ == "NORP":
                if head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("amod", "compound"):
                    continue
                if place is None and org is None:
                    continue
            elif ent.label_ in ("GPE", "LOC", "FAC") and place is None and org is None:
                if ent.label_ != "GPE":
                    continue
            elif ent.label_ == "ORG" and place is None and org is None:
                root = {ent.root.lemma_.lower(), ent.root.lower_}
                if not (root & _ORG_SUFFIXES or root & set(ROLE_WORDS)):
                    continue
            if ent.label_ == "GPE" and place is None and org is None:
                end = _right_appos(doc, head, ent.end)
                if end > ent.end:  # "Kenzo Oshima, the U.N. relief coordinator": a person
                    start = min(ent.start, _left_start(head))
                    out.append(Mention(start, end, head.i, "person"))
                    taken.update(range(start, end))
                    continue
            body = place_named_body(doc, ent, _left_start)
            if body is not None and place is not None and org is None:
                # "the Taiwan committee of soybean importers": a body from the country,
                # not the state itself
                out.append(Mention(body[0], body[1], head.head.i, "nominal"))
                taken.update(range(body[0], body[1]))
                continue
            start, end = ent.start, ent.end
            if ent.label_ == "ORG":
                # take in modifiers before the name: "the 19th India-Russia Commission",
                # "Israel's Cabinet" (a country named there stays a mention of its own)
                start = min(start, _left_start(ent.root))
                while start < ent.start and start in taken and not doc[start].ent_type_:
                    start += 1
            if ent.label_ == "NORP" and start > 0 and doc[start - 1].lower_ == "ethnic":
                start -= 1  # "ethnic Albanians": a people, coded without a state
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            m = Mention(start, end, head.i, "org" if ent.label_ in ("ORG", "NORP") else "gpe")
            # a compound modifier of a speech noun: "a Defence Ministry statement"
            if head.dep_ == "compound" and head.head.lemma_.lower() in SPEECH_NOUNS:
                m.extra_tokens.append(head.head.i)
            if head.dep_ == "poss" and head.head.lemma_.lower() in SPEECH_NOUNS:
                m.extra_tokens.append(head.head.i)
            out.append(m)
            taken.update(range(start, end))

    # 2b. A misspelt country name the tagger missed or took for an organisation
    # ("Ethopia accused ...", "Quatar's emir").
    for tok in doc:
        if (tok.i not in taken and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG", "GPE")
                and lex.misspelt(tok.text) is not None):
            out.append(Mention(tok.i, tok.i + 1, tok.i, "gpe"))
            taken.add(tok.i)

    # 3. Nominal actors: role nouns with their modifiers and of/in/at tails.
    for role_tok in doc:
        if role_tok.i in taken or role_tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if not _is_role_noun(role_tok):
            continue
        tok = role_tok
        if tok.dep_ in ("compound", "nmod", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
            head = tok.head
            if (_is_role_noun(head) or head.i in taken or head.ent_type_
                    or tok.dep_ != "compound" or head.i < tok.i):
                continue
            tok = head  # "Israeli army bulldozers": the army's bulldozers act for it
        start = _left_start(tok)
        end = tok.i + 1
        if True:  # "officials in the Defence Ministry", "government of Sindh province"
            for child in tok.rights:
                if child.dep_ == "prep" and child.lower_ in _RIGHT_PREPS:
                    end = max(end, max(t.i for t in child.subtree) + 1)
                    break
        nested = any(k in taken for k in range(start, end))
        m = Mention(start, end, tok.i, "nominal", nested=nested)
        out.append(m)
        taken.add(tok.i)

    # 3b. People named by a demonym and a noun we do not know ("Algerian landowners").
    for tok in doc:
        if tok.i in taken or tok.tag_ not in ("NNS", "NNPS") or tok.dep_ == "compound":
            continue
        demonyms = [c for c in tok.lefts if c.dep_ in ("amod", "compound")
                    and lex.demonym(c.text) is not None]
        compounds = [c for c in tok.lefts if c.dep_ == "compound" and c not in demonyms]
        acting = tok.dep_ in ("nsubj", "nsubjpass", "agent") or (
            tok.dep_ in ("dobj", "pobj") and not compounds)
        if demonyms and acting and not compounds:
            out.append(Mention(_left_start(tok), tok.i + 1, tok.i, "nominal"))
            taken.add(tok.i)

    # 3c. A body's people: "its members", "the guild's members".
    for tok in doc:
        if tok.i in taken or tok.pos_ != "NOUN" or tok.lemma_.lower() not in GROUP_NOUNS:
            continue
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss and (poss[0].lower_ in ("its", "their") or poss[0].i in taken):
            start = poss[0].i  # "its members"; after an owner mention: "members"
            while start < tok.i and (start in taken or doc[start].tag_ == "POS"):
                start += 1
            out.append(Mention(start, tok.i + 1, tok.i, "nominal"))
            taken.add(tok.i)

    # 4. Speech nouns owned by nominal actors are handled above; pronouns:
    for tok in doc:
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
            out.append(Mention(tok.i, tok.i + 1, tok.i, "pronoun"))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _company_end(doc: Doc, end: int) -> int:
    """A name the tagger took for a person but that a corporate ending follows ("Dubin
    Clark and Co", "Echlin Inc" split off): the mention runs to the ending."""
    if end < len(doc) and doc[end].lower_ in CORPORATE_SUFFIXES:
        return end + 1
    if (end + 1 < len(doc) and doc[end].lower_ in ("and", "&")
            and doc[end + 1].lower_ in CORPORATE_SUFFIXES):
        return end + 2
    return end


_LEFT_DEPS = {"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case",
              "advmod", "punct", "predet"}


def _left_start(tok: Token) -> int:
    """The start of a noun's own modifiers, stopping at verbs and clauses."""
    start = tok.i
    for child in reversed(list(tok.lefts)):
        if _led_by_country(child):  # "Vietnamese-led forces", "a Somalia-based group"
            start = min(start, child.left_edge.i)
            continue
        if child.dep_ not in _LEFT_DEPS or child.pos_ in ("VERB", "AUX"):
            break
        if child.dep_ == "punct" and child.text not in ("-",):
            break
        sub = list(child.subtree)
        if any(t.pos_ == "VERB" for t in sub):
            break
        start = min(start, sub[0].i)
    return start


def _led_by_country(t: Token) -> bool:
    """ "Vietnamese-led", "US-led", "Somalia-based": a participle whose modifier names
    the country that leads or hosts the noun's referent."""
    if t.dep_ != "amod" or t.lower_ not in ("led", "based"):
        return False
    lex = country_lexicon()
    return any(c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i == t.i - 2
               and t.doc[t.i - 1].text == "-" and lex.find(c.text, cities=False) is not None
               for c in t.children)


def _is_title_only(ent: Span) -> bool:
    return all(t.lower_ in ROLE_WORDS or t.lower_ in PORTFOLIOS for t in ent)


# Role nouns that are actors only in some forms: "the authorities" but not "his
# authority"; "the Bank" or "World Bank" but not "a bank of the Euphrates".
_PLURAL_ONLY = {"authority"}
_CAPITALISED_ONLY = {"bank", "office", "house"}


def _is_role_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if lemma in _PLURAL_ONLY and tok.tag_ not in ("NNS", "NNPS") and not tok.is_title:
        return False
    if lemma in _CAPITALISED_ONLY and not tok.is_title and not any(
            c.dep_ == "poss" for c in tok.lefts):
        return False
    if lemma == "party" and any(c.dep_ == "amod" and c.lower_ in LEGAL_PARTY
                                for c in tok.lefts):
        return False  # "a potentially responsible party", "third parties": a legal term
    if lemma == "division" and not military_division(tok):
        return False  # "Ducommun's largest division": a company's
    if lemma in ROLE_WORDS or low in ROLE_WORDS:
        return True
    if (tok.tag_ in ("NNPS", "NNS", "NNP") and low.endswith("s") and lemma == low
            and (tok.tag_ != "NNP" or tok.is_sent_start
                 or (tok.i > 0 and tok.doc[tok.i - 1].is_punct))
            and low[:-1] in ROLE_WORDS):
        return True  # "Rebels attacked ...": a capitalised plural the tagger left unlemmatised
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None:
        two = f"{prev.lower_} {lemma}"
        if two in ROLE_WORDS:
            return True
    return False
