"""Keeping SQLite's locks on the live database, and taking them back if something in the process drops them.

In WAL mode a connection holds, for as long as it is open, a POSIX read lock on the database file and
one on its ``-shm`` file. Those locks are what tells another process that the database is in use: one
that finds none checkpoints the WAL when it closes and deletes ``-wal`` and ``-shm``, while this process
goes on writing into the deleted files (lost at the next crash). POSIX drops all of a process's locks on
a file as soon as *any* descriptor of it is closed in that process, so one open()+close() of the
database file anywhere (a file dialog sniffing its content, a careless import) ends them silently.

Two defences here, both Linux-only (``/proc/locks``, open file description locks):

- :class:`LockGuard` holds its own *open file description* (OFD) read locks on the same bytes. OFD
  locks belong to the guard's descriptor, not to the process, so a close() elsewhere cannot drop them:
  while the guard holds, no other process can checkpoint-and-delete the WAL or reset the ``-shm``.
- :class:`LockWatch` (polled by the app) sees in ``/proc/locks`` that the process lost SQLite's own
  locks and replaces the connection with a fresh one, which takes them again. If the WAL was deleted
  and restarted by another process meanwhile, the old connection still sees everything it wrote: that
  is copied out first (backup API), the old connection is closed without a checkpoint (a checkpoint
  through it would write stale pages over the new database), and its rows are merged into the file.

Lock bytes are SQLite's (``os_unix.c``): the database's SHARED range, and the ``-shm`` "dead man switch".
"""

from __future__ import annotations

import logging
import os
import sqlite3
import struct
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from console.messages import QT_TRANSLATE_NOOP, Message
from console.store.connection import Database
from console.store.row_merge import merge_rows

if (
    sys.platform == "linux"
):  # the only system with both /proc/locks and OFD locks; elsewhere nothing here runs
    import fcntl

log = logging.getLogger(__name__)

PROC_LOCKS = Path("/proc/locks")
PENDING_BYTE = 0x40000000
SHARED_FIRST, SHARED_SIZE = PENDING_BYTE + 2, 510  # a reader's lock on the database file
SHM_DMS_BYTE = 128  # UNIX_SHM_BASE (120) + SQLITE_SHM_NLOCK (8): held by every connection using the -shm
COPIED_SETTINGS = ("synchronous", "foreign_keys", "busy_timeout")


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def locks_observable() -> bool:
    """Whether this system shows its locks (Linux ``/proc/locks``) and has OFD locks."""
    return sys.platform == "linux" and PROC_LOCKS.exists()


def locked_files(paths: Iterable[Path], pid: int | None = None) -> set[Path]:
    """Those of ``paths`` on which process ``pid`` (this one by default) holds a POSIX lock now."""
    pid = os.getpid() if pid is None else pid
    by_identity: dict[tuple[int, int, int], Path] = {}
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            continue
        by_identity[(os.major(info.st_dev), os.minor(info.st_dev), info.st_ino)] = path
    held = set()
    for line in PROC_LOCKS.read_text().splitlines():
        # "1: POSIX  ADVISORY  READ 7121 08:01:1234 1073741826 1073742335" ("->" marks a waiting lock)
        fields = line.split()
        if len(fields) < 6 or fields[1] == "->" or fields[1] != "POSIX" or fields[4] != str(pid):
            continue
        major, minor, inode = fields[5].split(":")
        found = by_identity.get((int(major, 16), int(minor, 16), int(inode)))
        if found is not None:
            held.add(found)
    return held


def locks_held(path: Path, pid: int | None = None) -> bool:
    """Whether ``pid`` holds SQLite's locks on the WAL database at ``path``: the file's and the -shm's."""
    wanted = {path, side_file(path, "-shm")}
    return locked_files(wanted, pid) == wanted


def database_path(db: Database) -> Path | None:
    """The file behind ``db``'s main database (None in memory)."""
    for row in db.query("PRAGMA database_list"):
        if row["name"] == "main":
            file = str(row["file"])
            return Path(file) if file else None
    return None


class LockGuard:
    """OFD read locks on the database's SHARED bytes and the -shm's switch, which no close() elsewhere drops.

    Held, they keep another process from ever finding the database unused. :meth:`release` before the
    connection closes, or its own final checkpoint is refused (harmless, but the WAL stays on disk).
    """

    def __init__(self, path: Path) -> None:
        self._held: list[tuple[int, int, int]] = []  # descriptor, first byte, length
        try:
            for file, start, length in (
                (path, SHARED_FIRST, SHARED_SIZE),
                (side_file(path, "-shm"), SHM_DMS_BYTE, 1),
            ):
                descriptor = os.open(file, os.O_RDONLY | os.O_CLOEXEC)
                self._held.append((descriptor, start, length))
                _ofd_lock(descriptor, fcntl.F_RDLCK, start, length)
        except OSError:
            self.close()
            raise

    def release(self) -> None:
        """Unlock without closing (closing a descriptor now would drop the connection's POSIX locks)."""
        for descriptor, start, length in self._held:
            _ofd_lock(descriptor, fcntl.F_UNLCK, start, length)

    def close(self) -> None:
        """Close the descriptors, only while no connection of ours is open (see :meth:`release`)."""
        while self._held:
            os.close(self._held.pop()[0])


def _ofd_lock(descriptor: int, kind: int, start: int, length: int) -> None:
    # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for OFD locks)
    fcntl.fcntl(descriptor, fcntl.F_OFD_SETLK, struct.pack("hhqqi", kind, os.SEEK_SET, start, length, 0))


@contextmanager
def _no_checkpoint_on_close(path: Path) -> Iterator[None]:
    """While open: a connection closing cannot take the EXCLUSIVE lock, so it neither checkpoints nor deletes.

    An OFD lock conflicts with this process's own POSIX locks, which is the point.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        _ofd_lock(descriptor, fcntl.F_RDLCK, SHARED_FIRST, SHARED_SIZE)
        yield
    finally:
        os.close(descriptor)  # nothing of ours is locked on the file in between: the old connection is gone


@dataclass(frozen=True)
class Recovery:
    """What the watchdog did, for the log and the banner."""

    wal_replaced: bool
    rows_restored: int
    problem: str | None = None  # the recovery failed: why

    def text(self) -> Message:
        """What happened, as a banner says it (a Message: the window translates it, the log keeps English)."""
        if self.problem is not None:
            return QT_TRANSLATE_NOOP(
                "LockWatch",
                "The database had lost its lock against other programs (something in the console opened and "
                "closed the file). Reopening it failed ({problem}): end the show and restart the console.",
            ).format(problem=self.problem)
        if self.wal_replaced:
            return QT_TRANSLATE_NOOP(
                "LockWatch",
                "The database had lost its lock against other programs (something in the console opened and "
                "closed the file). It was reopened at once and another program had restarted its journal, "
                "so the {rows} rows written since were copied back into the file. Nothing was lost.",
            ).format(rows=self.rows_restored)
        return QT_TRANSLATE_NOOP(
            "LockWatch",
            "The database had lost its lock against other programs (something in the console opened and "
            "closed the file). It was reopened at once and no other program had touched it meanwhile. "
            "Nothing was lost.",
        )


class LockWatch:
    """Checks (:meth:`check`, polled by the app) that the process still holds SQLite's locks, and recovers."""

    def __init__(self, db: Database, path: Path, *, guard: bool = True) -> None:
        self.db = db
        self.path = path
        # A WAL connection opens its -wal and -shm (and takes its locks) at its first read: a database just
        # built and renamed into place has not been read through this connection yet.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self._identity = self._side_identity()
        self._guard = self._take_guard() if guard else None
        self._gave_up = False

    @classmethod
    def for_database(cls, db: Database) -> LockWatch | None:
        """A watch on ``db``, or None where locks cannot be seen or the database is not a WAL file."""
        path = database_path(db)
        if not locks_observable() or path is None or _journal_mode(db.conn) != "wal":
            return None
        return cls(db, path)

    def check(self) -> Recovery | None:
        """None while the locks are held (or a transaction is open: the next check will see); else recover."""
        if self._gave_up or self.db.conn.in_transaction or locks_held(self.path):
            return None
        log.error("%s: this process lost its SQLite locks on the database; reopening it", self.path)
        try:
            recovery = self._recover()
        except (sqlite3.Error, OSError) as error:
            log.exception("%s: could not reopen the database", self.path)
            recovery = Recovery(wal_replaced=False, rows_restored=0, problem=str(error))
            self._gave_up = True  # said once; the connection may be closed now, checking it again would raise
        log.warning("%s: %s", self.path, recovery.text())
        return recovery

    def release(self) -> None:
        """Just before the database closes: its last connection may then checkpoint and tidy up as usual."""
        if self._guard is not None:
            self._guard.release()

    def closed(self) -> None:
        """Once the database is closed: the guard's descriptors go, unless the file is still in use here.

        Another connection of this process on the same file (a second console in one test process)
        would lose its locks to that close: then the unlocked descriptors stay open until the process ends.
        """
        if self._guard is not None and not locked_files([self.path]):
            self._guard.close()
        self._guard = None

    def _take_guard(self) -> LockGuard | None:
        try:
            return LockGuard(self.path)
        except OSError as error:
            log.warning("%s: cannot hold a guard lock (%s); the watchdog still checks", self.path, error)
            return None

    def _side_identity(self) -> tuple[tuple[int, int] | None, ...]:
        """The -wal and -shm this connection uses: another process deleting them changes their inodes."""
        identity: list[tuple[int, int] | None] = []
        for suffix in ("-wal", "-shm"):
            try:
                info = side_file(self.path, suffix).stat()
                identity.append((info.st_dev, info.st_ino))
            except OSError:
                identity.append(None)
        return tuple(identity)

    def _recover(self) -> Recovery:
        old = self.db.conn
        settings = {name: int(old.execute(f"PRAGMA {name}").fetchone()[0]) for name in COPIED_SETTINGS}
        replaced = self._side_identity() != self._identity
        restored = 0
        with tempfile.TemporaryDirectory(prefix="cicerone-rescue-") as folder:
            rescue = Path(folder) / "rescue.db"
            if replaced:
                copy = sqlite3.connect(rescue)
                old.backup(copy)  # what the old connection sees: everything it wrote
                copy.close()
            with _no_checkpoint_on_close(self.path):
                # Its WAL may no longer be the file's: a checkpoint through it would write stale pages.
                old.close()
                if self._guard is not None:  # its -shm may be a deleted one: a new guard comes below
                    self._guard.close()
                    self._guard = None
            fresh = sqlite3.connect(str(self.path), isolation_level=None)
            for name, value in settings.items():
                fresh.execute(f"PRAGMA {name}={value}")
            if replaced:
                restored = merge_rows(fresh, rescue)
            fresh.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a read takes the locks again
        self.db.replace_connection(fresh)
        self._identity = self._side_identity()
        self._guard = self._take_guard()
        return Recovery(wal_replaced=replaced, rows_restored=restored)


def _journal_mode(conn: sqlite3.Connection) -> str:
    return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
