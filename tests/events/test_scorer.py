"""The events scorer (eval/event_score.py, eval/sample_score.py) on hand-made cases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"
sys.path.insert(0, str(EVAL))

from dateline.types import Actor  # noqa: E402
from event_score import (  # noqa: E402
    PRF,
    GoldPetrarch,
    GoldPlover,
    PredEvent,
    actor_label,
    choose_event,
    code_label,
    future_cameo,
    future_type,
    gold_sector,
    load_petrarch_gold,
    load_plover_gold,
    score_petrarch,
    score_plover,
)
from sample_score import score_sample_predictions  # noqa: E402


def P(type_: str, src: tuple[str, ...], tgt: tuple[str, ...] = (), cameo: str | None = None,  # noqa: N802
      modality: str = "asserted", joint: bool = False, span: tuple[int, int] = (0, 1),
      conf: float = 0.8) -> PredEvent:
    return PredEvent(type=type_, cameo=cameo, sources=src, targets=tgt, modality=modality,
                     joint=joint, trigger_start=span[0], trigger_end=span[1], confidence=conf)


def G(type_: str, src: set[str], tgt: set[str] = frozenset(), reciprocal: bool = False,  # noqa: N802
      spans: tuple[tuple[int, int], ...] = ((0, 1),)) -> GoldPlover:
    return GoldPlover(id="g", text="", type=type_, sources=frozenset(src),
                      targets=frozenset(tgt), reciprocal=reciprocal, evt_spans=spans)


def test_prf_arithmetic() -> None:
    prf = PRF()
    prf.add({"a", "b", "c"}, {"a", "d"})
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 2)
    assert prf.precision == pytest.approx(0.5)
    assert prf.recall == pytest.approx(1 / 3)
    assert prf.f1 == pytest.approx(0.4)
    assert PRF().f1 == 0.0


def test_code_labels() -> None:
    assert code_label("GUYJUD") == "GUY"
    assert code_label("IGOUNOMIL") == "IGO"
    assert code_label("---LEG") == "---"
    assert code_label("JAP") == "JPN"
    assert code_label("ITL") == "ITA"
    assert code_label("") == "---"
    assert actor_label(Actor("India", 0, 5, country="IND")) == "IND"
    assert actor_label(Actor("the UN", 0, 6, kind="igo", code="UNO")) == "IGO"
    assert actor_label(Actor("Amnesty", 0, 7, sectors=("NGO",))) == "NGO"
    assert actor_label(Actor("officials", 0, 9)) == "---"


def test_future_convention() -> None:
    assert future_type("CONSULT", "planned") == "AGREE"
    assert future_type("CONSULT", "asserted") == "CONSULT"
    assert future_type("RETREAT", "possible") == "AGREE"
    assert future_type("CONCEDE", "planned") == "AGREE"
    assert future_type("DEMAND", "planned") == "REQUEST"
    assert future_type("DISAPPROVE", "asserted") == "ACCUSE"
    assert future_cameo("042", "planned") == "036"
    assert future_cameo("073", "possible") == "0333"
    assert future_cameo("190", "planned") == "1384"  # CAMEO 138: threaten with force
    assert future_cameo("190", "possible") == "190"  # a hedged report is no threat
    assert future_cameo("042", "planned", expressed=False) == "042"  # a schedule
    assert future_cameo("112", "planned") == "112"
    assert future_type("ASSAULT", "hypothetical") == "THREATEN"
    assert future_type("ASSAULT", "possible") == "ASSAULT"
    assert future_type("ACCUSE", "planned") == "ACCUSE"
    assert future_cameo("042", "asserted") == "042"


def test_choose_event_prefers_gold_trigger_then_confidence() -> None:
    a = P("AGREE", ("HUN",), span=(10, 16), conf=0.7)
    b = P("COOPERATE", ("HUN",), span=(40, 49), conf=0.9)
    c = P("ASSAULT", ("HUN",), span=(10, 16), modality="negated", conf=1.0)
    assert choose_event([a, b, c], ((10, 16),)) is a
    assert choose_event([a, b, c], ((60, 64),)) is b
    assert choose_event([c], ((10, 16),)) is None


def test_score_plover_exact_figures() -> None:
    gold = [
        G("CONSULT", {"USA"}, {"RUS"}),                    # right type and actors
        G("REQUEST", {"EGY"}, {"ETH"}),                    # DEMAND folds into REQUEST
        G("ASSAULT", {"ISR"}, {"PSE"}),                    # wrong type
        G("AGREE", {"HUN", "ROU"}, reciprocal=True),       # joint act, reciprocal gold
        G("PROTEST", {"CHL"}),                             # nothing predicted
    ]
    preds = [
        [P("CONSULT", ("USA",), ("RUS",))],
        [P("DEMAND", ("EGY",), ("ETH",))],
        [P("THREATEN", ("ISR",), ("PSE",))],
        [P("AGREE", ("HUN",), ("ROU",))],  # pooled as parties: reciprocal in the gold
        [],
    ]
    s = score_plover(gold, preds)
    assert s.n == 5 and s.correct == 3
    assert s.accuracy == pytest.approx(0.6)
    assert s.with_any_event == 4
    # per type: CONSULT, REQUEST, AGREE perfect; ASSAULT fn 1; THREATEN fp 1; PROTEST fn 1
    assert (s.per_type["ASSAULT"].tp, s.per_type["ASSAULT"].fn) == (0, 1)
    assert s.per_type["THREATEN"].fp == 1
    assert s.per_type["PROTEST"].fn == 1
    assert s.macro_f1 == pytest.approx(3 / 5)  # gold types: 5, three with F1 1.0
    # sources: gold {USA},{EGY},{ISR},{HUN,ROU},{CHL}; predicted the same but {} for CHL
    assert (s.source.tp, s.source.fp, s.source.fn) == (5, 0, 1)
    # targets: gold RUS, ETH, PSE; the reciprocal record's ROU was pooled as a source
    assert (s.target.tp, s.target.fp, s.target.fn) == (3, 0, 0)
    # triples: 1 + 1 + 0 (type) + 2 (HUN->ROU, ROU->HUN) ; gold has 1+1+1+2+1
    assert (s.triple.tp, s.triple.fp, s.triple.fn) == (4, 1, 2)
    assert s.triple.f1 == pytest.approx(2 * 0.8 * (4 / 6) / (0.8 + 4 / 6))


def test_score_plover_future_convention_applies() -> None:
    s = score_plover([G("AGREE", {"IND"}, {"RUS"})],
                     [[P("CONSULT", ("IND",), ("RUS",), modality="planned")]])
    assert s.correct == 1


def test_score_petrarch_exact_figures() -> None:
    gold = [
        GoldPetrarch("a", "", "", frozenset({("USA", "CHN", "042")})),
        GoldPetrarch("b", "", "", frozenset({("BRA", "USA", "031"), ("USA", "BRA", "031")})),
        GoldPetrarch("c", "", "", frozenset()),
        GoldPetrarch("d", "", "", frozenset({("TUN", "NGA", "173")})),
    ]
    preds = [
        [P("CONSULT", ("USA",), ("CHN",), cameo="042")],                       # exact
        [P("COOPERATE", ("BRA", "USA"), cameo="030", joint=True,
           modality="asserted")],                                               # root only
        [P("CONSULT", ("---",), ("CHN",), cameo="042"),                        # spurious
         P("AGREE", ("FRA",), ("CHN",), cameo="057", modality="negated")],      # unscored
        [P("COERCE", ("TUN",), ("NGA",), cameo="173"),
         P("AID", ("TUN",), (), cameo="070")],                                  # no target
    ]
    s = score_petrarch(gold, preds)
    assert (s.code.tp, s.code.fp, s.code.fn) == (2, 3, 2)
    assert (s.root.tp, s.root.fp, s.root.fn) == (4, 1, 0)
    assert s.root.precision == pytest.approx(0.8) and s.root.recall == pytest.approx(1.0)
    assert s.exact_sentences == 2  # a and d
    assert s.root_sentences == 3   # a, b and d


def test_petrarch_scores_the_products_code() -> None:
    # the product stores intent codes itself (events.cameo.modal_cameo); the scorer does
    # not recode: a planned visit stored as 042 (a schedule) stays 042
    gold = [GoldPetrarch("a", "", "", frozenset({("IND", "RUS", "036")}))]
    intent = [[P("CONSULT", ("IND",), ("RUS",), cameo="036", modality="planned")]]
    schedule = [[P("CONSULT", ("IND",), ("RUS",), cameo="042", modality="planned")]]
    assert score_petrarch(gold, intent).code.tp == 1
    assert score_petrarch(gold, schedule).code.tp == 0


def test_sample_scoring_exact_figures() -> None:
    gold = {"x": [{"type": "AGREE", "source": ["IND", "VNM"], "target": None, "joint": True,
                   "modality": "asserted", "date": ["2019-03-13", "2019-03-13"]},
                  {"type": "CONSULT", "source": "VNM", "target": "IND", "modality": "planned",
                   "date": ["2019-03-14", "2019-12-31"]}]}
    pe = PredEvent(type="AGREE", cameo="057", sources=("IND", "VNM"), targets=(), joint=True,
                   date_start="2019-03-13", date_end="2019-03-13")
    pc = PredEvent(type="CONSULT", cameo="040", sources=("VNM",), targets=("IND",),
                   modality="asserted", date_start="2019-03-14", date_end="2019-03-14")
    s = score_sample_predictions(gold, {"x": [pe, pc]})
    assert (s.triple.tp, s.triple.fp, s.triple.fn) == (3, 0, 0)
    assert s.matched == 2 and s.modality_correct == 1 and s.date_correct == 2


def test_gold_loaders(shared: Path) -> None:
    plover = load_plover_gold(shared / "gold" / "plover_gsr" / "PLOVER_GSR_CAMEO.json")
    assert len(plover) == 322
    assert all(g.type not in ("FIGHT", "INVESTIGATE", "DEMAND", "DISAPPROVE") for g in plover)
    first = plover[0]
    assert first.reciprocal and first.sources == {"HUN", "ROU"}
    assert first.evt_spans and all(0 <= s < e <= len(first.text) for s, e in first.evt_spans)
    petr = load_petrarch_gold(shared / "gold" / "petrarch2_gsr"
                              / "PETR2_GSR_validation.flat.jsonl")
    assert len(petr) == 78
    guy = [g for g in petr if g.id == "AFP0808020705_1"][0]
    assert guy.triples == {("GUY", "BRA", "173")}
    assert sum(1 for g in petr if not g.triples) == 12


def test_sector_keys_and_scoring() -> None:
    assert gold_sector("USA", "GOV") == "USA/GOV"
    assert gold_sector("NGA", "CVLalb") == "NGA/CVL"
    assert gold_sector("NGA", "***") is None
    assert gold_sector("NGA", None) is None
    g = GoldPlover(id="g", text="", type="CONSULT", sources=frozenset({"USA"}),
                   targets=frozenset({"RUS"}), reciprocal=False, evt_spans=((0, 1),),
                   sectors=frozenset({"USA/GOV", "RUS/MIL"}))
    p = PredEvent(type="CONSULT", cameo="040", sources=("USA",), targets=("RUS",),
                  trigger_start=0, trigger_end=1, source_sectors=("USA/GOV",),
                  target_sectors=("RUS/GOV",))
    s = score_plover([g, G("CONSULT", {"USA"})], [[p], [p]])
    assert (s.sector.tp, s.sector.fp, s.sector.fn) == (1, 1, 1)  # record 2 has no sectors
