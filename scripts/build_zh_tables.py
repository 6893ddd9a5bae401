"""Generate the Chinese syllable tables of termbase from the kfcd/pinyin table.

Usage (from the repository root)::

    python scripts/build_zh_tables.py [path/to/kfcd_pinyinbiao.tsv]

It reads the verbatim copy of 開放詞典's ``pinyinbiao`` (CC BY 3.0; see
../shared/data/romanization/SOURCE.md), keeps the toneless spelling of every syllable in the
columns termbase uses (pinyin, Zhuyin, Wade–Giles, Yale, Palladius), applies the corrections
listed in ``CORRECTIONS`` and writes one TOML base per system family into
``src/termbase/romanize/zh/systems/_table-*.toml``. The output is deterministic: running the
script twice gives the same files, and ``tests/romanize/zh/test_tables.py`` checks that the
committed files are what the script makes.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TSV = ROOT.parent / "shared" / "data" / "romanization" / "kfcd_pinyinbiao.tsv"
OUT = ROOT / "src" / "termbase" / "romanize" / "zh" / "systems"

ATTRIBUTION = (
    "開放詞典 (kaifangcidian.com), kfcd/pinyin, CC BY 3.0 "
    "(https://creativecommons.org/licenses/by/3.0/), modified: {changes}"
)

#: Syllables the kfcd table lacks (pypinyin 0.55 produces them): spelt by hand per column.
ADDED: dict[str, dict[str, str]] = {
    "kei": {"zhuyin": "ㄎㄟ", "wade-giles": "k'ei", "yale": "kei", "palladius": "кэй"},
    "cei": {"zhuyin": "ㄘㄟ", "wade-giles": "ts'ei", "yale": "tsei", "palladius": "цэй"},
    "rua": {"zhuyin": "ㄖㄨㄚ", "wade-giles": "jua", "yale": "rwa", "palladius": "жуа"},
    "din": {"zhuyin": "ㄉㄧㄣ", "wade-giles": "tin", "yale": "din", "palladius": "динь"},
    "len": {"zhuyin": "ㄌㄣ", "wade-giles": "len", "yale": "len", "palladius": "лэнь"},
    "nia": {"zhuyin": "ㄋㄧㄚ", "wade-giles": "nia", "yale": "nya", "palladius": "ня"},
    "fiao": {"zhuyin": "ㄈㄧㄠ", "wade-giles": "fiao", "yale": "fyau", "palladius": "фяо"},
    "biang": {"zhuyin": "ㄅㄧㄤ", "wade-giles": "piang", "yale": "byang", "palladius": "бян"},
}

#: Single-cell corrections: (column, pinyin syllable) -> spelling, with the reason.
FIXES: dict[tuple[str, str], tuple[str, str]] = {
    ("wade-giles", "yan"): ("yen", "WG yan -> yen (Yen-an 延安)"),
    ("wade-giles", "e"): ("o", "WG e -> o (额, as the LC table writes O-mei 峨眉)"),
    ("zhuyin", "hm"): ("ㄏㄇ", "Zhuyin hm ㄏㄥ -> ㄏㄇ"),
    ("zhuyin", "hng"): ("ㄏㄫ", "Zhuyin hng ㄏㄥ -> ㄏㄫ"),
    ("yale", "hm"): ("hm", "Yale hm heng -> hm"),
    ("yale", "hng"): ("hng", "Yale hng heng -> hng"),
    ("yale", "ê"): ("e", "Yale ê1 -> e"),
    ("yale", "lüan"): ("lywan", "Yale lyuan -> lywan (as quan -> chywan)"),
    ("palladius", "lo"): ("ло", "Palladius lo лё -> ло"),
    ("palladius", "ê"): ("э", "Palladius ê эй -> э"),
    ("palladius", "yai"): ("яй", "Palladius yai яай -> яй"),
}

CORRECTIONS = [
    "lue/nue written lüe/nüe",
    "added kei cei rua din len nia fiao biang",
    *(reason for _, reason in FIXES.values()),
    "Yale -un after an initial -> -wun (dwen -> dwun)",
    "Wade-Giles strict table derived: ê for e (tê, chên, êrh), ŭ in tzŭ tz'ŭ ssŭ",
    "tone marks and tone numbers removed (toneless syllables)",
]

COLUMNS = {"pinyin": 0, "zhuyin": 2, "wade-giles": 3, "yale": 5, "palladius": 9}
_SPACING_TONES = re.compile("[¹²³⁴⁵¯´ˇ`·ˊˋ˙]")


def _toneless(text: str) -> str:
    text = _SPACING_TONES.sub("", text)
    kept = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and char not in "\u0302\u0308\u0306":
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def _pinyin_key(cell: str) -> str:
    syllable = cell[:-1].replace("v", "ü")
    return {"lue": "lüe", "nue": "nüe"}.get(syllable, syllable)


def read_table(tsv: Path) -> dict[str, dict[str, str]]:
    """Toneless spellings per pinyin syllable (from the first-tone rows), corrected."""
    rows: dict[str, dict[str, str]] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if not cells[0].endswith("1"):
            continue
        syllable = _pinyin_key(cells[0])
        rows[syllable] = {
            name: (syllable if name == "pinyin" else _toneless(cells[col])) for name, col in COLUMNS.items()
        }
    for syllable, spellings in ADDED.items():
        rows[syllable] = {"pinyin": syllable, **spellings}
    for (column, syllable), (spelling, _) in FIXES.items():
        rows[syllable][column] = spelling
    for syllable, spellings in rows.items():
        if re.fullmatch(r"(?:[bpmfdtnlgkhrzcs]|zh|ch|sh)un", syllable):
            spellings["yale"] = re.sub(r"w?[eu]n$", "wun", spellings["yale"])
        spellings["wade-giles-strict"] = strict_wade_giles(spellings["wade-giles"])
    return dict(sorted(rows.items()))


def strict_wade_giles(simple: str) -> str:
    """Giles's circumflex and breve put back: ê where e is not in ei/eh/ie/üe/ye, and tzŭ/ssŭ."""
    if simple in ("tzu", "tz'u", "ssu"):
        return simple[:-1] + "ŭ"
    padded = f"^{simple}$"
    return "".join(
        "ê" if char == "e" and padded[i] not in "iüy" and padded[i + 2] not in "ih" else char
        for i, char in enumerate(simple)
    )


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_base(column: str, rows: dict[str, dict[str, str]]) -> str:
    header = [
        f"# Syllable table for {column}: toneless pinyin syllable -> toneless spelling.",
        "# Generated by scripts/build_zh_tables.py from kfcd_pinyinbiao.tsv; do not edit by hand.",
        "# " + ATTRIBUTION.format(changes="; ".join(CORRECTIONS)) + ".",
        "",
        "[table]",
    ]
    body = [f"{_quote(syllable)} = {_quote(spellings[column])}" for syllable, spellings in rows.items()]
    return "\n".join(header + body) + "\n"


def main(argv: list[str]) -> int:
    tsv = Path(argv[1]) if len(argv) > 1 else DEFAULT_TSV
    rows = read_table(tsv)
    OUT.mkdir(parents=True, exist_ok=True)
    for column in (*COLUMNS, "wade-giles-strict"):
        path = OUT / f"_table-{column}.toml"
        path.write_text(render_base(column, rows), encoding="utf-8")
        print(f"wrote {path} ({len(rows)} syllables)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
