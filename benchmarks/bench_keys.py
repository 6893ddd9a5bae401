"""Phonological keys computed per second, per language, on a realistic mix of names.

The mix: every form of the bundled glossary and every generated rendering of its readings
(all systems, both name orders), read in each engine language. Cold figures use each string
once with the engines' memos cleared (the cost of a new string); warm figures repeat the set.
Rates are per second of this process's CPU time (on a shared machine the figure other load
disturbs least). Baseline in the same run: the exact fold of the same strings, and the same
fold through a lookup index's memo (:attr:`termbase.lookup.index.Index.folded`).

    python benchmarks/bench_keys.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from termbase.readings import readings, renderings
from termbase.romanize import LANGUAGES, engine, fold
from termbase.service import Termbase


def _clear_caches(obj: Any) -> None:
    module = sys.modules[type(obj).__module__]
    package = module.__name__.rsplit(".", 1)[0]
    for name, mod in list(sys.modules.items()):
        if not name.startswith(package):
            continue
        for value in vars(mod).values():
            if hasattr(value, "cache_clear") and not isinstance(value, type):
                value.cache_clear()
    if hasattr(obj, "cache_clear"):
        obj.cache_clear()


def _rate(fn: Callable[[str], object], texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        fn(text)
    return len(texts) / (time.process_time() - start)


def main() -> None:
    tb = Termbase.load()
    texts: list[str] = []
    for entry in tb.glossary.entries:
        texts.extend(t.form for t in entry.terms)
        for reading in readings(entry):
            texts.extend(r.text for r in renderings(entry, reading, both_orders=True))
    texts = list(dict.fromkeys(texts))
    print(f"command: python {' '.join(sys.argv)}")
    print(f"{len(texts)} distinct strings (glossary forms and generated renderings)")
    if hasattr(fold, "cache_clear"):  # a module-level cache before the memos moved to their owners
        fold.cache_clear()
    print(f"{'baseline: fold':<22} cold {_rate(fold, texts):>10,.0f}/s   warm {_rate(fold, texts):>10,.0f}/s")
    folded = getattr(tb.index, "folded", fold)
    if hasattr(folded, "clear"):
        folded.clear()
    cold, warm = _rate(folded, texts), _rate(folded, texts)
    print(f"{'index fold memo':<22} cold {cold:>10,.0f}/s   warm {warm:>10,.0f}/s")
    for lang in LANGUAGES:
        lang_engine = engine(lang)
        _clear_caches(lang_engine)
        cold = _rate(lang_engine.phonetic_keys, texts)
        warm = _rate(lang_engine.phonetic_keys, texts)
        print(f"{'phonetic_keys ' + lang:<22} cold {cold:>10,.0f}/s   warm {warm:>10,.0f}/s")


if __name__ == "__main__":
    main()
