"""The generated syllable tables: attribution, coverage, and reproducibility from the TSV."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from termbase.romanize.zh import ENGINE

ROOT = Path(__file__).resolve().parents[3]
SYSTEMS = ROOT / "src" / "termbase" / "romanize" / "zh" / "systems"
TSV = ROOT.parent / "shared" / "data" / "romanization" / "kfcd_pinyinbiao.tsv"
IDS = {
    "pinyin",
    "pinyin-numbers",
    "pinyin-plain",
    "wade-giles",
    "wade-giles-plain",
    "wade-giles-strict",
    "yale",
    "zhuyin",
    "palladius",
    "zh-de",
    "zh-pl",
    "zh-nl",
    "zh-cs",
    "zh-hu",
    "zh-fr-efeo",
    "zh-ko",
}


def test_system_ids() -> None:
    assert {s.id for s in ENGINE.systems} == IDS
    assert all(s.lang == "zh" for s in ENGINE.systems)
    assert {s.target for s in ENGINE.systems} == {"zh-Latn", "zh-Bopo", "ru", "ko"}


@pytest.mark.parametrize("path", sorted(SYSTEMS.glob("_table-*.toml")), ids=lambda p: p.name)
def test_generated_tables_carry_the_attribution(path: Path) -> None:
    head = path.read_text(encoding="utf-8")[:2000]
    assert "開放詞典 (kaifangcidian.com), kfcd/pinyin, CC BY 3.0" in head
    assert "modified:" in head


@pytest.mark.skipif(not TSV.exists(), reason="the shared kfcd table is not beside the repository")
def test_tables_are_what_the_script_makes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("build_zh_tables", ROOT / "scripts" / "build_zh_tables.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(script, "OUT", tmp_path)
    assert script.main(["build", str(TSV)]) == 0
    for made in sorted(tmp_path.glob("*.toml")):
        committed = (SYSTEMS / made.name).read_text(encoding="utf-8")
        assert made.read_text(encoding="utf-8") == committed, made.name


def test_documented_corrections_are_in_the_tables() -> None:
    tables = {s.id: s.table for s in ENGINE.systems}
    assert tables["wade-giles"]["yan"] == "yen"
    assert tables["wade-giles"]["e"] == "o"
    assert tables["wade-giles"]["kei"] == "k'ei"
    assert tables["wade-giles-strict"]["de"] == "tê"
    assert tables["wade-giles-strict"]["zi"] == "tzŭ"
    assert tables["yale"]["dun"] == "dwun"
    assert tables["palladius"]["lo"] == "ло"
    assert "lüe" in tables["pinyin"] and "lue" not in tables["pinyin"]
