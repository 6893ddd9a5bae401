"""Rendering rules of the Japanese systems, one vector per rule (ids are the readings)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from termbase.errors import UnmappableError
from termbase.romanize.ja import ENGINE
from termbase.romanize.system import System
from tests.romanize.ja.strategies import readings

SYSTEMS = {system.id: system for system in ENGINE.systems}


def spell(reading: str, system_id: str, **kwargs: object) -> str:
    return ENGINE.render(reading, SYSTEMS[system_id], **kwargs)  # type: ignore[arg-type]


def cases(rows: list[tuple[str, str, str]]) -> list[object]:
    return [pytest.param(r, s, out, id=f"{s}:{r}") for r, s, out in rows]


LONG_VOWELS = [
    ("さんぞう", "hepburn-modified", "Sanzō"),
    ("おおさか", "hepburn-modified", "Ōsaka"),
    ("りゅうきゅう", "hepburn-modified", "Ryūkyū"),
    ("おかあさん", "hepburn-modified", "Okāsan"),
    ("おねえさん", "hepburn-modified", "Onēsan"),
    ("いいだ", "hepburn-modified", "Iida"),
    ("せんせい", "hepburn-modified", "Sensei"),
    ("いいだ", "kunrei", "Îda"),
    ("せんせい", "kunrei", "Sensei"),
    ("さんぞう", "hepburn-circumflex", "Sanzô"),
    ("りゅうきゅう", "hepburn-doubled", "Ryuukyuu"),
    ("さんぞう", "hepburn-doubled", "Sanzoo"),
    ("りゅうきゅう", "hepburn-plain", "Ryukyu"),
    ("さんぞう", "wapuro", "Sanzou"),
    ("おおさか", "wapuro", "Oosaka"),
    ("さとう", "passport", "Sato"),
    ("おかあさん", "passport", "Okaasan"),
    ("さんぞう", "polivanov", "Сандзо"),
    ("いいだ", "polivanov", "Иида"),
]
BOUNDARY_AND_BAR = [
    ("しお-うら", "hepburn-modified", "Shioura"),
    ("しおうら", "hepburn-modified", "Shiōra"),
    ("いの-うえ", "hepburn-modified", "Inoue"),
    ("おおき-い", "kunrei", "Ôkii"),
    ("かわ-い", "polivanov", "Каваи"),
    ("ラーメン", "hepburn-modified", "Rāmen"),
    ("ラーメン", "wapuro", "Raamen"),
    ("ラーメン", "passport", "Ramen"),
    ("ラーメン", "polivanov", "Рамэн"),
    ("セーラー", "hepburn-doubled", "Seeraa"),
    ("コーヒー", "kunrei", "Kôhî"),
]
SYLLABIC_N = [
    ("しんぶん", "hepburn-modified", "Shinbun"),
    ("しんぶん", "hepburn-traditional", "Shimbun"),
    ("しんぶん", "passport", "Shimbun"),
    ("しんぶん", "hepburn-plain", "Shinbun"),
    ("しんぶん", "kunrei", "Sinbun"),
    ("しんぶん", "polivanov", "Симбун"),
    ("ほんま", "passport", "Homma"),
    ("さんぺい", "hepburn-traditional", "Sampei"),
    ("けんいち", "hepburn-modified", "Ken'ichi"),
    ("けんいち", "hepburn-traditional", "Ken-ichi"),
    ("けんいち", "hepburn-plain", "Kenichi"),
    ("けんいち", "passport", "Kenichi"),
    ("けんいち", "kunrei", "Ken'iti"),
    ("けんいち", "polivanov", "Кэнъити"),
    ("しんや", "hepburn-modified", "Shin'ya"),
    ("しんや", "polivanov", "Синъя"),
    ("しん-いち", "hepburn-modified", "Shin'ichi"),
    ("かんとうぐん", "polivanov", "Кантогун"),
    ("ほん", "hepburn-modified", "Hon"),
]
PARTICLES = [
    ("わたし は", "hepburn-modified", "Watashi wa"),
    ("わたし は", "kunrei", "Watasi wa"),
    ("わたし は", "nihon-shiki", "Watasi ha"),
    ("わたし は", "wapuro", "Watashi ha"),
    ("わたし は", "polivanov", "Ватаси ва"),
    ("とうきょう へ", "hepburn-modified", "Tōkyō e"),
    ("とうきょう へ", "nihon-shiki", "Tôkyô he"),
    ("とうきょう へ", "polivanov", "Токё э"),
    ("ほん を", "hepburn-modified", "Hon o"),
    ("ほん を", "nihon-shiki", "Hon wo"),
    ("ほん を", "polivanov", "Хон о"),
    ("はな", "hepburn-modified", "Hana"),
    ("ハ", "hepburn-modified", "Ha"),
    ("おの の こまち", "hepburn-modified", "Ono no Komachi"),
]
GEMINATION = [
    ("はっとり", "hepburn-modified", "Hattori"),
    ("まっちゃ", "hepburn-modified", "Matcha"),
    ("まっちゃ", "kunrei", "Mattya"),
    ("まっちゃ", "wapuro", "Maccha"),
    ("まっちゃ", "polivanov", "Маття"),
    ("ざっし", "hepburn-modified", "Zasshi"),
    ("ざっし", "polivanov", "Дзасси"),
    ("まっつ", "polivanov", "Маццу"),
    ("ほっち", "passport", "Hotchi"),
    ("いっち", "kunrei", "Itti"),
    ("あっ", "hepburn-modified", "A"),
]
FOREIGN = [
    ("ティーパーティー", "hepburn-modified", "Tīpātī"),
    ("ファミリー", "hepburn-modified", "Famirī"),
    ("ヴァイオリン", "hepburn-modified", "Vaiorin"),
    ("ヴァイオリン", "polivanov", "Ваиорин"),
    ("ディズニー", "hepburn-modified", "Dizunī"),
    ("ジェット", "hepburn-modified", "Jetto"),
    ("ジェット", "kunrei", "Zyetto"),
    ("ウォッカ", "hepburn-modified", "Wokka"),
    ("フィンランド", "polivanov", "Финрандо"),
    ("ベリヤ", "polivanov", "Бэрия"),  # the Russian name Берия is a glossary term, not a rendering
]
POLIVANOV = [
    ("せいねん", "polivanov", "Сэйнэн"),
    ("あおい", "polivanov", "Аой"),
    ("あいうえお", "polivanov", "Аиуэо"),
    ("よしだ しげる", "polivanov", "Ёсида Сигэру"),
    ("うしろく じゅん", "polivanov", "Усироку Дзюн"),
    ("ちゅうきれん", "polivanov", "Тюкирэн"),
]
SCRIPT_FORMS = [
    ("ノサカ サンゾウ", "hepburn-modified", "Nosaka Sanzō"),
    ("ﾉｻｶ ｻﾝｿﾞｳ", "hepburn-modified", "Nosaka Sanzō"),
    ("すゞき", "hepburn-modified", "Suzuki"),
    ("いすゞ", "hepburn-modified", "Isuzu"),
    ("ヨシフ・スターリン", "hepburn-modified", "Yoshifu Sutārin"),
    ("  のさか   さんぞう ", "hepburn-modified", "Nosaka Sanzō"),
    ("ヷ", "hepburn-modified", "Va"),
]


@pytest.mark.parametrize(
    ("reading", "system_id", "rendering"),
    cases(
        LONG_VOWELS
        + BOUNDARY_AND_BAR
        + SYLLABIC_N
        + PARTICLES
        + GEMINATION
        + FOREIGN
        + POLIVANOV
        + SCRIPT_FORMS
    ),
)
def test_rule(reading: str, system_id: str, rendering: str) -> None:
    assert spell(reading, system_id) == rendering


@pytest.mark.parametrize(
    ("policy", "rendering"),
    [
        ("keep", "Nosaka 参三"),
        ("ignore", "Nosaka "),
        ("replace", "Nosaka ??"),
        (lambda c: f"[{c}]", "Nosaka [参三]"),
    ],
    ids=["keep", "ignore", "replace", "callable"],
)
def test_errors_policy_for_unmappable_characters(policy: object, rendering: str) -> None:
    assert spell("のさか 参三", "hepburn-modified", errors=policy) == rendering


def test_strict_policy_raises_naming_the_character_and_system() -> None:
    with pytest.raises(UnmappableError) as raised:
        spell("のさか★", "kunrei", errors="strict")
    assert "★" in raised.value.message and raised.value.detail["system"] == "kunrei"


def test_default_policy_keeps_unmappable_characters() -> None:
    assert spell("のさか★", "hepburn-modified") == "Nosaka★"


def test_a_system_object_built_elsewhere_is_honoured_without_global_state() -> None:
    base = SYSTEMS["hepburn-modified"]
    custom = System(
        id="custom",
        lang="ja",
        target="ja-Latn",
        name="c",
        authority="test",
        options={**base.options, "long_vowels": "double"},
        table=base.table,
    )
    assert ENGINE.render("さんぞう", custom) == "Sanzoo"
    assert ENGINE.render("さんぞう", base) == "Sanzō"


def test_polivanov_table_has_no_latin_letters_left() -> None:
    system = SYSTEMS["polivanov"]
    latin = {
        kana: spelt for kana, spelt in system.table.items() if any("a" <= c.lower() <= "z" for c in spelt)
    }
    assert latin == {}


@settings(max_examples=200, deadline=None)
@given(reading=readings())
def test_well_formed_readings_render_strictly_in_every_system(reading: str) -> None:
    assert ENGINE.check_reading(reading) is None
    for system in ENGINE.systems:
        rendering = ENGINE.render(reading, system, errors="strict")
        assert rendering and rendering == ENGINE.render(reading, system)
        assert not any("\u3040" <= c <= "\u30ff" for c in rendering), (system.id, rendering)


HOSTILE_READINGS = [
    "",
    " ",
    "-",
    "--",
    "ー",
    "っ",
    "ん",
    "ゝ",
    "ゞ",
    "゛",
    "\u3099",
    "\x00",
    "\ud800",
    "🍣",
    "野坂参三",
    "Nosaka",
    "のさか\u200dさんぞう",
    "あ" * 5000,
    "ー" * 50,
    "っっっ",
    "ゃゅょ",
    "は へ を",
    "-あ-",
    "ｶﾞ",
]


@pytest.mark.parametrize("reading", HOSTILE_READINGS, ids=[repr(r[:12]) for r in HOSTILE_READINGS])
def test_hostile_readings_render_without_raising_under_keep(reading: str) -> None:
    for system in ENGINE.systems:
        assert isinstance(ENGINE.render(reading, system), str)


@settings(max_examples=150, deadline=None)
@given(reading=readings())
def test_katakana_and_hiragana_forms_of_a_reading_render_alike(reading: str) -> None:
    def kata(word: str) -> str:
        return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in word)

    def hira(word: str) -> str:
        return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in word)

    # a standalone hiragana particle, or a word kept lower case, is where the script matters: leave it be
    sensitive = {"は", "へ", "を", *SYSTEMS["hepburn-modified"].options["lowercase_words"]}
    words = reading.split()
    fixed = {i for i, w in enumerate(words) if hira(w) in sensitive}
    katakana = " ".join(w if i in fixed else kata(w) for i, w in enumerate(words))
    hiragana = " ".join(w if i in fixed else hira(w) for i, w in enumerate(words))
    for system in ENGINE.systems:
        assert ENGINE.render(katakana, system) == ENGINE.render(hiragana, system)
