"""A term's ``lang``: a BCP 47 tag (RFC 5646) whose every subtag the IANA registry holds.

Any registered language may name a concept (az, mr, bn, pa, cy ...), not only the ones termbase
names on its pages (``LANGUAGE_TAGS``). The tag must be in the registry's canonical form, since
the glossary compares tags as text: lowercase language, title-case script, uppercase region, no
deprecated subtag, no script the language suppresses (``en-Latn``). The languages the
romanization engines read (ja, zh, ru) keep their own tags (``zh-Hans``, never ``zh-CN``),
because readings and systems are keyed by them.

The table is ``data/language_subtags.tsv``, written from the registry by
``scripts/build_language_subtags.py`` (its header names the registry's File-Date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from termbase.scripts import ENGINE_LANGUAGES, LANGUAGE_TAGS, base_language, script_of_tag

# language[-extlang][-script][-region]*(-variant): RFC 5646 section 2.1's langtag, without
# extensions and private use, which name no language of a term.
_WELL_FORMED = re.compile(
    r"(?P<language>[a-z]{2,3})(?:-(?P<extlang>[a-z]{3}))?(?:-(?P<script>[A-Za-z]{4}))?"
    r"(?:-(?P<region>[A-Za-z]{2}|\d{3}))?(?P<variants>(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*)",
    re.IGNORECASE,
)

#: The same shape in canonical case for the published JSON Schema (the registry check is the
#: loader's): any tag but the engine languages', whose tags are listed instead.
SCHEMA_PATTERN = (
    rf"^(?!({'|'.join(ENGINE_LANGUAGES)})(-|$))[a-z]{{2,3}}(-[a-z]{{3}})?(-[A-Z][a-z]{{3}})?"
    r"(-([A-Z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$"
)


@dataclass(frozen=True)
class Subtag:
    suppress_script: str
    deprecated: bool
    preferred: str
    prefixes: tuple[str, ...]


@cache
def registry() -> dict[tuple[str, str], Subtag]:
    """(type, lowercased subtag) -> its registry record."""
    text = resources.files("termbase.glossary").joinpath("data/language_subtags.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line.startswith("#") or not line:
            continue
        kind, subtag, suppress, deprecated, preferred, prefixes = line.split("\t")
        record = Subtag(suppress, deprecated == "deprecated", preferred, tuple(prefixes.split()))
        table[kind, subtag.lower()] = record
    return table


def canonical_case(tag: str) -> str:
    """``ZH-hant-tw`` -> ``zh-Hant-TW`` (RFC 5646 section 2.1.1)."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())  # script
        else:
            out.append(part.upper() if len(part) == 2 else part.lower())  # region; variant
    return "-".join(out)


def _subtag_problem(kind: str, value: str, tag: str) -> str | None:
    record = registry().get((kind, value.lower()))
    if record is None:
        return f"'{value}' in '{tag}' is no {kind} subtag of the IANA registry"
    if kind == "extlang":
        return f"'{tag}' uses the extlang '{value}'; the registry's preferred form is '{record.preferred}'"
    if record.deprecated:
        instead = f"; write '{record.preferred}'" if record.preferred else ""
        return f"the {kind} subtag '{value}' in '{tag}' is deprecated in the IANA registry{instead}"
    return None


def _variant_problem(variant: str, tag: str) -> str | None:
    problem = _subtag_problem("variant", variant, tag)
    if problem:
        return problem
    prefixes = registry()["variant", variant.lower()].prefixes
    head = tag.lower()[: tag.lower().index("-" + variant.lower())]
    if prefixes and not any(head == p.lower() or head.startswith(p.lower() + "-") for p in prefixes):
        return f"the variant '{variant}' is registered only after {', '.join(prefixes)}, not in '{tag}'"
    return None


def _registered_problem(found: re.Match[str], tag: str) -> str | None:
    for kind in ("language", "extlang", "script", "region"):
        value = found.group(kind)
        problem = value and _subtag_problem(kind, value, tag)
        if problem:
            return problem
    problems = (_variant_problem(v, tag) for v in found.group("variants").split("-") if v)
    return next(filter(None, problems), None)


def _canonical_problem(found: re.Match[str], tag: str) -> str | None:
    if tag != canonical_case(tag):
        return f"'{tag}' is not in the registry's case; write '{canonical_case(tag)}'"
    language = found.group("language")
    if language in ENGINE_LANGUAGES:
        return f"'{language}' terms use the tags the romanization engines read, not '{tag}'"
    script = found.group("script")
    if script and script == registry()["language", language].suppress_script:
        plain = tag.replace("-" + script, "")
        return f"'{language}' is written in {script} unless a tag says otherwise; write '{plain}'"
    return None


def tag_problem(tag: str) -> str | None:
    """Why ``tag`` may not be a term's ``lang``, or None when it may."""
    if tag in LANGUAGE_TAGS:
        return None
    found = _WELL_FORMED.fullmatch(tag)
    if not found:
        return f"'{tag}' is not a BCP 47 language tag (language[-Script][-REGION][-variant])"
    return _registered_problem(found, tag) or _canonical_problem(found, tag)


def implied_script(tag: str) -> str | None:
    """The script a valid tag implies, or None where the registry leaves it open (az: Latn, Cyrl, Arab)."""
    if tag in LANGUAGE_TAGS:
        return script_of_tag(tag)
    parts = tag.split("-")
    if len(parts) > 1 and len(parts[1]) == 4 and parts[1].isalpha():
        return parts[1]
    record = registry().get(("language", base_language(tag).lower()))
    if record is None or not record.suppress_script:
        return None
    return record.suppress_script
