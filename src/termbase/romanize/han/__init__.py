"""Han characters read in Korean and Vietnamese: Sino-Korean (hanja) and Sino-Vietnamese readings.

Systems (files in ``systems/``): ``zh-ko-hanja`` (毛澤東 -> 모택동) and ``zh-vi``
(毛澤東 -> Mao Trạch Đông). Keys are prefixed (``ko:모택동``, ``vi:mao trach dong``) so they
meet only spellings of the same script; see docs/romanization/han.md::

    ENGINE.render("蔣介石", get("zh-vi"))   -> "Tưởng Giới Thạch"
    ENGINE.phonetic_keys("毛泽东")            -> frozenset({"ko:모택동", "vi:mao trach dong"})
    ENGINE.phonetic_keys("Mao Trach Dong")    -> frozenset({"vi:mao trach dong"})

Not in ``romanize.LANGUAGES``: Han text is not a name language; lookup registers ``ENGINE``.
"""

from __future__ import annotations

from termbase.romanize.han.engine import HanEngine
from termbase.romanize.system import System

ENGINE = HanEngine()


def get(system_id: str) -> System:
    """One of the engine's systems by id (KeyError when there is none)."""
    for system in ENGINE.systems:
        if system.id == system_id:
            return system
    raise KeyError(system_id)


__all__ = ["ENGINE", "HanEngine", "get"]
