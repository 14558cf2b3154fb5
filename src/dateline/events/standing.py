"""Political standing: whether an event's parties make it a political act.

PLOVER events are acts of political actors (states, governments and officials, courts
and regulators in their public role, parties, unions, international bodies, armed and
protest groups). Business news reports the same verbs between firms and their people;
these tests read the parties of an event once it has its sources and targets:

- a company official's "governments should prepare for ..." is an opinion, no demand
  (PLOVER DEMAND needs a political speaker): a speaker whose only title is one that
  companies share ("senior vice-president", "director") and whose mention, or an earlier
  mention of the same person, names a company or a business sector (``business_person``);
- leaving a post is a resignation from political office only for a political actor: a
  person with no political standing who resigns in a story about companies leaves a
  company post ("chairman Perkins resigned", "Harold Kline has resigned his position");
- a court order between private parties is litigation: a court ordering, requiring or
  barring a company to do something is no political event; a court ordering a government,
  a political actor or a person in a criminal case is; a firm seeking or consenting to a
  court order is a party to a lawsuit (``court_litigation``);
- financing is aid only with a political giver or recipient (PLOVER AID: a government
  or an international body lending, or humanitarian aid): a bank's loan to a company is
  commerce, and a government's loans or help to its own industry are economic policy
  (``commercial_aid``);
- a company's request to a regulator (to approve, review or reconsider a deal) is a
  regulatory filing, and a company closing its own office acts on itself
  (``regulatory_filing``, ``own_part``);
- parties that are all companies or people who speak for them, or, in a story that names
  companies and no political actor, parties of which none is political, make no political
  event unless they use force or protest; a company does not assault ("Anglo American
  has attacked a key apartheid law" is words);
- a contract ordered or negotiated between a government and a company is procurement
  (``procurement``), a central bank's assistance to the money market or to banks a market
  operation (``market_assistance``);
- takeover and tender offers and bids, accepted, rejected or topped, between parties of
  which none is political are commerce, and a tender called or awarded is procurement,
  whoever calls it (``commercial_bid``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.actors.coref import name_key
from dateline.actors.roles import CORPORATE_SUFFIXES
from dateline.types import Actor

__all__ = [
    "business_person",
    "commercial_bid",
    "commercial_aid",
    "company_resignation",
    "court_litigation",
    "lacks_standing",
    "market_assistance",
    "own_part",
    "political_party",
    "procurement",
    "regulatory_filing",
]

# sectors that give an actor political standing (guideline: states, officials, courts,
# regulators, parties, unions, international bodies, armed and protest groups)
_POLITICAL = frozenset(
    {"GOV", "MIL", "LEG", "JUD", "PTY", "IGO", "REB", "OPP", "COP", "SPY", "INS", "UAF",
     "LAB", "NGO", "PRM"}
)
# titles that companies share with governments: a bare "chairman" or "vice-president" is
# coded GOV by the title alone
_SHARED_TITLES = frozenset(
    {"chairman", "chairwoman", "chairperson", "president", "vice-president", "director",
     "head", "chief", "officer", "executive", "member", "partner", "founder", "treasurer",
     "spokesman", "spokeswoman", "manager", "controller"}
)
# people whose trade is to judge markets: their "must" is an opinion
_OPINION_ROLES = frozenset(
    {"analyst", "economist", "trader", "dealer", "banker", "strategist", "broker",
     "consultant", "executive", "manager", "investor", "shareholder"}
)
_COMPANY_NOUNS = frozenset(
    {"company", "firm", "corporation", "corp", "bank", "subsidiary", "inc", "co", "ltd",
     "plc", "airline", "utility", "maker", "manufacturer", "insurer", "brokerage",
     "retailer", "partnership", "group", "board"}
)
_COURTS = frozenset({"court", "judge", "jury", "tribunal", "justice", "magistrate"})
_ORDER_TYPES = frozenset({"DEMAND", "COERCE", "REJECT", "SANCTION", "ACCUSE"})
# financing: loans, credits and funds lent or raised
_FINANCE = frozenset(
    {"loan", "credit", "finance", "financing", "lend", "lending", "fund", "funding",
     "refinance", "refinancing", "facility", "advance", "guarantee", "underwrite",
     "disburse", "bailout", "borrow", "borrowing"}
)
_BIDS = frozenset({"offer", "bid", "tender", "proposal", "takeover", "buyout"})
_BID_TYPES = frozenset({"AGREE", "REJECT", "CONCEDE", "COOPERATE", "REQUEST", "AID"})


def political_party(a: Actor) -> bool:
    """A state, an international body, or an actor of a political sector whose standing
    does not rest on a title companies share alone."""
    if a.kind in ("country", "igo") or a.code:
        return True
    if a.country and a.kind in ("organisation", "group"):
        return bool(_POLITICAL.intersection(a.sectors))
    if not _POLITICAL.intersection(a.sectors):
        return False
    return not _title_only(a)


def _role_word(a: Actor) -> str:
    return (a.role or "").lower().replace("\n", " ").rpartition(" ")[2]


_TITLE_MODIFIERS = frozenset({"senior", "vice", "deputy", "executive", "managing", "general",
                              "assistant", "first", "former", "acting", "co", "joint", "chief"})


def _title_only(a: Actor) -> bool:
    """A person coded GOV for a title companies share ("chairman Perkins",
    "senior vice-president Donald McIvor"), placed in no country and named with no
    organisation ("Commission President Jacques Delors" holds a political post)."""
    words = (a.role or "").lower().replace("-", " ").split()
    return (a.kind == "person" and not a.country and not a.code
            and set(a.sectors) <= {"GOV"} and _role_word(a) in _SHARED_TITLES
            and all(w in _SHARED_TITLES | _TITLE_MODIFIERS or w.replace(" ", "-") in
                    _SHARED_TITLES for w in words))


def _span(doc: Doc, a: Actor) -> Span | None:
    return doc.char_span(a.start, a.end, alignment_mode="expand")


def _phrase(doc: Doc, a: Actor) -> list[Token]:
    """The words of the noun phrase that holds the mention ("Exxon Corp director and
    senior vice-president Donald McIvor", "John Smith, an analyst at Nomura")."""
    span = _span(doc, a)
    if span is None or not len(span):
        return []
    head = span.root
    for _ in range(3):
        if head.dep_ in ("compound", "conj", "appos", "nmod") and head.head != head \
                and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        else:
            break
    return [w for w in head.subtree if w.dep_ not in ("relcl", "acl", "ccomp")] + list(span)


def _company_word(w: Token, actor_at: Callable[[Token], Any]) -> bool:
    if w.lemma_.lower() in _COMPANY_NOUNS and w.pos_ in ("NOUN", "PROPN"):
        return True
    if w.ent_type_ != "ORG":
        return False
    actor = actor_at(w)
    return actor is None or actor.kind != "person" and not political_party(actor)


def _same_person(a: Actor, mentions: Sequence[Actor]) -> list[Actor]:
    """The article's mentions of the person ``a`` stands for (by name)."""
    key = name_key(a.name) if a.name else ()
    if not key:
        return []
    out = []
    for m in mentions:
        if m.kind != "person" or not m.name:
            continue
        other = name_key(m.name)
        if other and (other[-1] == key[-1]):
            out.append(m)
    return out


def business_person(a: Actor, doc: Doc, mentions: Sequence[Actor],
                    actor_at: Callable[[Token], Any]) -> bool:
    """A person who speaks for a company or for the markets: placed in the business sector
    or an opinion trade, or titled with a company's title next to a company's name, in
    this mention or another mention of the same person."""
    if a.kind not in ("person", "unknown") or a.country or a.code:
        return False
    if any(political_party(m) for m in [a, *_same_person(a, mentions)]):
        return False
    for m in [a, *_same_person(a, mentions)]:
        if "BUS" in m.sectors or _role_word(m) in _OPINION_ROLES:
            return True
        words = _phrase(doc, m)
        if any(w.lemma_.lower() in _OPINION_ROLES and w.pos_ == "NOUN" for w in words):
            return True  # "says Burton Siegel, investment strategist"
        if _title_only(m) and any(_company_word(w, actor_at) for w in words):
            return True
    return False


def _business_story(mentions: Sequence[Actor]) -> bool:
    """An article that names companies and no political person or body (countries and
    places aside: business news names the markets it reports on)."""
    business = any("BUS" in m.sectors and not political_party(m) for m in mentions)
    political = any(political_party(m) and m.kind not in ("country", "place")
                    for m in mentions)
    return business and not political


def company_resignation(sources: Sequence[Actor], doc: Doc, mentions: Sequence[Actor],
                        actor_at: Callable[[Token], Any]) -> bool:
    """A resignation by people with no political standing, who speak for companies or
    resign in a story about companies."""
    if not sources or any(a.kind not in ("person", "unknown") for a in sources):
        return False
    for a in sources:
        if political_party(a) or any(political_party(m) for m in _same_person(a, mentions)):
            return False
    return all(business_person(a, doc, mentions, actor_at) for a in sources) or \
        _business_story(mentions)


def _court(a: Actor, doc: Doc) -> bool:
    span = _span(doc, a)
    words = {w.lemma_.lower() for w in span} if span is not None else set()
    return bool(words & _COURTS) or (set(a.sectors) == {"JUD"} and a.kind != "person")


def _company_name(a: Actor, doc: Doc) -> bool:
    """A mention whose head is a company noun or a corporate ending ("Corrections Corp of
    America", "a New York investment partnership", "the group")."""
    span = _span(doc, a)
    if span is None or not len(span):
        return False
    root = span.root
    return root.pos_ in ("NOUN", "PROPN") and (
        root.lemma_.lower() in _COMPANY_NOUNS - {"group", "board"} or
        root.lower_.rstrip(".") in CORPORATE_SUFFIXES)


def _business(a: Actor, doc: Doc, mentions: Sequence[Actor],
              actor_at: Callable[[Token], Any]) -> bool:
    """A company, or a person who speaks for one."""
    if political_party(a):
        return False
    return "BUS" in a.sectors or _company_name(a, doc) or \
        business_person(a, doc, mentions, actor_at)


def court_litigation(tok: Token, type_: str, sources: Sequence[Actor],
                     targets: Sequence[Actor], actor_at: Callable[[Token], Any],
                     mentions: Sequence[Actor] = ()) -> bool:
    """A court's order to companies, or a company's suit in court. A court ordering a
    government, an official or a person held in a criminal case keeps its event."""
    doc = tok.doc

    def business(a: Actor) -> bool:
        return _business(a, doc, mentions, actor_at)

    if sources and all(_court(a, doc) for a in sources) and type_ in _ORDER_TYPES:
        if targets:
            return all(business(t) for t in targets)  # "ordered the company to pay"
        # no target coded: the order's clause names companies and no political party
        found = [f for f in (actor_at(w) for w in tok.subtree)
                 if f is not None and not _court(f, doc)]
        companies = any(business(f) for f in found) or any(
            actor_at(w) is None and _company_word(w, actor_at) for w in tok.subtree)
        return companies and not any(political_party(f) for f in found)
    if targets and all(_court(t, doc) for t in targets):
        return bool(sources) and all(business(s) for s in sources)  # "Texaco seeks a court
        # order"
    return False


def _financial(tok: Token) -> bool:
    words = [tok, *[c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]]
    return any(w.lemma_.lower() in _FINANCE for w in words)


def commercial_aid(tok: Token, sources: Sequence[Actor], targets: Sequence[Actor]) -> bool:
    """Loans and credits with no political giver or recipient, or a government's help to
    its own industry (economic policy: no political recipient, no other state)."""
    parties = [*sources, *targets]
    if parties and _financial(tok) and not any(political_party(a) for a in parties):
        return True  # with no party yet, the parties are settled later from the context
    givers = [a for a in sources if political_party(a)]
    if targets and givers and all(
            "BUS" in t.sectors and not political_party(t) for t in targets):
        countries = {g.country for g in givers}
        return all(g.kind != "igo" and not g.code for g in givers) and all(
            t.country is None or t.country in countries for t in targets)
    return False


def _bid_words(tok: Token) -> list[Token]:
    words = [tok, *[c for c in tok.children
                    if c.dep_ in ("dobj", "nsubjpass", "pobj", "oprd", "attr")]]
    words += [o for w in list(words) if w != tok for p in w.children
              if p.dep_ == "prep" and p.lower_ in ("against", "for", "over")
              for o in p.children if o.dep_ == "pobj"]  # "filed suit against the offer"
    words += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("against",)
              for o in p.children if o.dep_ == "pobj"]
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
        words.append(tok.head)  # "the bid from RHM, rejected by the group"
    return words


def commercial_bid(tok: Token, type_: str, sources: Sequence[Actor],
                   targets: Sequence[Actor]) -> bool:
    """An offer or a bid, made, accepted, rejected or topped, with no political party; a
    tender called, issued or rejected (procurement: "India called a buying tender"),
    whoever the parties."""
    if type_ not in _BID_TYPES:
        return False
    if any(w.lemma_.lower() == "tender" and w.pos_ == "NOUN" for w in _bid_words(tok)):
        return True
    if not any(w.lemma_.lower() in _BIDS for w in _bid_words(tok)):
        return False
    return not any(political_party(a) or _national(a) for a in [*sources, *targets])


def _national(a: Actor) -> bool:
    """A nationality standing for its state ("Japanese offers of compensation")."""
    return bool(a.country) and a.kind == "unknown" and not a.sectors


def _agency(a: Actor) -> bool:
    """A government body that regulates: an agency, a commission, a department."""
    return a.kind in ("organisation", "group") and not a.code and \
        bool({"GOV", "JUD"} & set(a.sectors))


# what a regulator is asked to do, or for, in a filing
_REVIEWS = frozenset({"review", "approve", "reconsider", "reopen", "authorize", "authorise",
                      "permit", "allow", "clear", "license", "exempt", "waive", "extend",
                      "rule", "assert", "block", "investigate", "examine"})
_PERMITS = frozenset({"authorization", "authorisation", "approval", "permission", "license",
                      "licence", "clearance", "exemption", "waiver", "review", "ruling"})


def regulatory_filing(tok: Token, type_: str, sources: Sequence[Actor],
                      targets: Sequence[Actor], business: Callable[[Actor], bool]) -> bool:
    """A company asking a regulator to approve, review or reconsider a deal: a filing (a
    company's appeal to a government on policy stays a request)."""
    if type_ not in ("REQUEST", "DEMAND") or not sources or not targets:
        return False
    if not all(business(s) for s in sources) or not all(_agency(t) for t in targets):
        return False
    asked = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    wanted = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
              for o in p.children if o.dep_ == "pobj"]
    return any(a.lemma_.lower() in _REVIEWS for a in asked) or any(
        w.lemma_.lower() in _PERMITS for w in wanted)


_OWNERS = ("its ", "their ", "his ", "her ")


def own_part(sources: Sequence[Actor], targets: Sequence[Actor],
             business: Callable[[Actor], bool]) -> bool:
    """A company acting on its own office, plant or staff ("closed its Atlanta office")."""
    return bool(sources) and bool(targets) and all(business(s) for s in sources) and all(
        t.text.lower().startswith(_OWNERS) for t in targets)


# acts of force and protest keep their events whoever the parties (a protest against a
# company is a protest)
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "THREATEN"})
_CONTRACTS = frozenset({"contract", "contracts", "order", "orders", "tender", "purchase"})


def procurement(tok: Token, sources: Sequence[Actor], targets: Sequence[Actor],
                business: Callable[[Actor], bool]) -> bool:
    """A contract negotiated, signed or ordered between a company and a government
    ("ordered by the U.S. Army ... in a contract worth 101 mln dlrs", "selected to
    negotiate a contract with the Department of Corrections"): government procurement is
    commerce. Contracts between states ("Iraq signed a contract with France") are not
    read here: a company must be a party."""
    parties = [*sources, *targets]
    if not any(business(a) for a in parties):
        return False
    if any(a.kind in ("country", "igo") for a in parties):
        return False
    near = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    heads = [tok, *[c for c in tok.children if c.dep_ == "xcomp"]]  # "ordered to proceed"
    near += [o for h in heads for p in h.children
             if p.dep_ == "prep" and p.lower_ in ("in", "under", "for")
             for o in p.children if o.dep_ == "pobj"]
    if any(w.lemma_.lower() in _CONTRACTS or w.lower_ in _CONTRACTS for w in near):
        return True
    # "signed a license agreement with the Utilities Authority": a company and a public
    # agency (no party of force, protest or politics) agree on a deal
    return any(w.lemma_.lower() in ("agreement", "license", "licence", "lease")
               for w in near) and all(business(a) or _agency(a) and set(a.sectors) <= {
                   "GOV", "BUS"} for a in parties)


def _central_bank(a: Actor) -> bool:
    words = f"{a.text} {a.name or ''}".lower()
    return a.kind not in ("igo", "country") and not a.code and "GOV" in a.sectors and (
        "bank" in words or "federal reserve" in words or words.startswith("the fed"))


def market_assistance(sources: Sequence[Actor], targets: Sequence[Actor],
                      business: Callable[[Actor], bool]) -> bool:
    """A central bank's assistance to the money market or to banks ("the Bank of England
    provided assistance worth 350 mln stg"): a market operation, no aid."""
    return bool(sources) and all(_central_bank(s) for s in sources) and all(
        business(t) for t in targets)


def lacks_standing(tok: Token, type_: str, mode: str | None, rule: str,
                   sources: Sequence[Actor], targets: Sequence[Actor],
                   actors: Any) -> bool:
    """Whether an event's parties give it no political standing (the module doc).
    ``actors`` is the actor stage's lookup (``actor_at``, ``mentions``)."""
    actor_at: Callable[[Token], Any] = actors.actor_at
    mentions: Sequence[Actor] = getattr(actors, "mentions", None) or []
    doc = tok.doc
    if rule.startswith("rule:must") and sources and all(
            business_person(a, doc, mentions, actor_at) for a in sources):
        return True  # "Exxon director McIvor said governments should prepare"
    if mode == "resign" and company_resignation(sources, doc, mentions, actor_at):
        return True
    if court_litigation(tok, type_, sources, targets, actor_at, mentions):
        return True

    def business(a: Actor) -> bool:
        return _business(a, doc, mentions, actor_at)

    if regulatory_filing(tok, type_, sources, targets, business) or \
            own_part(sources, targets, business):
        return True  # "Santa Fe asked the ICC to reconsider", "closed its office"
    if type_ not in _FORCE_TYPES and sources and all(business(a) for a in sources) and \
            all(business(t) for t in targets):
        return True  # "Chairman Douglas said Dean should experience an improvement"
    if type_ not in _FORCE_TYPES and sources and _business_story(mentions) and \
            not any(political_party(a) for a in [*sources, *targets]):
        # (with no doer named, an accusation of a business may be a state's)
        return True  # "Zaslow and Broder agreed to join the unit", in a company's story
    if procurement(tok, sources, targets, business):
        return True
    if type_ == "ASSAULT" and sources and all(
            "BUS" in a.sectors or _company_name(a, doc) for a in sources) and \
            not any(political_party(a) for a in sources):
        return True  # "Anglo American Corp has attacked a key apartheid law": words
    if type_ == "AID" and market_assistance(sources, targets, business):
        return True
    if type_ == "AID" and commercial_aid(tok, sources, targets):
        return True
    return commercial_bid(tok, type_, sources, targets)
