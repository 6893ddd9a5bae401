"""The compiled index: every table a lookup reads, written once, memory-mapped by every process.

An in-memory build (:func:`~termbase.lookup.build.build_index`) parses and validates the
glossary files and reduces every form to keys: about a minute and a gigabyte or more per
process at 100,000 entries. :func:`write_index` stores the result in a folder of numpy ``.npy``
files; :func:`open_index` maps them (``mmap_mode="r"``) and answers lookups straight from the
mapped pages, so opening costs milliseconds whatever the size, nothing is parsed at start-up,
and the pages are shared by every worker process through the page cache (counted once in PSS).

Why numpy files, not SQLite or LMDB: every table the tiers read is already a sorted array or
a key -> hits map, and numpy is a dependency. A key is found by one binary search over sorted
64-bit hashes (CRC-32 and Adler-32 of ``table \\x1f key``: a hash only places the key, so it
need not be cryptographic, and these cost a fraction of a BLAKE2b call), then checked against
its stored text, so a hash collision can never return another key's hits; its hits are a slice
of one posting array, decoded only as far as a tier reads (``[:50]``). The fuzzy tier's
deletion variants and the similarity tier's trigram postings are numpy arrays in memory
already, and are written as they are. SQLite would add a B-tree walk, a cursor and row
decoding per key for the same answer, and LMDB a dependency; neither would share those arrays.

Files in the folder (all arrays little-endian ``.npy``; strings as a UTF-8 blob plus offsets):

- ``manifest.json``  format, engine fingerprint, glossary content hash, the tables'
  namespaces, the fuzzy index's namespace bits, and each array's dtype and length; written
  last, so a folder without it is an interrupted build;
- ``key_hashes``, ``key_starts``, ``postings``, ``key_text.*``  every table (exact, fold, the
  phonetic, partial and family tables of each namespace, and entry ids);
  a posting is ``entry << 17 | term << 1 | via``;
- ``fuzzy_keys.*``, ``fuzzy_masks``, ``fuzzy_packed``  the deletion index
  (:mod:`termbase.lookup.fuzzy`); ``similar_grams``, ``similar_owners``  the trigram index
  (:mod:`termbase.lookup.similar`), over the same keys;
- ``entries.*``  each entry pickled on its own, unpickled when first read (and remembered, up to
  :data:`ENTRY_MEMO`; the model's dataclasses are pickled as constructor calls and its enums by
  value, which unpickles in about 60 % of the time of pickle's default, a Python ``__setstate__``
  per object); ``labels.*`` and ``ids.*``  what ranking and ``/v1/entries/{id}`` read
  without unpickling; ``infos.pickle``  the glossaries' metadata;
- ``gazetteer_*``  the manuscript scanner's keys and surfaces
  (:func:`termbase.editor.gazetteer.gazetteer_arrays`) and ``suggest_*``  the suggest service's
  folded keys (:func:`termbase.reconcile.suggest.suggest_arrays`): both read every entry's
  surfaces, enumerated once here, so neither is rebuilt when a process opens the index.

:func:`compile_index` writes the same files from a glossary in two processes: a forked child
renders the surfaces and builds the gazetteer while this one builds the lookup tables, then
the suggest index from the spellings the child hands over.

The files are trusted as the package's own code is: the cache folder is the user's
(:mod:`termbase.lookup.cache`). A folder that is truncated, inconsistent or of another format
raises :class:`IndexFileError` on open, never a traceback from deep inside numpy.
"""

from __future__ import annotations

import dataclasses
import enum
import io
import json
import os
import pickle
import shutil
import signal
import threading
import time
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, overload
from zlib import adler32, crc32

import numpy as np
import numpy.typing as npt

from termbase.errors import IndexFileError
from termbase.lookup.build import build_index, collector_paused
from termbase.lookup.fuzzy import DeletionIndex
from termbase.lookup.index import Index
from termbase.lookup.keys import Hit, HitTable, Via
from termbase.lookup.similar import SimilarityIndex
from termbase.memo import Memo
from termbase.model import Entry, Glossary, GlossaryInfo
from termbase.readings import Speller

__all__ = ["FORMAT", "IndexFileError", "compile_index", "open_index", "write_index"]

#: Bumped whenever the layout changes: an index of another format is never read.
FORMAT = 2
MANIFEST = "manifest.json"
#: Entries remembered after unpickling, per index.
ENTRY_MEMO = 65_536
#: Readings whose spellings in every system one build remembers.
SPELLER_MEMO = 262_144
TERM_BITS = 16
_VIAS = (Via.FORM, Via.READING)
_SEPARATOR = "\x1f"
#: The table of entry ids (postings: the entry, term 0).
ID_TABLE = "id"


def key_hash(text: str) -> int:
    """A 64-bit hash of ``text``, the same in every process."""
    encoded = text.encode("utf-8", "surrogatepass")
    return crc32(encoded) << 32 | adler32(encoded)


# --- reading --------------------------------------------------------------------------------


class Strings(Sequence[str]):
    """Strings stored as one UTF-8 blob and ``len + 1`` offsets (both memory-mapped).

    Read through memoryviews: indexing one returns a Python int or bytes directly, several
    times cheaper than indexing a numpy array element by element."""

    def __init__(self, blob: npt.NDArray[np.uint8], offsets: npt.NDArray[np.int64]) -> None:
        self.blob, self.offsets = blob, offsets
        self._bytes, self._offsets = blob.data, offsets.data
        self._count = len(offsets) - 1

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, position: int) -> str: ...
    @overload
    def __getitem__(self, position: slice) -> list[str]: ...
    def __getitem__(self, position: int | slice) -> str | list[str]:
        # Ranking reads a label per offer, the tiers a key text per candidate: a position in
        # range first, without the checks of :meth:`raw`.
        if type(position) is int and 0 <= position < self._count:
            start, end = self._offsets[position], self._offsets[position + 1]
            return self._bytes[start:end].tobytes().decode("utf-8", "surrogatepass")
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        return bytes(self.raw(position)).decode("utf-8", "surrogatepass")

    @classmethod
    def of(cls, texts: Iterable[str]) -> Strings:
        """``texts`` stored the same way in memory (what an in-memory build serves from)."""
        return cls(*_strings(texts))

    def raw(self, position: int) -> memoryview:
        """The UTF-8 bytes of one string (not copied)."""
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        return self._bytes[self._offsets[position] : self._offsets[position + 1]]

    def bisect(self, wanted: bytes, lo: int = 0, hi: int | None = None) -> int:
        """The first position in ``lo:hi`` whose string's UTF-8 bytes are not below ``wanted``
        (the strings sorted by their bytes, which is code-point order)."""
        blob, offsets = self._bytes, self._offsets
        hi = len(self) if hi is None else hi
        while lo < hi:
            middle = (lo + hi) // 2
            if blob[offsets[middle] : offsets[middle + 1]].tobytes() < wanted:
                lo = middle + 1
            else:
                hi = middle
        return lo

    def starts_with(self, position: int, wanted: bytes) -> bool:
        """Whether the string at ``position`` (in range) starts with the bytes ``wanted``."""
        start = self._offsets[position]
        end = start + len(wanted)
        return end <= self._offsets[position + 1] and self._bytes[start:end] == wanted


class Postings(Sequence[Hit]):
    """One key's hits: a slice of the posting array, decoded only as far as it is read."""

    __slots__ = ("_packed",)

    def __init__(self, packed: memoryview) -> None:
        self._packed = packed

    def __len__(self) -> int:
        return len(self._packed)

    @overload
    def __getitem__(self, position: int) -> Hit: ...
    @overload
    def __getitem__(self, position: slice) -> list[Hit]: ...
    def __getitem__(self, position: int | slice) -> Hit | list[Hit]:
        if isinstance(position, slice):
            return _decode(self._packed[position].tolist())
        return _decode([self._packed[position]])[0]

    def __iter__(self) -> Iterator[Hit]:
        return iter(_decode(self._packed.tolist()))


def _decode(packed: list[int]) -> list[Hit]:
    mask = (1 << (TERM_BITS - 1)) - 1
    return [Hit(p >> TERM_BITS, (p >> 1) & mask, _VIAS[p & 1]) for p in packed]


class KeyStore:
    """Every table's keys: sorted hashes, their texts (``table \x1f key``) and hit ranges.

    A key is found by :func:`bisect.bisect_left` over a memoryview of the hashes: no numpy
    call per key (a scalar ``searchsorted`` costs more than the rest of the find)."""

    def __init__(
        self,
        hashes: npt.NDArray[np.uint64],
        starts: npt.NDArray[np.int64],
        postings: npt.NDArray[np.int64],
        texts: Strings,
    ) -> None:
        self.count, self.texts = len(hashes), texts
        self.starts_count = len(starts)
        self._hashes, self._starts, self._postings = hashes.data, starts.data, postings.data
        self._blob, self._offsets = texts.blob.data, texts.offsets.data

    def find(self, table: str, key: str) -> Postings | None:
        text = f"{table}{_SEPARATOR}{key}".encode("utf-8", "surrogatepass")
        wanted = crc32(text) << 32 | adler32(text)  # key_hash, inlined: a lookup makes dozens
        hashes, blob, offsets = self._hashes, self._blob, self._offsets
        position = bisect_left(hashes, wanted)
        while position < self.count and hashes[position] == wanted:
            if blob[offsets[position] : offsets[position + 1]].tobytes() == text:
                return Postings(self._postings[self._starts[position] : self._starts[position + 1]])
            position += 1
        return None


@dataclass(frozen=True)
class CompiledTable:
    """One table of a :class:`KeyStore`, read as the tiers read any
    :class:`~termbase.lookup.keys.HitTable`."""

    store: KeyStore
    name: str

    def get(self, key: str, default: Sequence[Hit], /) -> Sequence[Hit]:
        found = self.store.find(self.name, key)
        return default if found is None else found

    def __contains__(self, key: object, /) -> bool:
        return isinstance(key, str) and self.store.find(self.name, key) is not None


class Records(Sequence[Entry]):
    """The entries, each unpickled when first read and then remembered (up to ``ENTRY_MEMO``)."""

    def __init__(self, blob: npt.NDArray[np.uint8], offsets: npt.NDArray[np.int64]) -> None:
        self._blob, self._offsets = blob.data, offsets.data
        self._count = len(offsets) - 1
        self._read = Memo(self._unpickle, maxsize=ENTRY_MEMO)

    def _unpickle(self, position: int) -> Entry:
        start, end = self._offsets[position], self._offsets[position + 1]
        try:
            entry = pickle.loads(self._blob[start:end])
        except Exception as error:  # a damaged record: say which file, never a traceback
            raise IndexFileError(f"compiled index entry {position} is unreadable: {error}") from None
        if not isinstance(entry, Entry):
            raise IndexFileError(f"compiled index entry {position} is not an entry")
        return entry

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, position: int) -> Entry: ...
    @overload
    def __getitem__(self, position: slice) -> list[Entry]: ...
    def __getitem__(self, position: int | slice) -> Entry | list[Entry]:
        # The tiers read an entry per hit, dozens a lookup: a position in range first.
        if type(position) is int and 0 <= position < self._count:
            return self._read(position)
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        return self._read(position)

    def __iter__(self) -> Iterator[Entry]:
        # Every entry once (exports, listings): not remembered, so a full pass stays small.
        return (self._unpickle(position) for position in range(len(self)))


class EntriesById(Mapping[str, Entry]):
    """Entry ids -> entries, through the id table (nothing unpickled but the entry asked for)."""

    def __init__(self, store: KeyStore, ids: Strings, entries: Records) -> None:
        self._store, self._ids, self._entries = store, ids, entries

    def __getitem__(self, entry_id: str) -> Entry:
        found = self._store.find(ID_TABLE, entry_id) if isinstance(entry_id, str) else None
        if not found:
            raise KeyError(entry_id)
        return self._entries[found[0].entry]

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


@dataclass(frozen=True)
class CompiledGlossary(Glossary):
    """A glossary whose entries are read from a compiled index."""

    ids: Mapping[str, Entry] = field(default_factory=dict, compare=False)
    #: Entries per glossary id (from the manifest: counting would read every entry).
    counts: Mapping[str, int] = field(default_factory=dict, compare=False)
    #: Maps one of the folder's arrays by name (the gazetteer's and suggest index's).
    array: Callable[[str], Any] | None = field(default=None, compare=False)
    #: What the manifest records beside those arrays (``gazetteer``: its longest key and names).
    derived: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @cached_property
    def by_id(self) -> Mapping[str, Entry]:
        return self.ids


def _read_manifest(folder: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        message = f"{folder} is not a compiled index (no {MANIFEST}: an interrupted build?)"
        raise IndexFileError(message) from None
    except (OSError, ValueError) as error:
        raise IndexFileError(f"{folder / MANIFEST} is unreadable: {error}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        message = f"{folder} is a compiled index of format {found!r}; this termbase reads {FORMAT}"
        raise IndexFileError(message)
    return manifest


class _Arrays:
    """The folder's arrays, each checked against the manifest when mapped."""

    def __init__(self, folder: Path, shapes: Mapping[str, Any]) -> None:
        self.folder, self.shapes = folder, shapes

    def __call__(self, name: str) -> Any:
        expected = self.shapes.get(name)
        path = self.folder / f"{name}.npy"
        try:
            array = np.load(path, mmap_mode="r", allow_pickle=False)
        except (OSError, ValueError) as error:
            raise IndexFileError(f"{path} is unreadable (truncated or damaged?): {error}") from None
        if expected is None or [str(array.dtype), len(array)] != list(expected) or array.ndim != 1:
            raise IndexFileError(f"{path} does not match the manifest ({array.dtype}, {len(array)} items)")
        # A plain ndarray over the same mapped pages: np.memmap's per-access bookkeeping costs
        # more than the binary searches it serves.
        return array.view(np.ndarray)

    def strings(self, name: str) -> Strings:
        blob, offsets = self(f"{name}.blob"), self(f"{name}.offsets")
        if len(offsets) == 0 or int(offsets[-1]) != len(blob):
            raise IndexFileError(f"{self.folder / name} offsets do not match its blob")
        return Strings(blob, offsets)


def read_manifest(folder: Path) -> dict[str, Any]:
    """The manifest of the compiled index at ``folder`` (format checked)."""
    return _read_manifest(folder)


def open_index(folder: Path, *, content_hash: str | None = None, engine: str | None = None) -> Index:
    """The compiled index at ``folder``; with ``content_hash`` or ``engine``, only if it was
    compiled from those glossary files by that engine (:class:`IndexFileError` otherwise)."""
    manifest = _read_manifest(folder)
    for what, wanted in (("content_hash", content_hash), ("engine", engine)):
        if wanted is not None and manifest.get(what) != wanted:
            raise IndexFileError(f"{folder} was compiled from other glossary files or engines ({what})")
    try:
        return _open(folder, manifest)
    except (KeyError, TypeError, ValueError, pickle.UnpicklingError, EOFError, AttributeError) as error:
        raise IndexFileError(f"{folder} is inconsistent: {error}") from None


def _open(folder: Path, manifest: dict[str, Any]) -> Index:
    arrays = _Arrays(folder, manifest["arrays"])
    texts = arrays.strings("key_text")
    store = KeyStore(arrays("key_hashes"), arrays("key_starts"), arrays("postings"), texts)
    if store.starts_count != store.count + 1 or len(store.texts) != store.count:
        raise IndexFileError(f"{folder} key tables do not match each other")
    pickled = arrays.strings("entries")
    entries = Records(pickled.blob, pickled.offsets)
    ids, labels = arrays.strings("ids"), arrays.strings("labels")
    if not len(ids) == len(labels) == len(entries) == manifest["entries"]:
        raise IndexFileError(f"{folder} entry tables do not match each other")
    infos = pickle.loads((folder / "infos.pickle").read_bytes())
    if not isinstance(infos, tuple) or not all(isinstance(info, GlossaryInfo) for info in infos):
        raise IndexFileError(f"{folder}/infos.pickle is not glossary metadata")
    counts = {str(name): int(number) for name, number in manifest["glossary_counts"].items()}
    derived = manifest["derived"]
    for name in manifest["arrays"]:
        if name.startswith(("gazetteer_", "suggest_")):
            arrays(name)  # checked now: a damaged file is found on open, not in a request
    glossary = CompiledGlossary(
        infos, entries, ids=EntriesById(store, ids, entries), counts=counts, array=arrays, derived=derived
    )
    namespaces: Mapping[str, list[str]] = manifest["namespaces"]

    def tables(kind: str) -> dict[str, HitTable]:
        return {ns: CompiledTable(store, f"{kind}/{ns}") for ns in namespaces[kind]}

    keys, masks, bits = arrays.strings("fuzzy_keys"), arrays("fuzzy_masks"), manifest["fuzzy_bits"]
    grams, owners = arrays("similar_grams"), arrays("similar_owners")
    similar = SimilarityIndex.from_arrays(keys, masks, bits, grams, owners)
    return Index(
        glossary,
        exact=CompiledTable(store, "exact"),
        fold=CompiledTable(store, "fold"),
        phonetic=tables("phonetic"),
        partial=tables("partial"),
        family=tables("family"),
        fuzzy=DeletionIndex.from_arrays(keys, masks, arrays("fuzzy_packed"), bits),
        similar=similar,
        labels=labels,
    )


# --- writing --------------------------------------------------------------------------------


def _tables(index: Index) -> Iterator[tuple[str, Mapping[str, Sequence[Hit]]]]:
    for name in ("exact", "fold"):
        table = getattr(index, name)
        if not isinstance(table, dict):
            raise TypeError("only an index built in memory can be compiled")
        yield name, table
    for kind in ("phonetic", "partial", "family"):
        for namespace, table in sorted(getattr(index, kind).items()):
            yield f"{kind}/{namespace}", table
    yield ID_TABLE, {entry.id: [Hit(ei, 0, Via.FORM)] for ei, entry in enumerate(index.glossary.entries)}


def _member(kind: type[enum.Enum], value: object) -> enum.Enum:
    """An enum member by value (what an entry's pickle calls for each enum it holds)."""
    return kind._value2member_map_[value]


class _EntryPickler(pickle.Pickler):
    """Pickles the model's frozen dataclasses as ``cls(*fields)`` (its generated ``__init__``)
    rather than through ``dataclasses``' Python ``__setstate__``, and enums as one dict lookup."""

    def __init__(self, file: io.BytesIO, fields: dict[type, tuple[str, ...]]) -> None:
        super().__init__(file, protocol=5)
        self._fields = fields  # each dataclass's field names, shared by one write's picklers

    def reducer_override(self, obj: Any) -> Any:
        kind = type(obj)
        if isinstance(obj, enum.Enum):
            return _member, (kind, obj._value_)
        if not dataclasses.is_dataclass(kind) or kind.__module__ != Entry.__module__:
            return NotImplemented
        names = self._fields.get(kind)
        if names is None:
            fields = dataclasses.fields(kind)
            if not all(f.init for f in fields):
                return NotImplemented
            names = self._fields[kind] = tuple(f.name for f in fields)
        return kind, tuple(getattr(obj, name) for name in names)


def _pickled(entries: Iterable[Entry]) -> Iterator[bytes]:
    """Each entry pickled on its own (an entry is unpickled alone, when read)."""
    fields: dict[type, tuple[str, ...]] = {}
    for entry in entries:
        buffer = io.BytesIO()
        _EntryPickler(buffer, fields).dump(entry)
        yield buffer.getvalue()


def _encoded(texts: Iterable[bytes]) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int64]]:
    chunks = list(texts)
    offsets = np.zeros(len(chunks) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, chunks), np.int64, len(chunks)), out=offsets[1:])
    return np.frombuffer(b"".join(chunks), dtype=np.uint8), offsets


def _strings(texts: Iterable[str]) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int64]]:
    return _encoded(text.encode("utf-8", "surrogatepass") for text in texts)


def _key_arrays(index: Index) -> dict[str, npt.NDArray[Any]]:
    texts: list[str] = []
    hits: list[Sequence[Hit]] = []
    for name, table in _tables(index):
        prefix = f"{name}{_SEPARATOR}"
        for key, found in table.items():
            texts.append(prefix + key)
            hits.append(found)
    hashes = np.fromiter(map(key_hash, texts), np.uint64, len(texts))
    order = np.argsort(hashes, kind="stable")
    sizes = np.fromiter((len(hits[i]) for i in order.tolist()), np.int64, len(hits))
    starts = np.zeros(len(hits) + 1, dtype=np.int64)
    np.cumsum(sizes, out=starts[1:])
    shift = TERM_BITS
    packed = np.fromiter(
        ((h.entry << shift) | (h.term << 1) | int(h.via) for i in order.tolist() for h in hits[i]),
        np.int64,
        int(starts[-1]),
    )
    blob, offsets = _strings(texts[i] for i in order.tolist())
    return {
        "key_hashes": hashes[order],
        "key_starts": starts,
        "postings": packed,
        "key_text.blob": blob,
        "key_text.offsets": offsets,
    }


def _derived_arrays(glossary: Glossary) -> tuple[dict[str, npt.NDArray[Any]], dict[str, Any]]:
    """The gazetteer's and the suggest index's arrays, from every entry's surfaces (enumerated
    once for both: rendering every reading in every system is most of their cost)."""
    # Imported here: those modules read the compiled index's strings (this module) themselves.
    from termbase.editor.gazetteer import GazetteerBuilder, gazetteer_arrays  # noqa: PLC0415
    from termbase.reconcile.suggest import SuggestBuilder, suggest_arrays  # noqa: PLC0415

    gazetteer, suggest = GazetteerBuilder(), SuggestBuilder()
    for number, entry, found in _surfaces(glossary):
        gazetteer.entry(found)
        suggest.entry(number, entry, found)
    arrays, meta = gazetteer_arrays(gazetteer)
    return {**arrays, **suggest_arrays(suggest)}, {"gazetteer": meta}


def _surfaces(glossary: Glossary) -> Iterator[tuple[int, Entry, list[Any]]]:
    from termbase.surfaces import surfaces  # noqa: PLC0415

    speller = Speller(maxsize=SPELLER_MEMO)  # homonyms (many Tanakas, many "Liang Yun"s) spelt once
    for number, entry in enumerate(glossary.entries):
        yield number, entry, list(surfaces(number, entry, speller=speller))


def write_index(index: Index, folder: Path, *, content_hash: str, engine: str) -> Path:
    """Write ``index`` (built in memory) to ``folder`` (replaced if it exists), atomically: the
    arrays go to a sibling temporary folder that is renamed into place once complete."""
    _check_terms(index.glossary)
    with collector_paused():
        staging = _staging(folder)
        try:
            derived = _derived_here(index.glossary, staging)
            return _write(index, folder, staging, derived, content_hash=content_hash, engine=engine)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def compile_index(glossary: Glossary, folder: Path, *, content_hash: str, engine: str) -> Path:
    """Index ``glossary`` and write the index to ``folder``: the same files as
    ``write_index(build_index(glossary), …)``, sooner. The derived tables (gazetteer, suggest:
    two thirds of the work, rendering every reading in every system) are built meanwhile by a
    forked child process that writes its arrays into the same staging folder, where the
    platform forks and this process runs no other thread; otherwise here, after the index."""
    _check_terms(glossary)
    with collector_paused():
        staging = _staging(folder)
        try:
            child = _fork_derived(glossary, staging)
            try:
                index = build_index(glossary)
                if child is None:
                    derived = _derived_here(glossary, staging)
                else:
                    derived = _derived_from(child, glossary, staging)
            finally:
                if child is not None:
                    child.stop()  # only still running when this process failed
            return _write(index, folder, staging, derived, content_hash=content_hash, engine=engine)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _check_terms(glossary: Glossary) -> None:
    if any(len(entry.terms) >= 1 << (TERM_BITS - 1) for entry in glossary.entries):
        raise ValueError("an entry has too many terms for the compiled index")


def _staging(folder: Path) -> Path:
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.with_name(f".{folder.name}.{os.getpid()}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    return staging


#: What the derived tables add to the manifest: their arrays' shapes, and their own entry.
Derived = tuple[dict[str, list[Any]], dict[str, Any]]
_DERIVED = "derived.json"


def _save(staging: Path, arrays: Mapping[str, npt.NDArray[Any]]) -> dict[str, list[Any]]:
    for name, array in arrays.items():
        np.save(staging / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
    return {name: [str(array.dtype), len(array)] for name, array in arrays.items()}


def _derived_here(glossary: Glossary, staging: Path) -> Derived:
    arrays, meta = _derived_arrays(glossary)
    return _save(staging, arrays), meta


class _Child:
    """A forked child building the gazetteer (and enumerating every entry's spellings for the
    suggest index, which this process builds from them meanwhile)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.status = pid, -1

    def running(self) -> bool:
        if self.status == -1:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
        return self.status == -1

    def wait(self) -> int:
        if self.status == -1:
            self.status = os.waitpid(self.pid, 0)[1]
        return self.status

    def stop(self) -> None:
        if self.running():
            os.kill(self.pid, signal.SIGTERM)
            self.wait()


#: Entries whose spellings the child hands over at a time (a file each, in the staging folder).
CHUNK = 4096


def _chunk(staging: Path, number: int) -> Path:
    return staging / f"suggest-{number}.pickle"


def _fork_derived(glossary: Glossary, staging: Path) -> _Child | None:
    """A child process writing the gazetteer's arrays and every entry's spellings (in chunks)
    into ``staging``, or ``None`` where this process cannot fork safely."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return None  # forking a threaded process may copy a lock another thread holds
    pid = os.fork()
    if pid:
        return _Child(pid)
    status = 1
    try:  # the child: never returns to the caller
        _derived_child(glossary, staging)
        status = 0
    finally:
        os._exit(status)


def _derived_child(glossary: Glossary, staging: Path) -> None:
    from termbase.editor.gazetteer import GazetteerBuilder, gazetteer_arrays  # noqa: PLC0415
    from termbase.reconcile.suggest import suggest_texts  # noqa: PLC0415

    gazetteer, batch, last = GazetteerBuilder(), [], len(glossary.entries) - 1
    for number, _, found in _surfaces(glossary):
        gazetteer.entry(found)
        batch.append(suggest_texts(found))
        if len(batch) == CHUNK or number == last:
            written = _chunk(staging, number // CHUNK)
            partial = written.with_suffix(".partial")
            partial.write_bytes(pickle.dumps(batch, protocol=5))
            partial.replace(written)  # whole or absent
            batch = []
    arrays, meta = gazetteer_arrays(gazetteer)
    (staging / _DERIVED).write_text(json.dumps([_save(staging, arrays), meta]), encoding="utf-8")


def _derived_from(child: _Child, glossary: Glossary, staging: Path) -> Derived:
    """The suggest index built here from the child's spellings as they come, then the child's
    gazetteer (all built here instead if the child failed, e.g. was killed)."""
    from termbase.reconcile.suggest import SuggestBuilder, suggest_arrays  # noqa: PLC0415

    suggest = SuggestBuilder()
    for chunk in range(-(-len(glossary.entries) // CHUNK)):
        path = _chunk(staging, chunk)
        while not path.exists() and child.running():
            time.sleep(0.01)
        if not path.exists():
            return _derived_here(glossary, staging)
        for offset, texts in enumerate(pickle.loads(path.read_bytes())):
            suggest.texts(chunk * CHUNK + offset, texts)
        path.unlink()
    written = staging / _DERIVED
    if child.wait() != 0 or not written.is_file():
        return _derived_here(glossary, staging)
    shapes, meta = json.loads(written.read_text(encoding="utf-8"))
    written.unlink()
    return {**shapes, **_save(staging, suggest_arrays(suggest))}, {"gazetteer": meta}


def _write(
    index: Index, folder: Path, staging: Path, derived: Derived, *, content_hash: str, engine: str
) -> Path:
    index.fuzzy.freeze()
    arrays: dict[str, npt.NDArray[Any]] = _key_arrays(index)
    entries = index.glossary.entries
    for name, values in (("ids", [e.id for e in entries]), ("labels", list(index.labels))):
        arrays[f"{name}.blob"], arrays[f"{name}.offsets"] = _strings(values)
    arrays["entries.blob"], arrays["entries.offsets"] = _encoded(_pickled(entries))
    arrays["fuzzy_keys.blob"], arrays["fuzzy_keys.offsets"] = _strings(index.fuzzy.keys)
    arrays["fuzzy_masks"], arrays["fuzzy_packed"] = index.fuzzy.masks, index.fuzzy.packed
    arrays["similar_grams"], arrays["similar_owners"] = index.similar.grams, index.similar.owners
    shapes = _save(staging, arrays)
    derived_shapes, derived_meta = derived
    manifest = {
        "format": FORMAT,
        "engine": engine,
        "content_hash": content_hash,
        "entries": len(entries),
        "glossary_counts": dict(Counter(entry.glossary for entry in entries)),
        "namespaces": {kind: sorted(getattr(index, kind)) for kind in ("phonetic", "partial", "family")},
        "fuzzy_bits": dict(index.fuzzy.bits),
        "derived": derived_meta,
        "arrays": {**shapes, **derived_shapes},
    }
    (staging / "infos.pickle").write_bytes(pickle.dumps(tuple(index.glossary.infos), protocol=5))
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    _replace(staging, folder)
    return folder


def _replace(staging: Path, folder: Path) -> None:
    """Put ``staging`` at ``folder``: a process that has ``folder`` open keeps its mapped files."""
    try:
        staging.rename(folder)
        return
    except OSError:
        if not folder.exists():
            raise
    if folder.exists():
        old = folder.with_name(f".{folder.name}.{os.getpid()}.old")
        shutil.rmtree(old, ignore_errors=True)
        folder.rename(old)
        staging.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
