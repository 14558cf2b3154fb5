"""ActorCoder and DocActors: find, code and resolve every actor mention of an article.

Order of evidence for a mention's country (first that speaks wins; ``Actor.rule`` names
it, ``Actor.confidence`` grades it):

1. the mention's own words: demonym, country, capital/city, an organisation's home
   country (``text.*``, 0.95);
2. its coreference chain: a fuller or earlier mention of the same person (``coref.*``);
3. a counterpart relation: "his Russian counterpart" takes the office of the person
   "his" refers to and its own demonym's country (``counterpart``, 0.9);
4. a predicate: "he represented India" (``predicate``, 0.85);
5. imported world knowledge, dated by the article's date (``knowledge``, 0.7);
6. the article's home country, for unqualified state actors only (``home_country``, 0.6).

Otherwise the country is None: unknown, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.actors.context import (
    HOME_CONFIDENCE,
    STATE_SECTORS,
    capital_acts,
    flight_country,
    home_country,
    international_words,
    placed_elsewhere,
    predicate_country,
)
from dateline.actors.coref import company_key, link_names, name_key, resolve_pronoun
from dateline.actors.countries import country_lexicon
from dateline.actors.describe import Description, describe
from dateline.actors.knowledge import ActorKnowledge
from dateline.actors.mentions import Mention, find_mentions, is_demonym_entity
from dateline.actors.organisations import org_lexicon
from dateline.actors.possessives import revise_possessed
from dateline.actors.posts import revise_posts
from dateline.actors.sovereignty import holder_on
from dateline.types import Actor

__all__ = ["ActorCoder", "DocActors"]



class DocActors:
    """The coded actor mentions of one article."""

    def __init__(self, mentions: list[Actor], by_token: dict[int, Actor],
                 groups: dict[int, list[Actor]] | None = None,
                 home: str | None = None) -> None:
        self.mentions = mentions
        self._by_token = by_token
        self._groups = groups or {}
        self.home = home  # the article's home country (``context.home_country``), if any

    def actor_at(self, token: Token) -> Actor | None:
        """The actor whose noun phrase contains ``token`` (pronouns and short names come
        back with their antecedent's coding), or None if the token is not part of one."""
        return self._by_token.get(token.i)

    def actors_at(self, token: Token) -> list[Actor]:
        """Every actor a noun phrase stands for: "Hungarian and Romanian officials" gives
        Hungarian officials and Romanian officials (``actor_at`` gives the first)."""
        if token.i in self._groups:
            return list(self._groups[token.i])
        a = self._by_token.get(token.i)
        return [a] if a is not None else []


@dataclass
class _Coded:
    mention: Mention
    desc: Description
    name: str | None = None
    country: str | None = None
    sectors: tuple[str, ...] = ()
    role: str | None = None
    kind: str = "unknown"
    code: str | None = None
    rule: str = ""
    confidence: float = 0.5
    antecedent: int | None = None  # index of the mention it refers to


class ActorCoder:
    """Codes actors of parsed articles. Build once per process: lexicons load once."""

    def __init__(self, knowledge: ActorKnowledge | None = None) -> None:
        self.knowledge = knowledge
        country_lexicon()
        org_lexicon()
        self._nlp: Language | None = None

    # -- one article -------------------------------------------------------------------
    def for_doc(self, doc: Doc, published: date, title: str | None = None) -> DocActors:
        """Code every actor mention of ``doc``. ``title``, the article's title when it is
        not part of the text, is read only as context for the home country."""
        mentions = find_mentions(doc)
        person_tokens = {t.i for e in doc.ents if e.label_ == "PERSON"
                         and not is_demonym_entity(e) for t in e}
        person_tokens |= {t for m in mentions if m.source == "alias"
                          for t in range(m.start, m.end)}
        person_tokens |= {t for m in mentions for t in m.name_tokens}
        # a capital the tagger took for a person ("Kiev said"): found as a place
        person_tokens -= {t for m in mentions if m.source == "gpe"
                          for t in range(m.start, m.end)}
        coded: list[_Coded] = []
        for m in mentions:
            if m.source == "pronoun":
                coded.append(_Coded(m, Description(), kind="person", rule="pronoun.unresolved",
                                    confidence=0.3))
                continue
            d = describe(list(doc[m.start:m.end]), person_tokens)
            coded.append(self._from_description(m, d, doc, published))
        revise_posts(doc, coded)
        self._link(doc, coded)
        self._counterparts(doc, coded)
        self._propagate(coded)
        revise_possessed(doc, coded, {i: self._root(coded, i) for i in range(len(coded))})
        self._owners(doc, coded)
        self._predicates(doc, coded)
        self._knowledge(coded, published)
        self._flight(doc, coded)
        self._home(doc, coded, title)
        self._propagate(coded)
        built = self._build(doc, coded)
        built.home = home_country(doc, title)
        return built

    def _from_description(self, m: Mention, d: Description, doc: Doc,
                          published: date | None = None) -> _Coded:
        if (d.country and d.country_evidence and published is not None
                and d.rule in ("country.capital", "country.city",
                               "country.capital_as_government")):
            # "Juba" in 1995 is Sudan's: a capital names the state that held it then
            d.country = holder_on(d.country_evidence, d.country, published)
        if (d.org is not None and d.org.since is not None and published is not None
                and published.year < d.org.since and d.rule == "country.organisation"):
            # "Wagner and Brown" in 1987: not the Wagner Group, founded in 2014
            d.country, d.country_evidence, d.rule = None, None, ""
            if d.name == d.org.name:
                d.name = doc[m.start:m.end].text
            d.sectors, d.kind, d.code, d.org = (), "unknown", None, None
        c = _Coded(m, d, name=d.name, country=d.country, sectors=d.sectors, role=d.role,
                   kind=d.kind, code=d.code, rule=d.rule and "text." + d.rule,
                   confidence=0.95 if d.country else 0.9 if (d.code or d.sectors) else 0.5)
        if (m.source in ("person", "alias") and c.kind in ("unknown", "group", "organisation")
                and d.rule != "company"):
            c.kind = "person"
        if m.source == "gpe" and c.kind == "unknown" and not c.sectors:
            c.kind = "place"
        if c.kind == "place" and d.rule.endswith("capital_as_government"):
            if not capital_acts(doc[m.head]):
                c.sectors = ()
                c.rule = "text.country.capital"
        if not c.rule:
            c.rule = "text.role" if c.sectors else "text"
        return c

    def _people(self, coded: list[_Coded]) -> list[int]:
        return [i for i, c in enumerate(coded) if c.kind == "person"
                and c.mention.source != "pronoun" and c.name]

    def _link(self, doc: Doc, coded: list[_Coded]) -> None:
        people = self._people(coded)
        links = link_names([(i, coded[i].name) for i in people])
        for i, linked in links.items():
            coded[i].antecedent = linked
        self._link_companies(doc, coded)
        # pronoun antecedents: named people and singular role nouns ("the minister")
        singular = [i for i, c in enumerate(coded) if c.kind == "person"
                    and c.mention.source != "pronoun" and not c.desc.head_plural]
        spans = [(i, coded[i].mention.start, coded[i].mention.end, coded[i].mention.head)
                 for i in singular]
        sents = list(doc.sents)
        for c in coded:
            if c.mention.source == "pronoun":
                found = resolve_pronoun(doc, c.mention.head, spans, sents)
                if found is not None:
                    first = coded[found].antecedent
                    c.antecedent = first if first is not None else found

    def _link_companies(self, doc: Doc, coded: list[_Coded]) -> None:
        """A company named in full once ("Echlin Inc", "Dubin Clark and Co") and later by
        its name alone ("Echlin said"): the short mention is the company."""
        companies: list[tuple[int, tuple[str, ...]]] = []
        for i, c in enumerate(coded):
            if c.desc.rule == "company" and c.name:
                key = company_key(c.name)
                if key:
                    companies.append((i, key))
                continue
            # "Hutton said" after "E.F. Hutton Group Inc": a place name no gazetteer
            # knows is the company too
            unknown_place = c.kind == "place" and c.country is None
            if not companies or c.mention.source == "pronoun" \
                    or c.kind not in ("person", "unknown") and not unknown_place:
                continue
            name = c.name or (doc[c.mention.start:c.mention.end].text if unknown_place
                              else None)
            if not name:
                continue
            key = name_key(name)
            for first, full in reversed(companies):
                # "E.F. Hutton Group Inc" ... "Hutton": initials before the name may go
                bare = full
                while bare and len(bare[0]) <= 4 and bare[0].endswith("."):
                    bare = bare[1:]
                if key and key in (full[:len(key)], bare[:len(key)]) and first < i:
                    c.antecedent, c.kind = first, "organisation"
                    break

    def _root(self, coded: list[_Coded], i: int) -> int:
        seen = set()
        nxt = coded[i].antecedent
        while nxt is not None and i not in seen:
            seen.add(i)
            i = nxt
            nxt = coded[i].antecedent
        return i

    def _counterparts(self, doc: Doc, coded: list[_Coded]) -> None:
        for i, c in enumerate(coded):
            if not c.desc.has_counterpart:
                continue
            owner = self._counterpart_owner(doc, coded, i)
            if owner is None:
                continue
            root = coded[self._root(coded, owner)]
            own = tuple(s for s in c.desc.title_sectors if s not in root.sectors)
            c.sectors = tuple(dict.fromkeys(root.sectors + own))
            c.role = root.role or c.role
            c.rule = "counterpart"
            c.confidence = 0.9 if c.country else 0.5
            if c.country is not None and c.country == root.country:
                c.country = None  # a counterpart is from another country

    def _counterpart_owner(self, doc: Doc, coded: list[_Coded], i: int) -> int | None:
        m = coded[i].mention
        for k, other in enumerate(coded):
            om = other.mention
            if k != i and om.source == "pronoun" and m.start <= om.start < m.end:
                return k
        before = [doc[m.start - 1]] if m.start > 0 else []
        for tok in before + list(doc[m.start:m.end]):
            if tok.tag_ == "POS":
                owner_tok = tok.head
                for k, other in enumerate(coded):
                    if k != i and other.mention.start <= owner_tok.i < other.mention.end:
                        return k
        return None

    def _owners(self, doc: Doc, coded: list[_Coded]) -> None:
        """"his office", "Putin's spokesman": a body or aide owned by a known person takes
        that person's country (never for counterparts, who are foreign by definition)."""
        for i, c in enumerate(coded):
            if c.country or c.desc.has_counterpart or c.mention.source == "pronoun":
                continue
            if c.kind not in ("organisation", "person", "group"):
                continue
            owner = self._counterpart_owner(doc, coded, i)
            if owner is None:
                continue
            root = coded[self._root(coded, owner)]
            if root.kind == "person" and root.country:
                c.country = root.country
                c.confidence = min(root.confidence, 0.8)
                c.rule = (c.rule + "+owner") if c.rule else "owner"

    def _propagate(self, coded: list[_Coded]) -> None:
        """Chains share one coding: the first mention that says each thing wins."""
        chains: dict[int, list[int]] = {}
        for i in range(len(coded)):
            chains.setdefault(self._root(coded, i), []).append(i)
        for root, members in chains.items():
            if len(members) < 2:
                continue
            ordered = sorted(members)
            best_name = max((coded[k].name or "" for k in ordered
                             if coded[k].mention.source != "pronoun"), key=len, default="")
            best_country = next((coded[k].country for k in ordered if coded[k].country), None)
            best_role = next((coded[k].role for k in ordered if coded[k].role), None)
            best_sectors = next((coded[k].sectors for k in ordered if coded[k].sectors), ())
            src = next((coded[k] for k in ordered if coded[k].country), coded[root])
            for k in members:
                c = coded[k]
                c.name = best_name or c.name
                if c.country is None and best_country:
                    c.country = best_country
                    c.confidence = src.confidence
                    if k != root and not c.rule.startswith("coref"):
                        c.rule = f"coref.{'pronoun' if c.mention.source == 'pronoun' else 'name'}"
                elif k != root and c.mention.source == "pronoun":
                    c.rule = "coref.pronoun"
                    c.confidence = coded[root].confidence
                if c.mention.source in ("pronoun", "alias") or not c.role:
                    c.role = best_role or c.role
                if c.mention.source in ("pronoun", "alias") or not c.sectors:
                    c.sectors = best_sectors or c.sectors
                if k != root and c.mention.source in ("pronoun", "alias", "person"):
                    c.rule = c.rule if c.rule.startswith("coref") else (
                        "coref.pronoun" if c.mention.source == "pronoun" else "coref.name")

    def _predicates(self, doc: Doc, coded: list[_Coded]) -> None:
        chains: dict[int, list[int]] = {}
        for i, c in enumerate(coded):
            if c.kind == "person":
                chains.setdefault(self._root(coded, i), []).append(i)
        for members in chains.values():
            if any(coded[k].country for k in members):
                continue
            heads = {coded[k].mention.head for k in members}
            country = predicate_country(doc, heads)
            if country:
                for k in members:
                    coded[k].country = country
                    coded[k].confidence = 0.85
                    coded[k].rule = "predicate.represent"

    def _flight(self, doc: Doc, coded: list[_Coded]) -> None:
        """"refugees fleeing the war in Liberia": people who flee a place come from it."""
        for c in coded:
            if c.country or c.code or c.mention.source == "pronoun":
                continue
            if c.kind not in ("group", "person", "unknown"):
                continue
            country = flight_country(doc[c.mention.head])
            if country:
                c.country = country
                c.confidence = 0.8
                c.rule = (c.rule + "+flight") if c.rule else "flight"

    def _knowledge(self, coded: list[_Coded], published: date) -> None:
        if not self.knowledge:
            return
        for c in coded:
            if c.kind not in ("person", "organisation", "unknown") or not c.name:
                continue
            if c.country and c.sectors:
                continue
            found = self.knowledge.role_on(c.name, published)
            if found is None:
                continue
            actor, role = found
            if c.country and role.country and role.country != c.country:
                continue  # the text names another country: not the same actor
            if c.country is None and role.country:
                c.country = role.country
                c.confidence = 0.7
                c.rule = "knowledge"
            if not c.sectors and role.sectors:
                c.sectors = role.sectors
                c.rule = "knowledge"
            c.role = c.role or role.role
            c.code = c.code or role.code
            c.name = actor.name if c.mention.source != "pronoun" else c.name

    def _home(self, doc: Doc, coded: list[_Coded], title: str | None = None) -> None:
        home = None
        computed = False
        for c in coded:
            if c.country or c.code or c.rule == "counterpart":
                continue
            rebels = c.kind == "group" and "REB" in c.sectors and not c.name
            if (not set(c.sectors) & STATE_SECTORS and not rebels) \
                    or c.kind in ("country", "place"):
                continue
            if "IGO" in c.sectors or c.kind == "igo" or international_words(c.mention, doc) \
                    or placed_elsewhere(c.mention, doc):
                continue  # "World Bank president Conable", "officials in the area"
            if c.kind == "group" and not set(c.sectors) & {"GOV", "LEG", "JUD"} \
                    and not rebels:
                continue  # unqualified troops or police may be anyone's (rebels fight
                # their own country's government: a domestic armed group)
            if c.desc.demonym_marked or c.desc.bilateral:
                continue
            if not computed:
                home, computed = home_country(doc, title), True
            if home is None:
                return
            c.country = home
            c.confidence = HOME_CONFIDENCE
            c.rule = (c.rule + "+home_country") if c.rule else "home_country"

    def _build(self, doc: Doc, coded: list[_Coded]) -> DocActors:
        actors: list[Actor] = []
        by_token: dict[int, Actor] = {}
        order = sorted(range(len(coded)),
                       key=lambda i: -(coded[i].mention.end - coded[i].mention.start))
        built: dict[int, Actor] = {}
        for i, c in enumerate(coded):
            span = doc[c.mention.start:c.mention.end]
            text = span.text
            if c.desc.bilateral and len(c.desc.countries) >= 2 and c.kind == "unknown":
                c.kind = "group"  # "the Turkish and Greek sides": one group per country
            if not (c.country or c.sectors or c.code or c.name or c.kind != "unknown"):
                continue
            built[i] = Actor(text=text, start=span.start_char, end=span.end_char, name=c.name,
                             country=c.country, sectors=c.sectors, role=c.role, kind=c.kind,
                             code=c.code, rule=c.rule, confidence=round(c.confidence, 2))
            actors.append(built[i])
        groups: dict[int, list[Actor]] = {}
        for i, c in enumerate(coded):
            if i in built and c.desc.bilateral and c.kind in ("group", "person") \
                    and len(c.desc.countries) >= 2:
                parts = [replace(built[i], country=country, rule="text.coordinated",
                                 confidence=0.9) for country, _ in c.desc.countries]
                k = actors.index(built[i])
                actors[k:k + 1] = parts
                built[i] = parts[0]
                m = c.mention
                for t in range(m.start, m.end):
                    groups[t] = parts
                for part, (_, toks) in zip(parts, c.desc.countries, strict=True):
                    for t in toks:
                        groups[t] = [part]
        for i in order:
            if i not in built:
                continue
            m = coded[i].mention
            for t in range(m.start, m.end):
                by_token[t] = built[i]
            for t in m.extra_tokens:
                tok = doc[t]
                a = built[i]
                np_start = min(tok.left_edge.i, m.start)
                np = doc[np_start:max(t, m.end - 1) + 1]
                by_token[t] = replace(a, text=np.text, start=np.start_char, end=np.end_char,
                                      rule=a.rule + "+speech_owner")
        for t, parts in groups.items():
            if len(parts) == 1:
                by_token[t] = parts[0]
        return DocActors(actors, by_token, groups)

    # -- one phrase (evaluation, CLI) --------------------------------------------------
    def code_phrase(self, text: str, published: date | None = None,
                    context: str | None = None) -> Actor | None:
        """Code a standalone actor phrase ("the Mongolian President"). ``context`` is
        optional text known about it (a country or demonym, "Saudi")."""
        if self._nlp is None:
            from dateline.nlp import load_nlp

            self._nlp = load_nlp()
        doc = self._nlp(text.strip())
        if not len(doc) or all(t.ent_type_ in ("DATE", "TIME") for t in doc if not t.is_punct):
            return None
        person_tokens = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
        d = describe(list(doc), person_tokens)
        m = Mention(0, len(doc), doc[:].root.i, "phrase")
        c = self._from_description(m, d, doc, published)
        if c.kind == "place" and d.rule.endswith("capital_as_government"):
            c.sectors, c.rule = ("GOV",), "text.country.capital_as_government"
        if c.country is None and context:
            hit = country_lexicon().find(context.split()[0]) or country_lexicon().find(context)
            if hit:
                c.country, c.rule, c.confidence = hit.country, c.rule + "+context", 0.8
        if published is None:
            published = date.today()
        self._knowledge([c], published)
        if c.kind == "unknown" and c.name and not (c.country or c.sectors):
            c.kind = "unknown"
        return Actor(text=doc.text, start=0, end=len(doc.text), name=c.name, country=c.country,
                     sectors=c.sectors, role=c.role, kind=c.kind, code=c.code, rule=c.rule,
                     confidence=c.confidence)
