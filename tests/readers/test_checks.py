from __future__ import annotations

import json

import pytest

from dateline.readers import read_bytes
from dateline.readers.checks import looks_like_html, not_english_reason
from dateline.types import Article, Quarantined

FRENCH = ("Le gouvernement français a annoncé mardi que les négociations avec la Russie sur "
          "le gaz seront reprises la semaine prochaine à Paris, selon un communiqué du "
          "ministère des affaires étrangères qui a été publié dans la soirée.")
SPANISH = ("El gobierno de España anunció el martes que las negociaciones con Marruecos "
           "sobre la frontera se reanudarán la próxima semana en Madrid, según un comunicado "
           "del ministerio que fue publicado por la noche.")
ENGLISH = ("The French government announced on Tuesday that negotiations with Russia on gas "
           "would resume next week in Paris, according to a foreign ministry statement that "
           "was published in the evening.")
TABLE = "Shr 30 cts vs 36 cts\n Net 1,914,388 vs 1,906,095\n Sales 58.7 mln vs 40.6 mln\n" * 4


@pytest.mark.parametrize("text", [FRENCH, SPANISH, "Москва заявила во вторник, что "
                                  "переговоры с Украиной возобновятся на следующей неделе."])
def test_non_english_is_refused(text: str) -> None:
    assert not_english_reason(text)


@pytest.mark.parametrize("text", [ENGLISH, TABLE, "Iran met Iraq.", "Café talks in Zürich."])
def test_english_and_tables_pass(text: str) -> None:
    assert not_english_reason(text) is None


def test_html_detection() -> None:
    page = "<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>"
    assert looks_like_html(page)
    assert looks_like_html("<div><p>a</p><p>b</p><span>c</span><br><a href=x>d</a></div>")
    assert not looks_like_html("Use the <b> tag for bold, officials said.")


def test_reader_quarantines_html_and_language() -> None:
    lines = [
        {"id": "h", "date": "2020-01-01", "text": "<html><body><p>News</p></body></html>"},
        {"id": "f", "date": "2020-01-01", "text": FRENCH},
        {"id": "e", "date": "2020-01-01", "text": ENGLISH},
    ]
    data = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode()
    items = list(read_bytes(data, "mixed.jsonl", "jsonl"))
    fields = {(i.record_id, i.field) for i in items if isinstance(i, Quarantined)}
    assert fields == {("h", "text"), ("f", "language")}
    assert [i.id for i in items if isinstance(i, Article)] == ["e"]
