"""The similarity tier's index: letter trigrams of every key, in numpy posting arrays.

When no key tier and no edit finds a query ("Tschou En-lai", "Lawrentij Berija" in a
convention no system has), the keys that share most of its letter trigrams are still plausible
candidates. Each key (the same distinct keys as the fuzzy tier's, numbered the same way) is
padded (``^key$``) and cut into trigrams; a trigram is its three code points packed into one
63-bit integer (exact, no hashing). Postings are one sorted array of trigrams with the key
numbers beside it, so a query's trigrams are found by one vectorized binary search, and their
keys counted by one sort. Trigrams shared by very many keys ("ova", "ang") are skipped, and the
postings read per query are capped, so the cost does not grow with the glossary.
Candidates are then confirmed with rapidfuzz's normalized similarity.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz

#: Trigrams in more keys than this say little about which key is meant: skipped.
MAX_POSTING = 2000
#: Postings read for one query at most (the rarest trigrams first).
MAX_READ = 12_000
#: Keys confirmed per query: the ones sharing most trigrams.
MAX_CONFIRMED = 24
#: Least similarity (rapidfuzz ``ratio``, 0-100) of a candidate key to the query's.
MIN_SIMILARITY = 72

_PAD = ("\x02", "\x03")


def _packed(codes: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    return (codes[:-2] << 42) | (codes[1:-1] << 21) | codes[2:]


def trigrams(key: str) -> npt.NDArray[np.int64]:
    """The distinct packed trigrams of ``key`` (padded)."""
    padded = f"{_PAD[0]}{key}{_PAD[1]}".encode("utf-32-le")
    return np.unique(_packed(np.frombuffer(padded, dtype=np.uint32).astype(np.int64)))


class SimilarityIndex:
    """Keys by their trigrams; built once from the fuzzy tier's key list."""

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._namespaces: list[set[str]] = []
        self._grams = np.zeros(0, dtype=np.int64)
        self._owners = np.zeros(0, dtype=np.int32)

    def build(self, keys: list[str], namespaces: list[set[str]]) -> None:
        """Index ``keys`` (each with its namespaces); the lists are shared, not copied."""
        self._keys, self._namespaces = keys, namespaces
        if not keys:
            return
        text = "".join(f"{_PAD[0]}{key}{_PAD[1]}" for key in keys)
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        lengths = np.fromiter((len(key) + 2 for key in keys), np.int64, len(keys))
        owners = np.repeat(np.arange(len(keys), dtype=np.int32), lengths)
        grams = _packed(codes)
        same_key = owners[:-2] == owners[2:]
        grams, owners = grams[same_key], owners[:-2][same_key]
        order = np.lexsort((owners, grams))
        grams, owners = grams[order], owners[order]
        # A key with a repeated trigram ("mamama") lists it once.
        first = np.ones(len(grams), dtype=bool)
        first[1:] = (grams[1:] != grams[:-1]) | (owners[1:] != owners[:-1])
        self._grams, self._owners = grams[first], owners[first]

    def _postings(self, grams: npt.NDArray[np.int64]) -> list[npt.NDArray[np.int32]]:
        starts = np.searchsorted(self._grams, grams, side="left")
        ends = np.searchsorted(self._grams, grams, side="right")
        sizes = ends - starts
        read: list[npt.NDArray[np.int32]] = []
        total = 0
        for position in np.argsort(sizes, kind="stable").tolist():
            size = int(sizes[position])
            if size == 0 or size > MAX_POSTING or total + size > MAX_READ:
                continue
            total += size
            read.append(self._owners[int(starts[position]) : int(ends[position])])
        return read

    def similar(self, query: str, namespace: str) -> list[tuple[str, float]]:
        """Keys of ``namespace`` most like ``query``, with their similarity (0-100), best first."""
        if len(query) < 3 or not self._keys:
            return []
        read = self._postings(trigrams(query))
        if not read:
            return []
        owners, counts = np.unique(np.concatenate(read), return_counts=True)
        best = owners[np.argsort(-counts, kind="stable")[: MAX_CONFIRMED * 2]].tolist()
        found = []
        for number in best:
            if namespace not in self._namespaces[number]:
                continue
            similarity = fuzz.ratio(query, self._keys[number], score_cutoff=MIN_SIMILARITY)
            if similarity:
                found.append((self._keys[number], similarity))
        return sorted(found, key=lambda pair: (-pair[1], pair[0]))[:MAX_CONFIRMED]
