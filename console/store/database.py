"""Opening the database file: checks first, a backup before any migration, then durable settings.

A file that is not a Cicerone database, is corrupt, or was written by a newer
Cicerone is refused with a :class:`DatabaseError` and never modified: every
check opens it read-only. A database that cannot be written here (its file,
folder or disk is read-only) opens as a :class:`ReadOnlyDatabase` that says why.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from console.errors import DatabaseError
from console.messages import QT_TRANSLATE_NOOP, Text
from console.settings import data_dir
from console.store.connection import Database, Params
from console.store.notes_search import require_full_text_search
from console.store.schema import MIGRATION_SET, apply_migrations, known_migration_names
from console.store.sqlite_files import (
    BUSY_TIMEOUT_MS,
    connect_read_only,
    copy_file_into_place,
    fsync_file,
    place_new,
    read_only_reason,
    reason_of,
    temporary_beside,
)


def demo_db_path() -> Path:
    """The demo's own database, so a demo never mixes with real shows."""
    return data_dir() / "demo.db"


def chosen_db_path(db: str | Path | None, *, demo: bool = False) -> Path:
    """The database of the global options, the same for the window and every command: ``--demo`` means the
    demo database, else ``--db``, else the default."""
    if demo:
        return demo_db_path()
    return Path(db) if db else default_db_path()


def default_db_path() -> Path:
    """``CICERONE_DB`` if set, else ``cicerone.db`` in the data folder (``CICERONE_DATA_DIR`` moves it)."""
    override = os.environ.get("CICERONE_DB")
    return Path(override) if override else data_dir() / "cicerone.db"


class ReadOnlyWrite(DatabaseError, sqlite3.OperationalError):
    """A write tried on a read-only database: a known condition with its reason (exit 2 on the command
    line), and still an ``sqlite3.Error`` to code that guards its writes against storage failures."""


class ReadOnlyDatabase(Database):
    """A database this console can read but not write (the file, its folder or its disk is read-only):
    lists and exports work; a show cannot run on it. ``reason`` says why, for the banner."""

    def __init__(self, conn: sqlite3.Connection, reason: Text, path: Path) -> None:
        super().__init__(conn)
        self.reason = reason
        self.path = path

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        with self._writes_refused():
            return super().execute(sql, params)

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        with self._writes_refused():
            return super().insert(table, row)

    def insert_all(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        with self._writes_refused():
            super().insert_all(table, rows)

    @contextlib.contextmanager
    def _writes_refused(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as error:
            if "readonly" not in str(error):
                raise
            raise ReadOnlyWrite(
                QT_TRANSLATE_NOOP("Storage", "{path}: read-only ({reason}); nothing was changed").format(
                    path=self.path, reason=self.reason
                )
            ) from None


def open_database(path: str | Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``; read-only if it cannot be written."""
    path = Path(path)
    # The notes' index is in the schema: without FTS5 trigrams, every note written would fail in its trigger.
    require_full_text_search(path)
    if _existing_size(path) == 0:
        _create(path)
    applied = inspect_database(path)
    pending = known_migration_names() - applied
    read_only = read_only_reason(path)
    if read_only is not None:
        if pending:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "{path}: read-only ({read_only}), and this Cicerone must update its "
                    "schema first: open it once where it can be written",
                ).format(path=path, read_only=read_only)
            )
        return ReadOnlyDatabase(connect_read_only(path), read_only, path)
    if applied and pending:
        _backup(path)
    try:
        db = _connect(path)
        if pending:
            apply_migrations(db)
    except sqlite3.Error as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{path}: cannot open the database ({error})").format(
                path=path, error=error
            )
        ) from None
    return db


def _existing_size(path: Path) -> int:
    """The size of the database file at ``path`` (0: none yet). Anything but a regular file is refused before
    SQLite or a rename could touch it: a database "created" over /dev/null or a FIFO would replace it."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return 0
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{path}: cannot read the database ({strerror})").format(
                path=path, strerror=error.strerror
            )
        ) from None
    if not stat.S_ISREG(status.st_mode):
        kind = "a folder" if stat.S_ISDIR(status.st_mode) else "a device, a pipe or a socket"
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{path}: not a database file ({kind})").format(path=path, kind=kind)
        )
    return status.st_size


def _connect(path: Path) -> Database:
    db = Database(sqlite3.connect(str(path)))
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode=WAL")
    # FULL: a note is on disk, WAL included, before the UI says it is saved.
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    return db


def _create(path: Path) -> None:
    """A new database, migrated in full under a temporary name beside ``path`` and only then renamed into
    place: a start that fails half-way (a full disk) leaves no half-made file for later starts to refuse."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Storage", "{path}: cannot create the folder for the database ({strerror})"
            ).format(path=path, strerror=error.strerror)
        ) from None
    try:
        with temporary_beside(path) as temporary:
            db = Database(sqlite3.connect(temporary))
            try:
                db.execute("PRAGMA synchronous=FULL")
                apply_migrations(db)
            finally:
                db.close()
            fsync_file(temporary)
            place_new(temporary, path)
    except (sqlite3.Error, OSError) as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Storage", "{path}: cannot create the database ({reason}); nothing was written"
            ).format(path=path, reason=reason_of(error))
        ) from None


def inspect_database(
    path: Path, *, check: Literal["quick_check", "integrity_check"] = "quick_check"
) -> set[str]:
    """The applied Cicerone migrations of an existing file, read without writing to it.

    Refuses (:class:`DatabaseError`) a file that is not SQLite, is damaged (``check``: SQLite's
    ``quick_check``, or the slower, thorough ``integrity_check``), holds other tables, or was written by a
    newer Cicerone. An SQLite file with no tables at all gives an empty set."""
    # Only ever read through SQLite: in a console that has the database open, a plain open() and close() of
    # the file (to read its header, say) would cancel every POSIX lock the process holds on it (SQLite's
    # "How To Corrupt" trap); SQLite's own connections share the locks and defer such closes.
    try:
        conn = connect_read_only(path)
        try:
            result = conn.execute(f"PRAGMA {check}").fetchone()
            if result is None or result[0] != "ok":
                raise DatabaseError(
                    QT_TRANSLATE_NOOP("Storage", "{path}: the database is damaged ({answer})").format(
                        path=path, answer=result[0] if result else "no answer"
                    )
                )
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return set()
            if "_sqlite_migrations" not in tables:
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "Storage", "{path}: not a Cicerone database (it holds other tables)"
                    ).format(path=path)
                )
            applied = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
                )
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Storage", "{path}: not a Cicerone database (this file is not SQLite at all)"
                ).format(path=path)
            ) from None
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{path}: the database is damaged or not SQLite ({error})").format(
                path=path, error=error
            )
        ) from None
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{path}: cannot read the database ({strerror})").format(
                path=path, strerror=error.strerror
            )
        ) from None
    if not applied:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{path}: not a Cicerone database (it holds other tables)").format(
                path=path
            )
        )
    unknown = applied - known_migration_names()
    if unknown:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Storage", "{path}: written by a newer Cicerone (schema {versions}); update Cicerone"
            ).format(path=path, versions=", ".join(sorted(unknown)))
        )
    return applied


def _backup(path: Path) -> Path:
    """Copy the whole file, WAL included, with SQLite's online backup before migrating. A copy that cannot
    be written stops the migration, with the database untouched and no partial ``.bak`` left."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-migration-{stamp}.bak")
    try:
        copy_file_into_place(path, target)
    except (sqlite3.Error, OSError) as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{path}: cannot write the backup this Cicerone makes before updating the "
                "database's schema ({name}: {reason}); the database was not changed. "
                "Free some space and start again.",
            ).format(path=path, name=target.name, reason=reason_of(error))
        ) from None
    return target
