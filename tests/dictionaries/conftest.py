"""The dictionary excerpts (a few real entries of each, in its own file format) imported once."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.dictionaries import DICTIONARIES, import_dictionary
from termbase.glossary.loader import bundled_path
from termbase.service import Termbase

DATA = Path(__file__).parent / "data"
JMNEDICT_XML = DATA / "JMnedict-excerpt.xml"
CEDICT_FILE = DATA / "cedict-excerpt.u8"


@pytest.fixture(scope="session")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dictionaries root holding both excerpts, imported as ``termbase dictionary import`` does."""
    root = tmp_path_factory.mktemp("dictionaries")
    import_dictionary(DICTIONARIES["jmnedict"], root / "jmnedict", source=JMNEDICT_XML)
    import_dictionary(DICTIONARIES["cedict"], root / "cedict", source=CEDICT_FILE)
    return root


@pytest.fixture(scope="session")
def with_dictionaries(imported: Path) -> Termbase:
    """The bundled glossaries with both dictionary excerpts beside them."""
    return Termbase.load(bundled_path(), imported / "jmnedict", imported / "cedict")
