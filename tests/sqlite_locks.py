"""The lock check for every test of a dialog, a preview or a new file path: is the database still locked?

SQLite's locks are POSIX locks, which any open()+close() of the database file in the process drops
(see ``console/store/lock_watch.py``). A feature that reads, lists, previews or writes files in the
console's process proves it leaves them alone like this::

    def test_my_dialog(assert_db_locks_held, console, db_path):
        ...run the dialog in db_path's folder (answer_file_dialog below drives Qt's modal ones)...
        assert_db_locks_held(db_path)

The check reads ``/proc/locks`` (Linux); elsewhere the fixture skips the test.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from console.store.lock_watch import locked_files, locks_observable, side_file

LINGER_MS = 400  # after the folder is listed: icons are drawn and details fetched in that time


def missing_locks(db_path: Path, pid: int | None = None) -> list[str]:
    """The database's files (itself, -shm) on which process ``pid`` (this one) holds no lock."""
    wanted = [db_path, side_file(db_path, "-shm")]
    held = locked_files(wanted, pid)
    return [path.name for path in wanted if path not in held]


@pytest.fixture
def assert_db_locks_held() -> Callable[..., None]:
    """``check(db_path, pid=None)`` fails naming each file of the database that lost its lock."""
    if not locks_observable():
        pytest.skip("locks are read from /proc/locks (Linux)")

    def check(db_path: Path, pid: int | None = None) -> None:
        lost = missing_locks(Path(db_path), pid)
        assert not lost, f"process {pid or os.getpid()} holds no SQLite lock on {', '.join(lost)}"

    return check


def open_file_dialog() -> QFileDialog | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None
    )


def listed_names(dialog: QFileDialog, folder: Path) -> set[str]:
    """What the dialog's file system model has read of ``folder`` (the view may hide some of it)."""
    model = dialog.findChild(QFileSystemModel)
    if model is None:
        return set()
    parent = model.index(str(folder))
    return {model.fileName(model.index(row, 0, parent)) for row in range(model.rowCount(parent))}


def answer_file_dialog(
    folder: Path,
    *,
    expect: str,
    choose: str | None = None,
    done: Callable[[set[str]], None] | None = None,
) -> None:
    """Once the next file dialog has listed ``folder`` (``expect`` in it), choose ``choose`` or cancel.

    Works for modal dialogs (``exec``): call it before the action that opens one. ``done`` gets the
    names the dialog had listed, so a test knows the dialog really looked at the folder.
    """

    def poll() -> None:
        dialog = open_file_dialog()
        if dialog is not None and Path(dialog.directory().absolutePath()) != folder:
            dialog.setDirectory(str(folder))  # Qt reopens the folder seen last: go where the user would
        if dialog is None or expect not in listed_names(dialog, folder):
            QTimer.singleShot(50, poll)
            return
        QTimer.singleShot(LINGER_MS, lambda: finish(dialog))

    def finish(dialog: QFileDialog) -> None:
        names = listed_names(dialog, folder)
        if choose is None:
            dialog.reject()
        else:
            dialog.selectFile(str(folder / choose))
            dialog.accept()
        if done is not None:
            done(names)

    QTimer.singleShot(50, poll)
