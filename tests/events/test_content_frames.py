"""One event per act: clauses that are the content of an event (its purpose, what is
threatened, agreed, asked for or alleged, the offence a punishment names) are no events
of their own; documents as the voice of an accusation; CAMEO codes for talks, seizing
territory and endorsing (dateline.events.frames, event_patterns.tsv)."""

from __future__ import annotations

from datetime import date

from dateline import extract
from dateline.types import Article, Event


def events(text: str) -> list[Event]:
    return extract(Article(id="t", published=date(2020, 5, 4), text=text))


def triggers(text: str) -> dict[str, Event]:
    return {e.trigger: e for e in events(text)}


def test_purpose_clause_of_a_meeting_is_no_event() -> None:
    found = triggers("The two foreign ministers met in Vienna on Friday to discuss the withdrawal.")
    assert found["met"].type == "CONSULT"
    assert "discuss" not in found and "withdrawal" not in found


def test_purpose_with_an_object_is_no_event() -> None:
    found = triggers("Riot police fired tear gas to disperse the protesters in Nairobi.")
    assert found["fired"].type == "ASSAULT"
    assert "disperse" not in found


def test_threatened_act_is_the_threat() -> None:
    found = triggers("The rebels threatened to attack the capital if talks failed.")
    assert found["threatened"].type == "THREATEN"
    assert "attack" not in found


def test_requested_act_is_the_request() -> None:
    found = triggers("Kenya asked Uganda to extradite the suspects.")
    assert found["asked"].type == "REQUEST"
    assert "extradite" not in found


def test_agreed_act_is_the_agreement() -> None:
    found = triggers("Bolivia agreed to lift the tariffs on Chilean goods.")
    assert found["agreed"].type == "AGREE"
    assert "lift" not in found


def test_demanded_act_of_a_demand_noun_is_its_content() -> None:
    found = triggers(
        "The Ghanaian union reiterated its demand today that the government release "
        "the detained workers."
    )
    assert found["demand"].type == "DEMAND"
    assert "release" not in found


def test_alleged_content_is_no_event() -> None:
    found = triggers("A United Nations report alleged that Sudanese troops had burned villages.")
    assert found["alleged"].type == "ACCUSE"
    assert "burned" not in found


def test_a_report_can_allege() -> None:
    found = triggers("A report released on Tuesday alleged that France had trained the militias.")
    alleged = found["alleged"]
    assert alleged.type == "ACCUSE"
    assert [a.country for a in alleged.targets] == ["FRA"]


def test_a_document_is_still_no_doer_of_violence() -> None:
    assert events("The storm killed 60 people in the north.") == []


def test_offence_named_by_a_punishment_is_no_event() -> None:
    found = triggers("A Tunisian court jailed an Algerian student for helping militants.")
    assert found["jailed"].type == "COERCE"
    assert "helping" not in found


def test_what_a_signed_agreement_commits_to_is_its_content() -> None:
    found = triggers(
        "Ghana and Togo signed an agreement that commits both armies to joint patrols."
    )
    assert found["signed"].type == "AGREE"
    assert "commits" not in found


def test_topic_of_a_summit_is_no_event() -> None:
    found = triggers("The leaders will attend a summit on the unrest in Mali.")
    assert found["attend"].type == "CONSULT"
    assert "unrest" not in found


def test_a_person_sought_by_police_is_no_request() -> None:
    found = triggers("Police in Lagos are hunting three men sought in the killing of a journalist.")
    assert "sought" not in found


def test_aid_sought_is_a_request() -> None:
    found = triggers("Iraq received the aid sought by its government from Iran.")
    assert found["sought"].type == "REQUEST"


def test_holding_talks_is_negotiating() -> None:
    found = triggers("Indian and Chinese ministers held talks in Geneva on Monday.")
    assert found["talks"].cameo == "046"


def test_seizing_territory_is_occupying_it() -> None:
    seized = triggers("The rebels seized parts of the northern province.")["seized"]
    assert (seized.type, seized.cameo) == ("COERCE", "192")
    ship = triggers("Iranian forces seized a British tanker in the Gulf.")["seized"]
    assert ship.cameo != "192"


def test_endorsing_an_agreement_is_praise_or_endorse() -> None:
    found = triggers(
        "Ukrainian lawmakers endorsed the association agreement with the European Union."
    )
    assert (found["endorsed"].type, found["endorsed"].cameo) == ("COOPERATE", "051")


def test_a_rally_voices_the_demand_it_is_held_for() -> None:
    found = triggers(
        "Thousands of Kenyans rallied in Nairobi to demand the release of the activists."
    )
    assert found["rallied"].type == "PROTEST"
    assert found["demand"].type == "DEMAND"


def test_what_a_verb_of_demand_asks_for_is_its_content() -> None:
    found = triggers("Jordan demanded that Syria withdraw its troops from the border.")
    assert found["demanded"].type == "DEMAND"
    assert "withdraw" not in found


def test_an_uncoded_group_can_still_investigate() -> None:
    found = triggers("Members of the commission investigated the deaths of 20 prisoners.")
    assert found["investigated"].type == "ACCUSE"


def test_refusing_to_comment_is_no_rejection() -> None:
    assert "refused" not in triggers("The ministry refused to comment on the report.")
    assert triggers("Syria refused to pull out its troops.")["refused"].type == "REJECT"


def test_a_refused_act_is_one_rejection() -> None:
    found = events("Syria refused to withdraw its troops from Lebanon.")
    assert [e.type for e in found] == ["REJECT"]


def test_a_news_conference_is_no_consultation() -> None:
    found = triggers("The Kenyan foreign minister held a news conference in Nairobi on Monday.")
    assert found["conference"].type == "OTHER"
    summit = triggers("African ministers held a conference on climate in Nairobi.")
    assert summit["conference"].type == "CONSULT"


def test_a_warning_s_content_is_the_warning() -> None:
    found = triggers("The Turkish president warned that Ankara would not bow to threats.")
    assert found["warned"].type == "THREATEN"
    assert "bow" not in found


def test_an_attack_with_its_outcomes_is_one_event() -> None:
    found = events(
        "Suspected militants attacked a village in Borno state on Tuesday night, killing 14 "
        "people and burning dozens of homes."
    )
    assert [e.trigger for e in found] == ["attacked"]


def test_an_act_that_was_prompted_took_place() -> None:
    found = triggers("The incident prompted South Korea to summon Japan's ambassador on Friday.")
    assert found["summon"].modality == "asserted"


def test_participants_described_inside_a_purpose_clause_still_act() -> None:
    found = triggers(
        "Liberian riot police used tear gas to disperse demonstrators protesting "
        "election results in Monrovia."
    )
    assert found["used"].type == "ASSAULT"
    assert "disperse" not in found
    assert found["protesting"].type == "PROTEST"  # demonstrators demonstrate (141)


def test_a_government_protesting_a_decision_disapproves() -> None:
    assert triggers("France protested the decision.")["protested"].type == "DISAPPROVE"


def test_expressing_support_is_praise_or_endorse() -> None:
    found = triggers("Egypt expressed support for the Saudi peace plan.")
    assert (found["expressed"].type, found["expressed"].cameo) == ("COOPERATE", "051")
    willing = triggers("Iran expressed willingness to resume talks.")
    assert willing["expressed"].type == "AGREE"
