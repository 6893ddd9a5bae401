"""The deletion-neighbourhood index behind the fuzzy tier."""

from __future__ import annotations

import random

from rapidfuzz.distance import OSA

from termbase.lookup.fuzzy import MIN_LENGTH, DeletionIndex

WORDS = ["nosakasanzo", "shchekholayev", "tsitsihar", "beriya", "zhukov", "kwantung", "fushun"]


def index_of(words: list[str], namespace: str = "fold") -> DeletionIndex:
    index = DeletionIndex()
    for word in words:
        index.add(namespace, word)
    index.freeze()
    return index


def test_one_edit_of_every_kind_is_found() -> None:
    index = index_of(WORDS)
    assert index.within("beriia", "fold", 1) == [("beriya", 1)]  # substitution
    assert index.within("beria", "fold", 1) == [("beriya", 1)]  # deletion
    assert index.within("zhuukov", "fold", 1) == [("zhukov", 1)]  # insertion
    assert index.within("fsuhun", "fold", 1) == [("fushun", 1)]  # adjacent swap


def test_two_edits_only_when_asked() -> None:
    index = index_of(WORDS)
    assert index.within("nosakasanzoo", "fold", 1) == [("nosakasanzo", 1)]
    assert index.within("nosakasnzoo", "fold", 1) == []
    assert index.within("nosakasnzoo", "fold", 2) == [("nosakasanzo", 2)]


def test_namespaces_are_kept_apart() -> None:
    index = DeletionIndex()
    index.add("ru", "берия")
    index.add("fold", "beriya")
    index.freeze()
    assert index.within("берия", "ru", 1) == [("берия", 0)]
    assert index.within("берия", "fold", 1) == []
    assert index.within("beriia", "ru", 1) == []


def test_short_keys_are_not_indexed_or_searched() -> None:
    index = index_of(["abc", "abcd"])
    assert len(index) == 1
    assert index.within("abx", "fold", 1) == []
    assert MIN_LENGTH == 4


def test_keys_added_after_a_search_are_packed_on_the_next() -> None:
    index = index_of(["zhukov"])
    assert index.within("zhukv", "fold", 1) == [("zhukov", 1)]
    index.add("fold", "zhukovsky")
    assert index.within("zhukovski", "fold", 1) == [("zhukovsky", 1)]


def test_agrees_with_a_full_scan() -> None:
    """Every key one edit away (by a scan with OSA) is found, and nothing else is returned."""
    rng = random.Random(3)
    keys = sorted({"".join(rng.choices("aeiknostu", k=rng.randint(4, 9))) for _ in range(2000)})
    index = index_of(keys)
    for _ in range(300):
        query = "".join(rng.choices("aeiknostu", k=rng.randint(4, 9)))
        expected = sorted((k, d) for k in keys if (d := OSA.distance(query, k)) <= 1)
        assert sorted(index.within(query, "fold", 1)) == expected
