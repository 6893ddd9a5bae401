"""Placeholder router, filled in by the work on its issue."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
