"""Russian romanization engine: Cyrillic readings to renderings, any spelling to keys.

Systems are data: ``systems/<id>.toml`` (see ``systems/_base.toml`` for the table format and
``docs/romanization/ru.md`` for what each system is and what keys collapse)::

    ENGINE.render("Лаврентий Берия", get_system("bgn-pcgn"))  -> "Lavrentiy Beriya"
    ENGINE.phonetic_keys("Lawrenti Berija")                   -> frozenset({"лавренти бериа", ...})
"""

from __future__ import annotations

import tomllib
from importlib import resources

from termbase.romanize.ru.russian import RussianEngine
from termbase.romanize.system import load_systems

__all__ = ["ENGINE", "RussianEngine"]


def _informal() -> dict[str, list[str]]:
    data = tomllib.loads((resources.files(__name__) / "informal.toml").read_text(encoding="utf-8"))
    informal: dict[str, list[str]] = data["informal"]
    return informal


ENGINE = RussianEngine(load_systems(__name__), informal=_informal())
