"""A family name with initials, as bibliographies and archives cite people: "N. S. Khrushchev",
"Хрущёв Н. С.", "Kruglov, S. N.", "A. Ya. Vyshinsky".

A query is cited this way when it has exactly one full word and one or more initials (a letter
or two with a full stop, or a lone letter). A person's name agrees with it when one of its
words is the family name (the same fold, or the same phonological key) and the initials begin,
in order, the name's other words (given name, then patronymic), on either side of it; an
initial the name has no word for (a patronymic the glossary does not record) is not compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from termbase.romanize import fold

_INITIAL = re.compile(r"([^\W\d_]{1,2})\.|([^\W\d_])")
_NAME_WORDS = re.compile(r"[\s\-‐]+")


@dataclass(frozen=True, slots=True)
class Cited:
    family: str  # the full word as written
    initials: tuple[str, ...]  # folded: "n", "s", "ya"

    def label(self) -> str:
        return " ".join(f"{initial.capitalize()}." for initial in self.initials)


def cited(text: str) -> Cited | None:
    """``text`` read as a family name with initials, or None when it is not one."""
    words = [word.strip(",;") for word in text.replace(".", ". ").split()]
    initials: list[str] = []
    full: list[str] = []
    for word in filter(None, words):
        found = _INITIAL.fullmatch(word)
        if found:
            initials.append(fold(found.group(1) or found.group(2)))
        else:
            full.append(word)
    if len(full) != 1 or not initials or not all(initials) or not fold(full[0]):
        return None
    return Cited(full[0], tuple(initials))


SameFamily = Callable[[str], bool]


def agrees(name: str, citation: Cited, same_family: SameFamily) -> bool:
    """True when ``name`` (a form or rendering of a person's name) is the person cited:
    ``same_family`` says whether one of its words is the cited family name."""
    words = [word for word in _NAME_WORDS.split(name) if fold(word)]
    if len(words) < 2:
        return False
    for family_at, given in ((len(words) - 1, words[:-1]), (0, words[1:])):
        if not same_family(words[family_at]):
            continue
        # Either side may lack a patronymic: only the initials both have are compared.
        pairs = zip(given, citation.initials, strict=False)
        if all(fold(word).startswith(initial) for word, initial in pairs):
            return True
    return False
