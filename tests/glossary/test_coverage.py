"""The coverage report's totals: one row per glossary and one for all, with the verified shares."""

from __future__ import annotations

import re

from termbase.glossary.coverage import NATIVE_TAGS, coverage_markdown
from termbase.model import TermVerification
from termbase.service import Termbase


def _totals_rows(report: str) -> dict[str, list[str]]:
    section = report.split("## Totals per glossary", 1)[1].split("\n# ", 1)[0]
    rows = [line.strip("|").split("|") for line in section.splitlines() if re.match(r"\| [^g-]", line)]
    return {cells[0].strip(): [c.strip() for c in cells[1:]] for cells in rows}


def test_totals_count_every_glossary_and_add_up(bundled: Termbase) -> None:
    rows = _totals_rows(coverage_markdown(bundled.glossary))
    assert set(rows) == {"article", "field", "**all**"}
    for column in (0, 1, 9):  # entries, terms, native terms
        assert int(rows["article"][column]) + int(rows["field"][column]) == int(rows["**all**"][column])
    entries = [e for e in bundled.glossary.entries if e.glossary == "field"]
    terms = [t for e in entries for t in e.terms]
    assert rows["field"][:2] == [str(len(entries)), str(len(terms))]
    checked = sum(1 for t in terms if t.verification is TermVerification.CHECKED)
    assert rows["field"][2] == str(checked)
    native = [t for t in terms if t.lang in NATIVE_TAGS]
    attested = sum(1 for t in native if t.verification is not None and t.verification.attested)
    assert rows["field"][10] == f"{attested / len(native):.0%}"
