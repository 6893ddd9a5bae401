"""The check on the seed article (../shared/seed) with the bundled glossary and scholarly style.

Pins that every inconsistent or wrong spelling the article is known for is reported, and that
the findings are few and all backed by the glossary (a deprecated or erroneous term) or by the
house style; the expected findings outside those are at most a handful.
"""

from __future__ import annotations

import pytest

from termbase.editor import CheckResult, HouseStyle, check_text
from termbase.service import Termbase
from tests.editor.conftest import ARTICLE

pytestmark = pytest.mark.skipif(not ARTICLE.is_file(), reason="the seed article is not beside the repository")

#: (spelling found, reason it must carry, what to write instead)
KNOWN = [
    ("Chang Kai-shek", "erroneous", "Chiang Kai-shek"),
    ("Kwangtung army", "erroneous", "Kwantung Army"),
    ("Nosaka Sanzo", "deprecated", "Nosaka Sanzō"),
    ("Siberia yokuryūsha", "erroneous", "Shiberia yokuryūsha"),
    ("Shinji Yokote", "deprecated", "Yokote Shinji"),
    ("Ribenren fanzhan tongmen", "erroneous", "Ribenren fanzhan tongmeng"),
    ("GARE", "erroneous", "GARF"),
]
#: Entities the article writes several ways (each must be listed with all its spellings).
GROUPS = {
    "chiang-kai-shek": {"Chiang Kai-shek", "Chang Kai-shek"},
    "kwantung-army": {"Kwantung army", "Kwantung Army", "Kwangtung army"},
    "nosaka-sanzo": {"Nosaka Sanzō", "Nosaka Sanzo"},
    "yokote-shinji": {"Yokote Shinji", "Shinji Yokote"},
}
#: Findings that are neither a glossary-recorded wrong spelling nor a spelling difference the
#: style rules on would be false findings; the words the glossary records are allowed.
MAX_FINDINGS = 60


@pytest.fixture(scope="module")
def result(bundled: Termbase, scholarly: HouseStyle) -> CheckResult:
    return check_text(bundled.gazetteer, ARTICLE.read_text(encoding="utf-8"), scholarly)


@pytest.mark.parametrize(("found", "reason", "suggestion"), KNOWN, ids=[k[0] for k in KNOWN])
def test_known_problem_is_reported(result: CheckResult, found: str, reason: str, suggestion: str) -> None:
    matches = [f for f in result.findings if f.found == found]
    assert matches, f"{found!r} is not reported"
    assert all(reason in f.reasons and f.suggestion == suggestion for f in matches), matches


def test_entities_written_several_ways_are_grouped(result: CheckResult) -> None:
    groups = {g.entry: {form for form, _ in g.spellings} for g in result.groups}
    for entry, spellings in GROUPS.items():
        assert groups.get(entry) == spellings, entry


def test_findings_are_few_and_explained(result: CheckResult) -> None:
    assert len(result.findings) <= MAX_FINDINGS
    unexplained = [f for f in result.findings if not set(f.reasons) & {"erroneous", "deprecated"}]
    # House-style findings are spelling differences (marks, case, system, order) of one name.
    assert len(unexplained) <= 5, [(f.found, f.message) for f in unexplained]
    assert result.mentions > 1000 and result.entries > 200


def test_ordinary_english_is_never_a_finding(result: CheckResult) -> None:
    words = {"list", "fond", "tom", "men", "she", "long", "ban", "fen", "opis", "delo"}
    assert not [f for f in result.findings if f.found.casefold() in words]
