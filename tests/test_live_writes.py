"""On-air writes are whole and never freeze the window: one transaction per action, a busy database waited
out in a queue with the presses' own times, and shows an earlier build left half-started still resumable."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from console.show.tour import Stop, Tour
from console.store import Database, SessionRepository, TourRepository, open_database
from console.store.tour_edits import TourEdits
from tests.helpers import TOUR, key, let_go, start, take_lock


def rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Read what is on disk through a connection of its own (not the console's)."""
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def fail_on(console: Console, table: str, when: str = "1") -> None:
    """From now on the console's writes into ``table`` fail (where ``when`` holds), as a full disk would."""
    console.db.execute(
        f"CREATE TEMP TRIGGER fail_{table} BEFORE INSERT ON main.{table} WHEN {when} "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )


def test_going_live_is_all_or_nothing(qtbot: QtBot, console: Console, tour_db: Path) -> None:
    fail_on(console, "arrivals")  # the third write of going live fails
    key(qtbot, console, Qt.Key.Key_F5)
    assert not console.controller.on_air
    assert "could not start the show" in console.live_view.banners.texts()["problem"]
    assert rows(tour_db, "SELECT id FROM sessions") == []  # no live show with no current stop

    console.db.execute("DROP TRIGGER fail_arrivals")
    key(qtbot, console, Qt.Key.Key_F5)
    assert console.controller.on_air
    assert rows(tour_db, "SELECT stop_index FROM arrivals") == [(0,)]


def test_a_show_an_earlier_build_left_with_no_stop_resumes_at_the_first(qtbot: QtBot, tour_db: Path) -> None:
    db = open_database(tour_db)
    sessions = SessionRepository(db)
    tour = TourRepository(db).get(1)
    went_live = time.time() - 60
    half_started = sessions.create(tour, at=went_live)  # the old three commits, killed after the second
    sessions.go_live(half_started, went_live)
    db.close()

    console = Console(build_parser().parse_args(["--db", str(tour_db)]), load_settings())
    qtbot.addWidget(console.window)
    start(qtbot, console)
    key(qtbot, console, Qt.Key.Key_F5)
    session = console.controller.session
    assert session is not None and session.current_index == 0
    key(qtbot, console, Qt.Key.Key_PageDown)  # every PageDown was refused before
    assert session.current_index == 1
    assert rows(tour_db, "SELECT stop_index, at FROM arrivals ORDER BY id") == [
        (0, went_live),
        (1, session.arrivals[-1].at),
    ]
    console.shutdown()


def test_import_is_all_or_nothing(fresh_db: Database) -> None:
    fresh_db.execute(
        "CREATE TEMP TRIGGER fail_stops BEFORE INSERT ON main.stops WHEN NEW.position = 2 "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        TourRepository(fresh_db).add(TOUR)
    assert list(fresh_db.query("SELECT id FROM tours")) == []
    assert list(fresh_db.query("SELECT id FROM stops")) == []


def test_applying_rehearsal_durations_is_all_or_nothing(fresh_db: Database) -> None:
    tour_id = TourRepository(fresh_db).add(TOUR)
    fresh_db.execute(
        "CREATE TEMP TRIGGER fail_third BEFORE UPDATE ON main.stops WHEN NEW.position = 2 "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        TourEdits(fresh_db).set_durations(tour_id, {0: 61, 1: 62, 2: 63})
    durations = [row["duration_s"] for row in fresh_db.query("SELECT * FROM stops ORDER BY position")]
    assert durations == [stop.duration_s for stop in TOUR.stops]


def test_reordering_is_all_or_nothing(fresh_db: Database) -> None:
    tour_id = TourRepository(fresh_db).add(TOUR)
    before = list(fresh_db.query("SELECT updated_at FROM tours"))
    fresh_db.execute(
        "CREATE TEMP TRIGGER fail_move BEFORE UPDATE OF position ON main.stops WHEN NEW.position = 0 "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        TourEdits(fresh_db).move_stop(tour_id, 2, 0)
    titles = [row["title"] for row in fresh_db.query("SELECT title FROM stops ORDER BY position")]
    assert titles == [stop.title for stop in TOUR.stops]
    assert list(fresh_db.query("SELECT updated_at FROM tours")) == before


def timed_key(qtbot: QtBot, console: Console, which: Qt.Key) -> float:
    started = time.perf_counter()
    key(qtbot, console, which)
    return time.perf_counter() - started


def test_a_busy_database_never_freezes_the_show_and_loses_nothing(
    qtbot: QtBot, console: Console, tour_db: Path, lock_holder: subprocess.Popen[str]
) -> None:
    view, controller = console.live_view, console.controller
    key(qtbot, console, Qt.Key.Key_F5)
    take_lock(lock_holder)

    pressed = time.time()
    waits = [timed_key(qtbot, console, Qt.Key.Key_PageDown)]
    waits.append(timed_key(qtbot, console, Qt.Key.Key_PageDown))
    key(qtbot, console, Qt.Key.Key_N)
    qtbot.keyClicks(view.notes.box, "crowd at the Venus")
    qtbot.keyClick(view.notes.box, Qt.Key.Key_Return)
    qtbot.keyClick(view.notes.box, Qt.Key.Key_Return)  # impatient: pressed twice, written once
    view.setFocus()
    waits.append(timed_key(qtbot, console, Qt.Key.Key_Period))

    # Each press waited for SQLite's busy timeout at most (about 100 ms), never seconds.
    assert max(waits) < 0.5, waits
    assert "busy" in view.banners.texts()
    assert "problem" not in view.banners.texts()
    assert controller.session is not None and controller.session.current_index == 0  # nothing shown unsaved
    assert view.notes.box.text() == "crowd at the Venus"  # the guide's words are kept
    assert QApplication.activeModalWidget() is None

    let_go(lock_holder)
    qtbot.waitUntil(lambda: "busy" not in view.banners.texts(), timeout=5000)
    session = controller.session
    assert session.current_index == 2
    assert view.notes.box.text() == ""
    on_disk = rows(tour_db, "SELECT stop_index, at FROM arrivals ORDER BY id")
    assert [index for index, _ in on_disk] == [0, 1, 2]
    assert all(pressed <= at < pressed + 2 for _, at in on_disk[1:])  # the presses' times, not the write's
    notes = rows(tour_db, "SELECT text, stop_index FROM notes ORDER BY id")
    assert notes == [("crowd at the Venus", 2), ("", 2)]
    assert len(view.notes.saved_texts()) == 2


def test_a_storage_failure_behind_a_busy_database_is_said_and_keeps_the_note(
    qtbot: QtBot, console: Console, tour_db: Path, lock_holder: subprocess.Popen[str]
) -> None:
    view = console.live_view
    key(qtbot, console, Qt.Key.Key_F5)
    take_lock(lock_holder)
    fail_on(console, "notes")
    key(qtbot, console, Qt.Key.Key_N)
    qtbot.keyClicks(view.notes.box, "keep me")
    qtbot.keyClick(view.notes.box, Qt.Key.Key_Return)
    let_go(lock_holder)
    qtbot.waitUntil(lambda: "problem" in view.banners.texts(), timeout=5000)
    assert "NOT saved" in view.banners.texts()["problem"]
    assert "busy" not in view.banners.texts()
    assert view.notes.box.text() == "keep me"
    assert rows(tour_db, "SELECT text FROM notes") == []


def test_starting_a_show_with_no_stops_is_refused_and_writes_nothing(qtbot: QtBot, db_path: Path) -> None:
    db = open_database(db_path)
    TourRepository(db).add(Tour(title="Empty", stops=()))
    db.close()
    console = Console(build_parser().parse_args(["--db", str(db_path)]), load_settings())
    qtbot.addWidget(console.window)
    start(qtbot, console)
    key(qtbot, console, Qt.Key.Key_F5)
    assert not console.controller.on_air
    assert rows(db_path, "SELECT id FROM sessions") == []
    console.shutdown()


def test_ending_a_show_waits_out_a_busy_database(
    qtbot: QtBot, console: Console, tour_db: Path, lock_holder: subprocess.Popen[str]
) -> None:
    key(qtbot, console, Qt.Key.Key_F5)
    take_lock(lock_holder)
    assert console.controller.end_show() is False  # queued, not yet on disk
    assert console.controller.on_air
    let_go(lock_holder)
    qtbot.waitUntil(lambda: not console.controller.on_air, timeout=5000)
    assert rows(tour_db, "SELECT ended_at IS NOT NULL FROM sessions") == [(1,)]


def test_one_stop_tour_has_nowhere_to_go(qtbot: QtBot, db_path: Path) -> None:
    db = open_database(db_path)
    TourRepository(db).add(Tour(title="One", stops=(Stop("Only", 60),)))
    db.close()
    console = Console(build_parser().parse_args(["--db", str(db_path)]), load_settings())
    qtbot.addWidget(console.window)
    start(qtbot, console)
    key(qtbot, console, Qt.Key.Key_F5)
    assert console.controller.next_stop() is False
    assert console.controller.previous_stop() is False
    assert rows(db_path, "SELECT count(*) FROM arrivals") == [(1,)]
    console.shutdown()


def test_closing_behind_a_busy_database_writes_nothing_to_a_closed_one(
    qtbot: QtBot, console: Console, lock_holder: subprocess.Popen[str], caplog: pytest.LogCaptureFixture
) -> None:
    key(qtbot, console, Qt.Key.Key_F5)
    take_lock(lock_holder)
    key(qtbot, console, Qt.Key.Key_PageDown)  # waits in the queue behind the other program's lock
    assert console.controller.is_waiting
    console.shutdown()
    qtbot.wait(600)  # past the retry interval: no retry may reach the closed database
    assert not console.controller.is_waiting
    assert "still waiting for the database: not written" in caplog.text  # said, not silently dropped
    assert "storage failed" not in caplog.text
