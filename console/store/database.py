"""Opening the database file: checks first, a backup before any migration, then durable settings.

A file that is not a Cicerone database, is corrupt, or was written by a newer
Cicerone is refused with a :class:`DatabaseError` and never modified: every
check opens it read-only.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from console.errors import DatabaseError
from console.settings import data_dir
from console.store.connection import Database
from console.store.schema import MIGRATION_SET, apply_migrations, known_migration_names

SQLITE_HEADER = b"SQLite format 3\x00"


def default_db_path() -> Path:
    """``CICERONE_DB`` if set, else ``cicerone.db`` in the data folder (``CICERONE_DATA_DIR`` moves it)."""
    override = os.environ.get("CICERONE_DB")
    return Path(override) if override else data_dir() / "cicerone.db"


def open_database(path: str | Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    path = Path(path)
    existing = path.exists() and path.stat().st_size > 0
    pending = known_migration_names()
    if existing:
        applied = _inspect(path)
        pending -= applied
        if applied and pending:
            _backup(path, applied)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(
                f"{path}: cannot create the folder for the database ({error.strerror})"
            ) from None
    try:
        db = Database(sqlite3.connect(str(path)))
        db.execute("PRAGMA journal_mode=WAL")
        # FULL: a note is on disk, WAL included, before the UI says it is saved.
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        # About 100 ms at most on the GUI thread when another program holds the write lock: the live
        # controller queues the action and retries (see console.live.controller), the window never freezes.
        db.execute("PRAGMA busy_timeout=100")
        if pending:
            apply_migrations(db)
    except sqlite3.Error as error:
        raise DatabaseError(f"{path}: cannot open the database ({error})") from None
    return db


def _inspect(path: Path) -> set[str]:
    """The applied Cicerone migrations of an existing file, read without writing to it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(f"{path}: cannot read the database ({error.strerror})") from None
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path}: not a Cicerone database (this file is not SQLite at all)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise DatabaseError(f"{path}: the database is damaged ({check[0] if check else 'no answer'})")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return set()
            if "_sqlite_migrations" not in tables:
                raise DatabaseError(f"{path}: not a Cicerone database (it holds other tables)")
            applied = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
                )
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path}: the database is damaged or not SQLite ({error})") from None
    if not applied:
        raise DatabaseError(f"{path}: not a Cicerone database (it holds other tables)")
    unknown = applied - known_migration_names()
    if unknown:
        raise DatabaseError(
            f"{path}: written by a newer Cicerone (schema {', '.join(sorted(unknown))}); update Cicerone"
        )
    return applied


def _backup(path: Path, applied: set[str]) -> Path:
    """Copy the whole file, WAL included, with SQLite's online backup before migrating."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-migration-{stamp}.bak")
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target
