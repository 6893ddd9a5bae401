"""The editors' batch: house styles, table normalization and the manuscript check.

    style = load_style("scholarly-east-asia")           # or a path to your own style file
    house_form(tb.entry("mao-zedong"), style).text      -> "Mao Zedong"
    Normalizer(tb, style).normalize("Mao Tse-tung")     -> Normalized(normalized="Mao Zedong", ...)
    check_text(tb, manuscript, style).findings          -> (Finding(line, column, found, ...), ...)

See docs/editors.md for the style file format, the commands and the reports.
"""

from termbase.editor.check import CheckResult, Finding, Group, check_text
from termbase.editor.fix import apply_fixes, unified_diff
from termbase.editor.forms import HouseForm, HouseForms, house_form
from termbase.editor.normalize import Normalized, Normalizer, TableJob, TableOptions, TableSummary
from termbase.editor.style import (
    DEFAULT_STYLE,
    HouseStyle,
    LanguageRule,
    bundled_styles,
    load_style,
    parse_style,
)
from termbase.errors import StyleError, UnknownStyleError, UnsupportedFormatError

__all__ = [
    "DEFAULT_STYLE",
    "CheckResult",
    "Finding",
    "Group",
    "HouseForm",
    "HouseForms",
    "HouseStyle",
    "LanguageRule",
    "Normalized",
    "Normalizer",
    "StyleError",
    "TableJob",
    "TableOptions",
    "TableSummary",
    "UnknownStyleError",
    "UnsupportedFormatError",
    "apply_fixes",
    "bundled_styles",
    "check_text",
    "house_form",
    "load_style",
    "parse_style",
    "unified_diff",
]
