"""Streaming tables: every record kept in order, originals untouched, malformed ones passed through."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from termbase.editor import HouseStyle, TableJob, TableOptions
from termbase.editor.normalize import ADDED
from termbase.editor.tables import table_format
from termbase.errors import InputError
from termbase.service import Termbase

VALUES = [
    "Mao Tse-tung",
    "Chang Kai-shek",
    "野坂参三",
    "Nosaka Sanzo",
    "Tsitsihar",
    "Xylophone",
    "",
    "Harbin",
]


def run(house: Termbase, style: HouseStyle, data: bytes, fmt: str = "csv", **options: object):  # type: ignore[no-untyped-def]
    job = TableJob(house.normalizer(style), TableOptions(fmt, **options))  # type: ignore[arg-type]
    out = io.BytesIO()
    summary = job.run(io.BytesIO(data), out)
    return out.getvalue(), summary


def test_csv_round_trip_adds_columns_after_the_originals(house: Termbase, scholarly: HouseStyle) -> None:
    data = b'name,note\r\nMao Tse-tung,"a, b"\r\nXylophone,x\r\n"Chang Kai-shek","two\r\nlines"\r\n'
    out, summary = run(house, scholarly, data, columns=("name",))
    rows = list(csv.reader(io.StringIO(out.decode(), newline="")))
    assert rows[0] == ["name", "note", *(f"name_{s}" for s in ADDED)]
    assert rows[1][:7] == ["Mao Tse-tung", "a, b", "mao-zedong", "Mao Zedong", "100", "true", "admitted"]
    assert rows[2][:6] == ["Xylophone", "x", "", "Xylophone", "", "false"]
    assert rows[3][:4] == ["Chang Kai-shek", "two\r\nlines", "chiang-kai-shek", "Chiang Kai-shek"]
    assert rows[3][6] == "erroneous"
    # The original bytes of every record are kept, quoting and line endings included.
    assert out.decode().startswith("name,note,") and '"a, b",mao-zedong' in out.decode()
    assert (summary.rows, summary.counts["normalized"], summary.counts["unmatched"]) == (3, 2, 1)


def test_malformed_records_pass_through_with_their_line_numbers(
    house: Termbase, scholarly: HouseStyle
) -> None:
    data = b"name,n\nHarbin,1\nragged\nHarbin,2,extra\n\xff\xfeHarbin,3\nTsitsihar,4\n\nHarbin,5"
    out, summary = run(house, scholarly, data)
    lines = out.split(b"\n")
    assert lines[2] == b"ragged" and lines[3] == b"Harbin,2,extra" and lines[4] == b"\xff\xfeHarbin,3"
    assert lines[6] == b"" and lines[7].startswith(b"Harbin,5,harbin,Harbin")
    assert [line for line, _ in summary.problems] == [3, 4, 5]
    assert "undecodable" in summary.problems[2][1]
    assert (summary.rows, summary.malformed, summary.blank) == (3, 3, 1)


def test_tsv_and_jsonl(house: Termbase, scholarly: HouseStyle) -> None:
    out, _ = run(
        house, scholarly, b'id\tname\n1\t"Mao Tse-tung"\n2\tMao Tse-tung\n', "tsv", columns=("name",)
    )
    lines = out.decode().splitlines()
    # TSV has no quoting: the quotes are part of the value, kept as they are.
    assert lines[1].split("\t")[:4] == ["1", '"Mao Tse-tung"', "mao-zedong", "Mao Zedong"]
    assert lines[2].split("\t")[3] == "Mao Zedong"
    data = b'{"n": 1, "name": "Nosaka Sanzo"}\n{"name": 5}\nnot json\n[1]\n{}\n'
    out, summary = run(house, scholarly, data, "jsonl", columns=("name",))
    first, second, third, fourth, fifth = out.decode().splitlines()
    assert json.loads(first)["name_normalized"] == "Nosaka Sanzō" and first.startswith('{"n": 1, "name"')
    assert json.loads(second)["name_id"] is None
    assert (third, fourth) == ("not json", "[1]") and json.loads(fifth)["name_match"] is None
    assert [line for line, _ in summary.problems] == [3, 4]


def test_column_errors_are_input_errors(house: Termbase, scholarly: HouseStyle) -> None:
    with pytest.raises(InputError, match=r"no column 'nmae'.*the columns are: name, n"):
        run(house, scholarly, b"name,n\nHarbin,1\n", columns=("nmae",))
    with pytest.raises(InputError, match="already has the column"):
        run(house, scholarly, b"name,name_id\nHarbin,1\n")
    with pytest.raises(InputError, match="needs --column"):
        run(house, scholarly, b'{"a": "Harbin"}\n', "jsonl")
    out, _ = run(house, scholarly, b"Harbin,1\n", header=False, columns=("1",))
    assert out.startswith(b"Harbin,1,harbin,Harbin")


def test_formats_come_from_extensions() -> None:
    assert [table_format(p) for p in ("a.csv", "b.TSV", "c.jsonl", "d.ndjson", "-")] == [
        "csv",
        "tsv",
        "jsonl",
        "jsonl",
        "csv",
    ]
    with pytest.raises(InputError, match="give --format"):
        table_format("names.xlsx")


cells = st.one_of(
    st.sampled_from(VALUES), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cells, min_size=2, max_size=2), max_size=20))
def test_normalize_never_drops_or_reorders_rows(
    house: Termbase, scholarly: HouseStyle, rows: list[list[str]]
) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([["name", "other"], *rows])
    out, summary = run(house, scholarly, buffer.getvalue().encode(), columns=("name",))
    back = list(csv.reader(io.StringIO(out.decode(), newline="")))
    # Every row comes back, in order, its two original cells unchanged, the added cells after them.
    assert [r[:2] for r in back[1:]] == rows
    assert all(len(r) == 2 + len(ADDED) for r in back[1:])
    assert summary.rows == len(rows) and summary.malformed == 0


def test_an_unterminated_quote_swallows_no_later_row(house: Termbase, scholarly: HouseStyle) -> None:
    data = b'name,note\nHarbin,1\n"Tsitsihar,open\nHarbin,2\n"Harbin,3\nTsitsihar,4\n'
    out, summary = run(house, scholarly, data)
    lines = out.decode().splitlines()
    assert lines[2] == '"Tsitsihar,open' and lines[4] == '"Harbin,3'
    assert lines[3].startswith("Harbin,2,harbin,") and lines[5].startswith("Tsitsihar,4,")
    assert [line for line, _ in summary.problems] == [3, 5]
    assert (summary.rows, summary.malformed) == (3, 2)
