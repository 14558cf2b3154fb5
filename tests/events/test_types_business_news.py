"""Business news read as politics: opinions voiced as obligations, company resignations
and event nouns in other senses, each beside the political reading that must stay
(sentences written for these tests; dateline.events.business, conventions, extract)."""

from __future__ import annotations

from sentences import events, types_at

# -- an obligation voiced by an analyst is an opinion, by an official a demand -----------


def test_analysts_obligations_are_opinions() -> None:
    assert types_at("Analysts said OPEC must hold to its pact.", "hold") == set()
    assert (
        types_at(
            "Economist John Smith said Japan should not view the dollar's fall as a threat.",
            "view",
        )
        == set()
    )
    assert (
        types_at(
            "John Smith, an analyst at Merrill Lynch, said the government must cut interest rates.",
            "cut",
        )
        == set()
    )


def test_officials_obligations_are_demands() -> None:
    assert types_at("Russia said Sudan must return the helicopter.", "return") == {"DEMAND"}
    assert types_at(
        "The State Department said Israel must halt settlement construction.", "halt"
    ) == {"DEMAND"}
    text = (
        "Treasury Secretary James Baker met Japanese officials on Monday. "
        "Baker said Japan must stimulate its economy."
    )
    assert types_at(text, "stimulate") == {"DEMAND"}


# -- leaving a company's post is no resignation from office ------------------------------


def test_company_resignations_are_no_events() -> None:
    assert types_at("Sohio chairman John Miller resigned on Monday.", "resigned") == set()
    assert types_at("John Miller resigned as chairman of Texaco Inc.", "resigned") == set()
    assert types_at("Texaco said its president resigned.", "resigned") == set()
    assert (
        types_at("The company's chief executive, John Miller, has resigned.", "resigned") == set()
    )


def test_political_resignations_stay() -> None:
    assert types_at("Energy Minister John Miller resigned.", "resigned") == {"RETREAT"}
    assert types_at("Prime Minister Perkins resigned after the vote.", "resigned") == {"RETREAT"}
    assert types_at(
        "John Miller resigned as chairman of the Senate Banking Committee.", "resigned"
    ) == {"RETREAT"}


# -- event nouns in other senses ---------------------------------------------------------


def test_suspended_payments_are_no_sanction() -> None:
    assert (
        types_at("Brazil's suspension of interest payments worried banks.", "suspension") == set()
    )
    assert types_at("Iran announced the suspension of air links with Britain.", "suspension") == {
        "SANCTION"
    }


def test_release_of_a_report_is_no_release_of_captives() -> None:
    assert types_at("The release of the report was delayed by the ministry.", "release") == set()


def test_talk_that_is_a_rumour() -> None:
    assert types_at("There was talk that Pakistan passed the bill.", "talk") == set()
    assert types_at("Pakistan and India held talks on Monday.", "talks") == {"CONSULT"}


def test_drilling_a_well_is_no_exercise() -> None:
    assert types_at("Iran held a naval drill in the Gulf.", "drill") == {"MOBILIZE"}
    assert events("Texaco completed the drill of an oil well in Texas.") == []


def test_uphill_battle_is_no_fighting() -> None:
    assert types_at("Texaco faces an uphill battle in court.", "battle") == set()
    assert types_at("Iraqi troops fought a battle with Iranian forces.", "fought") == {"ASSAULT"}
