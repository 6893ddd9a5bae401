"""The Japanese engine: ``termbase.romanize.ja.ENGINE``."""

from __future__ import annotations

from functools import partial

from termbase.memo import Memo
from termbase.romanize.ja import checks
from termbase.romanize.ja.keys import kana_to_latin, phonetic_keys
from termbase.romanize.ja.machine import machine_reading
from termbase.romanize.ja.render import Speller, reading_words
from termbase.romanize.policy import ErrorPolicy
from termbase.romanize.system import System, load_systems

#: Ceilings of the engine's memos: texts keyed, kana runs spelt in Latin, readings cut.
KEYS_MEMO = 32_768
KANA_MEMO = 16_384
READINGS_MEMO = 16_384


class JapaneseEngine:
    """Kana readings to every system's spelling (Hepburn, Kunrei, Polivanov, the Czech, Hungarian,
    Korean ... transcriptions), and any of them back to keys."""

    lang = "ja"

    def __init__(self, systems: tuple[System, ...]) -> None:
        # Ranked: where several systems spell a name alike, the first one names the match.
        self.systems = tuple(sorted(systems, key=lambda s: (int(s.options.get("rank", 50)), s.id)))
        self._spellers = {system.id: Speller.of(system) for system in self.systems}
        self._profiles: list[checks.Profile] | None = None
        #: Keys of texts seen lately: owned by the engine, not the module (names repeat a lot).
        self._kana = Memo(kana_to_latin, maxsize=KANA_MEMO)
        self._keys = Memo(partial(phonetic_keys, kana_latin=self._kana), maxsize=KEYS_MEMO)
        #: Readings cut into words and their hiragana, once for all the systems that spell them.
        self._reading_words = Memo(reading_words, maxsize=READINGS_MEMO)

    def cache_clear(self) -> None:
        """Empty the engine's memos (benchmarks measure cold keys with it)."""
        self._keys.clear()
        self._kana.clear()
        self._reading_words.clear()
        for speller in self._spellers.values():
            speller.words.clear()

    def speller(self, system: System) -> Speller:
        """The speller of ``system`` (compiled anew for a system object that is not one of ours)."""
        known = self._spellers.get(system.id)
        return known if known is not None and known.system is system else Speller.of(system)

    def render(self, reading: str, system: System, *, errors: ErrorPolicy = "keep") -> str:
        return self.speller(system).render_words(self._reading_words(reading), errors)

    def phonetic_keys(self, text: str) -> frozenset[str]:
        return self._keys(text)

    def plausible_systems(self, text: str) -> tuple[str, ...]:
        if self._profiles is None:  # spelling the probes costs ~50 ms: only when first asked
            self._profiles = [checks.profile(speller) for speller in self._spellers.values()]
        return checks.plausible_systems(text, self._profiles)

    def check_reading(self, reading: str) -> str | None:
        return checks.check_reading(reading)

    def machine_reading(self, text: str) -> str | None:
        return machine_reading(text)


def load_engine() -> JapaneseEngine:
    return JapaneseEngine(load_systems("termbase.romanize.ja"))
