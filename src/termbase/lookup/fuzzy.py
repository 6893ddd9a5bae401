"""The fuzzy tier's candidate generator: a deletion-neighbourhood index (after SymSpell).

Every indexed key is stored under itself and under each string made by deleting one character.
A query reaches a key within one edit (insertion, deletion, substitution, adjacent swap) by the
same one-deletion step on its side; long queries also try two deletions on their side, which
reaches some keys two edits away (two extra characters, or one extra and one changed).
Candidates are confirmed with rapidfuzz's OSA distance. Nothing scans the whole key set, so the
cost of a query does not grow with the glossary.

Storage: a 100,000-entry glossary has millions of deletion variants, too many for a dict of
strings. Each variant is kept as one 63-bit integer — a 41-bit hash of the variant above a
22-bit key number — in a sorted numpy array; all of a query's probes are looked up in one
vectorized binary search (a probe per Python-level bisect cost more than the rest of the
lookup). Hash collisions only add candidates, which the distance check removes.
"""

from __future__ import annotations

import threading
from array import array

import numpy as np
from rapidfuzz.distance import OSA

#: Keys shorter than this are not fuzzy-indexed: one edit in a 3-letter key is another name.
MIN_LENGTH = 4
#: Two-deletion probes grow with the square of the length; past this, one edit only.
MAX_TWO_EDIT_LENGTH = 24
ID_BITS = 22
HASH_MASK = (1 << 41) - 1
ID_MASK = (1 << ID_BITS) - 1


def _deletes(key: str) -> list[str]:
    return [key[:i] + key[i + 1 :] for i in range(len(key))]


class DeletionIndex:
    """Keys, each under one or more namespaces (``ja``, ``zh``, ``ru``, ``fold``).

    Deletion variants are computed once per distinct key, whatever its namespaces. Keys are
    added with :meth:`add` and packed on the first search (or by :meth:`freeze`).
    """

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._namespaces: list[set[str]] = []
        self._numbers: dict[str, int] = {}
        self._packed = np.zeros(0, dtype=np.int64)
        self._packed_count = 0
        self._lock = threading.Lock()

    def add(self, namespace: str, key: str) -> None:
        if len(key) < MIN_LENGTH:
            return
        number = self._numbers.get(key)
        if number is None:
            if len(self._keys) > ID_MASK:
                raise OverflowError("too many keys for the fuzzy index")
            number = self._numbers[key] = len(self._keys)
            self._keys.append(key)
            self._namespaces.append(set())
        self._namespaces[number].add(namespace)

    def freeze(self) -> None:
        """Pack every key added so far (idempotent; safe to call from several threads)."""
        with self._lock:
            if self._packed_count == len(self._keys):
                return
            slots = array("q")
            mask, shift = HASH_MASK, ID_BITS
            for number, key in enumerate(self._keys):  # inlined: millions of calls
                slots.append(((hash(key) & mask) << shift) | number)
                slots.extend(
                    ((hash(key[:i] + key[i + 1 :]) & mask) << shift) | number for i in range(len(key))
                )
            packed = np.frombuffer(slots, dtype=np.int64).copy()
            packed.sort()
            self._packed = packed
            self._packed_count = len(self._keys)

    def _keys_near(self, probes: set[str], namespace: str) -> set[str]:
        lows = np.fromiter(((hash(p) & HASH_MASK) << ID_BITS for p in probes), np.int64, len(probes))
        starts = np.searchsorted(self._packed, lows, side="left")
        ends = np.searchsorted(self._packed, lows + (1 << ID_BITS), side="left")
        numbers: set[int] = set()
        for start, end in zip(starts[ends > starts].tolist(), ends[ends > starts].tolist(), strict=True):
            numbers.update((self._packed[start:end] & ID_MASK).tolist())
        return {self._keys[n] for n in numbers if namespace in self._namespaces[n]}

    def candidates(self, query: str, namespace: str, *, max_distance: int = 1) -> set[str]:
        """Keys of ``namespace`` probably within ``max_distance`` (1 or 2) edits of ``query``."""
        if len(query) < MIN_LENGTH:
            return set()
        if self._packed_count != len(self._keys):
            self.freeze()
        probes = {query, *_deletes(query)}
        if max_distance >= 2 and len(query) <= MAX_TWO_EDIT_LENGTH:
            probes |= {twice for once in probes for twice in _deletes(once)}
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
    def keys(self) -> list[str]:
        """Every key added, by key number (the similarity index numbers them the same way)."""
        return self._keys

    @property
    def namespaces(self) -> list[set[str]]:
        """Each key's namespaces, by key number."""
        return self._namespaces

    def __len__(self) -> int:
        return len(self._keys)
