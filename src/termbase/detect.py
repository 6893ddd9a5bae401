"""Script and language detection for a query string.

Scripts are read off Unicode blocks. Languages follow from scripts where they can: kana means
Japanese; Han alone is Chinese *or* Japanese, and we say so instead of guessing; Cyrillic is
Russian text or a Russian transcription of a Japanese (Polivanov) or Chinese (Palladius) name;
Latin is checked against every engine's systems to list the plausible ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from termbase.romanize import engine
from termbase.scripts import SCRIPT_LANGUAGES, script_of, scripts_of

__all__ = ["Detection", "detect", "script_of", "scripts_of"]


@dataclass(frozen=True, slots=True)
class Detection:
    scripts: tuple[str, ...]
    languages: tuple[str, ...]
    systems: tuple[str, ...]
    ambiguous: bool
    note: str = ""


#: Scripts that decide the language whatever else the text holds, strongest first.
_DECIDING = ("Hira", "Kana", "Bopo", "Hani", "Cyrl", "Hang", "Latn")
_HAN_NOTE = "Han characters alone may be Chinese or Japanese; pass lang=zh or lang=ja to say which"


def _languages_for(scripts: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    found = set(scripts)
    for script in _DECIDING:
        if script in found:
            return SCRIPT_LANGUAGES[script], _HAN_NOTE if script == "Hani" else ""
    return (), ""


def detect(text: str) -> Detection:
    """What ``text`` is written in, which languages it may be, and which systems fit it.

    Asking every engine which systems fit costs as much as a lookup: callers that see repeated
    queries remember it (the lookup index owns a memo of it)."""
    scripts = scripts_of(text)
    candidates, note = _languages_for(scripts)
    systems: list[str] = []
    languages: list[str] = []
    for lang in candidates:
        if scripts and scripts[0] in ("Latn", "Cyrl", "Hang"):
            fitting = engine(lang).plausible_systems(text)
            # Cyrillic is Russian's own script: always Russian, and also Japanese or Chinese
            # when a transcription system (Polivanov, Palladius) fits.
            if not fitting and not (lang == "ru" and scripts[0] == "Cyrl"):
                continue
            systems.extend(fitting)
        languages.append(lang)
    if not languages and "Latn" in scripts:
        note = "no romanization system of ja, zh or ru fits; perhaps an English or conventional form"
    return Detection(scripts, tuple(languages), tuple(systems), len(languages) != 1, note)
