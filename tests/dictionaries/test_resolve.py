"""--glossary NAME: a dictionary's name finds its imported folder, served beside the bundled ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.dictionaries import default_root, resolve_glossaries
from termbase.errors import InputError

BUNDLED = Path("/bundled")


def test_a_dictionary_name_is_its_folder_beside_the_bundled_glossaries(imported: Path) -> None:
    assert resolve_glossaries(["jmnedict"], root=imported, bundled=BUNDLED) == (
        BUNDLED,
        imported / "jmnedict",
    )


def test_with_a_reviewed_glossary_named_the_bundled_ones_are_not_added(
    imported: Path, tmp_path: Path
) -> None:
    assert resolve_glossaries([str(tmp_path), "cedict"], root=imported, bundled=BUNDLED) == (
        tmp_path,
        imported / "cedict",
    )
    assert resolve_glossaries(["bundled", "cedict"], root=imported, bundled=BUNDLED) == (
        BUNDLED,
        imported / "cedict",
    )


def test_no_option_stays_the_loaders_default(imported: Path) -> None:
    assert resolve_glossaries([], root=imported, bundled=BUNDLED) == ()


def test_a_dictionary_not_imported_says_how_to_import_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="termbase dictionary import jmnedict"):
        resolve_glossaries(["jmnedict"], root=tmp_path, bundled=BUNDLED)


def test_the_root_is_the_variable_else_the_xdg_data_folder() -> None:
    home = Path("/home/u")
    assert default_root({"TERMBASE_DICTIONARIES": "/d"}, home) == Path("/d")
    assert default_root({"XDG_DATA_HOME": "/x"}, home) == Path("/x/termbase/dictionaries")
    assert default_root({}, home) == home / ".local/share/termbase/dictionaries"


def test_an_imported_folder_given_by_path_is_served_beside_the_bundled_glossaries(imported: Path) -> None:
    assert resolve_glossaries([str(imported / "cedict")], root=Path("/elsewhere"), bundled=BUNDLED) == (
        BUNDLED,
        imported / "cedict",
    )
