"""National conventions (German, Polish, Czech, Hungarian, French EFEO, Korean NIKL): keys both
ways, conventional forms, detection, and the rules that make their tables."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.romanize import render
from termbase.romanize.zh import ENGINE, phonetic_keys, plausible_systems
from termbase.romanize.zh.compose import split

from .strategies import readings, word

#: Real spellings copied from stored public pages (address beside each), with the reading of the
#: name they write. Each must meet its reading at a key.
CITED = [
    ("Mao Tse-tung", "Máo Zédōng", "https://www.terminvorschau.de/showprep_events/mao-tse-tung/"),
    (
        "Tchang Kaï-Chek",
        "Jiǎng Jièshí",
        "https://www.cvce.eu/collections/unit-content/-/unit/df06517b-babc-451d-baf6-a2d4b19c1c88/ec364d11-d352-4024-a5a9-f5321208824d/Resources",
    ),
    (
        "Mao Tsé-Tung",
        "Máo Zédōng",
        "https://www.cvce.eu/collections/unit-content/-/unit/df06517b-babc-451d-baf6-a2d4b19c1c88/ec364d11-d352-4024-a5a9-f5321208824d/Resources",
    ),
    ("Pékin", "Běijīng", "https://lrpapi.dailymotion.com/video/x2r5kd"),
    ("Mao Tsé-toung", "Máo Zédōng", "https://lrpapi.dailymotion.com/video/x2r5kd"),
    ("Tchang Kaï-chek", "Jiǎng Jièshí", "https://lrpapi.dailymotion.com/video/x2r5kd"),
    (
        "Nanchino",
        "Nánjīng",
        "http://156.54.191.164/enciclopedia/mao-tse-tung_res-54c61dda-87e6-11dc-8e9d-0016357eee51_%28Enciclopedia-Italiana%29",
    ),
    ("Peking", "Běijīng", "https://de.metapedia.org/wiki/Enlai,_Zhou"),
    ("Tientsin", "Tiānjīn", "https://xboorman.enpchina.eu/biographie/zhou-enlai/"),
    ("마오쩌둥", "Máo Zédōng", "https://chilhakgrun.tistory.com/tag/%EB%AA%A8%ED%83%9D%EB%8F%99"),
    ("양카이후이", "Yáng Kāihuì", "https://chilhakgrun.tistory.com/tag/%EB%AA%A8%ED%83%9D%EB%8F%99"),
    ("톈진", "Tiānjīn", "https://readonly.wiki/w/%EB%AA%A8%EB%8D%94%ED%9B%84%EC%9D%B4"),
    ("하얼빈", "Hā'ěrbīn", "https://readonly.wiki/w/%EB%AA%A8%EB%8D%94%ED%9B%84%EC%9D%B4"),
    ("장쉐량", "Zhāng Xuéliáng", "https://readonly.wiki/w/%EB%AA%A8%EB%8D%94%ED%9B%84%EC%9D%B4"),
    ("위안스카이", "Yuán Shìkǎi", "https://readonly.wiki/w/%EB%AA%A8%EB%8D%94%ED%9B%84%EC%9D%B4"),
]


@pytest.mark.parametrize(("spelling", "reading", "url"), CITED, ids=[row[0] for row in CITED])
def test_cited_spellings_meet_their_reading(spelling: str, reading: str, url: str) -> None:
    assert url.startswith("http")
    assert phonetic_keys(spelling) & phonetic_keys(reading), spelling


#: The brief's 蔣介石 set: every convention's form meets Jiǎng Jièshí.
@pytest.mark.parametrize(
    "spelling",
    ["Tschiang Kai-schek", "Tchang Kaï-chek", "Czang Kaj-szek", "Čankajšek", "Csang Kaj-sek", "장제스"],
)
def test_every_form_of_chiang_kai_shek_meets_jiang_jieshi(spelling: str) -> None:
    assert "jiang-jie-shi" in phonetic_keys(spelling)


@pytest.mark.parametrize(
    ("spelling", "reading"),
    [
        ("Tschou En-lai", "Zhōu Ēnlái"),
        ("Tcheou Ngen-lai", "Zhōu Ēnlái"),
        ("Czou En-laj", "Zhōu Ēnlái"),
        ("Čou En-laj", "Zhōu Ēnlái"),
        ("Csou En-laj", "Zhōu Ēnlái"),
        ("저우언라이", "Zhōu Ēnlái"),
        ("Mao Ce-tung", "Máo Zédōng"),
        ("Mao Tsö-tong", "Máo Zédōng"),
        ("Liu Schao-tschi", "Liú Shàoqí"),
        ("Liou Šao-čchi", "Liú Shàoqí"),
        ("Kouang-tong", "Guǎngdōng"),
        ("Sze-csuan", "Sìchuān"),
        ("S'-čchuan", "Sìchuān"),
        ("Chu Ťin-tchao", "Hú Jǐntāo"),  # Czech ch = h once a run is Czech-only (ť)
        ("Kanton", "Guǎngzhōu"),
        ("Sun Yat-sen", "Sūn Yìxiān"),
    ],
)
def test_convention_spellings_meet(spelling: str, reading: str) -> None:
    assert phonetic_keys(spelling) & phonetic_keys(reading), spelling


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Šan-si", "Šen-si"),  # Czech 山西 shan-xi and 陝西 (written Šen-si in Czech usage) stay apart
        ("Sza-an-si", "Szan-si"),  # Polish-respelt sha-an-xi vs shan-xi
        ("Kouan-tong", "Kouang-tong"),  # -n / -ng
        ("산시", "산산시"),
        ("Čou", "Ťou"),  # zh vs j series
        ("Csang Kaj-sek", "Csang"),  # the conventional form is read whole, not Csang = Zhang
    ],
)
def test_distinctions_stay_apart(one: str, other: str) -> None:
    assert phonetic_keys(one)
    assert not phonetic_keys(one) & phonetic_keys(other)


def test_english_spellings_keep_their_english_reading() -> None:
    # Czech ch = h and EFEO ch = sh are not read into English Wade–Giles text.
    assert phonetic_keys("Chang") == {"zhang"}
    assert phonetic_keys("Chou En-lai") == {"zhou-en-lai"}


@pytest.mark.parametrize(
    ("text", "systems"),
    [
        ("Tschou En-lai", ("zh-de",)),
        ("Czou En-laj", ("zh-pl",)),
        ("Tsjoe En-lai", ("zh-nl",)),
        ("Mao Tse-toeng", ("zh-nl",)),
        ("Čou En-laj", ("zh-cs",)),
        ("Csou En-laj", ("zh-hu",)),
        ("Mao Ce-tung", ("zh-cs", "zh-hu")),  # several fit: all are named
        ("Tcheou Ngen-lai", ("zh-fr-efeo",)),
        ("Mao Tsé-toung", ("zh-fr-efeo",)),
        ("마오쩌둥", ("zh-ko",)),
        ("Tschiang Kai-schek", ("zh-de",)),  # the conventional Kai-schek aside
        ("Mao Tse-tung", ("wade-giles", "wade-giles-plain", "zh-de", "zh-pl")),
    ],
)
def test_plausible_systems_name_every_convention_that_fits(text: str, systems: tuple[str, ...]) -> None:
    assert plausible_systems(text) == systems


@pytest.mark.parametrize(
    ("syllable", "parts"),
    [
        ("zhuang", ("zh", "uang")),
        ("jun", ("j", "ün")),
        ("liu", ("l", "iou")),
        ("gui", ("g", "uei")),
        ("dun", ("d", "uen")),
        ("zi", ("z", "-i")),
        ("shi", ("sh", "-ri")),
        ("ji", ("j", "i")),
        ("yue", ("", "üe")),
        ("wen", ("", "uen")),
        ("er", ("", "er")),
        ("hng", ("", "hng")),
    ],
)
def test_split(syllable: str, parts: tuple[str, str]) -> None:
    assert split(syllable) == parts


@pytest.mark.parametrize(
    ("reading", "system_id", "rendering"),
    [
        ("Jiǎng Jièshí", "zh-ko", "장제스"),  # ㅈ + ㅑ/ㅖ written 자/제 (rule 2)
        ("Xióng", "zh-ko", "슝"),
        ("Tiān'ānmén", "zh-ko", "톈안먼"),
        ("Guìzhōu", "zh-ko", "구이저우"),
        ("Kūnmíng", "zh-ko", "쿤밍"),
        ("Shànghǎi", "zh-ko", "상하이"),
        ("Zhōngguó", "zh-ko", "중궈"),
        ("Sìchuān", "zh-ko", "쓰촨"),
        ("Sūn Yìxiān", "zh-cs", "Sun I-sien"),
        ("Liú Shàoqí", "zh-nl", "Lioe Sjao-tsji"),
        ("Wēn Jiābǎo", "zh-hu", "Ven Csia-pao"),
        ("Běijīng", "zh-fr-efeo", "Pei-king"),
        ("Xī'ān", "zh-fr-efeo", "Hi-ngan"),
        ("Shíjiāzhuāng", "zh-cs", "Š'-ťia-čuang"),
    ],
)
def test_rule_vectors(reading: str, system_id: str, rendering: str) -> None:
    assert render(reading, system_id) == rendering


def test_systems_name_their_text_language() -> None:
    langs = {s.id: s.text_lang for s in ENGINE.systems if s.id.startswith("zh-")}
    assert langs == {
        "zh-de": "de",
        "zh-pl": "pl",
        "zh-nl": "nl",
        "zh-cs": "cs",
        "zh-hu": "hu",
        "zh-fr-efeo": "fr",
        "zh-ko": "ko",
    }


@settings(max_examples=300, deadline=None)
@given(reading=word)
def test_one_hangul_word_meets_its_reading(reading: str) -> None:
    # One word (up to three syllables) has at most 27 Hangul readings, within the 32 kept per run.
    assert phonetic_keys(reading) & phonetic_keys(render(reading, "zh-ko"))


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="가나다라마바사아자차카타파하오우이어으언운앙엉웅쩌쓰츠", max_size=12))
def test_hangul_keys_are_bounded_fixed_points(text: str) -> None:
    keys = phonetic_keys(text)
    assert len(keys) <= 64
    for key in keys:
        assert key in phonetic_keys(key)


CONVENTIONS = ["zh-de", "zh-pl", "zh-nl", "zh-cs", "zh-hu", "zh-fr-efeo", "zh-ko"]


@settings(max_examples=200, deadline=None)
@given(reading=readings)
def test_the_convention_that_spells_a_rendering_is_named_for_it(reading: str) -> None:
    for system_id in CONVENTIONS:
        rendering = render(reading, system_id)
        assert system_id in plausible_systems(rendering), (system_id, rendering)
