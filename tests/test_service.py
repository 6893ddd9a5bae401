"""The front door: every operation is a method of Termbase."""

from __future__ import annotations

import io

import pytest

from termbase.editor import TableOptions
from termbase.errors import NotFoundError, UnknownStyleError
from termbase.service import EntryFilter, Termbase


def test_lookup_entry_and_entries(bundled: Termbase) -> None:
    assert bundled.lookup("Mao Tse-tung").results[0].entry.id == "mao-zedong"
    assert bundled.entry("harbin").label == "Harbin"
    with pytest.raises(NotFoundError):
        bundled.entry("no-such-entry")
    page = bundled.entries(EntryFilter(text="Harbin"), limit=1)
    assert page.total >= 1 and len(page.entries) == 1


def test_a_named_system_implies_its_language(bundled: Termbase) -> None:
    result = bundled.romanize("山田花子", system="hepburn-modified")
    assert result.lang == "ja" and result.reading_source == "machine"


def test_normalize_counts_outcomes_in_the_core(bundled: Termbase) -> None:
    batch = bundled.normalize(["Mao Tse-tung", "nothing like a name", ""], "scholarly-east-asia")
    assert [r.outcome for r in batch.results] == ["normalized", "unmatched", "skipped"]
    assert batch.counts() == {"normalized": 1, "unmatched": 1, "skipped": 1}


def test_check_with_fix_checks_the_corrected_text_again(bundled: Termbase) -> None:
    checked = bundled.check("Chang Kai-shek met Nosaka Sanzo.", fix=True)
    assert checked.result.findings and checked.fixed == "Chiang Kai-shek met Nosaka Sanzō."
    assert checked.remaining is not None and checked.final is checked.remaining
    assert not checked.remaining.findings


def test_normalize_table_streams_every_row(bundled: Termbase) -> None:
    out = io.BytesIO()
    summary = bundled.normalize_table(io.BytesIO(b"name\nMao Tse-tung\nx\n"), out, TableOptions("csv"))
    assert summary.rows == 2 and out.getvalue().decode().splitlines()[1].startswith("Mao Tse-tung,mao-zedong")


def test_styles_from_the_network_are_bundled_ids_only(bundled: Termbase) -> None:
    with pytest.raises(UnknownStyleError):
        Termbase.style("/etc/passwd", files=False)
    assert Termbase.style("plain-ascii", files=False).id == "plain-ascii"


def test_export(bundled: Termbase) -> None:
    assert bundled.export("tbx").text.startswith("<?xml")
