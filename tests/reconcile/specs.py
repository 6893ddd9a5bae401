"""The vendored W3C reconciliation JSON Schemas, read from ``../shared/specs/reconciliation``.

The schemas are not copied into the project: CI clones the repository with ``../shared`` beside
it. How to validate them (see that folder's SOURCE.md): Draft 7 explicitly (``$schema`` is the
unversioned draft URI but the schemas use ``contains``); every file registered under its ``$id``
and under ``<base>/<file name>`` so relative ``$ref``s (``type.json``) resolve; ``openapi.json``
answers the manifest's ``http://swagger.io/v2/schema.json#`` reference.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

REPO = Path(__file__).resolve().parents[2]
SPECS = REPO.parent / "shared" / "specs" / "reconciliation"
BASES = {
    "0.2": "https://reconciliation-api.github.io/specs/0.2/schemas/",
    "1.0-draft": "https://reconciliation-api.github.io/specs/draft/schemas/",
}

#: Example folders upstream has no schema file for, and the part of a schema that covers them.
FRAGMENTS = {
    "preview-metadata": ("manifest.json", "#/properties/preview"),
    "suggest-metadata": ("manifest.json", "#/properties/suggest/definitions/service_definition"),
    "data-extension-metadata": ("manifest.json", "#/properties/extend"),
    "reconciliation-candidate": (
        "reconciliation-result-batch.json",
        "#/patternProperties/^.*$/properties/result/items",
    ),
}
#: Example folders with no schema to check them against, and why.
UNCHECKED = {
    "flyout-response": "no schema upstream (an HTML fragment in JSON)",
    "security-scheme": "OpenAPI 3 security schemes; the vendored openapi.json is Swagger 2.0",
}
FRAGMENTS_1_0 = {
    **FRAGMENTS,
    "reconciliation-candidate": (
        "reconciliation-result-batch.json",
        "#/properties/results/items/properties/candidates/items",
    ),
}


def specs_folder(version: str) -> Path:
    folder = SPECS / version
    if not folder.is_dir():
        raise FileNotFoundError(
            f"the reconciliation schemas are not at {folder}; clone the shared folder beside the repository"
        )
    return folder


@cache
def registry(version: str) -> Registry:  # type: ignore[type-arg]
    resources = []
    for path in sorted(specs_folder(version).glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource(contents=contents, specification=DRAFT7)
        resources.append((BASES[version] + path.name, resource))
        if "$id" in contents:
            resources.append((contents["$id"].rstrip("#"), resource))
    return Registry().with_resources(resources)


@cache
def validator(version: str, schema_file: str, pointer: str = "") -> Draft7Validator:
    """A validator for a schema file, or for the part of it at a JSON pointer fragment."""
    uri = BASES[version] + schema_file
    if schema_file == "openapi.json":
        uri = "http://swagger.io/v2/schema.json"
    schema: dict[str, Any] = {"$ref": uri + pointer} if pointer else registry(version).contents(uri)
    return Draft7Validator(schema, registry=registry(version))


def errors(instance: Any, schema_file: str, *, version: str = "0.2", pointer: str = "") -> list[str]:
    """Every validation error, as readable lines (empty when the instance is valid)."""
    found = validator(version, schema_file, pointer).iter_errors(instance)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in found]


def assert_valid(instance: Any, schema_file: str, *, version: str = "0.2", pointer: str = "") -> None:
    problems = errors(instance, schema_file, version=version, pointer=pointer)
    assert not problems, f"not valid against {version}/{schema_file}{pointer}:\n" + "\n".join(problems)


def examples(version: str) -> list[tuple[str, str, str, Path, bool]]:
    """(schema file, pointer, folder, example path, expected valid) for every vendored example."""
    folder = specs_folder(version)
    fragments = FRAGMENTS if version == "0.2" else FRAGMENTS_1_0
    found = []
    for path in sorted((folder / "examples").glob("*/*/*.json")):
        name, verdict = path.parent.parent.name, path.parent.name
        if (folder / f"{name}.json").is_file():
            schema_file, pointer = f"{name}.json", ""
        elif name in fragments:
            schema_file, pointer = fragments[name]
        else:
            assert name in UNCHECKED, f"example folder {name!r} has no schema mapping"
            continue
        found.append((schema_file, pointer, name, path, verdict == "valid"))
    return found
