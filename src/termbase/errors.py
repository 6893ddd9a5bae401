"""Errors as values with stable codes.

Every failure the user can cause is a ``TermbaseError`` subclass carrying a stable ``code``
(used in HTTP problem+json bodies and CLI messages) and the HTTP ``status`` it maps to::

    TermbaseError (code, status)
    ├── InputError              400  bad input: unknown parameter value, malformed text, limits
    │   ├── UnknownSystemError       a romanization system id that is not registered
    │   ├── UnknownLanguageError     a language tag we do not serve
    │   ├── UnmappableError          errors="strict" met a character the system cannot map
    │   ├── QueryTooLongError        a query string over its documented length
    │   ├── InvalidTextError         text that is not Unicode characters (a lone surrogate)
    │   ├── LimitError          413  a batch or body over its documented size
    │   ├── UnknownFormatError       an export or import format we do not write or read
    │   ├── StyleError               a house-style file or object that does not parse or validate
    │   │   └── UnknownStyleError    a style id that is neither bundled nor a readable file
    │   ├── ReconcileQueryError      a reconciliation payload that is not the API's shape
    │   ├── UnknownTypeError         a reconciliation type that is not an entry kind
    │   ├── UnknownPropertyError     a data-extension property the service does not offer
    │   └── FormatError              a file to import/normalize/check that cannot be read
    │       ├── UnsafeXMLError       an XML file with a DTD, entity or other hostile content
    │       ├── UnsupportedFormatError  a file type the batch cannot read (DOCX, unknown extension)
    │       └── IndexFileError       a compiled index folder that is truncated, damaged or of another format
    ├── NotFoundError           404  an entry id or resource that does not exist
    └── GlossaryError           422  a glossary that does not load or validate (lists problems)

The CLI prints ``error: <message>`` on one line and exits with ``exit_code``; the HTTP layer
turns the same object into RFC 9457 problem+json. Nothing else is raised to users.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar


class TermbaseError(Exception):
    """Base of all errors a user can cause. ``code`` is stable and documented."""

    code: ClassVar[str] = "termbase-error"
    status: ClassVar[int] = 500
    exit_code: ClassVar[int] = 1
    title: ClassVar[str] = "termbase error"

    def __init__(self, message: str, **detail: object) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class InputError(TermbaseError):
    code = "invalid-input"
    status = 400
    exit_code = 2
    title = "Invalid input"


class UnknownSystemError(InputError):
    code = "unknown-system"
    title = "Unknown romanization system"


class UnknownLanguageError(InputError):
    code = "unknown-language"
    title = "Unknown language"


class UnmappableError(InputError):
    code = "unmappable-character"
    title = "Character cannot be mapped"


class QueryTooLongError(InputError):
    code = "query-too-long"
    title = "Query too long"


class InvalidTextError(InputError):
    code = "invalid-text"
    title = "Text is not valid Unicode"


class LimitError(InputError):
    code = "limit-exceeded"
    status = 413
    title = "Input over limit"


class FormatError(InputError):
    code = "malformed-file"
    title = "Malformed file"


class IndexFileError(FormatError):
    code = "bad-index-file"
    title = "Unreadable compiled index"


class UnsafeXMLError(FormatError):
    code = "unsafe-xml"
    title = "Unsafe XML rejected"


class UnknownFormatError(InputError):
    code = "unknown-format"
    title = "Unknown export or import format"


class StyleError(InputError):
    code = "invalid-style"
    title = "Invalid house style"


class UnknownStyleError(StyleError):
    code = "unknown-style"
    title = "Unknown house style"


class UnsupportedFormatError(FormatError):
    code = "unsupported-format"
    title = "Unsupported file format"


class ReconcileQueryError(InputError):
    """A ``queries=`` or ``extend=`` payload that is not JSON or not the shape the API defines."""

    code = "malformed-reconciliation-query"
    title = "Malformed reconciliation query"


class UnknownTypeError(InputError):
    """A type id that is not one of the reconciliation service's types (the entry kinds)."""

    code = "unknown-type"
    title = "Unknown reconciliation type"


class UnknownPropertyError(InputError):
    """A property id that data extension does not offer."""

    code = "unknown-property"
    title = "Unknown reconciliation property"


class NotFoundError(TermbaseError):
    code = "not-found"
    status = 404
    exit_code = 3
    title = "Not found"


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation problem in a glossary file: where, what, and how to fix it."""

    path: str
    line: int
    code: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        hint = f" (hint: {self.hint})" if self.hint else ""
        return f"{self.path}:{self.line}: {self.code}: {self.message}{hint}"


class GlossaryError(TermbaseError):
    """A glossary that cannot be loaded; ``problems`` lists every problem found."""

    code = "invalid-glossary"
    status = 422
    exit_code = 1
    title = "Invalid glossary"

    def __init__(self, problems: Sequence[Problem]) -> None:
        first = str(problems[0]) if problems else "no problems recorded"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first + more)
        self.problems = tuple(problems)


__all__ = [
    "FormatError",
    "GlossaryError",
    "IndexFileError",
    "InputError",
    "InvalidTextError",
    "LimitError",
    "NotFoundError",
    "Problem",
    "QueryTooLongError",
    "ReconcileQueryError",
    "StyleError",
    "TermbaseError",
    "UnknownFormatError",
    "UnknownLanguageError",
    "UnknownPropertyError",
    "UnknownStyleError",
    "UnknownSystemError",
    "UnknownTypeError",
    "UnmappableError",
    "UnsafeXMLError",
    "UnsupportedFormatError",
]
