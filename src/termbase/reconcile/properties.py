"""The properties data extension offers: native forms, English form, kind, reading, and one
property per romanization system (its id is the system id), so a reconciled table can gain
columns such as "Pinyin", "Wade–Giles", "Modified Hepburn" or "Cyrillic".

Every value is a string, computed from the entry on demand: renderings are generated from the
entry's checked readings, exactly as the entry page shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from termbase.errors import UnknownPropertyError
from termbase.model import Entry, Status
from termbase.readings import Reading, primary_readings, readings, renderings
from termbase.romanize import System, systems
from termbase.scripts import KEY_ENGINES

ORDERS = ("native", "swapped")
_SOURCE = {
    "ja": "generated from the checked Japanese reading (kana)",
    "zh": "generated from the checked pinyin reading",
    "ru": "transliterated from the Russian form",
    "han": "read from the Han characters (Sino-Korean or Sino-Vietnamese)",
}
_USABLE = (Status.PREFERRED, Status.ADMITTED)


@dataclass(frozen=True, slots=True)
class Options:
    """A property's settings in an extend query: name order for renderings, most values per row."""

    order: str = "native"
    limit: int = 0


Values = Callable[[Entry, Options], list[str]]


@dataclass(frozen=True, slots=True)
class Property:
    id: str
    name: str
    description: str
    values: Values


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _forms(*tags: str) -> Values:
    def values(entry: Entry, _: Options) -> list[str]:
        return _unique(t.form for tag in tags for t in entry.terms if t.lang == tag and t.status in _USABLE)

    return values


def _rendered(
    entry: Entry, reading: Reading, options: Options, accept: Callable[[str, str], bool]
) -> list[str]:
    wanted = options.order if options.order in ORDERS else "native"
    found = [r for r in renderings(entry, reading, both_orders=True) if accept(r.system, r.target)]
    chosen = [r.text for r in found if r.order == wanted] or [r.text for r in found if r.order == "native"]
    return _unique(chosen)


def _system_values(system: System) -> Values:
    def values(entry: Entry, options: Options) -> list[str]:
        reading = primary_readings(entry).get(system.lang)
        if reading is None:
            return []
        return _rendered(entry, reading, options, lambda sid, _: sid == system.id)

    return values


def _cyrillic(entry: Entry, options: Options) -> list[str]:
    russian = _forms("ru")(entry, options)
    if russian:
        return russian
    primary = primary_readings(entry)
    langs = sorted(primary, key=lambda lang: lang != entry.origin)
    for lang in langs:
        found = _rendered(entry, primary[lang], options, lambda _, target: target == "ru")
        if found:
            return found
    return []


def fixed_properties() -> list[Property]:
    def preferred_en(entry: Entry, _: Options) -> list[str]:
        term = entry.preferred("en")
        return [term.form] if term else []

    return [
        Property("preferred-en", "Preferred English form", "the form to write in English", preferred_en),
        Property("kind", "Kind", "person, place, organization, ...", lambda e, _: [e.kind.value]),
        Property("gloss", "Gloss", "a short English description", lambda e, _: _unique([e.gloss])),
        Property("kanji", "Japanese form (kanji, kana)", "the Japanese form(s)", _forms("ja")),
        Property(
            "hanzi",
            "Chinese form (hanzi)",
            "the Chinese form(s), simplified first",
            _forms("zh-Hans", "zh", "zh-Hant"),
        ),
        Property(
            "hanzi-simplified", "Chinese form, simplified", "the simplified form(s)", _forms("zh-Hans", "zh")
        ),
        Property(
            "hanzi-traditional",
            "Chinese form, traditional",
            "the traditional form(s)",
            _forms("zh-Hant", "zh"),
        ),
        Property("russian", "Russian form", "the Russian (Cyrillic) form(s) in the glossary", _forms("ru")),
        Property(
            "cyrillic",
            "Cyrillic",
            "the Russian form, else the Polivanov (Japanese) or Palladius (Chinese) rendering",
            _cyrillic,
        ),
        Property(
            "reading",
            "Reading",
            "checked readings: kana for Japanese, tone-marked pinyin for Chinese",
            lambda e, _: _unique(r.text for r in readings(e) if r.lang in ("ja", "zh")),
        ),
    ]


def _variants(entry: Entry, _: Options) -> list[str]:
    return _unique(t.form for t in entry.terms)


@cache
def catalog() -> dict[str, Property]:
    """Every property, in the order they are proposed."""
    found = fixed_properties()
    for lang in KEY_ENGINES:
        for system in systems(lang):
            description = _SOURCE[lang]
            found.append(Property(system.id, system.name, description, _system_values(system)))
    found.append(Property("variants", "All forms", "every form in the glossary, any status", _variants))
    table: dict[str, Property] = {}
    for prop in found:
        if prop.id in table:
            raise RuntimeError(f"reconciliation property id {prop.id!r} is defined twice")
        table[prop.id] = prop
    return table


def get_property(property_id: str) -> Property:
    try:
        return catalog()[property_id]
    except KeyError:
        raise UnknownPropertyError(
            f"unknown property {property_id!r}; propose_properties lists them", property=property_id
        ) from None


def values(entry: Entry, property_id: str, options: Options = Options()) -> list[str]:
    """The property's values for an entry (at most ``options.limit`` when it is positive)."""
    found = get_property(property_id).values(entry, options)
    return found[: options.limit] if options.limit > 0 else found
