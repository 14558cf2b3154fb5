"""The bad-input matrix: every case a user's scraped input can throw at dateline, ingested
into a fresh store, twice; prints records tried, stored, quarantined and lost per case.

    .venv/bin/python eval/reliability.py

"Lost" counts records that came out neither as a stored article nor as a quarantine row;
it must be zero. The second ingest of the same files must add nothing.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOOD = ("Kenya accused Uganda of sending troops across the border on Monday, the Kenyan "
        "foreign ministry said in a statement issued in Nairobi.")


@dataclass(frozen=True)
class Case:
    name: str
    records: int  # records in the input
    expect_stored: int
    write: Callable[[Path], None]


def _jsonl(*rows: object) -> Callable[[Path], None]:
    def write(folder: Path) -> None:
        lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
        (folder / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return write


def _bytes(name: str, data: bytes) -> Callable[[Path], None]:
    def write(folder: Path) -> None:
        (folder / name).write_bytes(data)
    return write


def _ok(i: int, **extra: object) -> dict:
    return {"id": f"ok{i}", "date": "2021-03-01", "text": f"{GOOD} ({i})", **extra}


FRENCH = ("Le gouvernement français a annoncé mardi que les négociations avec la Russie sur le "
          "gaz seront reprises la semaine prochaine à Paris, selon un communiqué du ministère.")

CASES = [
    Case("invalid JSON line", 3, 2, _jsonl(_ok(1), '{"id": "x", "date": ', _ok(2))),
    Case("CSV with broken quoting", 2, 1, _bytes(
        "in.csv", f'id,date,text\nc1,2021-03-01,"{GOOD}"\nc2,2021-03-01,"open quote\n'
        .encode())),
    Case("missing date", 2, 1, _jsonl(_ok(1), {"id": "nd", "text": GOOD})),
    Case("impossible dates (2019-02-30, year 20190)", 3, 1, _jsonl(
        _ok(1), _ok(2) | {"date": "2019-02-30"}, _ok(3) | {"date": "20190-01-01"})),
    Case("other date formats (2019/11/04, 4 Nov 2019, RFC 2822)", 3, 3, _jsonl(
        _ok(1) | {"date": "2019/11/04"}, _ok(2) | {"date": "4 Nov 2019"},
        _ok(3) | {"date": "Mon, 04 Nov 2019 10:00:00 +0000"})),
    Case("empty and whitespace-only text", 3, 1, _jsonl(
        _ok(1), _ok(2) | {"text": ""}, _ok(3) | {"text": " \n\t "})),
    Case("Latin-1 bytes", 1, 0, _bytes(
        "in.jsonl", json.dumps(_ok(1) | {"text": "Caf\u00e9 " + GOOD}, ensure_ascii=False)
        .encode("latin-1"))),
    Case("UTF-16 with BOM", 1, 1, _bytes("in.jsonl", json.dumps(_ok(1)).encode("utf-16"))),
    Case("UTF-8 with BOM", 1, 1, _bytes("in.jsonl", b"\xef\xbb\xbf" + json.dumps(_ok(1))
                                        .encode())),
    Case("binary file", 1, 0, _bytes("in.jsonl", bytes(range(256)) * 4)),
    Case("enormous article (10 MB)", 2, 1, _jsonl(_ok(1), _ok(2) | {"text": GOOD * 75_000})),
    Case("HTML page instead of text", 2, 1, _jsonl(_ok(1), _ok(2) | {
        "text": "<!DOCTYPE html><html><body><div><p>" + GOOD + "</p></div></body></html>"})),
    Case("non-English article", 2, 1, _jsonl(_ok(1), _ok(2) | {"text": FRENCH})),
    Case("duplicated id with different text", 2, 1, _jsonl(
        _ok(1), _ok(1) | {"text": "Brazil met Argentina on Monday in Brasilia."})),
    Case("text file without date header", 1, 0, _bytes("x.txt", GOOD.encode())),
]


@dataclass(frozen=True)
class Outcome:
    case: str
    tried: int
    stored: int
    quarantined: int
    lost: int
    second_run_added: int


def run_case(case: Case, tmp: Path) -> Outcome:
    from dateline.executors import LocalExecutor
    from dateline.ingest import ingest
    from dateline.readers import read_path
    from dateline.store import Store

    folder = tmp / "in"
    folder.mkdir()
    case.write(folder)
    executor = LocalExecutor()
    with Store(tmp / "s.duckdb") as store:
        ingest(read_path(folder), store, executor)
        first = store.counts()
        ingest(read_path(folder), store, executor)
        second = store.counts()
    stored, quarantined = first["articles"], first["quarantine"]
    added = sum(second[k] - first[k] for k in first)
    return Outcome(case.name, case.records, stored, quarantined,
                   case.records - stored - quarantined, added)


def run_all() -> list[Outcome]:
    out = []
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            out.append(run_case(case, Path(tmp)))
    return out


def main() -> None:
    rows = run_all()
    print("| case | records | stored | quarantined | lost | added by a second ingest |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r.case} | {r.tried} | {r.stored} | {r.quarantined} | {r.lost} | "
              f"{r.second_run_added} |")
    print(f"| **all** | {sum(r.tried for r in rows)} | {sum(r.stored for r in rows)} | "
          f"{sum(r.quarantined for r in rows)} | {sum(r.lost for r in rows)} | "
          f"{sum(r.second_run_added for r in rows)} |")


if __name__ == "__main__":
    main()
