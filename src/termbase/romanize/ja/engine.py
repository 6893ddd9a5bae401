"""The Japanese engine: ``termbase.romanize.ja.ENGINE``."""

from __future__ import annotations

from termbase.romanize.ja import checks
from termbase.romanize.ja.keys import phonetic_keys
from termbase.romanize.ja.machine import machine_reading
from termbase.romanize.ja.render import Speller
from termbase.romanize.policy import ErrorPolicy
from termbase.romanize.system import System, load_systems


class JapaneseEngine:
    """Kana readings to Hepburn, Kunrei, Nihon-shiki, passport, wāpuro and Polivanov spellings."""

    lang = "ja"

    def __init__(self, systems: tuple[System, ...]) -> None:
        self.systems = systems
        self._spellers = {system.id: Speller.of(system) for system in systems}

    def speller(self, system: System) -> Speller:
        """The speller of ``system`` (compiled anew for a system object that is not one of ours)."""
        known = self._spellers.get(system.id)
        return known if known is not None and known.system is system else Speller.of(system)

    def render(self, reading: str, system: System, *, errors: ErrorPolicy = "keep") -> str:
        return self.speller(system).render(reading, errors)

    def phonetic_keys(self, text: str) -> frozenset[str]:
        return phonetic_keys(text)

    def plausible_systems(self, text: str) -> tuple[str, ...]:
        return checks.plausible_systems(text, self._spellers.values())

    def check_reading(self, reading: str) -> str | None:
        return checks.check_reading(reading)

    def machine_reading(self, text: str) -> str | None:
        return machine_reading(text)


def load_engine() -> JapaneseEngine:
    return JapaneseEngine(load_systems("termbase.romanize.ja"))
