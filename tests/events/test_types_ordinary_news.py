"""Ordinary news: senses of event verbs that are no political event, and their political
senses kept beside them (sentences written for these tests; dateline.events.senses,
readings, conventions; event_patterns.tsv)."""

from __future__ import annotations

from sentences import by_trigger, events, types_at

# -- lexicon rows: what the verb acts on -------------------------------------------------


def test_reducing_imports_is_no_sanction_but_reducing_aid_is() -> None:
    assert types_at("Canada reduced imports of Brazilian steel.", "reduced") == set()
    assert types_at("Canada reduced its aid to Sudan.", "reduced") == {"SANCTION"}
    assert types_at("Canada reduced food supplies to the border camp.", "reduced") == {
        "SANCTION"
    }


def test_reducing_a_military_presence_is_a_partial_withdrawal() -> None:
    ev = by_trigger("Turkey reduced its military presence in Cyprus.")["reduced"]
    assert (ev.type, ev.cameo) == ("RETREAT", "0874")


def test_retaliate_is_a_hostile_response() -> None:
    ev = by_trigger("Brazil retaliated against Argentina.")["retaliated"]
    assert ev.type == "SANCTION"
    assert {a.country for a in ev.targets} == {"ARG"}


def test_satellite_launch_is_no_weapons_test() -> None:
    assert types_at("India launched a weather satellite on Friday.", "launched") == set()
    assert types_at("Pakistan launched two missiles on Friday.", "launched") == {"MOBILIZE"}


def test_calling_something_a_name_is_no_request() -> None:
    assert types_at("Mexican officials are calling it unchanged for the month.", "calling") == set()
    assert types_at("Egypt called on Libya to free the sailors.", "called") == {"REQUEST"}


def test_offering_a_bill_is_legislative_procedure() -> None:
    assert types_at("Senator Mills offered an amendment to the farm bill.", "offered") == set()


def test_defending_a_price_target_or_a_currency_is_no_verbal_defence() -> None:
    assert types_at("Spain defended its currency.", "defended") == set()
    assert types_at("Russia defended the Syrian government's policy.", "defended") == {
        "COOPERATE"
    }


def test_inspecting_damage_is_no_investigation() -> None:
    assert types_at("Governor Ruiz inspected the damage from the floods.", "inspected") == set()
    assert types_at("UN inspectors inspected the nuclear plant in Iran.", "inspected") == {
        "ACCUSE"
    }


def test_beating_a_rival_or_estimates_is_no_assault() -> None:
    assert types_at("Iran's offer beat out a rival bid from Iraq.", "beat") == set()
    assert types_at("Police beat students in Santiago.", "beat") == {"ASSAULT"}


def test_executing_an_order_is_no_execution() -> None:
    assert types_at("The Iranian central bank executed the order on Monday.", "executed") == set()
    assert types_at("Iran executed two prisoners.", "executed") == {"ASSAULT"}


def test_inviting_bids_or_retaliation_is_no_invitation() -> None:
    assert types_at("Egypt invited bids for the new port.", "invited") == set()
    assert types_at("Egypt invited the Israeli president to Cairo.", "invited") == {"AGREE"}


def test_encouraging_investment_is_no_appeal() -> None:
    assert types_at("Vietnam will encourage foreign investment.", "encourage") == set()
    assert types_at("Norway encouraged Colombia to resume the talks.", "encouraged") == {
        "REQUEST"
    }


def test_cargo_arriving_is_no_visit() -> None:
    assert types_at("Ten thousand tonnes of Canadian wheat arrived in Yemen.", "arrived") == set()
    assert types_at("The Canadian foreign minister arrived in Yemen.", "arrived") == {"CONSULT"}


def test_supplying_goods_is_trade_and_supplying_food_is_aid() -> None:
    assert types_at("Norway supplies gas to German utilities.", "supplies") == set()
    assert types_at("Norway supplied food to Yemen.", "supplied") == {"AID"}


def test_meeting_a_target_is_no_meeting() -> None:
    assert types_at("Japan met its export target last year.", "met") == set()
    assert types_at("Japan met Korea last year.", "met") == {"CONSULT"}


def test_fighting_a_policy_is_no_assault() -> None:
    assert types_at("Canada will fight the tariffs in court.", "fight") == set()


def test_occupying_floors_is_no_seizure() -> None:
    assert types_at("The Kenyan embassy occupies two floors of the tower.", "occupies") == set()


def test_trading_contracts_is_no_cooperation() -> None:
    assert types_at("Japan traded 40,000 contracts with Singapore dealers.", "traded") == set()


def test_welcoming_a_market_move_is_no_praise() -> None:
    assert types_at("Germany welcomed the rise in the yen.", "welcomed") == set()
    assert types_at("Germany welcomed the French decision.", "welcomed") == {"COOPERATE"}


def test_opposing_a_market_move_is_no_disapproval() -> None:
    assert types_at("The Fed chairman opposed a further fall in the dollar.", "opposed") == set()
    assert types_at("Syria opposed the American plan.", "opposed") == {"DISAPPROVE"}


def test_a_document_calling_for_works_is_no_appeal() -> None:
    assert types_at("The Peruvian plan calls for construction of two dams.", "calls") == set()


def test_economic_targets_are_no_attack() -> None:
    assert types_at("Chile is targeting inflation of 3 pct.", "targeting") == set()
    assert types_at("Rebels targeted the army base.", "targeted") == {"ASSAULT"}


def test_expressing_hope_is_an_optimistic_comment() -> None:
    ev = by_trigger("Egypt expressed hope that the talks would succeed.")["expressed"]
    assert (ev.type, ev.cameo) == ("OTHER", "012")


def test_budget_requests_and_board_meetings_are_no_events() -> None:
    assert types_at("The Pentagon's budget request was cut.", "request") == set()
    assert types_at("The board meeting of Fiat ended early.", "meeting") == set()


# -- clause readings (events.senses, events.readings) -------------------------------------


def test_passive_encouraged_is_a_feeling() -> None:
    assert types_at("The Irish minister said he was encouraged to see progress.", "encouraged") == set()
    assert types_at("Iran was encouraged by Russia to join the talks.", "encouraged") == {
        "REQUEST"
    }


def test_agreeing_with_someone_is_an_opinion() -> None:
    text = "A Canadian judge agreed with the Justice Ministry that the merger was illegal."
    assert types_at(text, "agreed") == set()
    assert types_at("Iran agreed with Iraq to exchange prisoners.", "agreed") == {"AGREE"}
    assert types_at("Iran agreed with Iraq on a ceasefire.", "agreed") == {"AGREE"}


def test_interest_in_acquiring_is_commerce() -> None:
    text = "The Korean government expressed interest in acquiring the Chilean mine."
    assert types_at(text, "expressed") == set()
    assert types_at("Korea expressed willingness to join the talks.", "expressed") == {"AGREE"}


def test_ordering_counted_goods_is_a_purchase() -> None:
    assert types_at("The Egyptian army has ordered 20 Swedish trucks.", "ordered") == set()
    assert types_at("The president ordered troops to leave the city.", "ordered") == {"DEMAND"}


def test_meeting_market_demand_is_no_concession() -> None:
    assert types_at("Saudi Arabia is meeting this demand from its reserves.", "meeting") == set()
    assert types_at("The government met the strikers' demands.", "met") == {"CONCEDE"}


def test_help_with_only_an_outcome_is_no_aid() -> None:
    assert types_at("Japan cut tariffs to help balance trade with Europe.", "help") == set()
    assert types_at("Japan will help Iraq rebuild its power grid.", "help") == {"AID"}


def test_releasing_goods_is_no_release_of_captives() -> None:
    assert types_at("The European Commission released no sugar for export.", "released") == set()
    assert types_at("Israel released the mayor of Nablus.", "released") == {"RETREAT"}


def test_withdrawing_money_is_no_retreat() -> None:
    text = "The Bundesbank is withdrawing eight billion marks from the market."
    assert types_at(text, "withdrawing") == set()
    assert types_at("The rebels withdrew from the town.", "withdrew") == {"RETREAT"}


def test_resigning_from_a_board_is_no_political_resignation() -> None:
    text = "Former Secretary of State Haig resigned from the company's board."
    assert types_at(text, "resigned") == set()
    assert types_at("The Kenyan minister resigned from the government.", "resigned") == {"RETREAT"}


def test_participating_in_tests_is_no_meeting() -> None:
    assert types_at("The Swiss army participated in clinical tests of the drug.", "participated") == set()
    assert types_at("Syria participated in the talks.", "participated") == {"CONSULT"}


def test_as_opposed_to_is_no_opposition() -> None:
    text = "Japan's debts to France, as opposed to Germany, fell."
    assert types_at(text, "opposed") == set()


def test_targeted_for_sale_is_no_attack() -> None:
    assert types_at("Targeted for sale are two Mexican state airlines.", "Targeted") == set()
    assert types_at("Two Iraqi firms were targeted for sale by Iran.", "targeted") == set()
    assert types_at("Two Iraqi officers were targeted for assassination by Iran.", "targeted") == {
        "ASSAULT"
    }


def test_questions_and_anonymity_are_no_requests() -> None:
    assert types_at("Reporters asked if Iran would attend.", "asked") == set()
    text = "A Syrian official, who asked not to be identified, said Iraq had attacked."
    assert types_at(text, "asked") == set()
    assert types_at("Egypt asked Israel to withdraw.", "asked") == {"REQUEST"}
    assert types_at("The list included 60 items asked by Washington.", "asked") == {"REQUEST"}


def test_met_with_criticism_is_no_meeting() -> None:
    assert types_at("The Iraqi plan met with criticism in Cairo.", "met") == set()


def test_met_reporters_is_a_statement() -> None:
    ev = by_trigger("The Brazilian minister met reporters in Rome.")["met"]
    assert (ev.type, ev.cameo) == ("OTHER", "010")


def test_speaking_to_a_trade_group_is_a_statement() -> None:
    ev = by_trigger("Speaking to a banking trade group, the Mexican minister said rates would fall.")
    assert (ev["Speaking"].type, ev["Speaking"].cameo) == ("OTHER", "010")


def test_workers_striking_is_a_labour_strike() -> None:
    ev = by_trigger("In Serbia 1,700 workers struck on Monday.")["struck"]
    assert (ev.type, ev.cameo) == ("PROTEST", "143")
    ev = by_trigger("The Ford plants in Ohio have been struck by the auto workers union.")["struck"]
    assert ev.type == "PROTEST"
    assert types_at("Israeli jets struck Gaza.", "struck") == {"ASSAULT"}


def test_an_accidental_fire_is_no_attack() -> None:
    assert events("A fire destroyed the Nigerian factory on Monday.") == []
    assert types_at("Sniper fire killed a soldier in Sarajevo.", "killed") == {"ASSAULT"}
    # weapons fire names its side, weapon or origin; a fire of itself names none
    assert types_at("Enemy fire killed two soldiers on Monday.", "killed") == {"ASSAULT"}
    assert types_at("Fire from Syrian positions wounded three Turkish soldiers.",
                    "wounded") == {"ASSAULT"}
    assert types_at("A huge fire killed 12 people in a Lagos market.", "killed") == set()
    assert types_at("A forest fire killed 12 people.", "killed") == set()


def test_help_by_things_is_no_aid() -> None:
    text = "Mexico's forecasts helped shares fall to a record low."
    assert types_at(text, "helped") == set()
    assert types_at("Chile cut its deficit, helped by moves to sell state firms.", "helped") == set()
    assert types_at("The United States helped Israel defend itself.", "helped") == {"AID"}


def test_looking_into_markets_is_no_investigation() -> None:
    assert types_at("The Kenyan minister said Kenya will look into other markets.", "look") == set()
    assert types_at("Kenyan police are looking into the killing of the mayor.", "looking") == {
        "ACCUSE"
    }


def test_a_standing_requirement_is_no_demand() -> None:
    assert types_at("Japanese banks are required to report their lending.", "required") == set()
    assert types_at("Iran required Iraq to withdraw.", "required") == {"DEMAND"}


def test_a_risk_is_no_threat() -> None:
    text = "The Brazilian debt crisis threatens to trigger defaults in Mexico."
    assert types_at(text, "threatens") == set()
    assert types_at("Iran threatened to close the strait.", "threatened") == {"THREATEN"}


def test_cutting_market_supplies_is_no_sanction() -> None:
    assert types_at("OPEC cut excess supplies from the market.", "cut") == set()
    assert types_at("Russia cut gas supplies to Ukraine.", "cut") == {"SANCTION"}


def test_bank_finance_is_no_aid_or_swap() -> None:
    assert types_at("The Bundesbank offered banks liquidity aid at a fixed rate.", "aid") == set()
    assert types_at("The Quebec bank's consumer loans rose.", "loans") == set()
    assert types_at("Mexico arranged a currency swap with Japan.", "swap") == set()


def test_agreeing_that_something_is_so_is_an_opinion() -> None:
    text = "When asked, the Chilean minister agreed the dividend was small."
    assert types_at(text, "agreed") == set()
    assert types_at(text, "asked") == set()
    assert types_at("Iran and Iraq agreed that the talks would resume on Monday.", "agreed") == {
        "AGREE"
    }


def test_asked_to_comment_is_a_question() -> None:
    text = "Asked to comment on the forecast, the Chilean minister said it was high."
    assert types_at(text, "Asked") == set()
    assert types_at("Iran was asked by Russia to join the talks.", "asked") == {"REQUEST"}


def test_blaming_causes_accuses_no_one() -> None:
    text = "The Chinese officials blamed the deficit on excessive investment."
    assert types_at(text, "blamed") == set()
    assert types_at("Iran blamed the rebels for the attack.", "blamed") == {"ACCUSE"}


def test_supplying_a_customer_with_goods_is_trade() -> None:
    assert types_at("Mexico will supply Texas utilities with electricity.", "supply") == set()
    assert types_at("Japan supplied the rebels with food.", "supplied") == {"AID"}


def test_accepting_payment_is_trade() -> None:
    assert types_at("Egypt will accept payment in kind for the cotton.", "accept") == set()
    assert types_at("Egypt accepted the plan.", "accepted") == {"AGREE"}
