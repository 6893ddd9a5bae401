"""The similarity tier: candidates by letter trigrams when no key and no edit finds a name."""

from __future__ import annotations

import numpy as np
import pytest

from termbase.lookup import Tier, lookup
from termbase.lookup.fuzzy import DeletionIndex
from termbase.lookup.similar import MIN_SIMILARITY, SimilarityIndex, trigrams
from termbase.service import Termbase


def _index(*keys: tuple[str, str]) -> SimilarityIndex:
    index = SimilarityIndex()
    bits = {namespace: 1 << n for n, namespace in enumerate(dict.fromkeys(ns for ns, _ in keys))}
    masks = np.array([bits[namespace] for namespace, _ in keys], dtype=np.uint8)
    index.build([key for _, key in keys], masks, bits)
    return index


def test_trigrams_are_padded_and_distinct() -> None:
    assert len(trigrams("mao")) == 3  # ^ma mao ao$
    assert len(trigrams("aaaa")) == 3  # ^aa aaa aa$: the repeated aaa once


def test_the_most_similar_key_of_the_probes_namespace_comes_first() -> None:
    index = _index(("fold", "chiangkaishek"), ("ru", "tschiangkaischek"), ("fold", "zhouenlai"))
    found = index.similar([("fold", "tschiangkaischek")])
    assert [(number, key) for number, key, _ in found] == [(0, "chiangkaishek")]
    assert found[0][2] >= MIN_SIMILARITY


def test_keys_below_the_least_similarity_are_not_candidates() -> None:
    index = _index(("fold", "nosakasanzo"), ("fold", "yoshidashigeru"))
    assert index.similar([("fold", "xylophonequartet")]) == []
    assert _index().similar([("fold", "anything")]) == []


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        # Spellings no system writes and no key reads (the zh conventions now read the real
        # German, Polish, Czech and Dutch forms at the key tiers: Tsjoe En-lai is zh-nl).
        ("Tjang Kaisjek", "chiang-kai-shek"),
        ("Tsou Enlaij", "zhou-enlai"),
    ],
)
def test_a_name_no_key_finds_still_gets_its_entry_as_a_candidate(
    bundled: Termbase, query: str, entry_id: str
) -> None:
    results = lookup(bundled.index, query).results
    assert results and results[0].entry.id == entry_id
    top = results[0]
    assert (top.tier, top.match, top.matched.via) == (Tier.SIMILAR, False, "similar")
    assert "% similar to the" in top.matched.detail and top.matched.key
    # Below every key tier, and never a match further down either.
    assert top.score <= 60 and not any(r.match for r in results)


def test_the_similarity_tier_runs_only_when_nothing_else_found(names: Termbase) -> None:
    assert all(r.tier is not Tier.SIMILAR for r in names.lookup("Yoshida").results)
    assert names.lookup("Xylophone Quartet").results == ()


def test_the_keys_kept_do_not_depend_on_the_order_the_build_met_them_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the build meets keys in the hash order of key sets; the fuzzy tier numbers them in text
    # order, so the similarity tier's cut (ties by key number) is the same in every process
    from termbase.lookup import similar

    monkeypatch.setattr(similar, "MAX_CONFIRMED", 1)
    keys = [f"kurilski{suffix}" for suffix in ("ab", "ac", "ad", "ae")]
    found = []
    for order in (keys, keys[::-1]):
        fuzzy = DeletionIndex()
        for key in order:
            fuzzy.add("fold", key)
        fuzzy.freeze()
        index = SimilarityIndex()
        index.build(fuzzy.keys, fuzzy.masks, fuzzy.bits)
        found.append([key for _, key, _ in index.similar([("fold", "kurilskiaa")])])
    assert found == [["kurilskiab"], ["kurilskiab"]]


def test_keys_out_of_text_order_are_refused() -> None:
    with pytest.raises(ValueError, match="text order"):
        _index(("fold", "kurilskiac"), ("fold", "kurilskiab"))
