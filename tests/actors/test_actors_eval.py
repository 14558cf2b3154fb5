"""The actor-coding scorer (eval/actors.py) on hand-made cases, and a floor on the
figures it prints (skipped when ../shared is absent)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from dateline.types import Actor

EVAL = Path(__file__).resolve().parents[2] / "eval" / "actors.py"


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dateline_eval_actors", EVAL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _family(code: str) -> str | None:
    return {"UNO": "UNO", "WHO": "UNO", "EUR": "EUR", "SCO": "IGO"}.get(code)


def test_predicted_slots(ev) -> None:  # noqa: ANN001
    gov = Actor("x", 0, 1, country="MNG", sectors=("GOV",), kind="person")
    assert ev.predicted_slots(gov, _family) == ("MNG", "GOV")
    who = Actor("x", 0, 1, sectors=("IGO", "HLH"), kind="igo", code="WHO")
    assert ev.predicted_slots(who, _family) == ("UNO", "HLH")
    sco = Actor("x", 0, 1, sectors=("IGO",), kind="igo", code="SCO")
    assert ev.predicted_slots(sco, _family) == ("IGO", "")
    country = Actor("x", 0, 1, country="FRA", kind="country")
    assert ev.predicted_slots(country, _family) == ("FRA", "")
    nobody = Actor("x", 0, 1, kind="unknown")
    assert ev.predicted_slots(nobody, _family) == ("", "UNK")
    assert ev.predicted_slots(None, _family) == ("", "JNK")


def test_match(ev) -> None:  # noqa: ANN001
    assert ev.match("GOV", "GOV") and not ev.match("MIL", "GOV")
    assert ev.match("", "") and not ev.match("FRA", "")
    assert ev.match("PTY", {"In": ["PTY", "REB"]}) and not ev.match("GOV", {"In": ["PTY"]})
    assert ev.match("USA", {"NotEq": "GBR"}) and not ev.match("GBR", {"NotEq": "GBR"})
    assert ev.match("X", "????") is None


def test_score_cases(ev) -> None:  # noqa: ANN001
    cases = [
        ev.Case("t1", "the Mongolian President", "", date(2023, 1, 1),
                {"country": "MNG", "code_1": "GOV"}, "description"),
        ev.Case("t2", "police", "", date(2023, 1, 1), {"code_1": "COP"}, "description"),
        ev.Case("t3", "Hashim Thaci", "", date(2023, 1, 1),
                {"country": "XKX", "code_1": "ELI"}, "name"),
    ]
    answers = {
        "t1": Actor("x", 0, 1, country="MNG", sectors=("GOV",), kind="person"),
        "t2": Actor("x", 0, 1, country="USA", sectors=("MIL",), kind="group"),
        "t3": None,
    }
    scores = ev.score_cases(cases, lambda c: answers[c.test], _family)
    d = scores["description"]
    assert (d.country_right, d.country_total) == (1, 1)  # t2 has no country expectation
    assert (d.sector_right, d.sector_total) == (1, 2)
    n = scores["name"]
    assert (n.country_right, n.country_total, n.sector_right, n.sector_total) == (0, 1, 0, 1)
    assert d.sector == 0.5 and n.country == 0.0


def test_categorise(ev) -> None:  # noqa: ANN001
    def is_place(t: str) -> bool:
        return t.lower() in {"france", "canberra", "russia", "palestinians", "russian"}

    assert ev.categorise("the Mongolian President", is_place) == "description"
    assert ev.categorise("seoul metropolitan police", is_place) == "description"
    assert ev.categorise("CANBERRA", is_place) == "place"
    assert ev.categorise("Hashim Thaci", is_place) == "name"
    assert ev.categorise("BJP", is_place) == "name"
    assert ev.categorise("President Ibrahim Mohamed Solih", is_place) == "description"
    assert ev.categorise("Russia\u2019s ambassador to Poland", is_place) == "description"


def test_parse_when(ev) -> None:  # noqa: ANN001
    assert ev.parse_when("today") == ev.EVAL_TODAY
    assert ev.parse_when("2022-01-01") == date(2022, 1, 1)
    assert ev.parse_when("10 May 2015") == date(2015, 5, 10)
    assert ev.parse_when("October 1, 2021") == date(2021, 10, 1)


def test_floor_on_the_ngec_descriptions(ev, coder) -> None:  # noqa: ANN001
    if not ev.GOLD.is_file():
        pytest.skip("../shared gold data is not beside the checkout")
    from dateline.actors.countries import country_lexicon
    from dateline.actors.organisations import org_lexicon

    lex = country_lexicon()
    cases = ev.load_cases(ev.GOLD, lambda t: lex.find(t, cities=False) is not None
                          or t.lower() in lex.capitals)
    families = {o.code: o.family for o in org_lexicon().by_name.values() if o.code}
    desc = [c for c in cases if c.category == "description"]
    scores = ev.score_cases(desc, lambda c: coder.code_phrase(c.text, c.when, c.context),
                            families.get)
    s = scores["description"]
    assert s.country_total >= 80 and s.sector_total >= 80
    assert s.country >= 0.88, s.misses
    assert s.sector >= 0.85, s.misses


def test_floor_on_plover_gsr_actors_in_context(ev, coder, nlp) -> None:  # noqa: ANN001
    if not ev.PLOVER_GSR.is_file():
        pytest.skip("../shared gold data is not beside the checkout")
    from dateline.actors.organisations import org_lexicon

    families = {o.code: o.family for o in org_lexicon().by_name.values() if o.code}
    scores = ev.score_plover_gsr(coder, nlp, families.get)
    for role in ("source", "target"):
        s = scores[role]
        assert s.country_total >= 250
        assert s.country >= 0.70, (role, s.country)
        assert s.sector >= 0.50, (role, s.sector)


def test_gsr_expected(ev) -> None:  # noqa: ANN001
    assert ev.gsr_expected({"code": "JAP", "sector": "GOV"}) == ("JPN", "GOV")
    assert ev.gsr_expected({"code": "HUN", "sector": "CVLalb"}) == ("HUN", "CVL")
    assert ev.gsr_expected({"code": "IMG", "sector": "***"}) == (None, None)
    assert ev.gsr_expected({"code": "USA"}) == ("USA", None)


def test_find_loose(ev) -> None:  # noqa: ANN001
    text = "U.S. and Russian negotiators return to Geneva;  NATO  troops stay."
    assert ev._find_loose(text, "Russian negotiators") == (9, 28)
    start, end = ev._find_loose(text, "U.S. ... negotiators")
    assert text[start:end] == "U.S. and Russian negotiators"
    assert ev._find_loose(text, "NATO troops") is not None
    assert ev._find_loose(text, "French warships") is None
