"""The fuzzy tier's candidate generator: a deletion-neighbourhood index (after SymSpell).

Every indexed key is stored under itself and under each string made by deleting one character.
A query reaches a key within one edit (insertion, deletion, substitution, adjacent swap) by the
same one-deletion step on its side; long queries also try two deletions on their side, which
reaches some keys two edits away (two extra characters, or one extra and one changed).
Candidates are confirmed with rapidfuzz's OSA distance. Nothing scans the whole key set, so the
cost of a query does not grow with the glossary.

Storage: a 100,000-entry glossary has millions of deletion variants, too many for a dict of
strings. Each variant is kept as one 63-bit integer — a 41-bit hash of the variant above a
22-bit key number — in a sorted ``array('q')``, searched with bisect. Hash collisions only add
candidates, which the distance check removes.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterator

from rapidfuzz.distance import OSA

#: Keys shorter than this are not fuzzy-indexed: one edit in a 3-letter key is another name.
MIN_LENGTH = 4
#: Two-deletion probes grow with the square of the length; past this, one edit only.
MAX_TWO_EDIT_LENGTH = 24
ID_BITS = 22
HASH_MASK = (1 << 41) - 1
ID_MASK = (1 << ID_BITS) - 1


def _deletes(key: str) -> Iterator[str]:
    for i in range(len(key)):
        yield key[:i] + key[i + 1 :]


def _slot(text: str) -> int:
    return (hash(text) & HASH_MASK) << ID_BITS


class DeletionIndex:
    """Keys, each under one or more namespaces (``ja``, ``zh``, ``ru``, ``fold``).

    Deletion variants are computed once per distinct key, whatever its namespaces. Keys are
    added with :meth:`add` and packed on the first search (or by :meth:`freeze`).
    """

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._namespaces: list[set[str]] = []
        self._numbers: dict[str, int] = {}
        self._packed = array("q")
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
            slots: list[int] = []
            mask, shift = HASH_MASK, ID_BITS
            for number, key in enumerate(self._keys):  # inlined _slot: millions of calls
                slots.append(((hash(key) & mask) << shift) | number)
                slots += [((hash(key[:i] + key[i + 1 :]) & mask) << shift) | number for i in range(len(key))]
            slots.sort()
            self._packed = array("q", slots)
            self._packed_count = len(self._keys)

    def _numbers_at(self, variant: str) -> Iterator[int]:
        packed = self._packed
        low = _slot(variant)
        high = low + (1 << ID_BITS)
        i = bisect_left(packed, low)
        while i < len(packed) and packed[i] < high:  # usually zero to two slots: no second search
            yield packed[i] & ID_MASK
            i += 1

    def _keys_near(self, probes: set[str], namespace: str) -> set[str]:
        numbers: set[int] = set()
        for probe in probes:
            numbers.update(self._numbers_at(probe))
        return {self._keys[n] for n in numbers if namespace in self._namespaces[n]}

    def candidates(self, query: str, namespace: str, *, max_distance: int = 1) -> set[str]:
        """Keys of ``namespace`` probably within ``max_distance`` (1 or 2) edits of ``query``."""
        if len(query) < MIN_LENGTH:
            return set()
        if self._packed_count != len(self._keys):
            self.freeze()
        probes = {query, *_deletes(query)}
        if max_distance >= 2 and len(query) <= MAX_TWO_EDIT_LENGTH:
            probes.update(d2 for d1 in list(probes) for d2 in _deletes(d1))
        return self._keys_near(probes, namespace)

    def nearest(self, query: str, namespace: str, *, max_distance: int) -> list[tuple[str, int]]:
        """Keys of ``namespace`` confirmed within ``max_distance`` edits, nearest first.

        One edit is tried first; two only when nothing is one edit away (most typos are one)."""
        confirmed = self._confirmed(query, namespace, 1)
        if not confirmed and max_distance >= 2:
            confirmed = self._confirmed(query, namespace, 2)
        return sorted(confirmed, key=lambda pair: (pair[1], pair[0]))

    def _confirmed(self, query: str, namespace: str, max_distance: int) -> list[tuple[str, int]]:
        confirmed = []
        for key in self.candidates(query, namespace, max_distance=max_distance):
            distance = OSA.distance(query, key, score_cutoff=max_distance)
            if distance <= max_distance:
                confirmed.append((key, distance))
        return confirmed

    def __len__(self) -> int:
        return len(self._keys)
