"""Names in no glossary, written several ways in one text: found, keyed, clustered.

A *candidate* is a span that looks like a name but is no glossary mention: a run of capitalised
Latin or Cyrillic words (a hyphen may join a lowercase syllable: An-shan, Tse-tung), at most
four, not across a sentence end, with at least one word that is not ordinary English and no
all-capitals word. Each candidate is reduced to the system-neutral phonetic keys of
:func:`termbase.romanize.phonetic_keys` read as Japanese, Chinese and Russian, in both name
orders for two words; candidates sharing a key are one cluster (Kōno Ichirō, Ichiro Kono and
Kono Itiro; An-shan and Anshan; Iwan Petrow and Иван Петров). A cluster written at least two
ways is reported with its variants, counts, places and a proposed form: a Latin spelling (the
text is English), one that the house style's systems would write (Zhou Xinmin, not Chou Hsin-min,
in a pinyin style), the most frequent, the one with the most diacritics (they carry the most
information), the first seen — in that order of preference.

Runs of two to four Han characters (or Han and kana) outside glossary mentions are candidates
too, keyed by a machine reading (pypinyin for Han alone, pykakasi when there is kana): so
鄭孝胥 meets Zheng Xiaoxu and Cheng Hsiao-hsu. The reading only proposes (the cluster's proposed
form is a Latin spelling of the text, never the machine reading), and Han is read in Chinese
only, so a Chinese name never joins its Japanese reading (Tei Kōsho).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from termbase.editor.english import is_english
from termbase.editor.findings import UnknownGroup
from termbase.editor.scan import opens_sentence
from termbase.editor.text import Document, Token
from termbase.readings import swapped
from termbase.romanize import engine, phonetic_keys
from termbase.scripts import script_of

MAX_WORDS = 4
#: Longest run of Han characters, and of Han and kana, taken for a name.
MAX_HAN = 4
MAX_KANA = 12
#: Longest lowercase syllable a hyphen joins to a name (pinyin and Wade–Giles: chuang, hsiang).
MAX_SYLLABLE = 6
#: A candidate of one word needs at least this many letters (initials and particles are not names).
MIN_SINGLE = 4
#: The languages whose keys reconcile names (those of the glossaries).
KEY_LANGUAGES = ("ja", "zh", "ru")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    text: str  # runs of white space made one space


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and not (len(token.text) > 1 and token.text.isupper())


def _continues(doc: Document, prev: Token, token: Token) -> bool:
    """Whether ``token`` extends a name ending in ``prev``: same script, joinable but not across
    a comma, semicolon or colon, and capitalised or joined by a hyphen to a syllable (An-shan,
    Tse-tung; not Sovjet-troepen, Dutch for Soviet troops: a longer lowercase word is a noun)."""
    if token.script != prev.script or token not in doc.neighbours(prev.start, prev.end):
        return False
    gap = doc.masked[prev.end : token.start]
    if any(mark in gap for mark in ",;:"):  # a list of names, not one name
        return False
    if _capitalised(token):
        return True
    # A hyphen, or one that ends a line (Kai-\nschek: the word broken over two lines).
    hyphen = gap[:1] in ("-", "‐", "‑") and (len(gap) == 1 or ("\n" in gap and gap[1:].isspace()))
    return hyphen and token.text.islower() and len(token.text) <= MAX_SYLLABLE


def _runs(doc: Document, covered: set[int]) -> Iterator[list[Token]]:
    """Maximal runs of name-like tokens outside any glossary mention."""
    run: list[Token] = []
    for token in doc.tokens:
        if token.script in ("Hani", "Zyyy") or token.start in covered:
            if run:
                yield run
            run = []
        elif run and _words(run) < MAX_WORDS and _continues(doc, run[-1], token):
            run.append(token)
        else:
            if run:
                yield run
            run = [token] if _capitalised(token) else []
    if run:
        yield run


def _words(run: list[Token]) -> int:
    """Words of a run, initials not counted (A. I. Antonov, V. M. Molotov: a name of two words)."""
    return sum(len(token.text) > 1 for token in run)


def _trimmed(doc: Document, run: list[Token]) -> list[Token]:
    """The run without an English word that opens the sentence and a space sets apart
    (Later Taro Sakurai; not An-shan)."""
    while (
        len(run) > 1
        and is_english(run[0].text)
        and opens_sentence(doc, run[0].start)
        and any(c.isspace() for c in doc.masked[run[0].end : run[1].start])
    ):
        run = run[1:]
    return run


def _name_like(run: Sequence[Token]) -> bool:
    """At least one word that is not English and not an abbreviation (Lt, Dr, No: two letters);
    one word alone needs ``MIN_SINGLE`` letters."""
    words = [t.text for t in run]
    if not any(not is_english(w) and len(w) > 2 for w in words):
        return False
    return len(words) > 1 or len(words[0]) >= MIN_SINGLE


def name_runs(doc: Document, glossary_spans: Iterable[tuple[int, int]]) -> list[list[Token]]:
    """The runs of tokens of ``doc`` that look like names and are outside ``glossary_spans``."""
    covered = {offset for start, end in glossary_spans for offset in range(start, end)}
    runs = (_trimmed(doc, run) for run in _runs(doc, covered))
    return [run for run in runs if _name_like(run)]


def native_runs(doc: Document, covered: set[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of adjacent Han or kana characters outside glossary mentions that
    is as long as a name: two to ``MAX_HAN`` Han characters, or two to ``MAX_KANA`` with kana."""
    found = doc.runs("Hani", covered)
    k = 0
    while k < len(found):
        run = found[k]
        following = found[k + 1] if k + 1 < len(found) else None
        if following is not None and _family_and_given(doc, run, following):
            yield run[0].start, following[-1].end  # 栗原 俊雄: a Japanese name, a space between
            k += 2
            continue
        text = doc.text[run[0].start : run[-1].end]
        if 2 <= len(text) <= (MAX_KANA if _has_kana(text) else MAX_HAN):
            yield run[0].start, run[-1].end
        k += 1


#: Han characters of a family name and of a given name written a space apart (栗原 俊雄): the
#: way Japanese sets a person's name apart; Chinese writes none (毛泽东).
MAX_NAME_PART = 3
NAME_SPACES = (" ", "\u3000")


def _family_and_given(doc: Document, family: list[Token], given: list[Token]) -> bool:
    gap = doc.text[family[-1].end : given[0].start]
    sizes = (len(family), len(given))
    return gap in NAME_SPACES and all(1 <= size <= MAX_NAME_PART for size in sizes) and sum(sizes) >= 2


def _has_kana(text: str) -> bool:
    return any(script_of(c) in ("Hira", "Kana") for c in text)


def candidates(doc: Document, glossary_spans: Iterable[tuple[int, int]]) -> list[Candidate]:
    """The spans of ``doc`` that look like names and are not glossary spellings, in text order."""
    spans = list(glossary_spans)
    found = []
    for run in name_runs(doc, spans):
        start, end = run[0].start, run[-1].end
        found.append(Candidate(start, end, " ".join(doc.text[start:end].split())))
    covered = {offset for start, end in spans for offset in range(start, end)}
    found.extend(Candidate(start, end, doc.text[start:end]) for start, end in native_runs(doc, covered))
    return sorted(found, key=lambda c: c.start)


def language_keys(text: str, lang: str) -> frozenset[str]:
    """``phonetic_keys(text, lang)``: clustering and glossary linking both need them (each
    engine remembers the keys of texts it has seen lately; nothing is remembered here)."""
    return phonetic_keys(text, lang)


def name_keys(text: str) -> frozenset[str]:
    """The candidate's keys in every language and, for two words, both orders (tagged by language).

    Han or kana text is read by machine (pypinyin for Han, pykakasi when there is kana), in that
    one language only: the reading only proposes that a Latin spelling is the same name, and
    reading Han in both languages would join a Chinese name with its Japanese reading."""
    keys: set[str] = set()
    langs: tuple[str, ...] = KEY_LANGUAGES
    if script_of(text[0]) not in ("Latn", "Cyrl"):
        japanese = _has_kana(text) or any(space in text for space in NAME_SPACES)
        langs = ("ja",) if japanese else ("zh",)
        text = engine(langs[0]).machine_reading(text) or ""
        if not text:
            return frozenset()
    for form in filter(None, (text, swapped(text))):
        for lang in langs:
            keys.update(f"{lang}:{key.replace(' ', '')}" for key in language_keys(form, lang))
    return frozenset(keys)


def _latin(text: str) -> bool:
    return script_of(text[0]) == "Latn"


def _marks(text: str) -> int:
    return sum(unicodedata.combining(c) > 0 for c in unicodedata.normalize("NFD", text))


def _clusters(found: Sequence[Candidate]) -> list[list[Candidate]]:
    """Candidates joined when they share a key (union-find over the distinct spellings)."""
    parent: dict[str, str] = {}

    def root(text: str) -> str:
        while parent[text] != text:
            parent[text] = parent[parent[text]]
            text = parent[text]
        return text

    owner: dict[str, str] = {}
    for text in dict.fromkeys(c.text for c in found):
        parent[text] = text
        for key in name_keys(text):
            if key in owner:
                parent[root(text)] = root(owner[key])
            else:
                owner[key] = text
    groups: dict[str, list[Candidate]] = {}
    for candidate in found:
        groups.setdefault(root(candidate.text), []).append(candidate)
    return list(groups.values())


def _fits(text: str, systems: frozenset[str]) -> bool:
    """Whether one of ``systems`` (the house style's) spells ``text`` this way."""
    return any(systems.intersection(engine(lang).plausible_systems(text)) for lang in KEY_LANGUAGES)


def proposed_form(counts: Mapping[str, int], systems: frozenset[str]) -> str:
    """The spelling proposed for a name written as ``counts`` (spellings in order of first
    appearance): Latin, fitting the house style's ``systems``, most frequent, most marks, first."""
    order = list(counts)
    return max(order, key=lambda t: (_latin(t), _fits(t, systems), counts[t], _marks(t), -order.index(t)))


def unknown_groups(
    doc: Document, glossary_spans: Iterable[tuple[int, int]], *, systems: frozenset[str] = frozenset()
) -> tuple[UnknownGroup, ...]:
    """Names in no glossary that ``doc`` writes several ways, in order of first appearance;
    ``glossary_spans`` are the (start, end) of the glossary spellings found in it, ``systems``
    the house style's romanization systems (a spelling one of them fits is proposed first)."""
    groups = []
    for cluster in _clusters(candidates(doc, glossary_spans)):
        counts = Counter(c.text for c in cluster)
        if len(counts) < 2:
            continue
        proposed = proposed_form(counts, systems)
        places = tuple((*doc.position(c.start), c.text) for c in cluster)
        groups.append(UnknownGroup(proposed, tuple(counts.most_common()), places))
    return tuple(groups)
