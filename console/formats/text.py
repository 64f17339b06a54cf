"""Reading a producer's text file: UTF-8 (BOM or not), any line ending, clear errors."""

from __future__ import annotations

from pathlib import Path

from console.errors import InputError

MAX_TEXT_BYTES = 64 * 1024 * 1024


def read_text(path: str | Path) -> str:
    """The file's text with ``\\n`` line endings; an :class:`InputError` names what is wrong."""
    return decode_text(read_bytes(path, MAX_TEXT_BYTES), str(path))


def read_bytes(path: str | Path, limit: int) -> bytes:
    """The file's bytes, refusing a missing file, a folder or one over ``limit`` with a clear reason."""
    path = Path(path)
    try:
        if path.stat().st_size > limit:
            raise InputError(f"the file is larger than {limit // 2**20} MB", path=str(path))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise InputError("this is a folder, not a file", path=str(path)) from None
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror})", path=str(path)) from None


def decode_text(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            "the file is not UTF-8 text (save it as UTF-8 in your editor or spreadsheet)",
            path=name,
            line=line,
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError("the file holds a NUL character: it is not a text file", path=name, line=line)
    return text.replace("\r\n", "\n").replace("\r", "\n")
