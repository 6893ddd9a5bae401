"""Ordinary English words spelt like glossary terms are not findings; marked terms are.

The glossary fixture ``words`` records list, fond, tom, men, she, long, ban and fen as
*deprecated* English forms (and as renderings of Russian, Chinese and Japanese readings), so any
of these words the check mistook for a term would come out as a finding.
"""

from __future__ import annotations

import re

import pytest

from termbase.editor import HouseStyle, check_text
from termbase.service import Termbase
from tests.editor.conftest import ARTICLE

PROSE = [
    "The list of men she kept was long; the ban on fen drainage was lifted.",
    "Long before the war, Tom was fond of lists. She said the men had waited long.",
    "Men and women, long lists, a fond farewell: none of these is a term.",
]
MARKED = [
    ("each *fen* was worth 13,200 dollars", "fen"),
    ("a salary of 103 fen per month", "fen"),
    ("GARF, fond 9401, opis' 1", "fond"),
    ("the “list” of the file", "list"),
]


@pytest.mark.parametrize("text", PROSE)
def test_english_prose_has_no_findings(words: Termbase, scholarly: HouseStyle, text: str) -> None:
    result = check_text(words.gazetteer, text, scholarly)
    assert (result.findings, result.mentions) == ((), 0)


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_marked_or_cited_terms_are_found(
    words: Termbase, scholarly: HouseStyle, text: str, word: str
) -> None:
    assert [f.found for f in check_text(words.gazetteer, text, scholarly).findings] == [word]


@pytest.mark.skipif(not ARTICLE.is_file(), reason="the seed article is not beside the repository")
def test_the_articles_english_is_left_alone(words: Termbase, scholarly: HouseStyle) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if re.search(r"\b(men|long|Men|Long|fen)\b", p)]
    assert len(paragraphs) >= 8
    found = [f for p in paragraphs for f in check_text(words.gazetteer, p, scholarly).findings]
    # Only "fen", the currency, quoted or after an amount, is the term; men/long never are.
    assert found and {f.found for f in found} == {"fen"}
    assert len(found) == len(re.findall(r"\bfen\b", "\n".join(paragraphs)))
