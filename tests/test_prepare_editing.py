"""Prepare mode, driven like a producer drives it: real widgets offscreen, a real SQLite file.

Every check of "saved" reads the database through a second connection, so it is what a
crash would leave behind, not what the window remembers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.show.tour import Stop, Tour
from console.store import TourRepository, open_database
from console.ui import theme
from console.ui.prepare import PrepareView
from tests.conftest import REPO
from tests.helpers import PNG, STOPS, stored, titles
from tests.pixels import shows


def test_add_a_stop_and_fill_every_field_by_typing(qtbot: QtBot, view: PrepareView, db_path: Path) -> None:
    tour_id = view.space.tour_id
    assert tour_id is not None
    view.select_row(3)
    qtbot.mouseClick(view.stop_buttons["add"], Qt.MouseButton.LeftButton)
    assert view.current_row() == 4 and len(stored(db_path, tour_id).stops) == 5
    form = view.form
    form.fields["title"].selectAll()
    qtbot.keyClicks(form.fields["title"], "Winged Victory")
    qtbot.keyClicks(form.duration, "4m 30s")
    for name, text in (("location", "Daru"), ("artist", "Unknown"), ("date", "190 BC"), ("medium", "Marble")):
        qtbot.keyClicks(form.fields[name], text)
    qtbot.keyClicks(form.points, "The **prow**")
    saved = stored(db_path, tour_id).stops[4]
    assert saved == Stop("Winged Victory", 270, "Daru", "Unknown", "190 BC", "Marble", "", "The **prow**")
    # The preview renders the Markdown (bold, no asterisks) as the producer types.
    assert view.form.preview.toPlainText() == "The prow"
    assert view.model.index(4, 1).data() == "10:00"  # 1+2+3+4 minutes before it
    # A bad duration is shown, not saved.
    form.duration.clear()
    qtbot.keyClicks(form.duration, "soon")
    assert "not a duration" in form.duration_hint.text()
    assert stored(db_path, tour_id).stops[4].duration_s == 270


def test_undo_and_redo_every_kind_of_edit(qtbot: QtBot, view: PrepareView, db_path: Path) -> None:
    tour_id = view.space.tour_id
    assert tour_id is not None
    original = stored(db_path, tour_id)
    view.select_row(1)
    qtbot.keyClicks(view.form.fields["title"], " (east)")
    qtbot.keyClicks(view.tour_form.title, " of spring")
    view.move_current(1)
    view.remove_stop()
    view.add_stop()
    after = stored(db_path, tour_id)
    assert after.title == "Route of spring" and titles(after) == ["Stop 1", "Stop 3", "Stop 4", "New stop"]
    assert view.undo_stack.count() == 5  # typing in one field is one undo step
    while view.undo_stack.canUndo():
        view.undo_stack.undo()
    assert stored(db_path, tour_id) == original
    row = view.current_row()
    assert view.space.tour is not None and row is not None
    assert view.form.fields["title"].text() == view.space.tour.stops[row].title
    while view.undo_stack.canRedo():
        view.undo_stack.redo()
    assert stored(db_path, tour_id) == after
    # Ctrl+Z from the stop list is the same undo.
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(stored(db_path, tour_id)) == ["Stop 1", "Stop 3", "Stop 4"]


def test_alt_up_and_down_move_the_selected_stop(qtbot: QtBot, view: PrepareView, db_path: Path) -> None:
    tour_id = view.space.tour_id
    assert tour_id is not None
    view.activateWindow()
    view.table.setFocus()
    view.select_row(2)
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(stored(db_path, tour_id)) == ["Stop 1", "Stop 3", "Stop 2", "Stop 4"]
    assert view.current_row() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first: nothing
    for _ in range(3):
        qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(stored(db_path, tour_id)) == ["Stop 1", "Stop 2", "Stop 4", "Stop 3"]
    # Planned starts follow the new order.
    assert [view.model.index(row, 1).data() for row in range(4)] == ["0:00", "1:00", "3:00", "7:00"]


def drop_on_row(view: PrepareView, source: int, target_row: int, *, above: bool) -> None:
    """A real drop event on the table's viewport, carrying what dragging ``source`` carries."""
    mime = view.model.mimeData([view.model.index(source, 0)])
    rect = view.table.visualRect(view.model.index(target_row, 3))
    point = QPoint(rect.center().x(), rect.top() + 1 if above else rect.center().y())
    event = QDropEvent(
        point.toPointF(),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.table.dropEvent(event)


def test_drag_and_drop_reorders_and_undo_puts_it_back(qtbot: QtBot, view: PrepareView, db_path: Path) -> None:
    tour_id = view.space.tour_id
    assert tour_id is not None
    drop_on_row(view, 0, 3, above=True)  # between Stop 3 and Stop 4
    assert titles(stored(db_path, tour_id)) == ["Stop 2", "Stop 3", "Stop 1", "Stop 4"]
    assert [view.model.index(r, 3).data() for r in range(4)] == ["Stop 2", "Stop 3", "Stop 1", "Stop 4"]
    drop_on_row(view, 3, 0, above=False)  # the lower half of the first stop: just below it
    assert titles(stored(db_path, tour_id)) == ["Stop 2", "Stop 4", "Stop 3", "Stop 1"]
    # The model's drop path directly: below the last row.
    view.model.dropMimeData(
        view.model.mimeData([view.model.index(0, 0)]),
        Qt.DropAction.MoveAction,
        4,
        0,
        view.model.index(-1, -1),
    )
    assert titles(stored(db_path, tour_id)) == ["Stop 4", "Stop 3", "Stop 1", "Stop 2"]
    for _ in range(3):
        view.undo_stack.undo()
    assert titles(stored(db_path, tour_id)) == ["Stop 1", "Stop 2", "Stop 3", "Stop 4"]


def test_tours_new_duplicate_rename_delete_search_and_undo(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    first = view.space.tour_id
    assert first is not None
    view.duplicate_tour(first)
    copy = view.space.tour_id
    assert copy is not None
    assert copy != first and stored(db_path, copy).stops == STOPS
    view.rename_tour(copy, "Autumn route")
    qtbot.mouseClick(view.tours.buttons["new"], Qt.MouseButton.LeftButton)
    new = view.space.tour_id
    assert new is not None
    assert stored(db_path, new).title == "New tour" and view.tours.list.count() == 3
    qtbot.keyClicks(view.tours.search, "autumn")
    assert view.tours.list.count() == 1 and "Autumn route" in view.tours.list.item(0).text()
    view.tours.search.clear()
    view.delete_tour(copy)
    assert view.tours.list.count() == 2
    view.undo_stack.undo()
    assert stored(db_path, copy).title == "Autumn route" and stored(db_path, copy).stops == STOPS
    assert view.space.tour_id == copy


def test_budget_bar_and_warnings_follow_the_edits(qtbot: QtBot, view: PrepareView) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app)  # as the console does once its window is built
    assert "planned 10m of the 15m slot" in view.budget.bar.format()
    assert not shows(view.budget.bar, theme.BAD)
    view.select_row(3)
    view.edit_stop(3, duration_s=600, talking_points="", image="gone.png")
    assert "OVER by 1m" in view.budget.bar.format() and view.budget.bar.property("over") is True
    assert shows(view.budget.bar, theme.BAD)  # the over part is drawn red
    warnings = view.budget.warnings.text()
    assert "Stop 4 (Stop 4): no talking points" in warnings
    assert "the image 'gone.png' is missing" in warnings and "over its 15m slot" in warnings
    view.add_stop()
    assert "Stop 5 (New stop): no duration" in view.budget.warnings.text()
    assert view.model.index(4, 4).data() == "⚠"


def test_an_image_dropped_in_is_stored_with_the_tour(
    qtbot: QtBot, view: PrepareView, db_path: Path, tmp_path: Path
) -> None:
    tour_id = view.space.tour_id
    assert tour_id is not None
    picture = tmp_path / "mona.png"
    picture.write_bytes(PNG)
    view.select_row(0)
    view.form.image.offer_file(picture)
    saved = stored(db_path, tour_id)
    assert saved.stops[0].image == "mona.png" and saved.images == {"mona.png": PNG}
    view.select_row(1)
    view.form.image.offer_file(picture)  # same name, another stop: stored under a new name
    assert stored(db_path, tour_id).stops[1].image == "mona-2.png"
    view.undo_stack.undo()
    assert stored(db_path, tour_id).images.keys() == {"mona.png"}
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("hello")
    with qtbot.waitSignal(view.form.problem) as blocker:
        view.form.image.offer_file(not_a_picture)
    assert "not a picture" in blocker.args[0]


KILLED_EDITOR = """
import sys, time
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
app = QApplication([])
from console.store import open_database
from console.prepare.workspace import Workspace
from console.ui.prepare import PrepareView
db = open_database(sys.argv[1])
view = PrepareView(Workspace(db))
view.show()
view.open_tour(int(sys.argv[2]))
view.select_row(1)
QTest.keyClicks(view.form.fields["title"], " edited")
view.form.points.moveCursor(QTextCursor.MoveOperation.End)
QTest.keyClick(view.form.points, Qt.Key.Key_Return)
QTest.keyClicks(view.form.points, "last words")
view.move_current(1)
print("EDITED", flush=True)
time.sleep(60)
"""


def test_killing_the_editor_after_an_edit_loses_nothing(tmp_path: Path, db_path: Path) -> None:
    db = open_database(db_path)
    tour_id = TourRepository(db).add(Tour(title="Route", stops=STOPS))
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_EDITOR, str(db_path), str(tour_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "EDITED", process.stderr.read() if process.stderr else ""
    finally:
        process.kill()
        process.wait(10)
    after = stored(db_path, tour_id)
    assert titles(after) == ["Stop 1", "Stop 3", "Stop 2 edited", "Stop 4"]
    assert after.stops[2].talking_points == "Say 2\nlast words"
