"""Dropping the open database itself onto a stop's picture area is refused without reading it: a read
(open and close) of the file in this process would drop SQLite's locks on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from console.ui.file_dialogs import protect_database
from console.ui.prepare import PrepareView


def test_the_open_database_dropped_as_a_picture_is_refused_unread(
    qtbot: QtBot, view: PrepareView, db_path: Path, assert_db_locks_held: Callable[..., None]
) -> None:
    protect_database(db_path)
    view.select_row(0)
    assert_db_locks_held(db_path)
    for name in (db_path, Path(f"{db_path}-wal")):
        with qtbot.waitSignal(view.form.problem, timeout=2000) as blocker:
            view.form.image.offer_file(name)
        assert "open database" in str(blocker.args[0])
        assert_db_locks_held(db_path)
