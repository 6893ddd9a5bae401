"""The HTTP shell (FastAPI). ``import termbase`` does not need FastAPI; this package does."""

from termbase.api.app import create_app
from termbase.api.settings import Settings

__all__ = ["Settings", "create_app"]
