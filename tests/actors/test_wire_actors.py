"""Actor coding errors seen on wire news: capitals taken for people, firms taken for
states or places, the article's title as context, sentence-initial "Rebels"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from dateline.actors import ActorCoder, DocActors
from dateline.actors.context import at_dateline, title_countries
from dateline.types import Actor

Code = Callable[..., tuple[object, DocActors]]


def _by_text(actors: DocActors, text: str) -> Actor | None:
    return next((a for a in actors.mentions if a.text == text), None)


# -- 1. capital metonymy ------------------------------------------------------------------


def test_capital_tagged_as_person_speaks_for_its_government(code: Code) -> None:
    _, actors = code("Kiev said the ceasefire talks had broken down.", date(2015, 6, 1))
    kiev = _by_text(actors, "Kiev")
    assert kiev is not None
    assert (kiev.country, kiev.sectors) == ("UKR", ("GOV",))


def test_capitals_as_subject_and_object(code: Code) -> None:
    _, actors = code(
        "Officials said Juba accused Khartoum of arming the militias.", date(2014, 2, 1)
    )
    juba, khartoum = _by_text(actors, "Juba"), _by_text(actors, "Khartoum")
    assert juba is not None and khartoum is not None
    assert (juba.country, juba.sectors) == ("SSD", ("GOV",))
    assert (khartoum.country, khartoum.sectors) == ("SDN", ("GOV",))


def test_surname_like_a_capital_stays_a_person(code: Code) -> None:
    _, actors = code("Jose Lima, a farmer, was arrested. Lima said he was innocent.")
    assert all(
        a.country is None and "GOV" not in a.sectors for a in actors.mentions if "Lima" in a.text
    )


def test_dateline_capital_is_not_the_government(nlp, coder: ActorCoder) -> None:  # noqa: ANN001
    doc = nlp("MANILA, March 3 - The army said the town was quiet.")
    assert at_dateline(doc[0])
    actors = coder.for_doc(doc, date(1987, 3, 3))
    manila = _by_text(actors, "MANILA")
    assert manila is None or "GOV" not in manila.sectors


# -- 2. firms taken for states or places ------------------------------------------------


def test_place_inside_a_company_name_gives_no_country(code: Code) -> None:
    _, actors = code("The First Boston executive said the bid was fair.")
    exec_ = _by_text(actors, "The First Boston executive")
    assert exec_ is not None and exec_.country is None and exec_.sectors == ("BUS",)
    _, actors = code("The American Express banker said the bid was fair.")
    banker = _by_text(actors, "The American Express banker")
    assert banker is not None and banker.country is None


def test_company_located_by_an_of_tail_keeps_the_country(code: Code) -> None:
    _, actors = code("Workers of the United Bus Company of Tehran went on strike.")
    assert any(a.country == "IRN" for a in actors.mentions if a.text.startswith("Workers"))


def test_country_named_liberation_front_keeps_its_country(code: Code) -> None:
    _, actors = code("The Rwandan Patriotic Front said it would attack.")
    assert any(a.country == "RWA" for a in actors.mentions)


def test_state_body_named_with_its_country_keeps_it(code: Code) -> None:
    _, actors = code("The Taiwan Foreign Ministry said it would protest.")
    assert any(a.country == "TWN" and "GOV" in a.sectors for a in actors.mentions)


def test_chairman_of_a_city_named_company(code: Code) -> None:
    _, actors = code("Pedro Santos, chairman of San Miguel, resigned on Monday.")
    person = next(a for a in actors.mentions if a.text.startswith("Pedro Santos"))
    assert person.country is None and "GOV" not in person.sectors


def test_mayor_of_a_city_keeps_its_country(code: Code) -> None:
    _, actors = code("The mayor of Boston said he would resign.")
    mayor = _by_text(actors, "The mayor of Boston")
    assert mayor is not None and mayor.country == "USA"


def test_body_qualified_by_a_country_is_not_the_state(code: Code) -> None:
    _, actors = code("The Korea committee of wheat importers bought 20,000 tonnes.")
    assert not any(a.kind == "country" for a in actors.mentions)
    body = next(a for a in actors.mentions if a.text.startswith("The Korea committee"))
    assert body.country == "KOR" and body.sectors == ("BUS",)


def test_legal_party_is_not_a_political_party(code: Code) -> None:
    _, actors = code("Regulators named the refinery a potentially responsible party.")
    assert not any("PTY" in a.sectors for a in actors.mentions)
    _, actors = code("The ruling party won the election.")
    assert any("PTY" in a.sectors for a in actors.mentions)


def test_company_division_is_not_military(code: Code) -> None:
    _, actors = code("Acme's largest division will be sold to a rival.")
    assert not any("MIL" in a.sectors for a in actors.mentions)
    _, actors = code("An armoured division crossed the border.")
    assert any("MIL" in a.sectors for a in actors.mentions)


def test_company_short_name_after_its_full_name(code: Code) -> None:
    _, actors = code("J.K. Hutton Group Inc said Hutton would merge with a rival.")
    short = [a for a in actors.mentions if a.text == "Hutton"]
    assert all(a.kind == "organisation" and a.country is None for a in short)


# -- 3. the title as context ------------------------------------------------------------


def test_title_countries() -> None:
    assert title_countries("U.S. TRADE OFFICIAL SAYS JAPAN ACTION FOOLISH") == {"USA", "JPN"}
    assert title_countries("BRAZILIAN PLANNING MINISTER RESIGNS") == {"BRA"}
    assert title_countries("ACME COMPLETES SALE OF UNIT") == set()
    # a company's name before its ticker, and the ticker itself, name no country
    assert title_countries("KOREA SHIPPING <KSC> YEAR NET") == set()
    assert title_countries("ACME ALL-STAR <USA> SETS PAYOUT") == set()
    assert title_countries("ACME <ACM> TO BUILD PLANT IN MEXICO") == {"MEX"}


def test_title_gives_home_country(nlp, coder: ActorCoder) -> None:  # noqa: ANN001
    doc = nlp("The planning minister resigned on Tuesday, officials said.")
    without = coder.for_doc(doc, date(1987, 3, 3))
    assert without.home is None
    with_title = coder.for_doc(doc, date(1987, 3, 3), title="BRAZILIAN PLANNING MINISTER RESIGNS")
    assert with_title.home == "BRA"
    minister = next(a for a in with_title.mentions if "minister" in a.text)
    assert minister.country == "BRA" and "home_country" in minister.rule


def test_title_already_first_line_is_not_counted_twice(nlp, coder: ActorCoder) -> None:  # noqa: ANN001
    text = "KENYAN MINISTER RESIGNS\nThe minister resigned, officials in Uganda said."
    doc = nlp(text)
    once = coder.for_doc(doc, date(1987, 3, 3))
    twice = coder.for_doc(doc, date(1987, 3, 3), title="KENYAN MINISTER RESIGNS")
    assert once.home == twice.home


# -- 4. sentence-initial "Rebels" ----------------------------------------------------------


def test_sentence_initial_rebels(code: Code) -> None:
    _, actors = code("Rebels attacked the town, killed ten villagers and burned houses.")
    rebels = _by_text(actors, "Rebels")
    assert rebels is not None and rebels.sectors == ("REB",) and rebels.kind == "group"


def test_rebels_after_dateline_take_home_country(code: Code) -> None:
    _, actors = code("COLOMBO, May 2 - Rebels ambushed a convoy, the army said.", date(1987, 5, 2))
    rebels = next(a for a in actors.mentions if a.text.endswith("Rebels"))
    assert rebels.sectors == ("REB",) and rebels.country == "LKA"


def test_armed_group_name_before_its_founding(code: Code) -> None:
    _, actors = code("Wagner and Brown agreed to buy the refinery.", date(1987, 3, 1))
    assert not any("UAF" in a.sectors or a.country == "RUS" for a in actors.mentions)
    _, actors = code("Wagner fighters attacked the town.", date(2023, 5, 1))
    assert any("UAF" in a.sectors and a.country == "RUS" for a in actors.mentions)
