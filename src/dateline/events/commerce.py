"""Commerce is no political event: the selectional restrictions on trades.

PLOVER events are acts of political actors towards others; the business news that fills
most of a wire (deals, bids, offers of goods and securities, market operations) uses the
same verbs ("offer", "agree", "provide", "sign") for trades. These tests tell them apart
by the slots: every party a business, the thing offered or provided a good, a security
or a price, the act agreed on a purchase or sale of a company, the recipient a market,
the demand an economic one ("domestic demand").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Token

from dateline.types import Actor

__all__ = [
    "commercial_object",
    "labour_strike",
    "market_halt",
    "COMMERCIAL_GOODS",
    "bare_offer",
    "can_act",
    "commercial_content",
    "commercial_offer_noun",
    "commercial_parties",
    "commercial_theme",
    "economic_demand",
    "non_agent_recipient",
]


# Goods, securities and terms of trade: offering, accepting or providing them is commerce.
COMMERCIAL_GOODS = frozenset({
    "price", "share", "stock", "stake", "bond", "debenture", "notes", "securities",
    "dividend", "coupon", "warrant", "bid", "tender", "application", "block", "acreage",
    "discount", "premium", "rebate", "bonus", "quotation", "option", "swap", "yield",
    "product"
})


_COMMERCIAL_TYPES = frozenset({"AGREE", "AID", "COOPERATE", "CONCEDE", "REQUEST"})


_BUSINESS_SECTORS = frozenset({"BUS"})  # parties of these sectors only: a trade


_ECONOMIC_DEMAND = frozenset({
    "domestic", "consumer", "world", "global", "import", "export", "oil", "energy",
    "strong", "weak", "firm", "slack", "sluggish", "seasonal", "heating", "industrial",
    "internal", "external", "local", "overseas", "aggregate", "credit", "loan", "money",
    "investment", "end-user", "user", "market", "feed", "food", "changing", "growing",
    "rising", "falling", "increasing", "declining", "higher", "lower", "steady", "robust",
    "sustained", "heavy", "poor", "flat"
})


# what is done to a market's demand: met, stimulated, curbed
_DEMAND_VERBS = frozenset({
    "meet", "satisfy", "stimulate", "boost", "spur", "fuel", "curb", "dampen", "exceed",
    "outstrip", "outpace", "match", "cover", "fill", "weaken", "revive", "expand"
})


def economic_demand(tok: Token, event_noun: Callable[[Token], bool],
                    actor_of: Callable[[Token], Any]) -> bool:
    """ "Domestic demand", "supply and demand", "demand for rice": demand in the
    economic sense, not a political demand ("the demand for the hostages' release")."""
    if tok.lemma_.lower() != "demand" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _ECONOMIC_DEMAND
           for c in tok.children):
        return True
    if any(w.lemma_.lower() == "supply" for w in [tok.head, *tok.conjuncts, *tok.children]
           if w != tok):
        return True
    if tok.tag_ == "NN" and tok.dep_ in ("dobj", "nsubjpass") and \
            tok.head.lemma_.lower() in _DEMAND_VERBS and not any(
                c.dep_ in ("poss", "acl", "relcl", "ccomp") or
                c.dep_ == "prep" and c.lower_ in ("of", "by", "for") for c in tok.children):
        return True  # "meet changing U.S. demand", "stimulate demand": the market's
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            objs = [o for o in p.children if o.dep_ == "pobj"]
            if objs and all(o.pos_ == "NOUN" and not event_noun(o) and not can_act(actor_of(o))
                            and not any(c.dep_ in ("acl", "relcl", "prep") for c in o.children)
                            for o in objs):
                return True
    return False


def non_agent_recipient(tok: Token, type_: str) -> bool:
    """Aid given to a market or an economy has no recipient that can act: "the Bank of
    England gave the money market 152 mln stg assistance", "U.K. MONEY MARKET GIVEN
    FURTHER ASSISTANCE" (a market operation); nor does a market give aid."""
    if type_ != "AID":
        return False
    slots = [c for c in tok.children if c.dep_ in ("dative", "dobj", "nsubj", "nsubjpass")]
    slots += [n for o in slots if o.dep_ == "dobj" for n in o.children
              if n.dep_ == "nmod" and n.i < o.i]  # a dative parsed as a modifier
    slots += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "into")
              for o in p.children if o.dep_ == "pobj"]
    slots += [m for o in list(slots) if o.dep_ == "dobj" for p in o.children
              if p.dep_ == "prep" and p.lower_ in ("in", "into")
              for m in p.children if m.dep_ == "pobj"]  # "disbursing funds in the market"
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _MARKETS for t in slots)


_MARKETS = frozenset({"market", "system", "economy", "sector", "industry", "exchange"})


_TRANSACTIONS = frozenset({
    "acquisition", "merger", "takeover", "buyer", "purchaser", "buyout", "listing"
})


_ASSETS = frozenset({
    "airline", "company", "firm", "unit", "subsidiary", "division", "asset", "stake",
    "business", "operation", "plant", "mill", "store", "chain", "interest", "share",
    "stock", "holding", "property", "brewery", "bank", "manufacturer", "maker",
    "producer", "retailer", "distributor", "supplier", "operator", "debt"
})


def commercial_content(tok: Token, type_: str, actor_of: Callable[[Token], Any]) -> bool:
    """An offer or agreement to buy or sell a company or its stock: "the pilots offered to
    buy the airline", "Royex offered to buy four mln Corona shares"."""
    if type_ not in ("AGREE", "REQUEST") or tok.pos_ != "VERB":
        return False
    for act in (c for c in tok.children if c.dep_ == "xcomp"):
        if act.lemma_.lower() in _DELIVERY_VERBS and any(
                _traded_quantity(o) for p in act.children if p.dep_ == "prep"
                and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"):
            return True  # "agreed to supply Taiwan with 25,000 tonnes of soybeans"
        if act.lemma_.lower() in _DELIVERY_VERBS and _cargo(act):
            return True  # "agreed to supply part of the shipment"
        if act.lemma_.lower() not in _TRADE_VERBS:
            continue
        objs = [c for c in act.children if c.dep_ == "dobj"]
        objs += [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]  # "2.6 mln of the shares"
        for o in objs:
            if _traded_quantity(o):
                return True  # "agreed to sell 32,000 tonnes of sugar"
            actor = actor_of(o)
            if o.lemma_.lower() in _ASSETS or o.lemma_.lower() in COMMERCIAL_GOODS or (
                    actor is not None and set(getattr(actor, "sectors", ())) == {"BUS"}):
                return True
    return False


def commercial_theme(tok: Token, type_: str) -> bool:
    """An offer, acceptance or provision of goods, securities or prices is a trade:
    "offered competitive prices", "will offer 300 mln dlrs of notes", "accepted a bid",
    "the prices offered by U.S. suppliers"."""
    if type_ not in _COMMERCIAL_TYPES or tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":  # "the prices offered by ..."
        objs.append(tok.head)
    if type_ == "REQUEST":  # "asking for high premiums", "called for bids"
        objs += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"]
    for o in objs:
        heads = [o] + [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
        if any(h.lemma_.lower() in COMMERCIAL_GOODS or h.lower_ in COMMERCIAL_GOODS or
               h.lemma_.lower() in _TRANSACTIONS or
               type_ == "AGREE" and _traded_quantity(h) for h in heads):
            return True  # "70,000 tonnes agreed in April": a quantity of goods traded
    return False


def commercial_parties(sources: Sequence[Actor], targets: Sequence[Actor],
                       doer_named: bool = True) -> bool:
    """Every party is a business and none a state, a government or another political
    actor: "Acme agreed to sell its unit to Beta", "IBM filed a suit against the
    companies". Commerce, not a PLOVER event. Only when the doer is named: "the company
    is accused of fraud" (no accuser named) is still an accusation against a business.
    ``doer_named``: the text names a doer, coded or not ("was sued by Ford")."""
    parties = [*sources, *targets]
    if not parties or not sources and not doer_named:
        return False
    for a in parties:
        if a.kind in ("country", "igo", "place") or not a.sectors:
            return False
        if not set(a.sectors) <= _BUSINESS_SECTORS:
            return False
    return True


_TRADE_VERBS = frozenset({
    "acquire", "buy", "purchase", "sell", "merge", "take", "tender", "repurchase",
    "redeem", "exchange", "swap"
})


_OFFER_COMPOUNDS = frozenset({
    "tender", "takeover", "cash", "share", "buyout", "stock", "exchange", "rights",
    "debt", "merger"
})


_PRICE_WORDS = frozenset({"dlr", "dlrs", "share", "shares", "stock", "cent", "cents", "pct"})


def bare_offer(tok: Token, type_: str, event_noun: Callable[[Token], bool],
               actor_of: Callable[[Token], Any]) -> bool:
    """An offer of a thing that is neither an act nor a party: "Norway offered ten
    offshore blocks", "Mexican beans were offered for spot shipment". PLOVER AGREE offers
    an act ("offered to mediate", "offered talks", "offered asylum") or forces ("offered
    warships"); a good put up for sale is commerce."""
    if type_ != "AGREE" or tok.lemma_.lower() != "offer" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False  # "offered to mediate"
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        objs.append(tok.head)
    objs = [o for c in objs for o in [c, *c.conjuncts]]
    if not objs:
        return False
    return all(o.pos_ in ("NOUN", "PROPN", "NUM") and not can_act(actor_of(o))
               and not event_noun(o) for o in objs)


def can_act(actor: Any) -> bool:
    """An actor mention that can act ("Mexican beans" is coded to Mexico but is none)."""
    return actor is not None and getattr(actor, "kind", "unknown") not in ("unknown", "place")


def commercial_offer_noun(tok: Token) -> bool:
    """ "a tender offer for all shares", "its offer to acquire Borg-Warner", "Dixon's
    offer of 92.25 dlrs a share": a bid for a company or its stock."""
    if tok.lemma_.lower() not in ("offer", "bid", "proposal"):
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _OFFER_COMPOUNDS
           for c in tok.children):
        return True
    if any(w.lower_ in _PRICE_WORDS or w.lemma_.lower() in ("dlr", "share")
           for left in tok.lefts for w in left.subtree):
        return True  # "a 40 dlr per share offer", "its 7-dlr-a-share offer"
    for c in tok.children:
        if c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in _TRADE_VERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "for"):
            for o in c.children:
                if o.dep_ == "pobj" and (o.lower_ in _PRICE_WORDS or
                                         o.lemma_.lower() in COMMERCIAL_GOODS or
                                         o.lemma_.lower() in _SECURITIES):
                    return True  # "its standing offer of treasury bills"
    return False


# papers sold in the money market
_SECURITIES = frozenset({"bill", "paper", "certificate", "security", "bond", "note",
                         "debenture", "treasury"})


_MEASURES = frozenset({"tonne", "ton", "barrel", "bushel", "bag", "bale", "ounce", "cargo",
                       "lot", "unit", "kilo", "pound", "gallon", "carload"})
_ARMS = frozenset({"arm", "arms", "weapon", "missile", "jet", "tank", "fighter", "aircraft",
                   "helicopter", "ammunition", "warship", "plane", "rocket", "submarine"})


def _traded_quantity(obj: Token) -> bool:
    """ "32,000 tonnes of sugar", "two mln barrels": a quantity of goods (not of arms,
    whose transfer is a political act)."""
    if obj.lemma_.lower() in _ARMS or any(w.lemma_.lower() in _ARMS | _RELIEF or
                                          w.lower_ in _RELIEF
                                          for c in obj.children if c.dep_ == "prep"
                                          for p in c.children for w in p.subtree):
        return False  # arms, and aid counted in tonnes, are political
    return obj.lemma_.lower() in _MEASURES and any(c.dep_ == "nummod" for c in obj.children)


_CARGOES = frozenset({"shipment", "cargo", "consignment", "delivery", "order"})


def _cargo(act: Token) -> bool:
    """The object of a delivery is a shipment or an order of goods, no arms and no aid."""
    objs = [c for c in act.children if c.dep_ == "dobj"]
    objs += [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    if any(w.lemma_.lower() in _ARMS | _RELIEF for o in objs for w in o.subtree):
        return False
    return any(o.lemma_.lower() in _CARGOES for o in objs)


_RELIEF = frozenset({"aid", "relief", "assistance", "donation", "humanitarian", "emergency"})
_DELIVERY_VERBS = frozenset({"supply", "deliver", "ship", "export", "sell", "provide"})


_WORKERS = frozenset({"worker", "workers", "employee", "employees", "staff", "miner", "miners",
                      "union", "unions", "docker", "dockers", "seafarer", "seafarers",
                      "seaman", "seamen", "driver", "drivers", "nurse", "nurses", "teacher",
                      "teachers", "pilot", "pilots", "crew", "labourer", "labourers",
                      "laborer", "laborers", "attendant", "attendants"})


def labour_strike(tok: Token, src: Sequence[Actor]) -> bool:
    """A strike by workers, employees or their union (not a "general strike" called by
    parties or a movement): aimed at employers, not at the strikers' own state."""
    if any(c.lower_ == "general" for c in tok.subtree):
        return False
    words = [(a.role or a.text).lower().split() for a in src]
    return bool(src) and all("LAB" in a.sectors or (w and w[-1] in _WORKERS)
                             for a, w in zip(src, words, strict=True))


_TRADED = frozenset({"trade", "trading", "dealing", "dealings", "sale", "sales"})
_MARKET_GOODS = frozenset({"option", "stock", "share", "bond", "future", "futures", "index",
                           "contract", "security", "securities", "currency", "commodity"})


def market_halt(tok: Token, type_: str) -> bool:
    """ "PHILADELPHIA HALTS MAJOR INDEX OPTION TRADE", "suspended trading in the shares":
    halting trade in securities is a market's act, no sanction."""
    if type_ not in ("SANCTION", "COERCE"):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for o in objs:
        if o.lemma_.lower() not in _TRADED and o.lower_ not in _TRADED:
            continue
        goods = [c for c in o.children if c.dep_ in ("compound", "amod")]
        goods += [g for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                  for g in p.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in _MARKET_GOODS or g.lower_ in _MARKET_GOODS or
               g.lemma_.lower() in COMMERCIAL_GOODS for g in goods):
            return True
    return False


_SPACE = frozenset({"foot", "feet", "square", "acre", "hectare", "floor", "floors", "space",
                    "metre", "meter"})
_OWN_ACTIVITY = frozenset({"export", "exports", "production", "output", "shipment",
                           "shipments", "operation", "operations", "drilling", "pumping",
                           "sale", "sales", "trading", "mining"})
_DEALS = frozenset({"agreement", "deal", "contract", "accord", "pact", "arrangement"})


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def commercial_object(tok: Token, type_: str) -> bool:
    """An act whose object makes it commerce: "take over control of CPC Industrial
    Division" (a company), "terminated an agreement to sell its unit" (a trade),
    "occupying 38,366 square feet in Manhattan" (office space), "suspended oil exports"
    with no one they are suspended to (a producer's own activity, no sanction)."""
    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    if type_ == "COERCE" and any(o.lemma_.lower() == "control" for o in objs):
        owned = [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
        if owned and all(p.lemma_.lower() in _ASSETS or any(
                a.dep_ == "appos" and a.lemma_.lower() in _ASSETS for a in p.children)
                for p in owned):
            return True
    if type_ in ("SANCTION", "REJECT", "RETREAT") and any(
            o.lemma_.lower() in _DEALS and any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _TRADE_VERBS and not any(
                    d.lemma_.lower() in _ARMS for d in c.children if d.dep_ == "dobj")
                for c in o.children)
            for o in objs):
        return True
    if lemma == "occupy" and objs and all(
            o.lemma_.lower() in _SPACE or o.lower_ in _SPACE for o in objs):
        return True
    if type_ in ("SANCTION", "RETREAT") and objs and all(
            o.lemma_.lower() in _OWN_ACTIVITY or o.lower_ in _OWN_ACTIVITY for o in objs):
        heads = [tok, *objs]
        parties = [c for c in tok.children if c.dep_ == "dative"]
        parties += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in (
            "to", "with", "against", "from", "for") for p in c.children if p.dep_ == "pobj"]
        return not any(p.pos_ in ("PROPN", "PRON") or p.ent_type_ in (
            "GPE", "NORP", "ORG", "PERSON") for p in parties)
    return False
