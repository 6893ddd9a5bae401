"""One error shape everywhere: RFC 9457 ``application/problem+json`` with a stable ``code``.

Core errors (``TermbaseError``) carry their own code and status; FastAPI's request validation,
unknown routes and methods get codes here; anything unexpected is a 500 ``internal-error``
without internals in the body. ``GET /problems/{code}`` explains each code.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from termbase import errors

MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("termbase.api")

#: Codes the HTTP layer adds to the core's.
HTTP_CODES: dict[int, tuple[str, str]] = {
    400: ("bad-request", "Bad request"),
    404: ("not-found", "Not found"),
    401: ("unauthorized", "Unauthorized"),
    403: ("forbidden", "Forbidden"),
    405: ("method-not-allowed", "Method not allowed"),
    408: ("request-timeout", "Request timeout"),
    413: ("limit-exceeded", "Input over limit"),
    414: ("uri-too-long", "URI too long"),
    415: ("unsupported-media-type", "Unsupported media type"),
    431: ("headers-too-large", "Headers too large"),
}


def known_codes() -> dict[str, str]:
    """Every problem code the service can return, with its title."""
    codes = {"invalid-parameter": "Invalid parameter", "internal-error": "Internal error"}
    codes.update({code: title for code, title in HTTP_CODES.values()})
    stack: list[type[errors.TermbaseError]] = [errors.TermbaseError]
    while stack:
        cls = stack.pop()
        codes[cls.code] = cls.title
        stack.extend(cls.__subclasses__())
    return codes


def problem_body(
    status: int, code: str, title: str, detail: str, instance: str, **extra: Any
) -> dict[str, Any]:
    """The one problem+json shape, for responses and for middleware that writes its own."""
    return {
        "type": f"/problems/{code}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
        "code": code,
        **extra,
    }


def problem(status: int, code: str, title: str, detail: str, instance: str, **extra: Any) -> JSONResponse:
    body = problem_body(status, code, title, detail, instance, **extra)
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE)


async def _termbase_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, errors.TermbaseError)
    extra: dict[str, Any] = {}
    if isinstance(exc, errors.GlossaryError):
        extra["problems"] = [str(p) for p in exc.problems]
    return problem(exc.status, exc.code, exc.title, exc.message, request.url.path, **extra)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    issues = [
        {"location": ".".join(str(p) for p in err.get("loc", ())), "message": err.get("msg", "")}
        for err in exc.errors()
    ]
    detail = "; ".join(f"{i['location']}: {i['message']}" for i in issues) or "invalid request"
    return problem(400, "invalid-parameter", "Invalid parameter", detail, request.url.path, errors=issues)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code, title = HTTP_CODES.get(exc.status_code, (f"http-{exc.status_code}", "HTTP error"))
    return problem(exc.status_code, code, title, str(exc.detail), request.url.path)


async def _not_unicode(request: Request, exc: Exception) -> JSONResponse:
    """JSON may escape a lone surrogate (\\ud800), which is no character: the input is at fault."""
    assert isinstance(exc, UnicodeError)
    error = errors.InvalidTextError("the request holds a lone surrogate code point, which is not a character")
    return problem(error.status, error.code, error.title, error.message, request.url.path)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return problem(
        500,
        "internal-error",
        "Internal error",
        "an unexpected error occurred; it has been logged",
        request.url.path,
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(errors.TermbaseError, _termbase_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(UnicodeError, _not_unicode)
    app.add_exception_handler(Exception, _unexpected)
