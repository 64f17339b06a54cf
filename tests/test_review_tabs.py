"""Review's Search and Compare tabs (issue 17, items 4 and 5) in the real console on a real database: a query
typed in the Search tab finds a French and a Chinese note, and the hit chosen opens its session's report with
the note chosen and marked on the chart; the Compare tab pairs a rehearsal and the show of one tour and
highlights the differences; its choosers follow Review's list."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from console.app import Console
from console.show.compare import Comparison
from console.show.note_search import NoteSearchResult
from console.store import TourRepository, open_database
from console.ui.review import ReviewView
from console.ui.review_compare import SessionCompareView
from console.ui.review_search import MARKED_ROLE, NotesSearchPane
from console.ui.theme import active
from tests.helpers import REPORT_STOPS, open_console, stored_report_show

FRENCH = "lumière trop forte sur la Méduse"
CHINESE = "观众问蒙娜丽莎为什么微笑"


@dataclass
class Reviewed:
    console: Console
    view: ReviewView
    rehearsal: int
    show: int

    @property
    def search(self) -> NotesSearchPane:
        assert self.console.notes_search is not None
        return self.console.notes_search

    @property
    def compare(self) -> SessionCompareView:
        assert self.console.session_compare is not None
        return self.console.session_compare


@pytest.fixture
def reviewed(qtbot: QtBot, db_path: Path) -> Iterator[Reviewed]:
    """A rehearsal (French and Chinese notes, no viewers, 100 s longer at the first stop and 100 s shorter at
    the second), then the show of the same tour; the console in Review."""
    rehearsal = stored_report_show(
        db_path, kind="rehearsal", viewers=False, notes=(FRENCH, "", CHINESE), arrivals=(0, 400, 1100, 1500)
    )
    db = open_database(db_path)
    tour_id = TourRepository(db).latest_id()
    db.close()
    show = stored_report_show(db_path, tour_id=tour_id)
    console = open_console(qtbot, db_path)
    view = console.window.show_mode("Review")
    assert isinstance(view, ReviewView)
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 2, timeout=10_000)
    yield Reviewed(console, view, rehearsal, show)
    console.shutdown()


def tab_labels(view: ReviewView) -> list[str]:
    return [view.tabs.tabText(i) for i in range(view.tabs.count())]


def search_for(qtbot: QtBot, pane: NotesSearchPane, query: str) -> list[str]:
    """Type ``query`` as a user would (the search starts after the typing pause); the hits' notes. Text beyond
    a keyboard's keys comes as an input method commits it (QTest's key clicks know only Latin keys)."""
    before = pane.model.hits
    pane.field.selectAll()
    qtbot.keyClick(pane.field, Qt.Key.Key_Delete)
    committed = QInputMethodEvent()
    committed.setCommitString(query)
    QApplication.sendEvent(pane.field, committed)
    assert pane.field.text() == query
    qtbot.waitUntil(lambda: pane.model.hits is not before and pane.model.rowCount() > 0, timeout=10_000)
    return [hit.text for hit in pane.model.hits]


def choose_hit(qtbot: QtBot, pane: NotesSearchPane, row: int) -> None:
    cell = pane.table.visualRect(pane.model.index(row, 4)).center()
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)


def chosen_note(view: ReviewView) -> list[int]:
    return [index.row() for index in view.notes.selectionModel().selectedRows()]


def test_search_and_compare_are_tabs_beside_the_report(reviewed: Reviewed) -> None:
    assert tab_labels(reviewed.view) == ["Report", "Search", "Compare"]
    assert reviewed.view.tabs.currentWidget() is reviewed.view.report_page


def test_a_hit_chosen_opens_its_session_with_the_note_chosen_and_marked(
    qtbot: QtBot, reviewed: Reviewed
) -> None:
    view, search = reviewed.view, reviewed.search
    view.sessions.selectRow(0)  # the show's report is open...
    qtbot.waitUntil(lambda: view.report is not None and view.report.session.id == reviewed.show)
    view.tabs.setCurrentWidget(search)
    # ...and two characters of Chinese (too short for the index) find the rehearsal's note
    assert search_for(qtbot, search, "蒙娜") == [CHINESE]
    assert "<b " in str(search.model.data(search.model.index(0, 4), MARKED_ROLE))  # the words marked
    choose_hit(qtbot, search, 0)
    qtbot.waitUntil(lambda: view.report is not None and view.report.session.id == reviewed.rehearsal)
    assert view.tabs.currentWidget() is view.report_page
    assert view.chosen_session() == reviewed.rehearsal
    qtbot.waitUntil(lambda: chosen_note(view) == [2])
    assert view.notes.item(2, 4).text() == CHINESE  # type: ignore[union-attr]
    assert view.chart.marked == 2
    view.chart.repaint()
    x = view.chart.marked_x()
    assert x is not None and view.chart.layout_ is not None
    drawn = view.chart.grab().toImage()  # the dashed line, above the curve's area, where the note fell
    column = [drawn.pixelColor(round(x), y) for y in range(int(view.chart.layout_.plot.top()), 200)]
    assert view.chart.palette().highlight().color() in column

    # a French word in any case, in the session already open: the note is chosen at once
    view.tabs.setCurrentWidget(search)
    assert search_for(qtbot, search, "MÉDUSE") == [FRENCH]
    choose_hit(qtbot, search, 0)
    assert view.tabs.currentWidget() is view.report_page
    assert chosen_note(view) == [0] and view.chart.marked == 0


def test_the_compare_tab_highlights_where_the_show_differed_from_the_rehearsal(
    qtbot: QtBot, reviewed: Reviewed
) -> None:
    view, compare = reviewed.view, reviewed.compare
    view.tabs.setCurrentWidget(compare)
    assert compare.first.count() == 2  # the choosers hold Review's list
    compare.choose(reviewed.rehearsal, reviewed.show)
    qtbot.waitUntil(lambda: compare.comparison is not None, timeout=10_000)
    table = compare.table
    assert [text(table, r, 2) for r in range(table.rowCount())] == list(REPORT_STOPS)
    assert [text(table, 0, c) for c in (4, 5, 6)] == ["6:40", "8:20", "+1:40"]  # B − A
    assert [text(table, 1, c) for c in (4, 5, 6)] == ["11:40", "10:00", "−1:40"]
    assert [text(table, 2, c) for c in (4, 5, 6)] == ["6:40", "6:40", "±0:00"]
    warn = QColor(active().warn_fill)
    for row, differs in ((0, True), (1, True), (2, False)):
        item = table.item(row, 6)
        assert item is not None
        assert item.font().bold() is differs
        assert (item.background().color() == warn) is differs
    cell = table.visualItemRect(table.item(0, 6)).center()  # type: ignore[arg-type]
    assert table.viewport().grab().toImage().pixelColor(cell + QPoint(0, 5)) == warn  # drawn so
    assert text(table, 0, 7) == "—"  # the rehearsal had no viewers: no hold
    assert "Length" in compare.summary.text()


def test_the_choosers_follow_reviews_list_after_a_show(
    qtbot: QtBot, reviewed: Reviewed, db_path: Path
) -> None:
    compare = reviewed.compare
    assert compare.first.count() == 2
    db = open_database(db_path)
    tour_id = TourRepository(db).latest_id()
    db.close()
    stored_report_show(db_path, tour_id=tour_id)  # a show ended since Review was opened
    reviewed.console.window.show_mode("Live")
    reviewed.console.window.show_mode("Review")  # Review reads its list again
    qtbot.waitUntil(lambda: compare.first.count() == 3, timeout=10_000)
    compare.choose(reviewed.show, reviewed.rehearsal)
    assert compare.second.count() == 2  # the other two sessions of the tour


def text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def test_the_search_and_the_comparison_read_off_the_gui_thread(qtbot: QtBot, reviewed: Reviewed) -> None:
    search, compare = reviewed.search, reviewed.compare
    threads: list[str] = []
    searching, comparing = search._search, compare._compare

    def search_spy(query: str, limit: int) -> NoteSearchResult:
        threads.append(threading.current_thread().name)
        return searching(query, limit)

    def compare_spy(a: int, b: int) -> Comparison:
        threads.append(threading.current_thread().name)
        return comparing(a, b)

    search._search, compare._compare = search_spy, compare_spy
    reviewed.view.tabs.setCurrentWidget(search)
    assert search_for(qtbot, search, "Méduse") == [FRENCH]
    reviewed.view.tabs.setCurrentWidget(compare)
    compare.choose(reviewed.rehearsal, reviewed.show)
    qtbot.waitUntil(lambda: compare.comparison is not None, timeout=10_000)
    assert len(threads) == 2 and threading.main_thread().name not in threads


def test_a_hit_in_a_session_newer_than_the_list_is_listed_then_opened(
    qtbot: QtBot, reviewed: Reviewed, db_path: Path
) -> None:
    view, search = reviewed.view, reviewed.search
    newer = stored_report_show(db_path, notes=("", "", "la Joconde sourit encore"))  # after Review listed
    assert view.sessions.rowCount() == 2
    view.tabs.setCurrentWidget(search)
    assert search_for(qtbot, search, "Joconde") == ["la Joconde sourit encore"]
    choose_hit(qtbot, search, 0)
    qtbot.waitUntil(lambda: view.report is not None and view.report.session.id == newer, timeout=10_000)
    assert view.sessions.rowCount() == 3 and view.chosen_session() == newer
    qtbot.waitUntil(lambda: chosen_note(view) == [2])
