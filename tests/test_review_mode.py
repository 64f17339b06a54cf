"""Review mode (issue 17): the third mode of the real console on a real database. The sessions list newest
first, a session's chart, figures and notes read on a worker, a tick that shows its note, the stop that gained
most standing out, exports through the worker, and the rule it shares with Prepare: shut on air."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from console.app import Console
from console.ui.review import ReviewView
from console.ui.review.view import STANDS_OUT_ROLE
from tests.helpers import REPORT_NOTES, REPORT_STOPS, REPORT_T0, key, open_console, stored_report_show


@pytest.fixture
def reviewed(qtbot: QtBot, db_path: Path) -> Iterator[tuple[Console, ReviewView, list[int]]]:
    """Two sessions (a rehearsal without viewers, then the show) and the console in Review."""
    ids = [stored_report_show(db_path, kind="rehearsal", viewers=False), stored_report_show(db_path)]
    console = open_console(qtbot, db_path)
    view = console.window.show_mode("Review")
    assert isinstance(view, ReviewView)
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 2, timeout=10_000)
    yield console, view, ids
    console.shutdown()


def cells(table: QTableWidget, row: int) -> list[str]:
    return [
        (item.text() if (item := table.item(row, c)) is not None else "") for c in range(table.columnCount())
    ]


def choose(qtbot: QtBot, view: ReviewView, row: int) -> None:
    view.sessions.selectRow(row)
    qtbot.waitUntil(lambda: view.report is not None and view.report.session.id == view.chosen_session())


def test_sessions_newest_first_with_length_and_peak(
    qtbot: QtBot, reviewed: tuple[Console, ReviewView, list[int]]
) -> None:
    _console, view, ids = reviewed
    assert [row.id for row in view._rows] == ids[::-1]  # the show was made last
    assert cells(view.sessions, 0)[1:4] == ["Louvre highlights", "show", "30:00"]
    qtbot.waitUntil(lambda: view.sessions.item(0, 4).text() == "418")  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: view.sessions.item(1, 4).text() == "–")  # type: ignore[union-attr]  # no viewers


def test_a_crashed_show_is_listed_as_never_ended(qtbot: QtBot, db_path: Path) -> None:
    stored_report_show(db_path, ended=False)
    console = open_console(qtbot, db_path)
    try:
        view = console.window.show_mode("Review")
        assert isinstance(view, ReviewView)
        qtbot.waitUntil(lambda: view.sessions.rowCount() == 1, timeout=10_000)
        assert cells(view.sessions, 0)[3] == "29:51 (never ended)"  # to its last reading
        choose(qtbot, view, 0)
        assert view.report is not None and view.report.show.ended_at is None
    finally:
        console.shutdown()


def test_a_session_read_off_the_gui_thread(
    qtbot: QtBot, reviewed: tuple[Console, ReviewView, list[int]]
) -> None:
    _console, view, _ids = reviewed
    threads: list[str] = []
    original = view.library._read

    def spy(work):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return original(work)

    # The list's peaks read first, and their reports kept (before each peak is shown).
    qtbot.waitUntil(
        lambda: "…" not in (cells(view.sessions, 0)[4], cells(view.sessions, 1)[4]), timeout=10_000
    )
    view.library._read = spy  # type: ignore[method-assign]
    choose(qtbot, view, 0)
    assert threads == []  # the report the peak was read from is kept: open at once, nothing read again
    view.library.forget()
    choose(qtbot, view, 1)
    choose(qtbot, view, 0)
    assert len(threads) == 2 and threading.main_thread().name not in threads


def test_the_report_page_shows_the_figures_and_the_notes(
    qtbot: QtBot, reviewed: tuple[Console, ReviewView, list[int]]
) -> None:
    _console, view, _ids = reviewed
    choose(qtbot, view, 0)
    assert view.stops.rowCount() == len(REPORT_STOPS)
    mona = cells(view.stops, 1)
    assert mona[1] == "▲ Mona Lisa (gained most)" and mona[8:11] == ["224", "313", "313"]
    item = view.stops.item(1, 1)
    assert item is not None and item.font().bold() and item.data(STANDS_OUT_ROLE)
    assert not view.stops.item(0, 1).font().bold()  # type: ignore[union-attr]
    figures = dict(cells(view.show_table, r) for r in range(view.show_table.rowCount()))
    assert figures["Peak viewers"] == "418 at 29:50" and figures["Length"] == "30m"
    notes = [cells(view.notes, r)[4] for r in range(view.notes.rowCount())]
    assert notes == [REPORT_NOTES[0], "(mark)", REPORT_NOTES[2]]
    assert all(button.isEnabled() for button in view.export_buttons.values())


def test_a_tick_shows_its_note_and_a_click_chooses_it(
    qtbot: QtBot, reviewed: tuple[Console, ReviewView, list[int]]
) -> None:
    _console, view, _ids = reviewed
    choose(qtbot, view, 0)
    view.chart.repaint()
    layout = view.chart.layout_
    assert layout is not None
    x = layout.x(REPORT_T0 + 1300)
    below = QPointF(x, layout.plot.bottom() + 6)
    assert view.chart.note_at(below) == 2
    assert view.chart.note_text(2).endswith(REPORT_NOTES[2]) and "Vénus de Milo" in view.chart.note_text(2)
    assert view.chart.note_at(QPointF(layout.x(REPORT_T0 + 600), below.y())) is None
    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=below.toPoint())
    assert [index.row() for index in view.notes.selectionModel().selectedRows()] == [2]


def test_exports_go_through_the_worker_with_progress(
    qtbot: QtBot, reviewed: tuple[Console, ReviewView, list[int]], tmp_path: Path
) -> None:
    _console, view, _ids = reviewed
    choose(qtbot, view, 0)
    for kind, suffix in (
        ("pdf", "pdf"),
        ("html", "html"),
        ("png", "png"),
        ("csv", "csv"),
        ("chapters", "txt"),
    ):
        path = tmp_path / f"report.{suffix}"
        with qtbot.waitSignal(view.library.exported, timeout=20_000):
            view.export_to(kind, path)  # type: ignore[arg-type]
            assert view.progress.isVisible()  # the strip shows while the worker writes
        assert path.stat().st_size > 0
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "report.txt").read_text().splitlines()[0] == "0:00 Winged Victory"
    assert "Written" in view.messages.label.text()
    assert QApplication.activeModalWidget() is None


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, reviewed: tuple[Console, ReviewView, list[int]], db_path: Path
) -> None:
    _console, view, _ids = reviewed
    choose(qtbot, view, 0)
    with qtbot.waitSignal(view.library.failed, timeout=10_000):
        view.export_to("csv", db_path)  # the database in use is never overwritten
    assert view.messages.label.text() and db_path.read_bytes().startswith(b"SQLite format 3")
    choose(qtbot, view, 1)  # the rehearsal: never live with viewers, but it went live
    assert view.report is not None and view.report.show.audience.peak is None


def test_review_is_shut_on_air_as_prepare(
    qtbot: QtBot, reviewed: tuple[Console, ReviewView, list[int]]
) -> None:
    console, view, _ids = reviewed
    console.window.show_mode("Live")
    console.live_view.setFocus()
    key(qtbot, console, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: console.controller.on_air)
    assert not console.review_button.isEnabled() and not console.prepare_button.isEnabled()
    assert "on air" in console.review_button.toolTip()
    end = console.live_view.clock_bar.end_button  # two clicks end the show
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not console.controller.on_air)
    assert console.review_button.isEnabled()
    console.window.show_mode("Review")
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 3, timeout=10_000)  # the show just ended is listed
