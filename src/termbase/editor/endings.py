"""Case endings read back on one word, by per-language tables, and Korean particles: data and
the small functions that read them (:mod:`termbase.editor.scan` decides where a reading is
plausible)."""

from __future__ import annotations

from collections.abc import Iterator

#: Vowels of folded Latin words (ę, ą and y fold to or are vowels).
VOWELS = frozenset("aeiouy")
#: Case endings (folded: ę -> e, ą -> a) that replace a name's final vowel in Polish, Czech,
#: Slovak (Japonii, Moskwy, Syberię, Japonsku); not -ya, another transcription (Mançurya).
_SLAVIC_ENDINGS = frozenset({"i", "ii", "y", "e", "ie", "a", "u", "o", "ou", "ei"})
#: (The Romanian genitive -ei of a name in -a is read the same way: Japoniei, Chinei.)
#: The Czech and Slovak dative -ovi, the Slovak instrumental -om and the Slavic genitive -a of
#: a name in a consonant (Stalinovi, Stalinom, rozkaz Stalina; Mluvnice češtiny 2: the masculine
#: declension "pán") are in the table below too; so is the Hungarian -val/-vel assimilated to a
#: final n or l (Sztálinnal: Magyar grammatika, 2000), read as -nal/-nel.
#: Case endings (folded) added to a name that ends in a consonant, by language: Czech, Slovak,
#: Polish (v Chabarovsku, Pekinie), Romanian with its article (Kazahstanului, Habarovskul),
#: Hungarian (Habarovszkban, Pekingből), Finnish (Harbinissa, Sahalinin). Read on one word alone, as a
#: changed vowel is; never -i (an adjective: Kazakhstani, habarovszki) or -s (the genitive).
_CONSONANT_ENDINGS = frozenset(
    {
        *("u", "em", "ie", "iem", "owi", "ovi", "om", "a"),
        *("ul", "ului", "ulu"),
        *("ban", "ben", "ba", "be", "bol", "rol", "tol", "nak", "nek", "val", "vel"),
        *("hoz", "hez", "on", "en", "ra", "re", "ig", "nal", "nel", "lal", "lel"),
        *("in", "issa", "ista", "iin", "illa", "ilta", "ille"),
    }
)
#: Shortest name (folded) that a consonant ending is read on: Japan, Harbin, Bratsk.
_CONSONANT_STEM = 5
#: Case endings (folded: ó -> o, ä -> a) added to a name that ends in a vowel: Hungarian
#: (Szovjetunióban, Mandzsúriából, Szovjetunión; a final a or e lengthens, which the fold
#: undoes) and Finnish (Japanin, Maizurussa, Siperiasta, Moskovalle; Mongoliaan, the illative,
#: is the last vowel again and n). Read on one word alone, as the consonant endings are.
_VOWEL_FINAL_ENDINGS = frozenset(
    {
        *("ban", "ben", "ba", "be", "bol", "rol", "tol", "nak", "nek", "val", "vel", "hoz", "hez"),
        *("n", "ra", "re", "ig", "nal", "nel", "ert"),
        *("ssa", "sta", "lla", "lta", "lle", "ksi", "na"),
    }
)
#: The one-letter ending of that table, and the languages whose forms it is read on.
GENITIVE_N = "n"
GENITIVE_N_LANGUAGES = frozenset({"fi", "hu"})
#: The Hungarian accusative -t, added to a name in a vowel (Mandzsúriát) or in n, l, r, s, j
#: (Sztálint): read only on a Hungarian form, as one letter is any language's ending.
ACCUSATIVE_T = "t"
ACCUSATIVE_T_LANGUAGES = frozenset({"hu"})
_ACCUSATIVE_T_AFTER = frozenset("aeiouynlrsj")
#: Shortest name (folded) that a vowel-final ending is read on: Japani, Kiina; not Kina.
_VOWEL_FINAL_STEM = 5
#: Lithuanian and Latvian case endings (folded: ą -> a) and the nominative ending they replace:
#: Japonija -> Japonijos, Japonijoje, Japonijai; Sibiras -> Sibiro, Sibire, Sibirui; Latvian
#: Japāna -> Japānas (V. Ambrazas, ed., Lithuanian Grammar, Vilnius 1997: the noun declensions).
_BALTIC_ENDINGS = frozenset(
    {
        *(("a", ending) for ending in ("os", "oje", "ai", "as")),
        *(("as", ending) for ending in ("o", "e", "ui", "a", "u")),
        # The definite (pronominal) adjective that opens a name, feminine and masculine, in the
        # same grammar (Raudonoji armija: Raudonosios armijos, Raudonąja armija).
        *(("oji", ending) for ending in ("osios", "ajai", "aja", "ojoje")),
        *(("asis", ending) for ending in ("ojo", "ajam", "aji", "uoju", "ajame")),
    }
)
#: The Lithuanian endings of a man's name in -as that keep the whole stem, read for persons
#: too: not the genitive -o (Stalino is also a town's name).
_BALTIC_PERSON_ENDINGS = ("ui", "u", "e", "a")
#: Finnish consonants doubled in a name's nominative and single before a case ending
#: (Neuvostoliitto, Neuvostoliitossa: consonant gradation, Iso suomen kielioppi, 2004).
_GRADATION = frozenset("kpt")
#: Shortest stem of a name whose final vowel a case ending replaces (japoni-, mandzuri-).
_VOWEL_STEM = 4
#: Korean case and other particles (조사) and the copula's commonest forms, written onto the
#: noun they follow (H.-M. Sohn, *The Korean Language*, Cambridge 1999: particles; 표준국어대사전):
#: subject, topic, object, genitive, locative, ablative, dative, comitative, instrumental,
#: "also", "only", "until", "from", "than", "like", and the copula (이다, 였다, 인, 이라는).
KOREAN_PARTICLES = (
    *("이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "께", "와", "과"),
    *("로", "으로", "도", "만", "까지", "부터", "보다", "처럼", "이나", "나", "란", "이란"),
    *("이다", "였다", "이었다", "인", "이라는", "라는", "이며", "이고"),
)


#: Sino-Korean suffixes (접미사) written onto a noun, after which the noun is still the name
#: (표준국어대사전: -기 期 "period", -사 史 "history", -측 側 "side", -산 産 "made in",
#: -내 內 "within", -계 系 "of the line of", -권 圈 "sphere", -식 式 "style": 냉전기, 소련측,
#: 만주산). Not -인 人 or -군 軍 (중국인, 소련군: a people or an army, not the place).
KOREAN_SUFFIXES = ("기", "사", "측", "산", "내", "계", "권", "식")
#: Czech and Slovak adjective endings with their long vowel (Mandžuská, Mandžuskej, sovětského):
#: the vowel tells the adjective from a case form of a noun in -sko (Mandžuska, Mandžusku),
#: which folding loses (Mluvnice češtiny 2, 1986; Krátky slovník slovenského jazyka: the
#: declension of "pekný" against "mesto").
_CZECH_SLOVAK_ADJECTIVE = ("ská", "ské", "ský", "skú", "skej", "ského", "skému", "ském", "skou", "ských")


def particles(rest: str, more: int = 3) -> bool:
    """Whether ``rest`` is empty or a run of up to ``more`` Korean particles (에서는, 으로도, 과의)."""
    if not rest:
        return True
    return more > 0 and any(
        rest.startswith(particle) and particles(rest[len(particle) :], more - 1)
        for particle in KOREAN_PARTICLES
    )


#: Polish plural case endings that replace a plural name's -y or -e (Chiny: w Chinach, z
#: Chinami, ku Chinom; Kuryle: na Kurylach; the plural declension, R. Nagórko, *Zarys gramatyki
#: polskiej*, 1998); not the bare genitive (Chin: the English "chin" too).
_POLISH_PLURAL = ("ach", "ami", "om")


def ending_read_back(key: str) -> Iterator[str]:
    """Names ``key`` may be a case form of by the tables: a final vowel changed (Japoniei of
    Japonia), an ending added (:func:`added_read_back`) or a Baltic ending in place of the
    nominative's, as a name alone."""
    for ending in _SLAVIC_ENDINGS:
        if key.endswith(ending):
            for vowel in ("a", "o", "e"):
                form = key[: -len(ending)] + vowel
                if vowel_changed(key, form):
                    yield form
    yield from added_read_back(key)
    for ending in _POLISH_PLURAL:
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) >= _VOWEL_STEM and stem[-1] not in VOWELS:
            yield stem + "y"
            yield stem + "e"
    for nominative, ending in _BALTIC_ENDINGS:
        form = key[: -len(ending)] + nominative
        if key.endswith(ending) and len(form) >= _VOWEL_FINAL_STEM and form != key:
            yield form


def added_read_back(key: str) -> Iterator[str]:
    """Names ``key`` may be by an ending added to the whole name, which keeps every letter of
    it (Chabarovsku of Chabarovsk, Sztálinnak of Sztálin, Japanin of Japani): the readings a
    person's name may take too (a changed vowel may make another name: Isami, Isamu)."""
    for ending in _CONSONANT_ENDINGS:
        form = key[: -len(ending)]
        if key.endswith(ending) and len(form) >= _CONSONANT_STEM and form[-1] not in VOWELS:
            yield form
    yield from _vowel_final_read_back(key)
    for ending in _BALTIC_PERSON_ENDINGS:  # Stalinui, Molotovu of Stalinas, Molotovas
        form = key[: -len(ending)] + "as"
        if key.endswith(ending) and len(form) >= _VOWEL_FINAL_STEM:
            yield form
    stem = key[: -len(ACCUSATIVE_T)]
    if key.endswith(ACCUSATIVE_T) and len(stem) >= _CONSONANT_STEM and stem[-1] in _ACCUSATIVE_T_AFTER:
        yield stem


def _vowel_final_read_back(key: str) -> Iterator[str]:
    """Names in a vowel ``key`` may be a Hungarian or Finnish case form of (Szovjetunióban,
    Japanin, Mongoliaan), with the Finnish doubled consonant put back (Neuvostoliitossa)."""
    stems = [key[: -len(e)] for e in _VOWEL_FINAL_ENDINGS if key.endswith(e)]
    if len(key) > 2 and key[-1] == "n" and key[-2] == key[-3] and key[-2] in VOWELS:
        stems.append(key[:-2])  # the illative: Mongolia-an, Japani-in
    for form in stems:
        if len(form) < _VOWEL_FINAL_STEM or form[-1] not in VOWELS:
            continue
        yield form
        if form[-2] in _GRADATION and form[-3] != form[-2]:
            yield form[:-1] + form[-2] + form[-1]


def vowel_changed(key: str, form: str) -> bool:
    """Whether ``key`` is ``form`` with its final vowel replaced by one or two vowels: a Slavic
    case ending of a name in -a or -ia (Japonii, Mandżurii, Syberię); not a suffix with a
    consonant, which makes another word (Rosjan, Siberian, giapponese)."""
    stem = form[:-1]
    ending = key[len(stem) :]
    return (
        len(stem) >= _VOWEL_STEM
        and form[-1:] in VOWELS
        and key.startswith(stem)
        and ending != form[-1:]
        and ending in _SLAVIC_ENDINGS
    )


def short_stem_read_back(key: str) -> Iterator[str]:
    """Dictionary forms of a word whose stem is one letter shorter than :func:`vowel_changed`
    reads (Rudou of Rudá, Rudé of Rudá): only inside a name of several words."""
    for ending in _SLAVIC_ENDINGS:
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) == _VOWEL_STEM - 1 and stem[-1] not in VOWELS:
            yield from (stem + vowel for vowel in ("a", "o", "e", "y") if stem + vowel != key)


def mobile_e(key: str) -> list[str]:
    """Dictionary forms with the Slavic mobile e put back before the stem's last consonant
    (związku -> związek, Kongresu is no such word: its stem ends in one consonant)."""
    found = []
    for cut in (1, 2):
        stem = key[:-cut]
        if len(stem) >= _VOWEL_STEM and stem[-1] not in VOWELS and stem[-2] not in VOWELS:
            found.append(f"{stem[:-1]}e{stem[-1]}")
    return found


def suffixed(rest: str) -> bool:
    """Whether ``rest`` is a Korean suffix of :data:`KOREAN_SUFFIXES` and particles (냉전기에)."""
    return any(rest.startswith(suffix) and particles(rest[len(suffix) :]) for suffix in KOREAN_SUFFIXES)


def slavic_adjective(word: str) -> bool:
    """Whether ``word`` ends as a Czech or Slovak adjective (Mandžuská operácia: "Manchurian")."""
    return word.lower().endswith(_CZECH_SLOVAK_ADJECTIVE)


#: Estonian case endings (folded: õ -> o), added to the genitive stem (Erelt, Erelt, Ross, *Eesti
#: keele käsiraamat*, 2007: the 14 cases): inessive -s, elative -st, illative -sse, adessive -l,
#: ablative -lt, allative -le, translative -ks, terminative -ni, essive -na, abessive -ta,
#: comitative -ga; the genitive of a name in a consonant adds a vowel (Jaapani, Sahhalini).
_ESTONIAN_CASES = ("", "s", "st", "sse", "l", "lt", "le", "ks", "ni", "na", "ta", "ga")
_ESTONIAN_STEM_VOWELS = ("i", "a", "u", "e")
#: The language whose forms alone Estonian endings are read on: many are one letter.
ESTONIAN = frozenset({"et"})


def estonian_read_back(key: str) -> Iterator[str]:
    """Names ``key`` may be an Estonian case form of: Moskvas of Moskva, Jaapanist of Jaapan."""
    for case in _ESTONIAN_CASES:
        if case and not key.endswith(case):
            continue
        stem = key[: len(key) - len(case)]
        if len(stem) >= _VOWEL_FINAL_STEM and stem[-1] in VOWELS:
            if case:
                yield stem  # Moskva-s, Venemaa-l
            if stem[-1] in _ESTONIAN_STEM_VOWELS and stem[-2] not in VOWELS:
                yield stem[:-1]  # Jaapani-st: the genitive vowel of Jaapan
