"""Every language tag the bundled glossaries and the benchmark sets use is a tag termbase knows.

Glossary terms carry BCP 47 tags of the IANA registry (``glossary/langtags.py``), and a spelling's
source language (``--from``, the benchmarks' ``text_lang``) must be one of them: a page in
Tagalog or Esperanto that writes a name of the field is as good a witness as one in German.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from termbase.errors import UnknownLanguageError
from termbase.glossary.langtags import tag_problem
from termbase.glossary.loader import bundled_path
from termbase.lookup.search import source_languages
from termbase.model import LANGUAGE_TAGS, base_language, script_of_tag
from termbase.service import Termbase

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
INLINE = re.compile(r"\blang:\s*([A-Za-z0-9_-]+)")


def _benchmark_langs() -> set[str]:
    langs: set[str] = set()
    for path in sorted(DATA.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        if rows and "text_lang" in rows[0]:
            column = rows[0].index("text_lang")
            langs |= {row[column] for row in rows[1:] if len(row) > column and row[column]}
    return langs


def _glossary_langs() -> set[str]:
    paths = sorted(bundled_path().glob("*/*.yaml"))
    return {tag for path in paths for tag in INLINE.findall(path.read_text("utf-8"))}


def test_the_benchmarks_read_pages_in_many_languages() -> None:
    # The scan must see the sets; otherwise the next test passes on nothing.
    assert {"tl", "eo", "de", "ko", "te"} <= _benchmark_langs()


def test_every_benchmark_text_language_is_a_known_tag_and_source_language() -> None:
    primary = {base_language(tag) for tag in LANGUAGE_TAGS}
    assert sorted(_benchmark_langs() - primary) == []
    assert sorted(_benchmark_langs() - source_languages()) == []


def test_every_glossary_term_tag_is_valid() -> None:
    used = _glossary_langs()
    assert {"en", "ja", "ru", "zh-Hans", "ja-Latn"} <= used
    assert {tag: tag_problem(tag) for tag in sorted(used) if tag_problem(tag)} == {}


@pytest.mark.parametrize(("tag", "script"), [("tl", "Latn"), ("eo", "Latn"), ("te", "Telu"), ("am", "Ethi")])
def test_new_tags_imply_their_script(tag: str, script: str) -> None:
    assert tag in LANGUAGE_TAGS
    assert script_of_tag(tag) == script


def test_lookup_accepts_tagalog_and_esperanto_as_source_languages(bundled: Termbase) -> None:
    for lang in ("tl", "eo"):
        assert bundled.lookup("Sakhalin", from_lang=lang).results
    with pytest.raises(UnknownLanguageError):
        bundled.lookup("Sakhalin", from_lang="xx")
