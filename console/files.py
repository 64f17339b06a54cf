"""Writing a user's file all-or-nothing: the one way the console saves settings, exports and reports.

Plain Python that imports nothing from the console, so the lowest layers (settings, which the store uses)
and the highest (formats, commands) can share it without one depending on the other.

The new content goes to a temporary file in the same folder (a rename is only atomic within one file
system), is flushed and fsynced, then ``os.replace`` puts it in place: a reader, or a crash or power cut
mid-save, sees either the old file whole or the new one whole, never half. ``os.replace`` (not
``os.rename``) overwrites on Windows too, and the handle is closed before it, which Windows requires.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

# Windows refuses to replace a file another process holds open for a moment (an antivirus scan, the
# search indexer): a few short retries ride that out without blocking anyone for long.
_REPLACE_TRIES = 5
_REPLACE_PAUSE_S = 0.05


def write_atomically(path: str | Path, data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Write ``data`` (text encoded as given, line endings untouched) to ``path``, all or nothing.

    Text is encoded before the folder is touched, so a character the encoding cannot hold changes nothing.
    """
    payload = data.encode(encoding) if isinstance(data, str) else data
    with open_atomically(path) as handle:
        handle.write(payload)


@contextlib.contextmanager
def open_atomically(path: str | Path) -> Iterator[BinaryIO]:
    """A binary handle whose content becomes ``path`` when the block ends without an exception.

    If the block raises (a value that fails to serialise halfway) or the write fails (disk full, the target
    is a folder), the old file stays as it was and the temporary file is removed. An existing file keeps
    its permissions; a symbolic link keeps pointing where it did and its target gets the new content.
    """
    target = Path(os.path.realpath(path))
    temporary, handle = _create_beside(target)
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(target, temporary)
        _replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(target.parent)


def _create_beside(target: Path) -> tuple[Path, BinaryIO]:
    """A new, uniquely named hidden file in ``target``'s folder, created with the usual (umask) mode."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.part")
        try:
            descriptor = os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue
        return temporary, os.fdopen(descriptor, "wb")


def _keep_mode(target: Path, temporary: Path) -> None:
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(temporary, mode)


def _replace(temporary: Path, target: Path) -> None:
    for attempt in range(_REPLACE_TRIES):
        try:
            os.replace(temporary, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_TRIES - 1:
                raise
            time.sleep(_REPLACE_PAUSE_S)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable on POSIX; Windows cannot open a folder, and NTFS needs no such step."""
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on a folder: the data is already safe
    finally:
        os.close(descriptor)


class NotARegularFile(OSError):
    """The path is a folder, a FIFO, a device or a socket: reading it could block for ever or never end."""


def read_regular_file(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them (more raises ``OverflowError``).

    Opened without blocking, so a FIFO (which would wait for a writer for ever) or a device (``/dev/zero``
    never ends; ``st_size`` says 0) is refused before a byte is read, and the read itself stops one byte past
    the limit whatever ``st_size`` claimed.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotARegularFile(f"{path}: not a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OverflowError(f"{path}: larger than {limit:,} bytes")
    return data
