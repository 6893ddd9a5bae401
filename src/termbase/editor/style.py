"""House styles as data: which romanization system, name order and English forms to write.

A style is a TOML file (bundled ones live in ``editor/styles/``; users pass their own path)::

    [style]
    id = "my-press"                  # lowercase ASCII words joined by hyphens
    name = "My press"
    description = "…"
    english = "established"          # or "systematic"
    english_types = ["conventional"] # English term types that always count as established
    english_admitted = false         # admitted terms of those types win over the preferred one
    ascii = false                    # strip diacritics from every form

    [ja]                             # one table per language: ja, zh, ru
    system = "hepburn-traditional"   # a system id from `termbase systems`
    order = "family-first"           # family-first | given-first | native (persons only)
    apostrophes = true               # keep apostrophes (Ken'ichi, Ha'erbin)
    hyphens = "keep"                 # keep | join | space
    ascii = false                    # strip diacritics from this language's renderings
    [ja.options]                     # the engine's options for this system (see its system file)
    n_before_vowel = "'"

Problems are reported with the file and the key at fault, every one of them, in one
``StyleError`` (``detail["problems"]`` lists them); a style id that is neither bundled nor a file
is an ``UnknownStyleError``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from termbase.errors import StyleError, TermbaseError, UnknownStyleError
from termbase.model import TermType
from termbase.romanize import LANGUAGES, get_system

Order = Literal["native", "family-first", "given-first"]
Hyphens = Literal["keep", "join", "space"]
English = Literal["established", "systematic"]

DEFAULT_STYLE = "scholarly-east-asia"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_STYLE_KEYS = {
    "id",
    "name",
    "description",
    "authority",
    "english",
    "english_types",
    "english_admitted",
    "ascii",
}
_ORDERS = ("native", "family-first", "given-first")
_HYPHENS = ("keep", "join", "space")
_ENGLISH = ("established", "systematic")
_RULE_KEYS = {"system", "order", "apostrophes", "hyphens", "ascii", "options"}
T = TypeVar("T")
_NO_TYPES: tuple[TermType, ...] = ()


@dataclass(frozen=True, slots=True)
class LanguageRule:
    """How one language's names are spelt: the system and the options applied to its output."""

    system: str
    order: Order = "native"
    apostrophes: bool = True
    hyphens: Hyphens = "keep"
    ascii: bool = False
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class HouseStyle:
    id: str
    name: str
    description: str = ""
    authority: str = ""
    english: English = "established"
    english_types: tuple[TermType, ...] = (TermType.CONVENTIONAL,)
    english_admitted: bool = False
    ascii: bool = False
    rules: Mapping[str, LanguageRule] = field(default_factory=dict)
    path: str = ""

    def rule(self, lang: str) -> LanguageRule | None:
        return self.rules.get(lang)

    @property
    def systems(self) -> frozenset[str]:
        """The romanization systems the style writes names in (one per language)."""
        return frozenset(rule.system for rule in self.rules.values())


def _fail(where: str, message: str) -> StyleError:
    return StyleError(f"{where}: {message}", where=where)


def _choice(where: str, key: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise _fail(where, f"{key} must be one of {', '.join(allowed)}; got {value!r}")
    return str(value)


def _flag(where: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _fail(where, f"{key} must be true or false; got {value!r}")
    return value


def _text(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise _fail(where, f"{key} must be a string; got {value!r}")
    return value


class _Problems:
    """The mistakes of one style, collected so that every one is reported, not only the first."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def value(self, read: Callable[[], T], default: T) -> T:
        """What ``read`` returns; on a StyleError, its message noted and ``default``."""
        try:
            return read()
        except StyleError as exc:
            self.found.append(exc.message)
            return default

    def unknown_keys(self, where: str, table: Mapping[str, Any], known: set[str]) -> None:
        listed = ", ".join(sorted(known))
        for key in sorted(set(table) - known):
            self.found.append(f"{where}: unknown key {key!r} (known keys: {listed})")

    def check(self, source: str) -> None:
        """Raise one StyleError listing every mistake (``detail["problems"]``, one per line)."""
        if self.found:
            message = "; ".join(self.found)
            raise StyleError(message, where=source, problems=tuple(self.found))


def _system(where: str, value: Any, lang: str) -> str:
    system_id = _text(where, "system", value)
    try:
        system = get_system(system_id)
    except TermbaseError as exc:
        raise _fail(where, exc.message) from None
    if system.lang != lang:
        raise _fail(where, f"system {system_id!r} romanizes {system.lang}, not {lang}")
    return system_id


def _system_of(where: str, table: Mapping[str, Any], lang: str) -> str:
    if "system" not in table:
        raise _fail(where, "system is required")
    return _system(where, table["system"], lang)


def _rule(where: str, table: Any, lang: str, problems: _Problems) -> LanguageRule:
    if not isinstance(table, Mapping):
        raise _fail(where, "must be a table")
    problems.unknown_keys(where, table, _RULE_KEYS)
    system = problems.value(lambda: _system_of(where, table, lang), "")
    options = table.get("options", {})
    return LanguageRule(
        system=system,
        order=cast(
            Order,
            problems.value(lambda: _choice(where, "order", table.get("order", "native"), _ORDERS), "native"),
        ),
        apostrophes=problems.value(lambda: _flag(where, "apostrophes", table.get("apostrophes", True)), True),
        hyphens=cast(
            Hyphens,
            problems.value(lambda: _choice(where, "hyphens", table.get("hyphens", "keep"), _HYPHENS), "keep"),
        ),
        ascii=problems.value(lambda: _flag(where, "ascii", table.get("ascii", False)), False),
        options=problems.value(lambda: _options(where, options, system), {}) if system else {},
    )


def _options(where: str, value: Any, system_id: str) -> dict[str, Any]:
    """Engine options over the system's own; only options the system already has."""
    if not isinstance(value, Mapping):
        raise _fail(where, "options must be a table")
    known = get_system(system_id).options
    unknown = sorted(set(value) - set(known))
    if unknown:
        listed = ", ".join(sorted(known)) or "none"
        raise _fail(where, f"system {system_id!r} has no option {unknown[0]!r} (its options: {listed})")
    return dict(value)


def _english_types(where: str, value: Any) -> tuple[TermType, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, "english_types must be a list of term types")
    known = [t.value for t in TermType]
    for item in value:
        _choice(where, "english_types", item, tuple(known))
    return tuple(TermType(v) for v in value)


def _head(where: str, head: Mapping[str, Any], problems: _Problems) -> dict[str, Any]:
    """The [style] table's fields, each checked (a mistake noted, a default kept)."""
    problems.unknown_keys(where, head, _STYLE_KEYS)

    def text(key: str, default: str) -> str:
        return problems.value(lambda: _text(where, key, head.get(key, default)), default)

    def flag(key: str) -> bool:
        return problems.value(lambda: _flag(where, key, head.get(key, False)), False)

    return {
        "id": problems.value(lambda: _style_id(where, head.get("id")), "style"),
        "name": text("name", str(head.get("id", ""))),
        "description": text("description", ""),
        "authority": text("authority", ""),
        "english": problems.value(
            lambda: _choice(where, "english", head.get("english", "established"), _ENGLISH), "established"
        ),
        "english_types": problems.value(
            lambda: _english_types(where, head.get("english_types", ["conventional"])), _NO_TYPES
        ),
        "english_admitted": flag("english_admitted"),
        "ascii": flag("ascii"),
    }


def _style_id(where: str, value: Any) -> str:
    style_id = _text(where, "id", value)
    if not _ID.match(style_id):
        raise _fail(where, f"id {style_id!r} must be lowercase ASCII words joined by hyphens")
    return style_id


def parse_style(data: Mapping[str, Any], *, source: str = "style") -> HouseStyle:
    """A ``HouseStyle`` from a parsed TOML (or JSON) mapping; ``source`` names it in errors.
    Every mistake is found: the StyleError lists them all."""
    if not isinstance(data, Mapping):
        raise _fail(source, "a style must be a table (object)")
    problems = _Problems()
    problems.unknown_keys(source, data, {"style", *LANGUAGES})
    head = data.get("style")
    if isinstance(head, Mapping):
        fields = _head(f"{source}: [style]", head, problems)
    else:
        problems.found.append(f"{source}: [style] table is required")
    rules: dict[str, LanguageRule] = {}
    for lang in LANGUAGES:
        if lang in data:
            rule = _rule_or_none(f"{source}: [{lang}]", data[lang], lang, problems)
            rules.update({lang: rule} if rule else {})
    problems.check(source)  # raises when [style] is missing, so ``fields`` is set below
    return HouseStyle(**fields, rules=rules, path=source)


def _rule_or_none(where: str, table: Any, lang: str, problems: _Problems) -> LanguageRule | None:
    return problems.value(lambda: _rule(where, table, lang, problems), None)


def style_from_file(path: Path) -> HouseStyle:
    """Read and validate a style file; every problem names the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StyleError(f"{path}: cannot read the style file ({exc})", path=str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StyleError(f"{path}: not valid TOML: {exc}", path=str(path)) from None
    return parse_style(data, source=str(path))


@cache
def bundled_styles() -> dict[str, HouseStyle]:
    """The styles shipped with termbase, by id."""
    folder = resources.files("termbase.editor") / "styles"
    styles: dict[str, HouseStyle] = {}
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.name.endswith(".toml"):
            data = tomllib.loads(item.read_text(encoding="utf-8"))
            style = parse_style(data, source=f"styles/{item.name}")
            styles[style.id] = style
    return styles


def bundled_style(style_id: str) -> HouseStyle:
    """A bundled style by id (what the HTTP API accepts: it never reads the server's files)."""
    try:
        return bundled_styles()[style_id]
    except KeyError:
        known = ", ".join(sorted(bundled_styles()))
        raise UnknownStyleError(
            f"no bundled house style {style_id!r}; use one of: {known}", style=style_id
        ) from None


def load_style(name: str | Path = DEFAULT_STYLE) -> HouseStyle:
    """A bundled style by id, or a style file by path."""
    if isinstance(name, str) and name in bundled_styles():
        return bundled_styles()[name]
    path = Path(name)
    if path.is_file():
        return style_from_file(path)
    known = ", ".join(sorted(bundled_styles()))
    raise UnknownStyleError(
        f"no house style {str(name)!r}: give a bundled style ({known}) or the path of a style file",
        style=str(name),
    )
