"""Scanner recall: variants lookup accepts, numbers in names, elided articles, no English words."""

from __future__ import annotations

from termbase.editor import check_text, load_style
from termbase.editor.text import tokenize
from termbase.service import Termbase

TEXT = (
    "In 1949, General Yamado Otozoo faced the court; Unit 731 and unit No. 100 were tried.\n"
    "Que fait l'URSS ? Generaloberst Wassili Tschernyschow wrote. The armée de Kwantung fell.\n"
    "Smith, Jones and London are English; so is Major General Page.\n"
)


def _linked(bundled: Termbase, text: str = TEXT) -> dict[str, tuple[str, str]]:
    return {m.found: (m.entry, m.how) for m in bundled.check(text).result.linked}


def test_variants_lookup_accepts_are_mentions(bundled: Termbase) -> None:
    linked = _linked(bundled)
    assert linked["Yamado Otozoo"] == ("yamada-otozo", "lookup-fuzzy")  # a typo in a long name
    assert linked["Wassili Tschernyschow"] == ("vasilii-chernyshov", "lookup-phonetic")  # German
    assert linked["armée de Kwantung"] == ("kwantung-army", "lookup-fuzzy")  # lowercase words lead


def test_numbers_and_elided_articles(bundled: Termbase) -> None:
    linked = _linked(bundled)
    assert linked["Unit 731"][0] == "unit-731"
    assert linked["unit No. 100"][0] == "unit-100"
    assert linked["URSS"][0] == "soviet-union"


def test_english_words_and_unknown_names_are_not_looked_up_into_entries(bundled: Termbase) -> None:
    linked = _linked(bundled)
    assert not {"Smith", "Jones", "London", "Major General Page", "General", "Major"} & set(linked)
    assert len(linked) == 6


def test_a_lookup_mention_gets_the_house_form(bundled: Termbase) -> None:
    finding = next(f for f in bundled.check(TEXT).result.findings if f.found == "Yamado Otozoo")
    assert finding.suggestion == "Yamada Otozō"


def test_without_an_index_only_the_gazetteer_scans(bundled: Termbase) -> None:
    result = check_text(bundled.gazetteer, TEXT, load_style())
    assert "Yamado Otozoo" not in {m.found for m in result.linked}


def test_tokens() -> None:
    words = [t.text for t in tokenize("l'URSS d'Ouzbek K'ang Unit 731, 1,000 and 3.5 in 1945")]
    assert words == ["URSS", "Ouzbek", "K'ang", "Unit", "731", "and", "in", "1945"]
