"""Running text prepared for scanning: masked, tokenized, with its marked spans and lines.

- **Masking** blanks out what is not prose, keeping every offset: URLs and HTML tags always;
  in Markdown also code spans, fenced code blocks and link destinations.
- **Tokens** are Latin or Cyrillic words (with marks and inner apostrophes: Ken'ichi, Zagorul'ko;
  a possessive 's and an elided French or Italian article, l'URSS, are not part of the word),
  single Han or kana characters, single Hangul syllables (Korean writes a particle onto the
  name: 소련의, 만주국을; the scanner reads words whole, :mod:`termbase.editor.scan`), and whole
  numbers (Unit 731; not the digits of 1,000 or 3.5).
  Each carries its
  key, the exact fold; a run of tokens matches a glossary form when their keys concatenate to the
  form's key.
- **Marked spans** are the insides of emphasis (``*…*``, ``_…_``) and quotation marks: evidence
  that a word is a term or a title, and a sign that a name inside a longer one is quoted matter.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath
from typing import Literal

from termbase.errors import UnsupportedFormatError
from termbase.romanize import fold
from termbase.scripts import char_class, script_of

TextFormat = Literal["text", "markdown"]

_LETTER = char_class("Latn", "Cyrl")
#: Combining marks, and the soft hyphen that web pages leave inside words (Mand\u00adschurei).
_MARK = "\u0300-\u036f\u00ad"
SOFT_HYPHEN = "\u00ad"
_CJK = char_class("Hira", "Kana", "Hani", "Hang")
_TOKEN = re.compile(
    rf"[{_CJK}]|[{_LETTER}][{_LETTER}{_MARK}]*(?:['’ʼʹ][{_LETTER}][{_LETTER}{_MARK}]*)*|(?<![\w.,])\d+(?![\w.,]\d)"
)
_POSSESSIVE = re.compile(r"['’][sS]$")
#: Turkish writes a case ending after an apostrophe on a proper noun (TDK, Yazım Kılavuzu,
#: "Kesme işareti": Sibirya'dan, Japonya'ya, Çin'i, Birliği'ndeki): the name is the word before
#: it. Endings after a vowel take a buffer y or n (Japonya'ya, Rusya'nın); after a consonant
#: none (Çin'i, Kazakistan'a). So Russian soft signs (Dar'ya, Il'in) stay whole: 'ya follows no
#: consonant here, and the name before the apostrophe has at least three letters.
_TURKISH_CASE = re.compile(r"^(?P<name>[A-ZÇĞİÖŞÜ]\w+?(?P<last>\w))['’](?P<ending>[a-zıü]{1,5})$")
_AFTER_VOWEL = re.compile(r"^(?:y[aeıiuü]|n[ıiuü]n|n[ıiuü]|n[ae]|n?d[ae](?:n|ki)?|yl[ae])$")
_AFTER_CONSONANT = re.compile(r"^(?:[dt][ae](?:n|ki)?|[aeıiuü]|[ıiuü]n|l[ae])$")
_VOWEL_LETTERS = frozenset("aeıioöuüâîû")
#: French and Italian elision before a capitalised name (l'URSS, d'Ouzbékistan, dell'Armata): the
#: article is not part of the name. Wade–Giles aspirates (K'ang, Ch'i) have a lowercase letter after.
_ELISION = re.compile(r"^(?:[lLdDjJmMnNsS]|[qQ]u|[dD]ell|[nN]ell|[aA]ll|[sS]ull)['’ʼ](?=[A-ZÀ-ÖØ-ÞА-Я])")
_URL = re.compile(r"<?(?:https?://|www\.)[^\s<>]+>?")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
_CODE = re.compile(r"`[^`\n]+`")
_LINK_TARGET = re.compile(r"(?<=\])\([^()\s]*(?:\s\"[^\"]*\")?\)")
_SPANS = (
    re.compile(r"(?<![*\w])\*\*(?!\s)([^*\n]+?)(?<!\s)\*\*(?![*\w])"),
    re.compile(r"(?<![*\w])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![*\w])"),
    re.compile(r"(?<!\w)_(?!\s)([^_\n]+?)(?<!\s)_(?!\w)"),
    re.compile(r"“([^“”\n]{1,400})”"),
    re.compile(r"«([^«»\n]{1,400})»"),
    re.compile(r"„([^„“\n]{1,400})“"),
    re.compile(r'"([^"\n]{1,400})"'),
)
#: What may stand between two tokens of one name: spaces (one line break), hyphens,
#: apostrophes, periods, colons, commas and digits (titles with dates), at most a few characters.
_JOIN = re.compile(r"[ \t\u00a0\-‐‑–'’.,:·・0-9]*\n?[ \t\u00a0\-‐‑–'’.,:·・0-9]*")
MAX_GAP = 12
#: A full stop, question or exclamation mark and a space: the gap between two sentences (some
#: pages set the stop apart: "ja Uzbekistaniin . Vuonna").
_SENTENCE_BREAK = re.compile(r"\s*[.!?]['’”\"»)]*\s")
_MARKDOWN = (".md", ".markdown", ".mdown", ".mkd")
_UNSUPPORTED = (".docx", ".doc", ".odt", ".rtf", ".pdf")


def text_format(path: str | None, given: str | None = None) -> TextFormat:
    """``markdown`` for .md files (or when asked), else ``text``; word-processor files are refused."""
    if given is not None:
        if given not in ("text", "markdown"):
            raise UnsupportedFormatError(f"unknown text format {given!r}; use text or markdown")
        return given  # type: ignore[return-value]
    suffix = PurePath(path or "-").suffix.lower()
    if suffix in _UNSUPPORTED:
        raise UnsupportedFormatError(
            f"cannot check {suffix} files: save the manuscript as plain text or Markdown "
            "(DOCX is not supported: its runs split names in ways a plain-text check would misreport)"
        )
    return "markdown" if suffix in _MARKDOWN else "text"


def _script(word: str) -> str:
    if word[0].isdigit():
        return "Zyyy"
    script = script_of(word[0])
    return script if script in ("Latn", "Cyrl", "Hang") else "Hani"


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str
    #: Latn, Cyrl, Hani for a Han or kana character, Hang for a Hangul syllable, or Zyyy for a
    #: number (which only continues a name: Unit 731) — the scanner's cases, worked out once.
    script: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.script:
            object.__setattr__(self, "script", _script(self.text))


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def mask(text: str, fmt: TextFormat = "text") -> str:
    """``text`` with non-prose blanked out (same length, same line breaks)."""
    if fmt == "markdown":
        for pattern in (_FENCE, _CODE, _LINK_TARGET):
            text = _blank(text, pattern)
    for pattern in (_URL, _TAG):
        text = _blank(text, pattern)
    return text


#: A lowercase word run together with a capitalised one where a page's link or markup was
#: taken out (romanizáltManchzhurskaya): read as two words. Not a short prefix (iPhone, eBay).
_GLUED = re.compile(r"(?<=[a-zà-ÿа-яё]{4})(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё])")


def _words(text: str) -> Iterator[tuple[str, int]]:
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start()
        if not word[:1].islower() or word.islower():
            yield word, start
            continue
        cut = 0
        for glued in _GLUED.finditer(word):
            yield word[cut : glued.start()], start + cut
            cut = glued.start()
        yield word[cut:], start + cut


def tokenize(text: str) -> list[Token]:
    found: list[Token] = []
    for written, offset in _words(text):
        word, start = written, offset
        elided = _ELISION.match(word)
        if elided:
            word, start = word[elided.end() :], start + elided.end()
        possessive = _POSSESSIVE.search(word)
        if possessive and len(word) > 2:
            word = word[: possessive.start()]
        word = _without_turkish_case(word)
        key = fold(word.replace(SOFT_HYPHEN, ""))
        if key:
            found.append(Token(start, start + len(word), word, key))
    return found


def _without_turkish_case(word: str) -> str:
    """``word`` without a Turkish case ending after an apostrophe (Sibirya'dan -> Sibirya)."""
    found = _TURKISH_CASE.match(word)
    if found is None or len(found["name"]) < 3:
        return word
    vowel = found["last"].lower() in _VOWEL_LETTERS
    ending = found["ending"]
    if (_AFTER_VOWEL if vowel else _AFTER_CONSONANT).match(ending) is None:
        return word
    return found["name"]


#: A hyphen that ends a line, with the spaces around the break: the word goes on (Kai-\nschek).
_LINE_HYPHEN = re.compile(r"(?<=[-‐‑])[ \t]*\n\s*")


def spelling(text: str) -> str:
    """A span of the text as one spelling: one space between words, a word broken at a line-end
    hyphen joined again (Tschiang Kai-\nschek), soft hyphens taken out."""
    return " ".join(_LINE_HYPHEN.sub("", text.replace(SOFT_HYPHEN, "")).split())


def text_key(text: str) -> str:
    """The key a form is matched by: its tokens' keys, concatenated."""
    return "".join(token.key for token in tokenize(text))


def joinable(text: str, end: int, start: int) -> bool:
    """Whether the characters between two tokens may sit inside one name."""
    if start - end > MAX_GAP:
        return False
    return _JOIN.fullmatch(text, end, start) is not None


@dataclass
class Document:
    """The text to check, with everything the scanner and the report need about it."""

    text: str
    fmt: TextFormat = "text"

    @cached_property
    def masked(self) -> str:
        return mask(self.text, self.fmt)

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.masked)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def by_text(self) -> dict[str, list[Token]]:
        """The tokens of each written word, in text order."""
        found: dict[str, list[Token]] = {}
        for token in self.tokens:
            found.setdefault(token.text, []).append(token)
        return found

    def token_at(self, start: int) -> int:
        """The index in ``tokens`` of the token starting at ``start`` (or the next one)."""
        return bisect.bisect_left(self._token_starts, start)

    def runs(self, script: str, covered: set[int]) -> list[list[Token]]:
        """Runs of adjacent tokens of ``script`` written together (no space between them), outside
        the tokens starting at ``covered`` positions: Hangul words, Han or kana names."""
        runs: list[list[Token]] = []
        for token in self.tokens:
            if token.script != script or token.start in covered:
                runs.append([])
            elif runs and runs[-1] and runs[-1][-1].end == token.start:
                runs[-1].append(token)
            else:
                runs.append([token])
        return [run for run in runs if run]

    def neighbours(self, start: int, end: int) -> list[Token]:
        """The tokens just before and after [start, end) that could belong to the same phrase:
        not across the end of a sentence ("They ate balanda. Mao Tse-tung ...")."""
        i = bisect.bisect_left(self._token_starts, start)
        j = bisect.bisect_left(self._token_starts, end)
        found = []
        before = self.tokens[i - 1] if i > 0 else None
        if before and joinable(self.masked, before.end, start) and not self._sentence_end(before, start):
            found.append(before)
        after = self.tokens[j] if j < len(self.tokens) else None
        last = self.tokens[j - 1] if j > 0 else None
        initial = last is not None and last.end == end and len(last.text) == 1  # "А. М. Василевского"
        if (
            after
            and joinable(self.masked, end, after.start)
            and (initial or not self._sentence_end_at(end, after.start))
        ):
            found.append(after)
        return found

    def _sentence_end(self, word: Token, next_start: int) -> bool:
        """A word of more than one letter (not an initial: "N. S.") followed by a full stop."""
        return len(word.text) > 1 and self._sentence_end_at(word.end, next_start)

    def _sentence_end_at(self, end: int, next_start: int) -> bool:
        return bool(_SENTENCE_BREAK.match(self.masked, end, next_start))

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        """Inner extents of emphasis and quotations, sorted by start."""
        found = {(m.start(1), m.end(1)) for pattern in _SPANS for m in pattern.finditer(self.masked)}
        return sorted(found)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def enclosed(self, start: int, end: int) -> bool:
        """Whether [start, end) is exactly the inside of emphasis or quotation marks."""
        return any(self._trimmed(s, e) == (start, end) for s, e in self._around(start, end))

    def quoted_within(self, start: int, end: int) -> bool:
        """Whether [start, end) is part of a longer emphasized or quoted passage."""
        return any(self._trimmed(s, e) != (start, end) for s, e in self._around(start, end))

    @cached_property
    def _longest_span(self) -> int:
        return max((e - s for s, e in self.spans), default=0)

    def _around(self, start: int, end: int) -> list[tuple[int, int]]:
        upto = bisect.bisect_right(self.spans, (start, len(self.text)))
        low = bisect.bisect_left(self.spans, (start - self._longest_span, 0))
        return [(s, e) for s, e in self.spans[low:upto] if s <= start and end <= e]

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        inner = self.text[start:end]
        stripped = inner.strip(" \t\n,.;:!?")
        offset = start + (len(inner) - len(inner.lstrip(" \t\n,.;:!?")))
        return offset, offset + len(stripped)
