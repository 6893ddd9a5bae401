"""The qualifier words of :mod:`termbase.editor.qualifiers`, as data: the scan reads them too
(a qualifier beside a case form does not make it part of a longer name: Pietų Sachaliną)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Qualifier:
    """A qualifier's English words in glossary forms, where English puts them (``head``:
    Southern Sakhalin; ``tail``: Khabarovsk Krai), and its words (folded) in the texts'
    languages written before the name, or after it (Han and Hangul syllables glued: 南部)."""

    english: tuple[str, ...]
    place: str
    before: frozenset[str]
    after: frozenset[str]


QUALIFIERS = {
    "south": Qualifier(
        ("south", "southern"),
        "head",
        frozenset(
            {
                *("south", "southern", "sud", "sudul", "sudliche", "sudlichen", "guney", "sør", "søndre"),
                *("etela", "pietu", "juzni", "jizni", "jiznim", "południowy", "syd", "sodra"),
                *("zuid", "zuidelijk"),
                *("юг", "южен", "южна", "южния", "южният", "південний", "південного", "남", "南"),
            }
        ),
        frozenset({"meridionale", "meridional", "du sud", "del sur", "do sul", "남부", "南部"}),
    ),
    "inner": Qualifier(
        ("inner",),
        "head",
        frozenset({"inner", "innere", "inneren", "belso", "ic", "внутренняя", "внутренней", "내"}),
        frozenset({"interieure", "interior", "interna", "wewnetrzna", "wewnetrznej", "vnitrni"}),
    ),
    # The other directions: no glossary place is named with them yet (Eastern Siberia is
    # Siberia), but beside a case form they say which part, not a longer name (Syberię Wschodnią).
    "east": Qualifier(
        ("east", "eastern"),
        "head",
        frozenset({"east", "eastern", "ost", "vychodni", "dogu", "kelet", "ita", "восточная", "восточной"}),
        frozenset({"wschodnia", "wschodniej", "orientale", "oriental"}),
    ),
    "west": Qualifier(
        ("west", "western"),
        "head",
        frozenset({"west", "western", "zapadni", "batı", "nyugat", "lansi", "западная", "западной"}),
        frozenset({"zachodnia", "zachodniej", "occidentale", "occidental"}),
    ),
    "north": Qualifier(
        ("north", "northern"),
        "head",
        frozenset(
            {"north", "northern", "nord", "severni", "kuzey", "eszak", "pohjois", "северная", "северной"}
        ),
        frozenset({"połnocna", "połnocnej", "settentrionale", "du nord", "del norte", "do norte"}),
    ),
    # The city's name and the region word: Habarovsk Krayı (Turkish, with its possessive),
    # Ținutul Habarovsk (Romanian), Хабаровский край is read by the scan already.
    "krai": Qualifier(
        ("krai",),
        "tail",
        frozenset({"krai", "kray", "tinutul", "kraj"}),
        frozenset({"krai", "kray", "krayı", "kraj", "kraju", "krajem", "край", "края", "крае", "краю"}),
    ),
}


#: Every qualifier word written before a name (folded).
BEFORE_WORDS = frozenset(word for qualifier in QUALIFIERS.values() for word in qualifier.before)
#: Every one-word qualifier written after a name (folded).
AFTER_WORDS = frozenset(
    word for qualifier in QUALIFIERS.values() for word in qualifier.after if " " not in word
)
