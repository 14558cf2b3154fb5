"""Ambiguous names, demonyms and coreferent descriptions."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from dateline.places import DocPlaces
from dateline.types import Place

Analyse = Callable[[str], tuple[Doc, DocPlaces]]


def _place(dp: DocPlaces, text: str, nth: int = 0) -> Place:
    found = [p for p in dp.places if p.text == text]
    assert len(found) > nth, f"{text!r} not resolved: {[p.text for p in dp.places]}"
    return found[nth]


def test_paris_alone_is_the_french_capital(analyse: Analyse) -> None:
    _, dp = analyse("Thousands of people marched in Paris on Saturday against the reform.")
    p = _place(dp, "Paris")
    assert (p.geonameid, p.country, p.precision) == (2988507, "FRA", "city")


def test_paris_texas_by_apposition(analyse: Analyse) -> None:
    _, dp = analyse("A tornado damaged homes in Paris, Texas, late on Tuesday.")
    assert _place(dp, "Paris").geonameid == 4717560
    assert _place(dp, "Texas").precision == "region"


def test_a_descriptive_appositive_names_the_country(analyse: Analyse) -> None:
    _, dp = analyse("Fighting broke out again in Tripoli, the north Lebanese port, on Sunday.")
    assert _place(dp, "Tripoli").country == "LBN"
    _, dp = analyse("Fighting broke out again in Tripoli on Sunday.")
    assert _place(dp, "Tripoli").country == "LBY"  # alone: the Libyan capital
    _, dp = analyse("Talks were held in Paris, a French city with a long history.")
    assert _place(dp, "Paris").country == "FRA"


def test_paris_by_state_context(analyse: Analyse) -> None:
    text = (
        "Police in Texas said the fire started in a warehouse in Paris. "
        "Firefighters from Dallas and Sherman helped contain it."
    )
    _, dp = analyse(text)
    assert _place(dp, "Paris").country == "USA"


def test_georgia_the_country(analyse: Analyse) -> None:
    text = "Russia and Georgia fought a brief war in 2008. Tbilisi has since sought NATO ties."
    _, dp = analyse(text)
    p = _place(dp, "Georgia")
    assert (p.country, p.precision, p.geonameid) == ("GEO", "country", 614540)


def test_georgia_the_us_state(analyse: Analyse) -> None:
    text = (
        "Voters in Georgia went to the polls on Tuesday. Turnout was high in Atlanta, "
        "Savannah and Augusta, officials said."
    )
    _, dp = analyse(text)
    p = _place(dp, "Georgia")
    assert (p.country, p.precision, p.geonameid) == ("USA", "region", 4197000)


def test_victoria_in_canada(analyse: Analyse) -> None:
    _, dp = analyse("The ferry from Vancouver to Victoria, British Columbia, was cancelled.")
    p = _place(dp, "Victoria")
    assert (p.geonameid, p.country) == (6174041, "CAN")


def test_victoria_the_seychelles_capital(analyse: Analyse) -> None:
    _, dp = analyse("The president returned to Victoria, Seychelles, after the summit.")
    assert _place(dp, "Victoria").geonameid == 241131


def test_victoria_the_australian_state(analyse: Analyse) -> None:
    text = "Bushfires spread across Victoria, Australia, and firefighters from Sydney helped."
    _, dp = analyse(text)
    p = _place(dp, "Victoria")
    assert (p.country, p.precision) == ("AUS", "region")


def test_st_petersburg_follows_the_article_country(analyse: Analyse) -> None:
    _, dp = analyse("Putin flew from Moscow to St Petersburg for the forum in Russia.")
    assert _place(dp, "St Petersburg").geonameid == 498817
    _, dp = analyse("Hurricane winds hit Tampa and St. Petersburg, Florida, on Monday.")
    assert _place(dp, "St. Petersburg").geonameid == 4171563


def test_demonyms_are_not_places(analyse: Analyse) -> None:
    text = (
        "Russian troops and Turkish officials met Syrian rebels. The Russian defence "
        "ministry said Turkish drones were seen."
    )
    _, dp = analyse(text)
    assert not [p for p in dp.places if p.text in {"Russian", "Turkish", "Syrian"}]


def test_surname_tagged_as_place_is_dropped(analyse: Analyse) -> None:
    text = "Defence Minister Rajnath Singh met officials. Singh then flew to Moscow."
    _, dp = analyse(text)
    assert not [p for p in dp.places if p.text == "Singh"]
    assert _place(dp, "Moscow").country == "RUS"


def test_given_demonym_span_resolves_to_its_country(analyse: Analyse) -> None:
    text = "Turkish forces shelled the town."
    _, dp = analyse(text)
    p = dp.resolve_span(0, len("Turkish"))
    assert p is not None and p.country == "TUR" and p.precision == "country"


def test_state_abbreviation(analyse: Analyse) -> None:
    _, dp = analyse("The mine is near Charleston, W.Va., officials said.")
    assert _place(dp, "Charleston").country == "USA"
    assert _place(dp, "W.Va.").name == "West Virginia"


def test_the_country_refers_to_latest_country(analyse: Analyse) -> None:
    text = "The minister arrived in Kenya on Monday. He will stay in the country for a week."
    _, dp = analyse(text)
    p = _place(dp, "the country")
    assert p.country == "KEN" and p.rule.startswith("coref:")


def test_qualified_description_skips_unfit_countries(analyse: Analyse) -> None:
    text = (
        "Officials from Kazakhstan met envoys from France and Brazil. Trade with the "
        "Central Asian country has doubled."
    )
    _, dp = analyse(text)
    assert _place(dp, "the Central Asian country").country == "KAZ"


def test_description_without_fitting_antecedent_is_not_resolved(analyse: Analyse) -> None:
    text = "Envoys from France met officials. The Central Asian country was not represented."
    _, dp = analyse(text)
    assert not [p for p in dp.places if "country" in p.text]
