"""Posts take their organisation's sector; later mentions inherit earlier descriptions;
misspelt countries say so in their rule; capitals name the state that held them then."""

from __future__ import annotations

from datetime import date

import pytest
from actors_helpers import token

from dateline.actors.posts import name_sector
from dateline.actors.sovereignty import holder_on

# -- posts belong to their organisation ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "sectors"),
    [
        ("Sohio chairman John Miller said the company would cut jobs.", "Miller", ("BUS",)),
        ("The company's president, John Smith, said sales rose.", "president", ("BUS",)),
        (
            "Robert Perkins, chairman of Dubin Clark and Co, said the offer was fair.",
            "Perkins",
            ("BUS",),
        ),
        ("Smith, president of the bank, said rates would fall.", "president", ("BUS",)),
        (
            "Roger Birk, chairman emeritus of Merrill Lynch and Co <MER>, said so.",
            "chairman",
            ("BUS",),
        ),
        ("Texaco Inc said its president, James Kinnear, resigned.", "president", ("BUS",)),
        ("The company said Smith will remain chairman.", "chairman", ("BUS",)),
        (
            "It said John Johnstone is now president and chief operating officer.",
            "president",
            ("BUS",),
        ),
        (
            "Echlin Inc said it would buy Dubin. Echlin chairman Fred Mancheski said the deal was "
            "fair.",
            "Mancheski",
            ("BUS",),
        ),
    ],
)
def test_a_company_post_is_business(code, text, word, sectors) -> None:  # noqa: ANN001
    doc, actors = code(text, date(1987, 3, 1))
    a = actors.actor_at(token(doc, word))
    assert a is not None and a.kind == "person"
    assert a.sectors == sectors


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The president said he would veto the bill.", "president"),
        ("President Reagan said he would veto the bill.", "Reagan"),
        ("France said its president would visit Moscow.", "president"),
        ("Lebanese President Amin Gemayel met the envoy.", "Gemayel"),
    ],
)
def test_a_state_post_or_a_bare_one_is_government(code, text, word) -> None:  # noqa: ANN001
    doc, actors = code(text)
    a = actors.actor_at(token(doc, word))
    assert a is not None and a.sectors == ("GOV",)


def test_a_post_of_an_unknown_organisation_is_not_guessed(code) -> None:  # noqa: ANN001
    doc, actors = code("Li Ka-shing, chairman of Hutchison, said profits rose.")
    a = actors.actor_at(token(doc, "Li"))
    assert a is not None and a.name == "Li Ka-shing"
    assert "GOV" not in a.sectors


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("Dubin Clark and Co", "BUS"),
        ("Farm Credit Administration", "GOV"),
        ("Bharatiya Janata Party", "PTY"),
        ("United Coconut Planters Bank", "BUS"),
        ("Central Bank of Kenya", "GOV"),
        ("Hutchison", None),
        ("Stanford University", "EDU"),
    ],
)
def test_an_organisation_name_says_its_sector(words, sector) -> None:  # noqa: ANN001
    assert name_sector(words.split()) == sector


def test_a_ministers_portfolio_is_no_organisation(code) -> None:  # noqa: ANN001
    doc, actors = code("Finance Minister Kiichi Miyazawa said rates would fall.")
    a = actors.actor_at(token(doc, "Miyazawa"))
    assert a is not None and a.sectors == ("GOV",) and a.role == "Finance Minister"


# -- a later mention inherits the first description ----------------------------------


@pytest.mark.parametrize(
    ("text", "later", "sectors", "role"),
    [
        (
            "John Binney, an analyst at Nomura, said the yen would rise. Binney said Japan must "
            "cut rates.",
            "Binney",
            ("BUS",),
            "Analyst",
        ),
        (
            "Yasuo Fukuda, a Finance Ministry official, said the yen was stable. Fukuda said "
            "Japan would act.",
            "Fukuda",
            ("GOV",),
            "Finance Ministry Official",
        ),
        (
            "Finance Minister Kiichi Miyazawa said rates would fall. Miyazawa said Japan must act.",
            "Miyazawa",
            ("GOV",),
            "Finance Minister",
        ),
        (
            "Li Ka-shing, chairman of Hutchison Whampoa Co, said profits rose. Li said the "
            "company would expand.",
            "Li",
            ("BUS",),
            "Chairman",
        ),
    ],
)
def test_a_surname_inherits_the_first_description(
    code,
    text,
    later,
    sectors,  # noqa: ANN001
    role,
) -> None:
    doc, actors = code(text)
    a = actors.actor_at([t for t in doc if t.text == later][-1])  # the later mention
    assert a is not None and a.rule.startswith("coref")
    assert (a.sectors, a.role) == (sectors, role)


def test_an_economist_at_a_university_is_not_business(code) -> None:  # noqa: ANN001
    doc, actors = code("Jane Doe, an economist at Stanford University, said so.")
    a = actors.actor_at(token(doc, "Doe"))
    assert a is not None and a.sectors == ("EDU",)


# -- provenance of misspelt countries -------------------------------------------------


def test_a_misspelt_country_has_its_own_rule(code) -> None:  # noqa: ANN001
    doc, actors = code("Ethopia accused Kenya of shelling its border towns.")
    a = actors.actor_at(token(doc, "Ethopia"))
    assert a is not None and (a.country, a.rule) == ("ETH", "text.country.misspelt")
    b = actors.actor_at(token(doc, "Kenya"))
    assert b is not None and b.rule == "text.country.country"


# -- capitals by the article's date ---------------------------------------------------


@pytest.mark.parametrize(
    ("city", "today", "when", "country"),
    [
        ("Juba", "SSD", date(1995, 1, 1), "SDN"),
        ("Juba", "SSD", date(2011, 7, 9), "SSD"),
        ("Asmara", "ERI", date(1990, 1, 1), "ETH"),
        ("Kiev", "UKR", date(1987, 3, 1), "SUN"),
        ("Kyiv", "UKR", date(2022, 3, 1), "UKR"),
        ("Zagreb", "HRV", date(1989, 1, 1), "YUG"),
        ("Pristina", "XKX", date(2007, 1, 1), "SRB"),
        ("Prague", "CZE", date(1992, 12, 31), "CSK"),
        ("Paris", "FRA", date(1900, 1, 1), "FRA"),  # not in the table: today's country
        ("Juba", "SSD", None, "SSD"),  # no date: today's
    ],
)
def test_capital_holder_on_a_date(city, today, when, country) -> None:  # noqa: ANN001
    assert holder_on(city, today, when) == country


def test_a_capital_codes_the_state_of_the_articles_date(code) -> None:  # noqa: ANN001
    text = "Officials in Juba said the talks failed."
    doc, old = code(text, date(1995, 5, 1))
    a = old.actor_at(token(doc, "Officials"))
    assert a is not None and a.country == "SDN"
    doc, new = code(text, date(2015, 5, 1))
    b = new.actor_at(token(doc, "Officials"))
    assert b is not None and b.country == "SSD"
