"""SQLite's locks are kept for the console's life: the real file dialogs in the database's folder, another
process reading, kill -9, and the watchdog that recovers when something in the process dropped them anyway."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from console.store import TourRepository, open_database
from console.store.lock_watch import side_file
from console.ui.file_dialogs import SafeFileDialog, protect_database, unprotect_database
from tests.conftest import REPO
from tests.sqlite_locks import answer_file_dialog
from tests.test_live_console import TOUR, start

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX locks are read from /proc/locks")


@pytest.fixture
def show_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding show.db and a few files a producer keeps beside it; the working directory."""
    folder = tmp_path / "show"
    folder.mkdir()
    db = open_database(folder / "show.db")
    TourRepository(db).add(TOUR)
    db.close()
    shutil.copy(REPO / "assets" / "tours" / "louvre-highlights.md", folder / "tour.md")
    shutil.copy(REPO / "assets" / "icons" / "cicerone-64.png", folder / "lamassu.png")
    monkeypatch.chdir(folder)  # dialogs open in the working directory, as for `cicerone --db show.db`
    return folder


@pytest.fixture
def prepare_console(qtbot: QtBot, show_folder: Path) -> Iterator[Console]:
    """`cicerone --prepare --db show.db` started from the folder, its watchdog stopped: the dialog alone."""
    console = Console(build_parser().parse_args(["--db", "show.db", "--prepare"]), load_settings())
    qtbot.addWidget(console.window)
    if console.lock_watchdog is not None:
        console.lock_watchdog.stop()  # it would take the locks back and hide what the dialog did
    start(qtbot, console)
    yield console
    console.shutdown()


def _import(console: Console, qtbot: QtBot) -> None:
    qtbot.keyClick(console.prepare_view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # Ctrl+O


def _export(console: Console, qtbot: QtBot) -> None:
    action = console.prepare_view.findChild(QAction, "export")
    assert action is not None
    action.trigger()


def _pick_picture(console: Console, qtbot: QtBot) -> None:
    pick = next(b for b in console.prepare_view.form.findChildren(QPushButton) if b.text() == "Pick…")
    qtbot.mouseClick(pick, Qt.MouseButton.LeftButton)


DIALOGS: dict[str, tuple[Callable[[Console, QtBot], None], str]] = {  # how to open it, a file it lists
    "import": (_import, "tour.md"),
    "export": (_export, "tour.md"),
    "stop picture": (_pick_picture, "lamassu.png"),
}


@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_a_file_dialog_in_the_database_folder_leaves_its_locks_alone(
    dialog: str, prepare_console: Console, show_folder: Path, qtbot: QtBot, assert_db_locks_held: Callable
) -> None:
    db_path = show_folder / "show.db"
    assert_db_locks_held(db_path)
    listed: list[set[str]] = []
    open_it, listed_file = DIALOGS[dialog]
    answer_file_dialog(show_folder, expect=listed_file, done=listed.append)
    open_it(prepare_console, qtbot)
    assert listed, "the dialog never listed the database's folder"
    assert_db_locks_held(db_path)
    # Another process reads the show: it must find the console still there and leave the WAL alone.
    session_list(show_folder)
    assert side_file(db_path, "-wal").exists()
    assert_db_locks_held(db_path)


def session_list(folder: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "console", "--db", str(folder / "show.db"), "session", "list"],
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_database_files_are_hidden_and_refused_when_typed_in(
    qtbot: QtBot, show_folder: Path, assert_db_locks_held: Callable
) -> None:
    db = open_database(show_folder / "show.db")
    protect_database(show_folder / "show.db")
    (show_folder / "link.db").symlink_to(show_folder / "show.db")
    try:
        dialog = SafeFileDialog(None, "Import a tour", ["All files (*)"])
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitUntil(
            lambda: dialog.proxyModel().rowCount(dialog.proxyModel().mapFromSource(_root(dialog))) > 0
        )
        shown = _shown_names(dialog)
        assert "tour.md" in shown and not shown & {"show.db", "show.db-wal", "show.db-shm"}
        for typed in ("show.db", "show.db-wal", "link.db"):
            QTimer.singleShot(100, _close_message_box)
            dialog.selectFile(str(show_folder / typed))
            dialog.accept()
            assert dialog.isVisible() and dialog.result() != SafeFileDialog.DialogCode.Accepted, typed
        dialog.reject()
        assert_db_locks_held(show_folder / "show.db")
    finally:
        unprotect_database(show_folder / "show.db")
        db.close()


def _root(dialog: SafeFileDialog):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileSystemModel

    model = dialog.findChild(QFileSystemModel)
    return model.index(dialog.directory().absolutePath())


def _shown_names(dialog: SafeFileDialog) -> set[str]:
    proxy = dialog.proxyModel()
    root = proxy.mapFromSource(_root(dialog))
    return {proxy.index(row, 0, root).data() for row in range(proxy.rowCount(root))}


def _close_message_box() -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), "no message said why the file was refused"
    assert "database" in box.text()
    box.accept()
