"""The editors' batch errors, added to the tree in :mod:`termbase.errors`::

InputError (400)
├── StyleError              a house-style file or object that does not parse or validate
│   └── UnknownStyleError   a style id that is neither bundled nor a readable file
└── FormatError
    └── UnsupportedFormatError   a file type the batch cannot read (DOCX, unknown extension)
"""

from __future__ import annotations

from termbase.errors import FormatError, InputError


class StyleError(InputError):
    code = "invalid-style"
    title = "Invalid house style"


class UnknownStyleError(StyleError):
    code = "unknown-style"
    title = "Unknown house style"


class UnsupportedFormatError(FormatError):
    code = "unsupported-format"
    title = "Unsupported file format"
