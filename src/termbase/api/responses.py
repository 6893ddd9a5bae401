"""``WireJSON``: a JSON response written by :func:`termbase.wire.dumps` (orjson).

It takes wire dataclasses as they are (no ``to_json`` pass building dicts first) as well as
plain values, and writes the bytes starlette's ``JSONResponse`` would, several times faster.
The hot endpoints (lookup, reconciliation) answer with it.
"""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from termbase.wire import dumps


class WireJSON(JSONResponse):
    def render(self, content: Any) -> bytes:
        return dumps(content)
