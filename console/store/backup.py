"""Backups a producer can count on: consistent copies, dated, the last 20 kept; and restoring one safely.

A backup is SQLite's online backup through a read-only connection of its own, so it is consistent (one read
transaction, WAL content included) and can be made while a console runs a show on the same file. It is
written all or nothing (see :mod:`console.store.sqlite_files`): a USB stick pulled half-way leaves no
partial copy, and a partial copy is never counted among the 20 kept.

Restoring checks the copy thoroughly first (SQLite's ``integrity_check``; a Cicerone database of a schema
this Cicerone knows), refuses while a console holds the database, keeps the replaced file under a dated
name, and swaps the new one in with one rename.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
import time
from pathlib import Path

from console.errors import DatabaseError
from console.files import UnsafeTarget, check_output_target, not_a_file_reason, sync_folder
from console.messages import QT_TRANSLATE_NOOP
from console.settings import data_dir
from console.store.console_lock import acquire_console_lock
from console.store.database import inspect_database
from console.store.sqlite_files import copy_file_into_place, reason_of

KEEP = 20
_STAMP = "%Y%m%d-%H%M%S"


def backup_folder(setting: str) -> Path:
    """The ``backup_dir`` setting (a USB stick, a network share), else ``backups`` in the data folder."""
    return Path(setting).expanduser() if setting else data_dir() / "backups"


def back_up(db_path: Path, target: Path) -> Path:
    """A consistent copy of the database at ``db_path`` written to ``target`` (all or nothing)."""
    if not db_path.is_file():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{db_path}: no database here to back up").format(db_path=db_path)
        )
    inspect_database(db_path)  # ours, not damaged, not newer: a backup of junk would mislead later
    try:
        check_output_target(target, protect=[db_path])  # never the database, its -wal or -shm, a device
    except UnsafeTarget as refused:
        raise DatabaseError(str(refused)) from None
    try:
        copy_file_into_place(db_path, target)
    except (sqlite3.Error, OSError) as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{target}: cannot write the backup ({reason})").format(
                target=target, reason=reason_of(error)
            )
        ) from None
    return target


def back_up_into_folder(db_path: Path, setting: str = "", *, keep: int = KEEP) -> Path:
    """A dated backup in the backup folder, then all but the newest ``keep`` of this database's removed.

    The default folder is made if missing; a chosen one is not (made on the computer's own disk, it would
    hide that the USB stick or share is not there)."""
    folder = backup_folder(setting)
    if not setting:
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
    if not folder.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{folder}: the backup folder is missing (is the USB stick or network "
                "share connected?); no backup was made",
            ).format(folder=folder)
        )
    target = _free_name(folder, db_path)
    back_up(db_path, target)
    prune(folder, db_path, keep=keep)
    return target


def backups_of(folder: Path, db_path: Path) -> list[Path]:
    """This database's dated backups in ``folder``, oldest first (other files there are left alone)."""
    pattern = re.compile(
        rf"{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(_suffix(db_path))}"
    )
    found = []
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if match and entry.is_file():
            found.append(((match.group(1), int(match.group(2) or 1)), entry))
    return [path for _, path in sorted(found)]


def prune(folder: Path, db_path: Path, *, keep: int = KEEP) -> None:
    for old in backups_of(folder, db_path)[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()


def restore(db_path: Path, copy: Path) -> Path | None:
    """Put ``copy`` in place of the database at ``db_path``; return where the replaced file was kept.

    Nothing changes unless ``copy`` passes every check and no console holds the database."""
    try:
        mode = os.stat(copy).st_mode
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{copy}: cannot restore it ({strerror})").format(
                copy=copy, strerror=error.strerror
            )
        ) from None
    if not stat.S_ISREG(mode):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{copy}: cannot restore it: {reason}").format(
                copy=copy, reason=not_a_file_reason(mode)
            )
        )
    if db_path.exists() and os.path.samefile(copy, db_path):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{copy}: this is the database itself").format(copy=copy)
        )
    if not inspect_database(copy, check="integrity_check"):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Storage", "{copy}: not a Cicerone database (it holds no tables)").format(
                copy=copy
            )
        )
    lock = acquire_console_lock(db_path)  # refuses while a console has it open
    try:
        return _swap_in(db_path, copy)
    except (sqlite3.Error, OSError) as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Storage", "{db_path}: cannot restore {copy} ({reason}); nothing was changed"
            ).format(db_path=db_path, copy=copy, reason=reason_of(error))
        ) from None
    finally:
        lock.release()


def _swap_in(db_path: Path, copy: Path) -> Path | None:
    staged = db_path.with_name(f".{db_path.name}.restoring")
    copy_file_into_place(copy, staged)
    kept = None
    try:
        if db_path.exists():
            _fold_in_wal(db_path)
            kept = db_path.with_name(f"{db_path.name}.replaced-{time.strftime(_STAMP)}")
            try:
                os.link(db_path, kept)  # the old file keeps its name until the new one takes its place
            except OSError:  # no hard links here (FAT, some shares)
                os.replace(db_path, kept)
            for suffix in ("-wal", "-shm"):  # they belong to the old file: never replayed on the new one
                with contextlib.suppress(FileNotFoundError):
                    os.replace(f"{db_path}{suffix}", f"{kept}{suffix}")
        os.replace(staged, db_path)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
    sync_folder(db_path.parent)
    return kept


def _fold_in_wal(db_path: Path) -> None:
    """Checkpoint the old database so the kept file is whole without its ``-wal`` (best effort: a damaged
    database, the reason for many restores, may refuse; its ``-wal`` is then kept beside it)."""
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(str(db_path))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _free_name(folder: Path, db_path: Path) -> Path:
    stamp = time.strftime(_STAMP)
    suffix = _suffix(db_path)
    target = folder / f"{db_path.stem}-{stamp}{suffix}"
    counter = 2
    while target.exists():
        target = folder / f"{db_path.stem}-{stamp}-{counter}{suffix}"
        counter += 1
    return target


def _suffix(db_path: Path) -> str:
    return db_path.suffix or ".db"
