"""The fuzzy tier's candidate generator: a deletion-neighbourhood index (after SymSpell).

Every indexed key is stored under itself and under each string made by deleting one character.
A query reaches a key within one edit (insertion, deletion, substitution, adjacent swap) by the
same one-deletion step on its side; long queries also try two deletions on their side, which
reaches some keys two edits away (two extra characters, or one extra and one changed).
Candidates are confirmed with rapidfuzz's OSA distance. Nothing scans the whole key set, so the
cost of a query does not grow with the glossary.

Storage: a 100,000-entry glossary has millions of deletion variants, too many for a dict of
strings. Each variant is kept as one unsigned 64-bit integer — the CRC-32 of the variant
(UTF-8) above a 32-bit key number — in a sorted numpy array; all of a query's probes are looked
up in one vectorized binary search (a probe per Python-level bisect cost more than the rest of
the lookup). CRC-32 rather than Python's ``hash``: it is the same in every process, so the
array can be written once into the compiled index (:mod:`termbase.lookup.compiled`) and
memory-mapped. Hash collisions only add candidates, which the distance check removes, so the
hash never changes a result. Each key's namespaces are one bit each in a byte per key.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Mapping, Sequence
from zlib import crc32

import numpy as np
import numpy.typing as npt
from rapidfuzz.distance import OSA

#: Keys shorter than this are not fuzzy-indexed: one edit in a 3-letter key is another name.
MIN_LENGTH = 4
#: Two-deletion probes grow with the square of the length; past this, one edit only.
MAX_TWO_EDIT_LENGTH = 24
NUMBER_BITS = 32
NUMBER_MASK = (1 << NUMBER_BITS) - 1
#: At most this many namespaces (one bit each in a key's mask).
MAX_NAMESPACES = 8

Packed = npt.NDArray[np.uint64]
Masks = npt.NDArray[np.uint8]


def stable_hash(text: str) -> int:
    """CRC-32 of ``text`` as UTF-8 (lone surrogates kept): the same in every process."""
    return crc32(text.encode("utf-8", "surrogatepass"))


def _deletes(key: str) -> list[str]:
    return [key[:i] + key[i + 1 :] for i in range(len(key))]


def _double_deletes(key: str) -> list[str]:
    """``key`` without two of its characters, each pair once (deleting every character of each
    one-deletion variant makes every pair twice)."""
    return [key[:i] + key[i + 1 : j] + key[j + 1 :] for i in range(len(key)) for j in range(i + 1, len(key))]


class DeletionIndex:
    """Keys, each under one or more namespaces (``ja``, ``zh``, ``ru``, ``fold``).

    Deletion variants are computed once per distinct key, whatever its namespaces. Keys are
    added with :meth:`add` and packed on the first search (or by :meth:`freeze`); a compiled
    index opens the packed arrays with :meth:`from_arrays` instead.
    """

    def __init__(self) -> None:
        self._added: list[str] = []
        #: The added keys, or a compiled index's key table.
        self._keys: Sequence[str] = self._added
        self._namespaces: list[set[str]] = []
        self._numbers: dict[str, int] = {}
        self._packed: Packed = np.zeros(0, dtype=np.uint64)
        self._masks: Masks = np.zeros(0, dtype=np.uint8)
        self._bits: dict[str, int] = {}
        self._packed_count = 0
        self._lock = threading.Lock()

    @classmethod
    def from_arrays(
        cls, keys: Sequence[str], masks: Masks, packed: Packed, bits: Mapping[str, int]
    ) -> DeletionIndex:
        """An index over already packed arrays (read-only: nothing more can be added)."""
        index = cls()
        index._keys, index._masks, index._packed, index._bits = keys, masks, packed, dict(bits)
        index._packed_count = len(keys)
        index._added = []  # nothing more can be added: add() raises
        return index

    def add(self, namespace: str, key: str) -> None:
        if len(key) < MIN_LENGTH:
            return
        if self._keys is not self._added:
            raise TypeError("a compiled deletion index is read-only")
        number = self._numbers.get(key)
        if number is None:
            if len(self._added) > NUMBER_MASK:
                raise OverflowError("too many keys for the fuzzy index")
            number = self._numbers[key] = len(self._added)
            self._added.append(key)
            self._namespaces.append(set())
        self._namespaces[number].add(namespace)

    def freeze(self) -> None:
        """Pack every key added so far (idempotent; safe to call from several threads)."""
        with self._lock:
            keys = self._added
            if self._packed_count == len(self._keys):
                return
            # Keys numbered in text order, not in the order the build met them (which follows
            # the hash order of key sets): the similarity tier breaks ties by key number, and
            # the same glossary then gives the same answers and the same files in every process.
            order = sorted(range(len(keys)), key=keys.__getitem__)
            keys[:] = [keys[n] for n in order]
            self._namespaces[:] = [self._namespaces[n] for n in order]
            self._numbers = {key: number for number, key in enumerate(keys)}
            slots = array("Q")
            shift = NUMBER_BITS
            for number, key in enumerate(keys):  # inlined: millions of calls
                slots.append((crc32(key.encode("utf-8", "surrogatepass")) << shift) | number)
                slots.extend(
                    (crc32((key[:i] + key[i + 1 :]).encode("utf-8", "surrogatepass")) << shift) | number
                    for i in range(len(key))
                )
            packed = np.frombuffer(slots, dtype=np.uint64).copy()
            packed.sort()
            for names in self._namespaces:
                for name in sorted(names):
                    self._bits.setdefault(name, 1 << len(self._bits))
            if len(self._bits) > MAX_NAMESPACES:
                raise OverflowError("too many namespaces for the fuzzy index")
            masks = np.fromiter(
                (sum(self._bits[name] for name in names) for names in self._namespaces), np.uint8, len(keys)
            )
            self._packed, self._masks = packed, masks
            self._packed_count = len(keys)

    def _keys_near(self, probes: set[str], namespace: str) -> set[str]:
        bit = self._bits.get(namespace)
        if bit is None or not len(self._packed):
            return set()
        # The probes' hashes sorted: a binary search over sorted needles narrows each search by
        # the one before (numpy does), and reads the packed array in order (a two-edit query
        # has hundreds of probes; unsorted, this search was most of the fuzzy tier's time).
        hashes = np.array([crc32(p.encode("utf-8", "surrogatepass")) for p in probes], dtype=np.uint64)
        hashes.sort()
        lows = hashes << np.uint64(NUMBER_BITS)
        # Both ends of every probe's run in one search (its end is where the next hash starts).
        bounds = np.searchsorted(self._packed, np.concatenate((lows, lows + np.uint64(1 << NUMBER_BITS))))
        starts, ends = bounds[: len(lows)], bounds[len(lows) :]
        hit = ends > starts
        if not hit.any():
            return set()
        pairs = zip(starts[hit].tolist(), ends[hit].tolist(), strict=True)
        packed = self._packed
        spans = [packed[start:end] for start, end in pairs]
        numbers = np.unique(np.concatenate(spans) & np.uint64(NUMBER_MASK)).astype(np.int64)
        numbers = numbers[(self._masks[numbers] & bit) != 0]
        return {self._keys[n] for n in numbers.tolist()}

    def candidates(self, query: str, namespace: str, *, max_distance: int = 1) -> set[str]:
        """Keys of ``namespace`` probably within ``max_distance`` (1 or 2) edits of ``query``."""
        if len(query) < MIN_LENGTH:
            return set()
        if self._packed_count != len(self._keys):
            self.freeze()
        probes = {query, *_deletes(query)}
        if max_distance >= 2 and len(query) <= MAX_TWO_EDIT_LENGTH:
            probes.update(_double_deletes(query))
        return self._keys_near(probes, namespace)

    def within(self, query: str, namespace: str, distance: int) -> list[tuple[str, int]]:
        """Keys of ``namespace`` confirmed within ``distance`` edits, nearest first."""
        confirmed = []
        for key in self.candidates(query, namespace, max_distance=distance):
            found = OSA.distance(query, key, score_cutoff=distance)
            if found <= distance:
                confirmed.append((key, found))
        return sorted(confirmed, key=lambda pair: (pair[1], pair[0]))

    @property
    def keys(self) -> Sequence[str]:
        """Every key, by key number (the similarity index numbers them the same way)."""
        return self._keys

    @property
    def masks(self) -> Masks:
        """Each key's namespaces as bits (see :attr:`bits`), by key number (after freezing)."""
        return self._masks

    @property
    def bits(self) -> Mapping[str, int]:
        """Each namespace's bit in :attr:`masks`."""
        return self._bits

    @property
    def packed(self) -> Packed:
        """The sorted variant hashes above their key numbers (after freezing)."""
        return self._packed

    def __len__(self) -> int:
        return len(self.keys)
