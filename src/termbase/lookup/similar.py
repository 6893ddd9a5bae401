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

from collections.abc import Mapping, Sequence
from itertools import pairwise

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
    return np.array(_trigram_list(key), dtype=np.int64)


def _trigram_list(key: str) -> list[int]:
    """:func:`trigrams` as a sorted list, packed in Python: a query's key has a few dozen,
    and the numpy calls that pack them cost more than the packing."""
    codes = [ord(letter) for letter in f"{_PAD[0]}{key}{_PAD[1]}"]
    return sorted({(codes[i] << 42) | (codes[i + 1] << 21) | codes[i + 2] for i in range(len(codes) - 2)})


class SimilarityIndex:
    """Keys by their trigrams; built once from the fuzzy tier's key list (or opened from a
    compiled index's arrays with :meth:`from_arrays`)."""

    def __init__(self) -> None:
        self._keys: Sequence[str] = []
        self._masks: npt.NDArray[np.uint8] = np.zeros(0, dtype=np.uint8)
        self._bits: Mapping[str, int] = {}
        self._grams: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self._owners: npt.NDArray[np.int32] = np.zeros(0, dtype=np.int32)

    @classmethod
    def from_arrays(
        cls,
        keys: Sequence[str],
        masks: npt.NDArray[np.uint8],
        bits: Mapping[str, int],
        grams: npt.NDArray[np.int64],
        owners: npt.NDArray[np.int32],
    ) -> SimilarityIndex:
        index = cls()
        index._keys, index._masks, index._bits = keys, masks, bits
        index._grams, index._owners = grams, owners
        return index

    @property
    def grams(self) -> npt.NDArray[np.int64]:
        """Every key's distinct trigrams, sorted (key numbers beside them in :attr:`owners`)."""
        return self._grams

    @property
    def owners(self) -> npt.NDArray[np.int32]:
        return self._owners

    def build(self, keys: Sequence[str], masks: npt.NDArray[np.uint8], bits: Mapping[str, int]) -> None:
        """Index ``keys`` (each with its namespaces as bits of ``masks``); shared, not copied.
        The keys must be in text order, as the fuzzy tier's are numbered
        (:meth:`~termbase.lookup.fuzzy.DeletionIndex.freeze`): ties are broken by key number."""
        if any(before > after for before, after in pairwise(keys)):
            raise ValueError("similarity keys must be in text order")
        self._keys, self._masks, self._bits = keys, masks, bits
        if not keys:
            return
        text = "".join(f"{_PAD[0]}{key}{_PAD[1]}" for key in keys).encode("utf-32-le")
        grams = _packed(np.frombuffer(text, dtype=np.uint32).astype(np.int64))
        del text
        lengths = np.fromiter((len(key) + 2 for key in keys), np.int64, len(keys))
        owners = np.repeat(np.arange(len(keys), dtype=np.int32), lengths)
        # A trigram is a key's when its first and last letters are; owners ascend, so a stable
        # sort by trigram leaves each trigram's keys in order.
        same_key = owners[:-2] == owners[2:]
        grams, owners = grams[same_key], owners[:-2][same_key]
        del same_key
        order = np.argsort(grams, kind="stable")
        grams, owners = grams[order], owners[order]
        del order
        # A key with a repeated trigram ("mamama") lists it once.
        first = np.ones(len(grams), dtype=bool)
        first[1:] = (grams[1:] != grams[:-1]) | (owners[1:] != owners[:-1])
        self._grams, self._owners = grams[first], owners[first]

    def _postings(self, grams: npt.NDArray[np.int64], probes: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """Key numbers (offset by probe number times the key count) of the rarest trigrams:
        trigrams are read rarest first while each has at most MAX_POSTING keys and the total
        stays within MAX_READ (both only grow in that order, so the read ones are a prefix)."""
        # One search for both ends: trigrams are integers, so a trigram's postings end where
        # those of the next integer would start.
        bounds = np.searchsorted(self._grams, np.concatenate((grams, grams + 1)), side="left")
        starts, ends = bounds[: len(grams)], bounds[len(grams) :]
        sizes = ends - starts
        order = np.argsort(sizes, kind="stable")
        sizes = sizes[order]
        totals = np.cumsum(sizes)
        read = int(np.count_nonzero((sizes <= MAX_POSTING) & (totals <= MAX_READ)))
        order, sizes = order[:read], sizes[:read]
        total = int(totals[read - 1]) if read else 0
        if not total:
            return np.zeros(0, dtype=np.int64)
        # Every read trigram's slice of owners in one gather: position i of a slice that starts
        # at ``first`` and is preceded by ``before`` postings is ``first + i - before``.
        before = totals[:read] - sizes
        positions = np.arange(total, dtype=np.int64) + np.repeat(starts[order] - before, sizes)
        offsets = np.repeat(probes[order] * len(self._keys), sizes)
        result: npt.NDArray[np.int64] = self._owners[positions].astype(np.int64) + offsets
        return result

    def _most_shared(
        self, found: npt.NDArray[np.int64], counts: npt.NDArray[np.int64], wanted: int
    ) -> list[int]:
        """The ``wanted`` (probe, key) numbers sharing most trigrams, ties at the cut by key
        then probe: keys are numbered in text order (see :meth:`build`), so the cut is the
        same in every process, and no key text is read to make it."""
        if len(found) <= wanted:
            return [int(combined) for combined in found]
        count = len(self._keys)
        probes, keys = np.divmod(found, count)
        # Most shared first, then by key number, then by probe: one lexsort, last key first.
        order = np.lexsort((probes, keys, -counts))[:wanted]
        return [int(combined) for combined in found[order]]

    def similar(self, probes: list[tuple[str, str]]) -> list[tuple[int, str, float]]:
        """Keys most like each probe ``(namespace, key)`` in its namespace: ``(probe number,
        key, similarity 0-100)``, most similar first."""
        wanted = [(n, probe) for n, probe in enumerate(probes) if len(probe[1]) >= 3]
        if not wanted or not self._keys:
            return []
        grams_of = [_trigram_list(key) for _, (_, key) in wanted]
        grams = np.array([gram for grams in grams_of for gram in grams], dtype=np.int64)
        numbers = np.array(
            [n for (n, _), grams in zip(wanted, grams_of, strict=True) for _ in grams], dtype=np.int64
        )
        read = self._postings(grams, numbers)
        if not len(read):
            return []
        found, counts = np.unique(read, return_counts=True)
        chosen = np.array(self._most_shared(found, counts, MAX_CONFIRMED * 2), dtype=np.int64)
        numbers, key_numbers = np.divmod(chosen, len(self._keys))
        # A key outside its probe's namespace is no candidate: tested for all of them at once,
        # and each remaining key's text read once (a compiled index decodes it on every read).
        bits = np.array([self._bits.get(namespace, 0) for namespace, _ in probes], dtype=np.int64)
        in_namespace = (self._masks[key_numbers].astype(np.int64) & bits[numbers]) != 0
        confirmed = []
        for number, key_number in zip(
            numbers[in_namespace].tolist(), key_numbers[in_namespace].tolist(), strict=True
        ):
            key = self._keys[key_number]
            similarity = fuzz.ratio(probes[number][1], key, score_cutoff=MIN_SIMILARITY)
            if similarity:
                confirmed.append((number, key, similarity))
        return sorted(confirmed, key=lambda item: (-item[2], item[1]))[:MAX_CONFIRMED]
