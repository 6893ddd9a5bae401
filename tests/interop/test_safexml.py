"""Hostile XML is rejected with a clear error, before anything is read, fetched or written."""

from __future__ import annotations

import builtins
import socket
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from termbase.errors import FormatError, LimitError, UnsafeXMLError
from termbase.interop import import_file
from termbase.interop.safexml import parse_xml
from tests.interop.conftest import FIXTURES

HOSTILE = {
    "xxe.tbx": "entity declaration 'xxe'",
    "billion-laughs.tbx": "entity declaration 'lol'",
    "external-dtd-entity.tbx": "entity declaration 'remote'",
}


@pytest.fixture
def no_io(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to open a file or a connection while parsing is recorded and refused."""
    attempts: list[str] = []

    def refuse(what: str) -> Any:
        def call(*args: object, **kwargs: object) -> None:
            attempts.append(f"{what}{args[:1]}")
            raise AssertionError(f"{what} during XML parsing")

        return call

    monkeypatch.setattr(builtins, "open", refuse("open"))
    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urlopen"))
    return attempts


@pytest.mark.parametrize(("name", "message"), HOSTILE.items())
def test_hostile_files_are_refused(name: str, message: str, no_io: list[str]) -> None:
    data = (FIXTURES / name).read_bytes()  # read before the guard is up
    with pytest.raises(UnsafeXMLError, match=message) as caught:
        parse_xml(data)
    assert caught.value.message.startswith("line ")
    assert caught.value.code == "unsafe-xml"
    assert no_io == []


def test_internal_subset_without_entities_is_refused() -> None:
    with pytest.raises(UnsafeXMLError, match="internal subset"):
        parse_xml(b'<!DOCTYPE a [ <!ATTLIST a b CDATA "injected"> ]><a/>')


def test_doctype_with_system_id_is_never_fetched(no_io: list[str]) -> None:
    doc = parse_xml(b'<!DOCTYPE martif SYSTEM "http://127.0.0.1:9/TBXcoreStructV02.dtd">\n<martif/>')
    assert doc.root.tag == "martif" and doc.line(doc.root) == 2 and no_io == []


def test_malformed_xml_names_the_line() -> None:
    with pytest.raises(FormatError, match=r"^line 6, column \d+: malformed XML: mismatched tag$"):
        parse_xml((FIXTURES / "malformed.tbx").read_bytes())


def test_size_cap_is_checked_before_parsing() -> None:
    with pytest.raises(LimitError, match="over the limit of 100"):
        import_file(b"<a>" + b"x" * 200 + b"</a>", name="big.tbx", max_bytes=100)


def test_import_of_a_hostile_file_writes_nothing(tmp_path: Path) -> None:
    from termbase.cli.main import main

    target = tmp_path / "out"
    code = main(["import", str(FIXTURES / "billion-laughs.tbx"), "--into", str(target)])
    assert code == 2 and not target.exists() and list(tmp_path.iterdir()) == []
