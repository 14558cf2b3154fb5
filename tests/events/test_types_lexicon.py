"""The lexicon's subject column, compound objects and blocking rows (no spaCy needed)."""

from __future__ import annotations

import pytest

from dateline.events.patterns import PatternError, load_patterns, parse_patterns

OLD_HEADER = "type\tmode\tcameo\tpos\tlemma\tobject\tprep\tconfidence\tnote\n"
NEW_HEADER = "type\tmode\tcameo\tpos\tlemma\tobject\tprep\tsubject\tconfidence\tnote\n"


@pytest.fixture(scope="module")
def patterns():  # noqa: ANN201
    return load_patterns()


def test_files_without_a_subject_column_still_load() -> None:
    rows = parse_patterns(OLD_HEADER + "CONSULT\tvisit\t-\tVERB\tdrop\t-\tby\t0.6\n", "old.tsv")
    assert rows[0].subject == "-" and rows[0].preps == frozenset({"by"})


def test_subject_column_is_read_by_its_header_name() -> None:
    header = "type\tmode\tcameo\tpos\tlemma\tsubject\tobject\tprep\tconfidence\n"
    rows = parse_patterns(
        header + "MOBILIZE\ttroops\t-\tVERB\tpour\ttroop|tank column\t-\tinto\t0.7\n", "mine.tsv"
    )
    p = rows[0]
    assert p.subjects == frozenset({"troop", "tank column"}) and p.preps == frozenset({"into"})
    assert p.note == ""  # note is optional


def test_subject_constraint_filters_and_outranks(patterns) -> None:
    minister = patterns.match_verb("arrive", set(), {"in"}, {"minister", "foreign minister"})
    assert (minister[0].type, minister[0].mode) == ("CONSULT", "visit")
    troops = patterns.match_verb("arrive", set(), {"in"}, {"troop", "russian troop"})
    assert (troops[0].type, troops[0].mode, troops[0].cameo) == ("MOBILIZE", "troops", "154")
    blue = patterns.match_verb("arrive", set(), {"in"}, {"patch", "peacekeeping troop", "troop"})
    assert (blue[0].type, blue[0].cameo) == ("AID", "074")
    planes = patterns.match_verb("strike", {"target"}, set(), {"aircraft", "israeli aircraft"})
    assert (planes[0].type, planes[0].mode, planes[0].cameo) == ("ASSAULT", "aerial", "195")
    gunmen = patterns.match_verb("kill", set(), set(), {"gunman"})
    assert (gunmen[0].mode, gunmen[0].cameo) == ("firearms", "193")


def test_compound_object_outranks_its_head(patterns) -> None:
    head_only = patterns.match_verb("violate", {"agreement"}, set())
    assert head_only[0].type == "REJECT"
    compound = patterns.match_verb("violate", {"agreement", "ceasefire agreement"}, set())
    assert (compound[0].type, compound[0].cameo) == ("ASSAULT", "196")
    mediation = patterns.match_verb("end", {"effort", "mediation effort"}, set())
    assert mediation[0].type == "SANCTION"
    assert patterns.match_verb("end", {"effort"}, set()) == []


def test_blocking_rows_stop_an_event(patterns) -> None:
    assert patterns.match_verb("kill", set(), set(), {"typhoon", "typhoon haima", "haima"}) == []
    assert patterns.match_verb("hit", {"base"}, set(), {"cyclone"}) == []
    assert patterns.match_verb("kill", set(), set(), {"soldier"})[0].type == "ASSAULT"
    assert patterns.match_verb("accept", {"bribe"}, set()) == []
    assert patterns.match_verb("accept", {"proposal"}, set())[0].type == "AGREE"
    assert "-" not in patterns.types()
    assert all(p.blocking for p in patterns.blocking())


def test_a_user_blocking_row_overrides_a_packaged_sense(tmp_path, patterns) -> None:  # noqa: ANN001
    user = tmp_path / "mine.tsv"
    user.write_text(
        NEW_HEADER + "-\t-\t-\tVERB\tstorm\t-\t-\tfan|supporter\t0.9\tfans\n", encoding="utf-8"
    )
    ps = load_patterns([user])
    assert ps.match_verb("storm", {"pitch"}, set(), {"fan"}) == []
    assert ps.match_verb("storm", {"embassy"}, set(), {"protester"})


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ("-\tvisit\t-\tVERB\tgo\t-\t-\tfan\t0.5", 2, "blocking row"),
        ("-\t-\t042\tVERB\tgo\t-\t-\tfan\t0.5", 3, "blocking row"),
        ("CONSULT\t-\t-\tNOUN\tgo\t-\t-\tfan\t0.5", 8, "noun patterns"),
        ("CONSULT\t-\t-\tVERB\tgo\t-\t-\tFan,Club\t0.5", 8, "subject lemmas"),
        ("CONSULT\t-\t-\tVERB\tgo\t-\tin on\t-\t0.5", 7, "single words"),
        ("CONSULT\t-\t-\tVERB\tgo\ta b c d\t-\t-\t0.5", 6, "object lemmas"),
    ],
)
def test_malformed_subject_and_blocking_rows(row: str, column: int, words: str) -> None:
    with pytest.raises(PatternError) as info:
        parse_patterns(NEW_HEADER + row + "\n", "user.tsv")
    assert info.value.column == column
    assert words in str(info.value)


def test_header_must_name_known_columns() -> None:
    with pytest.raises(PatternError, match="first line must be the header"):
        parse_patterns("type\tmode\tcameo\tpos\tlemma\tobject\tprep\tweight\tconfidence\n", "x.tsv")
