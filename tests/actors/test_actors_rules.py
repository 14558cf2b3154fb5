"""One test group per rule family: titles, appositives, counterparts, demonyms,
coreference, organisations, and the cases where no country can be known."""

from __future__ import annotations

import pytest
from actors_helpers import token

# -- titles --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word", "country", "sectors", "role"), [
    ("French President Emmanuel Macron said so.", "Macron", "FRA", ("GOV",), "President"),
    ("UK Defence Secretary Ben Wallace spoke.", "Wallace", "GBR", ("GOV", "MIL"),
     "Defence Secretary"),
    ("US Senator Marco Rubio objected.", "Rubio", "USA", ("LEG",), "Senator"),
    ("Deputy Minister of Defense Colonel-General Andrei Kartapolov arrived.", "Kartapolov",
     None, ("GOV", "MIL"), "Deputy Defence Minister"),
    ("General Thierry Burkhard visited.", "Burkhard", None, ("MIL",), "General"),
])
def test_titles(code, text, word, country, sectors, role) -> None:  # noqa: ANN001
    doc, actors = code(text)
    a = actors.actor_at(token(doc, word))
    assert a is not None
    assert a.kind == "person"
    assert a.sectors == sectors
    assert a.role == role
    assert a.country == country


def test_former_office_holder_is_elite(coder) -> None:  # noqa: ANN001
    a = coder.code_phrase("a former White House official")
    assert a is not None and a.country == "USA" and a.sectors[0] == "ELI"


def test_leader_of_a_body_takes_its_sector(coder) -> None:  # noqa: ANN001
    a = coder.code_phrase("president of the Riigikogu")
    assert a is not None and (a.country, a.sectors[0]) == ("EST", "LEG")
    b = coder.code_phrase("Russia's ambassador to Poland")
    assert b is not None and (b.country, b.sectors[0]) == ("RUS", "GOV")


# -- appositives ---------------------------------------------------------------------


def test_appositive_role_after_a_name(code) -> None:  # noqa: ANN001
    doc, actors = code("Harry Tseng, Taiwan's deputy foreign minister, said the talks failed.")
    a = actors.actor_at(token(doc, "Tseng"))
    assert a is not None
    assert (a.name, a.country, a.sectors) == ("Harry Tseng", "TWN", ("GOV",))
    assert a.role == "Deputy Foreign Minister"


def test_appositive_phrase(coder) -> None:  # noqa: ANN001
    a = coder.code_phrase("FSB, Russia\u2019s security service")
    assert a is not None and (a.country, a.sectors[0]) == ("RUS", "SPY")


# -- counterparts --------------------------------------------------------------------


def test_counterpart_takes_the_office_and_its_own_country(code) -> None:  # noqa: ANN001
    doc, actors = code("Japanese Foreign Minister Taro Kono met his Chinese counterpart "
                       "Wang Yi in Beijing on Tuesday.")
    wang = actors.actor_at(token(doc, "Yi"))
    assert wang is not None
    assert (wang.country, wang.role, wang.rule) == ("CHN", "Foreign Minister", "counterpart")
    assert "GOV" in wang.sectors
    kono = actors.actor_at(token(doc, "Kono"))
    assert kono is not None and kono.country == "JPN"


def test_counterpart_without_demonym_has_no_country(code) -> None:  # noqa: ANN001
    doc, actors = code("Defence Minister Rajnath Singh met his counterpart Mark Esper.")
    esper = actors.actor_at(token(doc, "Esper"))
    assert esper is not None
    assert esper.role == "Defence Minister"
    assert esper.country is None


# -- demonyms and country names ------------------------------------------------------


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("Turkish troops", "TUR", "MIL"), ("Dutch police", "NLD", "COP"),
    ("ordinary Kazakhs", "KAZ", "CVL"), ("Panamanian Immigration inspectors", "PAN", "COP"),
    ("two Chinese warplanes", "CHN", "MIL"), ("Chile's Defense Ministry", "CHL", "GOV"),
    ("seoul metropolitan police", "KOR", "COP"), ("Kyiv police", "UKR", "COP"),
    # "Congolese", like bare "Congo", is the DR Congo; Brazzaville's Congo needs its name
    ("Congolese soldiers", "COD", "MIL"), ("Republic of the Congo's army", "COG", "MIL"),
])
def test_demonyms_and_places_qualify_actors(coder, phrase, country, sector) -> None:  # noqa: ANN001
    a = coder.code_phrase(phrase)
    assert a is not None and (a.country, a.sectors[0]) == (country, sector)


@pytest.mark.parametrize(("name", "iso3"), [
    ("Burma", "MMR"), ("Soviet Union", "SUN"), ("UK", "GBR"), ("America", "USA"),
    ("DRC", "COD"), ("Kosovo", "XKX"), ("Ivory Coast", "CIV"), ("Holland", "NLD"),
])
def test_short_and_historic_country_names(coder, name, iso3) -> None:  # noqa: ANN001
    a = coder.code_phrase(name)
    assert a is not None and a.country == iso3 and a.kind == "country" and a.sectors == ()


def test_capital_as_subject_is_the_government(code) -> None:  # noqa: ANN001
    doc, actors = code("Moscow said it would respond, and Kyiv was silent.")
    moscow = actors.actor_at(token(doc, "Moscow"))
    assert moscow is not None and (moscow.country, moscow.sectors) == ("RUS", ("GOV",))
    doc, actors = code("The minister travelled to Moscow.")
    trip = actors.actor_at(token(doc, "Moscow"))
    assert trip is not None and trip.country == "RUS" and trip.sectors == ()


def test_a_capital_belongs_to_the_current_state_not_a_dissolved_one() -> None:
    from dateline.actors.countries import country_lexicon

    hit = country_lexicon().capitals["belgrade"]
    assert hit.country == "SRB"


# -- coreference ---------------------------------------------------------------------


def test_surname_and_pronoun_coreference(code) -> None:  # noqa: ANN001
    doc, actors = code("Indian Prime Minister Narendra Modi met President Xi Jinping. "
                       "Modi said he was pleased with the talks.")
    for word in ("Modi", "he"):
        tok = [t for t in doc if t.text == word][-1]
        a = actors.actor_at(tok)
        assert a is not None, word
        assert (a.name, a.country, a.role) == ("Narendra Modi", "IND", "Prime Minister")
        assert a.text == word and a.rule.startswith("coref")


def test_pronoun_prefers_the_subject(code) -> None:  # noqa: ANN001
    doc, actors = code("Foreign Minister Sergey Lavrov held talks with Secretary of State "
                       "Mike Pompeo. He said the meeting was useful.")
    he = actors.actor_at(token(doc, "He"))
    assert he is not None and he.name == "Sergey Lavrov"


def test_possessive_pronoun_refers_outside_its_phrase(code) -> None:  # noqa: ANN001
    doc, actors = code("Indian Defence Minister Rajnath Singh met his Russian counterpart "
                       "Sergei Shoigu.")
    his = actors.actor_at(token(doc, "his"))
    assert his is not None and his.name == "Rajnath Singh"


# -- organisations -------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "code_", "sector"), [
    ("the Shanghai Cooperation Organisation", "SCO", None), ("NATO", "NATO", "MIL"),
    ("the European Union", "EUR", None), ("World Health Organization", "WHO", "HLH"),
    ("United Nations Security Council", "UNSC", None), ("the World Bank", "WBK", "BUS"),
    ("the Group of 77", "G77", None), ("G-77", "G77", None), ("the Paris Club", "PARISCLUB", "BUS"),
    ("GATT", "GATT", "BUS"),
])
def test_igos(coder, phrase, code_, sector) -> None:  # noqa: ANN001
    a = coder.code_phrase(phrase)
    assert a is not None
    assert (a.kind, a.code, a.country) == ("igo", code_, None)
    assert a.sectors[0] == "IGO"
    if sector:
        assert sector in a.sectors


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("The Pentagon", "USA", "MIL"), ("the Kremlin", "RUS", "GOV"), ("Knesset", "ISR", "LEG"),
    ("Boko Haram gunmen", "NGA", "REB"), ("the rebel FDLR force", "RWA", "REB"),
    ("Massachusetts Institute of Technology", "USA", "EDU"),
])
def test_domestic_organisations_have_home_countries(coder, phrase, country, sector) -> None:  # noqa: ANN001
    a = coder.code_phrase(phrase)
    assert a is not None and (a.country, a.sectors[0]) == (country, sector)


def test_igo_owned_person(code) -> None:  # noqa: ANN001
    doc, actors = code("UN Secretary-General Antonio Guterres urged restraint.")
    a = actors.actor_at(token(doc, "Guterres"))
    assert a is not None and a.code == "UNO" and a.country is None
    assert a.role == "Secretary-General"


@pytest.mark.parametrize(("phrase", "country"), [
    ("the UN envoy for Somalia", None), ("the UN mission in Haiti", None),
    ("the US envoy for Somalia", "USA"), ("the ambassador in Haiti", "HTI"),
])
def test_an_international_post_is_not_coded_to_its_mandate(coder, phrase, country) -> None:  # noqa: ANN001
    a = coder.code_phrase(phrase)
    assert a is not None and a.country == country


def test_acronyms_need_capitals(coder) -> None:  # noqa: ANN001
    from dateline.actors.organisations import org_lexicon

    assert org_lexicon().find("IS") is not None
    assert org_lexicon().find("is") is None
    assert org_lexicon().find("who") is None


# -- unknown: never guessed ----------------------------------------------------------


def test_no_country_without_evidence(code) -> None:  # noqa: ANN001
    doc, actors = code("Protesters clashed with police. Officials said the minister would "
                       "resign. He declined to comment.")
    for word in ("Protesters", "police", "Officials", "minister", "He"):
        a = actors.actor_at(token(doc, word))
        assert a is not None, word
        assert a.country is None, (word, a)


@pytest.mark.parametrize("phrase", ["a group of men", "Defense Minister", "soldier",
                                    "Kurdish rebels", "the National Guard", "John Waluke"])
def test_phrases_without_a_country(coder, phrase) -> None:  # noqa: ANN001
    a = coder.code_phrase(phrase)
    assert a is not None and a.country is None


def test_home_country_only_for_unqualified_state_actors(code) -> None:  # noqa: ANN001
    text = ("NEW DELHI, Nov 4 - India signed a deal with France on jets. India will pay. "
            "The Defence Ministry said soldiers and protesters gathered.")
    doc, actors = code(text)
    ministry = actors.actor_at(token(doc, "Ministry"))
    assert ministry is not None and ministry.country == "IND" and ministry.confidence <= 0.6
    for word in ("soldiers", "protesters"):
        a = actors.actor_at(token(doc, word))
        assert a is not None and a.country is None, word


def test_home_country_needs_a_clear_lead(code) -> None:  # noqa: ANN001
    doc, actors = code("India signed a deal with France. France will deliver jets to India. "
                       "The Defence Ministry welcomed it.")
    ministry = actors.actor_at(token(doc, "Ministry"))
    assert ministry is not None and ministry.country is None


def test_not_an_actor(code) -> None:  # noqa: ANN001
    doc, actors = code("Yesterday the committee discussed modalities of the agreement.")
    assert actors.actor_at(token(doc, "modalities")) is None
    assert actors.actor_at(token(doc, "agreement")) is None


# -- organisations we do not know ----------------------------------------------------


def test_company_names_are_businesses(coder) -> None:  # noqa: ANN001
    a = coder.code_phrase("Temple Inland Inc")
    assert a is not None and (a.kind, a.sectors, a.country) == ("organisation", ("BUS",), None)


def test_spokesman_of_an_unknown_organisation_has_no_sector(coder) -> None:  # noqa: ANN001
    a = coder.code_phrase("A Benetton spokeswoman")
    assert a is not None and a.sectors == () and a.country is None


def test_bilateral_body_belongs_to_neither_country(code) -> None:  # noqa: ANN001
    doc, actors = code("India and Russia signed a deal. India will pay. "
                       "The India-Russia Joint Commission met in Moscow.")
    a = actors.actor_at(token(doc, "Commission"))
    assert a is not None and a.country is None and a.rule == "text.bilateral"


def test_owner_before_a_participle_title(code) -> None:  # noqa: ANN001
    doc, actors = code("Israeli President Moshe Katsav refused to meet Jordan's visiting "
                       "King Abdullah II in Tel Aviv.")
    king = actors.actor_at(token(doc, "II"))
    assert king is not None and king.country == "JOR" and king.role == "King"


def test_ousted_leader_is_elite(coder) -> None:  # noqa: ANN001
    a = coder.code_phrase("Ousted President Askar Akayev")
    assert a is not None and a.sectors[0] == "ELI" and a.role == "President"


def test_long_country_names_are_not_split(coder) -> None:  # noqa: ANN001
    a = coder.code_phrase("the Democratic People's Republic of Korea")
    assert a is not None and a.country == "PRK" and a.kind == "country"


def test_owned_by_a_known_person(code) -> None:  # noqa: ANN001
    doc, actors = code("Russian President Vladimir Putin's spokesman Dmitry Peskov said so. "
                       "French President Emmanuel Macron spoke. His office said talks resume.")
    peskov = actors.actor_at(token(doc, "Peskov"))
    assert peskov is not None and peskov.country == "RUS" and peskov.rule.endswith("owner")
    putin = actors.actor_at(token(doc, "Putin"))
    assert putin is not None and putin.name == "Vladimir Putin" and putin.role == "President"
    office = actors.actor_at(token(doc, "office"))
    assert office is not None and office.country == "FRA"


def test_some_role_nouns_only_in_some_forms(code) -> None:  # noqa: ANN001
    doc, actors = code("The authorities said his authority was weak near a bank of the river.")
    assert actors.actor_at(token(doc, "authorities")) is not None
    assert actors.actor_at(token(doc, "authority")) is None
    assert actors.actor_at(token(doc, "bank")) is None


# -- demonyms the tagger takes for names; coordinated demonyms; peoples ----------------


def test_a_demonym_tagged_as_a_name_is_still_a_demonym(code) -> None:  # noqa: ANN001
    doc, actors = code("Police arrested Ugandan opposition supporters on Monday.")
    a = actors.actor_at(token(doc, "supporters"))
    assert a is not None and a.country == "UGA" and a.sectors == ("OPP",)
    assert a.name is None


def test_coordinated_demonyms_on_sides_give_two_groups(code) -> None:  # noqa: ANN001
    doc, actors = code("The Cypriot and Maltese sides agreed to talk.")
    parts = actors.actors_at(token(doc, "sides"))
    assert sorted(a.country for a in parts) == ["CYP", "MLT"]
    assert {a.kind for a in parts} == {"group"}


def test_an_ethnic_people_has_no_state(code) -> None:  # noqa: ANN001
    doc, actors = code("Thousands of ethnic Albanians marched through the town.")
    a = actors.actor_at(token(doc, "Albanians"))
    assert a is not None and a.country is None and a.kind == "group"
    assert a.text == "ethnic Albanians"


def test_mediator_and_coordinator_are_titles(code) -> None:  # noqa: ANN001
    doc, actors = code("The U.N. mediator Jan Eliasson met the rebels.")
    a = actors.actor_at(token(doc, "Eliasson"))
    assert a is not None and "IGO" in a.sectors
    doc, actors = code("Ann Lee, the U.N. relief coordinator, spoke on Monday.")
    b = actors.actor_at(token(doc, "Lee"))
    assert b is not None and "IGO" in b.sectors


# -- peoples of a state, "X-led", stances, lower-case words in titles ------------------


def test_a_people_qualified_by_a_state_is_that_state(code) -> None:  # noqa: ANN001
    doc, actors = code("Bosnian Serbs demanded a truce on Monday.")
    a = actors.actor_at(token(doc, "Serbs"))
    assert a is not None and a.country == "BIH" and a.name is None


def test_led_by_a_country(code) -> None:  # noqa: ANN001
    doc, actors = code("Vietnamese-led forces retook the village.")
    a = actors.actor_at(token(doc, "forces"))
    assert a is not None and a.country == "VNM"


def test_a_stance_prefix_names_no_country(code) -> None:  # noqa: ANN001
    doc, actors = code("A prominent anti-Syria journalist was killed on Monday.")
    a = actors.actor_at(token(doc, "journalist"))
    assert a is not None and a.country != "SYR" and "JRN" in a.sectors


def test_lower_case_words_inside_a_title(code) -> None:  # noqa: ANN001
    doc, actors = code("Nigerian junior foreign minister Dubem Oniya summoned the envoy.")
    a = actors.actor_at(token(doc, "Oniya"))
    assert a is not None and a.country == "NGA" and "GOV" in a.sectors


def test_members_named_after_an_international_body(coder) -> None:  # noqa: ANN001
    a = coder.code_phrase("inspectors of the International Atomic Energy Agency")
    assert a is not None and a.sectors[0] == "IGO" and a.code == "IAEA"


def test_leaders_of_an_armed_group_add_its_sectors(coder) -> None:  # noqa: ANN001
    a = coder.code_phrase("top al-Qaeda leaders")
    assert a is not None and a.sectors[0] == "GOV" and "IMG" in a.sectors


def test_an_unknown_place_name_with_a_title_is_a_person(code) -> None:  # noqa: ANN001
    # the tagger takes the surname for a place; the appositive title says who it is
    doc, actors = code("Kenzo Oshima, the European Union envoy, urged calm on Monday.")
    assert any(e.text == "Oshima" and e.label_ == "GPE" for e in doc.ents)  # the premise
    a = actors.actor_at(token(doc, "Oshima"))
    assert a is not None and "IGO" in a.sectors and a.kind != "place"


def test_a_dateline_names_the_home_country(nlp) -> None:  # noqa: ANN001
    from dateline.actors.context import home_country

    doc = nlp("SANTIAGO, March 25 - Police dispersed protesters. The minister resigned.")
    assert home_country(doc) == "CHL"
    assert home_country(nlp("Police dispersed protesters. The minister resigned.")) is None


# -- flight --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "country"), [
    ("Guinea will shelter refugees fleeing the civil war in Sierra Leone.", "SLE"),
    ("Aid reached refugees who escaped the Liberian civil war.", "LBR"),
    ("Kenya will house families fleeing from Mogadishu.", "SOM"),
    ("Guinea will shelter refugees fleeing to Liberia.", None),  # a destination
])
def test_people_fleeing_a_place_come_from_it(code, text, country) -> None:  # noqa: ANN001
    doc, actors = code(text)
    word = "refugees" if "refugees" in text else "families"
    a = actors.actor_at(token(doc, word))
    assert a is not None
    assert a.country == country


# -- misspelt countries and companies ------------------------------------------------


@pytest.mark.parametrize(("word", "iso3"), [
    ("Ethopia", "ETH"), ("Quatar", "QAT"), ("Afganistan", "AFG"), ("Kazakstan", "KAZ"),
    ("Venezula", "VEN"), ("Isreal", "ISR"),  # dropped, added, swapped letters
    ("Ethiopia", None),  # spelt right: not a misspelling
    ("Columbia", None),  # a real place's name (Columbia, South Carolina)
    ("Iraqq", None),  # too short to guess from
    ("Gambia", None), ("Austrlia", None),  # right / two edits away
])
def test_misspelt_country_names(word, iso3) -> None:  # noqa: ANN001
    from dateline.actors.countries import country_lexicon

    hit = country_lexicon().misspelt(word)
    assert (hit.country if hit else None) == iso3


def test_misspelt_country_as_an_actor_but_never_a_person(code) -> None:  # noqa: ANN001
    doc, actors = code("Ethopia accused Eritrea of shelling its border towns.")
    a = actors.actor_at(token(doc, "Ethopia"))
    assert a is not None and a.country == "ETH"
    doc, actors = code("General Franco ordered the arrest of striking miners.")
    a = actors.actor_at(token(doc, "Franco"))
    assert a is not None and a.country is None  # "Franco" is one letter from "France"


@pytest.mark.parametrize(("phrase", "country"), [
    ("Malaysia Airlines", "MYS"), ("British Airways", "GBR"), ("United Airlines", None),
])
def test_carriers_are_businesses(coder, phrase, country) -> None:  # noqa: ANN001
    a = coder.code_phrase(phrase)
    assert a is not None and a.sectors == ("BUS",) and a.country == country


def test_a_company_named_in_full_then_by_its_name_alone(code) -> None:  # noqa: ANN001
    doc, actors = code("Echlin Inc said it agreed to acquire Dubin Clark and Co. "
                       "Echlin said the deal was worth 10 mln dlrs. "
                       "Dubin Clark said it welcomed the offer.")
    for i in (0, 11, 21):  # Echlin Inc / Echlin / Dubin (Clark)
        a = actors.actor_at(doc[i])
        assert a is not None and a.kind == "organisation" and a.sectors == ("BUS",), doc[i]
    assert actors.actor_at(doc[11]).rule == "coref.name"
    doc, actors = code("President Obama met Angela Merkel. Obama said the talks went well.")
    assert actors.actor_at(token(doc, "Obama", 1)).kind == "person"  # people stay people
