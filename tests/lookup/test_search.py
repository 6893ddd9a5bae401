"""Lookup tiers, the match flag, statuses and explanations, on a small fixture glossary."""

from __future__ import annotations

import pytest

from termbase.errors import InputError, QueryTooLongError, UnknownLanguageError
from termbase.lookup import Tier
from termbase.service import Termbase


def top(tb: Termbase, query: str, **kw: object):  # type: ignore[no-untyped-def]
    results = tb.lookup(query, **kw).results  # type: ignore[arg-type]
    assert results, f"no result for {query!r}"
    return results[0]


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("Nosaka Sanzō", "nosaka-sanzo"),
        ("野坂参三", "nosaka-sanzo"),
        ("Носака Сандзо", "nosaka-sanzo"),
        ("Tsitsihar", "qiqihar"),
        ("Цицикар", "qiqihar"),
        ("蔣介石", "chiang-kai-shek"),
        ("Kwantung Army", "kwantung-army"),
    ],
)
def test_exact_form(names: Termbase, query: str, entry_id: str) -> None:
    hit = top(names, query)
    assert (hit.entry.id, hit.tier, hit.score, hit.match) == (entry_id, Tier.EXACT, 100, True)


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("NOSAKA SANZO", "nosaka-sanzo"),
        ("mao zedong", "mao-zedong"),
        ("kwantung army", "kwantung-army"),
        ("蒋介石", "chiang-kai-shek"),
        ("べりや", "lavrentii-beria"),
    ],
)
def test_fold_ignores_case_marks_spacing_and_variants(names: Termbase, query: str, entry_id: str) -> None:
    hit = top(names, query)
    assert hit.entry.id == entry_id and hit.tier <= Tier.FOLD and hit.match


@pytest.mark.parametrize(
    ("query", "entry_id", "system"),
    [
        ("Mao Tse-tung", "mao-zedong", "wade-giles"),
        ("Ch'i-ch'i-ha-erh", "qiqihar", "wade-giles"),
        ("Nosaka Sanzoo", "nosaka-sanzo", "hepburn-doubled"),
        # ISO 9 writes я as â (Berâ); j for й and ja for я is the Slavists' transliteration.
        ("Lavrentij Berija", "lavrentii-beria", "scholarly"),
        ("Lavrentiy Beriya", "lavrentii-beria", "bgn-pcgn"),
        ("Кантогун", "kwantung-army", "polivanov"),
    ],
)
def test_generated_renderings_are_found_and_named(
    names: Termbase, query: str, entry_id: str, system: str
) -> None:
    hit = top(names, query)
    assert hit.entry.id == entry_id and hit.tier <= Tier.FOLD and hit.match
    assert hit.matched.system == system
    assert system in hit.matched.systems


def test_rendering_hit_says_which_system(names: Termbase) -> None:
    hit = top(names, "Mao Tse-tung")
    assert hit.matched.system == "wade-giles"
    assert "Wade" in hit.matched.detail


def test_mixed_systems_meet_at_the_phonetic_key(names: Termbase) -> None:
    hit = top(names, "Mao Tse-dong")  # Wade–Giles and pinyin syllables mixed
    assert (hit.entry.id, hit.tier, hit.match) == ("mao-zedong", Tier.PHONETIC, True)
    assert hit.matched.key and hit.matched.key.startswith("zh:")


def test_name_order_does_not_matter_for_persons(names: Termbase) -> None:
    assert top(names, "Shigeru Yoshida").entry.id == "yoshida-shigeru"
    assert top(names, "Sanzo Nosaka").entry.id == "nosaka-sanzo"


def test_family_name_alone_is_ambiguous(names: Termbase) -> None:
    results = names.lookup("Yoshida").results
    assert {r.entry.id for r in results} == {"yoshida-shigeru", "yoshida-atsushi"}
    assert not any(r.match for r in results)
    assert all(r.tier is Tier.PARTIAL for r in results)


@pytest.mark.parametrize(
    ("query", "status", "preferred"),
    [
        ("Chang Kai-shek", "erroneous", "Chiang Kai-shek"),
        ("Kwangtung army", "erroneous", "Kwantung Army"),
        ("Nosaka Sanzo", "deprecated", "Nosaka Sanzō"),
    ],
)
def test_deprecated_and_erroneous_forms_point_to_the_preferred(
    names: Termbase, query: str, status: str, preferred: str
) -> None:
    hit = top(names, query)
    assert hit.tier is Tier.EXACT and hit.match
    assert hit.matched.preferred is not None
    assert (hit.matched.status.value, hit.matched.preferred.form) == (status, preferred)
    assert hit.matched.note


def test_chang_kai_shek_reports_the_erroneous_form(names: Termbase) -> None:
    hit = top(names, "Chang Kai-shek")
    assert hit.matched.preferred is not None
    assert (hit.entry.id, hit.matched.status.value, hit.matched.preferred.form) == (
        "chiang-kai-shek",
        "erroneous",
        "Chiang Kai-shek",
    )
    assert hit.score < 100 and hit.match


def test_shanxi_and_shaanxi_are_kept_apart(names: Termbase) -> None:
    shanxi = names.lookup("Shanxi").results
    assert shanxi[0].entry.id == "shanxi" and shanxi[0].match
    shaanxi = names.lookup("Shaanxi").results
    assert shaanxi[0].entry.id == "shaanxi" and shaanxi[0].match
    assert "shanxi" not in {r.entry.id for r in shaanxi}


@pytest.mark.parametrize("query", ["Nosaka Sanzp", "Lavrentii Berias", "Yoshida Shigeri"])
def test_fuzzy_offers_an_ending_typo_without_accepting_it(names: Termbase, query: str) -> None:
    """An edit at the end of a word may be an ending (Chernyshova, Stalina): another person."""
    hit = top(names, query)
    assert (hit.tier, hit.match) == (Tier.FUZZY, False)
    assert hit.score < 80


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("Chiang Kai-sheck", "chiang-kai-shek"),
        ("Tsitsihaar", "qiqihar"),
        ("Yoshida Shigreu", "yoshida-shigeru"),
    ],
)
def test_one_edit_inside_a_long_name_is_an_accepted_typo(names: Termbase, query: str, entry_id: str) -> None:
    hit = top(names, query)
    assert (hit.entry.id, hit.tier, hit.match) == (entry_id, Tier.FUZZY, True)
    assert hit.score == 72


def test_fuzzy_never_edits_han_or_kana(names: Termbase) -> None:
    assert names.lookup("野坂参四").results == ()
    assert all(
        r.tier is Tier.WORDS for r in names.lookup("のさか さんだい").results
    )  # shares a word, no edit
    assert top(names, "のさか さんぞお").tier is Tier.PHONETIC  # a long-vowel spelling, not an edit


def test_a_name_part_alone_is_never_a_match(names: Termbase) -> None:
    """Even one only one person in the glossary has: "Zhang" or "Joseph" would name millions."""
    hit = top(names, "Lavrentii")
    assert (hit.entry.id, hit.tier, hit.match) == ("lavrentii-beria", Tier.PARTIAL, False)
    assert len(names.lookup("Lavrentii").results) == 1


@pytest.mark.parametrize("query", ["Mao Zetong", "Máo Zétōng"])
def test_a_chinese_sound_alike_in_pinyin_is_not_a_match(names: Termbase, query: str) -> None:
    """The key merges d/t for Wade–Giles without apostrophes; spelt in pinyin, "tong" is not
    "dong" but another syllable, so the hit is offered and not accepted."""
    hit = top(names, query)
    assert (hit.entry.id, hit.tier, hit.match) == ("mao-zedong", Tier.PHONETIC, False)


def test_a_chinese_key_hit_in_no_generated_system_is_still_a_match(names: Termbase) -> None:
    hit = top(names, "Mao Tse-dung")  # Wade–Giles "Tse", pinyin-like "dung": no system spells it so
    assert (hit.entry.id, hit.tier, hit.match) == ("mao-zedong", Tier.PHONETIC, True)


def test_words_of_a_longer_query_find_candidates_but_never_match(names: Termbase) -> None:
    results = names.lookup("Comrade Beria").results
    assert [(r.entry.id, r.tier, r.match) for r in results] == [("lavrentii-beria", Tier.WORDS, False)]
    assert {r.entry.id for r in names.lookup("Yoshida Kenji").results} == {
        "yoshida-shigeru",
        "yoshida-atsushi",
    }


def test_unknown_name_finds_nothing(names: Termbase) -> None:
    assert names.lookup("Xylophone Quartet").results == ()


def test_detection_says_han_is_ambiguous(names: Termbase) -> None:
    detected = names.lookup("毛泽东").detected
    assert detected.ambiguous and set(detected.languages) == {"zh", "ja"} and detected.note


def test_limit_and_validation(names: Termbase) -> None:
    assert len(names.lookup("Yoshida", limit=1).results) == 1
    with pytest.raises(QueryTooLongError):
        names.lookup("x" * 201)
    with pytest.raises(InputError):
        names.lookup("   ")
    with pytest.raises(InputError):
        names.lookup("Mao", limit=0)
    with pytest.raises(UnknownLanguageError):
        names.lookup("Mao", lang="xx")


def test_lang_hint_narrows_phonetic_keys(names: Termbase) -> None:
    assert top(names, "Mao Tse-dong", lang="zh").entry.id == "mao-zedong"
    assert all(r.tier is not Tier.PHONETIC for r in names.lookup("Mao Tse-dong", lang="ja").results)


@pytest.mark.parametrize("query", ["L. P. Beria", "Beria L. P.", "Берия Л. П.", "L. Beria", "Beria, L."])
def test_family_name_with_agreeing_initials_is_a_match(names: Termbase, query: str) -> None:
    hit = top(names, query)
    assert (hit.entry.id, hit.tier, hit.match) == ("lavrentii-beria", Tier.INITIALS, True)
    assert "initials" in hit.matched.detail


@pytest.mark.parametrize("query", ["P. Beria", "Yo. Beria", "K. Yoshida"])
def test_initials_that_disagree_are_no_initials_match(names: Termbase, query: str) -> None:
    assert all(r.tier is not Tier.INITIALS for r in names.lookup(query).results)


def test_initials_shared_by_two_people_are_ambiguous(names: Termbase) -> None:
    results = names.lookup("Yoshida S.").results  # Yoshida Shigeru; Yoshida Atsushi is A.
    assert [(r.entry.id, r.tier, r.match) for r in results][:1] == [("yoshida-shigeru", Tier.INITIALS, True)]
    assert not names.lookup("Yoshida").results[0].match


@pytest.mark.parametrize("query", ["ベリア", "ベリヤ", "Beria"])
def test_katakana_loanwords_in_iya_and_ia_meet(names: Termbase, query: str) -> None:
    """ベリヤ in the glossary; ベリア is the same loanword (シベリヤ/シベリア, ロシヤ/ロシア)."""
    hit = top(names, query)
    assert (hit.entry.id, hit.match) == ("lavrentii-beria", True) and hit.tier <= Tier.PHONETIC


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [("Shanxi Province", "shanxi"), ("Qiqihar City", "qiqihar"), ("齐齐哈尔市", "qiqihar")],
)
def test_a_place_with_a_generic_qualifier_is_found(names: Termbase, query: str, entry_id: str) -> None:
    hit = top(names, query)
    assert (hit.entry.id, hit.match) == (entry_id, True) and "without" in hit.matched.detail


def test_a_person_is_never_found_through_a_qualifier(names: Termbase) -> None:
    assert all(r.tier is not Tier.FOLD for r in names.lookup("Yoshida City").results)


def test_one_word_of_a_name_finds_the_shortest_name_first(bundled: Termbase) -> None:
    # "Kuril" is a word of the Kuril Islands, the Kuril Islands dispute and the Japanese
    # evacuation of Karafuto and the Kuril Islands: the name with fewest other words first
    results = bundled.lookup("Kuril").results
    assert results[0].entry.id == "kurile-islands"
    assert not results[0].match
    longer = [r.entry.id for r in results[1:3]]
    assert longer == ["northern-territories", "karafuto-evacuation-and-repatriation"]


def test_a_hyphened_query_nothing_else_explains_is_tried_by_its_parts(bundled: Termbase) -> None:
    # a name word joined to a word of the text's language (German Fluss; Hungarian
    # Kuril-szigetek, the first such case, is now a stored term of the Kuril Islands)
    results = bundled.lookup("Yalu-Fluss").results
    assert results[0].entry.id == "yalu-river"
    assert not any(r.match for r in results)
    # the shared-words tier reads a hyphened word no name has by its parts
    assert results[0].tier is Tier.WORDS
    assert results[0].matched.detail.startswith("1 of the 2 words of the query")


def test_a_hyphened_word_a_name_has_is_one_word_to_shared_words(bundled: Termbase) -> None:
    # Liao-Tung is a word of the Liaotung Peninsula: its parts are not read apart ("Tung" is
    # no clue to Dong Yanping)
    assert bundled.lookup("péninsule de Liao-Tung").results[0].entry.id == "liaodong-peninsula"


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        # a rare word says more than common ones: Китайската (Chinese) against комунистическа
        # партия, which the CPSU's Bulgarian name shares too
        ("Китайската комунистическа партия", "chinese-communist-party"),
        # a word in the middle of a name is no family name (Yu. I. Din)
        ("Armatei din Kwantung", "kwantung-army"),
        # the query's number must be the name's (1. against the 1st Front's "1st"; the
        # Trans-Baikal Front shares as many words)
        ("1. Fernöstliche Front", "first-far-eastern-front"),
        # all of a name by similar keys above two of the four words of a longer one (the CPSU)
        ("Związku Radzieckiego", "soviet-union"),
        ("Съветския съюз", "soviet-union"),
    ],
)
def test_shared_words_weigh_rare_words_and_the_share_of_the_name(
    bundled: Termbase, query: str, entry_id: str
) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == entry_id
    assert not any(r.match for r in results)


@pytest.mark.parametrize(
    ("query", "other"),
    [
        ("3rd Far Eastern Front", "second-far-eastern-front"),  # one edit from "2nd"
        ("2e Verre Oosten Front", "first-far-eastern-front"),  # keys drop digits: "1e …"'s
        ("Unit 732", "unit-731"),
    ],
)
def test_a_form_with_another_number_is_a_candidate_never_a_match(
    bundled: Termbase, query: str, other: str
) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == other and not results[0].match
    assert results[0].score <= 60


def test_a_number_the_form_lacks_is_no_evidence_against_it(bundled: Termbase) -> None:
    top = bundled.lookup("1945 Soviet–Japanese War").results[0]
    assert top.entry.id == "soviet-japanese-war" and top.match


def test_an_i_written_twice_is_another_japanese_name_not_a_typo(bundled: Termbase) -> None:
    # Hatoyama Iichirō is Hatoyama Ichirō's son
    assert not any(r.match for r in bundled.lookup("Hatoyama Iichirō").results)


def test_a_hyphened_name_is_not_cut_when_it_is_found_whole(bundled: Termbase) -> None:
    top = bundled.lookup("Chiang Kai-shek").results[0]
    assert top.entry.id == "chiang-kai-shek" and top.match and "its part" not in top.matched.via


def test_a_form_two_entries_share_goes_first_to_the_one_it_is_the_preferred_term_of(
    bundled: Termbase,
) -> None:
    # de "Rote Armee": the Soviet Red Army's preferred translation, a short form of Mao's army
    results = bundled.lookup("Rote Armee").results
    assert [c.entry.id for c in results[:2]] == ["red-army", "chinese-red-army"]
    assert results[0].matched.status.value == "preferred" and results[1].matched.status.value == "admitted"
    assert not results[0].match  # still the form of both


def test_a_korean_place_name_with_its_city_suffix(bundled: Termbase) -> None:
    # 통화시: 통화 (Tonghua) with 시 'city', as 通化市 writes 市
    top = bundled.lookup("통화시").results[0]
    assert top.entry.id == "tonghua" and "without" in top.matched.detail


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("Kraju Chabarowskiego", "khabarovsk-krai"),  # Polish genitive, Хабаровский край
        ("Khabarovského kraje", "khabarovsk-krai"),  # Czech genitive
        ("Rodiona Malinowskiego", "rodion-malinovsky"),
    ],
)
def test_a_declined_transcribed_russian_name_is_read_without_its_endings(
    bundled: Termbase, query: str, entry_id: str
) -> None:
    results = bundled.lookup(query).results
    # Read back by the declined name's keys, or word by word once a glossary has the word in
    # its dictionary form (Polish "Kraj Nadmorski" gives "kraj": "khabarovsk kraj").
    via = results[0].matched.via
    assert results[0].entry.id == entry_id and ("case endings" in via or "read as" in via)
    assert not any(r.match for r in results)


def test_a_case_form_of_a_name_word_counts_among_shared_words(bundled: Termbase) -> None:
    # Polish genitive: Sachalin is a word of Southern Sakhalin's Czech name, Jižní Sachalin
    results = bundled.lookup("Sachalinu Południowego").results
    assert results[0].entry.id == "southern-sakhalin" and results[0].tier is Tier.WORDS
    assert not any(r.match for r in results)


@pytest.mark.parametrize(
    ("query", "entry"),
    [
        ("莫洛托夫", "vyacheslav-molotov"),  # a Chinese transcription of a Russian name
        ("维亚切斯拉夫·莫洛托夫", "vyacheslav-molotov"),
        ("安德烈·维辛斯基", "andrei-vyshinsky"),  # other characters than the Xinhua table's
        ("马利诺夫斯基元帅", "rodion-malinovsky"),  # a title after it
        ("中国国民政府", "nationalist-government"),  # a glossary form with a country before it
        ("南滿鐵路", "south-manchuria-railway"),  # 滿鐵, the short form, inside it
        ("А.И.安东诺夫", "aleksei-antonov"),  # Cyrillic initials, then 安东诺夫 (not 安东 Dandong)
    ],
)
def test_a_han_query_no_form_explains_is_read_by_sound_or_by_its_parts(
    bundled: Termbase, query: str, entry: str
) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == entry
    assert not any(r.match for r in results)


@pytest.mark.parametrize("query", ["中苏友好同盟条约", "彼得罗夫"])
def test_a_han_query_read_by_sound_accepts_nothing(bundled: Termbase, query: str) -> None:
    assert not any(r.match for r in bundled.lookup(query).results)
