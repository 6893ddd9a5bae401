"""The table plumbing of normalize and cluster: which columns, and rows of the wrong width."""

from __future__ import annotations

import pytest

from termbase.editor.normalize import ChosenColumns, column_index
from termbase.editor.tables import Record
from termbase.errors import InputError


def test_columns_are_chosen_by_name_or_number_and_the_first_by_default() -> None:
    header = ["\ufeffid", "author", "place"]
    assert ChosenColumns.of(("place", "2"), header) == ChosenColumns([2, 1], 3)
    assert header[0] == "id"  # the byte-order mark is not part of the first column's name
    assert ChosenColumns.of((), ["id", "author"]).indexes == [0]
    assert ChosenColumns.of((), None) == ChosenColumns([0], None)


def test_an_unknown_column_names_the_ones_there_are() -> None:
    with pytest.raises(InputError, match=r"no column 'writer'.*the columns are: id, author"):
        column_index("writer", ["id", "author"])
    with pytest.raises(InputError, match="1-based"):
        column_index("0", None)


def test_without_a_header_the_first_row_fixes_the_width() -> None:
    columns = ChosenColumns.of(("2",), None)
    assert columns.fields(Record(1, "1,Mao", ["1", "Mao"])) == ["1", "Mao"]
    short = Record(2, "2", ["2"])
    assert columns.fields(short) is None and short.problem == "expected 2 fields, found 1"
    assert columns.fields(Record(3, "3,Beria", ["3", "Beria"])) == ["3", "Beria"]


def test_a_row_of_another_width_than_the_header_is_a_problem_not_a_guess() -> None:
    columns = ChosenColumns.of(("author",), ["id", "author"])
    long = Record(2, "1,Mao,extra", ["1", "Mao", "extra"])
    assert columns.fields(long) is None and long.problem == "expected 2 fields, found 3"
