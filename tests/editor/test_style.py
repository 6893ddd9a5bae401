"""House styles: the bundled ones load; user files load; every mistake names file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.editor import StyleError, UnknownStyleError, bundled_styles, load_style, parse_style
from termbase.model import TermType

GOOD = """
[style]
id = "my-press"
name = "My press"
english = "systematic"
english_types = ["conventional", "historical"]

[zh]
system = "wade-giles"
hyphens = "join"

[ja]
system = "hepburn-modified"
order = "given-first"
options = { n_before_vowel = "-" }
"""


def test_bundled_styles_cover_the_three_traditions() -> None:
    styles = bundled_styles()
    assert {"scholarly-east-asia", "plain-ascii", "legacy-wade-giles"} <= styles.keys()
    scholarly = styles["scholarly-east-asia"]
    assert scholarly.rule("ja").system == "hepburn-traditional"  # type: ignore[union-attr]
    assert scholarly.rule("zh").system == "pinyin-plain"  # type: ignore[union-attr]
    assert scholarly.rule("ru").system == "ala-lc-plain"  # type: ignore[union-attr]
    assert styles["plain-ascii"].ascii
    assert styles["legacy-wade-giles"].rule("zh").system == "wade-giles"  # type: ignore[union-attr]


def test_a_user_style_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "press.toml"
    path.write_text(GOOD, encoding="utf-8")
    style = load_style(path)
    assert style.id == "my-press" and style.english == "systematic"
    assert style.english_types == (TermType.CONVENTIONAL, TermType.HISTORICAL)
    ja = style.rule("ja")
    assert ja is not None and ja.order == "given-first" and ja.options == {"n_before_vowel": "-"}
    assert style.rule("ru") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('system = "wade-giles"', 'system = "wade-gilles"'),
            "[zh]: unknown romanization system 'wade-gilles'",
        ),
        (
            ('system = "wade-giles"', 'system = "hepburn-modified"'),
            "[zh]: system 'hepburn-modified' romanizes ja",
        ),
        (('hyphens = "join"', 'hyphen = "join"'), "[zh]: unknown key 'hyphen'"),
        (('hyphens = "join"', 'hyphens = "drop"'), "[zh]: hyphens must be one of keep, join, space"),
        (('order = "given-first"', "order = 1"), "[ja]: order must be one of"),
        (('english = "systematic"', 'english = "always"'), "[style]: english must be one of"),
        (('"historical"]', '"historic"]'), "[style]: english_types must be one of"),
        (('id = "my-press"', 'id = "My Press"'), "[style]: id 'My Press' must be lowercase"),
        (
            ('n_before_vowel = "-"', 'n_before = "-"'),
            "[ja]: system 'hepburn-modified' has no option 'n_before'",
        ),
        (("[zh]", "[ko]"), "unknown key 'ko'"),
        (("[style]", "[styl]"), "unknown key 'styl'"),
        (('name = "My press"', 'name = "My press'), "not valid TOML"),
    ],
)
def test_style_file_problems_name_file_and_key(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(StyleError) as caught:
        load_style(path)
    assert str(path) in caught.value.message
    assert message in caught.value.message


def test_unknown_style_lists_the_bundled_ones() -> None:
    with pytest.raises(UnknownStyleError) as caught:
        load_style("chicago")
    assert caught.value.code == "unknown-style"
    assert "scholarly-east-asia" in caught.value.message


def test_a_style_object_needs_its_style_table() -> None:
    with pytest.raises(StyleError, match=r"\[style\] table is required"):
        parse_style({"ja": {"system": "hepburn-modified"}})


def test_every_mistake_is_reported_not_only_the_first(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    text = (
        GOOD.replace('english = "systematic"', 'english = "always"')
        .replace('system = "wade-giles"', 'system = "wade-gilles"')
        .replace('hyphens = "join"', 'hyphen = "join"')
        .replace('order = "given-first"', "order = 1")
        .replace("n_before_vowel", "n_before")
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StyleError) as caught:
        load_style(path)
    problems = caught.value.detail["problems"]
    assert isinstance(problems, tuple) and len(problems) == 5
    expected = [
        "[style]: english must be one of",
        "[ja]: order must be one of",
        "[ja]: system 'hepburn-modified' has no option 'n_before'",
        "[zh]: unknown key 'hyphen'",
        "[zh]: unknown romanization system 'wade-gilles'",
    ]
    for problem, message in zip(problems, expected, strict=True):
        assert problem.startswith(f"{path}: ") and message in problem
    assert caught.value.message == "; ".join(problems)


def test_a_style_with_one_mistake_has_one_problem() -> None:
    with pytest.raises(StyleError) as caught:
        parse_style({"style": {"id": "x", "ascii": "yes"}})
    assert caught.value.detail["problems"] == ("style: [style]: ascii must be true or false; got 'yes'",)
