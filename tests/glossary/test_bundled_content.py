"""The bundled article glossary: its coverage, native forms, readings, sources and recorded errors.

These tests pin the content of ``glossaries/article`` (the loader's own behaviour is tested in
``test_loader.py``). Coverage figures are lower bounds taken from the data when it was written:
deleting entries makes them fail, adding entries does not.

``docs/glossary-coverage.md`` is generated from the data (``termbase.glossary.coverage``)::

    termbase coverage -o docs/glossary-coverage.md      # rewrites the coverage report

and ``test_coverage_doc_is_current`` fails when the committed copy is stale.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from termbase.glossary.coverage import coverage_markdown
from termbase.glossary.loader import bundled_path, check, load
from termbase.model import (
    ENTRY_ID,
    Entry,
    Glossary,
    Kind,
    RelationType,
    Status,
    Term,
    Verification,
)

ARTICLE = bundled_path() / "article"
DOC = Path(__file__).resolve().parents[2] / "docs" / "glossary-coverage.md"

#: Entries per kind when the glossary was written (lower bounds).
MIN_ENTRIES = {
    Kind.PERSON: 56,
    Kind.PLACE: 33,
    Kind.ORGANIZATION: 74,
    Kind.ARCHIVE: 10,
    Kind.ARCHIVAL_TERM: 18,
    Kind.PUBLICATION: 13,
    Kind.WORK: 21,
    Kind.DOCUMENT: 19,
    Kind.TERM: 37,
    Kind.EVENT: 16,
}
MIN_TOTAL = 297

#: Each kind lives in its own file (glossary.yaml holds only metadata).
FILE_OF_KIND = {
    Kind.PERSON: "people.yaml",
    Kind.PLACE: "places.yaml",
    Kind.ORGANIZATION: "organizations.yaml",
    Kind.ARCHIVE: "archives.yaml",
    Kind.ARCHIVAL_TERM: "archival-terms.yaml",
    Kind.PUBLICATION: "publications.yaml",
    Kind.WORK: "works.yaml",
    Kind.DOCUMENT: "documents.yaml",
    Kind.TERM: "terms.yaml",
    Kind.EVENT: "events.yaml",
}

#: Tags whose terms are in each origin language's own script.
NATIVE_TAGS = {"ja": ("ja",), "zh": ("zh", "zh-Hans", "zh-Hant"), "ru": ("ru",)}
NO_NATIVE_FORM = "no native form is given"

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA_READING = re.compile(r"^[\u3041-\u309f\u30a0-\u30ff ー-]+$")
_PINYIN_READING = re.compile(r"^[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ' ]+$")
_TONE_MARK = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]")

#: The article's variant spellings, recorded as terms: (entry id, form exactly as in the article, status).
ARTICLE_VARIANTS = [
    ("chiang-kai-shek", "Chang Kai-shek", Status.ERRONEOUS),
    ("kwantung-army", "Kwangtung army", Status.ERRONEOUS),
    ("kwantung-army", "Kwantung army", Status.DEPRECATED),
    ("nosaka-sanzo", "Nosaka Sanzo", Status.DEPRECATED),
    ("tomita-shiberia-yokuryusha-tachi-no-sengo", "Siberia yokuryūsha", Status.ERRONEOUS),
    ("yokote-shinji", "Shinji Yokote", Status.DEPRECATED),
    ("tomita-takeshi", "Takeshi Tomita", Status.DEPRECATED),
    ("igarashi-yoshikuni", "Yoshikuni Igarashi", Status.DEPRECATED),
    ("wakatsuki-yasuo", "Yasuo Wakatsuki", Status.DEPRECATED),
    ("kibata-yoichi", "Yoichi Kibata", Status.DEPRECATED),
    ("soeya-yoshihide", "Yoshihide Soeya", Status.DEPRECATED),
    ("he-yinan", "Yinan He", Status.DEPRECATED),
    ("takahashi-shinnosuke", "Shinnusoke Takahashi", Status.ERRONEOUS),
    ("japanese-peoples-anti-war-alliance", "Ribenren fanzhan tongmen", Status.ERRONEOUS),
    ("garf", "GARE", Status.ERRONEOUS),
    ("waiqiao", "waigiao", Status.ERRONEOUS),
    ("liang-jianguo-chuqi-waiqiao-guanli", "Jianguo chuqi waigiao guanli gongzuo shuping", Status.ERRONEOUS),
    ("liang-jianguo-chuqi-waiqiao-guanli", "Jianguo Chuqi Waiqiao Guanli Gongzuo Shuping", Status.DEPRECATED),
    ("prisoner-of-war", "voenmoplennyye", Status.ERRONEOUS),
    ("prisoner-of-war", "Voennoplennyye", Status.DEPRECATED),
    ("surzhikova-ekonomika-sovetskogo-plena", "sovsetskogo", Status.ERRONEOUS),
    ("katasonova-poslednie-plenniki", "Malozvestnye", Status.ERRONEOUS),
    ("katasonova-poslednie-plenniki", "rossisko-yaponskikh", Status.ERRONEOUS),
    ("borodkin-istoriya-stalinizma-prinuditelnyi-trud", "Primuditel\u2019nyi", Status.ERRONEOUS),
    ("kalugina-faktory-ideologicheskoi-obrabotki", "stroitel\u2019s\u0442\u0432\u0430", Status.ERRONEOUS),
    ("kalugina-faktory-ideologicheskoi-obrabotki", "Faktyory", Status.ERRONEOUS),
    ("katasonova-yaponskie-voennoplennye", "velikih", Status.ERRONEOUS),
    ("katasonova-yaponskie-voennoplennye", "bolshaya", Status.DEPRECATED),
    ("baikal-amur-mainline", "BAMA", Status.ERRONEOUS),
    ("wakatsuki-shiberia-horyo-shuyojo", "Shiberia horyō shūyōjo: Soren to nihonjin", Status.ERRONEOUS),
    (
        "gulag-administration",
        "Glavnoie Upravlenie ispravitel\u2019no-trudovykh lagerey i koloniy",
        Status.ERRONEOUS,
    ),
    ("gaiko-shiryokan", "Gaikōshiryōkan", Status.DEPRECATED),
    ("sanichi-shobo", "San\u2019ichi Shobo", Status.DEPRECATED),
    ("iwanami-shoten", "Iwanami shoten", Status.DEPRECATED),
    ("hando-bungei-shunju-ni-miru-showashi", "Bungei shunjū\u201d ni miru shōwashi", Status.ERRONEOUS),
    ("iitsuka-watashi-no-shiberia-yokuryuki", "Watashi no shiberia yokuryūki", Status.DEPRECATED),
    ("japanese-people", "Riben ren", Status.DEPRECATED),
    ("japanese-people", "nihonjin", Status.DEPRECATED),
    ("cmjnc", "Dongbei riben guanli weiyuanhui", Status.DEPRECATED),
    (
        "ispolkom-sokk-file-1953-1955",
        "Ispolkom Soyuz obshchestv Krasnogo Kresta i Krasnogo Polumesyatsa SSSR",
        Status.ERRONEOUS,
    ),
    ("ivran", "Institut Vostokovedeniya RAN", Status.DEPRECATED),
    ("zagorulko-voennoplennye-v-sssr", "Voennoplennyye v SSSR", Status.DEPRECATED),
    ("maksim-zagorulko", "M. M Zagorul\u2019ko", Status.ERRONEOUS),
    ("dangdai-zhongguo-shi-yanjiu", "Dangdai Zhongguo Shi Yanjiu", Status.DEPRECATED),
]

#: Forms other languages' sources write, which a lookup in any script must reach.
CROSS_LANGUAGE_FORMS = [
    ("mochizuki-nurse", "zh", "望月", "Wàng Yuè"),
    ("mochizuki-nurse", "zh-Latn", "Wang Yue", None),
    ("nosaka-sanzo", "ru", "Носака Сандзо", None),
    ("mao-zedong", "ru", "Мао Цзэдун", None),
    ("chiang-kai-shek", "ru", "Чан Кайши", None),
    ("qiqihar", "ru", "Цицикар", None),
    ("lavrentii-beria", "ja", "ベリヤ", None),
    ("khabarovsk", "ja", "ハバロフスク", None),
    ("nakhodka", "ja", "ナホトカ", None),
    ("khabarovsk", "zh", "伯力", "Bólì"),
    ("khabarovsk", "zh-Hans", "哈巴罗夫斯克", "Hābāluófūsīkè"),
    ("yoshida-shigeru", "zh", "吉田茂", "Jítián Mào"),
    ("furumi-tadayuki", "zh", "古海忠之", "Gǔhǎi Zhōngzhī"),
    ("ushiroku-jun", "ja", "後宮淳", "うしろく じゅん"),
    ("ushiroku-jun", "ru", "Усироку Дзюн", None),
    ("shenyang", "ja", "奉天", "ほうてん"),
    ("shenyang", "en", "Mukden", None),
    ("dandong", "en", "Andong", None),
    ("dandong", "en", "Antung", None),
    ("dalian", "en", "Dairen", None),
    ("dalian", "ru", "Дальний", None),
    ("fushun", "ja", "撫順", "ぶじゅん"),
    ("southern-sakhalin", "ja", "樺太", "からふと"),
    ("kurile-islands", "ja", "千島列島", "ちしま れっとう"),
    ("norma", "ja", "ノルマ", None),
    ("nihon-shimbun", "ru", "Японская газета", None),
]

#: Links between distinct concepts: (source, relation type, target).
RELATIONS = [
    ("gupvi", RelationType.PART_OF, "nkvd"),
    ("gupvi", RelationType.PART_OF, "mvd"),
    ("mvd", RelationType.SUCCEEDED, "nkvd"),
    ("sergei-kruglov", RelationType.SUCCEEDED, "lavrentii-beria"),
    ("fushun-war-criminals-management-centre", RelationType.LOCATED_IN, "fushun"),
    ("minshu-shimbun", RelationType.PUBLISHED_BY, "northeast-peoples-government"),
    ("chukiren", RelationType.RELATED, "fushun-war-criminals-management-centre"),
    ("rgva", RelationType.SUCCEEDED, "tskhidk"),
    ("japanese-peoples-liberation-alliance", RelationType.SUCCEEDED, "japanese-peoples-anti-war-alliance"),
    ("northeast-department-of-industry", RelationType.PART_OF, "northeast-peoples-government"),
    ("kwantung-army", RelationType.PART_OF, "imperial-japanese-army"),
    ("nosaka-sanzo", RelationType.MEMBER_OF, "japanese-communist-party"),
]


# --- loading -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    """The article glossary: these tests pin its content (the field glossary has its own)."""
    report = check(ARTICLE, check_systems=False)
    assert report.problems == [], "\n".join(str(p) for p in report.problems)
    assert report.glossary is not None
    return report.glossary


def _terms(glossary: Glossary) -> Iterator[tuple[Entry, Term]]:
    for entry in glossary.entries:
        for term in entry.terms:
            yield entry, term


def _article_refs(refs: tuple) -> list[str]:  # type: ignore[type-arg]
    return [r.locator for r in refs if r.source == "article"]


def test_full_validation_passes() -> None:
    """Readings are well formed and every claimed romanization system reproduces its form."""
    pytest.importorskip("termbase.romanize.ja")
    pytest.importorskip("termbase.romanize.zh")
    pytest.importorskip("termbase.romanize.ru")
    report = check(ARTICLE)
    assert report.problems == [], "\n".join(str(p) for p in report.problems)


# --- coverage ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(MIN_ENTRIES), ids=lambda k: k.value)
def test_coverage_per_kind(glossary: Glossary, kind: Kind) -> None:
    count = sum(1 for e in glossary.entries if e.kind is kind)
    assert count >= MIN_ENTRIES[kind], f"{kind.value}: {count} entries, expected at least {MIN_ENTRIES[kind]}"


def test_coverage_total(glossary: Glossary) -> None:
    assert len(glossary.entries) >= max(MIN_TOTAL, 150)


@pytest.mark.parametrize(
    "entry_id",
    [
        "katasonova-poslednie-plenniki",
        "maksim-zagorulko",
        "oleg-khlevniuk",
        "leonid-borodkin",
        "sergei-krasilnikov",
        "natalia-surzhikova",
        "kalugina-s-v",
        "veniamin-zima",
        "yulia-din",
        "sergey-radchenko",
        "andrei-vyshinsky",
        "vasilii-chernyshov",
        "nikolai-gagen",
        "sergei-kruglov",
        "joseph-stalin",
        "nikita-khrushchev",
        "leonid-brezhnev",
        "zhou-enlai",
        "yan-xishan",
        "liao-chengzhi",
        "liang-zhikou",
        "sun-pinghua",
        "xiao-xiangqian",
        "wang-xiaoxian",
        "zhang-shu-guang",
        "yang-daqing",
        "chan-yeeshan",
        "he-yinan",
        "ushiroku-jun",
        "yoshida-shigeru",
        "yoshida-atsushi",
        "furumi-tadayuki",
        "furumi-kenichi",
        "aoyanagi-ichiro",
        "tanaka-isamu",
        "mochizuki-nurse",
        "iitsuka-toshio",
        "sawatari-hideo",
        "inomata-kunio",
        "furukawa-mantaro",
        "hando-kazutoshi",
        "shimazu-tadatsugu",
        "araragi-shinzo",
        "kobayashi-hideo",
        "kibata-yoichi",
        "kosuge-margaret",
        "soeya-yoshihide",
        "takahashi-shinnosuke",
        "igarashi-yoshikuni",
        "wakatsuki-yasuo",
        "tomita-takeshi",
        "shenyang",
        "dandong",
        "qiqihar",
        "dalian",
        "harbin",
        "fushun",
        "hegang",
        "manchukuo",
        "khabarovsk",
        "southern-sakhalin",
        "kurile-islands",
        "cmjnc",
        "gupvi",
        "gko",
        "snk",
        "komsomol",
        "ivran",
        "rosspen",
        "chukiren",
        "garf",
        "rgaspi",
        "tsamo-rf",
        "tskhidk",
        "rgva",
        "rgae",
        "presidential-archive",
        "avp-rf",
        "fma-prc",
        "gaiko-shiryokan",
        "fond",
        "opis",
        "delo",
        "list",
        "papka",
        "punkt",
        "tom",
        "minshu-shimbun",
        "nihon-shimbun",
        "renmin-ribao",
        "qianjin",
        "xuexi",
        "bungei-shunju",
        "voprosy-istorii",
        "otechestvennaya-istoriya",
        "russkii-arkhiv",
        "dangdai-zhongguo-shi-yanjiu",
        "vestnik-togu",
        "xinhua",
        "tass",
        "aktiv",
        "balanda",
        "banzai",
        "dongbei-bi",
        "fen",
        "gulag",
        "prisoner-of-war",
        "yokuryusha",
        "senpan",
    ],
)
def test_named_entry_is_present(glossary: Glossary, entry_id: str) -> None:
    assert entry_id in glossary.by_id


# --- ids -----------------------------------------------------------------------------------------


def test_ids_are_unique_and_stable_looking(glossary: Glossary) -> None:
    ids = [e.id for e in glossary.entries]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates
    for entry_id in ids:
        assert ENTRY_ID.match(entry_id), entry_id
        assert 2 <= len(entry_id) <= 60, entry_id
        assert not re.search(r"(^|-)(tmp|todo|draft|copy|test|xx+)(-|$)|-\d$", entry_id), entry_id


def _ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def test_ids_are_made_from_the_entry_s_names(glossary: Glossary) -> None:
    """An id shares a word with one of the entry's Latin-script forms (so ids stay readable)."""
    unrelated = []
    for entry in glossary.entries:
        latin = " ".join(_ascii_fold(t.form) for t in entry.terms if t.script == "Latn")
        words = set(re.findall(r"[a-z0-9]+", latin))
        parts = [part for part in entry.id.split("-") if len(part) >= 2 and not part.isdigit()]
        if not any(word.startswith(part) for part in parts for word in words):
            unrelated.append(entry.id)
    assert unrelated == []


def test_each_kind_lives_in_its_file(glossary: Glossary) -> None:
    misplaced = [
        (e.id, Path(e.path).name) for e in glossary.entries if Path(e.path).name != FILE_OF_KIND[e.kind]
    ]
    assert not misplaced


# --- forms, readings, sources --------------------------------------------------------------------


def test_every_entry_has_an_english_preferred_form(glossary: Glossary) -> None:
    assert [e.id for e in glossary.entries if e.preferred("en") is None] == []


def test_every_non_english_concept_has_a_native_form(glossary: Glossary) -> None:
    """A ja/zh/ru concept has a term in its own script, unless its note says why none is given."""
    missing = []
    for entry in glossary.entries:
        if entry.origin is None:
            continue
        tags = NATIVE_TAGS[entry.origin]
        if any(t.lang in tags for t in entry.terms):
            continue
        excused = entry.verification is Verification.UNVERIFIED and NO_NATIVE_FORM in entry.verification_note
        if not excused:
            missing.append(entry.id)
    assert missing == []


def test_entries_without_native_form_are_few(glossary: Glossary) -> None:
    without = [e.id for e in glossary.entries if e.origin and NO_NATIVE_FORM in e.verification_note]
    assert len(without) <= 10, without


def test_han_forms_have_readings_in_the_right_script(glossary: Glossary) -> None:
    bad = []
    for entry, term in _terms(glossary):
        if term.lang == "ja" and _HAN.search(term.form):
            if not term.plain_reading or not _KANA_READING.match(term.plain_reading):
                bad.append((entry.id, term.form, term.reading))
        elif term.lang in ("zh", "zh-Hans", "zh-Hant"):
            ok = (
                term.reading is not None
                and _PINYIN_READING.match(term.reading)
                and _TONE_MARK.search(term.reading)
            )
            if not ok:
                bad.append((entry.id, term.form, term.reading))
    assert bad == []


def test_readings_only_where_the_script_needs_them(glossary: Glossary) -> None:
    stray = [
        (e.id, t.form)
        for e, t in _terms(glossary)
        if t.reading and t.lang not in ("ja", "zh", "zh-Hans", "zh-Hant")
    ]
    assert stray == []


def test_zh_tag_only_when_both_scripts_agree(glossary: Glossary) -> None:
    """A zh-Hans/zh-Hant pair with the same characters should be one zh term."""
    same = []
    for entry in glossary.entries:
        hans = {t.form for t in entry.terms if t.lang == "zh-Hans"}
        same += [(entry.id, t.form) for t in entry.terms if t.lang == "zh-Hant" and t.form in hans]
    assert same == []


def test_every_entry_cites_the_article_with_a_locator(glossary: Glossary) -> None:
    bad = [e.id for e in glossary.entries if not any(loc for loc in _article_refs(e.sources))]
    assert bad == []


def test_every_glossary_source_is_cited(glossary: Glossary) -> None:
    cited = {r.source for e in glossary.entries for r in e.sources}
    cited |= {r.source for _, t in _terms(glossary) for r in t.sources}
    defined = {s.id for info in glossary.infos for s in info.sources}
    assert defined - cited == set()


def test_flagged_forms_say_why_and_where(glossary: Glossary) -> None:
    bad = []
    for entry, term in _terms(glossary):
        flagged = term.status in (Status.DEPRECATED, Status.ERRONEOUS)
        if flagged and (len(term.note) < 20 or not any(_article_refs(term.sources))):
            bad.append((entry.id, term.form))
    assert bad == []


def test_unverified_entries_say_what_is_unverified(glossary: Glossary) -> None:
    bad = [
        e.id
        for e in glossary.entries
        if e.verification is Verification.UNVERIFIED and len(e.verification_note) < 40
    ]
    assert bad == []


# --- the article's inconsistencies ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry_id", "form", "status"), ARTICLE_VARIANTS, ids=[v[1] for v in ARTICLE_VARIANTS]
)
def test_article_variant_is_recorded(glossary: Glossary, entry_id: str, form: str, status: Status) -> None:
    entry = glossary.by_id[entry_id]
    found = [t for t in entry.terms if t.form == form]
    assert found, f"{form!r} is not a term of {entry_id}"
    assert all(t.status is status for t in found)


@pytest.mark.parametrize(
    ("entry_id", "form", "_status"), ARTICLE_VARIANTS, ids=[v[1] for v in ARTICLE_VARIANTS]
)
def test_article_variant_occurs_in_the_article(entry_id: str, form: str, _status: Status) -> None:
    seed = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_ac2310810787e945.txt"
    if not seed.is_file():
        pytest.skip("the seed article is not beside the checkout")
    text = unicodedata.normalize("NFC", seed.read_text(encoding="utf-8"))
    assert form in text, f"{form!r} ({entry_id}) is not in the article"


def test_mixed_script_typo_is_recorded_exactly(glossary: Glossary) -> None:
    forms = [t.form for t in glossary.by_id["kalugina-faktory-ideologicheskoi-obrabotki"].terms]
    assert "stroitel\u2019s\u0442\u0432\u0430" in forms  # Latin "stroitel’s" + Cyrillic "тва"


def test_each_flagged_form_has_a_usable_alternative(glossary: Glossary) -> None:
    """A preferred form where a source attests one; else an admitted one (our own restoration)."""
    usable_statuses = (Status.PREFERRED, Status.ADMITTED)
    for entry_id, form, _ in ARTICLE_VARIANTS:
        for flagged in _forms_of(glossary, entry_id, form):
            usable = [t for t in glossary.by_id[entry_id].terms if t.status in usable_statuses]
            assert any(t.lang in (flagged.lang, "en") or t.lang.endswith("-Latn") for t in usable), entry_id


def _forms_of(glossary: Glossary, entry_id: str, form: str) -> list[Term]:
    return [t for t in glossary.by_id[entry_id].terms if t.form == form]


# --- cross-language forms and relations ----------------------------------------------------------


@pytest.mark.parametrize(
    ("entry_id", "lang", "form", "reading"), CROSS_LANGUAGE_FORMS, ids=[c[2] for c in CROSS_LANGUAGE_FORMS]
)
def test_cross_language_form(
    glossary: Glossary, entry_id: str, lang: str, form: str, reading: str | None
) -> None:
    terms = [t for t in glossary.by_id[entry_id].terms if t.lang == lang and t.form == form]
    assert terms, f"{entry_id} lacks {lang} {form!r}"
    if reading is not None:
        assert terms[0].reading == reading


def test_conventional_russian_forms_claim_no_system(glossary: Glossary) -> None:
    for entry_id, form in [
        ("chiang-kai-shek", "Чан Кайши"),
        ("harbin", "Харбин"),
        ("qiqihar", "Цицикар"),
        ("beijing", "Пекин"),
    ]:
        term = next(t for t in glossary.by_id[entry_id].terms if t.form == form)
        assert term.system is None and term.lang == "ru"


@pytest.mark.parametrize(
    ("source", "kind", "target"), RELATIONS, ids=[f"{s}-{k.value}-{t}" for s, k, t in RELATIONS]
)
def test_relation(glossary: Glossary, source: str, kind: RelationType, target: str) -> None:
    assert any(r.type is kind and r.target == target for r in glossary.by_id[source].relations)


def test_historical_names_are_terms_not_entries(glossary: Glossary) -> None:
    labels = {e.label for e in glossary.entries}
    assert not labels & {"Mukden", "Fengtian", "Andong", "Antung", "Dairen", "Dalny", "Tsitsihar", "Karafuto"}


# --- the coverage report -------------------------------------------------------------------------


def test_coverage_doc_is_current() -> None:
    assert DOC.is_file(), "run: termbase coverage -o docs/glossary-coverage.md"
    assert DOC.read_text(encoding="utf-8") == coverage_markdown(load(bundled_path())), (
        "run: termbase coverage -o docs/glossary-coverage.md"
    )
