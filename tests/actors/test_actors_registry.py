"""The actor registry (DuckDB) and the dictionary importers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from dateline.actors import ActorCoder
from dateline.actors.dictionary import import_dictionary, parse_code, parse_petrarch
from dateline.actors.registry import (
    ensure_schema,
    list_actors,
    load_knowledge,
    merge,
    record_mentions,
    rename,
    who_held,
)
from dateline.types import Actor

DATA = Path(__file__).parent / "data"


@pytest.fixture()
def con() -> duckdb.DuckDBPyConnection:
    c = duckdb.connect()
    ensure_schema(c)
    return c


def _singh(text: str, start: int, name: str = "Rajnath Singh") -> Actor:
    return Actor(text, start, start + len(text), name=name, country="IND",
                 sectors=("GOV", "MIL"), role="Defence Minister", kind="person")


def _counts(con: duckdb.DuckDBPyConnection) -> tuple[int, ...]:
    return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
                 for t in ("actor_registry", "actor_aliases", "actor_roles", "actor_mentions"))


def test_variants_become_one_actor_and_recording_is_idempotent(con) -> None:  # noqa: ANN001
    mentions = [_singh("Defence Minister Rajnath Singh", 0), _singh("Singh", 50),
                _singh("he", 80)]
    record_mentions(con, "a1", date(2019, 11, 4), mentions)
    first = _counts(con)
    record_mentions(con, "a1", date(2019, 11, 4), mentions)
    assert _counts(con) == first
    # another article that only says "Indian Defence Minister Rajnath Singh" or "Singh"
    record_mentions(con, "a2", date(2019, 12, 1),
                    [_singh("Indian Defence Minister Rajnath Singh", 0),
                     Actor("Singh", 60, 65, name="Singh", kind="person")])
    people = list_actors(con, kind="person")
    assert len(people) == 1
    singh = people[0]
    assert singh.name == "Rajnath Singh" and singh.country == "IND"
    assert {"Rajnath Singh", "Indian Defence Minister Rajnath Singh"} <= set(singh.aliases)
    assert [a.name for a in list_actors(con, name="singh")] == ["Rajnath Singh"]
    assert list_actors(con, name="ingh") == []  # whole words only
    assert "he" not in singh.aliases
    assert singh.mentions == 5  # the pronoun is a mention of him too
    (role,) = singh.roles
    assert (role.role, role.first_seen, role.last_seen, role.articles) == (
        "Defence Minister", date(2019, 11, 4), date(2019, 12, 1), 2)


def test_who_held(con) -> None:  # noqa: ANN001
    record_mentions(con, "a1", date(2019, 11, 4), [_singh("Rajnath Singh", 0)])
    record_mentions(con, "a3", date(2019, 11, 20), [_singh("Rajnath Singh", 0)])
    (h,) = who_held(con, "defence minister", date(2019, 11, 10))
    assert h.name == "Rajnath Singh" and h.current
    (later,) = who_held(con, "Defence Minister", date(2020, 3, 1), country="IND")
    assert later.name == "Rajnath Singh" and not later.current
    assert who_held(con, "Defence Minister", date(2018, 1, 1)) == []


def test_merge_and_rename(con) -> None:  # noqa: ANN001
    record_mentions(con, "a1", date(2019, 1, 1), [_singh("Rajnath Singh", 0)])
    record_mentions(con, "a2", date(2019, 2, 1),
                    [_singh("R. Singh", 0, name="R. Singh")])
    ids = {a.name: a.actor_id for a in list_actors(con)}
    kept = merge(con, ids["Rajnath Singh"], ids["R. Singh"])
    assert kept.mentions == 2 and "R. Singh" in kept.aliases
    assert len(list_actors(con)) == 1
    # a later record of the merged name goes to the kept actor
    record_mentions(con, "a4", date(2019, 3, 1), [_singh("R. Singh", 0, name="R. Singh")])
    assert len(list_actors(con)) == 1
    renamed = rename(con, kept.actor_id, "Rajnath Singh (BJP)")
    assert renamed.name == "Rajnath Singh (BJP)" and "Rajnath Singh" in renamed.aliases
    with pytest.raises(KeyError):
        rename(con, "nope", "x")
    with pytest.raises(ValueError):
        merge(con, kept.actor_id, kept.actor_id)


def test_parse_code() -> None:
    assert parse_code("INDGOVMIL") == ("IND", ("GOV", "MIL"), None)
    assert parse_code("IGOUNOKID") == (None, ("IGO", "KID"), "UNO")
    assert parse_code("ELI") == (None, ("ELI",), None)
    assert parse_code("KSV") == ("XKX", (), None)
    assert parse_code("---") is None


def test_parse_petrarch_format() -> None:
    entries = {e.name: e for e in parse_petrarch((DATA / "tiny.actors.txt").read_text())}
    assert set(entries) == {"Arnor", "Aragorn", "Boromir", "Widget Alliance", "Gandalf"}
    assert entries["Gandalf"].roles == [("ARN", ("GOV",), None, date(2030, 1, 1), None, None)]
    aragorn = entries["Aragorn"]
    assert aragorn.aliases == ["King Elessar", "Strider"]
    assert aragorn.roles == [("ARN", ("ELI",), None, date(2029, 1, 1), date(2030, 6, 30), None),
                             ("ARN", ("GOV",), None, date(2030, 7, 1), None, None)]
    assert entries["Widget Alliance"].roles[0][5] == "WDG"


def test_import_and_dated_knowledge(con) -> None:  # noqa: ANN001
    assert import_dictionary(con, DATA / "tiny.actors.txt") == 5
    assert import_dictionary(con, DATA / "tiny.actors.txt") == 5  # idempotent
    assert con.execute("SELECT count(*) FROM actor_known_roles").fetchone()[0] == 7  # type: ignore[index]
    k = load_knowledge(con)
    found = k.role_on("Strider", date(2030, 1, 1))
    assert found is not None and found[0].name == "Aragorn"
    assert found[1].sectors == ("ELI",)
    assert k.role_on("King Elessar", date(2031, 1, 1))[1].sectors == ("GOV",)  # type: ignore[index]
    boromir = k.role_on("Boromir", date(2040, 1, 1))
    assert boromir is not None and boromir[1].sectors == ("ELI",)  # the undated role


def test_import_csv(con) -> None:  # noqa: ANN001
    assert import_dictionary(con, DATA / "tiny.csv") == 2
    (h,) = who_held(con, "Defence Minister", date(2018, 5, 1))
    assert h.name == "Jane Roe" and h.source == "dictionary" and h.country == "FRA"
    k = load_knowledge(con)
    assert k.role_on("Jane Roe", date(2021, 1, 1))[1].sectors == ("ELI",)  # type: ignore[index]


def test_knowledge_only_when_the_text_says_nothing(con, code) -> None:  # noqa: ANN001
    import_dictionary(con, DATA / "tiny.csv")
    coder = ActorCoder(load_knowledge(con))
    doc, actors = code("Jane Roe said the deal was signed.", date(2018, 5, 1), coder)
    a = actors.actor_at(doc[1])
    assert a is not None
    assert (a.country, a.sectors, a.rule) == ("FRA", ("GOV", "MIL"), "knowledge")
    # the text says otherwise: the text wins
    doc, actors = code("German Foreign Minister Jane Roe said so.", date(2018, 5, 1), coder)
    b = actors.actor_at([t for t in doc if t.text == "Roe"][0])
    assert b is not None and (b.country, b.sectors) == ("DEU", ("GOV",))
    # after the dated role ended, the later role is used
    doc, actors = code("Jane Roe said the deal was signed.", date(2021, 5, 1), coder)
    c = actors.actor_at(doc[1])
    assert c is not None and c.sectors == ("ELI",)


def test_coder_without_knowledge_leaves_bare_names_unknown(code) -> None:  # noqa: ANN001
    doc, actors = code("Jane Roe said the deal was signed.")
    a = actors.actor_at(doc[1])
    assert a is None or a.country is None
