"""A term's ``lang`` may be any tag of the IANA Language Subtag Registry, in its canonical form.

The forms below are the names of Japan in Unicode CLDR's locale data (``<locale>.xml``,
``territories`` JP), the same data the bundled glossaries import country names from.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from termbase.glossary.langtags import canonical_case, implied_script, registry, tag_problem
from termbase.glossary.loader import check, load
from termbase.glossary.schema import SCHEMAS

FIXTURES = Path(__file__).parent / "fixtures"
JAPAN = {"az": "Yaponiya", "mr": "जपान", "bn": "জাপান", "pa": "ਜਪਾਨ", "cy": "Japan"}


def _glossary(tmp_path: Path, terms: list[dict[str, str]]) -> Path:
    folder = tmp_path / "tags"
    folder.mkdir()
    shutil.copy(FIXTURES / "glossary.yaml", folder / "glossary.yaml")
    entry = {
        "id": "japan",
        "kind": "place",
        "gloss": "Country",
        "sources": ["article: n. 1"],
        "terms": [{"lang": "en", "form": "Japan", "status": "preferred"}, *terms],
    }
    (folder / "entries.jsonl").write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def test_languages_outside_the_display_list_are_valid_tags(tmp_path: Path) -> None:
    terms = [{"lang": tag, "form": form, "status": "admitted"} for tag, form in JAPAN.items()]
    glossary = load(_glossary(tmp_path, terms))
    assert {t.lang for t in glossary.by_id["japan"].terms} == {"en", *JAPAN}


@pytest.mark.parametrize("tag", ["pt-BR", "sr-Latn", "az-Arab", "de-CH-1901", "es-419", "yue", "ko-Hang"])
def test_registered_tags_in_canonical_form_pass(tag: str) -> None:
    assert tag_problem(tag) is None


@pytest.mark.parametrize(
    ("tag", "says"),
    [
        ("xx", "no language subtag"),
        ("en-Qqqx", "no script subtag"),
        ("de-AA", "no region subtag"),  # AA is private use
        ("de-XY", "no region subtag"),
        ("iw", "write 'he'"),  # deprecated in 1989
        ("en-Latn", "write 'en'"),  # Suppress-Script: Latn
        ("zh-CN", "romanization engines"),  # readings are keyed by zh-Hans / zh-Hant
        ("zh-yue", "'yue'"),  # extlang form
        ("de-hepburn", "only after ja-Latn"),
        ("EN", "write 'en'"),
        ("en_US", "not a BCP 47"),
        ("english", "not a BCP 47"),
    ],
)
def test_invalid_or_non_canonical_tags_say_why(tag: str, says: str) -> None:
    problem = tag_problem(tag)
    assert problem is not None and says in problem


def test_a_rejected_tag_is_a_problem_at_its_line_with_the_tag_to_write(tmp_path: Path) -> None:
    report = check(_glossary(tmp_path, [{"lang": "CY", "form": "Japan", "status": "admitted"}]))
    found = [(p.code, p.line, p.hint) for p in report.problems]
    assert found == [("unknown-language", 1, "write 'cy'")]


def test_a_form_outside_the_script_the_registry_implies_is_a_script_mismatch(tmp_path: Path) -> None:
    report = check(_glossary(tmp_path, [{"lang": "cy", "form": "Япония", "status": "admitted"}]))
    assert [p.code for p in report.problems] == ["script-mismatch"]


def test_implied_script_comes_from_the_tag_or_the_registrys_suppress_script() -> None:
    assert implied_script("cy") == "Latn"
    assert implied_script("mr") == "Deva"
    assert implied_script("az-Cyrl") == "Cyrl"
    assert implied_script("az") is None  # written in Latin, Cyrillic and Arabic: nothing to check
    assert implied_script("zh-Hant") == "Hant"


def test_canonical_case() -> None:
    assert canonical_case("ZH-hant-tw") == "zh-Hant-TW"
    assert canonical_case("sl-ROZAJ") == "sl-rozaj"


def test_the_registry_table_is_whole() -> None:
    kinds = {kind for kind, _ in registry()}
    assert kinds == {"language", "extlang", "script", "region", "variant"}
    assert sum(kind == "language" for kind, _ in registry()) > 8000


def test_the_schema_accepts_registered_tags_and_rejects_engine_region_tags() -> None:
    validator = Draft202012Validator(SCHEMAS["entries.schema.json"]())

    def entry(lang: str) -> list[object]:
        term = {"lang": lang, "form": "x", "status": "admitted"}
        return [{"id": "x", "kind": "term", "gloss": "x", "sources": ["article"], "terms": [term]}]

    assert not list(validator.iter_errors(entry("cy")))
    assert not list(validator.iter_errors(entry("pt-BR")))
    assert list(validator.iter_errors(entry("zh-CN")))
    assert list(validator.iter_errors(entry("EN")))
