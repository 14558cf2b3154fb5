"""The event pattern lexicon: format, validation errors, matching order, coverage."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.events.cameo import cameo_to_plover, plover_to_cameo
from dateline.events.patterns import (
    EVENT_TYPES,
    MODES,
    PatternError,
    load_patterns,
    parse_patterns,
)

HEADER = "type\tmode\tcameo\tpos\tlemma\tobject\tprep\tconfidence\tnote\n"


@pytest.fixture(scope="module")
def patterns():  # noqa: ANN201
    return load_patterns()


def test_packaged_lexicon_is_broad_and_covers_every_type(patterns) -> None:
    assert len(patterns) >= 400
    assert patterns.types() == frozenset(EVENT_TYPES)
    for type_ in EVENT_TYPES:
        rows = patterns.by_type(type_)
        assert len(rows) >= 2, type_
        if type_ != "OTHER":
            assert any(p.pos == "VERB" for p in rows), type_
            assert any(p.pos == "NOUN" for p in rows), type_


def test_rows_are_valid_and_cameo_codes_agree_with_the_crosswalk(patterns) -> None:
    for p in patterns:
        assert p.source.startswith("event_patterns.tsv:")
        assert 0.0 <= p.confidence <= 1.0
        if p.blocking:  # a "no event" row: no mode, no code, a subject or object list
            assert (p.mode, p.cameo) == (None, None), p.source
            if p.pos == "NOUN":  # a noun row blocks a compound, never a head word
                assert " " in p.lemma, p.source
            else:
                assert p.subjects or p.objects, p.source
            continue
        assert p.mode is None or p.mode in MODES[p.type]
        if p.cameo is not None:
            assert cameo_to_plover(p.cameo)[0] == p.type, p.source
        if p.type != "OTHER":
            assert plover_to_cameo(p.type, p.mode) is not None, p.source


@pytest.mark.parametrize(
    ("lemma", "objects", "preps", "expected"),
    [
        ("sign", {"mou"}, set(), ("AGREE", "057")),
        ("sign", {"agreement"}, set(), ("AGREE", "057")),
        ("visit", set(), set(), ("CONSULT", "042")),
        ("host", set(), set(), ("CONSULT", "043")),
        ("meet", set(), set(), ("CONSULT", "040")),
        ("telephone", set(), set(), ("CONSULT", "041")),
        ("co-chair", set(), set(), ("CONSULT", "040")),
        ("accuse", set(), set(), ("ACCUSE", "112")),
        ("condemn", set(), set(), ("DISAPPROVE", "111")),
        ("demand", set(), set(), ("DEMAND", "100")),
        ("demand", {"release"}, set(), ("DEMAND", "1053")),
        ("call", {"government"}, {"on"}, ("REQUEST", "020")),
        ("call", set(), {"for"}, ("REQUEST", "020")),
        ("pull", {"troops"}, {"out"}, ("RETREAT", "0874")),
        ("withdraw", {"ambassador"}, set(), ("SANCTION", "164")),
        ("withdraw", {"troops"}, set(), ("RETREAT", "0874")),
        ("impose", {"sanction"}, set(), ("SANCTION", "163")),
        ("impose", {"curfew"}, set(), ("COERCE", "1723")),
        ("strike", {"deal"}, set(), ("AGREE", "030")),
        ("strike", set(), set(), ("ASSAULT", "190")),
        ("place", {"wreath"}, set(), ("OTHER", None)),
        ("lay", {"wreath"}, set(), ("OTHER", None)),
        ("inaugurate", {"conference"}, set(), ("CONSULT", "040")),
        ("inaugurate", {"plant"}, set(), ("OTHER", None)),
        ("deploy", {"troops"}, set(), ("MOBILIZE", "154")),
        ("threaten", set(), set(), ("THREATEN", "130")),
        ("protest", set(), set(), ("PROTEST", "141")),
        ("protest", {"decision"}, set(), ("DISAPPROVE", "114")),
        ("reject", set(), set(), ("REJECT", "120")),
        ("arrest", set(), set(), ("COERCE", "173")),
        ("pardon", set(), set(), ("CONCEDE", "080")),
        ("extradite", set(), set(), ("COOPERATE", "063")),
        ("donate", set(), set(), ("AID", "070")),
    ],
)
def test_match_verb_best_pattern(patterns, lemma, objects, preps, expected) -> None:
    found = patterns.match_verb(lemma, objects, preps)
    assert found, lemma
    assert (found[0].type, found[0].cameo) == expected


def test_object_and_prep_constraints_filter(patterns) -> None:
    assert patterns.match_verb("sign", set(), set()) == []  # a bare "sign" is no event
    assert patterns.match_verb("place", {"order"}, set()) == []
    assert all(
        p.prep == "-" or "for" in p.preps for p in patterns.match_verb("call", set(), {"for"})
    )
    # "*" requires an object: "call" alone is no phone call
    assert all(p.type != "CONSULT" for p in patterns.match_verb("call", set(), set()))


def test_most_specific_first(patterns) -> None:
    found = patterns.match_verb("call", {"president"}, {"for"})
    specificity = [p.specificity for p in found]
    assert specificity == sorted(specificity, reverse=True)
    assert found[0].type == "REQUEST"


@pytest.mark.parametrize(
    ("lemma", "type_"),
    [
        ("visit", "CONSULT"),
        ("talk", "CONSULT"),
        ("discussion", "CONSULT"),
        ("summit", "CONSULT"),
        ("meeting", "CONSULT"),
        ("airstrike", "ASSAULT"),
        ("attack", "ASSAULT"),
        ("protest", "PROTEST"),
        ("sanction", "SANCTION"),
        ("aid", "AID"),
        ("ceasefire", "RETREAT"),
        ("arrest", "COERCE"),
        ("threat", "THREATEN"),
        ("criticism", "DISAPPROVE"),
        ("investigation", "ACCUSE"),
    ],
)
def test_match_noun(patterns, lemma, type_) -> None:
    assert patterns.match_noun(lemma)[0].type == type_


def test_topic_nouns_alone_are_not_events(patterns) -> None:
    for lemma in ("agreement", "deal", "treaty", "mou", "cooperation", "partnership"):
        assert patterns.match_noun(lemma) == []


def test_user_file_extends_and_ranks_first(tmp_path: Path, patterns) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text(
        "# my patterns\n"
        + HEADER
        + "CONSULT\tvisit\t042\tVERB\tcall\t-\ton\t0.9\tcourtesy call\n"
        + "PROTEST\tdemo\t-\tNOUN\tflashmob\t-\t-\t0.6\n",
        encoding="utf-8",
    )
    ps = load_patterns([user])
    assert len(ps) == len(patterns) + 2
    assert ps.match_noun("flashmob")[0].source == f"{user}:4"
    best = ps.match_verb("call", {"president"}, {"on"})[0]
    assert (best.type, best.source) == ("CONSULT", f"{user}:3")
    assert ps.match_noun("flashmob")[0].cameo is None  # "-": crosswalk default applies


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ("VISIT\t-\t-\tVERB\tgo\t-\t-\t0.5", 1, "not an event type"),
        ("CONSULT\tbeat\t-\tVERB\tgo\t-\t-\t0.5", 2, "not a mode of CONSULT"),
        ("CONSULT\t-\t999\tVERB\tgo\t-\t-\t0.5", 3, "not a CAMEO code"),
        ("CONSULT\t-\t-\tADJ\tgo\t-\t-\t0.5", 4, "not VERB or NOUN"),
        ("CONSULT\t-\t-\tVERB\tGo Away\t-\t-\t0.5", 5, "lowercase lemma"),
        ("CONSULT\t-\t-\tVERB\tgo\ta,b\t-\t0.5", 6, "object"),
        ("CONSULT\t-\t-\tNOUN\tgo\t-\tto\t0.5", 7, "noun patterns"),
        ("CONSULT\t-\t-\tVERB\tgo\t-\t-\thigh", 8, "not a number"),
        ("CONSULT\t-\t-\tVERB\tgo\t-\t-\t1.7", 8, "between 0 and 1"),
    ],
)
def test_malformed_rows_name_file_line_and_column(row: str, column: int, words: str) -> None:
    with pytest.raises(PatternError) as info:
        parse_patterns(HEADER + "# comment\n" + row + "\n", "user.tsv")
    err = info.value
    assert (err.origin, err.line, err.column) == ("user.tsv", 3, column)
    assert str(err).startswith(f"user.tsv, line 3, column {column} (")
    assert words in str(err)


def test_structural_errors() -> None:
    with pytest.raises(PatternError, match="first line must be the header"):
        parse_patterns("CONSULT\t-\t-\tVERB\tgo\t-\t-\t0.5\n", "x.tsv")
    with pytest.raises(PatternError, match="no header line"):
        parse_patterns("# only comments\n\n", "x.tsv")
    with pytest.raises(PatternError, match="line 2: expected 8 or 9"):
        parse_patterns(HEADER + "CONSULT\t-\tVERB\n", "x.tsv")
    with pytest.raises(PatternError, match="line 3: duplicate of line 2"):
        row = "CONSULT\t-\t-\tVERB\tgo\t-\t-\t0.5\n"
        parse_patterns(HEADER + row + row, "x.tsv")


def test_missing_user_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="pattern file not found"):
        load_patterns([tmp_path / "nope.tsv"])


def test_match_noun_forms_stops_at_a_blocking_compound(patterns) -> None:  # noqa: ANN001
    # "court battles": the compound is blocked, the head is not tried
    assert patterns.match_noun_forms(["court battle", "battle"]) == []
    assert patterns.match_noun_forms(["press release", "release"]) == []
    # no row for the compound: the head's rows
    assert patterns.match_noun_forms(["fierce battle", "battle"])[0].type == "ASSAULT"
    assert patterns.match_noun_forms(["air strike", "strike"])[0].type == "ASSAULT"
    assert patterns.match_noun_forms(["hunger strike", "strike"])[0].mode == "hunger"
    assert patterns.match_noun_forms(["teleconference"]) == []
