"""dateline's CAMEO <-> PLOVER crosswalk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.events.cameo import (
    CAMEO_ROOTS,
    CAMEO_TO_PLOVER,
    LEGACY_TYPES,
    PLOVER_TO_CAMEO,
    cameo_root,
    cameo_to_plover,
    normalise_type,
    plover2_type,
    plover_to_cameo,
)
from dateline.events.patterns import EVENT_TYPES, MODES

# Where dateline's crosswalk and the 2021 CAMEO-PLOVER table give different *types*, each
# documented in docs/CROSSWALK.md.
KNOWN_TYPE_DISAGREEMENTS = {"055", "056", "057", "0813", "0814", "116", "163"}


def test_roots() -> None:
    assert sorted(CAMEO_ROOTS) == [f"{i:02d}" for i in range(1, 21)]
    assert CAMEO_ROOTS["04"] == "CONSULT" and CAMEO_ROOTS["19"] == "FIGHT"
    assert cameo_root("0874") == "08"
    with pytest.raises(ValueError):
        cameo_root("x1")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("036", ("AGREE", None)),
        ("0311", ("AGREE", None)),
        ("040", ("CONSULT", None)),
        ("041", ("CONSULT", "phone")),
        ("042", ("CONSULT", "visit")),
        ("043", ("CONSULT", "visit")),
        ("044", ("CONSULT", "third-party")),
        ("046", ("CONSULT", None)),
        ("051", ("COOPERATE", None)),
        ("057", ("AGREE", None)),
        ("055", ("CONCEDE", None)),
        ("061", ("COOPERATE", None)),
        ("073", ("AID", None)),
        ("0841", ("RETREAT", "release")),
        ("0871", ("RETREAT", "ceasefire")),
        ("083", ("CONCEDE", None)),
        ("090", ("ACCUSE", "investigate")),
        ("1053", ("DEMAND", "yield")),
        ("111", ("DISAPPROVE", "disapprove")),
        ("112", ("ACCUSE", "allege")),
        ("1124", ("ACCUSE", "allege")),
        ("125", ("REJECT", "meet")),
        ("138", ("THREATEN", "violence")),
        ("1411", ("PROTEST", "demo")),
        ("154", ("MOBILIZE", "troops")),
        ("163", ("SANCTION", "discontinue")),
        ("173", ("COERCE", "arrest")),
        ("1712", ("ASSAULT", "destroy")),
        ("186", ("ASSAULT", "targeted")),
        ("190", ("ASSAULT", None)),
        ("192", ("COERCE", "seize")),
        ("195", ("ASSAULT", "aerial")),
        ("2041", ("ASSAULT", "unconventional")),
        ("015", ("OTHER", "statement")),
        ("023", ("REQUEST", "assist")),
    ],
)
def test_cameo_to_plover(code: str, expected: tuple[str, str | None]) -> None:
    assert cameo_to_plover(code) == expected


@pytest.mark.parametrize("code", ["", "x", "7", "21", "999", "ABC", "00"])
def test_cameo_to_plover_rejects_non_codes(code: str) -> None:
    assert cameo_to_plover(code) is None


def test_every_code_of_every_root_maps_to_a_valid_type_and_mode() -> None:
    for root in CAMEO_ROOTS:
        for code in [
            root,
            *(f"{root}{d}" for d in range(10)),
            *(f"{root}{d}{e}" for d in range(10) for e in range(1, 6)),
        ]:
            type_, mode = cameo_to_plover(code)
            assert type_ in EVENT_TYPES
            assert mode is None or mode in MODES[type_], code


@pytest.mark.parametrize(
    ("type_", "mode", "code"),
    [
        ("AGREE", None, "030"),
        ("CONSULT", "visit", "042"),
        ("CONSULT", "phone", "041"),
        ("CONSULT", "unknown-mode", "040"),
        ("ASSAULT", "aerial", "195"),
        ("ASSAULT", None, "190"),
        ("SANCTION", "discontinue", "163"),
        ("DEMAND", None, "100"),
        ("REQUEST", None, "020"),
        ("DISAPPROVE", None, "111"),
        ("FIGHT", None, "190"),
        ("consult", "-", "040"),
    ],
)
def test_plover_to_cameo(type_: str, mode: str | None, code: str) -> None:
    assert plover_to_cameo(type_, mode) == code


def test_plover_to_cameo_other_and_unknown() -> None:
    assert plover_to_cameo("OTHER", None) is None
    assert plover_to_cameo("NOT-A-TYPE", None) is None


def test_default_codes_round_trip_to_their_type() -> None:
    for (type_, mode), code in PLOVER_TO_CAMEO.items():
        back = cameo_to_plover(code)
        assert back is not None
        if (type_, mode) == ("RETREAT", "resign"):  # CAMEO has no resignation code
            continue
        assert plover2_type(back[0]) == plover2_type(type_), (type_, mode, code)


def test_every_type_but_other_has_a_default() -> None:
    for type_ in EVENT_TYPES:
        assert (plover_to_cameo(type_) is None) == (type_ == "OTHER")


def test_legacy_and_plover2_names() -> None:
    assert normalise_type("fight") == "ASSAULT"
    assert normalise_type("INVESTIGATE") == "ACCUSE"
    assert normalise_type("SUPPORT") == "COOPERATE"
    assert plover2_type("DEMAND") == "REQUEST"
    assert plover2_type("DISAPPROVE") == "ACCUSE"
    assert plover2_type("CONSULT") == "CONSULT"
    assert set(LEGACY_TYPES.values()) <= set(EVENT_TYPES)
    assert all(v[0] in EVENT_TYPES for v in CAMEO_TO_PLOVER.values())


def test_legacy_map_covers_every_type_name_in_the_plover_gold(shared: Path) -> None:
    import json

    path = shared / "gold" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    names = {r["event"] for r in json.loads(path.read_text()) if r["event"] != "DOCUMENT"}
    for name in names:
        assert normalise_type(name) in EVENT_TYPES, name


def test_agreement_with_the_2021_table(shared: Path) -> None:
    """Type-level agreement with CAMEO2PLOVER-2021.txt, except the documented cases."""
    path = shared / "gold" / "plover_gsr" / "CAMEO2PLOVER-2021.txt"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if m:
            rows.append((m.group(1), m.group(2)))
    assert len(rows) > 200
    disagree = {
        code
        for code, theirs in rows
        if plover2_type(cameo_to_plover(code)[0]) != plover2_type(theirs)
    }
    assert disagree == KNOWN_TYPE_DISAGREEMENTS
