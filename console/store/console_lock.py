"""One console per database: an OS lock on a file beside it, held for the console's whole life.

Two consoles on one database would both drive the same show (the second would offer the first one's live
show as "resumable"). The console that starts first takes an exclusive, non-blocking ``flock`` (a byte lock
through ``msvcrt`` on Windows) on ``NAME.console-lock`` beside the database; a second one finds it taken and
only reads. The kernel drops the lock when the process ends in any way, ``kill -9`` and power cuts included,
so a show whose console died is resumable at once: there is no stale lock file to clean up.

``flock`` locks belong to the open file, not the process, so nothing else in the process (a file dialog that
opens and closes files beside the database) can cancel it, unlike SQLite's POSIX locks (issue 11, item 1).

Where the database's folder cannot be written (a read-only share), the lock file lives in the data folder
instead, named from a hash of the database's real path, so every console of this user still meets there.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from console.errors import DatabaseError
from console.messages import QT_TRANSLATE_NOOP, Text
from console.settings import data_dir

# On Windows the byte locked is far past the text (the holder's process id), so others can still read it.
_WINDOWS_LOCK_OFFSET = 1 << 20


class DatabaseInUse(DatabaseError):
    """Another running console holds the database."""


class ConsoleLock:
    """The held lock; :meth:`release` (or the process's end, however it ends) lets another console in."""

    def __init__(self, path: Path, descriptor: int) -> None:
        self.path = path
        self._descriptor: int | None = descriptor

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def release(self) -> None:
        """Idempotent. The lock file stays: removing it would let two consoles lock two different files."""
        if self._descriptor is not None:
            os.close(self._descriptor)  # closing the last descriptor of the open file drops the lock
            self._descriptor = None


def lock_paths(db_path: Path) -> tuple[Path, Path]:
    """Beside the database, and the data folder's fallback for a database in a folder we cannot write."""
    real = Path(os.path.realpath(db_path))
    return _beside_path(real), _fallback_path(real)


def _beside_path(real: Path) -> Path:
    return real.with_name(f"{real.name}.console-lock")


def _fallback_path(real: Path) -> Path:
    import hashlib  # only here: OpenSSL's load costs the console's start a few milliseconds

    digest = hashlib.sha256(str(real).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return data_dir() / "locks" / f"{digest}.console-lock"


def acquire_console_lock(db_path: Path) -> ConsoleLock:
    """Take the lock for ``db_path`` or raise :class:`DatabaseInUse` saying who holds it.

    Raises a plain :class:`DatabaseError` only when no lock file can be made anywhere."""
    real = Path(os.path.realpath(db_path))
    problems = []
    for where in (_beside_path, _fallback_path):  # the fallback's path is only worked out if needed
        path = where(real)
        try:
            descriptor, writable = _open(path)
        except OSError as error:
            problems.append(f"{path}: {error.strerror}")
            continue
        if not _try_lock(descriptor):
            holder = _holder(path)
            os.close(descriptor)
            raise DatabaseInUse(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "{db_path}: another Cicerone console has this database open{holder}. "
                    "Only one console at a time can run a show on it: close the other one "
                    "first.",
                ).format(db_path=db_path, holder=holder)
            )
        if writable:
            _write_holder(descriptor)
        return ConsoleLock(path, descriptor)
    raise DatabaseError(
        QT_TRANSLATE_NOOP("Storage", "{db_path}: cannot make a console lock file ({problems})").format(
            db_path=db_path, problems="; ".join(problems)
        )
    )


def _open(path: Path) -> tuple[int, bool]:
    """The lock file opened for writing (so the holder can say who it is), else for reading if it exists
    (a lock file another user made): ``flock`` works on either."""
    binary = getattr(os, "O_BINARY", 0)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT | binary, 0o666), True
    except OSError:
        if not path.exists():
            raise
        return os.open(path, os.O_RDONLY | binary), False


def _try_lock(descriptor: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _write_holder(descriptor: int) -> None:
    """Who holds the lock, for the other console's message (best effort: the lock is what counts)."""
    import socket  # only here: the console's start path stays light

    with contextlib.suppress(OSError):
        os.ftruncate(descriptor, 0)
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, f"{os.getpid()} {socket.gethostname()}\n".encode())


def _holder(path: Path) -> Text:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").split()
    except OSError:
        return ""
    if len(text) >= 2 and text[0].isdigit():
        return QT_TRANSLATE_NOOP("Storage", " (process {process} on {host})").format(
            process=text[0], host=text[1]
        )
    return ""
