"""Helpers for the actors tests."""

from __future__ import annotations

__all__ = ["token"]


def token(doc, text: str, nth: int = 0):  # noqa: ANN001, ANN201
    """The nth token whose text is ``text``."""
    found = [t for t in doc if t.text == text]
    assert len(found) > nth, f"{text!r} occurs {len(found)} times"
    return found[nth]
