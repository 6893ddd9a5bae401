"""Queries in scripts no engine reads (Greek, Arabic, Persian, Hebrew, Georgian, Armenian,
Thai, Devanagari, Hangul ...): transliterated to Latin, by a few rules of the script's own where
anyascii's letter-by-letter reading is wrong for names (below), then looked up by the same
keys. A transliteration is a guess at how the name sounds (Arabic writes few vowels, Greek
"ου" comes out "oy"), so what it finds is offered as a candidate, never accepted.

anyascii (ISC licence, pure Python, maintained) covers every script in Unicode with one table
per block; PyICU's transforms are better for some scripts but need ICU's headers to build (no
wheel is published on PyPI).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from anyascii import anyascii

from termbase.detect import script_of

#: Scripts an engine (or the fold) reads directly.
ENGINE_SCRIPTS = frozenset({"Latn", "Cyrl", "Hani", "Hira", "Kana", "Bopo"})


def other_script(text: str) -> str | None:
    """The name of the first script in ``text`` that no engine reads ("Greek", "Arabic"),
    or None when every letter is in one that does."""
    for char in unicodedata.normalize("NFKC", text):  # fullwidth and halfwidth forms too
        if not char.isalpha() or script_of(char) in ENGINE_SCRIPTS:
            continue
        name = unicodedata.name(char, "")
        if name:
            return name.split(" ", 1)[0].title()
    return None


def to_latin(text: str) -> str:
    """``text`` transliterated to ASCII Latin (by its script's rules, then anyascii),
    whitespace collapsed."""
    return latin_readings(text)[0]


def latin_readings(text: str) -> list[str]:
    """Every Latin reading of ``text`` worth a look-up, likeliest first: one, except for
    scripts that leave vowels unwritten (Arabic و is u or o: طوكيو Tukyu or Tokyo)."""
    text = unicodedata.normalize("NFC", text)
    prepare = _RULES.get(other_script(text) or "")
    readings = prepare(text) if prepare else [anyascii(text)]
    return list(dict.fromkeys(" ".join(reading.split()) for reading in readings))


# --- Rules before anyascii, per script -------------------------------------------------------
# anyascii writes one letter at a time, which is wrong for names in some scripts: Greek ου is
# one vowel (Χρουστσόφ is Khrushchov, not Khroystsof), Arabic and Hebrew write long vowels with
# consonant letters (و u, ي i), Thai writes some vowels before their consonant, and Indic
# consonants carry an unwritten a. These rules write what the letters stand for in a name, in
# the digraphs the Russian, Chinese and Japanese readers know (kh, zh, ts, ch, sh, dzh).

_GREEK = (
    ("στσ", "shch"),
    ("ου", "u"),
    ("αι", "e"),
    ("ει", "i"),
    ("οι", "i"),
    ("υι", "i"),
    ("αυ", "av"),
    ("ευ", "ev"),
    ("γγ", "ng"),
    ("νγκ", "ng"),
    ("γκ", "nk"),
    ("μπ", "mp"),
    ("ντ", "nt"),
    ("τσ", "ts"),
    ("τζ", "dz"),
    ("χ", "kh"),
    ("η", "i"),
    ("υ", "i"),
    ("ω", "o"),
    ("β", "v"),
    ("θ", "th"),
    ("φ", "f"),
    ("ψ", "ps"),
    ("ξ", "ks"),
    ("ς", "s"),
)
#: At the start of a word μπ, ντ, γκ write b, d, g (Μπέρια Beria); inside, mp, nt, nk
#: (Λαυρέντι Lavrenti), and in a second reading b, d, g there too (Χαμπομάι Habomai).
_GREEK_INITIAL = (("μπ", "b"), ("ντ", "d"), ("γκ", "g"))
#: Two vowels that are not one sound: the first accented (Χαμπομάι -mai, not -me) or the
#: second with a diaeresis (Μαΐου).
_GREEK_HIATUS = re.compile("(?<=[άέόήώ])(?=[ιυ])|(?=[ϊΐϋΰ])")
#: Russian -ов/-ев surnames as Greek writes them (-όφ), read back.
_GREEK_FINAL = re.compile(r"([oe])f\b")

_GEORGIAN = str.maketrans(
    {
        "ჯ": "dzh",
        "ღ": "g",
        "ყ": "k",
        "ჭ": "ch",
        "წ": "ts",
        "ძ": "dz",
        "ც": "ts",
        "ჩ": "ch",
        "შ": "sh",
        "ჟ": "zh",
        "ხ": "kh",
        "ქ": "k",
        "თ": "t",
        "ფ": "p",
        "კ": "k",
        "პ": "p",
        "ტ": "t",
        "ჰ": "h",
    }
)
_ARMENIAN = (
    ("ու", "u"),
    ("Ու", "U"),
    ("ջ", "dzh"),
    ("ղ", "g"),
    ("ձ", "dz"),
    ("ց", "ts"),
    ("չ", "ch"),
    ("ճ", "ch"),
    ("ժ", "zh"),
    ("խ", "kh"),
    ("շ", "sh"),
    ("յ", "y"),
)

#: Arabic-script consonants (Arabic, Persian, Urdu) with the name spellings' values.
_ARABIC_CONSONANTS = {
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ٹ": "t",
    "ث": "s",
    "ج": "j",
    "چ": "ch",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ڈ": "d",
    "ذ": "z",
    "ر": "r",
    "ڑ": "r",
    "ز": "z",
    "ژ": "zh",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "",
    "غ": "gh",
    "ف": "f",
    "ڤ": "v",
    "ق": "k",
    "ك": "k",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ں": "n",
    "ه": "h",
    "ھ": "h",
    "ة": "a",
    "ء": "",
    "ؤ": "u",
    "ئ": "",
    "ى": "a",
    "ے": "e",
}
_ARABIC_VOWELS = {"ا": "a", "آ": "a", "أ": "a", "إ": "i", "\u064e": "a", "\u0650": "i", "\u064f": "u"}
_ARABIC_DIGRAPHS = (("تش", "ch"), ("نغ", "ng"), ("نك", "ng"), ("دج", "j"))
_HEBREW_CONSONANTS = {
    "א": "a",
    "ב": "b",
    "ג": "g",
    "ד": "d",
    "ז": "z",
    "ח": "kh",
    "ט": "t",
    "כ": "k",
    "ך": "kh",
    "ל": "l",
    "מ": "m",
    "ם": "m",
    "נ": "n",
    "ן": "n",
    "ס": "s",
    "ע": "",
    "פ": "p",
    "ף": "f",
    "צ": "ts",
    "ץ": "ts",
    "ק": "k",
    "ר": "r",
    "ש": "sh",
    "ת": "t",
}
_HEBREW_DIGRAPHS = (
    ("ג׳", "j"),
    ("ג'", "j"),
    ("צ׳", "ch"),
    ("צ'", "ch"),
    ("ז׳", "zh"),
    ("ז'", "zh"),
    ("וו", "v"),
)

#: Thai vowels written before the consonant they follow in speech.
_THAI_LEADING = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")


def _greek(text: str) -> list[str]:
    text = _GREEK_HIATUS.sub("\x00", unicodedata.normalize("NFC", text.lower()))
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    for old, new in _GREEK_INITIAL:
        text = re.sub(rf"\b{old}", new, text)
    inside = text
    for old, new in _GREEK_INITIAL:
        inside = inside.replace(old, new)
    return [_greek_letters(spelt) for spelt in dict.fromkeys((text, inside))]


def _greek_letters(text: str) -> str:
    for old, new in _GREEK:
        text = text.replace(old, new)
    return _GREEK_FINAL.sub(r"\1v", anyascii(text.replace("\x00", "")))


@dataclass(frozen=True)
class _Abjad:
    """A script that writes consonants and long vowels: its letters' values in names."""

    consonants: dict[str, str]
    vowels: dict[str, str]
    digraphs: tuple[tuple[str, str], ...]
    wy: tuple[str, str]  # the letters for w/u and y/i

    def latin(self, text: str, as_vowels: tuple[str, str]) -> str:
        """``text`` word by word (the article al- off); ``as_vowels`` are the vowels the w and
        y letters stand for between consonants."""
        words = (word[2:] if word.startswith("ال") and len(word) > 3 else word for word in text.split())
        return anyascii(" ".join(self._word(word, as_vowels) for word in words))

    def _word(self, word: str, as_vowels: tuple[str, str]) -> str:
        """Digraphs first; the w and y letters are vowels between consonants and consonants at
        the start or before a vowel (كوانتونغ kwantung); a final h after a consonant is a vowel
        (Persian تسه tse). A final نج is ng: Egyptian usage writes the foreign g as ج
        (هونج كونج Hong Kong, الكومنتنج the Kuomintang), and no Chinese, Japanese or Russian
        name ends in nj."""
        if word.endswith("نج"):
            word = word[:-1] + "غ"
        for old, new in self.digraphs:
            word = word.replace(old, f"\x00{new}\x01")
        latin = []
        for i, char in enumerate(word):
            following = word[i + 1] if i + 1 < len(word) else ""
            if char in self.wy:
                semivowel = i == 0 or following in self.vowels or following in self.wy
                latin.append(
                    ("w" if char == self.wy[0] else "y") if semivowel else as_vowels[char != self.wy[0]]
                )
            elif char in self.vowels:
                latin.append(self.vowels[char])
            elif char == "ه" and not following and i and word[i - 1] not in self.vowels:
                latin.append("e")
            else:
                latin.append(self.consonants.get(char, char))
        return "".join(latin).replace("\x00", "").replace("\x01", "")


_ARABIC = _Abjad(_ARABIC_CONSONANTS, _ARABIC_VOWELS, _ARABIC_DIGRAPHS, ("و", "ي"))
_HEBREW = _Abjad(_HEBREW_CONSONANTS, {"ה": "a"}, (), ("ו", "י"))

#: The vowels an abjad's w and y letters stand for between consonants, likeliest first.
_ABJAD_VOWELS = (("u", "i"), ("o", "e"))


#: Letters an abjad writes for a foreign sound it lacks, with that sound: Arabic has no p or v
#: and writes ب and ف, and ث is the English th (بورت آرثر Port Arthur, فلاديفوستوك
#: Vladivostok); Hebrew ב without its dot is v (חרושצ'וב Khrushchov). Tried after the
#: letters' own values.
_ARABIC_FOREIGN = str.maketrans({"ب": "p", "ف": "v", "ث": "th"})
_HEBREW_FOREIGN = str.maketrans({"ב": "v"})


#: How Arabic writes a Russian name's endings and sounds, tried after the letters' own values:
#: a final وف or يف is -ov or -ev (خروشوف Khrushchov, بريجنيف Brezhnev), ف elsewhere v, and
#: ج is ж (بريجنيف, بريجينيف Brezhnev) or, in Egyptian usage, g (نيكولاى بودجورنى Podgorny,
#: إليكس كوسيجين Kosygin), as stored pages write them: bfjaawards.com/ar/pages/12398 (Britannica's
#: Brezhnev in Arabic) and amay1.sarmady.net/news/detailsamp/186222 (an Egyptian daily).
_RUSSIAN_ENDING = re.compile("(?<=[^\\sوي])(و|ي)ف(?=\\s|$)")
#: The vowels و and ي stand for in a Russian name: o and e or i (مالينوفسكي Malinovski).
_RUSSIAN_VOWELS = (("o", "e"), ("o", "i"))
_RUSSIAN_SOUNDS = (str.maketrans({"ج": "ژ", "ف": "ڤ"}), str.maketrans({"ج": "گ", "ف": "ڤ"}))


def _arabic(text: str) -> list[str]:
    text = text.replace("ی", "ي").replace("ک", "ك")  # Persian and Urdu letter forms
    readings = _arabic_letters(text)
    # Egyptian usage writes a final ي as ى (بويى Puyi): read so too, after the letters' values.
    egyptian = _FINAL_ALIF_MAQSURA.sub("ي", text)
    if egyptian != text:
        readings += _arabic_letters(egyptian)
    return readings + _arabic_translated(text)


def _arabic_letters(text: str) -> list[str]:
    readings = _abjad_readings(_ARABIC, text, text.translate(_ARABIC_FOREIGN))
    russian = _RUSSIAN_ENDING.sub(lambda m: "ov" if m.group(1) == "و" else "ev", text)
    if russian == text and not {"ج", "ف"} & set(text):
        return readings
    for sounds in _RUSSIAN_SOUNDS if "ج" in text else _RUSSIAN_SOUNDS[:1]:
        readings += [_ARABIC.latin(russian.translate(sounds), vowels) for vowels in _RUSSIAN_VOWELS]
    return readings


def _arabic_translated(text: str) -> list[str]:
    """A name Arabic translates: a common noun first and adjectives after the name (the head
    of an iḍāfa precedes what it governs: جيش مانشوكو الإمبراطوري is "Manchukuo Imperial Army",
    حادثة موكدين "Mukden Incident"), read in English order, the name by its letters; a number
    stays after its noun (الوحدة رقم 731, Unit 731). None when the first word is no such noun."""
    words = text.split()
    noun = _ARABIC_NOUNS.get(words[0]) if len(words) > 1 else None
    if noun is None:
        return []
    rest = [word for word in words[1:] if word != "رقم"]  # "number"
    adjectives: list[str] = []
    while rest and rest[-1] in _ARABIC_ADJECTIVES:
        adjectives.insert(0, _ARABIC_ADJECTIVES[rest.pop()])
    if not rest:
        return []
    if all(word.isdigit() for word in rest):
        return [" ".join([*adjectives, noun, *rest])]
    name = " ".join(rest)
    return [" ".join([reading, *adjectives, noun]) for reading in _arabic_letters(name)[:2]]


_FINAL_ALIF_MAQSURA = re.compile("ى(?=\\s|$)")
#: Common nouns that head a translated name, with and without the article, in English.
_ARABIC_NOUNS = {
    form: english
    for arabic, english in (
        ("جيش", "army"), ("حادثة", "incident"), ("حادث", "incident"), ("معاهدة", "treaty"),
        ("مؤتمر", "conference"), ("حزب", "party"), ("جزيرة", "island"), ("جزر", "islands"),
        ("نهر", "river"), ("إمبراطورية", "empire"), ("جمهورية", "republic"), ("معركة", "battle"),
        ("مقاطعة", "province"), ("مدينة", "city"), ("بحيرة", "lake"), ("وحدة", "unit"),
        ("محاكمة", "trial"), ("محاكمات", "trials"), ("اتفاقية", "agreement"), ("إعلان", "declaration"),
        ("غزو", "invasion"), ("جبهة", "front"), ("سكة", "railway"),
    )
    for form in (arabic, "ال" + arabic)
}  # fmt: skip
#: Adjectives after the name, masculine and feminine, in English.
_ARABIC_ADJECTIVES = {
    form: english
    for arabic, english in (
        ("الإمبراطوري", "imperial"), ("السوفيتي", "soviet"), ("السوفييتي", "soviet"),
        ("الياباني", "japanese"), ("الصيني", "chinese"), ("الأحمر", "red"), ("الشيوعي", "communist"),
        ("الروسي", "russian"), ("الكوري", "korean"), ("المنغولي", "mongolian"),
    )
    for form in (arabic, arabic + "ة")
}  # fmt: skip


def _hebrew(text: str) -> list[str]:
    for old, new in _HEBREW_DIGRAPHS:
        text = text.replace(old, new)
    return _abjad_readings(_HEBREW, text, text.translate(_HEBREW_FOREIGN))


def _abjad_readings(abjad: _Abjad, text: str, foreign: str) -> list[str]:
    readings = [abjad.latin(text, vowels) for vowels in _ABJAD_VOWELS]
    if foreign != text:
        readings += [abjad.latin(foreign, vowels) for vowels in _ABJAD_VOWELS]
    return readings


def _thai(text: str) -> list[str]:
    """The letters' Thai values, and the values the Royal Institute of Thailand's transcription
    rules give them in foreign names (ราชบัณฑิตยสถาน, หลักเกณฑ์การทับศัพท์ภาษารัสเซีย and
    ภาษาญี่ปุ่น): in Russian names ฟ for a final v, ชช for щ, ก for г, ค for к (โมโลตอฟ Molotov,
    ครุชชอฟ Khrushchov, มาเลนคอฟ Malenkov, เซอร์เกย์ Sergei); in Japanese ones ช for sh, จ for j,
    ก and ค for k, ซึ for tsu (ชิโร อิชิอิ Shiro Ishii, โทโจ Tojo, ฮิเดกิ Hideki). The letters'
    own values come first (Thai spells Chinese names by them: เจียงไคเชค), then the Japanese and
    Russian ones; a word ending in ฟ is read as Russian first. Thai writes no spaces: a leading
    common noun (กองทัพ army, พรรค party, จังหวัด province ...) is read apart, as the noun's
    English word after the name (กองทัพคันโต "kanto army")."""
    # tone marks off; ห before a sonorant only sets the tone (เหมา mao)
    text = _THAI_SILENT_H.sub("", _THAI_TONES.sub("", text))
    text = _THAI_LEADING.sub(r"\2\1", text)
    texts = [text, *_without_thai_nouns(text)]
    readings: list[str] = []
    for spelt in texts:
        letters = _THAI_INHERENT_O.sub(r"\1o\2", _THAI_CARRIER.sub("", spelt))
        own = _thai_vowels(letters, _THAI_VOWELS)
        foreign = _thai_vowels(letters, _THAI_FOREIGN_VOWELS)
        russian = anyascii(_THAI_FINAL_F.sub("v", foreign.replace("ชช", "shch").translate(_THAI_RUSSIAN)))
        japanese = anyascii(_THAI_JAPANESE_G.sub("g", foreign).translate(_THAI_JAPANESE))
        ordered = (
            (russian, anyascii(own), japanese)
            if _THAI_FINAL_F.search(foreign)
            else (anyascii(own), japanese, russian)
        )
        readings += ordered
    return readings


def _thai_vowels(text: str, vowels: tuple[tuple[str, str], ...]) -> str:
    for old, new in vowels:
        text = text.replace(old, new)
    return text


def _without_thai_nouns(text: str) -> list[str]:
    """``text`` with a leading common noun of a Thai word read as its English word after the
    name (alone the name would be read as any word it sounds like: คันโต is Kwantung's Kantō,
    not Dandong's Antō); none when no word starts with one."""
    for noun, english in _THAI_NOUNS:
        words = text.split()
        if words and words[0].startswith(noun) and len(words[0]) > len(noun):
            rest = " ".join([words[0][len(noun) :], *words[1:]])
            return [f"{rest} {english}"]
    return []


#: Common nouns that Thai writes before a name with no space (the words of Thai Wikipedia's
#: titles: กองทัพคันโต, พรรคก๊กมินตั๋ง, มณฑลเฮยหลงเจียง), and their English words.
_THAI_NOUNS = (
    ("สนธิสัญญา", "treaty"),
    ("การประชุม", "conference"),
    ("สาธารณรัฐ", "republic"),
    ("จักรวรรดิ", "empire"),
    ("คาบสมุทร", "peninsula"),
    ("ทะเลสาบ", "lake"),
    ("หมู่เกาะ", "islands"),
    ("แม่น้ำ", "river"),
    ("กองทัพ", "army"),
    ("จังหวัด", "prefecture"),
    ("ประเทศ", "country"),
    ("สงคราม", "war"),
    ("ยุทธการ", "battle"),
    ("มณฑล", "province"),
    ("เมือง", "city"),
    ("นคร", "city"),
    ("พรรค", "party"),
    ("เกาะ", "island"),
    ("หน่วย", "unit"),
)


_THAI_TONES = re.compile("[\u0e48-\u0e4b]")
_THAI_FINAL_F = re.compile("ฟ(?![\u0e01-\u0e4e])")
_THAI_SILENT_H = re.compile("ห(?=[มนงยรลวญ])")
#: อ before a vowel sign (or a leading vowel moved after it) only carries the vowel (อิชิอิ ichii).
_THAI_CARRIER = re.compile("อ(?=[\u0e30-\u0e3a\u0e40-\u0e45\u0e47])")
#: A consonant and a final ง น ม with no vowel written between read with o (ลง long, in
#: เฮยหลงเจียง Heilongjiang); not after a vowel sign, which that final closes (มิน min).
_THAI_INHERENT_O = re.compile(
    "(?<![\u0e30-\u0e3a\u0e40-\u0e45\u0e47\u0e4cอ])([\u0e01-\u0e2cฮ])([งนม])(?![\u0e30-\u0e3a\u0e40-\u0e45\u0e47\u0e4c])"
)
_THAI_VOWELS = (
    ("ัว", "ua"),
    ("เีย", "ia"),
    ("เือ", "uea"),
    ("เา", "ao"),
    ("เอ", "oe"),
    ("แ", "ae"),
    ("โ", "o"),
    ("ไ", "ai"),
    ("ใ", "ai"),
    ("เ", "e"),
)
#: In a foreign name เอ(ร์) is e (เซอร์เกย์ Sergei), ึ u (ซึ su, tsu) and a short vowel's ะ silent.
_THAI_FOREIGN_VOWELS = (("เอ", "e"), ("ึ", "u"), ("ะ", ""), *_THAI_VOWELS)
_THAI_RUSSIAN = str.maketrans({"ก": "g", "ค": "k"})
_THAI_JAPANESE = str.maketrans({"ช": "sh", "จ": "j", "ค": "k", "ท": "t", "พ": "p"})
#: ง before a vowel is the Japanese g (นางาซากิ Nagasaki); a final ง is ng.
_THAI_JAPANESE_G = re.compile("ง(?=[\u0e30-\u0e3a\u0e40-\u0e45])")
_INDIC_SCRIPTS = (
    "Devanagari",
    "Bengali",
    "Gurmukhi",
    "Gujarati",
    "Oriya",
    "Tamil",
    "Telugu",
    "Kannada",
    "Malayalam",
)
_INDIC_VOWEL_LETTERS = frozenset(
    {
        "A",
        "AA",
        "I",
        "II",
        "U",
        "UU",
        "E",
        "EE",
        "AI",
        "O",
        "OO",
        "AU",
        "VOCALIC R",
        "VOCALIC L",
        "SHORT E",
        "SHORT O",
    }
)


def _indic(text: str) -> str:
    """Indic scripts (Devanagari, Telugu, Bengali ...): a consonant letter not followed by a
    vowel sign or virama carries an a, except at the end of a word (Hindi drops it there);
    anusvara before a consonant is n (మింటాంగ్ -mintang)."""
    out: list[str] = []
    for i, char in enumerate(text):
        name = unicodedata.name(char, "")
        following = unicodedata.name(text[i + 1], "") if i + 1 < len(text) else ""
        if "SIGN ANUSVARA" in name or "SIGN CANDRABINDU" in name:
            out.append("n")
            continue
        latin = anyascii(char)
        out.append("ch" if latin == "c" else latin)
        letter = name.partition(" LETTER ")[2]
        consonant = bool(letter) and letter not in _INDIC_VOWEL_LETTERS
        inherent = following and not any(part in following for part in ("VOWEL SIGN", "VIRAMA", "NUKTA"))
        if consonant and ((inherent and " LETTER " in following) or "SIGN ANUSVARA" in following):
            out.append("a")
    return "".join(out)


def _georgian(text: str) -> str:
    return anyascii(text.translate(_GEORGIAN))


def _armenian(text: str) -> str:
    for old, new in _ARMENIAN:
        text = text.replace(old, new)
    return anyascii(text)


def _armenian_readings(text: str) -> list[str]:
    """The letters, then the words without a case ending or the article (Armenian declines
    names: Մենջիանի, Mengjiang's; Մանչուկուոյի, with the glide after a vowel), then a common
    noun after a name in English (Կվանտունգի բանակը, "the army of Kwantung": "kvantung army").
    -ն is kept: names end in н (Ստալին)."""
    words = text.split()
    bare = [_ARMENIAN_ENDING.sub("", word) or word for word in words]
    readings = [_armenian(text), _armenian(" ".join(bare))]
    nouns = [_ARMENIAN_NOUNS.get(word) for word in bare]
    if len(words) > 1 and nouns[-1] and not any(nouns[:-1]):
        readings.append(f"{_armenian(' '.join(bare[:-1]))} {nouns[-1]}")
    return list(dict.fromkeys(readings))


#: Case endings and the article (genitive and dative -ի, ablative -ից, instrumental -ով,
#: locative -ում, with -յ- after a vowel; the article -ը), one per word.
_ARMENIAN_ENDING = re.compile("(?:յ?(?:ից|ում|ով|ի)|ը)$")
#: Common nouns that follow the name they belong to, in English.
_ARMENIAN_NOUNS = {
    "բանակ": "army",
    "կուսակցություն": "party",
    "պատերազմ": "war",
    "կղզի": "island",
    "գետ": "river",
    "կայսրություն": "empire",
    "հանրապետություն": "republic",
    "պայմանագիր": "treaty",
    "համաժողով": "conference",
    "ճակատամարտ": "battle",
    "երկրամաս": "krai",
    "մարզ": "oblast",
}


def _single(rule: Callable[[str], str]) -> Callable[[str], list[str]]:
    return lambda text: [rule(text)]


#: Scripts with rules of their own (the rest go to anyascii letter by letter).
_RULES: dict[str, Callable[[str], list[str]]] = {
    "Arabic": _arabic,
    "Hebrew": _hebrew,
    "Greek": _greek,
    "Georgian": _single(_georgian),
    "Armenian": _armenian_readings,
    "Thai": _thai,
    **dict.fromkeys(_INDIC_SCRIPTS, _single(_indic)),
}
