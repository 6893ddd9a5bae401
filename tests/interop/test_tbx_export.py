"""TBX v3 exports validate against the core RNG and the TBX-Basic DCA rules (from ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from termbase.interop import export_glossary
from termbase.service import Termbase
from tests.interop.dca import Rules, read_rules, violations

DCA = "dialects/TBX-Basic/DCA/TBX-Basic_DCA.sch"


@pytest.fixture(scope="module")
def core(tbx_specs: Path) -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(tbx_specs / "core" / "TBXcoreStructV03.rng")))


@pytest.fixture(scope="module")
def rules(tbx_specs: Path) -> Rules:
    return read_rules(tbx_specs / DCA)


def _tree(text: str) -> etree._Element:
    return etree.fromstring(text.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))


@pytest.mark.parametrize("which", ["names", "bundled"])
def test_v3_export_is_valid_core_and_tbx_basic(
    which: str, request: pytest.FixtureRequest, core: etree.RelaxNG, rules: Rules
) -> None:
    termbase: Termbase = request.getfixturevalue(which)
    doc = _tree(export_glossary(termbase.glossary, "tbx").text)
    assert core.validate(doc), core.error_log
    assert violations(doc, rules) == []


def test_rules_were_read_from_the_schematron(rules: Rules) -> None:
    assert rules.types["admin"] == {"customerSubset", "projectSubset", "source"}
    assert rules.picklists["termNote", "administrativeStatus"] >= {"preferredTerm-admn-sts"}
    assert rules.levels["descrip", "definition"] == {"conceptEntry", "langSec"}


@pytest.mark.parametrize(
    "sample", ["tbx3-basic-dca_Example_Astronomy_DCA_VALID.tbx", "tbx3-basic-dca_oracle_TBX.tbx"]
)
def test_the_checker_accepts_the_official_samples(tbx_specs: Path, rules: Rules, sample: str) -> None:
    doc = etree.parse(str(tbx_specs / "samples" / sample)).getroot()
    assert violations(doc, rules) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("preferredTerm-admn-sts", "forbidden"), "not in the picklist"),
        (('type="projectSubset"', 'type="reading"'), "type 'reading' not permitted"),
        (("</termSec>", '<descrip type="definition">x</descrip></termSec>'), "at level termSec"),
    ],
)
def test_the_checker_rejects_what_the_schematron_rejects(
    names: Termbase, rules: Rules, change: tuple[str, str], expected: str
) -> None:
    text = export_glossary(names.glossary, "tbx").text.replace(*change, 1)
    assert any(expected in v for v in violations(_tree(text), rules))


def test_v2_export_is_martif(names: Termbase, core: etree.RelaxNG) -> None:
    doc = _tree(export_glossary(names.glossary, "tbx2").text)
    assert doc.tag == "martif" and doc.get("type") == "TBX-Basic"
    assert not core.validate(doc)  # v2 is not v3: the v3 schema rejects it, as it does the LISA sample
    assert doc.find("text/body/termEntry/langSet/tig/term") is not None
