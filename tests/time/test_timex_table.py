"""A table of temporal expressions with publication dates and their expected TIMEX3 values.

Each row: (sentence, publication date, expression as it must be extracted, type, value).
Covers tense (past vs future weekdays and months), weekday ambiguity, year boundaries
(articles dated late December and early January, ISO weeks that straddle years), vague
expressions, durations, sets and absolute dates. Expected values were worked out by hand
from a calendar, not produced by the code.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time import find_timexes

MON = date(2019, 11, 4)  # Monday, ISO 2019-W45
SAT = date(2019, 6, 15)  # Saturday, ISO 2019-W24
DEC30 = date(2019, 12, 30)  # Monday, ISO 2020-W01
JAN2 = date(2020, 1, 2)  # Thursday, ISO 2020-W01
DEC28 = date(2018, 12, 28)  # Friday, ISO 2018-W52
JAN1 = date(2021, 1, 1)  # Friday, ISO 2020-W53
WED = date(2023, 3, 15)  # Wednesday, ISO 2023-W11

CASES: list[tuple[str, date, str, str, str]] = [
    # --- weekdays: tense decides the direction; the publication weekday itself is that day
    ("Singh will embark on his visit to Russia on Monday.", MON, "Monday", "DATE", "2019-11-04"),
    ("Officials said here on Monday.", MON, "Monday", "DATE", "2019-11-04"),
    ("He had met the minister on Monday.", MON, "Monday", "DATE", "2019-10-28"),
    ("The talks ended on Friday.", MON, "Friday", "DATE", "2019-11-01"),
    ("The talks will resume on Friday.", MON, "Friday", "DATE", "2019-11-08"),
    ("Rebels attacked the town on Sunday.", MON, "Sunday", "DATE", "2019-11-03"),
    ("The ministers will meet on Wednesday.", MON, "Wednesday", "DATE", "2019-11-06"),
    ("The ministers met on Wednesday.", MON, "Wednesday", "DATE", "2019-10-30"),
    ("The vote took place last Monday.", MON, "last Monday", "DATE", "2019-10-28"),
    ("The vote will take place next Monday.", MON, "next Monday", "DATE", "2019-11-11"),
    ("Police said they arrested him last Friday.", MON, "last Friday", "DATE", "2019-11-01"),
    ("The envoy arrived Thursday.", MON, "Thursday", "DATE", "2019-10-31"),
    ("Both leaders meet separately Monday with the envoy.", DEC28, "Monday", "DATE", "2018-12-31"),
    ("The summit will be held on April 24 and 25.", MON, "25", "DATE", "2020-04-25"),
    ("Rebels shelled the town overnight.", MON, "overnight", "TIME", "2019-11-03TNI"),
    ("He will leave at 4 in the morning.", MON, "4 in the morning", "TIME", "2019-11-04T04:00"),
    ("The curfew starts at 8 in the evening.", MON, "8 in the evening", "TIME", "2019-11-04T20:00"),
    ("Shares fell Friday after overnight losses.", MON, "overnight", "TIME", "2019-10-31TNI"),
    ("Flights leave on Monday and Tuesday nights.", MON, "Monday", "SET", "XXXX-WXX-1TNI"),
    ("Stocks fell Friday. For the week, the index lost 3%.", MON, "the week", "DATE", "2019-W44"),
    ("Talks resume today. Over the week, envoys will meet.", MON, "the week", "DATE", "2019-W45"),
    ("It snowed the day after Christmas.", JAN2, "the day after Christmas", "DATE", "2019-12-26"),
    (
        "The day before last Tuesday's hearing, he flew home.",
        MON,
        "The day before last Tuesday",
        "DATE",
        "2019-10-28",
    ),
    ("The fair ran from Dec. 3 to 5.", JAN2, "5", "DATE", "2019-12-05"),
    ("The two leaders did not meet on Friday.", MON, "Friday", "DATE", "2019-11-01"),
    ("The envoy is expected to arrive Thursday.", MON, "Thursday", "DATE", "2019-11-07"),
    ("Protesters gathered on Friday.", SAT, "Friday", "DATE", "2019-06-14"),
    ("The summit opens on Monday.", SAT, "Monday", "DATE", "2019-06-17"),
    ("The summit will open on Monday.", SAT, "Monday", "DATE", "2019-06-17"),
    ("Voting was held on Saturday.", SAT, "Saturday", "DATE", "2019-06-15"),
    ("Troops withdrew last Saturday.", SAT, "last Saturday", "DATE", "2019-06-08"),
    ("Troops will withdraw next Saturday.", SAT, "next Saturday", "DATE", "2019-06-22"),
    ("The minister resigned on Tuesday.", WED, "Tuesday", "DATE", "2023-03-14"),
    ("The minister will resign on Tuesday.", WED, "Tuesday", "DATE", "2023-03-21"),
    ("The court ruled on Wednesday.", WED, "Wednesday", "DATE", "2023-03-15"),
    ("The court will rule on Thursday.", WED, "Thursday", "DATE", "2023-03-16"),
    ("The court ruled on Thursday.", WED, "Thursday", "DATE", "2023-03-09"),
    ("Talks collapsed on Friday.", DEC30, "Friday", "DATE", "2019-12-27"),
    ("Talks will resume on Friday.", DEC30, "Friday", "DATE", "2020-01-03"),
    ("The ceasefire began on Monday.", JAN2, "Monday", "DATE", "2019-12-30"),
    ("The ceasefire will begin on Monday.", JAN2, "Monday", "DATE", "2020-01-06"),
    ("The blast happened on Wednesday.", DEC28, "Wednesday", "DATE", "2018-12-26"),
    ("Parliament will sit on Monday.", DEC28, "Monday", "DATE", "2018-12-31"),
    ("Officials met Tuesday morning.", MON, "Tuesday morning", "TIME", "2019-10-29TMO"),
    ("Fighting broke out on Sunday night.", MON, "Sunday night", "TIME", "2019-11-03TNI"),
    # --- days relative to publication
    ("The president spoke today.", MON, "today", "DATE", "2019-11-04"),
    ("The president spoke yesterday.", MON, "yesterday", "DATE", "2019-11-03"),
    ("The president will speak tomorrow.", MON, "tomorrow", "DATE", "2019-11-05"),
    ("The vote was held yesterday.", JAN1, "yesterday", "DATE", "2020-12-31"),
    ("The vote will be held tomorrow.", DEC28, "tomorrow", "DATE", "2018-12-29"),
    ("Shops reopened yesterday.", date(2020, 3, 1), "yesterday", "DATE", "2020-02-29"),
    ("He will address the nation tonight.", MON, "tonight", "TIME", "2019-11-04TNI"),
    ("Shelling continued last night.", MON, "last night", "TIME", "2019-11-03TNI"),
    ("The minister arrived this morning.", MON, "this morning", "TIME", "2019-11-04TMO"),
    ("Talks resume the day after tomorrow.", MON, "the day after tomorrow", "DATE", "2019-11-06"),
    ("Three days ago the army moved in.", MON, "Three days ago", "DATE", "2019-11-01"),
    ("The blast occurred two days ago.", JAN1, "two days ago", "DATE", "2020-12-30"),
    ("The deal was signed ten days ago.", JAN2, "ten days ago", "DATE", "2019-12-23"),
    # --- weeks (ISO weeks, also across year boundaries)
    ("India and Uzbekistan signed three MoUs last week.", MON, "last week", "DATE", "2019-W44"),
    ("The envoy visited this week.", MON, "this week", "DATE", "2019-W45"),
    ("The envoy will visit next week.", MON, "next week", "DATE", "2019-W46"),
    ("Talks stalled last week.", DEC30, "last week", "DATE", "2019-W52"),
    ("Talks resumed this week.", DEC30, "this week", "DATE", "2020-W01"),
    ("Talks will resume next week.", DEC30, "next week", "DATE", "2020-W02"),
    ("Talks stalled last week.", JAN2, "last week", "DATE", "2019-W52"),
    ("Talks will resume next week.", DEC28, "next week", "DATE", "2019-W01"),
    ("Markets fell this week.", JAN1, "this week", "DATE", "2020-W53"),
    ("Markets fell last week.", JAN1, "last week", "DATE", "2020-W52"),
    ("The troops left two weeks ago.", MON, "two weeks ago", "DATE", "2019-W43"),
    ("The reform passed earlier this week.", MON, "earlier this week", "DATE", "2019-W45"),
    ("Rallies were held last weekend.", MON, "last weekend", "DATE", "2019-W44-WE"),
    ("Rallies will be held next weekend.", MON, "next weekend", "DATE", "2019-W45-WE"),
    # the weekend as a noun's modifier: the last one for a past clause, the next for a future
    ("Weekend air raids killed 18 people.", MON, "Weekend", "DATE", "2019-W44-WE"),
    ("The weekend talks will resume in Geneva.", MON, "The weekend", "DATE", "2019-W45-WE"),
    # --- months
    ("Talks stalled earlier this month.", MON, "earlier this month", "DATE", "2019-11"),
    ("The law passed last month.", MON, "last month", "DATE", "2019-10"),
    ("The law takes effect next month.", MON, "next month", "DATE", "2019-12"),
    ("The law passed last month.", JAN2, "last month", "DATE", "2019-12"),
    ("The law takes effect next month.", DEC28, "next month", "DATE", "2019-01"),
    ("The law passed this month.", DEC30, "this month", "DATE", "2019-12"),
    ("The treaty was signed in October.", MON, "October", "DATE", "2019-10"),
    ("Elections will be held in October.", MON, "October", "DATE", "2020-10"),
    ("Elections will be held in December.", MON, "December", "DATE", "2019-12"),
    ("The floods hit in December.", JAN2, "December", "DATE", "2019-12"),
    ("The summit will be held in January.", DEC28, "January", "DATE", "2019-01"),
    ("The summit was held in January.", DEC28, "January", "DATE", "2018-01"),
    ("The summit will be held in March.", JAN2, "March", "DATE", "2020-03"),
    ("Protests began in March.", JAN2, "March", "DATE", "2019-03"),
    ("The strike began in late November.", JAN2, "late November", "DATE", "2019-11"),
    ("The plan was announced in mid-November.", DEC28, "mid-November", "DATE", "2018-11"),
    ("The deal was agreed in November 2019.", JAN1, "November 2019", "DATE", "2019-11"),
    ("The crash happened last February.", date(2020, 3, 1), "last February", "DATE", "2019-02"),
    ("The crash happened last October.", date(1999, 2, 6), "last October", "DATE", "1998-10"),
    ("Exports rose in January this year.", WED, "January this year", "DATE", "2023-01"),
    ("Exports fell in June last year.", WED, "June last year", "DATE", "2022-06"),
    ("The cut happened last March.", WED, "last March", "DATE", "2022-03"),
    ("The vote is due next June.", WED, "next June", "DATE", "2023-06"),
    ("Rebels seized the town in May.", date(2019, 8, 1), "May", "DATE", "2019-05"),
    # --- month and day, with and without years
    ("The summit opened on Nov. 4.", MON, "Nov. 4", "DATE", "2019-11-04"),
    ("The deal was signed on Nov. 4, 2019.", JAN2, "Nov. 4, 2019", "DATE", "2019-11-04"),
    ("The deal was signed on 4 November 2019.", JAN2, "4 November 2019", "DATE", "2019-11-04"),
    ("The deal was signed on November 4th.", MON, "November 4th", "DATE", "2019-11-04"),
    ("The deadline is Jan. 3.", DEC30, "Jan. 3", "DATE", "2020-01-03"),
    ("The fire broke out on Dec. 24.", DEC30, "Dec. 24", "DATE", "2019-12-24"),
    ("The fire broke out on Dec. 31.", JAN2, "Dec. 31", "DATE", "2019-12-31"),
    ("The deadline is Jan. 15.", DEC28, "Jan. 15", "DATE", "2019-01-15"),
    ("Talks were held on December 20.", JAN1, "December 20", "DATE", "2020-12-20"),
    ("The polls open on 15 March.", JAN2, "15 March", "DATE", "2020-03-15"),
    ("The attack took place on October 23.", date(1999, 5, 6), "October 23", "DATE", "1998-10-23"),
    ("The court will rule on Feb. 10.", JAN2, "Feb. 10", "DATE", "2020-02-10"),
    (
        "The ruling came on Monday, Oct. 26.",
        date(2020, 10, 28),
        "Monday, Oct. 26",
        "DATE",
        "2020-10-26",
    ),
    ("The decree is dated 2019-11-04.", MON, "2019-11-04", "DATE", "2019-11-04"),
    ("He will report back on the 19th.", MON, "the 19th", "DATE", "2019-11-19"),
    ("He reported back on the 19th.", MON, "the 19th", "DATE", "2019-10-19"),
    # --- years, decades, centuries, quarters, halves, seasons, fiscal years
    ("The war ended in 2014.", MON, "2014", "DATE", "2014"),
    ("The fighting has continued since 2014.", MON, "2014", "DATE", "2014"),
    ("Growth slowed this year.", MON, "this year", "DATE", "2019"),
    ("Growth slowed last year.", MON, "last year", "DATE", "2018"),
    ("Growth will recover next year.", MON, "next year", "DATE", "2020"),
    ("Growth slowed last year.", JAN2, "last year", "DATE", "2019"),
    ("Growth will recover next year.", DEC28, "next year", "DATE", "2019"),
    ("The plan was drafted earlier this year.", MON, "earlier this year", "DATE", "2019"),
    ("The plan will be ready later this year.", MON, "later this year", "DATE", "2019"),
    ("Elections are due early next year.", MON, "early next year", "DATE", "2020"),
    ("Elections were held late last year.", MON, "late last year", "DATE", "2018"),
    ("The budget for 2019-20 was cut.", MON, "2019-20", "DATE", "2019"),
    ("The reforms of the 1990s failed.", MON, "the 1990s", "DATE", "199"),
    ("Unrest grew in the early 1980s.", MON, "the early 1980s", "DATE", "198"),
    ("Empires fell in the 20th century.", MON, "the 20th century", "DATE", "19"),
    ("Profits rose in the third quarter.", MON, "the third quarter", "DATE", "2019-Q3"),
    ("Profits fell in the fourth quarter.", JAN2, "the fourth quarter", "DATE", "2019-Q4"),
    (
        "Profits rose in the third quarter of 2018.",
        MON,
        "the third quarter of 2018",
        "DATE",
        "2018-Q3",
    ),
    ("Sales fell in the first half of 2020.", JAN1, "the first half of 2020", "DATE", "2020-H1"),
    ("Exports grew in fiscal 1989.", date(1989, 11, 2), "fiscal 1989", "DATE", "1989"),
    ("The offensive began in summer 2018.", MON, "summer 2018", "DATE", "2018-SU"),
    ("The offensive began last summer.", MON, "last summer", "DATE", "2019-SU"),
    ("The offensive began last summer.", date(2019, 7, 10), "last summer", "DATE", "2018-SU"),
    ("The offensive will begin this spring.", JAN2, "this spring", "DATE", "2020-SP"),
    ("The talks failed a year ago.", MON, "a year ago", "DATE", "2018"),
    ("The talks failed five years ago.", MON, "five years ago", "DATE", "2014"),
    ("The talks failed six months ago.", MON, "six months ago", "DATE", "2019-05"),
    ("Communism collapsed a decade ago.", date(1999, 3, 12), "a decade ago", "DATE", "1989"),
    (
        "Third-quarter net rose 5%. For the nine months, net was $9 million, up from $7 million"
        " a year earlier.",
        date(1989, 10, 26),
        "a year earlier",
        "DATE",
        "1988",
    ),
    ("The company was founded in nineteen ninety-six.", MON, "nineteen ninety-six", "DATE", "1996"),
    # --- vague references
    ("Tensions have risen recently.", MON, "recently", "DATE", "PAST_REF"),
    ("Tensions are high now.", MON, "now", "DATE", "PRESENT_REF"),
    ("The minister is currently in Delhi.", MON, "currently", "DATE", "PRESENT_REF"),
    ("Talks may resume in the future.", MON, "the future", "DATE", "FUTURE_REF"),
    ("Talks may resume in the near future.", MON, "the near future", "DATE", "FUTURE_REF"),
    ("Such attacks happened in the past.", MON, "the past", "DATE", "PAST_REF"),
    ("The two sides were allies until recently.", MON, "recently", "DATE", "PAST_REF"),
    ("The two sides are at present allies.", MON, "at present", "DATE", "PRESENT_REF"),
    ("Violence has grown in recent years.", MON, "recent years", "DURATION", "PXY"),
    ("Violence has grown over the past few years.", MON, "the past few years", "DURATION", "PXY"),
    ("The unit was disbanded a few years ago.", MON, "a few years ago", "DATE", "PAST_REF"),
    ("The siege lasted for years.", MON, "years", "DURATION", "PXY"),
    ("The dispute has lasted several months.", MON, "several months", "DURATION", "PXM"),
    ("The army will stay for the next few days.", MON, "the next few days", "DURATION", "PXD"),
    ("Prices were stable in recent weeks.", MON, "recent weeks", "DURATION", "PXW"),
    ("Raids have intensified in recent days.", JAN2, "recent days", "DURATION", "PXD"),
    ("The border could reopen in the weeks ahead.", MON, "the weeks ahead", "DURATION", "PXW"),
    ("The party has split over the years.", MON, "the years", "DURATION", "PXY"),
    ("In the years that followed, the rebels regrouped.", MON, "the years", "DURATION", "PXY"),
    ("The ministry will soon publish the report.", MON, "soon", "DATE", "FUTURE_REF"),
    ("Prosecutors may soon seek an indictment.", DEC30, "soon", "DATE", "FUTURE_REF"),
    ("The group expects exports to soon double.", JAN1, "soon", "DATE", "FUTURE_REF"),
    # --- durations
    ("Singh begins a three-day visit.", MON, "three-day", "DURATION", "P3D"),
    ("The leaders held two-hour talks.", MON, "two-hour", "DURATION", "PT2H"),
    ("The ceasefire lasted two weeks.", MON, "two weeks", "DURATION", "P2W"),
    ("The blockade lasted six months.", MON, "six months", "DURATION", "P6M"),
    ("The standoff lasted 48 hours.", MON, "48 hours", "DURATION", "PT48H"),
    ("The speech lasted 90 minutes.", MON, "90 minutes", "DURATION", "PT90M"),
    ("The trial could last a decade.", MON, "a decade", "DURATION", "P10Y"),
    ("He spent two and a half years in jail.", MON, "two and a half years", "DURATION", "P2Y6M"),
    ("Prices doubled over the past three years.", MON, "the past three years", "DURATION", "P3Y"),
    ("Output rose in the first nine months.", MON, "the first nine months", "DURATION", "P9M"),
    ("The country signed a 10-year pact.", MON, "10-year", "DURATION", "P10Y"),
    ("The raid lasted about an hour.", MON, "an hour", "DURATION", "PT1H"),
    ("The truce held for at least 72 hours.", MON, "at least 72 hours", "DURATION", "PT72H"),
    ("The vote came three days later.", MON, "three days", "DURATION", "P3D"),
    ("He had served a five-year term.", MON, "five-year", "DURATION", "P5Y"),
    # --- sets
    ("Officials meet daily.", MON, "daily", "SET", "P1D"),
    ("The council meets weekly.", MON, "weekly", "SET", "P1W"),
    ("The report is published annually.", MON, "annually", "SET", "P1Y"),
    ("Inspectors visit every week.", MON, "every week", "SET", "P1W"),
    ("The council meets every Monday.", MON, "every Monday", "SET", "XXXX-WXX-1"),
    ("The protests are held on Tuesday nights.", MON, "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ("The country earns $5 billion a year from oil.", MON, "a year", "SET", "P1Y"),
    # --- times of day
    ("The blast happened at 10:30 a.m.", MON, "10:30 a.m.", "TIME", "2019-11-04T10:30"),
    ("The curfew starts at 9 p.m. Tuesday.", MON, "9 p.m. Tuesday", "TIME", "2019-11-05T21:00"),
    (
        "The deadline expired at midnight Friday.",
        MON,
        "midnight Friday",
        "TIME",
        "2019-11-01T24:00",
    ),
    ("The ceremony began at noon.", MON, "noon", "TIME", "2019-11-04T12:00"),
    ("The blast happened at 14:30 local time.", MON, "14:30", "TIME", "2019-11-04T14:30"),
    ("The ceasefire began on 25/12/2019.", JAN2, "25/12/2019", "DATE", "2019-12-25"),
    ("The ceasefire began on 11/4/2019.", JAN2, "11/4/2019", "DATE", "2019-11-04"),
    ("Revenue rose in Q3 2019.", JAN2, "Q3 2019", "DATE", "2019-Q3"),
    ("Revenue rose in Q3.", MON, "Q3", "DATE", "2019-Q3"),
    # --- holidays
    ("The attack came on Christmas Day.", JAN2, "Christmas Day", "DATE", "2019-12-25"),
    ("Markets were shut on Christmas.", JAN1, "Christmas", "DATE", "2020-12-25"),
    ("The law takes effect on New Year's Day.", DEC28, "New Year's Day", "DATE", "2019-01-01"),
    ("Talks resumed after Thanksgiving.", date(2019, 12, 3), "Thanksgiving", "DATE", "2019-11-28"),
    # --- anaphoric expressions resolve against the narrative's reference time
    (
        "The bomb exploded on March 3, 2015. The next day, police arrested two men.",
        MON,
        "The next day",
        "DATE",
        "2015-03-04",
    ),
    (
        "The bomb exploded on March 3, 2015. Two men were arrested that day.",
        MON,
        "that day",
        "DATE",
        "2015-03-03",
    ),
    (
        "The party was founded in 1990. The following year, it won power.",
        MON,
        "The following year",
        "DATE",
        "1991",
    ),
    (
        "Profits rose in 2016. A year earlier, they had fallen.",
        MON,
        "A year earlier",
        "DATE",
        "2015",
    ),
    (
        "Shares fell on Oct. 11. The index was down 2% from the previous Friday.",
        MON,
        "the previous Friday",
        "DATE",
        "2019-10-04",
    ),
    (
        "Shares peaked on Oct. 12, the day before the market plunge.",
        MON,
        "the day",
        "DATE",
        "2019-10-12",
    ),
    # --- tense cues: reference-time adjuncts, deadlines, passives, plans, fronted adjuncts
    (
        "As of Wednesday evening, the guardian still had not signed the agreement.",
        WED,
        "Wednesday evening",
        "TIME",
        "2023-03-15TEV",
    ),
    (
        "Officials have given the family until 9 a.m. Tuesday to respond.",
        MON,
        "9 a.m. Tuesday",
        "TIME",
        "2019-11-05T09:00",
    ),
    ("The relatives keep the boy until the case is heard in May.", WED, "May", "DATE", "2023-05"),
    (
        "The split would be paid on a still unspecified date in January.",
        MON,
        "January",
        "DATE",
        "2020-01",
    ),
    (
        "The bank also created an office of the chairman, effective Feb. 1.",
        MON,
        "Feb. 1",
        "DATE",
        "2020-02-01",
    ),
    (
        "The offer had been due to expire Friday evening.",
        MON,
        "Friday evening",
        "TIME",
        "2019-11-01TEV",
    ),
    ("The team planned to leave Nairobi on Thursday.", WED, "Thursday", "DATE", "2023-03-16"),
    ("Exiles planned a large demonstration on Saturday.", WED, "Saturday", "DATE", "2023-03-18"),
    (
        "In January, a week after the anniversary of the Roe vs. Wade decision, a bomb killed a "
        "guard.",
        MON,
        "January",
        "DATE",
        "2019-01",
    ),
    ("Officials met Gov. Lee in January.", MON, "January", "DATE", "2019-01"),
    (
        "The minister could not be reached for comment Thursday.",
        MON,
        "Thursday",
        "DATE",
        "2019-10-31",
    ),
    ("The vote could come on Thursday.", MON, "Thursday", "DATE", "2019-11-07"),
    ("Lenders have extended the credit line through March.", MON, "March", "DATE", "2020-03"),
    ("The strike lasted through March.", MON, "March", "DATE", "2019-03"),
    (
        "The index is based on the close of 1969. Shares are up 12% since year-end.",
        MON,
        "year-end",
        "DATE",
        "2018",
    ),
    # --- month-days with last / next
    (
        "He was shot to death last Oct. 23 at his home.",
        date(1999, 4, 19),
        "last Oct. 23",
        "DATE",
        "1998-10-23",
    ),
    ("The vote is due next May 1.", MON, "next May 1", "DATE", "2020-05-01"),
    ("The station closed last Dec. 31.", JAN2, "last Dec. 31", "DATE", "2019-12-31"),
    # --- quarters in earnings reports: the reported quarter frames the figures
    (
        "The company expects weaker fourth-quarter results. In the latest quarter, it lost "
        "$2 million.",
        MON,
        "the latest quarter",
        "DATE",
        "2019-Q3",
    ),
    (
        "Net rose in the third quarter. After a flat second quarter, sales recovered. Costs "
        "were lower than in the year-earlier period.",
        MON,
        "the year-earlier period",
        "DATE",
        "2018-Q3",
    ),
    (
        "The company reported a loss for its fourth quarter ended Sept. 30. Sales in the latest "
        "period rose.",
        MON,
        "the latest period",
        "DATE",
        "2019-Q4",
    ),
    (
        "In the quarter ended July 31, the company earned $1 million.",
        MON,
        "the quarter",
        "DATE",
        "2019-Q2",
    ),
    (
        "He is charged with killing the doctor last fall in his home.",
        date(1999, 6, 7),
        "last fall",
        "DATE",
        "1998-FA",
    ),
    # --- sets and holidays
    (
        "He was arrested in each of the last three years.",
        MON,
        "each of the last three years",
        "SET",
        "P1Y",
    ),
    (
        "Protesters prayed as Easter week began.",
        date(2000, 4, 17),
        "Easter week",
        "DATE",
        "2000-W16",
    ),
    ("Pilgrims will arrive for Holy Week.", date(2019, 4, 1), "Holy Week", "DATE", "2019-W16"),
    # --- uncounted decades, centuries, millennia take TimeML's units E, C, L
    ("The town has stood for centuries.", MON, "centuries", "DURATION", "PXC"),
    ("The feud has lasted for decades.", MON, "decades", "DURATION", "PXE"),
    ("The empire lasted for millennia.", MON, "millennia", "DURATION", "PXL"),
    ("The feud has lasted two decades.", MON, "two decades", "DURATION", "P20Y"),
    # --- two quarters of a named year are its half; without a year they stay a duration
    (
        "The slump will last through at least the first two quarters of 2020.",
        MON,
        "the first two quarters of 2020",
        "DATE",
        "2020-H1",
    ),
    (
        "Output will rise in the last two quarters of next year.",
        DEC30,
        "the last two quarters of next year",
        "DATE",
        "2020-H2",
    ),
    ("Sales rose over the past two quarters.", MON, "the past two quarters", "DURATION", "P2Q"),
    # --- "the next year/month" in a past narrative follows the narrative's own date
    ("It was founded in 2015. The next year it went public.", MON, "The next year", "DATE", "2016"),
    (
        "The plant opened in June. The next month it closed.",
        MON,
        "The next month",
        "DATE",
        "2019-07",
    ),
    (
        "The plant opened in December 2018. The next month it closed.",
        JAN2,
        "The next month",
        "DATE",
        "2019-01",
    ),
    ("The firm will expand over the next year.", MON, "the next year", "DATE", "2020"),
    (
        "The firm was founded in 2015 and will expand the next year.",
        MON,
        "the next year",
        "DATE",
        "2020",
    ),
    # --- "a while"; the frame of "the first nine months of the year"
    ("They will have to live without power for a while.", MON, "a while", "DURATION", "PXX"),
    ("He left the party a while ago.", MON, "a while ago", "DATE", "PAST_REF"),
    ("Revenue rose in the first nine months of the year.", JAN1, "the year", "DATE", "2021"),
    ("Sales fell in the last two weeks of the month.", MON, "the month", "DATE", "2019-11"),
    # --- a counted plural noun before "a week" makes a rate (SET), unless it is an offset
    ("Qantas runs four flights a week to Bombay.", MON, "a week", "SET", "P1W"),
    ("Officials did hundreds of interviews a day.", MON, "a day", "SET", "P1D"),
    ("The bomb killed 12 people a week after the raid.", MON, "a week", "DURATION", "P1W"),
]


def _find(sentence: str, dct: date, expr: str) -> tuple[str, str]:
    found = find_timexes(sentence, dct)
    for t in found:
        if t.text == expr:
            return t.type, t.value
    got = [(t.text, t.value) for t in found]
    raise AssertionError(f"{expr!r} not extracted from {sentence!r}; got {got}")


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150
    dcts = {c[1] for c in CASES}
    assert {DEC30, JAN2, DEC28, JAN1} <= dcts  # late-December and early-January articles


@pytest.mark.parametrize(
    ("sentence", "dct", "expr", "typ", "value"), CASES, ids=[f"{c[2]}@{c[1]}" for c in CASES]
)
def test_expression(sentence: str, dct: date, expr: str, typ: str, value: str) -> None:
    assert _find(sentence, dct, expr) == (typ, value)


def test_period_is_marked_and_not_a_date() -> None:
    text = "Soldiers who lost their lives during the Second World War were honoured."
    found = find_timexes(text, MON)
    periods = [t for t in found if t.period]
    assert [t.text for t in periods] == ["the Second World War"]
    assert periods[0].begin is None
    assert find_timexes(text, MON, include_periods=False) == []


def test_vague_flag() -> None:
    (t,) = find_timexes("Tensions have risen recently.", MON)
    assert t.vague and t.begin is None


def test_not_temporal() -> None:
    for text in (
        "Singh will co-chair the 19th India-Russia commission.",
        "Prices may fall further.",
        "The army will march on the capital.",
        "He paid $2019 for 1,990 rifles.",
        "Turnout was 2015 votes.",
        "The 44-year-old protester fled.",
        "The fall of Mosul shocked the region.",
        "The situation is growing more dire by the day.",
        "The poster showed Gary Cooper in the film High Noon.",
        "He said on CBS's 60 Minutes that he was innocent.",
        "Funds hold more than a quarter of the high-yield market.",
        "He was soon released from hospital.",
        "The rebels retreated soon after the ceasefire.",
        "The envoy will leave as soon as the talks end.",
        "The years of war left the town in ruins.",
        "Riots have broken out for the past three summers.",
        "Once in a while he calls his brother.",
        "He was named man of the year.",
        "The weekend was quiet in the capital.",
        "The Weekend Edition carried the interview.",
    ):
        assert find_timexes(text, MON) == [], text


def test_year_range_covers_both_years() -> None:
    (t,) = find_timexes("The budget for 2019-20 was cut.", MON)
    assert (t.value, t.begin, t.finish) == ("2019", date(2019, 1, 1), date(2020, 12, 31))


def test_some_day_is_vague_future() -> None:
    (t,) = find_timexes("Islam will one day be the largest religion there.", MON)
    assert (t.text, t.value, t.vague) == ("one day", "FUTURE_REF", True)


def test_offsets_and_intervals() -> None:
    text = "India and Uzbekistan signed three MoUs last week."
    (t,) = find_timexes(text, MON)
    assert text[t.start : t.end] == t.text == "last week"
    assert (t.begin, t.finish, t.granularity) == (date(2019, 10, 28), date(2019, 11, 3), "week")


def test_quarter_frame_lasts_while_the_report_uses_it() -> None:
    """A report's quarter frames "a year earlier" as long as the report keeps referring to
    it, however long the report is."""
    filler = "Analysts were divided on the outlook for the unit. " * 30
    text = (
        f"Third-quarter profit rose. {filler}Sales in the latest quarter rose. {filler}"
        "Profit was up from a year earlier."
    )
    found = {t.text: t.value for t in find_timexes(text, MON)}
    assert found["a year earlier"] == "2018-Q3"


def test_past_same_weekday_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Newswire "said on Monday" in a Monday article is that day (the TBAQ convention); the
    stricter reading (the Monday before) is one switch away."""
    import dateline.time.relative as rel

    assert _find("Officials said here on Monday.", MON, "Monday")[1] == "2019-11-04"
    monkeypatch.setattr(rel, "PAST_SAME_WEEKDAY_IS_PUBLICATION_DAY", False)
    assert _find("Officials said here on Monday.", MON, "Monday")[1] == "2019-10-28"
    assert _find("Singh will embark on Monday.", MON, "Monday")[1] == "2019-11-04"
