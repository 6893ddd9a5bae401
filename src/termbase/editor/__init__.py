"""The editors' batch: house styles, table normalization and the manuscript check.

    style = load_style("scholarly-east-asia")           # or a path to your own style file
    house_form(tb.entry("mao-zedong"), style).text      -> "Mao Zedong"
    Normalizer(tb.index, style).normalize("Mao Tse-tung")  -> Normalized(normalized="Mao Zedong", ...)
    check_text(tb.gazetteer, manuscript, style).findings   -> (Finding(line, column, found, ...), ...)

Most callers use these through :class:`termbase.Termbase` (``tb.normalize``, ``tb.check``).

See docs/editors.md for the style file format, the commands and the reports.
"""

from termbase.editor.check import Checked, check_and_fix, check_text
from termbase.editor.findings import CheckResult, Finding, Group, Mention
from termbase.editor.fix import apply_fixes, unified_diff
from termbase.editor.forms import HouseForm, HouseForms, house_form
from termbase.editor.normalize import (
    Normalized,
    NormalizedBatch,
    Normalizer,
    TableJob,
    TableOptions,
    TableSummary,
    normalize_batch,
)
from termbase.editor.style import (
    DEFAULT_STYLE,
    HouseStyle,
    LanguageRule,
    bundled_style,
    bundled_styles,
    load_style,
    parse_style,
)
from termbase.errors import StyleError, UnknownStyleError, UnsupportedFormatError

__all__ = [
    "DEFAULT_STYLE",
    "CheckResult",
    "Checked",
    "Finding",
    "Group",
    "HouseForm",
    "HouseForms",
    "HouseStyle",
    "LanguageRule",
    "Mention",
    "Normalized",
    "NormalizedBatch",
    "Normalizer",
    "StyleError",
    "TableJob",
    "TableOptions",
    "TableSummary",
    "UnknownStyleError",
    "UnsupportedFormatError",
    "apply_fixes",
    "bundled_style",
    "bundled_styles",
    "check_and_fix",
    "check_text",
    "house_form",
    "load_style",
    "normalize_batch",
    "parse_style",
    "unified_diff",
]
