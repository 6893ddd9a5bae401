"""Hostile glossary files are problems at a line, never a crash, a hang or a memory blow-up.

The in-process tests assert the problem each file gets; the subprocess test runs
``termbase validate`` on them under a memory and CPU ceiling (RLIMIT_AS, RLIMIT_CPU), so an alias
bomb or a stack overflow in the C parser would fail it instead of taking the test run down.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from termbase.glossary.loader import check
from termbase.glossary.records import MAX_DEPTH

FIXTURES = Path(__file__).parent / "fixtures"
VALID_ENTRY = (FIXTURES / "valid" / "yaml-1-2.yaml").read_text(encoding="utf-8")
DEEP = 100_000  # levels: enough to overflow the C stack of the YAML composer, and json's recursion

# An alias bomb: nine levels of nine aliases each, a billion strings once expanded.
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{new}: &{new} [{', '.join([f'*{old}'] * 9)}]\n"
    for old, new in zip("abcdefghi", "bcdefghij", strict=True)
)
HOSTILE: dict[str, tuple[str, bytes, str]] = {
    # name: (entry file, content, the problem code expected)
    "alias-bomb": ("entries.yaml", BOMB.encode(), "yaml-alias"),
    "deep-flow-yaml": ("entries.yaml", ("[" * DEEP + "]" * DEEP).encode(), "too-deep"),
    "deep-block-yaml": ("entries.yaml", "".join("  " * i + "a:\n" for i in range(3000)).encode(), "too-deep"),
    "deep-jsonl-array": ("entries.jsonl", ("[" * DEEP + "]" * DEEP + "\n").encode(), "too-deep"),
    "deep-jsonl-object": ("entries.jsonl", ('{"a":' * DEEP + "1" + "}" * DEEP + "\n").encode(), "too-deep"),
    "jsonl-just-over-the-depth": (
        "entries.jsonl",
        ('{"a":' * (MAX_DEPTH + 1) + "1" + "}" * (MAX_DEPTH + 1) + "\n").encode(),
        "too-deep",
    ),
    "control-character": ("entries.yaml", b"- id: \x00\n", "yaml-syntax"),
    "invalid-utf8-yaml": ("entries.yaml", b"- id: x\n  gloss: \xff\xfe\n", "unreadable-file"),
    "invalid-utf8-jsonl": ("entries.jsonl", b'{"id": "\xff"}\n', "unreadable-file"),
    # a Python tag is never constructed: the item is a list, and an entry must be a mapping
    "python-tag": ("entries.yaml", b"- !!python/object/apply:os.system [echo hi]\n", "bad-type"),
}


def _glossary(tmp_path: Path, name: str, content: bytes) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    shutil.copy(FIXTURES / "glossary.yaml", folder / "glossary.yaml")
    (folder / name).write_bytes(content)
    return folder


@pytest.mark.parametrize("case", HOSTILE, ids=str)
def test_a_hostile_file_is_one_problem_at_a_line(tmp_path: Path, case: str) -> None:
    name, content, code = HOSTILE[case]
    report = check(_glossary(tmp_path, name, content))
    assert report.glossary is None
    assert [(p.path.endswith(name), p.code) for p in report.problems] == [(True, code)]
    assert report.problems[0].line >= 1


def test_the_depth_limit_leaves_room_for_real_entries(tmp_path: Path) -> None:
    nested = '{"a":' * (MAX_DEPTH - 1) + "1" + "}" * (MAX_DEPTH - 1)
    report = check(_glossary(tmp_path, "entries.jsonl", (nested + "\n").encode()))
    assert "too-deep" not in {p.code for p in report.problems}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("entries.yaml", ("\ufeff" + VALID_ENTRY).encode()),
        (
            "entries.jsonl",
            b'\xef\xbb\xbf{"id": "no", "kind": "term", "gloss": "The particle", '
            b'"sources": ["article: n. 4"], '
            b'"terms": [{"lang": "en", "form": "no", "status": "preferred"}]}\n',
        ),
    ],
    ids=["yaml", "jsonl"],
)
def test_a_byte_order_mark_is_not_a_problem(tmp_path: Path, name: str, content: bytes) -> None:
    report = check(_glossary(tmp_path, name, content))
    assert report.problems == [] and report.glossary is not None
    assert [e.id for e in report.glossary.entries] == ["no"]


def test_a_huge_scalar_is_read_like_any_other(tmp_path: Path) -> None:
    # Memory in proportion to the file is no blow-up: a 20 MB gloss loads as it stands.
    huge = VALID_ENTRY.replace("The Japanese genitive particle, as a bare word", "x" * 20_000_000)
    report = check(_glossary(tmp_path, "entries.yaml", huge.encode()))
    assert report.problems == [] and report.glossary is not None
    assert len(report.glossary.entries[0].gloss) == 20_000_000


def _limited() -> None:
    ceiling = 1_500_000_000  # bytes of address space: the interpreter and the bundled glossary fit
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    resource.setrlimit(resource.RLIMIT_CPU, (60, 60))


@pytest.mark.parametrize("case", ["alias-bomb", "deep-flow-yaml", "deep-jsonl-array"], ids=str)
def test_validate_under_a_memory_ceiling_gives_the_problem_and_exit_1(tmp_path: Path, case: str) -> None:
    name, content, code = HOSTILE[case]
    folder = _glossary(tmp_path, name, content)
    done = subprocess.run(
        [sys.executable, "-m", "termbase.cli.main", "validate", str(folder)],
        capture_output=True,
        text=True,
        preexec_fn=_limited,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert f": {code}: " in done.stderr
    assert done.stderr.strip().splitlines()[-1] == "1 problem(s) found"
