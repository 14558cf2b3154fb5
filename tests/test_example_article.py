"""The canonical example, end to end through the CLI: what DEVELOPERS.md says dateline must
extract from it (published Monday 2019-11-04)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main


@pytest.fixture(scope="module")
def events(example_path: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    db = str(tmp_path_factory.mktemp("ex") / "ex.duckdb")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(example_path), "--db", db, "-q"]).exit_code == 0
    out = runner.invoke(main, ["events", "--db", db, "-f", "jsonl"]).stdout
    return [json.loads(x) for x in out.splitlines()]


def _find(events: list[dict], type_: str, trigger: str) -> list[dict]:
    return [e for e in events if e["event_type"] == type_ and e["trigger"] == trigger]


def test_planned_consultation_india_russia(events: list[dict]) -> None:
    (e,) = _find(events, "CONSULT", "discuss")
    assert e["source_countries"] == ["IND"] and e["target_countries"] == ["RUS"]
    assert e["modality"] == "planned" and e["attribution"] == "officials"
    assert (e["date_start"], e["date_end"]) == ("2019-11-04", "2019-11-06")
    assert "co-production" in e["sentence"]


def test_singh_visits_russia_over_three_days(events: list[dict]) -> None:
    visits = [e for e in _find(events, "CONSULT", "visit") if e["place_name"] == "Russia"]
    assert len(visits) >= 2  # "three-day visit to the transcontinental nation", "his visit"
    assert all((e["date_start"], e["date_end"]) == ("2019-11-04", "2019-11-06")
               for e in visits)
    assert all(e["source_countries"] == ["IND"] and e["modality"] == "planned"
               for e in visits)
    assert any("Rajnath Singh" in e["source_names"] for e in visits)


def test_singh_holds_discussions_with_shoigu(events: list[dict]) -> None:
    (e,) = _find(events, "CONSULT", "discussions")
    assert e["source_names"] == ["Rajnath Singh"] and e["target_names"] == ["Sergei Shoigu"]
    assert e["source_countries"] == ["IND"] and e["target_countries"] == ["RUS"]
    assert {"GOV", "MIL"} <= set(e["target_sectors"]) and e["modality"] == "planned"
    assert (e["date_start"], e["date_end"]) == ("2019-11-04", "2019-11-06")  # during the visit


def test_singh_and_manturov_inaugurate_the_conference(events: list[dict]) -> None:
    (e,) = [e for e in events if e["trigger"] == "inaugurate"]
    assert e["joint"] and set(e["source_names"]) == {"Rajnath Singh", "Denis Manturov"}
    assert set(e["source_countries"]) == {"IND", "RUS"} and "Conference" in e["theme"]
    assert (e["date_start"], e["date_end"]) == ("2019-11-04", "2019-11-06")


def test_possible_visit_to_st_petersburg(events: list[dict]) -> None:
    possible = [e for e in _find(events, "CONSULT", "visit") if e["modality"] == "possible"]
    assert possible and possible[0]["place_geonameid"] == 498817
    assert possible[0]["attribution"] == "Officials"


def test_wreath_laying_in_st_petersburg_not_in_the_war(events: list[dict]) -> None:
    (e,) = [e for e in events if e["trigger"] == "place"]
    assert e["event_mode"] == "ceremony" and e["modality"] == "planned"
    assert e["place_name"] == "Saint Petersburg" and e["place_country"] == "RUS"
    assert date.fromisoformat(e["date_start"]) >= date(2019, 11, 4)
    assert (e["date_start"], e["date_end"]) == ("2019-11-04", "2019-11-06")  # on the tour


def test_mou_signing_in_tashkent_last_week(events: list[dict]) -> None:
    (e,) = _find(events, "AGREE", "signed")
    assert e["joint"] and set(e["source_countries"]) == {"IND", "UZB"}
    assert e["modality"] == "asserted" and e["quantity"] == "three"
    assert (e["date_start"], e["date_end"], e["date_granularity"]) == (
        "2019-10-28", "2019-11-03", "week")
    assert e["place_geonameid"] == 1512569 and e["place_country"] == "UZB"


def test_no_agreement_from_an_open_question(events: list[dict]) -> None:
    assert not [e for e in events if "no word" in e["sentence"]]
    assert [e["trigger"] for e in events if e["event_type"] == "AGREE"] == ["signed"]


def test_every_event_has_provenance(events: list[dict], example_path: Path) -> None:
    text = example_path.read_text(encoding="utf-8")
    body = text[text.index("India will discuss"):]
    for e in events:
        assert e["article_id"] == "india-russia-2019-11-04" and e["rule"]
        assert body[e["trigger_start"]:e["trigger_end"]] == e["trigger"]
        assert body[e["sentence_start"]:e["sentence_end"]].strip() == e["sentence"].strip()
