"""The home country of wire stories without a dateline: a headline that names one
country (or its people, or its capital) says what country the story is about, as a
dateline does; a headline naming several says little; international bodies and their
officers never take a home country. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dateline.actors.coding import ActorCoder
from dateline.actors.context import headline_countries, headline_end, home_country


def _coded(nlp: Language, text: str) -> dict[str, str | None]:
    built = ActorCoder().for_doc(nlp(text), date(1987, 3, 17))
    return {a.text: a.country for a in built.mentions}


def test_a_headline_naming_one_country_sets_the_home_country(nlp: Language) -> None:
    doc = nlp("BRAZILIAN PLANNING MINISTER RESIGNS.\nPlanning Minister Joao Sayad resigned "
              "after a meeting with President Jose Sarney, a spokesman said.")
    end = headline_end(doc)
    assert 0 < end <= 6
    assert headline_countries(doc, end) == {"BRA"}
    assert home_country(doc) == "BRA"
    coded = _coded(nlp, doc.text)
    assert coded.get("President Jose Sarney") == "BRA"


def test_a_headline_naming_two_countries_sets_none(nlp: Language) -> None:
    doc = nlp("COLOMBO TO DEFEND WATERS, INDIA READIES FLOTILLA.\nThe army, navy and air "
              "force were put on alert, officials said.")
    assert headline_countries(doc, headline_end(doc)) == {"LKA", "IND"}
    assert home_country(doc) is None


def test_a_first_sentence_is_no_headline(nlp: Language) -> None:
    doc = nlp("India will discuss defence co-production with Russia during the visit, "
              "officials said here on Monday, adding that talks would go on all week.\n"
              "The Defence Ministry said so.")
    assert headline_end(doc) == 0


def test_an_international_officer_takes_no_home_country(nlp: Language) -> None:
    coded = _coded(nlp, "KENYAN ECONOMY FACES PROBLEMS.\nWorld Bank president Barber "
                        "Conable said the government must act, and a multinational force "
                        "official agreed.")
    assert coded.get("the government") == "KEN"
    conable = [c for t, c in coded.items() if "Conable" in t]
    assert conable == [None]
    assert all(c is None for t, c in coded.items() if "multinational" in t)


def test_officials_placed_somewhere_take_no_home_country(nlp: Language) -> None:
    coded = _coded(nlp, "U.S. SENATE TEAM WANTS GULF FORCE.\nSenators said top officials in "
                        "the area appeared ready to discuss extra facilities with the "
                        "government.")
    officials = [c for t, c in coded.items() if "officials" in t]
    assert officials == [None]
    assert coded.get("the government") == "USA"
