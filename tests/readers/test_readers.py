from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from dateline.readers import read_bytes, read_path, read_stream
from dateline.readers.dates import BadDate, parse_publication_date
from dateline.types import Article, Quarantined


def _split(items: list) -> tuple[list[Article], list[Quarantined]]:
    arts = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, Quarantined)]
    assert len(arts) + len(bad) == len(items)
    return arts, bad


def test_jsonl_reads_fields_and_derives_missing_id(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(
        json.dumps({"id": "x1", "date": "2019-11-04", "title": "T", "source": "S",
                    "url": "http://u", "text": "India signed a deal."}) + "\n\n" +
        json.dumps({"published": "2019-11-05T10:00:00Z", "text": "Russia met Iran."}) + "\n",
        encoding="utf-8")
    arts, bad = _split(list(read_path(f)))
    assert not bad
    assert arts[0].id == "x1" and arts[0].published == date(2019, 11, 4)
    assert (arts[0].title, arts[0].source, arts[0].url) == ("T", "S", "http://u")
    assert arts[0].origin.endswith("a.jsonl:line 1")
    assert arts[1].id.startswith("sha1-") and arts[1].published == date(2019, 11, 5)
    again = list(read_path(f))[1]
    assert again.id == arts[1].id  # derived ids are stable


@pytest.mark.parametrize(
    ("line", "field", "words"),
    [
        ('{"id": "a", "date": "2019-11-04", "text": "x"', "json", "invalid JSON"),
        ('{"id": "a", "text": "Some text."}', "date", "no publication date"),
        ('{"id": "a", "date": "2019-02-30", "text": "Some text."}', "date", "not a real date"),
        ('{"id": "a", "date": "20190-01-01", "text": "Some text."}', "date", "out of range"),
        ('{"id": "a", "date": "yesterday", "text": "Some text."}', "date", "unrecognised"),
        ('{"id": "a", "date": "2019-11-04", "text": ""}', "text", "empty"),
        ('{"id": "a", "date": "2019-11-04", "text": "   \\n\\t "}', "text", "whitespace"),
        ('{"id": "a", "date": "2019-11-04"}', "text", "no 'text'"),
        ('{"id": "a", "date": "2019-11-04", "text": 42}', "text", "must be a string"),
        ('["not", "an", "object"]', "record", "expected an object"),
    ],
)
def test_jsonl_bad_records_are_quarantined_with_field(tmp_path: Path, line: str, field: str,
                                                      words: str) -> None:
    f = tmp_path / "bad.jsonl"
    good = '{"id": "ok", "date": "2019-11-04", "text": "India met Russia."}'
    f.write_text(good + "\n" + line + "\n", encoding="utf-8")
    arts, bad = _split(list(read_path(f)))
    assert [a.id for a in arts] == ["ok"]  # the rest of the batch survives
    assert len(bad) == 1
    q = bad[0]
    assert q.field == field and words in q.reason
    assert q.locator == "line 2" and q.origin == str(f)
    assert str(f) in q.message() and "line 2" in q.message() and field in q.message()


def test_csv_reader_with_quoting_and_bad_rows(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text('id,date,title,text\n'
                 'c1,2020-01-02,"A, title","He said ""yes"",\nthen left."\n'
                 'c2,2020-02-30,t,Some text\n'
                 'c3,2020-01-03,t\n', encoding="utf-8")
    arts, bad = _split(list(read_path(f)))
    assert [a.id for a in arts] == ["c1"]
    assert arts[0].text == 'He said "yes",\nthen left.' and arts[0].title == "A, title"
    assert {(q.locator, q.field) for q in bad} == {("row 3", "date"), ("row 4", "csv")}


def test_csv_without_text_column_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("id,date\n1,2020-01-01\n", encoding="utf-8")
    (q,) = list(read_path(f))
    assert isinstance(q, Quarantined) and q.field == "text" and "no 'text' column" in q.reason


def test_csv_broken_quoting_is_quarantined(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text('id,date,text\nc1,2020-01-02,fine\nc2,2020-01-02,"unterminated\n',
                 encoding="utf-8")
    arts, bad = _split(list(read_path(f)))
    assert [a.id for a in arts] == ["c1"]
    assert bad and bad[0].field == "csv"


def test_text_file_with_header_and_leading_whitespace(tmp_path: Path) -> None:
    f = tmp_path / "story-1.txt"
    f.write_text("  date 2019-11-04 India will discuss defence with Russia.\n", encoding="utf-8")
    (a,) = list(read_path(f))
    assert isinstance(a, Article)
    assert a.id == "story-1" and a.published == date(2019, 11, 4)
    assert a.text.startswith("India will discuss")


def test_text_file_without_header_is_quarantined(tmp_path: Path) -> None:
    f = tmp_path / "nodate.txt"
    f.write_text("India met Russia.", encoding="utf-8")
    (q,) = list(read_path(f))
    assert isinstance(q, Quarantined) and q.field == "date" and q.record_id == "nodate"


def test_folder_reads_every_format_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("date 2020-05-01 Text one.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id":"b","date":"2020-05-02","text":"Two."}\n',
                                      encoding="utf-8")
    (tmp_path / "c.csv").write_text("id,date,text\nc,2020-05-03,Three.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    arts, bad = _split(list(read_path(tmp_path)))
    assert sorted(a.id for a in arts) == ["a", "b", "c"] and not bad


def test_missing_path_raises() -> None:
    with pytest.raises(FileNotFoundError):
        list(read_path("/nonexistent/file.jsonl"))


def test_stdin_sniffs_jsonl_and_text() -> None:
    data = b'{"id":"s","date":"2020-01-01","text":"Hello."}\n'
    (a,) = list(read_stream(io.BytesIO(data)))
    assert isinstance(a, Article) and a.id == "s" and a.origin == "<stdin>:line 1"
    (t,) = list(read_stream(io.BytesIO(b"date 2020-01-01 Iran met Iraq.")))
    assert isinstance(t, Article) and t.id.startswith("sha1-") and t.text == "Iran met Iraq."


def test_encodings_bom_utf16_and_latin1() -> None:
    line = '{"id":"e","date":"2020-01-01","text":"Caf\u00e9 talks."}\n'
    for data in (b"\xef\xbb\xbf" + line.encode("utf-8"), line.encode("utf-16")):
        (a,) = list(read_bytes(data, "f.jsonl", "jsonl"))
        assert isinstance(a, Article) and a.text == "Caf\u00e9 talks."
    (q,) = list(read_bytes(line.encode("latin-1"), "f.jsonl", "jsonl"))
    assert isinstance(q, Quarantined) and q.field == "encoding" and "UTF-8" in q.reason


def test_binary_text_is_quarantined() -> None:
    (q,) = list(read_bytes(b'{"id":"n","date":"2020-01-01","text":"a\\u0000b"}', "f", "jsonl"))
    assert isinstance(q, Quarantined) and q.field == "text" and "NUL" in q.reason


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2019-11-04", date(2019, 11, 4)), ("2019-11-04T23:59:00+05:30", date(2019, 11, 4)),
     ("2019/11/04", date(2019, 11, 4)), ("20191104", date(2019, 11, 4)),
     ("4 Nov 2019", date(2019, 11, 4)), ("November 4, 2019", date(2019, 11, 4)),
     ("Mon, 04 Nov 2019 10:00:00 +0000", date(2019, 11, 4))],
)
def test_publication_date_forms(raw: str, expected: date) -> None:
    assert parse_publication_date(raw) == expected


@pytest.mark.parametrize("raw", ["", "  ", "2019-02-30", "20190-11-04", "soon", "0000-01-01"])
def test_publication_date_refusals(raw: str) -> None:
    with pytest.raises(BadDate):
        parse_publication_date(raw)
