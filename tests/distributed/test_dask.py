"""The Dask engine on a local cluster of two worker processes: its output, row for row, is the
single process's output on the same input, malformed records included, over several partitions."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import dask
import dask.dataframe as dd
import distributed
import pandas as pd
import pytest

from termbase.cli.main import main
from termbase.distributed.dask import normalize_dataframe
from termbase.distributed.partition import GlossarySpec, glossary_loads, normalize_frame, termbase_for
from termbase.service import Termbase
from tests.distributed.conftest import GLOSSARY
from tests.editor.conftest import HOUSE

NAMES = ["Mao Tse-tung", "Nosaka Sanzo", "Chang Kai-shek", "Tsitsihar", "Nobody Here", "", "Harbin"]


def table(fmt: str) -> bytes:
    """Sixty good rows with a malformed record of every kind among them."""
    good = [(str(n), NAMES[n % len(NAMES)], f"note {n}") for n in range(60)]
    if fmt == "jsonl":
        rows = [json.dumps({"id": i, "name": name, "note": note}).encode() + b"\n" for i, name, note in good]
        bad = [b"[1, 2]\n", b'{"id": 99, "name": 5}\n', b"{not json\n", b"\n", b'{"name": "\xff bad"}\n']
    else:
        sep = "," if fmt == "csv" else "\t"
        rows = [sep.join(row).encode() + b"\n" for row in good]
        bad = [
            sep.join(("61", "oops", "extra", "x")).encode() + b"\n",
            b"\n",
            sep.join(("62", "\xff")).encode("latin-1") + b" bad" + sep.encode() + b"n\n",
        ]
        if fmt == "csv":
            bad += [b'63,"multi\nline Harbin",n\r\n', b'64,"unclosed,n\n', b'65,x"y,n\n']
    for offset, record in enumerate(bad):
        rows.insert(5 + 9 * offset, record)
    header = (
        []
        if fmt == "jsonl"
        else [("," if fmt == "csv" else "\t").join(("id", "name", "note")).encode() + b"\n"]
    )
    return b"".join(header + rows)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def problems(err: str) -> list[str]:
    """The malformed records reported. A quote left open is reported where the reader gave up:
    at the end of its piece on the cluster, at a later line in one process; the record is the same."""
    lines = [line for line in err.splitlines() if re.match(r"normalize: (line|row) \d+", line)]
    return [re.sub(r"unreadable CSV record \(.*\)", "unreadable CSV record", line) for line in lines]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl"])
def test_text_tables_come_out_byte_for_byte_as_in_one_process(
    fmt: str, tmp_path: Path, client: distributed.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / f"names.{fmt}"
    source.write_bytes(table(fmt))
    single, spread = tmp_path / f"single.{fmt}", tmp_path / f"dask.{fmt}"
    code, err_single = run(capsys, "normalize", str(source), "-c", "name", "-o", str(single), *GLOSSARY)
    assert code == 0
    address = client.scheduler.address
    code, err_dask = run(
        capsys,
        "normalize",
        str(source),
        "-c",
        "name",
        "-o",
        str(spread),
        "--engine",
        "dask",
        "--scheduler",
        address,
        "--blocksize",
        "300",
        *GLOSSARY,
    )
    assert code == 0
    assert spread.read_bytes() == single.read_bytes()
    assert problems(err_dask) == problems(err_single) and len(problems(err_single)) >= 2
    partitions = int(re.search(r"(\d+) partitions", err_dask).group(1))  # type: ignore[union-attr]
    assert partitions >= 4
    counted = re.compile(r"(\d+ rows \(.*?\)) in .*?; (\d+ values: .*)$", re.M)
    assert counted.findall(err_dask) == counted.findall(err_single) != []


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def test_parquet_comes_out_as_the_single_process_csv_row_for_row(
    tmp_path: Path, client: distributed.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    names = [NAMES[n % len(NAMES)] for n in range(50)] + ["x" * 300, "Mao Zedong", "Harbin"]
    frame = pd.DataFrame({"id": [str(n) for n in range(len(names))], "name": names})
    frame.to_parquet(tmp_path / "names.parquet", row_group_size=8)
    frame.to_csv(tmp_path / "names.csv", index=False)
    single = tmp_path / "single.csv"
    assert (
        run(capsys, "normalize", str(tmp_path / "names.csv"), "-c", "name", "-o", str(single), *GLOSSARY)[0]
        == 0
    )
    address = client.scheduler.address
    spread = tmp_path / "dask.csv"
    code, err = run(
        capsys,
        "normalize",
        str(tmp_path / "names.parquet"),
        "-c",
        "name",
        "-o",
        str(spread),
        "--engine",
        "dask",
        "--scheduler",
        address,
        "--blocksize",
        "1",
        *GLOSSARY,
    )
    assert code == 0 and int(re.search(r"(\d+) partitions", err).group(1)) >= 3  # type: ignore[union-attr]
    assert csv_rows(spread.read_bytes()) == csv_rows(single.read_bytes())
    # Parquet out: parts written by the workers, typed, in order; the one-process Parquet path agrees
    folder, one = tmp_path / "out.parquet", tmp_path / "one.parquet"
    assert (
        run(
            capsys,
            "normalize",
            str(tmp_path / "names.parquet"),
            "-c",
            "name",
            "-o",
            str(folder),
            "--engine",
            "dask",
            "--scheduler",
            address,
            "--blocksize",
            "1",
            *GLOSSARY,
        )[0]
        == 0
    )
    assert (
        run(capsys, "normalize", str(tmp_path / "names.parquet"), "-c", "name", "-o", str(one), *GLOSSARY)[0]
        == 0
    )
    written = pd.read_parquet(folder)
    assert len(list(folder.glob("part.*.parquet"))) >= 3
    # the same cells (the id column reads back as "string" from parts, "str" from one file)
    pd.testing.assert_frame_equal(written, pd.read_parquet(one), check_dtype=False)
    assert written["id"].tolist() == frame["id"].tolist()
    assert written.loc[0, "name_normalized"] == "Mao Zedong" and str(written["name_match"].dtype) == "boolean"


def test_the_library_function_equals_one_frame_in_one_process(client: distributed.Client) -> None:
    values: list[object] = [NAMES[n % len(NAMES)] for n in range(40)] + [None, 7, "Qiqihar"]
    frame = pd.DataFrame({"n": range(len(values)), "name": pd.Series(values, dtype=object)})
    # Dask turns object columns into strings by default (7 would become "7" before we see it)
    with dask.config.set({"dataframe.convert-string": False}):
        partitions = dd.from_pandas(frame, npartitions=5)
    spread = normalize_dataframe(partitions, ["name"], glossary=[HOUSE])
    assert spread.npartitions == 5
    got = spread.compute(scheduler=client)
    spec = GlossarySpec.of(HOUSE)
    expected, _ = normalize_frame(
        frame, termbase_for(spec).normalizer(Termbase.style(), suggest=False), ["name"]
    )
    pd.testing.assert_frame_equal(got, expected)


def test_each_worker_opens_the_glossary_once_however_many_partitions(client: distributed.Client) -> None:
    frame = pd.DataFrame({"name": [NAMES[n % len(NAMES)] for n in range(400)]})
    spread = normalize_dataframe(dd.from_pandas(frame, npartitions=16), glossary=[HOUSE])
    assert len(spread.compute(scheduler=client)) == 400
    spec = GlossarySpec.of(HOUSE)
    loads = client.run(glossary_loads)
    assert len(loads) == 2
    per_worker = [counts.get(spec, 0) for counts in loads.values()]
    assert all(count <= 1 for count in per_worker) and sum(per_worker) >= 1


def test_bad_requests_are_one_line_errors(
    tmp_path: Path, client: distributed.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "refs.jsonl"
    source.write_text('{"name": "Harbin"}\n', encoding="utf-8")
    address = client.scheduler.address
    code, err = run(capsys, "normalize", str(source), "--engine", "dask", "--scheduler", address, *GLOSSARY)
    assert code == 2 and "JSON Lines input needs --column KEY" in err and "Traceback" not in err
    code, err = run(capsys, "normalize", "-", "--engine", "dask", *GLOSSARY)
    assert code == 2 and "not standard input" in err
    code, err = run(
        capsys, "normalize", str(source), "--engine", "dask", "--scheduler", address, "--workers", "2"
    )
    assert code == 2 and "a cluster given by --scheduler has its own workers" in err
    code, err = run(capsys, "normalize", str(source), "--scheduler", address, *GLOSSARY)
    assert code == 2 and "--scheduler needs --engine dask" in err
    code, err = run(
        capsys,
        "normalize",
        str(source),
        "-o",
        str(tmp_path / "o.parquet"),
        "--engine",
        "dask",
        "--scheduler",
        address,
        "-c",
        "name",
        *GLOSSARY,
    )
    assert code == 2 and "give Parquet input for Parquet output" in err
