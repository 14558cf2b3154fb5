"""Event location: the example article, and places that are not event locations."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dateline.places import DocPlaces

Analyse = Callable[[str], tuple[Doc, DocPlaces]]


def _token(doc: Doc, word: str, after: str = "") -> Token:
    start = doc.text.index(after) if after else 0
    for tok in doc:
        if tok.idx >= start and tok.text == word:
            return tok
    raise AssertionError(f"{word!r} not found after {after!r}")


def test_example_visit_is_in_russia(example: tuple[Doc, DocPlaces]) -> None:
    doc, dp = example
    for after in ("three-day visit", "embark on his visit", "During the visit"):
        p = dp.locate(_token(doc, "visit", after))
        assert p is not None and p.country == "RUS" and p.name == "Russia", after


def test_example_wreath_and_factory_visits_in_saint_petersburg(
    example: tuple[Doc, DocPlaces],
) -> None:
    doc, dp = example
    for word, after in (("place", "he will place"), ("visit", "might visit"),
                        ("visit", "scheduled to visit")):
        p = dp.locate(_token(doc, word, after))
        assert p is not None, word
        assert (p.geonameid, p.country, p.precision) == (498817, "RUS", "city")
        assert p.lat is not None and abs(p.lat - 59.94) < 0.1
        assert p.lon is not None and abs(p.lon - 30.31) < 0.1


def test_example_mou_signing_in_tashkent(example: tuple[Doc, DocPlaces]) -> None:
    doc, dp = example
    p = dp.locate(_token(doc, "signed", "India and Uzbekistan"))
    assert p is not None
    assert (p.geonameid, p.country, p.name) == (1512569, "UZB", "Tashkent")


def test_example_descriptions_resolve(example: tuple[Doc, DocPlaces]) -> None:
    _, dp = example
    by_text = {p.text: p for p in dp.places}
    assert by_text["the transcontinental nation"].country == "RUS"
    assert by_text["the Central Asian country"].country == "UZB"
    assert not [p for p in dp.places if p.text in {"Singh", "Russian"}]


def test_parties_are_not_locations(analyse: Analyse) -> None:
    doc, dp = analyse("India and Russia signed an agreement on Monday.")
    assert dp.locate(_token(doc, "signed")) is None


def test_theme_is_not_a_location(analyse: Analyse) -> None:
    doc, dp = analyse("The conference will discuss ways to promote investment in India.")
    assert dp.locate(_token(doc, "discuss")) is None


def test_origin_is_not_a_location(analyse: Analyse) -> None:
    doc, dp = analyse("The ambassador criticised the decision taken by Germany.")
    assert dp.locate(_token(doc, "criticised")) is None


def test_venue_in_a_city(analyse: Analyse) -> None:
    doc, dp = analyse("The foreign ministers met in Geneva on Tuesday.")
    p = dp.locate(_token(doc, "met"))
    assert p is not None and p.name == "Geneva" and p.country == "CHE"
    assert "locate:prep" in p.rule


def test_venue_not_in_gazetteer_falls_back_to_city(analyse: Analyse) -> None:
    doc, dp = analyse("He laid a wreath at the Tomb of the Unknown Soldier in Moscow.")
    p = dp.locate(_token(doc, "laid"))
    assert p is not None and p.name == "Moscow"


def test_visit_destination(analyse: Analyse) -> None:
    doc, dp = analyse("Prime Minister Modi will visit Japan next week.")
    p = dp.locate(_token(doc, "visit"))
    assert p is not None and p.country == "JPN" and p.precision == "country"


def test_definite_event_noun_takes_earlier_location(analyse: Analyse) -> None:
    text = "The minister will travel to Egypt on Monday. During the visit, he will meet Sisi."
    doc, dp = analyse(text)
    p = dp.locate(_token(doc, "meet"))
    assert p is not None and p.country == "EGY" and "frame" in p.rule


def test_where_clause_gives_the_antecedent(analyse: Analyse) -> None:
    doc, dp = analyse("She flew to Nairobi, where she signed the accord with Ruto.")
    p = dp.locate(_token(doc, "signed"))
    assert p is not None and p.name == "Nairobi" and "where" in p.rule


def test_trip_city_refines_a_country(analyse: Analyse) -> None:
    text = (
        "Last week he travelled to Mombasa, Kenya where he met traders. Kenya and India "
        "signed two deals during his visit to the East African country."
    )
    doc, dp = analyse(text)
    p = dp.locate(_token(doc, "signed"))
    assert p is not None and p.name == "Mombasa" and p.country == "KEN"
    assert p.rule.endswith("+refine")


def test_locative_phrase_on_the_subject(analyse: Analyse) -> None:
    doc, dp = analyse("Rebels operating in Macedonia have been demobilized since August.")
    p = dp.locate(_token(doc, "demobilized"))
    assert p is not None and p.country == "MKD" and "clause" in p.rule


def test_place_in_embedded_clause_is_not_the_location(analyse: Analyse) -> None:
    doc, dp = analyse("The minister said that troops had withdrawn from Syria.")
    assert dp.locate(_token(doc, "said")) is None


def test_cancelled_visit_is_not_at_the_destination(analyse: Analyse) -> None:
    doc, dp = analyse("A French minister has cancelled a planned visit to Haiti.")
    assert dp.locate(_token(doc, "cancelled")) is None
    p = dp.locate(_token(doc, "visit"))
    assert p is not None and p.country == "HTI"


def test_attack_target_phrase_gives_the_place(analyse: Analyse) -> None:
    doc, dp = analyse(
        "Aircraft killed 46 civilians in an attack on a village in the province of Herat."
    )
    p = dp.locate(_token(doc, "killed"))
    assert p is not None and p.country == "AFG" and p.precision == "city"


def test_purpose_event_gives_the_place(analyse: Analyse) -> None:
    doc, dp = analyse("Thousands of people were converging on Thursday for a rally in Lagos.")
    p = dp.locate(_token(doc, "converging"))
    assert p is not None and p.name == "Lagos"


def test_among_and_amid_place_an_event(analyse: Analyse) -> None:
    doc, dp = analyse("Rebels attacked a convoy amid the mountains of Afghanistan.")
    p = dp.locate(_token(doc, "attacked"))
    assert p is not None and p.country == "AFG"
    doc, dp = analyse("Soldiers fought among the ruins of Beirut on Sunday.")
    p = dp.locate(_token(doc, "fought"))
    assert p is not None and p.country == "LBN"


def test_amid_an_event_is_no_place(analyse: Analyse) -> None:
    doc, dp = analyse("The minister resigned amid protests over the budget.")
    assert dp.locate(_token(doc, "resigned")) is None
