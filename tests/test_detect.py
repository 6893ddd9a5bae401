"""Detection: which scripts, languages and systems a query may be."""

from __future__ import annotations

from termbase.detect import detect


def test_kana_is_japanese() -> None:
    found = detect("ベリヤ")
    assert found.languages == ("ja",) and not found.ambiguous


def test_han_alone_is_said_to_be_ambiguous() -> None:
    found = detect("毛沢東")
    assert found.languages == ("zh", "ja") and found.ambiguous and "lang=zh" in found.note


def test_cyrillic_is_russian_and_may_be_a_transcription() -> None:
    found = detect("Мао Цзэдун")
    assert found.languages[0] == "ru" and "palladius" in found.systems


def test_latin_lists_the_systems_it_fits() -> None:
    found = detect("Ch'i-ch'i-ha-erh")
    assert "zh" in found.languages and "wade-giles" in found.systems and "pinyin" not in found.systems


def test_no_letters() -> None:
    found = detect("1945")
    assert found.scripts == () and found.languages == ()
