"""Names in no glossary as a draft glossary folder, ready for review (``--draft DIR``).

Each cluster of spellings becomes one entry; each spelling one term, as the text wrote it, with
the places it was seen as its sources (``seen: line 2, column 1``; the source ``seen`` is the
checked file or table, described in ``glossary.yaml``). Nothing in a draft is verified: the entry
is ``verification: unverified`` with a note saying why, no term states a verification (none was
compared with a source beyond the text itself; ``termbase list --unverified`` lists them all) and
so none is preferred — the proposed spelling is the first term, ``admitted``. A Han (or kanji and
kana) spelling needs a reading: it gets the reading guesser's, marked ``verification: machine``
with a note saying so. The kind (person
for a name of several words, place for one word) and the origin (the language whose phonetic
keys joined the spellings, when only one did) are guesses the reviewer confirms.

The folder is written by :func:`termbase.interop.folder.write_glossaries`, so it is validated by
the loader before it appears; a TBX v3 file of the same entries is written beside the YAML.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path, PurePath
from typing import Any

from termbase.editor.cluster import Cluster
from termbase.editor.findings import UnknownGroup
from termbase.editor.unknown import name_keys
from termbase.glossary.loader import load
from termbase.interop import export_glossary
from termbase.interop.folder import write_glossaries
from termbase.interop.records import GlossaryRecords
from termbase.romanize import engine
from termbase.scripts import script_of

SOURCE_ID = "seen"
#: Places cited per term (the count in the entry's note is exact).
MAX_PLACES = 5


@dataclass(frozen=True, slots=True)
class Seen:
    """One spelling of a draft name: how often it was seen, and where (locators)."""

    form: str
    count: int
    places: tuple[str, ...]  # "line 2, column 1" (a manuscript) or "line 14" (a table)


@dataclass(frozen=True, slots=True)
class DraftName:
    proposed: str
    variants: tuple[Seen, ...]  # the proposed spelling among them


@dataclass(frozen=True, slots=True)
class Draft:
    """What was written: the folder, its TBX file and the entry ids."""

    folder: Path
    tbx: Path
    ids: tuple[str, ...]


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")


def _entry_id(name: DraftName, taken: set[str], number: int) -> str:
    latin = next((v.form for v in name.variants if _latin(v.form) and _slug(v.form)), "")
    base = _slug(name.proposed) or _slug(latin) or f"name-{number}"
    found, suffix = base, 2
    while found in taken:
        found, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(found)
    return found


def _latin(text: str) -> bool:
    return script_of(text[0]) == "Latn"


def _tag(form: str) -> str:
    """Latin spellings as English text writes them (``en``); Cyrillic ``ru``; Han ``zh`` (the tag
    for both Chinese scripts), with kana ``ja``."""
    scripts = {script_of(c) for c in form}
    if scripts & {"Hira", "Kana"}:
        return "ja"
    if "Hani" in scripts:
        return "zh"
    return "ru" if "Cyrl" in scripts else "en"


def guessed_origin(forms: Sequence[str]) -> str | None:
    """The language (ja, zh, ru) whose keys join most pairs of ``forms`` and, among those, whose
    systems fit most of the spellings (Tarō is Hepburn; Иван is Russian); None on a tie."""
    joined: Counter[str] = Counter()
    keys = {form: name_keys(form) for form in forms}
    for a, b in combinations(forms, 2):
        for lang in {key.split(":", 1)[0] for key in keys[a] & keys[b]}:
            joined[lang] += 1

    def fit(lang: str) -> tuple[int, int]:
        return joined[lang], sum(bool(engine(lang).plausible_systems(form)) for form in forms)

    ranked = sorted(joined, key=fit, reverse=True)
    if not ranked or (len(ranked) > 1 and fit(ranked[0]) == fit(ranked[1])):
        return None
    return ranked[0]


def _entry(name: DraftName, entry_id: str, where: str) -> dict[str, Any]:
    ordered = sorted(name.variants, key=lambda v: v.form != name.proposed)
    kind = "person" if len(name.proposed.split()) > 1 else "place"
    seen = ", ".join(f"{v.form} ×{v.count}" for v in ordered)
    terms = []
    for variant in ordered:
        refs = [f"{SOURCE_ID}: {place}" for place in variant.places[:MAX_PLACES]]
        tag = _tag(variant.form)
        term: dict[str, Any] = {"lang": tag, "form": variant.form, "status": "admitted"}
        reading = engine(tag).machine_reading(variant.form) if tag in ("zh", "ja") else None
        if reading:
            # the schema wants a reading for Han: a guesser's, said to be one
            term.update(
                reading=reading, verification="machine", note=f"Reading guessed by machine: {reading}."
            )
        terms.append({**term, "sources": refs})
    entry: dict[str, Any] = {"id": entry_id, "kind": kind}
    origin = guessed_origin([v.form for v in ordered])
    if origin is not None:
        entry["origin"] = origin
    entry["gloss"] = f"Draft: a name in no glossary, written {len(ordered)} way(s) in {where}; review it."
    entry["note"] = (
        f"Seen as: {seen}. Kind ({kind}) and origin guessed from the spellings; "
        f"'{name.proposed}' is the proposed form."
    )
    entry["verification"] = "unverified"
    entry["verification_note"] = (
        "Made by termbase from the text alone: no form, reading or native spelling has been checked "
        "against a source."
    )
    entry["sources"] = [f"{SOURCE_ID}: {where}"]
    entry["terms"] = terms
    return entry


def draft_records(
    names: Iterable[DraftName], *, where: str, glossary_id: str, taken: Iterable[str] = ()
) -> GlossaryRecords:
    """The draft as records (glossary.yaml and one entry file); ids avoid ``taken``."""
    used = set(taken)
    entries = [_entry(name, _entry_id(name, used, n), where) for n, name in enumerate(names, 1)]
    info = {
        "id": glossary_id,
        "name": f"Draft: names in no glossary seen in {where}",
        "description": (
            "Names that matched no entry, clustered by termbase; every entry is unverified and "
            "waits for review (confirm or merge it into a curated glossary)."
        ),
        "licence": "CC BY 4.0",
        "sources": [
            {
                "id": SOURCE_ID,
                "title": f"{where} (as given to termbase)",
                "note": "Locators are line and column (manuscripts) or line (tables) in that file.",
            }
        ],
    }
    return GlossaryRecords(info, entries)


def write_draft(
    names: Sequence[DraftName],
    target: Path,
    *,
    where: str,
    taken: Iterable[str] = (),
    force: bool = False,
) -> Draft:
    """Write the draft folder at ``target`` (validated before it appears) and ``<id>.tbx`` in it."""
    glossary_id = _slug(PurePath(target).name) or "draft"
    records = draft_records(names, where=where, glossary_id=glossary_id, taken=taken)
    comment = f"Draft written by termbase from {where}: review every entry (all are unverified)."
    folder = write_glossaries([records], target, force=force, comment=comment)
    tbx = folder / f"{glossary_id}.tbx"
    tbx.write_text(export_glossary(load(folder), "tbx").text, encoding="utf-8")
    return Draft(folder, tbx, tuple(str(e["id"]) for e in records.entries))


def unknown_drafts(groups: Iterable[UnknownGroup]) -> tuple[DraftName, ...]:
    """A manuscript check's names in no glossary (``CheckResult.unknown``) as draft names."""
    names = []
    for group in groups:
        variants = tuple(
            Seen(
                form,
                count,
                tuple(f"line {ln}, column {col}" for ln, col, found in group.places if found == form),
            )
            for form, count in group.variants
        )
        names.append(DraftName(group.proposed, variants))
    return tuple(names)


def cluster_drafts(clusters: Iterable[Cluster]) -> tuple[DraftName, ...]:
    """A table's clusters that match no entry as draft names (lines of the table as places)."""
    return tuple(
        DraftName(
            c.proposed, tuple(Seen(v.form, v.count, tuple(f"line {n}" for n in v.lines)) for v in c.variants)
        )
        for c in clusters
        if c.entry is None and not c.entries
    )
