"""normalize_frame: the per-partition function against the single process's own output."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from termbase.cli.main import main
from termbase.distributed.partition import (
    ADDED_DTYPES,
    GlossarySpec,
    NormalizeSpec,
    glossary_loads,
    normalize_frame,
    normalizer_for,
    output_meta,
    termbase_for,
)
from termbase.errors import InputError
from termbase.service import Termbase
from tests.editor.conftest import HOUSE

#: Matches, a deprecated and an erroneous form, unmatched, empty, a lone surrogate, too long.
VALUES = [
    "Mao Tse-tung",
    "Nosaka Sanzo",
    "Chang Kai-shek",
    "Tsitsihar",
    "Nobody Here",
    "",
    "  ",
    "bad \udc80 bytes",
    "x" * 300,
    "Mao Zedong",
]


@pytest.fixture(scope="module")
def spec() -> NormalizeSpec:
    return NormalizeSpec(GlossarySpec.of(HOUSE), Termbase.style(), ("name",))


def single_process_jsonl(tmp_path: Path, values: list[object]) -> list[dict[str, object]]:
    """What `termbase normalize` writes for these values as JSON Lines members."""
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"name": v}) + "\n" for v in values), encoding="utf-8")
    target = tmp_path / "out.jsonl"
    assert (
        main(["normalize", str(source), "-c", "name", "-o", str(target), "-q", "--glossary", str(HOUSE)]) == 0
    )
    return [
        json.loads(line) for line in target.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    ]


def as_member(value: object, suffix: str) -> object:
    """A frame cell as the JSON Lines member it stands for (candidates kept as id:score text)."""
    if value is pd.NA or value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value) if suffix == "score" else value  # type: ignore[call-overload]


def jsonl_candidates(member: object) -> object:
    if member is None:
        return None
    return "|".join(f"{c['id']}:{c['score']}" for c in member)  # type: ignore[attr-defined]


def test_the_added_cells_are_the_single_process_members(tmp_path: Path, spec: NormalizeSpec) -> None:
    values: list[object] = [*VALUES, None, 42]
    expected = single_process_jsonl(tmp_path, values)
    frame = pd.DataFrame({"name": pd.Series(values, dtype=object), "n": range(len(values))})
    out, summary = normalize_frame(frame, normalizer_for(spec), spec.columns)
    assert list(out.columns[:2]) == ["name", "n"] and out["n"].tolist() == list(range(len(values)))
    assert out["name"].tolist() == values  # original cells untouched
    # undecodable text is a malformed record in CSV: it gets nulls and is reported, not looked up
    expected[VALUES.index("bad \udc80 bytes")] = {f"name_{s}": None for s in ADDED_DTYPES}
    for row, member in zip(out.to_dict("records"), expected, strict=True):
        for suffix in ("id", "normalized", "score", "match", "status"):
            assert as_member(row[f"name_{suffix}"], suffix) == member[f"name_{suffix}"], (row, suffix)
        candidates = as_member(row["name_candidates"], "candidates")
        assert candidates == jsonl_candidates(member["name_candidates"]) or (
            candidates == "" and member["name_candidates"] == []
        )
    assert out.loc[0, "name_normalized"] == "Mao Zedong" and bool(out.loc[0, "name_match"])
    # a null is an empty value; a number is not text: both get nulls, the number is reported
    assert summary.rows == 12 and summary.malformed == 2
    assert summary.problems == [
        (8, "column 'name': undecodable bytes (not UTF-8 text)"),
        (12, "column 'name' holds a int, not text"),
    ]
    assert summary.counts["skipped"] == 4  # "", "  ", the value over 200 characters, None
    assert str(out["name_score"].dtype) == ADDED_DTYPES["score"]


def test_index_and_order_are_kept(spec: NormalizeSpec) -> None:
    frame = pd.DataFrame({"name": ["Tsitsihar", "Mao Tse-tung"]}, index=[7, 3])
    out, _ = normalize_frame(frame, normalizer_for(spec), ["1"])
    assert out.index.tolist() == [7, 3] and out["name_id"].tolist() == ["qiqihar", "mao-zedong"]


def test_columns_are_checked(spec: NormalizeSpec) -> None:
    normalizer = normalizer_for(spec)
    with pytest.raises(InputError, match=r"no column 'author'.*the columns are: name"):
        normalize_frame(pd.DataFrame({"name": ["a"]}), normalizer, ["author"])
    with pytest.raises(InputError, match=r"already has the column.*name_id"):
        normalize_frame(pd.DataFrame({"name": ["a"], "name_id": ["b"]}), normalizer, ["name"])


def test_meta_has_the_output_columns_and_dtypes() -> None:
    meta = output_meta(pd.DataFrame({"name": pd.Series(dtype="string")}), ["name"])
    assert list(meta.columns) == ["name", *(f"name_{s}" for s in ADDED_DTYPES)]
    assert [str(meta[f"name_{s}"].dtype) for s in ADDED_DTYPES] == list(ADDED_DTYPES.values())


def test_a_process_loads_a_glossary_once(spec: NormalizeSpec) -> None:
    first = termbase_for(spec.glossary)
    for _ in range(3):
        normalize_frame(pd.DataFrame({"name": ["Mao Tse-tung"]}), normalizer_for(spec), ["name"])
    assert termbase_for(spec.glossary) is first and glossary_loads()[spec.glossary] == 1


def test_other_glossary_files_than_planned_are_refused() -> None:
    stale = GlossarySpec((str(HOUSE.resolve()),), "0" * 64)
    with pytest.raises(InputError, match="not the ones the job was planned with"):
        termbase_for(stale)
