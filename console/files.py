"""Writing a user's file all-or-nothing: the one way the console saves settings, exports and reports.

Plain Python that imports nothing from the console but its translatable messages, so the lowest layers
(settings, which the store uses) and the highest (formats, commands) can share it without one depending on
the other.

The new content goes to a temporary file in the same folder (a rename is only atomic within one file
system), is flushed and fsynced, then ``os.replace`` puts it in place: a reader, or a crash or power cut
mid-save, sees either the old file whole or the new one whole, never half. ``os.replace`` (not
``os.rename``) overwrites on Windows too, and the handle is closed before it, which Windows requires.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from console.messages import QT_TRANSLATE_NOOP, Message, Text

# Windows refuses to replace a file another process holds open for a moment (an antivirus scan, the
# search indexer): a few short retries ride that out without blocking anyone for long.
_REPLACE_TRIES = 5
_REPLACE_PAUSE_S = 0.05
# A SQLite database is its file and these companions: replacing any of them loses or corrupts the show.
DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")
_NOT_A_FILE = {
    stat.S_ISDIR: QT_TRANSLATE_NOOP("Files", "it is a folder"),
    stat.S_ISCHR: QT_TRANSLATE_NOOP("Files", "it is a device"),
    stat.S_ISBLK: QT_TRANSLATE_NOOP("Files", "it is a device"),
    stat.S_ISFIFO: QT_TRANSLATE_NOOP("Files", "it is a pipe (FIFO)"),
    stat.S_ISSOCK: QT_TRANSLATE_NOOP("Files", "it is a socket"),
}


def not_a_file_reason(mode: int) -> Message:
    """What a path of ``mode`` (``st_mode``) is when it is no regular file, said plainly: "it is a folder"."""
    return next(
        (reason for is_kind, reason in _NOT_A_FILE.items() if is_kind(mode)),
        QT_TRANSLATE_NOOP("Files", "it is not a regular file"),
    )


class UnsafeTarget(OSError):
    """A path no save may replace: the database in use, a device, a pipe, a folder.

    An ``OSError`` (``EPERM``), so every caller that already reports a failed write reports this one too;
    ``str()`` is the path and the reason, fit to show.
    """

    def __init__(self, path: str | Path, reason: Text) -> None:
        super().__init__(errno.EPERM, str(reason), str(path))
        self.reason = reason

    def said(self) -> Message:
        return QT_TRANSLATE_NOOP("Files", "{path}: refusing to write here: {reason}").format(
            path=self.filename, reason=self.reason
        )

    def __str__(self) -> str:
        return str(self.said())


def check_output_target(path: str | Path, *, protect: Iterable[str | Path] = ()) -> None:
    """Raise :class:`UnsafeTarget` unless ``path`` is a new name or an existing regular file that is not
    one of the ``protect``-ed databases (nor its ``-wal``, ``-shm`` or ``-journal``).

    Every save goes through here (:func:`open_atomically` calls it), so no export replaces a device node
    with a regular file (``-o /dev/null`` as root) or the database it was read from (``-o show.db``).
    Only ``stat`` is used, never ``open``: opening and closing the database file in this process would
    drop SQLite's POSIX locks on it.
    """
    try:
        found = os.stat(path)  # follows links: a link to a device is a device
    except FileNotFoundError:
        found = None
    except OSError as error:
        raise UnsafeTarget(
            path, QT_TRANSLATE_NOOP("Files", "it cannot be examined ({reason})").format(reason=error.strerror)
        ) from None
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise UnsafeTarget(path, not_a_file_reason(found.st_mode))
    real = os.path.realpath(path)
    for database in protect:
        for suffix in DATABASE_COMPANIONS:
            companion = f"{database}{suffix}"
            if real == os.path.realpath(companion) or (found is not None and _same_file(found, companion)):
                if not suffix:
                    said = QT_TRANSLATE_NOOP("Files", "it is the database in use ({database})")
                else:
                    said = QT_TRANSLATE_NOOP("Files", "it is the database's {suffix} file ({database})")
                raise UnsafeTarget(path, said.format(suffix=suffix[1:], database=database))


def _same_file(found: os.stat_result, other: str) -> bool:
    """The same file by device and inode (a hard link, another spelling of the path)."""
    try:
        theirs = os.stat(other)
    except OSError:
        return False
    return (found.st_dev, found.st_ino) == (theirs.st_dev, theirs.st_ino)


def write_atomically(
    path: str | Path, data: str | bytes, *, encoding: str = "utf-8", protect: Iterable[str | Path] = ()
) -> None:
    """Write ``data`` (text encoded as given, line endings untouched) to ``path``, all or nothing.

    Text is encoded before the folder is touched, so a character the encoding cannot hold changes nothing.
    ``protect``: databases the write must never replace (see :func:`check_output_target`).
    """
    payload = data.encode(encoding) if isinstance(data, str) else data
    with open_atomically(path, protect=protect) as handle:
        handle.write(payload)


@contextlib.contextmanager
def open_atomically(path: str | Path, *, protect: Iterable[str | Path] = ()) -> Iterator[BinaryIO]:
    """A binary handle whose content becomes ``path`` when the block ends without an exception.

    If the block raises (a value that fails to serialise halfway) or the write fails (disk full, the target
    is a folder), the old file stays as it was and the temporary file is removed. An existing file keeps
    its permissions; a symbolic link keeps pointing where it did and its target gets the new content.
    A target :func:`check_output_target` refuses raises :class:`UnsafeTarget` before anything is written.
    """
    check_output_target(path, protect=protect)
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
    sync_folder(target.parent)


def temporary_name(target: Path) -> Path:
    """A fresh hidden name beside ``target`` (same folder, so a rename into place is atomic)."""
    return target.with_name(f".{target.name}.{os.urandom(4).hex()}.part")


def _create_beside(target: Path) -> tuple[Path, BinaryIO]:
    """A new, uniquely named hidden file in ``target``'s folder, created with the usual (umask) mode."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = temporary_name(target)
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


def sync_folder(folder: Path) -> None:
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


# Non-blocking (a FIFO with no writer blocks a plain open for ever), never a controlling terminal.
_READ_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
)


class NotARegularFile(OSError):
    """The path is a folder, a FIFO, a device or a socket: reading it could block for ever or never end.

    ``reason`` says which ("it is a pipe (FIFO)"), from the opened descriptor itself."""

    def __init__(self, path: str | Path, reason: Text) -> None:
        super().__init__(f"{path}: {reason}, not a regular file")
        self.path, self.reason = str(path), reason

    def said(self) -> Message:
        return QT_TRANSLATE_NOOP("Files", "{path}: {reason}, not a regular file").format(
            path=self.path, reason=self.reason
        )


def open_regular_file(path: str | Path) -> BinaryIO:
    """A binary handle on the regular file at ``path``, for a reader that streams (a zip bundle).

    Opened without blocking, so a FIFO (which would wait for a writer for ever) or a device (``/dev/zero``
    never ends; ``st_size`` says 0) is refused with :class:`NotARegularFile` before a byte is read.
    """
    descriptor = os.open(path, _READ_FLAGS)
    try:
        mode = os.fstat(descriptor).st_mode  # of what was opened: a file swapped since a check is caught
        if not stat.S_ISREG(mode):
            raise NotARegularFile(path, not_a_file_reason(mode))
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular_file(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them (more raises ``OverflowError``).

    See :func:`open_regular_file`: a FIFO or a device is refused before a byte is read, and the read itself
    stops one byte past the limit whatever ``st_size`` claimed.
    """
    with open_regular_file(path) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OverflowError(f"{path}: larger than {limit:,} bytes")
    return data
