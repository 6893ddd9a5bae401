"""The service manifest (API 0.2): what OpenRefine reads when the service is added.

Identifiers are glossary entry ids; types are entry kinds. ``identifierSpace`` and
``schemaSpace`` are URIs under the service's public base URL (the ``base_url`` setting), so a
deployment keeps them as long as it keeps its address.
"""

from __future__ import annotations

from typing import Any

from termbase.model import Glossary, Kind
from termbase.reconcile.extend import PROPERTY_SETTINGS
from termbase.reconcile.preview import HEIGHT, WIDTH
from termbase.reconcile.vocabulary import types_list
from termbase.version import __version__

NAME = "termbase: Russian, Chinese and Japanese names"


def spaces(base_url: str) -> tuple[str, str]:
    """(identifierSpace, schemaSpace)."""
    base = base_url.rstrip("/")
    return f"{base}/entries/", f"{base}/reconcile/types/"


def kinds_in(glossary: Glossary) -> list[Kind]:
    """The kinds the glossary has entries of, in the model's order."""
    present = {entry.kind for entry in glossary.entries}
    return [kind for kind in Kind if kind in present]


def manifest(glossary: Glossary, *, base_url: str, root: str = "/reconcile") -> dict[str, Any]:
    base = base_url.rstrip("/")
    identifier_space, schema_space = spaces(base)
    service = base + root
    return {
        "versions": ["0.2"],
        "name": NAME,
        "identifierSpace": identifier_space,
        "schemaSpace": schema_space,
        "documentation": f"{base}/docs",
        "serviceVersion": __version__,
        "view": {"url": f"{base}/entries/{{{{id}}}}"},
        "defaultTypes": types_list(kinds_in(glossary)),
        "preview": {"url": f"{service}/preview?id={{{{id}}}}", "width": WIDTH, "height": HEIGHT},
        "suggest": {
            "entity": {
                "service_url": service,
                "service_path": "/suggest/entity",
                "flyout_service_path": "/flyout/entity?id=${id}",
            },
            "type": {"service_url": service, "service_path": "/suggest/type"},
            "property": {"service_url": service, "service_path": "/suggest/property"},
        },
        "extend": {
            "propose_properties": {"service_url": service, "service_path": "/propose_properties"},
            "property_settings": PROPERTY_SETTINGS,
        },
    }
