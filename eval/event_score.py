"""Scoring dateline events against event gold standards (importable; eval/events.py runs it).

Matching rules (decided from the gold data; see also docs/CROSSWALK.md):

Actors are compared by *country label*: an actor's ISO 3166-1 alpha-3 country; for actors
without a country, "IGO"/"NGO"/"IMG" when the actor is one (kind "igo", code or sector),
else "---" (known actor, unknown country). Gold codes are normalised the same way: the first
three letters of a CAMEO actor code carry the country ("GUYJUD" -> "GUY", "IGOUNOMIL" ->
"IGO", "---LEG" -> "---"), and CAMEO's non-ISO codes are mapped (JAP -> JPN, ITL -> ITA...).

Event types are compared in PLOVER 2.0 terms: dateline's DEMAND and DISAPPROVE fold into
REQUEST and ACCUSE, and the gold's older names map through ``LEGACY_TYPES`` (FIGHT ->
ASSAULT, INVESTIGATE -> ACCUSE, SUPPORT -> COOPERATE, DEMAND -> REQUEST, DISAPPROVE ->
ACCUSE). Negated and denied events are never scored as events (PLOVER: "negated events can be
excluded"). The PLOVER manual's future convention is applied to predictions: a planned,
possible or hypothetical CONSULT, COOPERATE, AID, CONCEDE or RETREAT is AGREE (CAMEO's
03x "express intent to ..." codes, 035 "intent to yield" included, are AGREE in the
CAMEO-to-PLOVER table), and a
planned or hypothetical (not a merely possible, i.e. hedged) ASSAULT, COERCE or SANCTION is
THREATEN ("THREATEN could be ASSAULT + hypothetical"; the coder returns the single
category). CAMEO codes are the product's own
(``Event.cameo``), which follow CAMEO's categories for intended acts
(``dateline.events.cameo.modal_cameo``, docs/CROSSWALK.md): cooperation its doer says it
means to do is its "express intent to" code (04x -> 036, 085 -> 0354 ...), and such
conflict a threat (19x -> 1384, 163 -> 1312 ...; an announced protest 14x -> 133, scored
THREATEN); a reported schedule keeps the act's code.

plover_gsr (one gold event per sentence): the predicted event scored for a record is the
one whose trigger overlaps a word of the gold's ``(EVT: ...)`` markup (the highest
confidence such event); if none overlaps, the highest-confidence event of the sentence; if
the sentence has no event, the record counts as "NONE" (a miss everywhere). Type accuracy
and per-type P/R/F1 treat this as single-label classification; macro-F1 averages the types
present in the gold. Source and target country P/R/F1 are micro-averaged over the records:
per record, the sets of country labels of the gold and of the matched event. Actor sector
P/R/F1 compares "country/SEC" keys (first three letters of the gold sector, first sector of
a predicted actor; sources and targets together) on the records whose gold has sectors. A
gold record
whose actors are all marked ``SRC/TAR`` is reciprocal (PLOVER: all parties are actors, no
recipient): its matched event's sources and targets are then pooled as sources. Strict
triples are (source, type, target) with every gold source x target (target None when the
gold has none); reciprocal records and joint events give every ordered pair of distinct
parties.

petrarch2_gsr (several events per sentence): per sentence, the set of (source country,
target country, CAMEO code) triples of all scored events whose source and target are both
known (PETRARCH2 codes only dyadic events); a joint event gives every ordered pair of its
parties. P/R/F1 are micro-averaged over sentences, on the full code and on the root code
(first two digits); a sentence is "coded as PETRARCH2 expects" when the predicted triple set
equals the gold set (an empty set for the no-event sentences).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_SRC = Path(__file__).resolve().parents[1] / "src"
if str(_SRC) not in sys.path:  # running from a checkout without an installed package
    sys.path.insert(0, str(_SRC))

from dateline.events.cameo import cameo_root, modal_cameo, plover2_type  # noqa: E402

__all__ = [
    "CODE_ALIASES",
    "GoldPetrarch",
    "GoldPlover",
    "PRF",
    "PetrarchScores",
    "PloverScores",
    "PredEvent",
    "UNSCORED_MODALITIES",
    "actor_label",
    "gold_sector",
    "choose_event",
    "code_label",
    "future_cameo",
    "future_type",
    "load_petrarch_gold",
    "load_plover_gold",
    "petrarch_triples",
    "pred_from_event",
    "score_petrarch",
    "score_plover",
]

CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "UKG": "GBR", "GER": "DEU",
                "SAF": "ZAF", "TAW": "TWN", "YUG": "SRB", "SUD": "SDN", "ZAI": "COD"}
_GROUP_LABELS = ("IGO", "NGO", "IMG")
UNSCORED_MODALITIES = frozenset({"negated", "denied"})
_FUTURE = frozenset({"planned", "possible", "hypothetical"})
_FUTURE_TYPES = {"CONSULT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
                 "RETREAT": "AGREE", "CONCEDE": "AGREE"}
_THREAT_MODALITIES = frozenset({"planned", "hypothetical"})  # not "possible": a hedged report
_THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
NONE = "NONE"


# ------------------------------------------------------------------------- records


@dataclass(frozen=True)
class PredEvent:
    """What the scorer needs of one predicted event."""

    type: str
    cameo: str | None
    sources: tuple[str, ...]  # country labels
    targets: tuple[str, ...]
    modality: str = "asserted"
    joint: bool = False
    trigger_start: int = -1
    trigger_end: int = -1
    confidence: float = 1.0
    date_start: str = ""  # ISO dates of the event's interval
    date_end: str = ""
    source_sectors: tuple[str, ...] = ()  # (label, sector) of each actor with a sector
    target_sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldPlover:
    id: str
    text: str
    type: str  # PLOVER 2.0 type
    sources: frozenset[str]
    targets: frozenset[str]
    reciprocal: bool
    evt_spans: tuple[tuple[int, int], ...]
    sectors: frozenset[str] = frozenset()  # "HUN/GOV": actors of the record with a sector


@dataclass(frozen=True)
class GoldPetrarch:
    id: str
    text: str
    date: str
    triples: frozenset[tuple[str, str, str]]  # (source label, target label, CAMEO code)


def code_label(code: str | None) -> str:
    """Country label of a gold actor code ("GUYJUD" -> "GUY", "IGOUNO" -> "IGO")."""
    if not code:
        return "---"
    head = code.strip().upper()[:3]
    if not head or head.startswith("-") or head == "***":
        return "---"
    return CODE_ALIASES.get(head, head)


def actor_label(actor: Any) -> str:
    """Country label of a dateline ``Actor``."""
    if getattr(actor, "country", None):
        return str(actor.country).upper()
    kind = (getattr(actor, "kind", "") or "").lower()
    code = (getattr(actor, "code", None) or "").upper()
    sectors = {s.upper() for s in getattr(actor, "sectors", ()) or ()}
    if kind == "igo" or "IGO" in sectors or code.startswith("IGO"):
        return "IGO"
    for group in ("NGO", "IMG"):
        if group in sectors or code.startswith(group):
            return group
    return "---"


def pred_from_event(event: Any) -> PredEvent:
    """A ``PredEvent`` from a dateline ``Event``."""
    return PredEvent(
        type=event.type, cameo=event.cameo,
        sources=tuple(actor_label(a) for a in event.sources),
        targets=tuple(actor_label(a) for a in event.targets),
        modality=event.modality, joint=bool(event.joint),
        trigger_start=event.trigger_start, trigger_end=event.trigger_end,
        confidence=float(event.confidence),
        date_start=event.date.start.isoformat(), date_end=event.date.end.isoformat(),
        source_sectors=tuple(_sector_key(a) for a in event.sources if a.sectors),
        target_sectors=tuple(_sector_key(a) for a in event.targets if a.sectors),
    )


def _sector_key(actor: Any) -> str:
    return f"{actor_label(actor)}/{str(actor.sectors[0]).upper()[:3]}"


def gold_sector(code: str | None, sector: str | None) -> str | None:
    """ "HUN/GOV" for a gold actor with a sector code (None without one)."""
    sec = (sector or "").strip().upper()[:3]
    if not sec or not sec.isalpha():
        return None
    return f"{code_label(code)}/{sec}"


def future_type(type_: str, modality: str, cameo: str | None = None) -> str:
    """The PLOVER 2.0 type under PLOVER's future convention (see the module doc): planned
    CONSULT/COOPERATE/AID -> AGREE, RETREAT -> CONCEDE, planned or hypothetical
    ASSAULT/COERCE/SANCTION -> THREATEN; a protest its doers announce ("said they would
    boycott all contact"), stored with CAMEO's threat code 133 (threaten to protest,
    boycott or strike), is THREATEN too."""
    t = plover2_type(type_)
    if t == "PROTEST" and cameo is not None and cameo.startswith("13"):
        return "THREATEN"
    if t in _THREAT_TYPES:
        return "THREATEN" if modality in _THREAT_MODALITIES else t
    if modality in _FUTURE:
        t = _FUTURE_TYPES.get(t, t)
    return t


def future_cameo(code: str | None, modality: str, expressed: bool = True) -> str | None:
    """CAMEO's intent and threat codes for intended acts (042 planned -> 036, 190 planned
    -> 1384; ``dateline.events.cameo.modal_cameo``). The product stores these already;
    this is for records made without them."""
    return modal_cameo(code, modality, expressed)


# ------------------------------------------------------------------------- metrics


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Iterable[Any], pred: Iterable[Any]) -> None:
        g, p = set(gold), set(pred)
        self.tp += len(g & p)
        self.fp += len(p - g)
        self.fn += len(g - p)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn})")


def _pairs(parties: Iterable[str]) -> set[tuple[str, str | None]]:
    ps = sorted(set(parties))
    if len(ps) == 1:
        return {(ps[0], None)}
    return {(a, b) for a in ps for b in ps if a != b}


# ------------------------------------------------------------------------- plover_gsr

_EVT = re.compile(r"\(EVT:\s*([^()]*?)\s*\)")
_WORD = re.compile(r"[\w'-]+")


def _evt_spans(text: str, markup: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for phrase in _EVT.findall(markup or ""):
        for word in _WORD.findall(phrase):
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                spans.append((m.start(), m.end()))
    return tuple(sorted(set(spans)))


def _actor_list(value: Any) -> list[dict[str, Any]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def load_plover_gold(path: Path) -> list[GoldPlover]:
    """PLOVER_GSR_CAMEO.json records (DOCUMENT records skipped)."""
    out = []
    for rec in json.loads(path.read_text(encoding="utf-8")):
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        info = rec.get("textInfo")
        markup = str(info.get("markup", "")) if isinstance(info, dict) else ""
        sources = frozenset(code_label(a.get("code")) for a in _actor_list(rec.get("source")))
        targets = frozenset(code_label(a.get("code")) for a in _actor_list(rec.get("target")))
        reciprocal = not targets and "SRC/TAR" in markup
        sectors = frozenset(k for a in _actor_list(rec.get("source")) + _actor_list(
            rec.get("target")) if (k := gold_sector(a.get("code"), a.get("sector"))))
        out.append(GoldPlover(id=rec["id"], text=rec["text"], type=plover2_type(rec["event"]),
                              sources=sources, targets=targets, reciprocal=reciprocal,
                              evt_spans=_evt_spans(rec["text"], markup), sectors=sectors))
    return out


def choose_event(preds: Sequence[PredEvent],
                 evt_spans: Sequence[tuple[int, int]]) -> PredEvent | None:
    """The predicted event aligned with a one-event gold record (see module doc)."""
    scored = [p for p in preds if p.modality not in UNSCORED_MODALITIES]
    if not scored:
        return None
    overlapping = [p for p in scored
                   if any(p.trigger_start < e and s < p.trigger_end for s, e in evt_spans)]
    pool = overlapping or scored
    return sorted(pool, key=lambda p: (-p.confidence, p.trigger_start))[0]


@dataclass
class PloverScores:
    n: int = 0
    correct: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    source: PRF = field(default_factory=PRF)
    target: PRF = field(default_factory=PRF)
    sector: PRF = field(default_factory=PRF)
    triple: PRF = field(default_factory=PRF)
    per_type: dict[str, PRF] = field(default_factory=dict)
    with_any_event: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def macro_f1(self) -> float:
        gold_types = {g for g, _ in self.confusion}
        if not gold_types:
            return 0.0
        return sum(self.per_type[t].f1 for t in gold_types) / len(gold_types)


def score_plover(gold: Sequence[GoldPlover],
                 predictions: Sequence[Sequence[PredEvent]]) -> PloverScores:
    """Score the predicted events of each gold record's sentence (same order as ``gold``)."""
    s = PloverScores()
    for g, preds in zip(gold, predictions, strict=True):
        s.n += 1
        chosen = choose_event(preds, g.evt_spans)
        s.with_any_event += chosen is not None
        ptype = future_type(chosen.type, chosen.modality, chosen.cameo) if chosen else NONE
        s.confusion[(g.type, ptype)] += 1
        s.correct += ptype == g.type
        for t in {g.type, ptype} - {NONE}:
            prf = s.per_type.setdefault(t, PRF())
            if t == g.type and t == ptype:
                prf.tp += 1
            elif t == ptype:
                prf.fp += 1
            else:
                prf.fn += 1
        psrc = set(chosen.sources) if chosen else set()
        ptgt = set(chosen.targets) if chosen else set()
        if g.reciprocal:
            psrc, ptgt = psrc | ptgt, set()
        s.source.add(g.sources, psrc)
        s.target.add(g.targets, ptgt)
        if g.sectors:  # only records whose gold codes sectors
            s.sector.add(g.sectors, set(chosen.source_sectors + chosen.target_sectors)
                         if chosen else set())
        s.triple.add(_plover_triples(g.sources, g.type, g.targets, g.reciprocal),
                     _plover_triples(psrc, ptype, ptgt,
                                     g.reciprocal or bool(chosen and chosen.joint))
                     if chosen else set())
    return s


def _plover_triples(sources: Iterable[str], type_: str, targets: Iterable[str],
                    reciprocal: bool) -> set[tuple[str, str, str | None]]:
    src, tgt = set(sources), set(targets)
    if reciprocal:
        return {(a, type_, b) for a, b in _pairs(src | tgt)} if src | tgt else set()
    return {(a, type_, b) for a in src for b in (tgt or {None})}


# ------------------------------------------------------------------------- petrarch2_gsr


def load_petrarch_gold(path: Path) -> list[GoldPetrarch]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        triples = frozenset((code_label(e.get("source")), code_label(e.get("target")),
                             str(e.get("eventcode")))
                            for e in rec.get("events") or [])
        out.append(GoldPetrarch(id=rec["id"], text=rec["text"], date=str(rec.get("date", "")),
                                triples=triples))
    return out


def petrarch_triples(preds: Sequence[PredEvent]) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) triples of the scored, dyadic predicted events (the
    product's CAMEO code)."""
    out: set[tuple[str, str, str]] = set()
    for p in preds:
        if p.modality in UNSCORED_MODALITIES or not p.cameo:
            continue
        code = p.cameo
        if p.joint and len(p.sources) > 1 and not p.targets:
            pairs = {(a, b) for a, b in _pairs(p.sources) if b is not None}
        else:
            pairs = {(a, b) for a in p.sources for b in p.targets}
        out |= {(a, b, str(code)) for a, b in pairs}
    return out


def _root(triples: Iterable[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(a, b, cameo_root(c)) for a, b, c in triples}


@dataclass
class PetrarchScores:
    n: int = 0
    code: PRF = field(default_factory=PRF)
    root: PRF = field(default_factory=PRF)
    exact_sentences: int = 0
    root_sentences: int = 0


def score_petrarch(gold: Sequence[GoldPetrarch],
                   predictions: Sequence[Sequence[PredEvent]]) -> PetrarchScores:
    s = PetrarchScores()
    for g, preds in zip(gold, predictions, strict=True):
        s.n += 1
        pred = petrarch_triples(preds)
        s.code.add(g.triples, pred)
        s.root.add(_root(g.triples), _root(pred))
        s.exact_sentences += pred == set(g.triples)
        s.root_sentences += _root(pred) == _root(g.triples)
    return s
