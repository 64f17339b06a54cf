"""SQLite's locks are kept for the console's life: the real file dialogs in the database's folder, another
process reading, kill -9, and the watchdog that recovers when something in the process dropped them anyway."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from console.show.session import Note
from console.store import SessionRepository, TourRepository, open_database
from console.store.lock_watch import LockWatch, side_file
from console.ui.file_dialogs import SafeFileDialog, protect_database, unprotect_database
from tests.conftest import REPO
from tests.helpers import TOUR, start
from tests.sqlite_locks import answer_file_dialog, missing_locks

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
    dialog: str,
    prepare_console: Console,
    show_folder: Path,
    qtbot: QtBot,
    assert_db_locks_held: Callable[..., None],
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


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: the name box's completer popup
def test_the_database_files_are_hidden_and_refused_when_typed_in(
    qtbot: QtBot, show_folder: Path, assert_db_locks_held: Callable[..., None]
) -> None:
    db = open_database(show_folder / "show.db")
    protect_database(show_folder / "show.db")
    (show_folder / "link.db").symlink_to(show_folder / "show.db")
    try:
        dialog = SafeFileDialog(None, "Import a tour", ["All files (*)"])
        qtbot.addWidget(dialog)
        dialog.setDirectory(str(show_folder))
        dialog.open()
        qtbot.waitUntil(
            lambda: dialog.proxyModel().rowCount(dialog.proxyModel().mapFromSource(_root(dialog))) > 0
        )
        shown = _shown_names(dialog)
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_box is not None
        assert "tour.md" in shown and not shown & {"show.db", "show.db-wal", "show.db-shm"}
        for typed in ("show.db", "show.db-wal", "link.db"):
            said: list[str] = []
            QTimer.singleShot(20, lambda: _answer_message_box(dialog, said))  # noqa: B023 (runs in accept())
            name_box.clear()
            qtbot.keyClicks(name_box, typed)  # typed in: the list does not show these files
            dialog.accept()
            assert dialog.isVisible() and dialog.result() != SafeFileDialog.DialogCode.Accepted, typed
            assert said and "database this console has open" in said[0], typed
        dialog.reject()
        assert_db_locks_held(show_folder / "show.db")
    finally:
        unprotect_database(show_folder / "show.db")
        db.close()


def _root(dialog: SafeFileDialog) -> QModelIndex:
    from PySide6.QtWidgets import QFileSystemModel

    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    return model.index(dialog.directory().absolutePath())


def _shown_names(dialog: SafeFileDialog) -> set[str]:
    proxy = dialog.proxyModel()
    root = proxy.mapFromSource(_root(dialog))
    return {proxy.index(row, 0, root).data() for row in range(proxy.rowCount(root))}


def _answer_message_box(dialog: SafeFileDialog, said: list[str]) -> None:
    """Once the dialog shows a message, note its text and close it."""
    box = next((box for box in dialog.findChildren(QMessageBox) if box.isVisible()), None)
    if box is None:
        QTimer.singleShot(20, lambda: _answer_message_box(dialog, said))
        return
    said.append(box.text())
    box.accept()


def test_import_then_another_process_reads_then_kill_9_loses_nothing(show_folder: Path) -> None:
    """The issue as a producer met it: a real console, Import… (Ctrl+O), `session list`, a show, kill -9."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.drivers.dialog_then_show"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=show_folder,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        dialog = _line(process, "DIALOG")
        assert "tour.md" in dialog.split(), "the Import dialog never listed the database's folder"
        assert not missing_locks(show_folder / "show.db", process.pid)
        assert "no sessions yet" in session_list(show_folder).lower()  # another process opens and closes it
        assert not missing_locks(show_folder / "show.db", process.pid)
        process.stdin.write("GO\n")
        process.stdin.flush()
        state = _line(process, "STATE")
    finally:
        process.kill()
        process.wait(timeout=10)
    assert state.split()[1] == "2"
    listed = session_list(show_folder)
    assert "no sessions yet" not in listed.lower() and TOUR.title in listed
    db = open_database(show_folder / "show.db")
    try:
        sessions = SessionRepository(db)
        session = sessions.get(int(next(iter(sessions.list()))["id"]))
        assert [a.stop_index for a in session.arrivals] == [0, 1, 2]
        assert [n.text for n in session.notes] == ["the lamassu is lit too dark", ""]
    finally:
        db.close()


def _line(process: subprocess.Popen[str], tag: str) -> str:
    """The child's next line starting with ``tag`` (a child stuck for a minute is killed, and that fails)."""
    assert process.stdout is not None
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            if line.startswith(tag):
                return line
    finally:
        watchdog.cancel()
    raise AssertionError(f"no {tag} line from the console: {process.stderr.read() if process.stderr else ''}")


def _lose_locks(db_path: Path) -> None:
    """What the file dialog did: open and close the database's files in this process."""
    for path in (db_path, side_file(db_path, "-shm")):
        os.close(os.open(path, os.O_RDONLY))


def _other_process_opens_and_closes(db_path: Path) -> None:
    _python(f"c = sqlite3.connect({str(db_path)!r}); c.execute('SELECT count(*) FROM tours'); c.close()")


def _count_on_disk(db_path: Path, table: str) -> int:
    """Rows a new process finds in the file (what a kill -9 of this one would leave)."""
    query = f"SELECT count(*) FROM {table}"
    return int(_python(f"print(sqlite3.connect({str(db_path)!r}).execute({query!r}).fetchone()[0])"))


def _python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", f"import sqlite3; {code}"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_watchdog_recovers_what_was_written_after_another_process_took_the_wal(
    tmp_path: Path, assert_db_locks_held: Callable[..., None]
) -> None:
    db_path = tmp_path / "show.db"
    db = open_database(db_path)
    sessions = SessionRepository(db)
    tour = TourRepository(db).get(TourRepository(db).add(TOUR))
    watch = LockWatch(db, db_path, guard=False)  # the guard would keep the WAL: see the next test
    session = sessions.create(tour)
    sessions.go_live(session, 1000.0)
    sessions.arrive(session, 0, 1000.0)
    assert watch.check() is None
    _lose_locks(db_path)
    _other_process_opens_and_closes(db_path)
    assert not side_file(db_path, "-wal").exists(), "the other process should have taken the WAL away"
    quota = "INSERT INTO youtube_quota (day, units) VALUES ('2026-12-03', 7)"
    _python(
        f"c = sqlite3.connect({str(db_path)!r}); c.execute({quota!r}); c.commit()"
    )  # another program's row
    for index in (1, 2):  # written into the deleted WAL
        sessions.arrive(session, index, 1000.0 + 60 * index)
    sessions.add_note(session, Note(at=1100.0, text="written after the WAL was gone"))
    sessions.end(session, 1200.0)
    assert _count_on_disk(db_path, "arrivals") == 1  # what a crash now would lose
    recovery = watch.check()
    assert recovery is not None and recovery.wal_replaced and recovery.rows_restored == 4
    assert "Nothing was lost" in recovery.text()
    assert_db_locks_held(db_path)
    sessions.add_note(session, Note(at=1300.0, text="after the recovery"))
    assert _count_on_disk(db_path, "arrivals") == 3 and _count_on_disk(db_path, "notes") == 2
    db.close()
    again = open_database(db_path)
    saved = SessionRepository(again).get(session.id or 0)
    again.close()
    assert saved.ended_at == 1200.0 and [a.stop_index for a in saved.arrivals] == [0, 1, 2]
    assert "(7,)" in _python(
        f"print(sqlite3.connect({str(db_path)!r}).execute('SELECT units FROM youtube_quota').fetchone())"
    )


def test_the_guard_keeps_the_wal_and_the_watchdog_takes_the_locks_back(
    tmp_path: Path, assert_db_locks_held: Callable[..., None]
) -> None:
    db_path = tmp_path / "show.db"
    db = open_database(db_path)
    watch = LockWatch(db, db_path)
    TourRepository(db).add(TOUR)
    _lose_locks(db_path)
    _other_process_opens_and_closes(db_path)
    assert side_file(db_path, "-wal").exists(), "another process found the database unused"
    TourRepository(db).add(TOUR)
    recovery = watch.check()
    assert recovery is not None and not recovery.wal_replaced
    assert_db_locks_held(db_path)
    assert _count_on_disk(db_path, "tours") == 2
    watch.release()
    db.close()
    watch.closed()
    assert not side_file(db_path, "-wal").exists(), "released, the last connection tidies the WAL away"


def test_the_console_says_so_in_a_banner(
    qtbot: QtBot, show_folder: Path, assert_db_locks_held: Callable[..., None]
) -> None:
    console = Console(build_parser().parse_args(["--db", "show.db"]), load_settings())
    qtbot.addWidget(console.window)
    start(qtbot, console)
    try:
        assert console.lock_watchdog is not None and console.lock_watchdog.timer.isActive()
        _lose_locks(show_folder / "show.db")
        qtbot.waitUntil(lambda: "database-lock" in console.live_view.banners.texts(), timeout=5000)
        text = console.live_view.banners.texts()["database-lock"]
        assert "lost its lock" in text and "Nothing was lost" in text
        assert_db_locks_held(show_folder / "show.db")
    finally:
        console.shutdown()


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_strace_sees_no_open_of_the_database_while_import_lists_its_folder(
    prepare_console: Console, show_folder: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    trace = tmp_path / "openat.txt"
    strace = subprocess.Popen(
        ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", str(trace), "-p", str(os.getpid())],
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.0)  # attached to every thread by then
    if strace.poll() is not None:
        pytest.skip(f"ptrace is not allowed here: {strace.stderr.read() if strace.stderr else ''}")
    try:
        answer_file_dialog(show_folder, expect="tour.md")
        _import(prepare_console, qtbot)
    finally:
        strace.terminate()
        strace.wait(timeout=10)
    lines = trace.read_text().splitlines()
    assert any(f'"{show_folder}"' in line for line in lines), "the trace never saw the dialog list the folder"
    assert not [line for line in lines if "show.db" in line]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs an X server (xvfb-run) for the GTK theme")
def test_under_the_gtk3_theme_the_dialog_is_still_qts_own(show_folder: Path) -> None:
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-m", "tests.drivers.gtk_dialog"],
        capture_output=True,
        text=True,
        cwd=show_folder,
        env=os.environ | {"QT_QPA_PLATFORM": "xcb", "QT_QPA_PLATFORMTHEME": "gtk3", "PYTHONPATH": str(REPO)},
        timeout=120,
    )
    said = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    if said.get("GTK") != "True":
        pytest.skip(f"the GTK 3 platform theme does not load here: {done.stderr[-500:]}")
    assert said.get("QT-DIALOG") == "True", done.stderr[-2000:]
    assert said.get("LOST") == "-", done.stderr[-2000:]
