"""Dependencies: the loaded service and the settings, overridable in tests."""

from __future__ import annotations

from fastapi import Request

from termbase.api.settings import Settings
from termbase.service import Termbase


async def get_termbase(request: Request) -> Termbase:
    termbase: Termbase = request.app.state.termbase
    return termbase


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings
