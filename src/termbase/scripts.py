"""The one table of writing systems and languages: ISO 15924 scripts with their Unicode ranges,
the BCP 47 tags terms may carry, and which name languages a script may write.

Every module that asks "which script is this letter?", "does this text hold Han?" or "which
languages can a Cyrillic query be?" asks here, so adding a script or a language is one edit::

    script_of("Б")                    -> "Cyrl"
    scripts_of("ベリヤ Beria")          -> ("Kana", "Latn")
    re.compile(f"[{char_class('Hani')}]")
    script_of_tag("zh-Hant")          -> "Hant";  base_language("ja-Latn") -> "ja"

Ranges are whole Unicode blocks and their extensions, so no module disagrees on where Cyrillic
or Han ends. Latin counts letters only (not digits or punctuation); ``ー`` counts as kana, ``・``
and ``々`` as neither kana nor punctuation-free Han text (``々`` is Han: 佐々木).
"""

from __future__ import annotations

from bisect import bisect_right

from termbase.errors import InvalidTextError

#: Unicode ranges (inclusive) of each script's letters.
RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "Latn": (
        (0x0041, 0x005A),
        (0x0061, 0x007A),
        (0x00C0, 0x00D6),
        (0x00D8, 0x00F6),
        (0x00F8, 0x024F),
        (0x1E00, 0x1EFF),
        (0x2C60, 0x2C7F),
        (0xA720, 0xA7FF),
        (0xFF21, 0xFF3A),
        (0xFF41, 0xFF5A),
    ),
    "Cyrl": ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F)),
    "Grek": ((0x0370, 0x03FF), (0x1F00, 0x1FFF)),
    "Armn": ((0x0531, 0x058A), (0xFB13, 0xFB17)),
    "Hebr": ((0x0591, 0x05F4), (0xFB1D, 0xFB4F)),
    "Arab": ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    "Deva": ((0x0900, 0x097F), (0xA8E0, 0xA8FF)),
    "Thai": ((0x0E01, 0x0E5B),),
    "Geor": ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)),
    "Hang": ((0x1100, 0x11FF), (0x3131, 0x318E), (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xD7B0, 0xD7FF)),
    "Hira": ((0x3041, 0x3096), (0x309D, 0x309F)),
    "Kana": ((0x30A1, 0x30FA), (0x30FC, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)),
    "Bopo": ((0x3105, 0x312F), (0x31A0, 0x31BF)),
    "Hani": (
        (0x3005, 0x3005),
        (0x3007, 0x3007),
        (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0xF900, 0xFAFF),
        (0x20000, 0x3134F),
    ),
}

#: Script codes of a term's tag that stand for several scripts (ISO 15924 unions).
UNIONS: dict[str, tuple[str, ...]] = {
    "Jpan": ("Hani", "Hira", "Kana"),
    "Hans": ("Hani",),
    "Hant": ("Hani",),
    "Kore": ("Hang", "Hani"),
}

#: Languages with a romanization engine: the languages of the names termbase reads.
ENGINE_LANGUAGES: tuple[str, ...] = ("ja", "zh", "ru")

#: The engine of Han characters' Korean and Vietnamese readings: it keys names written in Han,
#: but is no name language of its own.
HAN_READINGS = "han"
#: Every engine whose keys the index holds.
KEY_ENGINES: tuple[str, ...] = (*ENGINE_LANGUAGES, HAN_READINGS)

#: Name languages a query in each script may be (in order of likelihood). Han alone is Chinese
#: or Japanese; Cyrillic is Russian or a Russian transcription (Polivanov, Palladius); Hangul
#: is a Korean transcription of any of them; Latin may be anything.
SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "Hira": ("ja",),
    "Kana": ("ja",),
    "Bopo": ("zh",),
    "Hani": ("zh", "ja"),
    "Cyrl": ("ru", "ja", "zh"),
    "Hang": ENGINE_LANGUAGES,
    "Latn": ENGINE_LANGUAGES,
}

#: Scripts that are neither a name language's own script nor one its transcriptions use here:
#: read through a transliterator to Latin (candidates only, never auto-accepted).
OTHER_SCRIPTS: tuple[str, ...] = ("Grek", "Armn", "Hebr", "Arab", "Deva", "Thai", "Geor")

#: Language tags a term may carry. Romanized forms use ``-Latn`` and name their system.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "ru": "Russian",
    "ru-Latn": "Russian, romanized",
    "ja": "Japanese",
    "ja-Latn": "Japanese, romanized",
    "ja-Cyrl": "Japanese, in Cyrillic",
    "zh": "Chinese",
    "zh-Hans": "Chinese, simplified",
    "zh-Hant": "Chinese, traditional",
    "zh-Latn": "Chinese, romanized",
    "zh-Bopo": "Chinese, Zhuyin",
    "zh-Cyrl": "Chinese, in Cyrillic",
    "ko": "Korean",
    "ko-Latn": "Korean, romanized",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "pl": "Polish",
    "cs": "Czech",
    "sk": "Slovak",
    "hu": "Hungarian",
    "is": "Icelandic",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "nb": "Norwegian",
    "fi": "Finnish",
    "tr": "Turkish",
    "ro": "Romanian",
    "hr": "Croatian",
    "sr": "Serbian",
    "sl": "Slovene",
    "lv": "Latvian",
    "lt": "Lithuanian",
    "uk": "Ukrainian",
    "vi": "Vietnamese",
    "mn": "Mongolian",
    "bg": "Bulgarian",
    "mk": "Macedonian",
    "be": "Belarusian",
    "kk": "Kazakh",
    "et": "Estonian",
    "id": "Indonesian",
    "ms": "Malay",
    "el": "Greek",
    "ar": "Arabic",
    "fa": "Persian",
    "ur": "Urdu",
    "he": "Hebrew",
    "ka": "Georgian",
    "hy": "Armenian",
    "th": "Thai",
    "hi": "Hindi",
    # Languages of the public pages the benchmarks' spellings are copied from (text_lang).
    "af": "Afrikaans",
    "am": "Amharic",
    "ast": "Asturian",
    "bcl": "Central Bikol",
    "bs": "Bosnian",
    "ca": "Catalan",
    "eo": "Esperanto",
    "fy": "Western Frisian",
    "gl": "Galician",
    "io": "Ido",
    "ml": "Malayalam",
    "nn": "Norwegian Nynorsk",
    "nov": "Novial",
    "sq": "Albanian",
    "sw": "Swahili",
    "ta": "Tamil",
    "te": "Telugu",
    "tl": "Tagalog",
    "uz": "Uzbek",
}
#: Tags that are display names only (systems write them), not tags a glossary term may carry.
_DISPLAY_ONLY = frozenset({"ja-Cyrl", "zh-Cyrl"})
LANGUAGE_TAGS: frozenset[str] = frozenset(LANGUAGE_NAMES) - _DISPLAY_ONLY

#: Script implied by a language tag when the tag does not name one.
DEFAULT_SCRIPT: dict[str, str] = {
    "ru": "Cyrl",
    "sr": "Cyrl",
    "uk": "Cyrl",
    "mn": "Cyrl",
    "bg": "Cyrl",
    "mk": "Cyrl",
    "be": "Cyrl",
    "kk": "Cyrl",
    "el": "Grek",
    "ar": "Arab",
    "fa": "Arab",
    "ur": "Arab",
    "he": "Hebr",
    "ka": "Geor",
    "hy": "Armn",
    "th": "Thai",
    "hi": "Deva",
    "am": "Ethi",
    "ta": "Taml",
    "te": "Telu",
    "ja": "Jpan",
    "zh": "Hani",
    "ko": "Kore",
}


def base_language(tag: str) -> str:
    """``zh-Hant`` -> ``zh``; ``ja-Latn`` -> ``ja``."""
    return tag.split("-", 1)[0]


def script_of_tag(tag: str) -> str:
    """The ISO 15924 script a tag implies: ``ja-Latn`` -> ``Latn``, ``zh-Hans`` -> ``Hans``."""
    parts = tag.split("-")
    if len(parts) > 1 and len(parts[1]) == 4:
        return parts[1]
    return DEFAULT_SCRIPT.get(parts[0], "Latn")


def members(script: str) -> tuple[str, ...]:
    """The scripts a code stands for: ``Jpan`` -> Hani, Hira, Kana; ``Cyrl`` -> Cyrl."""
    return UNIONS.get(script, (script,))


def char_class(*scripts: str) -> str:
    """The body of a regex character class matching the letters of ``scripts``."""
    return "".join(
        f"\\U{low:08x}-\\U{high:08x}" if low != high else f"\\U{low:08x}"
        for script in scripts
        for member in members(script)
        for low, high in RANGES[member]
    )


_ORDERED = sorted((low, high, script) for script, ranges in RANGES.items() for low, high in ranges)
_STARTS = [low for low, _, _ in _ORDERED]


def script_of(char: str) -> str | None:
    """ISO 15924 code of one letter, or None for spaces, digits, punctuation and marks."""
    code = ord(char)
    position = bisect_right(_STARTS, code) - 1
    if position < 0:
        return None
    _, high, script = _ORDERED[position]
    return script if code <= high else None


def scripts_of(text: str) -> tuple[str, ...]:
    """The scripts of ``text``'s letters, most frequent first."""
    counts: dict[str, int] = {}
    for char in text:
        script = script_of(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return tuple(sorted(counts, key=lambda s: -counts[s]))


def writes(text: str, script: str) -> bool:
    """Whether ``text`` has at least one letter of ``script`` (a union code counts its members)."""
    wanted = set(members(script))
    return any(script_of(char) in wanted for char in text)


def require_characters(text: str, what: str) -> str:
    """``text``, if it is Unicode characters only. A lone surrogate is no character: undecodable
    bytes reach Python that way (``surrogateescape`` on a command line) and JSON can escape one
    (``\\ud800``); looking it up as if it were a letter would answer a question nobody asked."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidTextError(f"{what} holds bytes that are not UTF-8 text (a lone surrogate)") from None
    return text
