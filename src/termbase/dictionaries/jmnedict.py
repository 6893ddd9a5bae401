"""JMnedict, the EDRDG's dictionary of Japanese proper names, as the glossary ``jmnedict``.

Read from either of two forms of the same data: the SQLite database that the PyPI package
``jamdict-data`` installs (JMnedict as jamdict compiled it), or JMnedict's own XML file
(``JMnedict.xml`` or ``.xml.gz``, as the EDRDG publishes it), parsed one ``<entry>`` at a time.
One glossary entry per dictionary entry (``ent_seq``): each kanji form with each reading that
applies to it (``re_restr``), kana-only names as they are written, and the English names of the
translations; its kind from the first ``name_type`` (unclassified names become ``term``).
"""

from __future__ import annotations

import gzip
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast
from xml.etree.ElementTree import Element, iterparse

from termbase.dictionaries.common import Dictionary, Edition, Entry, english_name, installed_file, term

#: JMnedict's name types (entity names, and jamdict's spellings of the same) -> entry kinds.
KIND_OF_TYPE = {
    **dict.fromkeys(
        (
            "surname",
            "given",
            "masc",
            "fem",
            "person",
            "char",
            "character",
            "dei",
            "deity",
            "myth",
            "mythology",
            "fict",
            "fiction",
        ),
        "person",
    ),
    **dict.fromkeys(("place", "station"), "place"),
    **dict.fromkeys(("organization", "company", "group", "serv", "service"), "organization"),
    **dict.fromkeys(("work", "prod", "product"), "work"),
    **dict.fromkeys(("ev", "event"), "event"),
    "doc": "document",
}
UNCLASSIFIED = "term"
_ENTITY = re.compile(rb'<!ENTITY\s+(\S+)\s+"([^"]*)">')
_CREATED = re.compile(rb"JMnedict created: (\d{4}-\d\d-\d\d)")
#: How far into an XML file its DTD (entity declarations) and creation date are looked for.
_HEADER_BYTES = 1 << 16


@dataclass(frozen=True, slots=True)
class Reading:
    kana: str
    applies_to: tuple[str, ...] = ()  # re_restr: the kanji forms it reads (empty: all)
    kana_only: bool = False  # re_nokanji: not a reading of the kanji forms


@dataclass(frozen=True, slots=True)
class Name:
    """One JMnedict entry, as either source gives it."""

    seq: int
    kanji: tuple[str, ...]
    readings: tuple[Reading, ...]
    types: tuple[str, ...]
    glosses: tuple[str, ...]


def entry_of(name: Name) -> Entry | str:
    """The glossary entry for one JMnedict entry, or why there is none."""
    terms: list[Entry] = []
    for kanji in name.kanji:
        for reading in name.readings:
            if not reading.kana_only and (not reading.applies_to or kanji in reading.applies_to):
                terms.append(term("ja", kanji, reading=reading.kana))
    for reading in name.readings:
        if reading.kana_only or not name.kanji:
            terms.append(term("ja", reading.kana))
    if not terms:
        return "no-written-form"
    kind = next((KIND_OF_TYPE[t] for t in name.types if t in KIND_OF_TYPE), UNCLASSIFIED)
    english = list(dict.fromkeys(filter(None, (english_name(g) for g in name.glosses))))
    if not english:
        return "no-english"
    as_is = kind in ("person", "place")  # English writes these names by transliteration
    terms.extend(term("en", form, term_type="" if as_is else "translation") for form in english)
    types = ", ".join(name.types) or "unclassified"
    entry: Entry = {
        "id": f"jmnedict-{name.seq}",
        "kind": kind,
        "gloss": f"{'; '.join(name.glosses)} ({types})",
        "sources": [f"jmnedict: ent_seq {name.seq}"],
        "terms": terms,
    }
    if name.kanji:
        entry["origin"] = "ja"
    return entry


def entries(edition: Edition) -> Iterator[Entry | str]:
    names = _database_names(edition.path) if edition.path.suffix == ".db" else _xml_names(edition.path)
    for name in names:
        yield entry_of(name)


# --- the jamdict-data database ---------------------------------------------------------------


def _database_names(path: Path) -> Iterator[Name]:
    """Every name in jamdict's tables, streamed in ``idseq`` order (one pass per table, merged)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        kanji = _Grouped(db, "SELECT idseq, text FROM NEKanji ORDER BY idseq, ID")
        kana = _Grouped(db, "SELECT idseq, text, nokanji FROM NEKana ORDER BY idseq, ID")
        types = _Grouped(
            db,
            "SELECT t.idseq, y.text FROM NETranslation t JOIN NETransType y ON y.tid = t.ID "
            "ORDER BY t.idseq, t.ID",
        )
        glosses = _Grouped(
            db,
            "SELECT t.idseq, g.text FROM NETranslation t JOIN NETransGloss g ON g.tid = t.ID "
            "WHERE g.lang = 'eng' ORDER BY t.idseq, t.ID",
        )
        for (seq,) in db.execute("SELECT idseq FROM NEEntry ORDER BY idseq"):
            readings = tuple(Reading(row[0], kana_only=bool(row[1])) for row in kana.take(seq))
            yield Name(
                seq,
                tuple(row[0] for row in kanji.take(seq)),
                readings,
                tuple(dict.fromkeys(row[0] for row in types.take(seq))),
                tuple(row[0] for row in glosses.take(seq)),
            )


class _Grouped:
    """Rows of one ``ORDER BY idseq`` query, taken one entry at a time."""

    def __init__(self, db: sqlite3.Connection, query: str) -> None:
        self.rows = db.cursor().execute(query)
        self.pending = next(self.rows, None)

    def take(self, seq: int) -> list[tuple[Any, ...]]:
        taken = []
        while self.pending is not None and self.pending[0] < seq:
            self.pending = next(self.rows, None)  # rows of no entry (none in jamdict's data)
        while self.pending is not None and self.pending[0] == seq:
            taken.append(self.pending[1:])
            self.pending = next(self.rows, None)
        return taken


# --- JMnedict's XML --------------------------------------------------------------------------


def _open(path: Path) -> IO[bytes]:
    return cast(IO[bytes], gzip.open(path, "rb")) if path.suffix == ".gz" else path.open("rb")


def _entity_names(path: Path) -> dict[str, str]:
    """The DTD's entities, text -> name: the parser expands ``&surname;``, and the name is the code."""
    with _open(path) as stream:
        header = stream.read(_HEADER_BYTES)
    return {text.decode(): name.decode() for name, text in _ENTITY.findall(header)}


def xml_date(path: Path) -> str:
    with _open(path) as stream:
        found = _CREATED.search(stream.read(_HEADER_BYTES))
    return found.group(1).decode() if found else ""


def _texts(element: Element, tag: str) -> tuple[str, ...]:
    return tuple(child.text.strip() for child in element.iter(tag) if child.text and child.text.strip())


def _xml_names(path: Path) -> Iterator[Name]:
    # JMnedict declares its name types as entities in its own DTD; expat expands them (the
    # file is one the user chose to import, not a request body: no defusedxml here).
    code_of = _entity_names(path)
    with _open(path) as stream:
        for _, element in iterparse(stream, events=("end",)):
            if element.tag != "entry":
                continue
            readings = tuple(
                Reading(
                    _texts(r, "reb")[0],
                    _texts(r, "re_restr"),
                    kana_only=r.find("re_nokanji") is not None,
                )
                for r in element.iter("r_ele")
                if _texts(r, "reb")
            )
            types = tuple(code_of.get(t, t) for t in _texts(element, "name_type"))
            yield Name(
                int(_texts(element, "ent_seq")[0]),
                _texts(element, "keb"),
                readings,
                tuple(dict.fromkeys(types)),
                _texts(element, "trans_det"),
            )
            element.clear()  # flat memory: the parsed entry is not kept


# --- the dictionary --------------------------------------------------------------------------


def _bundled() -> Path:
    return installed_file("jamdict-data", "jamdict_data", "jamdict.db")


def _edition(path: Path, via: str) -> Edition:
    if path.suffix == ".db":
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        # jamdict-data 1.5 (2021) ships the EDRDG licence statement of then, CC BY-SA 3.0.
        return Edition(path, meta.get("jmnedict.date", ""), "CC BY-SA 3.0", via)
    return Edition(path, xml_date(path), "CC BY-SA 4.0", via)


JMNEDICT = Dictionary(
    name="jmnedict",
    title="JMnedict (Japanese proper names dictionary)",
    publisher="Electronic Dictionary Research and Development Group (EDRDG)",
    url="https://www.edrdg.org/enamdict/enamdict_doc.html",
    licence_url="https://www.edrdg.org/edrdg/licence.html",
    attribution=(
        "This glossary uses the JMnedict dictionary file, the property of the Electronic Dictionary "
        "Research and Development Group, used in conformance with the Group's licence."
    ),
    package="jamdict-data",
    bundled=_bundled,
    edition=_edition,
    entries=entries,
)
