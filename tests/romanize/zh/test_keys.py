"""Phonetic keys: what they collapse, what they keep apart, and the engine properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.romanize import render
from termbase.romanize.zh import ENGINE, MAX_KEYS, phonetic_keys
from termbase.romanize.zh.keys import chunk_readings, chunks_of

from .strategies import readings

ZH_SYSTEMS = [s.id for s in ENGINE.systems]
#: National conventions whose spellings English-language systems also write: read in full only
#: when a run of the text is theirs alone (docs/romanization/zh.md, "Where conventions collide").
COLLIDING = {"zh-cs", "zh-hu", "zh-fr-efeo", "zh-pl"}

# Every spelling in a row must share a key with the first.
SAME = [
    (
        "Máo Zédōng",
        "Mao Zedong",
        "Mao Tse-tung",
        "MAO TSE TUNG",
        "Mao2 Ze2dong1",
        "Мао Цзэдун",
        "ㄇㄠˊ ㄗㄜˊ ㄉㄨㄥ",
        "Mao² Tsê²-tung¹",
        "Máu Dzé-dūng",
        "maozedong",
        "Mao Ze-dong",
    ),
    ("Zhōu Ēnlái", "Zhou En-lai", "Chou En-lai", "Chou Enlai", "Чжоу Эньлай", "zhou1 en1lai2"),
    ("Qíqíhā'ěr", "Qiqiha'er", "Qiqihaer", "Ch'i-ch'i-ha-erh", "Chi-chi-ha-erh", "Цицихаэр"),
    ("Hā'ěrbīn", "Haerbin", "Ha'erbin", "Ha-erh-pin", "Хаэрбинь", "ㄏㄚ ㄦˇ ㄅㄧㄣ", "Ha1er3bin1"),
    ("Zhāng", "Chang", "Jang", "Чжан", "ㄓㄤ"),  # Wade–Giles Chang: Zhang or Chang
    ("Cháng", "Chang", "Ch'ang", "Чан"),
    ("Lǔ Xùn", "Lu Xun", "Lu Hsün", "Lu Hsun", "Лу Сюнь"),  # Лу Синь is a conventional form
    ("Lǚ Xiùlián", "Lü Hsiu-lien", "Lu Hsiu-lien", "Lv Xiulian", "Lu:3 Xiu4lian2", "Люй Сюлянь"),
    ("Yán'ān", "Yan'an", "Yen-an", "Яньань"),  # Yenan is a postal form: a glossary term
    ("Xī'ān", "Xian", "Hsi-an", "Сиань"),
    ("Rénmín rìbào", "Renmin Ribao", "Jen-min jih-pao", "Жэньминь жибао", "Rénmín Rìbào"),
    ("Sìchuān", "Sichuan", "Ssu-ch'uan", "Ssŭ-chʽuan", "Sz-chwan", "Сычуань"),
    ("Yuán Shìkǎi", "Yüan Shih-k'ai", "Yuan Shih-kai", "Юань Шикай"),
    ("Chángyáng", "Чанъян", "Чанян", "Chang-yang"),  # a missing ъ still reads
]

APART = [
    ("Shanxi", "Shaanxi"),  # 山西 shan-xi, 陕西 sha-an-xi
    ("Guandong", "Guangdong"),  # -n / -ng
    ("Xin", "Xing"),
    ("Zhu", "Chü"),  # retroflex vs palatal series
    ("Chan-yang", "Чанъян"),  # нь (-n) vs н (-ng)
    ("Zhu", "Chu Teh"),
    ("Lin", "Ling"),
    ("Mao Zedong", "Mao Zhedong"),
    ("Li", "Lü"),
    ("Yen", "Yan Xishan"),
]

EMPTY = [
    "Tsitsihar",  # a postal form not in conventional.toml: a glossary term
    "Shek",  # Kai-shek is read whole (conventional.toml), not its parts
    "Mukden",
    "Харбин",
    "毛泽东",
    "毛 Zedong",
    "Nosaka Sanzō",  # bits of Japanese are not all Mandarin syllables
    "hello world",
    "",
    "   ",
    "---",
    "Ü",
    "Müller",
]


@pytest.mark.parametrize("row", SAME, ids=lambda row: row[0])
def test_spellings_of_one_reading_meet(row: tuple[str, ...]) -> None:
    first = phonetic_keys(row[0])
    assert first
    for spelling in row[1:]:
        assert first & phonetic_keys(spelling), spelling


@pytest.mark.parametrize(("one", "other"), APART)
def test_real_distinctions_stay_apart(one: str, other: str) -> None:
    assert phonetic_keys(one)
    assert not phonetic_keys(one) & phonetic_keys(other)


@pytest.mark.parametrize("text", EMPTY)
def test_text_that_is_not_chinese_syllables_has_no_keys(text: str) -> None:
    assert phonetic_keys(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Mao Tse-tung", {"mao-ze-dong"}),
        ("Shaanxi", {"sha-an-xi"}),
        ("Shanxi", {"shan-xi"}),
        ("Xi'an", {"xi-an"}),
        ("xian", {"xian", "xi-an"}),  # no apostrophe: both readings
        ("Chang", {"zhang"}),
        ("Chu", {"zhu", "ju"}),  # Wade–Giles without ü: zhu or ju
        ("Chü", {"ju"}),
        ("Ch'ü", {"ju"}),
        ("Hsueh Yueh", {"xue-yue"}),
        ("yu", {"yu", "you"}),  # pinyin yu, Wade–Giles yu (= you)
    ],
)
def test_exact_keys(text: str, keys: set[str]) -> None:
    assert phonetic_keys(text) == keys


HOSTILE = [
    "\x00",
    "\ud800",
    "a" * 5000,
    "ng" * 40,
    "x'" * 30,
    "'''",
    "Ma\u0301\u0301\u0301o",
    "Мао\u0301",
    "ㄅ" * 50,
    "🙂 Mao",
    "Mao\u200bZedong",
    "ma" * 150,
    "zhuangzhuangzhuangzhuangzhuangzhuangzhuangzhuang",
    "Chu Chu Chu Chu Chu Chu Chu Chu Chu Chu Chu",
    "\N{COMBINING ACUTE ACCENT}",
    "ǅ ǈ ǋ",
    "\uff2d\uff41\uff4f",  # full-width Mao
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_strings_never_raise_and_stay_bounded(text: str) -> None:
    keys = phonetic_keys(text)
    assert len(keys) <= MAX_KEYS
    for key in keys:
        assert key in phonetic_keys(key)


def test_full_width_letters_read_as_ascii() -> None:
    assert phonetic_keys("\uff2d\uff41\uff4f") == {"mao"}


def test_a_non_string_has_no_keys() -> None:
    assert ENGINE.phonetic_keys(None) == frozenset()  # type: ignore[arg-type]


def _english_reads(rendering: str) -> bool:
    """Every run of ``rendering`` is a one-syllable spelling of an English-language system."""
    runs = chunks_of(rendering) or []
    return all(found and found[0][0] == 0 for found in map(chunk_readings, runs))


@settings(max_examples=400, deadline=None)
@given(reading=readings)
def test_every_rendering_meets_its_reading(reading: str) -> None:
    reading_keys = phonetic_keys(reading)
    assert reading_keys
    for system_id in ZH_SYSTEMS:
        rendering = render(reading, system_id)
        if system_id in COLLIDING and _english_reads(rendering):
            continue  # read as Wade–Giles or pinyin, by design (see COLLIDING)
        if system_id == "zh-ko" and len(reading.split()) > 1:
            continue  # two Hangul words may have more readings than MAX_KEYS: test_hangul.py
        assert reading_keys & phonetic_keys(rendering), (system_id, rendering)


@settings(max_examples=200, deadline=None)
@given(reading=readings)
def test_keys_of_renderings_are_fixed_points(reading: str) -> None:
    for system_id in ZH_SYSTEMS:
        for key in phonetic_keys(render(reading, system_id)):
            assert key in phonetic_keys(key)


LATINISH = st.text(alphabet="abcdeghijklmnopqrstuwxyzü'- ", max_size=30)


@settings(max_examples=400, deadline=None)
@given(text=LATINISH | st.text(alphabet="абвгджзиклмнопрстуфхцчшъыьэюяё ", max_size=20))
def test_keys_of_near_miss_text_are_bounded_fixed_points(text: str) -> None:
    keys = phonetic_keys(text)
    assert len(keys) <= MAX_KEYS
    for key in keys:
        assert key in phonetic_keys(key)


def test_the_engine_owns_its_memos_and_clearing_them_changes_no_answer() -> None:
    engine = type(ENGINE)()  # a fresh engine: its memos are its own, not the module's
    before = engine.phonetic_keys("Mao Tse-tung"), engine.render("Máo Zédōng", ENGINE.systems[0])
    assert len(engine._keys) == 1 and len(engine._chunks) >= 3 and len(engine._readings) == 1
    engine.cache_clear()
    assert (len(engine._keys), len(engine._chunks), len(engine._readings), len(engine._words)) == (0, 0, 0, 0)
    assert (engine.phonetic_keys("Mao Tse-tung"), engine.render("Máo Zédōng", ENGINE.systems[0])) == before


def test_ukrainian_letters_read_as_the_russian_palladius_ones() -> None:
    # Ukrainian transcription writes 溥儀 Пу І and 蔣介石 Цзян Цзеші
    assert phonetic_keys("Пу І") == phonetic_keys("Пу И")
    assert phonetic_keys("Цзян Цзеші") == phonetic_keys("Цзян Цзеши")
