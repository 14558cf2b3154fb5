"""Readers: dated articles in, one ``Article`` or ``Quarantined`` out per record.

Formats: JSON Lines (``.jsonl``, ``.ndjson``), CSV (``.csv``), plain text (``.txt`` and
files without a known suffix) beginning with ``date YYYY-MM-DD``, folders of these
(recursively), and standard input (``-``, format sniffed or given). Nothing is dropped:
every record that cannot be used comes out as a ``Quarantined`` naming the file, the line
or row, and the field at fault.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.readers.dates import BadDate, parse_publication_date
from dateline.readers.decode import DecodeError, decode_bytes
from dateline.readers.formats import TEXT_HEADER, read_csv, read_jsonl, read_text
from dateline.readers.records import quarantine
from dateline.types import Article, Quarantined

__all__ = [
    "BadDate",
    "FORMATS",
    "iter_input_files",
    "parse_publication_date",
    "read_bytes",
    "read_inputs",
    "read_path",
    "read_stream",
]

Item = Article | Quarantined
FORMATS = ("auto", "jsonl", "csv", "text")
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
             ".txt": "text", ".text": "text"}
_SKIP_NAMES = {"README.md", "LICENSE", ".DS_Store"}


def _sniff(text: str) -> str:
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return "jsonl"
    if TEXT_HEADER.match(text):
        return "text"
    first = head.split("\n", 1)[0].lower()
    if "," in first and ("text" in first or "body" in first):
        return "csv"
    return "text"


def read_bytes(data: bytes, origin: str, fmt: str = "auto",
               article_id: str | None = None) -> Iterator[Item]:
    """Read one input's bytes in format ``fmt`` (or sniffed when "auto")."""
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield quarantine(origin, "file", "encoding", str(exc), data[:200].decode("latin-1"))
        return
    if fmt == "auto":
        fmt = _sniff(text)
    if fmt == "jsonl":
        yield from read_jsonl(text, origin)
    elif fmt == "csv":
        yield from read_csv(text, origin)
    elif fmt == "text":
        yield from read_text(text, origin, article_id)
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def iter_input_files(path: Path) -> Iterator[Path]:
    """The files a path stands for: itself, or a folder's files in sorted order."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith(".") and \
                    child.name not in _SKIP_NAMES:
                yield child
    else:
        yield path


def read_path(path: str | Path, fmt: str = "auto") -> Iterator[Item]:
    """Read a file or a folder. A missing path raises FileNotFoundError."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no such file or folder: {path}")
    for file in iter_input_files(path):
        file_fmt = fmt if fmt != "auto" else _SUFFIXES.get(file.suffix.lower(), "auto")
        try:
            data = file.read_bytes()
        except OSError as exc:
            yield quarantine(str(file), "file", "file", f"cannot read: {exc.strerror}")
            continue
        yield from read_bytes(data, str(file), file_fmt, article_id=file.stem)


def read_stream(stream: BinaryIO, fmt: str = "auto", origin: str = "<stdin>") -> Iterator[Item]:
    yield from read_bytes(stream.read(), origin, fmt, article_id=None)


def read_inputs(paths: Iterable[str], fmt: str = "auto") -> Iterator[Item]:
    """Read every input in order; "-" is standard input."""
    for p in paths:
        if p == "-":
            yield from read_stream(sys.stdin.buffer, fmt)
        else:
            yield from read_path(p, fmt)

