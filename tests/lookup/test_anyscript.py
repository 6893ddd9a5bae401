"""Queries in scripts no engine reads: transliterated to Latin, offered, never accepted."""

from __future__ import annotations

import pytest

from termbase.lookup import lookup
from termbase.lookup.anyscript import latin_readings, other_script, to_latin
from termbase.service import Termbase


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Λαυρέντι Μπέρια", "Greek"),
        ("ماو تسي تونغ", "Arabic"),
        ("מאו דזה-דונג", "Hebrew"),
        ("ლავრენტი ბერია", "Georgian"),
        ("Մաո Ցզեդուն", "Armenian"),
        ("เหมา เจ๋อตง", "Thai"),
        ("माओ", "Devanagari"),
        ("마오쩌둥", "Hangul"),
    ],
)
def test_scripts_no_engine_reads_are_named(text: str, script: str) -> None:
    assert other_script(text) == script


@pytest.mark.parametrize("text", ["Mao Zedong", "毛泽东", "ベリヤ", "Берия", "Ｍａｏ", "ﾍﾞﾘﾔ"])
def test_scripts_an_engine_reads_are_not(text: str) -> None:
    assert other_script(text) is None


def test_transliteration_is_latin_with_collapsed_spaces() -> None:
    assert to_latin("ლავრენტი  ბერია") == "lavrenti beria"
    assert to_latin("Λαυρέντι Μπέρια").isascii()


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Χρουστσόφ", "khrushchov"),  # ου one vowel, στσ щ, a Russian -ов written -όφ
        ("Λαυρέντι Μπέρια", "lavrenti beria"),  # μπ b at the start, ντ nt inside
        ("Μάο Τσε Τουνγκ", "mao tse tung"),
        ("كوانتونغ", "kwantung"),  # و a consonant before a vowel, a vowel between consonants
        ("الكومينتانغ", "kumintang"),  # the article off; نغ ng
        ("الكومنتنج", "kumntng"),  # a final نج ng (the foreign g written ج)
        ("مائو تسه دون", "mau tse dun"),  # Persian final ه a vowel
        ("ჯუღაშვილი", "dzhugashvili"),
        ("เจียงไคเชค", "chiangkhaichekh"),  # leading vowels after their consonant
        ("เหมาเจ๋อตุง", "maochoetung"),  # tone marks off, ห before a sonorant silent
        ("मंचूरिया", "manchuriya"),  # anusvara n
        ("క్యోమింటాంగ్", "kyomintang"),
    ],
)
def test_script_rules_write_what_the_letters_stand_for(text: str, latin: str) -> None:
    assert to_latin(text) == latin


def test_an_abjad_has_a_second_reading_with_other_vowels() -> None:
    assert latin_readings("طوكيو") == ["tukyu", "tokyo"]
    assert latin_readings("Χρουστσόφ") == ["khrushchov"]


def test_greek_has_a_reading_with_b_d_g_inside_words_and_keeps_vowels_apart() -> None:
    # an accent on the first vowel parts ai (Νικολάι Nikolai, not Nikole); μπ ντ γκ inside a
    # word are also b d g, as at its start (Μπουλγκάνιν Bulganin)
    assert latin_readings("Χαμπομάι") == ["khampomai", "khabomai"]
    assert latin_readings("Νικολάι Μπουλγκάνιν") == ["nikolai bulnkanin", "nikolai bulganin"]
    assert latin_readings("Μαΐου") == ["maiu"]
    assert latin_readings("Χρουστσόφ") == ["khrushchov"]


def test_thai_reads_a_word_ending_in_fo_as_a_russian_name_first() -> None:
    assert latin_readings("โมโลตอฟ") == ["molotov", "molotof"]
    assert latin_readings("ครุชชอฟ") == ["krushchov", "khruchchof", "krushshof"]
    assert latin_readings("สตาลิน") == ["stalin"]


def test_thai_reads_japanese_names_by_the_royal_institute_values() -> None:
    # ช sh, จ j, ค ก k; อ before a vowel only carries it; ซึ su
    assert latin_readings("ชิโร อิชิอิ")[1] == "shiro ishii"
    assert latin_readings("โยชิจิโร่ อูเมซึ")[1] == "yoshijiro umesu"
    assert latin_readings("ฮิเดกิ โทโจ")[1] == "hideki tojo"


def test_thai_reads_a_leading_common_noun_as_its_english_word_and_an_unwritten_o() -> None:
    assert "kanto army" in latin_readings("กองทัพคันโต")
    assert latin_readings("เฮยหลงเจียง")[0] == "heylongchiang"  # ลง long


@pytest.mark.parametrize(
    ("query", "entry"),
    [
        ("ชิโร อิชิอิ", "ishii-shiro"),
        ("กองทัพคันโต", "kwantung-army"),
        ("เฮยหลงเจียง", "heilongjiang"),
        ("เซอร์เกย์ ครูกอฟ", "sergei-kruglov"),
    ],
)
def test_thai_japanese_and_russian_readings_find_the_entry(bundled: Termbase, query: str, entry: str) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == entry
    assert not any(r.match for r in results)


@pytest.mark.parametrize(
    ("query", "entry"),
    [("Χαμπομάι", "habomai"), ("ครุชชอฟ", "nikita-khrushchev"), ("โมโลตอฟ", "vyacheslav-molotov")],
)
def test_greek_and_thai_foreign_name_readings_find_the_entry(
    bundled: Termbase, query: str, entry: str
) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == entry
    assert not any(r.match for r in results)


def test_an_abjad_reads_its_letters_for_foreign_sounds_last() -> None:
    # Arabic has no p or v (ب ف) and ث is the English th; Hebrew ב is also v
    assert latin_readings("بورت آرثر") == ["burt arsr", "bort arsr", "purt arthr", "port arthr"]
    assert latin_readings("חרושצ'וב")[2:] == ["khrushchuv", "khroshchov"]
    assert latin_readings("طوكيو") == ["tukyu", "tokyo"]  # no such letter: no more readings


@pytest.mark.parametrize(
    ("query", "entry"),
    [
        ("بورت آرثر", "lushun"),  # Port Arthur; the Arabic form of MacArthur shares a word
        ("شينيانج", "shenyang"),  # found by the second reading, not by letters shared
        ("فيلاديفوستك", "vladivostok"),  # v written ف
    ],
)
def test_every_reading_is_tried_before_a_weak_candidate_is_kept(
    bundled: Termbase, query: str, entry: str
) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == entry
    assert not any(r.match for r in results)


@pytest.mark.parametrize(
    ("query", "entry"),
    [
        ("طوكيو", "tokyo"),
        ("نوساكا سانزو", "nosaka-sanzo"),
        ("เจียงไคเชค", "chiang-kai-shek"),
        ("Χρουστσόφ", "nikita-khrushchev"),
        ("الكومنتنج", "kuomintang"),
    ],
)
def test_script_rules_find_the_entry_as_a_candidate(bundled: Termbase, query: str, entry: str) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == entry
    assert not any(r.match for r in results)


@pytest.mark.parametrize(("query", "script"), [("Λαυρέντι Μπέρια", "Greek"), ("ლავრენტი ბერია", "Georgian")])
def test_a_transliterated_query_finds_its_entry_as_a_candidate_only(
    names: Termbase, query: str, script: str
) -> None:
    results = lookup(names.index, query).results
    assert results[0].entry.id == "lavrentii-beria"
    assert f"transliterated from {script}" in results[0].matched.via
    # Georgian comes out as a French spelling letter for letter, and still is no match.
    assert not any(r.match for r in results)


def test_a_transliterated_query_reports_the_query_as_typed(names: Termbase) -> None:
    assert lookup(names.index, "Λαυρέντι Μπέρια").query == "Λαυρέντι Μπέρια"


def test_an_arabic_russian_name_reads_its_endings_and_letters_as_russian_last() -> None:
    """بريجنيف (Brezhnev): ج for ж and a final يف for -ev; مالينوفسكي (Malinovski): و o, ي i;
    Egyptian ج for g (كوسيجين Kosygin); the letters' own values still come first."""
    brezhnev = latin_readings("بريجنيف")
    assert brezhnev[0] == "brijnif" and "brezhnev" in brezhnev
    assert "malinovski" in latin_readings("مالينوفسكي")
    assert "kosigin" in latin_readings("كوسيجين")
    assert latin_readings("ماو تسي تونغ") == ["mau tsi tung", "mao tse tong"]  # no ج or ف: as before


def test_an_arabic_russian_surname_finds_its_bearer_as_a_candidate(bundled: Termbase) -> None:
    top = bundled.lookup("بريجنيف").results[0]
    assert top.entry.id == "leonid-brezhnev" and not top.match


def test_arabic_reads_a_final_alif_maqsura_as_egyptian_usage_writes_ya() -> None:
    assert latin_readings("بويى")[4:6] == ["bwyi", "bwye"]  # Puyi


def test_arabic_reads_a_translated_name_in_english_order() -> None:
    assert latin_readings("حادثة موكدين")[-2:] == ["mukdin incident", "mokden incident"]
    assert "manshuku imperial army" in latin_readings("جيش مانشوكو الإمبراطوري")
    assert latin_readings("الوحدة رقم 731")[-1] == "unit 731"
    assert latin_readings("طوكيو") == ["tukyu", "tokyo"]  # no noun first: no such reading


@pytest.mark.parametrize(
    ("query", "entry"),
    [
        ("بويى", "puyi"),
        ("حادثة موكدين", "manchurian-incident"),
        ("جيش مانشوكو الإمبراطوري", "manchukuo-imperial-army"),
        ("الوحدة رقم 731", "unit-731"),
    ],
)
def test_arabic_egyptian_and_translated_readings_find_the_entry(
    bundled: Termbase, query: str, entry: str
) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == entry
    assert not any(r.match for r in results)


def test_armenian_reads_a_declined_name_without_its_ending_and_a_noun_after_it_in_english() -> None:
    assert latin_readings("Մենջիանի") == ["Mendzhiani", "Mendzhian"]  # genitive -ի
    assert latin_readings("Մանչուկուոյի")[1] == "Manchukuo"  # -յի after a vowel
    assert latin_readings("Կվանտունգի բանակը")[-1] == "Kvantung army"
    assert latin_readings("Ստալին") == ["Stalin"]  # -ն is no ending here


@pytest.mark.parametrize(
    ("query", "entry"),
    [("Կվանտունգի բանակը", "kwantung-army"), ("Մենջիանի", "mengjiang"), ("Մանչուկուոյի", "manchukuo")],
)
def test_armenian_case_forms_find_the_entry(bundled: Termbase, query: str, entry: str) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == entry
    assert not any(r.match for r in results)
