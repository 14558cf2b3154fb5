"""Readings of event nouns and resignations that are business, not politics.

- "Sohio chairman John Miller resigned", "resigned as chief executive of Texaco", "its
  president resigned": leaving a company's post is no resignation from political office
  (PLOVER RETREAT resign is an official's); a minister, a party's or a committee's chairman
  keeps it (``company_post``);
- "the suspension of interest payments", "the release of the report", "talk that Pakistan
  passed a bill", "drill an oil well", "an uphill battle": the noun's sense is a debtor's
  moratorium, a publication, a rumour, a well, a struggle — none is a sanction, a release
  of captives, negotiations, an exercise or fighting; "Treasury Loan stock", "loan
  losses": a financing noun modifying another noun names a kind of security or account,
  no loan given; "its withdrawal from the Texas marketplace": a company leaves a market,
  no forces withdraw (``idle_noun``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.events.phrases import objects_of_preps
from dateline.events.wire_senses import court_plea

# titles held only in companies
_CORPORATE_ONLY = frozenset({"ceo", "cfo", "coo", "treasurer", "executive", "shareholder"})
# titles held in companies and in politics alike: a company must be named with them
_SHARED_TITLES = frozenset(
    {
        "chairman",
        "chairwoman",
        "president",
        "director",
        "head",
        "chief",
        "officer",
        "member",
        "partner",
        "founder",
    }
)
_COMPANY_NOUNS = frozenset(
    {
        "company",
        "firm",
        "corporation",
        "corp",
        "bank",
        "group",
        "subsidiary",
        "unit",
        "concern",
        "inc",
        "co",
        "ltd",
        "plc",
        "airline",
        "utility",
        "board",
        "maker",
        "manufacturer",
        "insurer",
        "brokerage",
        "retailer",
        "partnership",
    }
)
_POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "LEG", "JUD", "PTY", "IGO", "REB", "OPP", "COP", "SPY", "INS", "UAF"}
)


def _political(actor: Any) -> bool:
    if actor is None:
        return False
    if getattr(actor, "kind", "") in ("country", "igo") or getattr(actor, "code", None):
        return True
    return bool(_POLITICAL_SECTORS.intersection(getattr(actor, "sectors", ())))


def _named(tok: Token, actor_at: Callable[[Token], Any]) -> Any:
    """The actor a name stands for, not a person's mention around it ("chairman of
    Texaco" is coded by the title)."""
    actor = actor_at(tok)
    return None if getattr(actor, "kind", "") == "person" else actor


def _company(tok: Token, actor_at: Callable[[Token], Any]) -> bool:
    """A token naming a company: a company noun, or an organisation's name not coded as
    a state, a party, an army or an international body."""
    if tok.lemma_.lower() in _COMPANY_NOUNS:
        return True
    if tok.ent_type_ == "ORG":
        return not _political(_named(tok, actor_at))
    return False


def _said_by_company(tok: Token, actor_at: Callable[[Token], Any]) -> bool:
    """ "Texaco said its president resigned": whose "its" is the reporting subject."""
    t = tok
    for _ in range(4):
        if t.head == t:
            return False
        t = t.head
        if t.pos_ == "VERB":
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and subj[0].lower_ not in ("it", "its"):
                return any(_company(w, actor_at) for w in subj[0].subtree)
    return False


def _post_words(heads: list[Token]) -> list[Token]:
    """The words of the resigner's mention and of its "as ..." post."""
    words: list[Token] = []
    for h in heads:
        words += [w for w in h.subtree if w.dep_ not in ("relcl", "acl")]
    return words


def company_post(tok: Token, actor_at: Callable[[Token], Any]) -> bool:
    """Whether a resignation (verb "resign"/"step down" or noun "resignation") leaves a
    post in a company rather than a political office."""
    heads = [c for c in tok.children if c.dep_ in ("nsubj", "poss")]
    heads += objects_of_preps([tok], ("as", "from"))
    if not heads:
        return False
    if any(_political(actor_at(h)) and not _titled(h) for h in heads):
        return False
    words = _post_words(heads)
    lemmas = {w.lemma_.lower() for w in words}
    if any(
        w.lemma_.lower()
        in (
            "minister",
            "secretary",
            "governor",
            "senator",
            "premier",
            "mayor",
            "ambassador",
            "commissioner",
            "general",
        )
        for w in words
    ):
        return False
    if (
        lemmas & _CORPORATE_ONLY
        or {"vice", "president"} <= lemmas
        or {"managing", "director"} <= lemmas
    ):
        return True
    if not lemmas & _SHARED_TITLES:
        return False
    if any(_political(_named(w, actor_at)) for w in words if w.ent_type_ in ("ORG", "GPE", "NORP")):
        return False  # "Senate committee chairman", "OPEC president"
    if any(_company(w, actor_at) for w in words):
        return True
    if any(w.lower_ == "its" for w in words):
        return _said_by_company(tok, actor_at)
    return False


def _titled(h: Token) -> bool:
    """A mention coded by its title alone ("chairman John Miller" is coded GOV for the
    title): whether the title's sector may be a company's."""
    return any(w.lemma_.lower() in _SHARED_TITLES | _CORPORATE_ONLY for w in h.subtree)


# noun -> the "of" objects (lemmas) with which it is no event
_OF_OBJECTS: dict[str, frozenset[str]] = {
    "suspension": frozenset(
        {
            "payment",
            "interest",
            "repayment",
            "dividend",
            "trading",
            "share",
            "operation",
            "production",
            "shipment",
            "export",
            "sale",
            "service",
            "debt",
        }
    ),
    "release": frozenset(
        {
            "report",
            "figure",
            "data",
            "statistic",
            "result",
            "document",
            "study",
            "survey",
            "estimate",
            "forecast",
            "earnings",
            "number",
            "fund",
            "funds",
            "money",
            "stock",
            "crop",
            "film",
            "product",
            "statement",
            "information",
            "detail",
            "plan",
            "budget",
            "text",
        }
    ),
}
_DRILLED = frozenset(
    {
        "well",
        "hole",
        "oil",
        "gas",
        "rig",
        "program",
        "programme",
        "site",
        "exploration",
        "offshore",
        "bit",
        "pipe",
    }
)
_STRUGGLES = frozenset(
    {
        "uphill",
        "legal",
        "court",
        "takeover",
        "proxy",
        "price",
        "market",
        "bidding",
        "ratings",
        "budget",
    }
)


def idle_noun(tok: Token) -> bool:
    """Whether an event noun is read in a sense that is no event (see the module doc)."""
    if court_plea(tok):
        return True  # "entered a guilty plea": an answer in court (events.wire_senses)
    lemma = tok.lemma_.lower()
    of_objects = [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if lemma in _OF_OBJECTS:
        mods = {
            c.lemma_.lower()
            for o in of_objects
            for c in o.children
            if c.dep_ in ("compound", "amod")
        }
        if any(
            o.lemma_.lower() in _OF_OBJECTS[lemma] or mods & _OF_OBJECTS[lemma] for o in of_objects
        ):
            return True
    if (
        lemma == "talk"
        and tok.tag_ == "NN"
        and any(
            c.dep_ in ("acl", "ccomp")
            and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
            for c in tok.children
        )
    ):
        return True  # "talk that Pakistan passed ...": a rumour
    if lemma == "drill":
        near = [c for c in tok.children] + [tok.head]
        if any(w.lemma_.lower() in _DRILLED for w in near) or any(
            w.lemma_.lower() in _DRILLED for o in of_objects for w in o.subtree
        ):
            return True
    if lemma in ("battle", "fight", "war") and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in _STRUGGLES for c in tok.children
    ):
        return True  # "an uphill battle", "a takeover battle", "a price war"
    if lemma in ("withdrawal", "exit", "retreat", "pullout") and any(
        o.lemma_.lower() in _MARKETPLACES for o in objects_of_preps([tok], ("from",))
    ):
        return True  # "its withdrawal from the Texas marketplace": a company leaves a market
    if (
        lemma in _FINANCE_MODIFIERS
        and tok.dep_ == "compound"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.lemma_.lower() not in _FINANCED_ACTS
    ):
        return True  # "Treasury Loan stock", "loan losses", "credit rating": a kind of thing
    return False


_MARKETPLACES = frozenset({"market", "marketplace", "business", "industry", "sector", "trade"})
# financing nouns that, modifying another noun, name a kind of security, account or figure
_FINANCE_MODIFIERS = frozenset({"loan", "credit", "lending", "funding", "financing"})
# heads with which they still name the financing itself ("a loan agreement", "credit package")
_FINANCED_ACTS = frozenset(
    {
        "package",
        "agreement",
        "accord",
        "deal",
        "facility",
        "program",
        "programme",
        "request",
        "pledge",
        "guarantee",
        "line",
        "grant",
        "tranche",
    }
)
