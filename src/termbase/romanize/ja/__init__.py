"""Japanese: kana readings to every system's spelling, and any spelling to phonological keys.

    ENGINE.render("のさか さんぞう", get_system("hepburn-modified"))  -> "Nosaka Sanzō"
    ENGINE.phonetic_keys("Nosaka Sanzoh")                           -> frozenset({"nosakasanzo"})

Systems are the files in ``systems/`` (see docs/romanization/ja.md).
"""

from __future__ import annotations

from termbase.romanize.ja.engine import JapaneseEngine, load_engine

ENGINE: JapaneseEngine = load_engine()

__all__ = ["ENGINE", "JapaneseEngine"]
