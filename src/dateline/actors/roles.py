"""Titles and nominal actors -> sector codes, and the normalised role text.

Sector codes follow the PLOVER/CAMEO agent vocabulary as used by the NGEC coder: GOV
government, MIL military, COP police, JUD judiciary, LEG legislature, PTY party, ELI
elite/former officials, REB rebels, OPP opposition, CVL civilians, BUS business, MED
medical, HLH health, EDU education, REL religion, JRN journalists, SPY intelligence,
PRM paramilitary, UAF unidentified armed forces, CRM criminals, AGR agriculture, LAB
labour, REF refugees, NGO, SOC civil-society, PRE breakaway state, UNK unknown.

All tables are dateline's own. Keys are lower-case lemmas (singular) or multi-word
phrases of lemmas.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "CORPORATE_SUFFIXES",
    "ELITE_MODIFIERS",
    "LEADER_WORDS",
    "MEMBER_SECTORS",
    "PORTFOLIOS",
    "PORTFOLIO_NAMES",
    "ROLE_WORDS",
    "RoleInfo",
    "SPEECH_NOUNS",
    "TITLE_WORDS",
    "normalise_role",
    "role_info",
]


@dataclass(frozen=True)
class RoleInfo:
    sectors: tuple[str, ...]
    person: bool  # a title a person holds ("minister") rather than a body ("ministry")
    group: bool = False  # a plural/collective actor ("troops", "police")
    titled: bool = False  # written before a name as a title ("General Sergei Shoigu")


def _table(spec: str, person: bool, group: bool = False, titled: bool = False
           ) -> dict[str, RoleInfo]:
    out: dict[str, RoleInfo] = {}
    for line in spec.strip().splitlines():
        sectors, words = line.split(":", 1)
        info = RoleInfo(tuple(sectors.split()), person, group, titled)
        for w in words.split(","):
            if w.strip():
                out[w.strip()] = info
    return out


# Titles written before a person's name (person=True, titled=True).
_TITLES = """
GOV: president, vice president, prime minister, premier, chancellor, minister, secretary,
GOV: deputy minister, foreign minister, king, queen, prince, crown prince, emir, sultan
GOV: governor, mayor, ambassador, envoy, president-elect, chief minister, vice-president
GOV: secretary of state, deputy prime minister, state secretary, commissioner, consul
GOV: sheikh, monarch, dictator, chairman, vice chairman, premier-designate
GOV: secretary-general, secretary general, under-secretary-general, director-general
GOV: director general
GOV: chief, chief of staff
MIL: general, gen., lieutenant general, major general, brigadier, brigadier general, colonel
MIL: col., admiral, vice admiral, rear admiral, lt. gen., maj. gen., commander, marshal
MIL: field marshal, colonel-general, lieutenant-colonel, lieutenant colonel, major-general
MIL: lieutenant-general, air marshal, army chief, commodore, sergeant, chief of defence staff
LEG: senator, sen., congressman, congresswoman, representative, rep., lawmaker, speaker
LEG: mp, legislator, parliamentarian, deputy speaker
JUD: judge, justice, chief justice, prosecutor, attorney general, magistrate
REL: pope, imam, ayatollah, grand ayatollah, cardinal, archbishop, bishop, rabbi
REL: patriarch, cleric, mullah, reverend, rev., father, sheikh-ul-islam, dalai lama
EDU: professor, prof., dr.
"""

# Nouns naming a person by role (not usually a pre-name title).
_PERSONS = """
GOV: official, spokesman, spokeswoman, spokesperson, diplomat, bureaucrat, civil servant
GOV: aide, adviser, advisor, head of state, head of government, leader, cabinet member
GOV: negotiator, delegate, counterpart, administrator, governor's spokesman, mediator
GOV: coordinator
MIL: soldier, officer, peacekeeper, peacekeeping troops, troop, serviceman, servicemen
MIL: marine, sailor, airman, pilot
MIL: paratrooper, commando, army officer, military officer, veteran, cadet
COP: police officer, policeman, policewoman, cop, detective, inspector, constable
COP: border guard, immigration inspector, immigration officer, customs officer, gendarme
LEG: lawmaker, legislator, senator, mp, deputy, parliamentarian, congressman
JUD: lawyer, attorney, judge, prosecutor, barrister, solicitor, juror
REB: rebel, insurgent, militant, guerrilla, guerilla, jihadi, jihadist, mujahideen
REB: mujahedin, separatist, extremist, terrorist, fighter, insurgency
UAF: gunman, gunmen, mercenary, armed man, assailant, attacker, sniper
PRM: paramilitary, militiaman, militia, vigilante, self-defense force, self defense force
OPP: protester, protestor, demonstrator, dissident, opposition activist, opposition
OPP: antiwar protester, anti-government protester, opponent, rioter, marcher
CVL: civilian, resident, villager, citizen, people, tourist, netizen, youth, woman
CVL: child, pedestrian, passenger, worker, crowd, family, mob, man and woman
CVL: political prisoner, hostage, victim, inhabitant, local, man and woman, men and women
CVL: celebrity, singer, actor, actress
CVL: prisoner, inmate, detainee, settler, squatter, villager, student protester
BUS: businessman, businesswoman, executive, ceo, chief executive, entrepreneur, trader
BUS: chief executive officer, chief financial officer, chief operating officer
BUS: executive officer, executive vice president, senior vice president, treasurer
BUS: executive vice-president, senior vice-president, chief financial officer
BUS: investor, banker, industrialist, industry captain, captain of industry, shareholder
BUS: chairman of the board, businesspeople, company, firm, corporation, bank, industry
BUS: manufacturer, exporter, importer, conglomerate
EDU: student, professor, academic, scholar, researcher, scientist, teacher, expert, analyst
EDU: lecturer, economist, university, college, school, institute, think tank
MED: doctor, nurse, medic, physician, surgeon, paramedic, ambulance, hospital
MED: health worker, medical worker, medical service, clinic
HLH: health ministry
REL: cleric, imam, priest, monk, nun, preacher, clergy, clergyman, religious leader
REL: muslim leader, christian leader, jewish leader, community leader, worshipper
REL: church, mosque, synagogue, temple, muslim cleric
JRN: journalist, reporter, correspondent, editor, blogger, news agency, newspaper
JRN: broadcaster, media, press
CRM: criminal, thief, smuggler, gangster, gang, trafficker, drug trafficker, kidnapper
CRM: robber, bandit, pirate, cartel, syndicate, wanted person, fugitive, drug lord
CRM: smuggling gang, car theft syndicate, motorcycle thief, mafia, hacker
SPY: intelligence, spy, intelligence officer, intelligence agency, intelligence service
SPY: secret service
SPY: intelligence agency officer, spymaster, military intelligence agency
AGR: farmer, peasant, agricultural worker, herder, fisherman, grower
LAB: union, trade union, labor union, labour union, unionist, striker, guild, teamsters
LAB: labor federation, labour federation, union federation, trade union federation
REF: refugee, displaced, displaced person, asylum seeker, migrant, internally displaced
NGO: ngo, charity, aid agency, aid worker, humanitarian, non-governmental organization
SOC: human rights league, human rights group, rights group, activist, campaigner
PTY: party, ruling party, party member, party leader
OPP: opposition party, opposition group, opposition coalition, opposition leader
PRE: breakaway state, breakaway region, partially recognized country, separatist region
PRE: self-proclaimed republic, partially recognised country, de facto state
"""

# Bodies and institutions (not persons).
_BODIES = """
GOV: government, ministry, department, cabinet, administration, authority, agency
GOV: regime, office, presidency, council, commission, state government, embassy
GOV: consulate, municipality, city hall, governorate, bureau, directorate, junta
GOV: ombudsman, ombudsman's office, president's office, state news agency, state media
GOV: treasury, foreign ministry, interior ministry, finance ministry
MIL: army, navy, air force, military, armed forces, forces, troops, fleet, defence force
MIL: defense force, national guard, coast guard, garrison, battalion, brigade, regiment
MIL: division, artillery, special forces, marines, naval forces
MIL: peacekeeping force, multinational force, task force, intervention force
MIL: stabilisation force, stabilization force, expeditionary force
COP: police, police force, police station, riot police, security forces, gendarmerie
COP: metropolitan police, border police, cyber police, crowd control police, border patrol
LEG: parliament, legislature, assembly, senate, congress, national assembly
LEG: congressional group, parliamentary committee, lower house, upper house
JUD: court, supreme court, tribunal, high court, judiciary
"""

# Collective nouns whose sector comes from their members ("a delegation of ... captains").
_COLLECTIVES = """
UNK: group, team, man, men, group of men, person, individual, occupier
GOV: delegation
"""

# Military hardware standing for its operators ("two Chinese warplanes").
_HARDWARE = """
MIL: warplane, jet, fighter jet, destroyer, warship, frigate, submarine, tank, bomber
MIL: drone, aircraft carrier, gunboat, helicopter gunship, military aircraft, battleship
MIL: aircraft, helicopter, gunship, fighter plane, military plane, military vehicle
MIL: armored vehicle, armoured vehicle, military convoy, navy ship, naval vessel
"""

# Religious communities (CAMEO religion codes).
_FAITHS = """
BUD: buddhist, buddhist monk
MOS: muslim
CHR: christian, catholic, protestant
JEW: jew, jewish community
HIN: hindu
SUN: sunni
SHI: shia, shiite, shi'ite
SIK: sikh
"""

ROLE_WORDS: dict[str, RoleInfo] = {}
ROLE_WORDS.update(_table(_BODIES, person=False, group=True))
ROLE_WORDS.update(_table(_PERSONS, person=True))
ROLE_WORDS.update(_table(_TITLES, person=True, titled=True))
ROLE_WORDS.update(_table(_HARDWARE, person=False, group=True))
ROLE_WORDS.update(_table(_COLLECTIVES, person=True, group=True))
ROLE_WORDS.update(_table(_FAITHS, person=True, group=True))
# Bodies that are plural groups of people.
for _w in ("troops", "police", "security forces", "armed forces", "special forces"):
    ROLE_WORDS[_w] = RoleInfo(ROLE_WORDS[_w].sectors, True, True)

TITLE_WORDS: frozenset[str] = frozenset(k for k, v in ROLE_WORDS.items() if v.titled)

# Portfolio words that add a sector to a minister, ministry, secretary or department.
PORTFOLIOS: dict[str, tuple[str, ...]] = {
    "defence": ("MIL",), "defense": ("MIL",), "military": ("MIL",), "war": ("MIL",),
    "armed forces": ("MIL",), "intelligence": ("SPY",), "health": ("HLH",),
    "justice": ("JUD",), "police": ("COP",), "education": ("EDU",),
    "agriculture": ("AGR",), "labour": ("LAB",), "labor": ("LAB",),
}

# Portfolio words of a minister or ministry with no sector of their own ("Finance
# Minister", "Trade Secretary"): never an organisation's name.
PORTFOLIO_NAMES: frozenset[str] = frozenset(PORTFOLIOS) | frozenset({
    "finance", "trade", "commerce", "industry", "energy", "oil", "petroleum", "economy",
    "economic", "economics", "interior", "home", "treasury", "planning", "mines", "mining",
    "information", "culture", "transport", "communications", "environment", "tourism",
    "fisheries", "housing", "sports", "budget", "foreign", "internal", "external",
    "international", "industrial", "development", "cooperation", "works", "public",
    "social", "affairs", "welfare", "security", "national", "state", "exterior",
    "trade and industry", "finance and economy",
})

# Words before a role that make it a former office holder: coded ELI (elite) instead of GOV.
ELITE_MODIFIERS: frozenset[str] = frozenset({"former", "retired", "ex", "ex-", "disgraced",
                                            "late", "then", "erstwhile", "one-time",
                                            "ousted", "deposed", "toppled", "exiled"})

# Person roles whose sector comes from the body they belong to ("president of the
# Riigikogu" -> LEG, "officials in the Defence Ministry" -> GOV, "a delegation of defence
# industry captains" -> BUS).
# Company name endings: an organisation so named is a business ("Temple Inland Inc").
CORPORATE_SUFFIXES: frozenset[str] = frozenset({
    "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "sa", "ag",
    "gmbh", "nv", "spa", "bhd", "corporation", "incorporated", "holdings", "pty", "ab", "asa",
    "airlines", "airways",  # "Malaysia Airlines", "British Airways": carriers are businesses
})

LEADER_WORDS: frozenset[str] = frozenset({
    "president", "chairman", "chairwoman", "chair", "head", "leader", "director", "chief",
    "member", "speaker", "spokesman", "spokeswoman", "spokesperson", "official", "officer",
    "representative", "delegation", "group", "team", "unit", "members", "source",
    "envoy", "secretary", "secretary-general", "secretary general", "commander", "boss",
    "team of", "staff", "employee", "worker", "people", "delegate", "minister",
})

# Armed organisations whose members keep the organisation's sector ("Boko Haram gunmen").
MEMBER_SECTORS: frozenset[str] = frozenset({"REB", "PRM", "CRM", "UAF", "MIL", "SPY",
                                            "PTY", "COP"})

# Heads that speak for an owner ("a Defence Ministry statement" -> the Defence Ministry).
SPEECH_NOUNS: frozenset[str] = frozenset({
    "statement", "communique", "release", "press release", "announcement", "report",
    "spokesman", "spokeswoman", "spokesperson", "letter", "declaration", "note", "website",
    "bulletin", "broadcast", "tweet", "decree",
})


def role_info(key: str) -> RoleInfo | None:
    return ROLE_WORDS.get(key)


def normalise_role(words: Sequence[str]) -> str | None:
    """Title-case a role, British spelling of defence, 'Minister of Defence' ->
    'Defence Minister', abbreviations expanded."""
    if not words:
        return None
    expand = {"sen.": "Senator", "gen.": "General", "col.": "Colonel", "rep.": "Representative",
              "lt.": "Lieutenant", "maj.": "Major", "prof.": "Professor", "dr.": "Doctor",
              "rev.": "Reverend", "defense": "Defence", "labor": "Labour"}
    out: list[str] = []
    for w in words:
        low = w.lower()
        if low in expand:
            out.append(expand[low])
        elif low in ("of", "and", "the", "for", "on"):
            out.append(low)
        elif w.isupper() and len(w) > 1:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    text = " ".join(out).replace(" - ", "-")
    m = _OF_PORTFOLIO.match(text)
    if m and m.group(3).lower() in _SWAPPABLE:
        text = f"{m.group(1)}{m.group(3)} {m.group(2)}"
    return text or None


# "Minister of Defence" -> "Defence Minister"; never "Secretary of State".
_SWAPPABLE = {"defence", "finance", "justice", "interior", "health", "education", "agriculture",
              "labour", "trade", "commerce", "energy", "culture", "transport", "industry",
              "mines", "environment", "information", "tourism", "economy", "communications",
              "war", "fisheries", "planning", "housing", "sports", "intelligence"}
_OF_PORTFOLIO = re.compile(r"^(.*?)\b(Minister|Ministry|Secretary) of (?:the )?([A-Z]\w+)$")
