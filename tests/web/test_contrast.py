"""WCAG AA contrast of every colour pair the stylesheet uses, in the light and the dark scheme."""

from __future__ import annotations

import re
from importlib import resources

import pytest

CSS = (resources.files("termbase.web.static") / "termbase.css").read_text(encoding="utf-8")

#: (text, background, minimum ratio): 4.5 for text, 3 for borders and focus rings (WCAG 1.4.11).
PAIRS = [
    ("fg", "bg", 4.5),
    ("fg", "surface", 4.5),
    ("muted", "bg", 4.5),
    ("muted", "surface", 4.5),
    ("link", "bg", 4.5),
    ("link", "surface", 4.5),
    ("button-fg", "button-bg", 4.5),
    ("ok-fg", "ok-bg", 4.5),
    ("warn-fg", "warn-bg", 4.5),
    ("bad-fg", "bad-bg", 4.5),
    ("info-fg", "info-bg", 4.5),
    ("focus", "bg", 3.0),
    ("muted", "bg", 3.0),
]


def schemes() -> dict[str, dict[str, str]]:
    blocks = re.findall(r":root\s*\{([^}]*)\}", CSS)
    assert len(blocks) == 2, "expected a light and a dark :root block"
    return {
        name: dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", block))
        for name, block in zip(("light", "dark"), blocks, strict=True)
    }


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_ratio_matches_known_values() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("fg", "bg", "minimum"), PAIRS)
def test_colour_pairs_meet_wcag_aa(scheme: str, fg: str, bg: str, minimum: float) -> None:
    colours = schemes()[scheme]
    assert ratio(colours[fg], colours[bg]) >= minimum, (scheme, fg, bg, ratio(colours[fg], colours[bg]))
