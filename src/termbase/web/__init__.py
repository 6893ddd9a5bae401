"""The web page for translators: search any spelling, see the whole entry, romanize text.

Pure HTML rendering: the routes that serve these pages are in :mod:`termbase.api.routes.pages`.
Pages are rendered on the server from the same dicts the JSON API returns (:mod:`termbase.views`),
and enhanced by one small script
(``static/termbase.js``) that searches as you type and copies forms. Every page works without
the script; no request leaves the service's origin. See ``docs/web.md``.
"""

from __future__ import annotations
