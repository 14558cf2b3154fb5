"""The canonical example article: what the issue requires of the actors stage."""

from __future__ import annotations

from actors_helpers import token


def test_singh_is_indian_defence_minister(example) -> None:  # noqa: ANN001
    doc, actors = example
    a = actors.actor_at(token(doc, "Singh", 0))
    assert a is not None
    assert a.name == "Rajnath Singh"
    assert a.country == "IND"
    assert "GOV" in a.sectors and "MIL" in a.sectors
    assert a.role == "Defence Minister"
    assert a.kind == "person"


def test_shoigu_is_russian_counterpart(example) -> None:  # noqa: ANN001
    doc, actors = example
    a = actors.actor_at(token(doc, "Shoigu"))
    assert a is not None
    assert a.name == "Sergei Shoigu"
    assert a.country == "RUS"
    assert "MIL" in a.sectors and "GOV" in a.sectors
    assert a.role == "Defence Minister"
    assert a.text == "his Russian counterpart General Sergei Shoigu"
    assert actors.actor_at(token(doc, "counterpart")) == a


def test_manturov(example) -> None:  # noqa: ANN001
    doc, actors = example
    a = actors.actor_at(token(doc, "Manturov"))
    assert a is not None
    assert (a.name, a.country, a.role) == ("Denis Manturov", "RUS",
                                           "Minister of Industry and Trade")
    assert a.sectors[0] == "GOV"
    assert actors.actor_at(token(doc, "Minister", 1)) == a


def test_officials_in_the_defence_ministry(example) -> None:  # noqa: ANN001
    doc, actors = example
    a = actors.actor_at(token(doc, "officials", 1))
    assert a is not None
    assert a.text == "officials in the Defence Ministry"
    assert a.country == "IND" and "GOV" in a.sectors
    assert a.confidence < 0.9  # from the article's home country, not the words
    statement = actors.actor_at(token(doc, "statement"))
    assert statement is not None and statement.country == "IND"
    assert "Defence Ministry" in statement.text


def test_sco_is_an_igo(example) -> None:  # noqa: ANN001
    doc, actors = example
    a = actors.actor_at(token(doc, "Organisation"))
    assert a is not None
    assert a.kind == "igo" and a.code == "SCO" and "IGO" in a.sectors
    assert a.country is None


def test_later_singh_and_he_resolve_to_rajnath_singh(example) -> None:  # noqa: ANN001
    doc, actors = example
    first = token(doc, "Singh", 0)
    later = [t for t in doc if t.text in ("Singh", "he", "He") and t.i > first.i]
    assert len(later) >= 10
    for tok in later:
        a = actors.actor_at(tok)
        assert a is not None, tok.i
        assert a.name == "Rajnath Singh", (tok.i, tok.text, a)
        assert a.country == "IND"
        assert a.text == tok.text and a.start == tok.idx  # the mention itself
    he = actors.actor_at(token(doc, "He"))
    assert he is not None and he.rule.startswith("coref")


def test_non_actors_are_none(example) -> None:  # noqa: ANN001
    doc, actors = example
    for word in ("modalities", "MoUs", "conference"):
        assert actors.actor_at(token(doc, word)) is None, word


def test_countries_are_actors(example) -> None:  # noqa: ANN001
    doc, actors = example
    a = actors.actor_at(token(doc, "India"))
    assert a is not None and a.country == "IND" and a.kind == "country"
    assert a.sectors == ()
