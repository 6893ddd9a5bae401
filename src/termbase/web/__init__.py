"""The web page for translators (placeholder until its issue lands)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
