"""Events with no political party (``events.standing``) and business senses of event verbs
and nouns (``senses``, ``object_senses``, ``commerce``, ``business``, ``selection``): each
false event of ordinary business news, and a political twin that keeps its event."""

from __future__ import annotations

import pytest
from sentences import events, types_at


def _types(text: str) -> set[str]:
    return {e.type for e in events(text) if e.modality not in ("negated", "denied")}


# (business sentence that reports no political event, its political twin, twin's type,
#  twin's trigger)
PAIRS = [
    # a company official's "should": an opinion (title shared with governments + company)
    ("Mobil Corp director and senior vice-president John Harris said governments "
     "should cut oil taxes.",
     "Energy Minister John Harris said governments should cut oil taxes.", "DEMAND", "cut"),
    # a bare "chairman" in a story about a company is the company's chairman
    ("Acme Corp reported lower profits for the year. Chairman John Perkins resigned on "
     "Friday.",
     "Prime Minister John Perkins resigned on Friday.", "RETREAT", "resigned"),
    # a court order to a company is litigation; to an official, a political act
    ("The court ordered the company to pay 10 mln dlrs in damages to Pennzoil.",
     "A judge ordered the former interior minister to appear in court.", "DEMAND",
     "ordered"),
    # a bank's loan to a company is commerce; a state's loan to a state is aid
    ("Citibank extended a 100 mln dlr loan to Texaco Inc.",
     "Japan will provide special loans to Indonesia.", "AID", "provide"),
    # a government's loans to its own industry are economic policy
    ("South Korea will provide special loans to ailing construction firms.",
     "Japan will provide special loans to Indonesia.", "AID", "provide"),
    # a takeover bid rejected between firms
    ("Taft rejected a 145 dlr per share bid from the investment group.",
     "Iran rejected the peace offer from Iraq.", "REJECT", "rejected"),
    # a tender called is procurement, whoever calls it
    ("Egypt has called a buying tender for 200,000 tonnes of wheat.",
     "Egypt has called for talks with Israel.", "REQUEST", "called"),
    # a company's request to a regulator is a filing; a union's to a government an appeal
    ("Santa Fe Corp asked the Interstate Commerce Commission to reconsider its rejection "
     "of the merger.",
     "The union asked the government to reconsider its rejection of the pay deal.",
     "REQUEST", "asked"),
    # a company closing its own office
    ("Acme Inc said it closed its Atlanta office to cut costs.",
     "Iraq closed its border with Iran.", "COERCE", "closed"),
    # seeking an office asks no one for anything
    ("Governor Michael Dukakis will seek the Democratic presidential nomination.",
     "Governor Michael Dukakis will seek talks with the rebels.", "REQUEST", "seek"),
    # sanctioning a thing approves it
    ("The authorities sanctioned a cut in the base rate.",
     "The United Nations sanctioned Iraq.", "SANCTION", "sanctioned"),
    # halting trade in securities is a market's act
    ("The exchange halted trading in the company's shares.",
     "The United States halted trade with Iran.", "SANCTION", "halted"),
    # a ship arriving with a cargo visits no one
    ("The tanker arrived in Rotterdam with 80,000 tonnes of crude oil.",
     "The minister arrived in Rotterdam for talks.", "CONSULT", "arrived"),
    # targeting a market as a sector chooses it
    ("The group has targeted financial services as a sector in which to expand.",
     "Rebels targeted the army barracks with rockets.", "ASSAULT", "targeted"),
    # asking for premiums is a price asked
    ("The securities firms were asking for high premiums.",
     "Sudan asked for food aid.", "REQUEST", "asked"),
    # funds disbursed in the money market are a market operation
    ("The Bundesbank disbursed funds in the money market.",
     "The United States disbursed funds to Egypt.", "AID", "disbursed"),
    # a central bank's assistance with no recipient: the money market's
    ("The Bank of England said it provided assistance worth 350 mln stg in the afternoon.",
     "Britain provided assistance worth 350 mln stg to Kenya.", "AID", "provided"),
    # a court barring a company: patent litigation
    ("The court barred Kodak from selling cameras that infringe the patent.",
     "The court barred the government from deporting the refugees.", "REJECT", "barred"),
    # taking over control of a company is a takeover
    ("Ferruzzi will take over control of CPC Industrial Division, the corn milling "
     "business.",
     "Rebels took control of the town.", "COERCE", "took"),
    # occupying office space
    ("The company will open an office in New York, occupying 38,000 square feet in "
     "Manhattan.",
     "Protesters occupied the ministry building.", "PROTEST", "occupied"),
    # a company's withdrawal from a market
    ("Excess debt due to its withdrawal from the Texas marketplace hurt the company.",
     "The withdrawal of Soviet troops from Afghanistan began.", "RETREAT", "withdrawal"),
    # a strategist's "pushing for" a position is an investment view
    ("'We are still pushing for a fully invested position,' says Burton Siegel, "
     "investment strategist.",
     "'We are still pushing for a ceasefire,' says Foreign Minister Ali Khan.", "REQUEST",
     "pushing"),
    # a state's own exports suspended (after an earthquake) sanction no one
    ("Ecuador suspended oil exports for five months after an earthquake.",
     "Iran suspended oil exports to Japan.", "SANCTION", "suspended"),
    # a contract ordered by an army from a company is procurement
    ("Acme Systems Inc said it was ordered by the U.S. Navy to begin the design of a radar "
     "system, in a contract worth 20 mln dlrs.",
     "The army ordered the rebels to surrender.", "DEMAND", "ordered"),
    # goods agreed to be supplied in tonnes are trade; aid in tonnes is aid
    ("Uruguayan suppliers have agreed to supply Taiwan with 25,000 tonnes of soybeans.",
     "Japan agreed to deliver 20,000 tonnes of food aid to Ethiopia.", "AGREE", "agreed"),
]


@pytest.mark.parametrize("business,political,type_,trigger", PAIRS)
def test_business_reading_has_no_event(business: str, political: str, type_: str,
                                       trigger: str) -> None:
    assert _types(business) == set(), business


@pytest.mark.parametrize("business,political,type_,trigger", PAIRS)
def test_political_twin_keeps_its_event(business: str, political: str, type_: str,
                                        trigger: str) -> None:
    assert type_ in types_at(political, trigger), political


def test_company_official_named_earlier_makes_no_demand() -> None:
    text = ("Peter Lang, a senior vice-president of Shell Oil Co, spoke in Houston on "
            "Monday. Lang said governments must cut oil taxes.")
    assert "DEMAND" not in _types(text)


def test_firm_seeking_court_order_is_litigation() -> None:
    assert _types("Texaco Inc is seeking a court order to block Pennzoil from seizing its "
                  "assets.") == set()


def test_court_ordering_government_keeps_demand() -> None:
    assert "DEMAND" in types_at("The court ordered the government to release the prisoners.",
                                "ordered")


def test_loan_stock_is_a_security() -> None:
    assert _types("The Treasury Loan stock was exhausted in early trading.") == set()


def test_offer_of_treasury_bills_is_a_market_operation() -> None:
    assert _types("Banks took up the central bank's standing offer of treasury bills.") == set()


def test_world_bank_loan_to_a_state_is_aid() -> None:
    assert "AID" in types_at("The World Bank approved a 100 mln dlr loan to Kenya.",
                             "approved")


def test_meeting_market_demand_is_no_demand() -> None:
    assert "DEMAND" not in _types("Honda will adjust its output to meet U.S. demand.")


def test_relief_counted_in_tonnes_is_still_aid() -> None:
    assert "AID" in types_at("Japan sent 40 tonnes of emergency relief supplies to "
                             "Bangladesh.", "sent")
