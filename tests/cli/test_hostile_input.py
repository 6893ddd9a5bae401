"""Every CLI entry point with hostile files and odd arguments: a one-line error and a non-zero
exit, or (normalize) the bad row passed through with a warning; never a traceback, a hang or a
memory blow-up. Each command runs in-process through ``main`` (an exception escaping it is the
traceback a user would see); the files that could exhaust memory or the stack run again as a
user runs them, in a subprocess under a memory and CPU ceiling. The small fixture glossary."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from termbase.cli.main import main
from tests.conftest import NAMES

DEEP = 100_000
MEMORY_CEILING = 1_500_000_000  # bytes of address space

FILES: dict[str, bytes] = {
    "deep.json": ("[" * DEEP + "]" * DEEP).encode(),
    "deep-object.json": ('{"a":' * DEEP + "1" + "}" * DEEP).encode(),
    "bom.json": "\ufeff{}".encode(),
    "broken.json": b"{nope",
    "empty.json": b"",
    "latin1.json": b"\xff\xfe{}",
    "deep.jsonl": ("[" * DEEP + "]" * DEEP + "\n").encode(),
    "deep-object.jsonl": ('{"name":' * DEEP + '"x"' + "}" * DEEP + "\n").encode(),
    "latin1.csv": b"name\n\xff\xfe\n",
    "huge-field.csv": b'name\n"' + b"a" * 5_000_000 + b'"\n',
    "unterminated.csv": b'name\n"Mao\n',
    "entity-bomb.tbx": b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><tbx>&lol2;</tbx>',
    "external-entity.tbx": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b"<tbx>&e;</tbx>",
    "deep.tbx": ('<?xml version="1.0"?>' + "<a>" * DEEP + "</a>" * DEEP).encode(),
    "latin1.tbx": b'<?xml version="1.0" encoding="UTF-8"?><tbx>\xff</tbx>',
    "unclosed.tbx": b"<tbx><unclosed>",
    "latin1.txt": b"Mao \xff Zedong",
}

# (arguments, expected exit, a phrase of the one-line error); {f} is the folder of FILES.
FAILING: list[tuple[list[str], int, str]] = [
    (["import", "{f}/deep.json", "--into", "{f}/out"], 2, "nested too deep"),
    (["import", "{f}/deep-object.json", "--into", "{f}/out"], 2, "nested too deep"),
    (["import", "{f}/bom.json", "--into", "{f}/out"], 2, "not a termbase JSON export"),
    (["import", "{f}/broken.json", "--into", "{f}/out"], 2, "not valid JSON"),
    (["import", "{f}/empty.json", "--into", "{f}/out"], 2, "neither TBX nor termbase JSON"),
    (["import", "{f}/latin1.json", "--into", "{f}/out"], 2, "neither TBX nor termbase JSON"),
    (["import", "{f}/entity-bomb.tbx", "--into", "{f}/out"], 2, ""),
    (["import", "{f}/external-entity.tbx", "--into", "{f}/out"], 2, ""),
    (["import", "{f}/deep.tbx", "--into", "{f}/out"], 2, "not a TBX file"),
    (["import", "{f}/latin1.tbx", "--into", "{f}/out"], 2, ""),
    (["import", "{f}/unclosed.tbx", "--into", "{f}/out"], 2, ""),
    (["import", "{f}", "--into", "{f}/out"], 2, "cannot read"),
    (["check", "{f}/latin1.txt"], 2, "not UTF-8"),
    (["check", "{f}/missing.txt"], 2, "cannot open"),
    (["check", "{f}"], 2, "cannot open"),
    (["check", "{f}/latin1.txt", "--style", "no-such-style"], 2, "no house style"),
    (["normalize", "{f}/deep.json"], 2, "cannot tell the format"),
    (["normalize", "{f}/unterminated.csv", "-c", "nope"], 2, "no column 'nope'"),
    (["normalize", "{f}/unterminated.csv", "--cache-size", "-1"], 2, "--cache-size"),
    (["lookup", "x" * 100_000], 2, "the limit is 200"),
    (["lookup", ""], 2, "query is empty"),
    (["lookup", "Mao", "--limit", "-5"], 2, "limit must be between"),
    (["lookup", "Mao", "--limit", "99999999999999999999"], 2, "limit must be between"),
    (["lookup", "Mao", "--from", "zz"], 2, "unknown source language"),
    (["lookup", "Mao", "--lang", "x" * 5000], 2, ""),
    (["lookup", "Mao \udcff"], 2, "not UTF-8 text"),  # the byte 0xFF, as Python receives it
    (["romanize", "Бе\udcff"], 2, "not UTF-8 text"),
    (["romanize", "x" * 10_000], 2, "the limit is 2000"),
    (["romanize", "野", "--system", "nope"], 2, "unknown romanization system"),
    (["show", "../../etc/passwd"], 3, "no entry with id"),
    (["validate", "{f}/missing"], 2, "does not exist"),
    (["validate", "{f}/latin1.txt"], 2, "not a folder"),
]

# normalize keeps every row: an unreadable one is passed through unchanged, with a warning.
PASSED_THROUGH: list[tuple[str, str]] = [
    ("deep.jsonl", "nested too deep"),
    ("deep-object.jsonl", "nested too deep"),
    ("latin1.csv", "undecodable bytes"),
    ("huge-field.csv", "unreadable CSV record"),
    ("unterminated.csv", "unreadable CSV record"),
]


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))
    resource.setrlimit(resource.RLIMIT_CPU, (60, 60))


def in_subprocess(*argv: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "termbase.cli.main", *argv, "--glossary", str(NAMES)]
    return subprocess.run(command, capture_output=True, preexec_fn=_limited, timeout=120, check=False)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile")
    for name, content in FILES.items():
        (path / name).write_bytes(content)
    return path


def _args(argv: list[str], folder: Path) -> list[str]:
    return [a.replace("{f}", str(folder)) for a in argv]


@pytest.mark.parametrize(("argv", "exit_code", "phrase"), FAILING, ids=lambda v: str(v)[:60])
def test_a_hostile_argument_is_one_line_and_an_exit_code(
    folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str], exit_code: int, phrase: str
) -> None:
    code = main([*_args(argv, folder), "--glossary", str(NAMES)])
    err = capsys.readouterr().err
    assert code == exit_code, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("termbase: error: "), err
    assert phrase in lines[0]
    assert not (folder / "out").exists()  # a failed import writes nothing


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "{f}/deep.json", "--into", "{f}/out"],
        ["import", "{f}/entity-bomb.tbx", "--into", "{f}/out"],
        ["import", "{f}/deep.tbx", "--into", "{f}/out"],
        ["normalize", "{f}/deep-object.jsonl"],
    ],
    ids=lambda v: v[1].rsplit("/", 1)[-1],
)
def test_under_a_memory_ceiling_too(folder: Path, argv: list[str]) -> None:
    done = in_subprocess(*_args(argv, folder))
    err = done.stderr.decode("utf-8", "backslashreplace")
    assert "Traceback" not in err and done.returncode in (0, 2), err
    assert len(err.strip().splitlines()) <= 2  # the error, or normalize's warning and summary


@pytest.mark.parametrize(("name", "warning"), PASSED_THROUGH, ids=[n for n, _ in PASSED_THROUGH])
def test_normalize_passes_an_unreadable_row_through_and_says_so(
    folder: Path, capsysbinary: pytest.CaptureFixture[bytes], name: str, warning: str
) -> None:
    code = main(["normalize", str(folder / name), "--glossary", str(NAMES)])
    out, err = capsysbinary.readouterr()
    assert code == 0, err
    assert warning.encode() in err and b"passed through unchanged" in err
    content = (folder / name).read_bytes()
    # Every row is kept: the unreadable ones as they were (a CSV's header gains the added columns).
    rows = content if name.endswith(".jsonl") else content.split(b"\n", 1)[1]
    assert out.endswith(rows)
