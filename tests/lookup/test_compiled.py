"""The compiled index: lookups from it equal the in-memory build's; stale or damaged ones are never served."""

from __future__ import annotations

import csv
import filecmp
import os
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from termbase.cli.main import main
from termbase.editor.gazetteer import MappedPrefixes, MappedSurfaces
from termbase.editor.text import text_key
from termbase.lookup import Tier, build_index, compiled
from termbase.lookup.cache import artifact_path, engine_fingerprint
from termbase.lookup.compiled import IndexFileError, compile_index, open_index, write_index
from termbase.service import Termbase
from tests.conftest import NAMES

BENCHMARKS = Path(__file__).parents[2] / "benchmarks"
SPELLINGS = BENCHMARKS / "data" / "spellings.tsv"
MULTILINGUAL = BENCHMARKS / "data" / "multilingual.tsv"
_FRESH = "TERMBASE_TEST_FRESH_PROCESS"
ARTICLE = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_ac2310810787e945.txt"


def _queries(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        return [row["query"] for row in rows]


def _results(tb: Termbase, query: str) -> list[tuple[Any, ...]]:
    found = tb.lookup(query, limit=50)
    return [(c.entry, c.score, c.tier, c.match, c.matched) for c in found.results]


def _compiled(tb: Termbase, folder: Path) -> Termbase:
    write_index(tb.index, folder, content_hash="test", engine="test")
    index = open_index(folder)
    assert index.compiled and not tb.index.compiled
    return Termbase(index.glossary, index)


def _assert_same_derived(memory: Termbase, compiled: Termbase, queries: list[str]) -> None:
    """The gazetteer and suggest index mapped from the compiled index equal those built in memory."""
    built, mapped = memory.gazetteer, compiled.gazetteer
    assert isinstance(mapped.full, MappedSurfaces) and isinstance(mapped.prefixes, MappedPrefixes)
    assert len(mapped.full) == len(built.full) > 0
    assert {key: mapped.full[key] for key in mapped.full} == {key: list(s) for key, s in built.full.items()}
    assert mapped.max_tokens == built.max_tokens
    assert isinstance(built.prefixes, set)
    for key in list(built.full)[::7]:
        for probe in (key, key[: len(key) // 2], f"{key}q", f"{key[:-1]}\uffff", "\x00"):
            assert (probe in mapped.prefixes) == (probe in built.prefixes), probe
            assert (probe in mapped.full) == (probe in built.full), probe
    assert "" not in mapped.prefixes and mapped.full.get("no such key") is None
    for query in queries:
        for prefix in {query[:1], query[:3], query}:
            found = [e.id for e in compiled.suggest_index.search(prefix, limit=20, offset=2)]
            assert found == [e.id for e in memory.suggest_index.search(prefix, limit=20, offset=2)], prefix


def test_lookups_from_the_compiled_bundled_index_equal_the_in_memory_build(
    bundled: Termbase, tmp_path: Path
) -> None:
    compiled = _compiled(bundled, tmp_path / "index")
    queries = _queries(SPELLINGS) + _queries(MULTILINGUAL)
    assert len(queries) > 2000
    for query in queries:
        assert _results(compiled, query) == _results(bundled, query), query
    assert [e.id for e in compiled.glossary.entries] == [e.id for e in bundled.glossary.entries]
    assert compiled.entry("mao-zedong") == bundled.entry("mao-zedong")
    assert compiled.entries_per_glossary() == bundled.entries_per_glossary()
    _assert_same_derived(bundled, compiled, queries[::5])


@pytest.mark.skipif(not ARTICLE.is_file(), reason="the seed article is not beside the repository")
def test_a_manuscript_checked_with_the_mapped_gazetteer_equals_the_in_memory_check(
    bundled: Termbase, tmp_path: Path
) -> None:
    compiled = _compiled(bundled, tmp_path / "index")
    text = ARTICLE.read_text(encoding="utf-8")
    mapped, built = compiled.check(text, fix=True), bundled.check(text, fix=True)
    assert len(built.result.findings) > 10 and built.remaining and mapped.remaining
    assert mapped.fixed == built.fixed
    for mine, theirs in ((mapped.result, built.result), (mapped.remaining, built.remaining)):
        assert replace(mine, seconds=0.0) == replace(theirs, seconds=0.0)  # all but the time taken


def test_lookups_from_a_compiled_10000_entry_index_equal_the_in_memory_build(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from bench_lookup import make_queries
        from synthetic import write
    finally:
        sys.path.remove(str(BENCHMARKS))
    memory = Termbase.load(write(10_000, tmp_path / "synthetic"))
    compiled = _compiled(memory, tmp_path / "index")
    queries = make_queries(memory, 1500)
    shapes = {shape for shape, _ in queries}
    assert shapes == {"exact", "rendering", "folded", "swapped", "typo", "unknown"}
    for _, query in queries:
        assert _results(compiled, query) == _results(memory, query), query
    _assert_same_derived(memory, compiled, [query for _, query in queries[::3]])


def _same_files(one: Path, other: Path) -> None:
    names = sorted(path.name for path in one.iterdir())
    assert names == sorted(path.name for path in other.iterdir()) and "manifest.json" in names
    assert [name for name in names if not filecmp.cmp(one / name, other / name, shallow=False)] == []


@pytest.mark.parametrize("child", ["works", "fails"])
def test_compile_index_writes_what_write_index_writes(
    bundled: Termbase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, child: str
) -> None:
    """The forked build (the gazetteer in a child, the suggest index here from the child's
    spellings, handed over in chunks) writes the same bytes as the one-process build; a child
    that fails leaves this process to build them itself."""
    if threading.active_count() > 1:
        # compile_index rightly refuses to fork beside another thread (an earlier test's server
        # or warm-up), so the forked path is checked in a fresh interpreter instead of skipped.
        assert os.environ.get(_FRESH) is None, "a fresh pytest process runs no other thread"
        test = f"{__file__}::test_compile_index_writes_what_write_index_writes[{child}]"
        env = {**os.environ, _FRESH: "1"}
        ran = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
            capture_output=True,
            text=True,
            env=env,
            cwd=Path(__file__).parents[2],
            check=False,
        )
        passed = ran.returncode == 0 and re.search(r"^1 passed", ran.stdout, re.M)
        assert passed, ran.stdout[-3000:] + ran.stderr[-2000:]
        return
    monkeypatch.setattr(compiled, "CHUNK", 50)  # several chunks of the 645 bundled entries
    handed: list[bool] = []
    real = compiled._derived_from
    monkeypatch.setattr(compiled, "_derived_from", lambda *a: handed.append(True) or real(*a))
    if child == "fails":
        monkeypatch.setattr(compiled, "_derived_child", lambda *a: 1 / 0)
    glossary = bundled.glossary
    compile_index(glossary, tmp_path / "forked", content_hash="t", engine="t")
    write_index(build_index(glossary), tmp_path / "one", content_hash="t", engine="t")
    assert handed == [True]
    _same_files(tmp_path / "forked", tmp_path / "one")
    assert not list(tmp_path.glob(".*"))  # no staging folder left behind


def test_a_gazetteer_key_is_its_forms_words_keys_joined(bundled: Termbase) -> None:
    """The gazetteer keys each word once across entries: a token never spans whitespace."""
    full = bundled.gazetteer.full
    assert len(full) > 1000
    for key, found in full.items():
        assert {text_key(surface.form) for surface in found} == {key}


def _copy_names(tmp_path: Path) -> Path:
    folder = tmp_path / "names"
    shutil.copytree(NAMES, folder)
    return folder


def _exact(tb: Termbase, query: str) -> list[str]:
    return [c.entry.id for c in tb.lookup(query).results if c.tier is Tier.EXACT]


def test_a_changed_glossary_file_invalidates_the_cached_index(tmp_path: Path) -> None:
    glossary, cache = _copy_names(tmp_path), tmp_path / "cache"
    first = Termbase.open(glossary, cache=cache)
    assert first.index.compiled
    assert first.lookup("Nosaka Sanzō").results[0].entry.id == "nosaka-sanzo"
    assert not _exact(Termbase.open(glossary, cache=cache), "Nosaka Zanzibar")
    entries = next(p for p in sorted(glossary.rglob("*.yaml")) if "Nosaka Sanzō" in p.read_text("utf-8"))
    entries.write_text(entries.read_text("utf-8").replace("Nosaka Sanzō", "Nosaka Zanzibar"), "utf-8")
    second = Termbase.open(glossary, cache=cache)
    assert second.loaded and first.loaded and second.loaded.content_hash != first.loaded.content_hash
    assert _exact(second, "Nosaka Zanzibar") == ["nosaka-sanzo"]
    assert len(list(cache.iterdir())) == 2  # the old one is never read again


def test_an_index_opened_for_other_glossary_files_or_engines_is_refused(tmp_path: Path) -> None:
    tb = Termbase.load(NAMES)
    write_index(tb.index, tmp_path / "index", content_hash="abc", engine="e1")
    with pytest.raises(IndexFileError, match="other glossary files"):
        open_index(tmp_path / "index", content_hash="abd")
    with pytest.raises(IndexFileError, match="other glossary files or engines"):
        open_index(tmp_path / "index", content_hash="abc", engine="e2")


@pytest.mark.parametrize(
    "damage", ["truncate", "delete-manifest", "shorter-array", "shorter-gazetteer", "garbage-manifest"]
)
def test_a_damaged_index_is_a_clear_error_and_the_cache_rebuilds_it(tmp_path: Path, damage: str) -> None:
    glossary, cache = _copy_names(tmp_path), tmp_path / "cache"
    expected = _results(Termbase.load(glossary), "Nosaka Sanzo")
    tb = Termbase.open(glossary, cache=cache)
    assert tb.loaded is not None
    folder = artifact_path(cache, tb.loaded.content_hash, engine_fingerprint())
    if damage == "truncate":
        path = folder / "postings.npy"
        path.write_bytes(path.read_bytes()[:100])
    elif damage == "delete-manifest":
        (folder / "manifest.json").unlink()
    elif damage == "shorter-array":
        np.save(folder / "key_starts.npy", np.zeros(3, dtype=np.int64))
    elif damage == "shorter-gazetteer":
        np.save(folder / "gazetteer_starts.npy", np.zeros(3, dtype=np.int64))
    else:
        (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexFileError):
        open_index(folder)
    rebuilt = Termbase.open(glossary, cache=cache)
    assert _results(rebuilt, "Nosaka Sanzo") == expected
    open_index(folder)  # whole again


def test_termbase_build_writes_an_index_the_service_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERMBASE_CACHE", str(tmp_path / "cache"))
    assert main(["build", "--glossary", str(NAMES), "-o", str(tmp_path / "out")]) == 0
    assert f"into {tmp_path / 'out'}" in capsys.readouterr().out
    assert open_index(tmp_path / "out").glossary.entry("nosaka-sanzo").id == "nosaka-sanzo"
    assert main(["build", "--glossary", str(NAMES)]) == 0
    assert "ok: compiled" in capsys.readouterr().out
    assert main(["build", "--glossary", str(NAMES)]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main(["lookup", "--glossary", str(NAMES), "Nosaka Sanzo"]) == 0
    assert "nosaka-sanzo" in capsys.readouterr().out


def test_termbase_build_with_the_cache_off_needs_an_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERMBASE_CACHE", "off")
    assert main(["build", "--glossary", str(NAMES)]) == 2
    assert "give an output folder" in capsys.readouterr().err
