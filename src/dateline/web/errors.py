"""One JSON error shape for every failure the web API reports.

Every error body is ``{"error": {"status": int, "code": str, "parameter": str | null,
"message": str}}``:

- 400 ``bad_parameter``: a query or path parameter is malformed; ``parameter`` names it.
- 403 ``read_only``: a write (ingest) on a server started without ``--allow-ingest``.
- 404 ``not_found``: no such item (or no such route).
- 405 ``method_not_allowed``, 413 ``too_large``, 422 ``bad_body`` for request bodies.
- 500 ``internal_error``: a fault on our side; the message never carries internals.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

__all__ = ["ApiError", "ERROR_RESPONSES", "bad_parameter", "error_body", "install_handlers",
           "not_found"]

_CODES = {400: "bad_parameter", 403: "read_only", 404: "not_found",
          405: "method_not_allowed", 413: "too_large", 422: "bad_body",
          500: "internal_error"}


class ApiError(Exception):
    """Raised by route code; turned into the JSON error shape."""

    def __init__(self, status: int, message: str, parameter: str | None = None,
                 code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.parameter = parameter
        self.code = code or _CODES.get(status, "error")


def bad_parameter(parameter: str, message: str) -> ApiError:
    return ApiError(400, message, parameter)


def not_found(what: str, ident: str) -> ApiError:
    return ApiError(404, f"no {what} with id {ident!r}", None)


def error_body(status: int, code: str, message: str,
               parameter: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "parameter": parameter,
                      "message": message}}


def _response(status: int, code: str, message: str,
              parameter: str | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message, parameter), status_code=status)


def _schema() -> dict[str, Any]:
    inner = {"type": "object", "required": ["status", "code", "message"], "properties": {
        "status": {"type": "integer"}, "code": {"type": "string"},
        "parameter": {"type": ["string", "null"]}, "message": {"type": "string"}}}
    return {"content": {"application/json": {"schema": {
        "type": "object", "required": ["error"], "properties": {"error": inner}}}}}


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "A bad parameter (named in error.parameter)", **_schema()},
    404: {"description": "No such item", **_schema()},
    500: {"description": "A server fault", **_schema()},
}


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return _response(exc.status, exc.code, exc.message, exc.parameter)


async def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    first = errors[0] if errors else {}
    loc = [str(x) for x in first.get("loc", ())]
    where = loc[0] if loc else ""
    parameter = loc[-1] if len(loc) > 1 else (loc[0] if loc else None)
    message = str(first.get("msg", "invalid request"))
    if where == "body":
        return _response(422, "bad_body", f"bad request body: {message}",
                         ".".join(loc[1:]) or "body")
    return _response(400, "bad_parameter", f"bad value for {parameter}: {message}",
                     parameter)


async def _http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    message = exc.detail if isinstance(exc.detail, str) else "error"
    if status == 404:
        message = "not found"
    return _response(status, _CODES.get(status, "error"), message)


async def _fault(_: Request, __: Exception) -> JSONResponse:
    return _response(500, "internal_error", "the server failed to answer this request")


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(Exception, _fault)
