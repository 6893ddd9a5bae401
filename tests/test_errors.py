"""The one error tree: every error a user can cause is listed, with a stable, unique code."""

from __future__ import annotations

import termbase
from termbase import errors


def _tree(cls: type[errors.TermbaseError]) -> list[type[errors.TermbaseError]]:
    return [cls, *(sub for child in cls.__subclasses__() for sub in _tree(child))]


def test_all_is_pinned() -> None:
    assert errors.__all__ == sorted(errors.__all__)
    assert set(errors.__all__) == {cls.__name__ for cls in _tree(errors.TermbaseError)} | {"Problem"}


def test_every_error_lives_in_errors_py_with_a_unique_code() -> None:
    tree = _tree(errors.TermbaseError)
    assert all(cls.__module__ == "termbase.errors" for cls in tree)
    codes = [cls.code for cls in tree]
    assert len(codes) == len(set(codes))


def test_the_docstring_draws_the_whole_tree() -> None:
    drawn = errors.__doc__ or ""
    assert all(cls.__name__ in drawn for cls in _tree(errors.TermbaseError))


def test_package_front_door_is_pinned() -> None:
    assert termbase.__all__ == [
        "Entry",
        "EntryFilter",
        "Glossary",
        "GlossaryError",
        "InputError",
        "Kind",
        "NotFoundError",
        "Problem",
        "Status",
        "Term",
        "TermType",
        "Termbase",
        "TermbaseError",
        "UnknownSystemError",
        "UnmappableError",
        "__version__",
    ]


def test_statuses_map_to_http() -> None:
    assert errors.LimitError.status == 413 and errors.NotFoundError.status == 404
    assert errors.GlossaryError.status == 422 and errors.UnsupportedFormatError.status == 400
