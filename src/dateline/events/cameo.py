"""dateline's CAMEO <-> PLOVER crosswalk (documented in docs/CROSSWALK.md).

Written by us from CAMEO's public code structure (root codes 01-20, 3- and 4-digit
subcodes) and the PLOVER 2.0 manual's type and mode definitions. dateline's event types
are the 17 political PLOVER types of its ontology plus OTHER (``EVENT_TYPES``); two of them,
DEMAND and DISAPPROVE, are finer than PLOVER 2.0 and fold into REQUEST and ACCUSE through
``plover2_type``.

- ``cameo_to_plover(code)``: the (type, mode) of any CAMEO code, by its most specific prefix.
- ``plover_to_cameo(type, mode)``: a default CAMEO code for a type and mode.
- ``modal_cameo(code, modality)``: CAMEO's code for an act that is only planned, possible
  or hypothetical: cooperation becomes its intent code (03x), planned conflict a threat (13x).
- ``content_cameo(type_, code, content)``: a speech act coded by the act it is about
  ("agreed to lift sanctions" 0354, "threatened to bomb" 1384, "urged X to release" 0253,
  "refused to withdraw" 1246).
- ``LEGACY_TYPES``: older PLOVER type names (as used in the PLOVER gold standard records,
  version 0.5b1) mapped onto dateline's types.
"""

from __future__ import annotations

__all__ = [
    "CAMEO_ROOTS",
    "CAMEO_TO_PLOVER",
    "LEGACY_TYPES",
    "PLOVER2_TYPES",
    "PLOVER_TO_CAMEO",
    "cameo_root",
    "cameo_to_plover",
    "content_cameo",
    "modal_cameo",
    "normalise_type",
    "plover2_type",
    "plover_to_cameo",
]

CAMEO_ROOTS: dict[str, str] = {
    "01": "MAKE PUBLIC STATEMENT",
    "02": "APPEAL",
    "03": "EXPRESS INTENT TO COOPERATE",
    "04": "CONSULT",
    "05": "ENGAGE IN DIPLOMATIC COOPERATION",
    "06": "ENGAGE IN MATERIAL COOPERATION",
    "07": "PROVIDE AID",
    "08": "YIELD",
    "09": "INVESTIGATE",
    "10": "DEMAND",
    "11": "DISAPPROVE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "EXHIBIT FORCE POSTURE",
    "16": "REDUCE RELATIONS",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "FIGHT",
    "20": "USE UNCONVENTIONAL MASS VIOLENCE",
}

_T = tuple[str, str | None]

# CAMEO code prefix -> (dateline type, PLOVER mode). Lookups use the longest prefix present.
CAMEO_TO_PLOVER: dict[str, _T] = {
    # 01 statements: no PLOVER event type.
    "01": ("OTHER", "statement"),
    # 02 appeals are requests.
    "02": ("REQUEST", None),
    "020": ("REQUEST", None),
    "021": ("REQUEST", "assist"),
    "022": ("REQUEST", "assist"),
    "023": ("REQUEST", "assist"),
    "024": ("REQUEST", "change"),
    "025": ("REQUEST", "yield"),
    "026": ("REQUEST", "meet"),
    "027": ("REQUEST", "meet"),
    "028": ("REQUEST", "meet"),
    # 03 intent to cooperate: AGREE (as in the 2021 CAMEO-PLOVER table).
    "03": ("AGREE", None),
    # 04 consult.
    "04": ("CONSULT", None),
    "041": ("CONSULT", "phone"),
    "042": ("CONSULT", "visit"),
    "043": ("CONSULT", "visit"),
    "044": ("CONSULT", "third-party"),
    # 05 diplomatic cooperation: PLOVER 2.0 SUPPORT, which dateline codes COOPERATE, except
    # signing (AGREE) and apologising / forgiving (CONCEDE).
    "05": ("COOPERATE", None),
    "055": ("CONCEDE", None),
    "056": ("CONCEDE", None),
    "057": ("AGREE", None),
    # 06 material cooperation.
    "06": ("COOPERATE", None),
    # 07 aid.
    "07": ("AID", None),
    # 08 yield: verbal concessions CONCEDE, material ones RETREAT.
    "08": ("CONCEDE", None),
    "084": ("RETREAT", "release"),
    "0842": ("RETREAT", None),
    "085": ("RETREAT", None),
    "086": ("RETREAT", "access"),
    "087": ("RETREAT", None),
    "0871": ("RETREAT", "ceasefire"),
    "0872": ("RETREAT", "withdraw"),
    "0873": ("RETREAT", "disarm"),
    "0874": ("RETREAT", "withdraw"),
    # 09 investigate.
    "09": ("ACCUSE", "investigate"),
    # 10 demand.
    "10": ("DEMAND", None),
    "101": ("DEMAND", "assist"),
    "102": ("DEMAND", "assist"),
    "103": ("DEMAND", "assist"),
    "104": ("DEMAND", "change"),
    "105": ("DEMAND", "yield"),
    "106": ("DEMAND", "meet"),
    "107": ("DEMAND", "meet"),
    "108": ("DEMAND", "meet"),
    # 11 disapprove: criticism DISAPPROVE, accusations ACCUSE, verdicts SANCTION convict.
    "11": ("DISAPPROVE", "disapprove"),
    "112": ("ACCUSE", "allege"),
    "115": ("ACCUSE", "allege"),
    "116": ("SANCTION", "convict"),
    # 12 reject.
    "12": ("REJECT", None),
    "121": ("REJECT", "assist"),
    "122": ("REJECT", "assist"),
    "123": ("REJECT", "change"),
    "124": ("REJECT", "yield"),
    "1241": ("REJECT", "change"),
    "1242": ("REJECT", "change"),
    "125": ("REJECT", "meet"),
    "126": ("REJECT", "meet"),
    "127": ("REJECT", "meet"),
    # 13 threaten.
    "13": ("THREATEN", None),
    "131": ("THREATEN", "restrict"),
    "1311": ("THREATEN", "relations"),
    "1313": ("THREATEN", "relations"),
    "132": ("THREATEN", "restrict"),
    "133": ("THREATEN", "restrict"),
    "134": ("THREATEN", "relations"),
    "135": ("THREATEN", "relations"),
    "136": ("THREATEN", "expel"),
    "137": ("THREATEN", "violence"),
    "138": ("THREATEN", "violence"),
    "1381": ("THREATEN", "restrict"),
    "1382": ("THREATEN", "territory"),
    "139": ("THREATEN", "relations"),
    # 14 protest.
    "14": ("PROTEST", None),
    "141": ("PROTEST", "demo"),
    "142": ("PROTEST", "hunger"),
    "143": ("PROTEST", "strike"),
    "144": ("PROTEST", "obstruct"),
    "145": ("PROTEST", "riot"),
    # 15 exhibit force posture.
    "15": ("MOBILIZE", None),
    "151": ("MOBILIZE", "police"),
    "152": ("MOBILIZE", "troops"),
    "153": ("MOBILIZE", "police"),
    "154": ("MOBILIZE", "troops"),
    "155": ("MOBILIZE", "weapons"),
    # 16 reduce relations.
    "16": ("SANCTION", None),
    "161": ("SANCTION", "discontinue"),
    "162": ("SANCTION", "discontinue"),
    "163": ("SANCTION", "discontinue"),
    "164": ("SANCTION", "withdraw"),
    "165": ("SANCTION", "withdraw"),
    "166": ("SANCTION", "expel"),
    # 17 coerce.
    "17": ("COERCE", None),
    "171": ("COERCE", "seize"),
    "1712": ("ASSAULT", "destroy"),
    "172": ("COERCE", "restrict"),
    "1721": ("COERCE", "censor"),
    "1723": ("COERCE", "curfew"),
    "1724": ("COERCE", "martial-law"),
    "173": ("COERCE", "arrest"),
    "174": ("COERCE", "deport"),
    "175": ("ASSAULT", "crowd-control"),
    "176": ("COERCE", "cyber"),
    # 18 assault.
    "18": ("ASSAULT", None),
    "181": ("ASSAULT", "abduct"),
    "182": ("ASSAULT", "beat"),
    "1821": ("ASSAULT", "sexual"),
    "1822": ("ASSAULT", "torture"),
    "183": ("ASSAULT", "explosives"),
    "1831": ("ASSAULT", "suicide-attack"),
    "184": ("ASSAULT", "abduct"),
    "185": ("ASSAULT", "targeted"),
    "186": ("ASSAULT", "targeted"),
    # 19 fight: conventional force is ASSAULT; blockade and occupation are COERCE.
    "19": ("ASSAULT", None),
    "191": ("COERCE", "restrict"),
    "192": ("COERCE", "seize"),
    "193": ("ASSAULT", "firearms"),
    "194": ("ASSAULT", "heavy-weapons"),
    "195": ("ASSAULT", "aerial"),
    "1951": ("ASSAULT", "aerial"),
    "1952": ("ASSAULT", "drone"),
    # 20 unconventional mass violence.
    "20": ("ASSAULT", None),
    "202": ("ASSAULT", "targeted"),
    "204": ("ASSAULT", "unconventional"),
}

# (type, mode) -> default CAMEO code; (type, None) is the type's default.
PLOVER_TO_CAMEO: dict[tuple[str, str | None], str] = {
    ("AGREE", None): "030",
    ("CONSULT", None): "040",
    ("CONSULT", "visit"): "042",
    ("CONSULT", "phone"): "041",
    ("CONSULT", "third-party"): "044",
    ("CONSULT", "multilateral"): "040",
    ("COOPERATE", None): "060",
    ("AID", None): "070",
    ("CONCEDE", None): "080",
    ("RETREAT", None): "087",
    ("RETREAT", "withdraw"): "0874",
    ("RETREAT", "release"): "0841",
    ("RETREAT", "disarm"): "0873",
    ("RETREAT", "ceasefire"): "0871",
    ("RETREAT", "access"): "086",
    ("RETREAT", "resign"): "0831",
    ("REQUEST", None): "020",
    ("REQUEST", "assist"): "021",
    ("REQUEST", "change"): "024",
    ("REQUEST", "yield"): "025",
    ("REQUEST", "meet"): "026",
    ("DEMAND", None): "100",
    ("DEMAND", "assist"): "101",
    ("DEMAND", "change"): "104",
    ("DEMAND", "yield"): "105",
    ("DEMAND", "meet"): "106",
    ("ACCUSE", None): "112",
    ("ACCUSE", "allege"): "112",
    ("ACCUSE", "investigate"): "090",
    ("ACCUSE", "disapprove"): "111",
    ("DISAPPROVE", None): "111",
    ("DISAPPROVE", "disapprove"): "111",
    ("DISAPPROVE", "allege"): "112",
    ("DISAPPROVE", "investigate"): "090",
    ("REJECT", None): "120",
    ("REJECT", "assist"): "121",
    ("REJECT", "change"): "123",
    ("REJECT", "yield"): "124",
    ("REJECT", "meet"): "125",
    ("THREATEN", None): "130",
    ("THREATEN", "restrict"): "131",
    ("THREATEN", "arrest"): "132",
    ("THREATEN", "relations"): "1313",
    ("THREATEN", "expel"): "136",
    ("THREATEN", "territory"): "1382",
    ("THREATEN", "violence"): "138",
    ("PROTEST", None): "140",
    ("PROTEST", "demo"): "141",
    ("PROTEST", "riot"): "145",
    ("PROTEST", "strike"): "143",
    ("PROTEST", "hunger"): "142",
    ("PROTEST", "boycott"): "143",
    ("PROTEST", "obstruct"): "144",
    ("PROTEST", "vandalize"): "145",
    ("SANCTION", None): "160",
    ("SANCTION", "convict"): "116",
    ("SANCTION", "expel"): "166",
    ("SANCTION", "withdraw"): "164",
    ("SANCTION", "discontinue"): "163",
    ("MOBILIZE", None): "150",
    ("MOBILIZE", "troops"): "154",
    ("MOBILIZE", "police"): "153",
    ("MOBILIZE", "weapons"): "152",
    ("MOBILIZE", "militia"): "154",
    ("COERCE", None): "170",
    ("COERCE", "seize"): "171",
    ("COERCE", "restrict"): "172",
    ("COERCE", "censor"): "1721",
    ("COERCE", "curfew"): "1723",
    ("COERCE", "martial-law"): "1724",
    ("COERCE", "arrest"): "173",
    ("COERCE", "deport"): "174",
    ("COERCE", "withhold"): "172",
    ("COERCE", "misinformation"): "170",
    ("COERCE", "cyber"): "176",
    ("ASSAULT", None): "190",
    ("ASSAULT", "abduct"): "181",
    ("ASSAULT", "beat"): "182",
    ("ASSAULT", "torture"): "1822",
    ("ASSAULT", "sexual"): "1821",
    ("ASSAULT", "targeted"): "186",
    ("ASSAULT", "destroy"): "1712",
    ("ASSAULT", "primitive"): "180",
    ("ASSAULT", "firearms"): "193",
    ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "suicide-attack"): "1831",
    ("ASSAULT", "aerial"): "195",
    ("ASSAULT", "drone"): "1952",
    ("ASSAULT", "heavy-weapons"): "194",
    ("ASSAULT", "crowd-control"): "175",
    ("ASSAULT", "unconventional"): "204",
}

# dateline's two types that are finer than PLOVER 2.0, folded for PLOVER 2.0 consumers.
PLOVER2_TYPES: dict[str, str] = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE"}

# Older PLOVER type names (PLOVER 0.5b1 gold standard, CAMEO root names) -> dateline types.
LEGACY_TYPES: dict[str, str] = {
    "DEMAND": "DEMAND",  # PLOVER 0.5b1 DEMAND covers requests too; folds into REQUEST
    "DISAPPROVE": "DISAPPROVE",  # folds into ACCUSE (disapprove)
    "INVESTIGATE": "ACCUSE",  # ACCUSE investigate in PLOVER 2.0
    "FIGHT": "ASSAULT",  # PLOVER 2.0 merged FIGHT into ASSAULT
    "SUPPORT": "COOPERATE",  # PLOVER 2.0 SUPPORT; dateline has no SUPPORT type
    "YIELD": "CONCEDE",
    "APPEAL": "REQUEST",
    "EXHIBIT FORCE POSTURE": "MOBILIZE",
    "REDUCE RELATIONS": "SANCTION",
    "PROVIDE AID": "AID",
}


def _digits(code: str) -> str:
    code = code.strip()
    if not code.isdigit() or len(code) < 2:
        raise ValueError(f"'{code}' is not a CAMEO event code (2 to 4 digits)")
    return code


def cameo_root(code: str) -> str:
    """The root (first two digits) of a CAMEO code: "0874" -> "08"."""
    return _digits(code)[:2]


def cameo_to_plover(code: str) -> tuple[str, str | None] | None:
    """dateline type and PLOVER mode for a CAMEO code (most specific prefix); None for codes
    outside CAMEO's roots 01-20 or non-numeric codes."""
    try:
        digits = _digits(code)
    except ValueError:
        return None
    if digits[:2] not in CAMEO_ROOTS:
        return None
    for n in range(len(digits), 1, -1):
        hit = CAMEO_TO_PLOVER.get(digits[:n])
        if hit is not None:
            return hit
    return None  # pragma: no cover - every root has an entry


def plover_to_cameo(type_: str, mode: str | None = None) -> str | None:
    """Default CAMEO code for a type and mode (the type's default for an unknown mode);
    None for OTHER and unknown types."""
    t = normalise_type(type_)
    m = mode if mode not in ("", "-") else None
    return PLOVER_TO_CAMEO.get((t, m)) or PLOVER_TO_CAMEO.get((t, None))


def normalise_type(name: str) -> str:
    """An event type name in dateline's vocabulary (legacy names mapped, upper case)."""
    up = name.strip().upper()
    return LEGACY_TYPES.get(up, up)


def plover2_type(name: str) -> str:
    """The PLOVER 2.0 type for a dateline or legacy type name (DEMAND -> REQUEST, ...)."""
    t = normalise_type(name)
    return PLOVER2_TYPES.get(t, t)


# ------------------------------------------------------------------ modality and content
# CAMEO codes the verbal counterpart of an act with its own categories: 03 "express intent
# to cooperate" (offer, promise, agree to ...), 02/10 appeals and demands that another
# cooperates or yields, 12 refusals, 13 threats. Each of them repeats the structure of the
# act categories (04-08, 16-20), which these tables follow code by code (CAMEO 1.1b3
# codebook; docs/CROSSWALK.md).

# act code prefix -> "express intent to" code (03x)
INTENT_CODES: dict[str, str] = {
    "04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313",
    "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354",
    "086": "0355", "087": "0356",
}
# act code prefix -> "threaten" code (13x): sanctions 131-136, dissent 133 (protests,
# rallies, boycotts, strikes), repression 137, force 138
THREAT_CODES: dict[str, str] = {
    "14": "133", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134",
    "165": "135", "166": "136", "17": "137", "172": "132", "1721": "1321", "1722": "1322",
    "1723": "1323", "1724": "1324", "18": "1383", "19": "1384", "191": "1381",
    "192": "1382", "20": "1383", "204": "1385",
}
# act code prefix -> "appeal for" code (02x); a demand (10x) has the same subcode
APPEAL_CODES: dict[str, str] = {
    "04": "026", "044": "028", "045": "028", "05": "022", "06": "021", "061": "0211",
    "062": "0212", "063": "0213", "064": "0214", "07": "023", "071": "0231", "072": "0232",
    "073": "0233", "074": "0234", "08": "025", "081": "0251", "082": "0252", "083": "024",
    "084": "0253", "085": "0254", "086": "0255", "087": "0256",
}
# act code prefix -> "reject" / "refuse" code (12x)
REFUSAL_CODES: dict[str, str] = {
    "03": "120", "04": "125", "044": "126", "045": "126", "05": "120", "06": "121",
    "061": "1211", "062": "1212", "063": "1213", "07": "122", "071": "1221", "072": "1222",
    "073": "1223", "074": "1224", "08": "124", "081": "1241", "082": "1242", "083": "123",
    "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}
# modalities under which an act is only intended; a hedged report ("possible") of
# conflict is no threat, so threats need a plan or a condition
INTENT_MODALITIES = frozenset({"planned", "possible", "hypothetical"})
THREAT_MODALITIES = frozenset({"planned", "hypothetical"})


def _by_prefix(table: dict[str, str], code: str | None) -> str | None:
    if not code or not code.isdigit():
        return None
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n])
        if hit is not None:
            return hit
    return None


def modal_cameo(code: str | None, modality: str, expressed: bool = True) -> str | None:
    """The CAMEO code of an act under its modality, when its doer ``expressed`` the intent
    (CAMEO 03: "offer, promise, agree to, or otherwise indicate willingness or commitment";
    13: "threaten"): a planned, possible or hypothetical consultation, cooperation, aid or
    concession is CAMEO's "express intent to" code ("said it will visit" 042 -> 036, "plans
    to lift sanctions" 085 -> 0354); a planned or hypothetical reduction of relations,
    coercion or assault is a threat ("wants to attack" 190 -> 1384, "vowed to impose
    sanctions" 163 -> 1312), and so is a protest ("said they would boycott" 143 -> 133).
    A plan nobody is said to express ("is scheduled to visit") keeps the act's code, as do
    asserted, negated and denied acts. Idempotent: intent and threat codes map to
    themselves."""
    if not code or not expressed:
        return code
    if modality in INTENT_MODALITIES:
        intent = _by_prefix(INTENT_CODES, code)
        if intent is not None:
            return intent
    if modality in THREAT_MODALITIES:
        threat = _by_prefix(THREAT_CODES, code)
        if threat is not None:
            return threat
    return code


# the speech acts whose code comes from their content, and the table for each
_CONTENT_TABLES: dict[str, dict[str, str]] = {
    "AGREE": INTENT_CODES,
    "THREATEN": THREAT_CODES,
    "REQUEST": APPEAL_CODES,
    "DEMAND": APPEAL_CODES,
    "REJECT": REFUSAL_CODES,
}


def content_cameo(type_: str, code: str | None, content: str | None) -> str | None:
    """The code of an agreement, threat, request, demand or refusal whose content is an
    act with CAMEO code ``content``: "agreed to lift the sanctions" (085) is 0354, "threatened
    to impose sanctions" (163) 1312, "asked X to release the hostages" (0841) 0253,
    "demanded a ceasefire" 1056, "refused to withdraw" (0874) 1246. Only a generic code
    (the category's own, e.g. 030 or 120) is refined; a pattern's specific code stays."""
    table = _CONTENT_TABLES.get(normalise_type(type_))
    if table is None or not code or not content or len(code) != 3 or not code.endswith("0"):
        return code
    hit = _by_prefix(table, content)
    if hit is None:
        return code
    if normalise_type(type_) == "DEMAND":
        hit = "10" + hit[2:]
    return hit if hit[:2] == code[:2] else code
