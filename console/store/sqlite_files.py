"""SQLite files made all or nothing: built under a temporary name beside their place, then put there.

A new database, a pre-migration backup and a show backup are each written whole (by SQLite, which needs a
path, not a handle: so :func:`console.files.open_atomically` does not fit) under a hidden ``.NAME.XXXX.part``
name in the target's folder, fsynced, and only then renamed into place. A full disk or a pulled USB stick
half-way leaves nothing behind: no half-made database that later starts refuse, no 0-byte ``.bak``.

Reading goes through :func:`connect_read_only`, which also opens a database whose folder or file system is
read-only (where SQLite cannot make the ``-shm`` file a WAL database needs).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

from console.errors import DatabaseError
from console.files import sync_folder, temporary_name
from console.messages import QT_TRANSLATE_NOOP, Message
from console.store.connection import Database

# The GUI thread never waits longer than this for another process's lock (issue 11, item 7): retries, if
# any, are the caller's business.
BUSY_TIMEOUT_MS = 100
_SIDE_FILES = ("", "-journal", "-wal", "-shm")


@contextlib.contextmanager
def temporary_beside(target: Path) -> Iterator[Path]:
    """A fresh hidden name in ``target``'s folder; whatever is left under it (and SQLite's journal files
    beside it) is removed when the block ends, so a failure half-way leaves the folder as it was."""
    temporary = temporary_name(target)
    try:
        yield temporary
    finally:
        for suffix in _SIDE_FILES:
            with contextlib.suppress(OSError):
                os.unlink(f"{temporary}{suffix}")


def copy_into_place(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of ``source`` (SQLite's online backup, one step: one read transaction, WAL
    content included) written to ``target`` all or nothing. Raises ``sqlite3.Error`` or ``OSError``."""
    with temporary_beside(target) as temporary:
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)
            # One self-contained file: reading a copy in WAL mode would leave -wal and -shm beside it.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        fsync_file(temporary)
        os.replace(temporary, target)
    sync_folder(target.parent)


def copy_file_into_place(source: Path, target: Path) -> None:
    """:func:`copy_into_place` from the database file at ``source``, through a read-only connection."""
    conn = connect_read_only(source)
    try:
        copy_into_place(conn, target)
    finally:
        conn.close()


def place_new(temporary: Path, target: Path) -> None:
    """Put a finished new file in place without ever overwriting a database another process created
    meanwhile (a hard link fails if the name exists); an empty file there is replaced."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        existing = os.lstat(target)
        if stat.S_ISREG(existing.st_mode) and existing.st_size == 0:  # never a device, a pipe or a link
            os.replace(temporary, target)
        # else: another start made it first; the caller opens (and checks) that one.
    except OSError:  # no hard links on this file system (FAT on a USB stick, some shares)
        os.replace(temporary, target)
    sync_folder(target.parent)


def fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def read_only_reason(path: Path) -> Message | None:
    """Why the database at ``path`` can only be read here, or None when it can be written.

    SQLite writes beside the file too (``-wal`` and ``-shm``), so a folder that cannot be written makes the
    database read-only as surely as the file's own permissions."""
    folder = path.parent
    if _read_only_file_system(folder):
        return QT_TRANSLATE_NOOP("Storage", "the file system it is on is read-only")
    if not os.access(path, os.W_OK):
        return QT_TRANSLATE_NOOP("Storage", "the file is not writable by this user")
    if not os.access(folder, os.W_OK):
        return QT_TRANSLATE_NOOP(
            "Storage", "its folder is not writable by this user (SQLite keeps its -wal and -shm files there)"
        )
    return None


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read, also where SQLite cannot make the WAL index (``-shm``): in a
    read-only folder the file is then read as immutable, which is true there as long as it stays so."""
    uri = path.resolve().as_uri()
    if not Path(f"{path}-wal").exists():
        # Nothing is waiting in a WAL, so the file alone is the database: read it as immutable, which makes
        # SQLite create no -wal and -shm beside a file it may be about to refuse (not ours, newer, damaged).
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK) and not _read_only_file_system(path.parent):
            raise
    conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def _read_only_file_system(folder: Path) -> bool:
    try:  # no statvfs on Windows
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_busy(error: sqlite3.Error) -> bool:
    """Another connection holds the database's write lock (SQLITE_BUSY or SQLITE_LOCKED, any variant)."""
    code = _primary_code(error)
    if code is not None:
        return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


def is_read_only(error: sqlite3.Error) -> bool:
    """The database (its file, folder or disk, or the connection itself) refuses writes."""
    code = _primary_code(error)
    if code is not None:
        return code == sqlite3.SQLITE_READONLY
    return "readonly" in str(error).replace(" ", "")


def is_disk_full(error: sqlite3.Error) -> bool:
    code = _primary_code(error)
    return code == sqlite3.SQLITE_FULL or "disk is full" in str(error)


def reason_of(error: sqlite3.Error | OSError) -> str:
    """The words of a failed write fit for a message: the OS's own for an ``OSError``, SQLite's otherwise."""
    return error.strerror if isinstance(error, OSError) and error.strerror else str(error)


@contextlib.contextmanager
def reading(path: Path) -> Iterator[Database]:
    """A read-only connection to ``path`` for one piece of work off the GUI thread, closed after it; SQLite's
    failure (the file gone, locked, damaged) becomes a :class:`DatabaseError` that says so."""
    conn: sqlite3.Connection | None = None
    try:
        conn = connect_read_only(path)
        yield Database(conn)
    except sqlite3.Error as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{path}: cannot read the database ({error})").format(
                path=path, error=error
            )
        ) from None
    finally:
        if conn is not None:
            conn.close()
