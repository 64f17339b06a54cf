"""Reading a producer's file: bounded, regular files only, UTF-8 (BOM or not), any line ending, clear errors.

Every read of a user's file in ``console.formats`` goes through :func:`read_bytes` (or, for a bundle that is
streamed, :func:`open_input`), both built on :mod:`console.files`' non-blocking open: a FIFO, a device, a
folder or a file over its limit is refused with the reason before anything is held.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from console.errors import InputError
from console.files import NotARegularFile, open_regular_file, read_regular_file
from console.messages import QT_TRANSLATE_NOOP, Text
from console.show.limits import MAX_TEXT_FILE_BYTES
from console.show.text_line import NOT_IN_ONE_LINE as _NOT_IN_ONE_LINE

MAX_TEXT_BYTES = MAX_TEXT_FILE_BYTES

# One-line fields (titles, location, artist, date, medium, image, language) hold no line break and no
# control character but tab; no field holds NUL or a lone surrogate (SQLite cannot store one, and the
# import would fail after ``tour check`` said the file was fine).
_NOT_IN_ANY_FIELD = re.compile(r"[\x00\ud800-\udfff]")


def read_text(path: str | Path) -> str:
    """The file's text with ``\\n`` line endings; an :class:`InputError` names what is wrong."""
    return decode_text(read_bytes(path, MAX_TEXT_BYTES), str(path))


def read_bytes(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, refusing a missing file, a folder, a FIFO, a device or
    a file over ``limit`` with a clear reason (the read stops one byte past the limit)."""
    try:
        return read_regular_file(path, limit)
    except OverflowError:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "the file is larger than {size}").format(size=_size(limit)),
            path=str(path),
        ) from None
    except NotARegularFile as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "{reason}, not a regular file").format(reason=error.reason),
            path=str(path),
        ) from None
    except IsADirectoryError:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "it is a folder, not a regular file"), path=str(path)
        ) from None
    except FileNotFoundError:
        raise InputError(QT_TRANSLATE_NOOP("Formats", "no such file"), path=str(path)) from None
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "cannot read the file ({reason})").format(
                reason=error.strerror or error
            ),
            path=str(path),
        ) from None


def open_input(path: str | Path) -> BinaryIO:
    """A handle on the regular file at ``path`` for a streaming reader; refusals as :func:`read_bytes`."""
    try:
        return open_regular_file(path)
    except NotARegularFile as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "{reason}, not a regular file").format(reason=error.reason),
            path=str(path),
        ) from None
    except IsADirectoryError:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "it is a folder, not a regular file"), path=str(path)
        ) from None
    except FileNotFoundError:
        raise InputError(QT_TRANSLATE_NOOP("Formats", "no such file"), path=str(path)) from None
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "cannot read the file ({reason})").format(
                reason=error.strerror or error
            ),
            path=str(path),
        ) from None


def _size(limit: int) -> str:
    return f"{limit // 2**30} GB" if limit >= 2**30 else f"{limit // 2**20} MB"


def decode_text(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats", "the file is not UTF-8 text (save it as UTF-8 in your editor or spreadsheet)"
            ),
            path=name,
            line=line,
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "the file holds a NUL character: it is not a text file"),
            path=name,
            line=line,
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_field(value: str, what: Text, *, name: str, line: int | None, multiline: bool = False) -> str:
    """A text field as every format stores it, or an InputError naming the field, file and line.

    One rule for all formats, so a tour exports and re-imports to itself: a one-line field is stripped and
    holds no line break or control character; a block (talking points, the introduction) has ``\\n`` line
    endings, no blank lines around it and no trailing spaces.
    """
    bad = (_NOT_IN_ANY_FIELD if multiline else _NOT_IN_ONE_LINE).search(value)
    if bad is not None:
        char = bad.group()
        kind = (
            QT_TRANSLATE_NOOP("Formats", "a line break")
            if char in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
            else QT_TRANSLATE_NOOP("Formats", "a control character")
        )
        if "\ud800" <= char <= "\udfff":
            kind = QT_TRANSLATE_NOOP("Formats", "a lone surrogate, which is no character")
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "{what} holds {kind} (U+{ord:04X})").format(
                what=what, kind=kind, ord=ord(char)
            ),
            path=name,
            line=line,
        )
    if multiline:
        return value.replace("\r\n", "\n").replace("\r", "\n").strip("\n").rstrip()
    return value.strip()
