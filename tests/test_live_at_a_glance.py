"""The live console read from two metres, on any screen, with its state never in doubt (issue 14, on air).

The real console on offscreen Qt with a real database: sizes measured from the widgets' own fonts, keys
sent as a clicker sends them, the ENDED state driven through the End button and F5/Esc.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from console.show.clock import StopStatus
from console.show.tour import Stop, Tour
from console.store import SessionRepository, TourRepository, open_database
from console.ui.banner import Banner
from console.ui.languages import install_translators

LONG_POINTS = "\n".join(f"- point {n}: " + "a sentence the guide reads aloud, " * 6 for n in range(40))
TOUR = Tour(
    title="Louvre Highlights",
    slot_s=3600,
    stops=(
        Stop("Under the Pyramid: the Medieval Louvre", 600, talking_points=LONG_POINTS),
        Stop("Winged Victory of Samothrace on the Daru staircase", 600, talking_points="- the prow"),
        Stop("Crown Jewels in the Galerie d'Apollon", 600, talking_points="- the Regent"),
    ),
)
SIZES = [(1920, 1080), (1280, 720), (1024, 600)]


@pytest.fixture
def tour_db(db_path: Path) -> Path:
    db = open_database(db_path)
    TourRepository(db).add(TOUR)
    db.close()
    return db_path


def build(qtbot: QtBot, db_path: Path, size: tuple[int, int] = (1600, 900)) -> Console:
    app = QApplication.instance()
    assert app is not None
    install_translators(app, "en")  # as run_gui does: English plurals ("1 note")
    console = Console(build_parser().parse_args(["--db", str(db_path)]), load_settings())
    qtbot.addWidget(console.window)
    console.start()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console.window)
    qtbot.waitUntil(lambda: console.camera_pane is not None, timeout=3000)  # the feeds are in their places
    console.window.resize(*size)
    qtbot.waitUntil(lambda: console.window.size().toTuple() == size)
    QApplication.processEvents()
    return console


@pytest.fixture
def console(qtbot: QtBot, tour_db: Path) -> Iterator[Console]:
    built = build(qtbot, tour_db)
    yield built
    built.shutdown()


def key(qtbot: QtBot, console: Console, which: Qt.Key, to: QWidget | None = None) -> None:
    qtbot.keyClick(to or console.live_view, which)
    assert QApplication.activeModalWidget() is None, "a dialog opened on air"


def on_air_text_widgets(console: Console) -> list[QWidget]:
    """Every piece of text the guide reads on the live page, as laid out now."""
    view = console.live_view
    labels: list[QWidget] = [
        label for label in view.findChildren(QLabel) if label.isVisibleTo(view) and label.text().strip()
    ]
    return [*labels, view.route, view.notes.list, view.notes.box]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
def test_every_size_class_keeps_the_route_whole_and_the_talking_points_wide(
    qtbot: QtBot, tour_db: Path, size: tuple[int, int]
) -> None:
    console = build(qtbot, tour_db, size)
    view = console.live_view
    try:
        key(qtbot, console, Qt.Key.Key_F5)
        key(qtbot, console, Qt.Key.Key_PageDown)  # the longest title is the current stop, in bold
        QApplication.processEvents()
        route = view.route
        for row in range(len(TOUR.stops)):
            font = QFont(route.font())
            font.setBold(route.model_.status(row) == StopStatus.CURRENT)
            text = route.model_.data(route.model_.index(row, 1))
            # Qt's item delegate keeps 3 px either side of a cell's text (Fusion's focus frame margin + 1).
            rect = QRect(0, 0, route.columnWidth(1) - 6, 100_000)
            needed = QFontMetrics(font).boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text).height()
            assert needed <= route.rowHeight(row), f"'{text}' is cut at {size}"
        width, height = size
        hint = console.window.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, "the window does not fit the screen"
        assert view.points.width() / view.width() >= 0.55
    finally:
        console.shutdown()


def test_on_air_text_is_at_least_18_px_at_1920x1080_and_follows_the_window(
    qtbot: QtBot, tour_db: Path
) -> None:
    console = build(qtbot, tour_db, (1920, 1080))
    try:
        key(qtbot, console, Qt.Key.Key_F5)
        console.live_view.tick()
        sizes = {widget: QFontInfo(widget.font()).pixelSize() for widget in on_air_text_widgets(console)}
        small = {
            f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}": px
            for widget, px in sizes.items()
            if px < 18
        }
        assert not small, f"too small to read from two metres: {small}"
        big = QFontInfo(console.live_view.clock_bar.stop.detail.font()).pixelSize()
        console.window.resize(2560, 1440)
        qtbot.waitUntil(lambda: QFontInfo(console.live_view.clock_bar.stop.detail.font()).pixelSize() > big)
    finally:
        console.shutdown()


def test_arrows_scroll_the_points_a_screenful_and_a_new_stop_starts_at_the_top(
    qtbot: QtBot, console: Console
) -> None:
    view = console.live_view
    key(qtbot, console, Qt.Key.Key_F5)
    bar = view.points.points.verticalScrollBar()
    assert bar.maximum() > bar.pageStep(), "the test needs talking points longer than a screen"
    assert bar.value() == 0
    key(qtbot, console, Qt.Key.Key_Down)
    assert bar.value() == bar.pageStep()
    key(qtbot, console, Qt.Key.Key_Down)
    key(qtbot, console, Qt.Key.Key_Up)
    assert bar.value() == bar.pageStep()
    assert console.controller.session is not None
    assert console.controller.session.current_index == 0, "the arrows scroll; they never move the show"
    key(qtbot, console, Qt.Key.Key_PageDown)
    key(qtbot, console, Qt.Key.Key_PageUp)
    assert console.controller.session.current_index == 0
    assert bar.value() == 0, "back at a stop, its talking points start at the top"


def test_clicker_keys_work_whichever_widget_has_the_focus(qtbot: QtBot, console: Console) -> None:
    live_button = console.window.modes.buttons()[0]
    live_button.setFocus()
    assert live_button.hasFocus()
    key(qtbot, console, Qt.Key.Key_F5, to=live_button)
    key(qtbot, console, Qt.Key.Key_PageDown, to=live_button)
    assert console.controller.session is not None and console.controller.session.current_index == 1


def test_the_mark_key_works_on_azerty_and_the_note_box_still_types(
    qtbot: QtBot, console: Console, tour_db: Path
) -> None:
    view = console.live_view
    key(qtbot, console, Qt.Key.Key_F5)
    for mark in (Qt.Key.Key_Period, Qt.Key.Key_Colon, Qt.Key.Key_Semicolon):
        with qtbot.waitSignal(console.controller.note_saved):
            key(qtbot, console, mark)
    key(qtbot, console, Qt.Key.Key_N)
    qtbot.keyClicks(view.notes.box, "a:b;c.")
    assert view.notes.box.text() == "a:b;c."
    assert console.controller.session is not None and console.controller.session.id is not None
    stored = SessionRepository(open_database(tour_db)).get(console.controller.session.id)
    assert [note.text for note in stored.notes] == ["", "", ""]


def end_show(qtbot: QtBot, console: Console) -> None:
    button = console.live_view.clock_bar.end_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    console.live_view.tick()


def test_an_ended_show_looks_ended_and_sums_itself_up(qtbot: QtBot, console: Console) -> None:
    view, controller = console.live_view, console.controller
    key(qtbot, console, Qt.Key.Key_F5)
    key(qtbot, console, Qt.Key.Key_PageDown)
    key(qtbot, console, Qt.Key.Key_PageDown)
    key(qtbot, console, Qt.Key.Key_N)
    qtbot.keyClicks(view.notes.box, "great crowd tonight")
    with qtbot.waitSignal(controller.note_saved):
        qtbot.keyClick(view.notes.box, Qt.Key.Key_Return)
    key(qtbot, console, Qt.Key.Key_Period)
    assert controller.session is not None
    session_id = controller.session.id
    end_show(qtbot, console)

    assert "ENDED" in view.clock_bar.state.text()
    bar = view.clock_bar
    figures = (bar.elapsed, bar.remaining, bar.stop, bar.projected)
    assert [figure.value.property("tone") for figure in figures] == ["dim"] * 4, "the clocks still look live"
    model = view.route.model_
    assert [model.data(model.index(row, 0)) for row in range(3)] == ["✓", "✓", "✓"]
    summary = view.banners.texts()["ended"]
    assert "3 of 3 stops" in summary and "1 note, 1 mark" in summary and "of a 1:00:00 slot" in summary
    assert f"cicerone session export {session_id}" in summary
    assert not view.notes.box.hasFocus(), "End show must not leave the keyboard in the note box"
    assert console.prepare_button.isEnabled() and console.window.lock_note.text() == ""
    assert len(view.notes.saved_texts()) == 2


def test_after_an_ended_show_only_f5_twice_or_the_button_starts_a_new_one(
    qtbot: QtBot, console: Console
) -> None:
    view, controller = console.live_view, console.controller
    key(qtbot, console, Qt.Key.Key_F5)
    key(qtbot, console, Qt.Key.Key_Period)
    assert controller.session is not None
    first = controller.session.id
    end_show(qtbot, console)

    # A clicker alternates F5 (start presentation) and Esc (stop presentation): that never starts a show.
    for press in (Qt.Key.Key_F5, Qt.Key.Key_Escape, Qt.Key.Key_F5, Qt.Key.Key_Escape):
        key(qtbot, console, press)
        view.tick()
        assert controller.session.id == first and controller.ended
    assert len(view.notes.saved_texts()) == 1, "the ended show's notes stay on screen"

    key(qtbot, console, Qt.Key.Key_F5)
    view.tick()
    assert "F5 AGAIN" in view.banners.texts()["ended"]
    key(qtbot, console, Qt.Key.Key_F5)
    assert controller.on_air and controller.session.id != first
    view.tick()
    assert "ended" not in view.banners.texts() and "ON AIR" in view.clock_bar.state.text()
    assert view.notes.saved_texts() == []

    end_show(qtbot, console)
    second = controller.session.id
    banner = next(b for b in view.banners.findChildren(Banner) if b.key == "ended")
    start = next(b for b in banner.findChildren(QPushButton) if b.text() == "Start a new show")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert controller.on_air and controller.session.id not in (first, second)


def test_a_second_f5_too_late_only_asks_again(qtbot: QtBot, console: Console) -> None:
    controller = console.controller
    now = [1_700_000_000.0]
    controller.clock = lambda: now[0]
    key(qtbot, console, Qt.Key.Key_F5)
    end_show(qtbot, console)
    assert controller.session is not None
    first = controller.session.id
    key(qtbot, console, Qt.Key.Key_F5)
    now[0] += 5
    key(qtbot, console, Qt.Key.Key_F5)
    assert controller.session.id == first and controller.new_show_asked
    now[0] += 1
    key(qtbot, console, Qt.Key.Key_F5)
    assert controller.on_air and controller.session.id != first


def test_rehearsal_is_marked_before_f5_and_titles_follow_the_tour_and_mode(
    qtbot: QtBot, console: Console
) -> None:
    view, window = console.live_view, console.window
    tour_id = console.controller.tour.id
    assert tour_id is not None
    assert window.windowTitle() == "Cicerone — Louvre Highlights"
    assert window.modes.buttons()[0].isChecked()
    console.open_in_live(tour_id, "rehearsal")
    view.tick()
    assert view.clock_bar.rehearsal_mark.isVisible(), "a rehearsal must say so before F5"
    assert window.windowTitle() == "Cicerone — Louvre Highlights (rehearsal)"
    window.show_mode("Prepare")
    assert window.windowTitle() == "Cicerone — Prepare"
    console.open_in_live(tour_id, "live")
    view.tick()
    assert not view.clock_bar.rehearsal_mark.isVisible()
    assert window.windowTitle() == "Cicerone — Louvre Highlights"
    key(qtbot, console, Qt.Key.Key_F5)
    prepare = window.modes.buttons()[1]
    assert (
        not prepare.isEnabled()
        and window.lock_note.isVisible()
        and "on air" in window.lock_note.full
        and window.lock_note.toolTip() == window.lock_note.full
    )


def test_the_no_tour_message_goes_once_a_tour_exists(qtbot: QtBot, db_path: Path) -> None:
    console = build(qtbot, db_path)
    try:
        assert "no-tour" in console.live_view.banners.texts()
        assert console.window.windowTitle() == "Cicerone — No tour yet"
        db = open_database(db_path)
        TourRepository(db).add(TOUR)
        db.close()
        console.window.show_mode("Prepare")
        console.window.show_mode("Live")
        assert "no-tour" not in console.live_view.banners.texts()
        assert console.window.windowTitle() == "Cicerone — Louvre Highlights"
    finally:
        console.shutdown()


def test_the_feeds_move_back_and_forth_as_the_window_changes_class(qtbot: QtBot, console: Console) -> None:
    view = console.live_view
    steps = (((1024, 600), True), ((1920, 1080), False), ((1024, 600), True), ((1300, 720), False))
    for size, stacked in steps:
        console.window.resize(*size)
        qtbot.waitUntil(lambda: console.window.size().toTuple() == size)  # noqa: B023 (waited on here)
        QApplication.processEvents()
        panes = (view.camera_pane, view.viewers_pane, view.notes)
        assert all((view._tabs.indexOf(pane) >= 0) is stacked for pane in panes), size
        assert view.points.width() / view.width() >= 0.55
    assert view.camera_pane.isVisible() and view.viewers_pane.isVisible() and view.notes.isVisible()
    key(qtbot, console, Qt.Key.Key_F5)
    key(qtbot, console, Qt.Key.Key_N)
    assert view.notes.box.hasFocus()
