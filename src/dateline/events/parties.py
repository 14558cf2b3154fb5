"""Who the parties of an event are when the words alone leave them open: the place an
act falls on as its target ("lifted the curfew in Montenegro"), countries for parties the
text gives none, from where the event happens or the one country its sentence speaks of
("Egyptian police dispersed demonstrators"; once the other side's own countries are set
aside, "Israeli shelling killed four children in Gaza"), heads of state and governments
named without a country, and the PLOVER/CAMEO conventions for unattributed attacks and
arrests, for protests that name no target and for emergency rule (see ``states``).

Every actor these rules make or recode says so in its ``rule`` and carries a confidence
of at most ``LOCAL_CONFIDENCE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from dateline.events.arguments import TRANSFER_VERBS
from dateline.events.commerce import labour_strike
from dateline.events.phrases import addressee_spans
from dateline.events.states import (
    LOCAL_CONFIDENCE,
    NATIONAL_BODIES,
    NATIONAL_OFFICES,
    domestic_bill,
    domestic_measure,
    jurisdiction,
    national_leader,
    own_country,
    own_government,
)
from dateline.types import Actor, Place

__all__ = [
    "LOCAL_CONFIDENCE",
    "LOCAL_SECTORS",
    "MOVE_LEMMAS",
    "NATIONAL_BODIES",
    "NATIONAL_OFFICES",
    "TERRITORIAL",
    "domestic_measure",
    "domestic_side",
    "is_local",
    "jurisdiction",
    "localise",
    "national_leader",
    "own_country",
    "own_government",
    "sentence_countries",
    "settle_parties",
    "uncoded",
]

# Sectors of actors that act where they are: protesters, civilians, rebels, police,
# courts, parties, the press ... (not ministers and diplomats, who travel, nor refugees,
# whose country is the one they fled).
LOCAL_SECTORS = frozenset(
    {
        "OPP",
        "CVL",
        "REB",
        "PRM",
        "CRM",
        "LAB",
        "EDU",
        "JRN",
        "REL",
        "BUS",
        "AGR",
        "MED",
        "PTY",
        "COP",
        "JUD",
        "LEG",
        "UAF",
        "SOC",
    }
)
_LOCAL_PERSONS = LOCAL_SECTORS - {"REL", "EDU", "BUS", "MED"}
_LABELLED_SECTORS = frozenset({"IGO", "NGO", "IMG"})


def uncoded(a: Actor) -> bool:
    """An actor the text gives no country and that is no international body."""
    return (
        not a.country
        and a.kind not in ("igo", "country", "place")
        and not a.code
        and not set(a.sectors) & _LABELLED_SECTORS
    )


def is_local(a: Actor) -> bool:
    """A group or a body that acts where it is ("demonstrators", "rebels", "the police");
    of people, only those whose office is domestic ("a judge", "an opposition leader"),
    not clerics, scholars or businessmen, who speak on other countries' affairs; and no
    body whose name says it is international."""
    if set(a.text.lower().replace("-", " ").split()) & _INTERNATIONAL_WORDS:
        return False  # "the International Labor Office", "World Food Programme"
    local = _LOCAL_PERSONS if a.kind == "person" else LOCAL_SECTORS
    return bool(set(a.sectors) & local) or (a.kind == "group" and not a.sectors)


# Words that name a body as no country's own.
_INTERNATIONAL_WORDS = frozenset({"international", "world", "global", "multinational"})


def sentence_countries(
    sent: Span, actors: object, places: object, speaker: Token | None = None
) -> set[str]:
    """Countries of the actors coded and the places resolved in a sentence, leaving out
    those in the phrase of whoever reports it ("..., a UK-based group said") and states
    named as parties."""
    lo, hi = sent.start_char, sent.end_char
    if speaker is not None:
        sub = sorted(speaker.subtree, key=lambda t: t.i)
        s_lo, s_hi = sub[0].idx, sub[-1].idx + len(sub[-1])
    else:
        s_lo = s_hi = -1

    def inside(start: int) -> bool:
        return lo <= start < hi and not s_lo <= start < s_hi

    mentions = [a for a in getattr(actors, "mentions", ()) or () if inside(a.start)]
    # a state named as a party ("to help Iran") is a party, not the setting; a person's
    # name is no place ("Oshima")
    states = [(a.start, a.end) for a in mentions if a.kind == "country" and _as_party(sent, a)]
    people = [(a.start, a.end) for a in mentions if a.kind == "person"]
    found = {a.country for a in mentions if a.country and (a.start, a.end) not in states}
    found |= {
        p.country
        for p in getattr(places, "places", ()) or ()
        if inside(p.start) and p.country and not any(b <= p.start < e for b, e in states + people)
    }
    return found


_LOCATIVE = frozenset(
    {"in", "at", "near", "inside", "throughout", "across", "within", "around", "outside"}
)


_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "agent", "appos"})


def _as_party(sent: Span, a: Actor) -> bool:
    """Is this state mention a party to some act ("attacked Iraq", "aid to Iraq") rather
    than a setting ("the conflict in Iraq", "Iraq's interim government")?"""
    span = sent.doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    if t.dep_ != "pobj":
        return t.dep_ in _PARTY_DEPS
    for _ in range(3):  # "in the east of the Gaza Strip", "in the town of Cizre"
        if t.head.lower_ == "of" and t.head.head.dep_ == "pobj":
            t = t.head.head
    return t.head.lower_ not in _LOCATIVE and t.head.lower_ != "of"


def domestic_side(others: Sequence[Actor], sole: str | None) -> str | None:
    """The country of the other side of an event when that side is local to the one
    country the sentence speaks of ("President Museveni banned Ugandan opposition
    candidates": an act on a country's own opposition, rebels or citizens is, unless
    the text says otherwise, its own government's)."""
    if not sole or not others:
        return None
    if all(a.country == sole and a.kind != "country" and is_local(a) for a in others):
        return sole
    return None


def localise(
    parties: Sequence[Actor],
    place: Place | None,
    sole: str | None,
    target: bool,
    moving: bool,
    jurisdiction: str | None = None,
    others: Sequence[Actor] = (),
    leader: str | None = None,
) -> list[Actor]:
    """Countries for event parties the text leaves uncoded, from where the event happens:

    - the event's place: a target is where the act is done ("dispersed demonstrators in
      Monrovia"); a local source too ("students demonstrated in Jakarta"), unless the
      event is a journey (the traveller is not from the destination);
    - else the one country the sentence speaks of, for local actors only ("Egyptian
      police dispersed demonstrators": the demonstrators are Egyptian), unless that
      country is itself the other side (``others``) of the event;
    - else, for those a state coerces, the country of that state (``jurisdiction``);
    - else, for a head of state or government (``national_leader``), the one country
      the sentence speaks of (``leader``), when the other side is none or only that
      country's own people, and the event is no journey.

    The actor keeps its words; its rule says where the country came from and its
    confidence drops to ``LOCAL_CONFIDENCE``."""
    if any(o.kind == "country" and o.country == sole for o in others):
        sole = None  # "Congress pressed Obama to help Iran": a state's helpers are foreign
    out: list[Actor] = []
    for a in parties:
        country, how = None, ""
        if uncoded(a):
            if place is not None and place.country and (target or (is_local(a) and not moving)):
                country, how = place.country, "event-place"
            elif sole and is_local(a):
                country, how = sole, "sentence-country"
            elif jurisdiction:
                country, how = jurisdiction, "jurisdiction"
            elif (
                leader
                and sole
                and not moving
                and national_leader(a)
                and all(o.country in (None, leader) and o.kind != "country" for o in others)
            ):
                country, how = leader, "sentence-country-leader"
        if country is None:
            out.append(a)
            continue
        rule = f"{a.rule}+{how}" if a.rule else how
        out.append(
            replace(a, country=country, rule=rule, confidence=min(a.confidence, LOCAL_CONFIDENCE))
        )
    return out


# Types whose act falls on the place where it happens (not CONSULT or AGREE, whose place is
# a venue): the country holding that place is the target when the text names no other.
TERRITORIAL = frozenset(
    {
        "ASSAULT",
        "COERCE",
        "THREATEN",
        "SANCTION",
        "CONCEDE",
        "RETREAT",
        "AID",
        "MOBILIZE",
        "PROTEST",
    }
)
MOVE_LEMMAS = frozenset(
    {
        "visit",
        "tour",
        "travel",
        "go",
        "arrive",
        "fly",
        "come",
        "return",
        "journey",
        "trip",
        "head",
        "reach",
        "land",
        "leave",
        "depart",
    }
)
# Acts between a country's own government and its opposition, rebels or citizens are
# domestic; aid, sanctions, cooperation and consultations mostly cross borders.
_INTERNATIONAL = frozenset({"CONSULT", "SANCTION", "AID", "COOPERATE", "AGREE"})
# Acts coded to the place where they happened when no doer is named.
_UNATTRIBUTED = frozenset({"COERCE", "ASSAULT"})


def _place_of_act(place: Place, sources: Sequence[Actor], type_: str, sent: Span) -> bool:
    """Is the event's place the place acted on? Not when it only says where the doer is
    ("demonstrators in Baghdad blocked a road"), nor for a retreat made in a place
    ("surrendered in Soroti"), only for one made from it ("withdrew from Lebanon")."""
    if any(s.start <= place.start < s.end for s in sources):
        return False
    if type_ != "RETREAT":
        return True
    span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    for _ in range(4):
        if t.dep_ == "prep" or t.head == t:
            break
        t = t.head
    return t.dep_ == "prep" and t.lower_ == "from"


def _other_state(sent: Span, actors: object, country: str) -> bool:
    """Does the sentence name a state other than ``country`` ("Israel released the
    mayor, jailed a year ago")?"""
    return any(
        a.kind == "country" and a.country and a.country != country
        for a in getattr(actors, "mentions", ()) or ()
        if sent.start_char <= a.start < sent.end_char
    )


def _setting(countries: set[str], others: Sequence[Actor], sole: str | None) -> str | None:
    """The one country a sentence speaks of besides those of the other side of the event,
    else the sentence's one country (``sole``)."""
    rest = countries - {a.country for a in others if a.country}
    return next(iter(rest)) if len(rest) == 1 else sole


def _place_actor(place: Place, rule: str) -> Actor:
    """A place standing as a party (the target of a visit, of an act on a territory)."""
    return Actor(place.text, place.start, place.end, name=place.name, country=place.country,
                 kind="place", rule=rule)


_COMPLAINTS = frozenset({"ACCUSE", "PROTEST", "DISAPPROVE"})


def _grievance_targets(
    tok: Token, src: tuple[Actor, ...], tgt: tuple[Actor, ...]
) -> tuple[Actor, ...]:
    """A complaint bears on the one complained about, not on the one who hears it
    ("complained to the United Nations over Israeli raids": Israel, not the UN) - when
    the grievance names a party other than the complainant's own side."""
    to, over = addressee_spans(tok)
    if not to or not over:
        return tgt
    own = {s.country for s in src if s.country}

    def within(a: Actor, spans: list[tuple[int, int]]) -> bool:
        return any(lo <= a.start < hi for lo, hi in spans)

    if not any(within(a, over) and not (a.country and a.country in own) for a in tgt):
        return tgt
    return tuple(a for a in tgt if not within(a, to))


def settle_parties(
    tok: Token,
    type_: str,
    mode: str | None,
    src: tuple[Actor, ...],
    tgt: tuple[Actor, ...],
    place: Place | None,
    act_place: Place | None,
    place_tok: Token | None,
    sent: Span,
    actors: object,
    places: object,
    speaker: Token | None,
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """Sources and targets of the event at ``tok`` once the place of the event (and of
    the act it announces, ``act_place``) and the sentence have had their say."""
    moving = mode == "visit" or tok.lemma_.lower() in MOVE_LEMMAS
    act_place = act_place or place
    if type_ in _COMPLAINTS and len(tgt) > 1:
        tgt = _grievance_targets(tok, src, tgt)
    if place_tok is not None and place_tok.i != tok.i:
        moving = moving or place_tok.lemma_.lower() in MOVE_LEMMAS
    if (
        not tgt
        and place is not None
        and place.country
        and mode == "visit"
        and place.country not in {s.country for s in src}
    ):
        # the destination of a visit is its target ("visit to the transcontinental
        # nation" resolved by the places stage)
        tgt = (_place_actor(place, "visit-destination"),)
    elif (
        not tgt
        and act_place is not None
        and act_place.country
        and not moving
        and (
            type_ in TERRITORIAL
            or act_place is not place
            or (
                tok.lemma_.lower() in TRANSFER_VERBS
                and act_place.country not in {s.country for s in src}
            )
        )
        and _place_of_act(act_place, src, type_, sent)
    ):
        # "dispatched inspectors to a facility in Iran": where something is sent
        # "lifted the curfew in Montenegro", "resume attacks in Israel": an act done
        # to a territory is done to the country that holds it
        tgt = (_place_actor(act_place, "event-place"),)
    if speaker is not None and any(a.start <= speaker.idx < a.end for a in src):
        speaker = None  # "the rebels said they will release ...": the doer speaks
    countries = sentence_countries(sent, actors, places, speaker)
    home = getattr(actors, "home", None)
    if not countries and home:
        # a sentence that names no country goes on in the article's own country
        countries = {str(home)}
    sole = next(iter(countries)) if len(countries) == 1 else None
    if type_ == "CONSULT":  # mediators and hosts are often from elsewhere
        sole = None
    # acts between a country's own government and its opposition, rebels or citizens
    # are domestic; aid, sanctions and cooperation mostly cross borders
    domestic = sole if type_ not in _INTERNATIONAL else None
    # a leader acting alone, or on a domestic matter, is the sentence's country's
    leader = sole if not tgt or type_ not in _INTERNATIONAL else None
    # the setting of one side is the one country left once the other side's own are set
    # aside ("Israeli tank shelling killed four children in Gaza": Gaza's)
    # aid, sanctions and cooperation cross borders: their local side is not the other
    # side's country ("Reagan made aid to the rebels")
    cross = type_ in _INTERNATIONAL
    sole_src = _setting(countries, tgt, None if cross else sole) if type_ != "CONSULT" else None
    sole_tgt = _setting(countries, src, None if cross else sole) if type_ != "CONSULT" else None
    src = tuple(
        localise(
            src,
            place,
            sole_src,
            target=False,
            moving=moving,
            jurisdiction=domestic_side(tgt, domestic),
            others=tgt,
            leader=leader,
        )
    )
    tgt = tuple(
        localise(
            tgt,
            place,
            sole_tgt,
            target=True,
            moving=moving,
            jurisdiction=jurisdiction(src) if type_ == "COERCE" else domestic_side(src, domestic),
            others=src,
            leader=leader,
        )
    )
    if (
        not src
        and any(a.kind != "place" for a in tgt)
        and place is not None
        and place.country
        and type_ in _UNATTRIBUTED
        and not moving
    ):
        # "was arrested in Lebanon", "a roadside bomb near Samarra killed a soldier":
        # an act with no doer named is coded to the authorities (arrests) or the
        # unidentified armed men (attacks) of the place where it happened
        sectors = ("GOV",) if type_ == "COERCE" else ("UAF",)
        src = (
            Actor(
                place.text,
                place.start,
                place.end,
                name=place.name,
                country=place.country,
                sectors=sectors,
                kind="place",
                rule=f"unattributed-{type_.lower()}-place",
                confidence=LOCAL_CONFIDENCE,
            ),
        )
    elif (
        not src
        and type_ == "COERCE"
        and sole
        and not moving
        and tgt
        and all(a.country == sole and is_local(a) for a in tgt)
        and not _other_state(sent, actors, sole)
    ):
        # "25 people were arrested": with no place named, the arrests are the
        # authorities' of the one country the sentence (or the story) is set in, when
        # those arrested are its own local people and no other state is named
        first = tgt[0]
        src = (
            replace(
                first,
                sectors=("GOV",),
                kind="country",
                role=None,
                rule="unattributed-coerce-country",
                confidence=LOCAL_CONFIDENCE,
            ),
        )
    if not tgt and (type_ != "PROTEST" and domestic_measure(tok)
                    or type_ == "REJECT" and domestic_bill(tok)):
        tgt = own_country(src)
    if not tgt and type_ == "PROTEST" and not (mode == "strike" and labour_strike(tok, src)):
        # a labour strike that names no one is aimed at the employer, not the state:
        # the strikers' own country is no target ("rail workers went on strike")
        tgt = own_government(src)
    return src, tgt
