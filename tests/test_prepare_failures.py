"""Prepare shows every storage failure in its message strip, and a failed write leaves the undo stack, the
window and the database in agreement. Real refusals: SQLite's query_only (a read-only database) and a lock
held by another process (a busy database)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.store import Database
from console.ui.prepare import PrepareView
from tests.helpers import LOCK_HOLDER, stored, take_lock, titles


def read_only(db: Database, on: bool = True) -> None:
    db.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


def strip(view: PrepareView) -> str:
    return view.message.text() if view.message.isVisible() else ""


def in_agreement(view: PrepareView, db_path: Path) -> None:
    """What the window holds is what is on disk."""
    assert view.space.tour is not None and view.space.tour_id is not None
    assert view.space.tour == stored(db_path, view.space.tour_id)


@pytest.mark.posix
def test_a_refused_edit_is_said_and_not_kept(qtbot: QtBot, view: PrepareView, db_path: Path) -> None:
    tour_id = view.space.tour_id
    assert tour_id is not None
    before = stored(db_path, tour_id)
    view.select_row(1)
    read_only(view.space.db)
    qtbot.keyClicks(view.form.fields["title"], "X")
    assert "could not save the change" in strip(view) and "read-only" in strip(view)
    assert view.undo_stack.count() == 0  # nothing to undo: nothing was saved
    assert stored(db_path, tour_id) == before
    in_agreement(view, db_path)
    assert view.form.fields["title"].text() == "Stop 2"  # the field shows what is saved


@pytest.mark.posix
def test_a_refused_keystroke_never_merges_into_the_saved_ones(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    view.select_row(0)
    qtbot.keyClicks(view.form.fields["title"], "a")
    read_only(view.space.db)
    qtbot.keyClicks(view.form.fields["title"], "b")
    read_only(view.space.db, False)
    assert view.undo_stack.count() == 1
    tour_id = view.space.tour_id
    assert tour_id is not None and titles(stored(db_path, tour_id))[0] == "Stop 1a"
    in_agreement(view, db_path)
    view.undo_stack.undo()
    assert titles(stored(db_path, tour_id))[0] == "Stop 1"


@pytest.mark.posix
def test_a_failed_undo_and_redo_step_back_to_where_the_database_is(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    tour_id = view.space.tour_id
    assert tour_id is not None
    view.select_row(2)
    view.remove_stop()
    assert titles(stored(db_path, tour_id)) == ["Stop 1", "Stop 2", "Stop 4"]

    read_only(view.space.db)
    view.undo_stack.undo()
    assert "could not undo" in strip(view)
    qtbot.waitUntil(lambda: view.undo_stack.index() == 1)  # stepped back over the failed undo
    assert titles(stored(db_path, tour_id)) == ["Stop 1", "Stop 2", "Stop 4"]
    in_agreement(view, db_path)

    read_only(view.space.db, False)
    view.undo_stack.undo()
    assert titles(stored(db_path, tour_id)) == ["Stop 1", "Stop 2", "Stop 3", "Stop 4"]
    read_only(view.space.db)
    view.undo_stack.redo()
    qtbot.waitUntil(lambda: view.undo_stack.index() == 0)
    assert titles(stored(db_path, tour_id)) == ["Stop 1", "Stop 2", "Stop 3", "Stop 4"]
    in_agreement(view, db_path)
    read_only(view.space.db, False)
    view.undo_stack.redo()
    assert titles(stored(db_path, tour_id)) == ["Stop 1", "Stop 2", "Stop 4"]


@pytest.fixture
def lock_holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    take_lock(holder)
    yield holder
    holder.kill()
    holder.wait(timeout=10)


def test_a_busy_database_is_said_as_busy_not_as_a_broken_disk(
    qtbot: QtBot, view: PrepareView, db_path: Path, lock_holder: subprocess.Popen[str]
) -> None:
    view.select_row(0)
    view.add_stop()
    assert "database is busy" in strip(view) and "another program" in strip(view)
    assert view.undo_stack.count() == 0
    tour_id = view.space.tour_id
    assert tour_id is not None and view.space.tour is not None and len(view.space.tour.stops) == 4


def test_a_failed_picture_leaves_neither_the_picture_nor_the_stop_pointing_at_it(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    from tests.helpers import PNG

    tour_id = view.space.tour_id
    assert tour_id is not None
    view.select_row(0)
    view.space.db.execute(
        "CREATE TEMP TRIGGER fail_stop BEFORE UPDATE ON main.stops "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    view.set_image("mona.png", PNG)
    assert "disk is full" in strip(view)
    assert stored(db_path, tour_id).images == {}
    in_agreement(view, db_path)


@pytest.mark.posix
def test_a_fifo_or_device_offered_as_a_picture_is_refused_at_once(
    qtbot: QtBot, view: PrepareView, tmp_path: Path
) -> None:
    import os

    fifo = tmp_path / "camera.png"
    os.mkfifo(fifo)
    view.select_row(0)
    with qtbot.waitSignal(view.form.problem, timeout=2000) as blocker:
        view.form.image.offer_file(fifo)  # read_bytes() of a FIFO would wait for a writer for ever
    assert "not a regular file" in blocker.args[0]


@pytest.mark.posix
def test_a_refused_edit_is_said_in_the_window_s_language(qtbot: QtBot, view: PrepareView) -> None:
    from PySide6.QtWidgets import QApplication

    from console.ui.languages import install_translators

    app = QApplication.instance()
    assert app is not None
    install_translators(app, "fr")
    try:
        view.select_row(1)
        read_only(view.space.db)
        qtbot.keyClicks(view.form.fields["title"], "X")
        assert "impossible d’enregistrer la modification" in strip(view)
        assert "lecture seule" in strip(view) and "Rien n’a changé" in strip(view)
    finally:
        install_translators(app, "en")
