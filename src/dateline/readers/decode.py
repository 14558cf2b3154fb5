"""Bytes to text: UTF-8 (with or without BOM) and UTF-16 with a BOM; anything else is a
clear error, never a silent replacement of characters."""

from __future__ import annotations

import codecs

__all__ = ["DecodeError", "decode_bytes"]


class DecodeError(ValueError):
    pass


def decode_bytes(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not valid UTF-16 despite its byte-order mark: {exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); "
            "re-encode the file as UTF-8"
        ) from None
