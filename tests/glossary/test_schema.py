"""The published JSON Schemas match the code, and the bundled files validate against them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from ruamel.yaml import YAML

from termbase.glossary.loader import bundled_path
from termbase.glossary.schema import SCHEMAS

PUBLISHED = Path(__file__).parents[2] / "glossaries" / "schema"
BROKEN = Path(__file__).parent / "fixtures" / "broken"


def _yaml(path: Path) -> object:
    yaml = YAML(typ="safe", pure=True)
    yaml.version = (1, 2)
    return yaml.load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_published_schema_is_current(name: str) -> None:
    published = json.loads((PUBLISHED / name).read_text(encoding="utf-8"))
    assert published == SCHEMAS[name](), f"run: termbase schema {name} > glossaries/schema/{name}"


@pytest.mark.parametrize("path", sorted(bundled_path().rglob("*.yaml")), ids=lambda p: p.name)
def test_bundled_files_validate(path: Path) -> None:
    name = "glossary.schema.json" if path.name == "glossary.yaml" else "entries.schema.json"
    Draft202012Validator(SCHEMAS[name]()).validate(_yaml(path))


@pytest.mark.parametrize(
    "fixture", ["bad-id", "unknown-kind", "unknown-language", "unknown-status", "missing-note", "no-source"]
)
def test_schema_rejects_what_the_loader_rejects(fixture: str) -> None:
    errors = list(
        Draft202012Validator(SCHEMAS["entries.schema.json"]()).iter_errors(_yaml(BROKEN / f"{fixture}.yaml"))
    )
    assert errors
