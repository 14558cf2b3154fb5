"""dateline's HTTP API and analyst's page (needs the ``web`` extra: fastapi, uvicorn)."""

from __future__ import annotations

__all__ = ["create_app"]


def __getattr__(name: str) -> object:
    if name == "create_app":
        from dateline.web.app import create_app

        return create_app
    raise AttributeError(name)
