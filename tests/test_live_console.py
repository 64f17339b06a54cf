"""The live console with real widgets, a real database and real key presses (clicker keys included)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from console.show.clock import StopStatus
from console.store import SessionRepository, open_database
from console.ui import theme
from tests.conftest import REPO
from tests.helpers import key, open_console, start
from tests.pixels import shows


def test_clicker_keys_run_the_show(qtbot: QtBot, console: Console, tour_db: Path) -> None:
    view, controller = console.live_view, console.controller
    assert "READY" in view.clock_bar.state.text()
    key(qtbot, console, Qt.Key.Key_PageDown)
    assert controller.session is None, "PageDown before go-live must not start the show"

    key(qtbot, console, Qt.Key.Key_F5)
    assert controller.on_air
    assert "ON AIR" in view.clock_bar.state.text()
    assert controller.session is not None and controller.session.current_index == 0
    assert "Welcome, everyone." in view.points.points.toPlainText()

    key(qtbot, console, Qt.Key.Key_PageDown)
    key(qtbot, console, Qt.Key.Key_Space)
    assert controller.session.current_index == 2
    assert view.points.title.text() == "Mona Lisa"
    key(qtbot, console, Qt.Key.Key_PageUp)
    key(qtbot, console, Qt.Key.Key_Left)
    key(qtbot, console, Qt.Key.Key_Right)
    assert controller.session.current_index == 1
    model = view.route.model_
    assert [model.status(row) for row in range(3)] == [StopStatus.DONE, StopStatus.CURRENT, StopStatus.DONE]
    assert model.data(model.index(0, 0)) == "✓"

    # Esc, as a clicker sends after F5, never ends the show; F5 again changes nothing.
    key(qtbot, console, Qt.Key.Key_Escape)
    key(qtbot, console, Qt.Key.Key_F5)
    assert controller.on_air

    stored = SessionRepository(open_database(tour_db)).get(controller.session.id)
    assert [a.stop_index for a in stored.arrivals] == [0, 1, 2, 1, 0, 1]


def test_notes_are_one_key_away_and_listed_once_saved(qtbot: QtBot, console: Console, tour_db: Path) -> None:
    view = console.live_view
    key(qtbot, console, Qt.Key.Key_F5)
    key(qtbot, console, Qt.Key.Key_N)
    assert view.notes.box.hasFocus()
    qtbot.keyClicks(view.notes.box, "Ask about the 1911 theft")
    # Space and arrows type into the box, they don't move the show.
    qtbot.keyClick(view.notes.box, Qt.Key.Key_Space)
    assert console.controller.session is not None
    assert console.controller.session.current_index == 0
    with qtbot.waitSignal(console.controller.note_saved):
        qtbot.keyClick(view.notes.box, Qt.Key.Key_Return)
    assert view.notes.box.text() == ""
    key(qtbot, console, Qt.Key.Key_Period)
    texts = view.notes.saved_texts()
    assert len(texts) == 2
    assert "◆ mark" in texts[0]
    assert "Ask about the 1911 theft" in texts[1] and "1. Winged Victory" in texts[1]
    assert console.controller.session.id is not None
    stored = SessionRepository(open_database(tour_db)).get(console.controller.session.id)
    assert [n.text for n in stored.notes] == ["Ask about the 1911 theft", ""]
    assert stored.notes[0].stop_index == 0 and stored.notes[0].show_s is not None
    # Esc gives the clicker's keys back to the show: the box lets go of the focus, its text stays.
    key(qtbot, console, Qt.Key.Key_N)
    assert view.notes.box.hasFocus()
    qtbot.keyClicks(view.notes.box, "half a thought")
    qtbot.keyClick(view.notes.box, Qt.Key.Key_Escape)
    assert not view.notes.box.hasFocus() and view.notes.box.text() == "half a thought"


def test_esc_in_the_camera_address_field_closes_it_and_gives_the_keys_back(
    qtbot: QtBot, console: Console
) -> None:
    from console.ui.camera_pane import CameraPane

    view = console.live_view
    qtbot.waitUntil(lambda: isinstance(view.camera_pane, CameraPane), timeout=3000)
    pane = view.camera_pane
    assert isinstance(pane, CameraPane)
    key(qtbot, console, Qt.Key.Key_F5)
    pane._open_entry()
    assert pane._entry.hasFocus()
    qtbot.keyClick(pane._entry, Qt.Key.Key_Escape)
    assert not pane._entry.isVisible() and view.hasFocus()
    key(qtbot, console, Qt.Key.Key_PageDown)  # the clicker moves the show again
    assert console.controller.session is not None
    assert console.controller.session.current_index == 1


def test_ending_takes_two_clicks(qtbot: QtBot, console: Console) -> None:
    key(qtbot, console, Qt.Key.Key_F5)
    button = console.live_view.clock_bar.end_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert console.controller.on_air
    assert "again" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not console.controller.on_air
    console.live_view.tick()
    assert "ENDED" in console.live_view.clock_bar.state.text()


def test_clock_colours_follow_the_time(qtbot: QtBot, console: Console) -> None:
    controller, bar = console.controller, console.live_view.clock_bar
    now = [1_700_000_000.0]
    controller.clock = lambda: now[0]
    key(qtbot, console, Qt.Key.Key_F5)  # stop 1: 10 minutes planned
    now[0] += 60
    console.live_view.tick()
    assert shows(bar.stop.value, theme.GOOD)
    assert bar.stop.value.text() == "9:00"
    now[0] += 8 * 60 + 30  # 30 s left: amber
    console.live_view.tick()
    assert shows(bar.stop.value, theme.WARN)
    now[0] += 90  # a minute over: red, signed
    console.live_view.tick()
    assert shows(bar.stop.value, theme.BAD)
    assert bar.stop.value.text() == "+1:00"
    assert bar.elapsed.value.text() == "11:00"
    # Stop 1 ran 1 minute over, then 5m + 10m of plan remain: end at 26m of a 30m slot, 4 minutes under.
    assert bar.projected.detail.text() == "−4:00 under"


def test_text_zoom_is_remembered(qtbot: QtBot, tour_db: Path) -> None:
    first = Console(build_parser().parse_args(["--db", str(tour_db)]), load_settings())
    qtbot.addWidget(first.window)
    start(qtbot, first)
    before = first.live_view.points.points.font().pixelSize()
    qtbot.keyClick(first.live_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(first.live_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert first.live_view.points.points.font().pixelSize() > before
    zoom = first.live_view.points.zoom
    first.shutdown()
    second = Console(build_parser().parse_args(["--db", str(tour_db)]), load_settings())
    qtbot.addWidget(second.window)
    assert second.live_view.points.zoom == zoom
    second.shutdown()


@pytest.mark.posix
def test_a_failed_note_save_is_a_banner_and_keeps_the_text(qtbot: QtBot, console: Console) -> None:
    view = console.live_view
    key(qtbot, console, Qt.Key.Key_F5)
    # The disk fills up: every insert into notes fails from now on.
    console.db.execute(
        "CREATE TRIGGER full_disk BEFORE INSERT ON notes "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    key(qtbot, console, Qt.Key.Key_N)
    qtbot.keyClicks(view.notes.box, "do not lose me")
    qtbot.keyClick(view.notes.box, Qt.Key.Key_Return)
    assert view.notes.box.text() == "do not lose me"
    assert "NOT saved" in view.banners.texts()["problem"]
    assert view.notes.saved_texts() == []
    assert QApplication.activeModalWidget() is None


@pytest.mark.slow
def test_sigkill_mid_show_then_resume_exactly(qtbot: QtBot, tour_db: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.drivers.live_show", "--db", str(tour_db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    saved, state = [], None
    deadline = time.monotonic() + 60
    assert process.stdout is not None
    while state is None and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("SAVED"):
            saved.append(line.split(" ", 2)[2].strip())
        elif line.startswith("STATE"):
            state = line.split()
    process.kill()
    process.wait(timeout=10)
    assert state is not None, process.stderr.read() if process.stderr else ""
    assert saved == ["lighting too dark on the lamassu", "<mark>"]
    killed_at_stop, went_live = int(state[1]), float(state[2])

    console = Console(build_parser().parse_args(["--db", str(tour_db)]), load_settings())
    qtbot.addWidget(console.window)
    start(qtbot, console)
    view = console.live_view
    assert "resume" in view.banners.texts()
    assert console.controller.session is None
    qtbot.keyClick(view, Qt.Key.Key_F5)
    session = console.controller.session
    assert session is not None and session.is_live
    assert session.current_index == killed_at_stop == 2
    assert session.went_live_at == went_live
    assert [a.stop_index for a in session.arrivals] == [0, 1, 2]
    assert [n.text for n in session.notes] == ["lighting too dark on the lamassu", ""]
    assert len(view.notes.saved_texts()) == 2
    assert "resume" not in view.banners.texts()
    clock = console.controller.snapshot()
    assert clock is not None and clock.elapsed_s == pytest.approx(time.time() - went_live, abs=2)
    console.shutdown()


def test_prepare_is_shut_while_on_air(qtbot: QtBot, console: Console) -> None:
    """Prepare has dialogs; on air the guide must never land in it."""
    assert console.prepare_button.isEnabled()
    key(qtbot, console, Qt.Key.Key_F5)
    assert not console.prepare_button.isEnabled()
    qtbot.mouseClick(console.prepare_button, Qt.MouseButton.LeftButton)
    assert console.window.stack.currentWidget() is console.live_view
    console.controller.end_show()
    assert console.prepare_button.isEnabled()


def test_camera_and_viewer_panes_arrive_after_the_first_paint(qtbot: QtBot, tour_db: Path) -> None:
    """The route and clock paint first; the feed panes take their kept places right after."""
    from console.ui.camera_pane import CameraPane
    from console.ui.viewers_pane import ViewersPane

    built = Console(build_parser().parse_args(["--db", str(tour_db)]), load_settings())
    qtbot.addWidget(built.window)
    view = built.live_view
    assert built.camera_pane is None and "Camera starting" in view.camera_pane.text()  # type: ignore[attr-defined]
    painted: list[bool] = []
    built.window.first_paint.connect(lambda: painted.append(built.camera_pane is None))
    start(qtbot, built)
    try:
        qtbot.waitUntil(lambda: isinstance(view.camera_pane, CameraPane), timeout=3000)
        assert painted == [True], "the panes were built before the first paint"
        assert view.camera_pane is built.camera_pane and isinstance(view.viewers_pane, ViewersPane)
        assert view.camera_pane.isVisible() and view.viewers_pane.isVisible()
        assert view.camera_pane.height() > 50 and view.viewers_pane.height() > 50
    finally:
        built.shutdown()


def test_the_start_up_heap_is_left_out_of_full_garbage_collections(qtbot: QtBot, tour_db: Path) -> None:
    """Once the feeds are up, what start-up built is frozen for the garbage collector: a full collection then
    walks only what was made since (it walked everything in ~40 ms, at a random key press on air). The
    console's shutdown gives it all back to the collector."""
    import gc

    console = open_console(qtbot, tour_db)
    qtbot.waitUntil(lambda: console.camera_pane is not None)
    assert gc.get_freeze_count() > 10_000
    console.shutdown()
    assert gc.get_freeze_count() == 0
