"""Clustering mentions into real-world events, incrementally."""

from __future__ import annotations

from datetime import date, timedelta

from dateline.store import Store
from dateline.types import Actor, Article, Event, EventDate, Place

D = date(2021, 3, 1)


def _add(s: Store, aid: str, published: date, type_: str, src: str, tgt: str | None,
         start: date, end: date | None = None, modality: str = "asserted",
         method: str = "explicit", outlet: str | None = None, place: str | None = None) -> str:
    text = f"{aid}: {src} {type_} {tgt} on {start}."
    art = Article(aid, published, text, source=outlet or aid)

    ev = Event(
        article_id=aid, type=type_, mode=None, context=(), cameo=None,
        sources=(Actor(src, 0, 3, name=src, country=src),),
        targets=(Actor(tgt, 4, 7, name=tgt, country=tgt),) if tgt else (),
        modality=modality, trigger="x", trigger_start=0, trigger_end=1, sentence=text,
        sentence_start=0, sentence_end=len(text),
        date=EventDate(start, end or start, "day", method), rule="t", confidence=1.0,
        place=Place(place, 0, 0, place, place) if place else None)
    assert s.add(art, [ev]).stored
    return ev.id


def _cluster_of(s: Store, event_id: str) -> str:
    row = s.con.execute("SELECT cluster_id FROM cluster_mentions WHERE event_id = ?",
                        [event_id]).fetchone()
    assert row
    return row[0]


def test_same_event_many_reports_is_one_cluster() -> None:
    with Store(":memory:") as s:
        a = _add(s, "a1", D, "CONSULT", "IND", "RUS", D, outlet="Reuters")
        b = _add(s, "a2", D + timedelta(days=1), "CONSULT", "RUS", "IND", D, outlet="AFP")
        c = _add(s, "a3", D + timedelta(days=2), "CONSULT", "IND", "RUS", D, D + timedelta(2),
                 outlet="AP")
        upd = s.update_clusters()
        assert upd.assigned == 3 and upd.created == 1
        assert _cluster_of(s, a) == _cluster_of(s, b) == _cluster_of(s, c)
        (row,) = s.clusters()
        assert (row["n_mentions"], row["n_articles"], row["n_sources"]) == (3, 3, 3)
        assert row["first_reported"] == D and row["first_article_id"] == "a1"
        assert row["date_start"] == D and sorted(row["mention_ids"]) == sorted([a, b, c])


def test_same_minister_a_month_apart_is_two_events() -> None:
    with Store(":memory:") as s:
        a = _add(s, "a1", D, "CONSULT", "IND", "RUS", D)
        b = _add(s, "a2", D + timedelta(days=30), "CONSULT", "IND", "RUS", D + timedelta(days=30))
        s.update_clusters()
        assert _cluster_of(s, a) != _cluster_of(s, b)


def test_different_parties_or_types_or_places_are_not_merged() -> None:
    with Store(":memory:") as s:
        a = _add(s, "a1", D, "CONSULT", "IND", "RUS", D)
        b = _add(s, "a2", D, "CONSULT", "IND", "CHN", D)
        c = _add(s, "a3", D, "AGREE", "IND", "RUS", D)
        e = _add(s, "a4", D, "ASSAULT", "ISR", "SYR", D, place="SYR")
        f = _add(s, "a5", D, "ASSAULT", "ISR", "SYR", D, place="LBN")
        s.update_clusters()
        assert len({_cluster_of(s, x) for x in (a, b, c)}) == 3
        assert _cluster_of(s, e) != _cluster_of(s, f)


def test_planned_then_happened_is_linked_not_merged() -> None:
    with Store(":memory:") as s:
        planned = _add(s, "a1", D, "CONSULT", "IND", "RUS", D + timedelta(days=2),
                       modality="planned")
        done = _add(s, "a2", D + timedelta(days=3), "CONSULT", "IND", "RUS",
                    D + timedelta(days=2))
        negated = _add(s, "a3", D + timedelta(days=3), "CONSULT", "IND", "RUS",
                       D + timedelta(days=2), modality="negated")
        upd = s.update_clusters()
        ids = {_cluster_of(s, x) for x in (planned, done, negated)}
        assert len(ids) == 3 and upd.links == 1
        link = s.con.execute("SELECT from_cluster, to_cluster, relation FROM cluster_links"
                             ).fetchall()
        assert link == [(_cluster_of(s, planned), _cluster_of(s, done), "fulfils")]


def test_incremental_updates_keep_cluster_ids() -> None:
    with Store(":memory:") as s:
        a = _add(s, "a1", D, "PROTEST", "FRA", None, D)
        s.update_clusters()
        first = _cluster_of(s, a)
        b = _add(s, "a2", D + timedelta(days=1), "PROTEST", "FRA", None, D)
        upd = s.update_clusters()
        assert upd.assigned == 1 and upd.created == 0
        assert _cluster_of(s, b) == first
        assert s.update_clusters().assigned == 0  # nothing new: nothing done
        (row,) = s.clusters()
        assert row["n_mentions"] == 2
