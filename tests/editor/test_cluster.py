"""Clustering a table's name columns: one streamed pass, clusters, entries, bounded state."""

from __future__ import annotations

import io
import json

import pytest

from termbase.editor.cluster import MAX_LINES, ClusterOptions, ClusterReport
from termbase.editor.html import cluster_html
from termbase.service import Termbase
from termbase.wire import to_json
from termbase.wire.editor import cluster_response

TABLE = (
    "id,name,note\n"
    "1,Sakurai Tarō,a\n"
    "2,Taro Sakurai,b\n"
    "3,Mao Tse-tung,c\n"
    "4,毛泽东,d\n"
    "5,Mao Zedong,e\n"
    "6,oops,extra,field\n"
    "7,An-shan,f\n"
    "8,Anshan,g\n"
    "9,Kowalenko,h\n"
    "10,Kovalenko,i\n"
    "11,,empty\n"
    "12,Smith,j\n"
)


def _cluster(house: Termbase, text: str = TABLE, **options: object) -> ClusterReport:
    chosen = ClusterOptions("csv", ("name",), **options)  # type: ignore[arg-type]
    return house.cluster_table(io.BytesIO(text.encode()), chosen)


def _by_proposed(report: ClusterReport) -> dict[str, tuple[str, ...]]:
    return {c.proposed: tuple(v.form for v in c.variants) for c in report.reported()}


def test_spellings_of_one_name_are_one_cluster(house: Termbase) -> None:
    assert _by_proposed(_cluster(house)) == {
        "Mao Zedong": ("Mao Tse-tung", "毛泽东", "Mao Zedong"),
        "Sakurai Tarō": ("Sakurai Tarō", "Taro Sakurai"),
        "An-shan": ("An-shan", "Anshan"),
        "Kovalenko": ("Kowalenko", "Kovalenko"),
    }


def test_a_cluster_names_the_entry_it_matches(house: Termbase) -> None:
    report = _cluster(house)
    mao = next(c for c in report.clusters if c.proposed == "Mao Zedong")
    assert (mao.entry, mao.label, mao.entries) == ("mao-zedong", "Mao Zedong", ("mao-zedong",))
    assert all(v.entry == "mao-zedong" for v in mao.variants)
    sakurai = next(c for c in report.clusters if c.proposed == "Sakurai Tarō")
    assert sakurai.entry is None and sakurai.entries == ()


def test_rows_are_counted_and_malformed_rows_reported(house: Termbase) -> None:
    report = _cluster(house)
    summary = report.summary
    assert (summary.rows, summary.malformed, summary.values) == (11, 1, 10)
    assert summary.problems == [(7, "expected 3 fields, found 4")]
    assert next(c for c in report.clusters if c.proposed == "An-shan").variants[0].lines == (8,)


def test_every_cluster_with_all_and_single_spellings_otherwise_left_out(house: Termbase) -> None:
    report = _cluster(house)
    assert "Smith" not in _by_proposed(report)
    assert any(c.proposed == "Smith" for c in report.reported(every=True))


def test_line_numbers_are_a_bounded_sample_and_counts_exact(house: Termbase) -> None:
    rows = "".join(f"{n},Sakurai Tarō\n" for n in range(20)) + "99,Taro Sakurai\n"
    report = _cluster(house, "id,name\n" + rows)
    variant = report.clusters[0].variants[0]
    assert (variant.count, len(variant.lines)) == (20, MAX_LINES)


def test_spellings_beyond_the_limit_are_counted_not_clustered(house: Termbase) -> None:
    report = _cluster(house, "name\nAnshan\nAn-shan\nKovalenko\nAnshan\n", max_spellings=2)
    assert report.spellings == 2 and report.unclustered == 1
    assert report.counts()["unclustered"] == 1
    assert report.summary.values == 4


def test_several_columns_are_clustered_together(house: Termbase) -> None:
    table = "ru,en\nИван Петров,Iwan Petrow\n"
    report = house.cluster_table(io.BytesIO(table.encode()), ClusterOptions("csv", ("ru", "en")))
    assert _by_proposed(report) == {"Iwan Petrow": ("Иван Петров", "Iwan Petrow")}
    assert report.columns == ("ru", "en")


def test_json_lines_and_tsv(house: Termbase) -> None:
    lines = '{"name": "Anshan"}\n{"name": "An-shan"}\nnot json\n'
    report = house.cluster_table(io.BytesIO(lines.encode()), ClusterOptions("jsonl", ("name",)))
    assert _by_proposed(report) == {"Anshan": ("Anshan", "An-shan")}
    assert report.summary.malformed == 1
    tsv = "name\tx\nKowalenko\t1\nKovalenko\t2\n"
    assert _by_proposed(house.cluster_table(io.BytesIO(tsv.encode()), ClusterOptions("tsv")))


def test_an_unknown_column_is_a_clear_error(house: Termbase) -> None:
    from termbase.errors import InputError

    with pytest.raises(InputError, match="no column 'nom'"):
        house.cluster_table(io.BytesIO(TABLE.encode()), ClusterOptions("csv", ("nom",)))


def test_the_json_shape(house: Termbase) -> None:
    shape = to_json(cluster_response(_cluster(house)))
    assert list(shape) == ["style", "columns", "summary", "clusters"]
    assert shape["columns"] == ["name"]
    first = shape["clusters"][0]
    assert list(first) == ["proposed", "id", "label", "entries", "count", "variants"]
    assert first["variants"][0] == {"form": "Mao Tse-tung", "count": 1, "lines": [4], "id": "mao-zedong"}
    summary = shape["summary"]
    assert {"rows", "malformed", "problems", "spellings", "clusters", "several", "matched"} <= set(summary)
    assert summary["problems"] == [{"line": 7, "problem": "expected 3 fields, found 4"}]
    json.dumps(shape)


def test_the_html_report_escapes_and_lists_problems(house: Termbase) -> None:
    table = 'name\n<b>Anshan</b>\n<b>An-shan</b>\n"open\n'
    page = cluster_html(_cluster(house, table), title="t<1>.csv")
    assert "<b>Anshan" not in page and "&lt;b&gt;Anshan&lt;/b&gt;" in page
    assert "t&lt;1&gt;.csv" in page and "Malformed rows (1)" in page and "line 4" in page


def test_every_field_of_the_json_shape_is_documented() -> None:
    from dataclasses import fields
    from pathlib import Path

    from termbase.wire.editor import ClusterResponse, ClusterVariantView, ClusterView

    docs = (Path(__file__).parents[2] / "docs" / "editors.md").read_text(encoding="utf-8")
    section = docs[docs.index("## `termbase cluster`") : docs.index("## Draft glossaries")]
    names = {f.name for shape in (ClusterResponse, ClusterView, ClusterVariantView) for f in fields(shape)}
    assert {name for name in names if f"`{name}`" not in section and f'"{name}"' not in section} == set()
    counted = ("rows", "malformed", "values", "problems", "spellings", "several", "matched", "unclustered")
    assert all(f"`{key}`" in section or f"`summary.{key}`" in section for key in counted)
