"""The fuzzy tier's candidate generator: a deletion-neighbourhood index (after SymSpell).

Every indexed key is stored under itself and under each string made by deleting one character.
A query reaches a key within one edit (insertion, deletion, substitution, adjacent swap) by the
same one-deletion step on its side. Long queries also try two deletions, which reaches most keys
two edits away. Candidates are then scored with rapidfuzz; nothing scans the whole key set, so the
cost does not grow with the glossary.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rapidfuzz.distance import OSA

#: Keys shorter than this are not fuzzy-indexed: one edit in a 3-letter key is another name.
MIN_LENGTH = 4
LONG_QUERY = 9


def _deletes(key: str) -> Iterator[str]:
    for i in range(len(key)):
        yield key[:i] + key[i + 1 :]


class DeletionIndex:
    """Maps one-deletion variants of keys to the keys themselves."""

    def __init__(self) -> None:
        self._variants: dict[str, list[str] | str] = {}

    def add(self, key: str) -> None:
        if len(key) < MIN_LENGTH:
            return
        self._put(key, key)
        for variant in _deletes(key):
            self._put(variant, key)

    def _put(self, variant: str, key: str) -> None:
        # Most variants map to one key: store the bare string, a list only when shared.
        found = self._variants.get(variant)
        if found is None:
            self._variants[variant] = key
        elif isinstance(found, str):
            if found != key:
                self._variants[variant] = [found, key]
        elif key not in found:
            found.append(key)

    def _keys_at(self, variant: str) -> Iterable[str]:
        found = self._variants.get(variant)
        if found is None:
            return ()
        return (found,) if isinstance(found, str) else found

    def candidates(self, query: str) -> set[str]:
        """Indexed keys probably within one (two, for long queries) edits of ``query``."""
        if len(query) < MIN_LENGTH:
            return set()
        probes = {query, *_deletes(query)}
        if len(query) >= LONG_QUERY:
            probes.update(d2 for d1 in list(probes) for d2 in _deletes(d1))
        found: set[str] = set()
        for probe in probes:
            found.update(self._keys_at(probe))
        return found

    def nearest(self, query: str, *, max_distance: int) -> list[tuple[str, int]]:
        """Candidates confirmed within ``max_distance`` edits, nearest first."""
        confirmed = []
        for key in self.candidates(query):
            distance = OSA.distance(query, key, score_cutoff=max_distance)
            if distance <= max_distance:
                confirmed.append((key, distance))
        return sorted(confirmed, key=lambda pair: (pair[1], pair[0]))

    def __len__(self) -> int:
        return len(self._variants)
