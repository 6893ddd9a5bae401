"""Reading Latin back into Cyrillic: read_all's bounded readings against their definition."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.romanize.ru import ENGINE
from termbase.romanize.ru.reading import Reader

#: Every reader the engine has: the key readers (one per system, and the informal one) and
#: detection's readers (no compounds).
READERS = [*ENGINE._keys.readers, *ENGINE._detect.values()]
LATIN = "abcdefghijklmnopqrstuvwxyzčšžéëïß'"


def sorted_and_cut(reader: Reader, word: str, cap: int) -> list[str]:
    """What read_all answers, by definition: for each suffix every reading of every cut, sorted
    (stably) by how many tokens it has, the first ``cap`` kept."""
    size = len(word)
    tails: dict[int, list[tuple[int, str]]] = {size: [(0, "")]}
    for start in range(size - 1, -1, -1):
        found: list[tuple[int, str]] = []
        for end in range(min(size, start + reader.longest), start, -1):
            token = word[start:end]
            options = reader.anywhere.get(token, ())
            if end == size and token in reader.final:
                options = (*options, *reader.final[token])
            found.extend((count + 1, option + tail) for option in options for count, tail in tails[end])
        found.sort(key=lambda item: item[0])
        tails[start] = found[:cap]
    return [reading for _, reading in tails[0]]


@settings(max_examples=300, deadline=None)
@given(
    reader=st.sampled_from(READERS),
    word=st.text(alphabet=LATIN, min_size=1, max_size=12),
    cap=st.sampled_from([0, 1, 2, 16, 128]),
)
def test_read_all_keeps_what_sorting_everything_would(reader: Reader, word: str, cap: int) -> None:
    assert reader.read_all(word, cap) == sorted_and_cut(reader, word, cap)


def test_read_all_on_words_of_overlapping_tokens() -> None:
    # German ss|sch and tsch|sch: the words read_all exists for (every cut tried).
    for word in ("lisschin", "chruschtschow", "tschitscherin", "wassilissa"):
        for reader in READERS:
            for cap in (1, 8, 128):
                assert reader.read_all(word, cap) == sorted_and_cut(reader, word, cap)
