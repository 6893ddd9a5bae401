"""The page's static files (CSS, script, icon), read from package data so any install has them.

URLs carry a content hash (``/static/termbase.css?v=1a2b3c4d``), so browsers may cache a file
for a long time and still see a new version the moment it changes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}


@dataclass(frozen=True, slots=True)
class Asset:
    name: str
    body: bytes
    media_type: str
    version: str


@cache
def assets() -> dict[str, Asset]:
    """Every servable file in this package, by name."""
    found = {}
    for item in resources.files(__name__).iterdir():
        suffix = "." + item.name.rpartition(".")[2]
        if item.is_file() and suffix in TYPES:
            body = item.read_bytes()
            version = hashlib.sha256(body).hexdigest()[:10]
            found[item.name] = Asset(item.name, body, TYPES[suffix], version)
    return found


def url(name: str) -> str:
    """The versioned URL of a static file (KeyError if there is no such file: a typo in code)."""
    return f"/static/{name}?v={assets()[name].version}"
