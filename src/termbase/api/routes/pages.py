"""The web page's routes: ``/`` (search), ``/entries/{id}``, ``/romanize``, ``/static/{name}``.

Rendering lives in :mod:`termbase.web`.

Each parses its query, calls one core operation and renders the same dict the JSON API returns.
Errors a user can cause (a query too long, Han text without a language) are shown on the page
with the API's message; an unknown entry is a 404 page, not JSON.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from termbase.api.deps import get_termbase
from termbase.errors import TermbaseError
from termbase.service import Termbase
from termbase.web import static
from termbase.web.entry import entry_page, not_found_page
from termbase.web.romanize import romanize_page
from termbase.web.search import search_page
from termbase.wire import entry_view, lookup_response, romanize_response, system_view, to_json

router = APIRouter(include_in_schema=False)

#: Everything the page needs comes from this origin: no CDN, fonts or trackers.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
TermbaseDep = Annotated[Termbase, Depends(get_termbase)]
Text = Annotated[str, Query()]


def html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=HEADERS)


@router.get("/", response_class=HTMLResponse)
async def search(
    termbase: TermbaseDep,
    q: Text = "",
    lang: Text = "",
    source: Annotated[str, Query(alias="from")] = "",
) -> HTMLResponse:
    """The search page; with ``?q=`` the results are part of the page (no script needed)."""
    query = q.strip()
    if not query:
        return html(search_page("", lang, None, source=source))
    try:
        result = termbase.lookup(query, lang=lang or None, from_lang=source or None, limit=20)
    except TermbaseError as error:
        return html(search_page(query, lang, None, error.message, source=source), status=error.status)
    return html(search_page(query, lang, to_json(lookup_response(result)), source=source))


@router.get("/entries/{entry_id}", response_class=HTMLResponse)
async def entry(entry_id: str, termbase: TermbaseDep) -> HTMLResponse:
    """The entry's permalink (the reconciliation manifest links here)."""
    try:
        found = termbase.entry(entry_id)
    except TermbaseError:
        return html(not_found_page(entry_id, suggestions(termbase, entry_id)), status=404)
    return html(entry_page(to_json(entry_view(found, termbase.glossary))))


def suggestions(termbase: Termbase, entry_id: str) -> list[dict[str, str]]:
    """Entries whose names are close to a mistyped id."""
    try:
        found = termbase.lookup(entry_id.replace("-", " ")[:200], limit=5).results
    except TermbaseError:
        return []
    return [{"id": c.entry.id, "label": c.entry.label} for c in found]


@router.get("/romanize", response_class=HTMLResponse)
def romanize(
    termbase: TermbaseDep, text: Text = "", lang: Text = "", system: Text = "all", order: Text = ""
) -> HTMLResponse:
    """The romanize box; with ``?text=`` the result is part of the page."""
    given_first = order == "given-first"
    form = {"text": text, "lang": lang, "system": system, "given_first": given_first}
    listed = [to_json(system_view(s)) for s in termbase.systems()]
    if not text.strip():
        return html(romanize_page(form, listed, None, None))
    try:
        result = termbase.romanize(text, lang=lang or None, system=system, given_first=given_first)
    except TermbaseError as error:
        return html(romanize_page(form, listed, None, error.message), status=error.status)
    return html(romanize_page(form, listed, to_json(romanize_response(result)), None))


@router.get("/static/{name}")
def static_file(name: str, request: Request, v: str = "") -> Response:
    """The page's CSS, script and icon, from package data; cached for long when versioned."""
    asset = static.assets().get(name)
    if asset is None:
        return Response("no such file\n", status_code=404, media_type="text/plain")
    cache = "public, max-age=31536000, immutable" if v == asset.version else "no-cache"
    etag = f'"{asset.version}"'
    headers = {"Cache-Control": cache, "ETag": etag, "X-Content-Type-Options": "nosniff"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(asset.body, media_type=asset.media_type, headers=headers)
