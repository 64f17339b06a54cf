"""Prepare is calm and keyboard-friendly: reading-order Tab, problems under the field, one message strip
that never moves the layout, fixed toolbar buttons, human labels, a stable tour list, the shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from console.prepare.workspace import Workspace
from console.show.tour import Stop, Tour
from console.store import Database, TourRepository
from console.ui import theme
from console.ui.prepare import PrepareView
from console.ui.prepare.rehearsal import RehearsalDialog
from tests.helpers import EXCEL_EUROPE, rehearse, stored
from tests.pixels import shows

STOPS = (Stop("Hall", 300), Stop("Tower", 240), Stop("Garden", 120))


def make_view(qtbot: QtBot, db: Database) -> PrepareView:
    widget = PrepareView(Workspace(db))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def view(qtbot: QtBot, fresh_db: Database) -> PrepareView:
    tour_id = TourRepository(fresh_db).add(Tour(title="Castle", slot_s=900, stops=STOPS))
    widget = make_view(qtbot, fresh_db)
    widget.open_tour(tour_id)
    widget.select_row(0)
    return widget


def settle(qtbot: QtBot) -> None:
    """Let pending layout requests run, as the event loop would before the next paint."""
    qtbot.wait(30)


def geometries(*widgets: QWidget) -> list[QRect]:
    return [
        QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size()) for widget in widgets
    ]


def test_tab_visits_the_stop_fields_in_reading_order(qtbot: QtBot, view: PrepareView) -> None:
    view.activateWindow()
    form = view.form
    form.fields["title"].setFocus()
    qtbot.waitUntil(lambda: form.fields["title"].hasFocus())
    focused = QApplication.focusWidget()
    assert focused is not None
    visited = [focused.objectName()]
    for _ in range(11):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused.objectName())
    assert visited == [
        "stop_title",
        "stop_duration",
        "stop_min",
        "stop_latest",
        "stop_optional",
        "stop_location",
        "stop_artist",
        "stop_date",
        "stop_medium",
        "stop_image_pick",
        "stop_image_clear",
        "stop_talking_points",
    ]


def test_a_bad_duration_is_said_under_the_field_and_moves_nothing(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    form = view.form
    watched = (form, form.duration, form.fields["location"], form.points, view.table, view.tours)
    settle(qtbot)
    before = geometries(*watched)
    form.duration.setFocus()
    form.duration.selectAll()
    qtbot.keyClicks(form.duration, "soon, I think, after the long corridor")
    settle(qtbot)
    assert "not a duration" in form.duration_hint.text() and form.duration_hint.isVisible()
    assert geometries(*watched) == before  # nothing widened, squeezed or pushed down
    hint, duration = geometries(form.duration_hint, form.duration)
    assert hint.top() >= duration.bottom() and hint.left() == duration.left()  # under the field
    assert form.duration.width() > 100  # never squeezed to two characters
    assert stored(db_path, view.space.tour_id or 0).stops[0].duration_s == 300


def test_the_strip_says_what_succeeded_moves_nothing_and_goes(
    qtbot: QtBot, view: PrepareView, tmp_path: Path
) -> None:
    settle(qtbot)
    before = geometries(view.tours, view.table, view.form)
    target = tmp_path / "castle.md"
    view.export_file(target, "md")
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    settle(qtbot)
    assert view.message.isVisible() and view.message.text() == f"Saved {target}"
    assert geometries(view.tours, view.table, view.form) == before  # the message pushed nothing down
    # Esc dismisses it, from wherever the producer is typing.
    view.activateWindow()
    view.form.fields["title"].setFocus()
    qtbot.waitUntil(lambda: view.form.fields["title"].hasFocus())
    qtbot.keyClick(view.form.fields["title"], Qt.Key.Key_Escape)
    assert not view.message.isVisible()
    # Left alone, a message fades by itself.
    view.strip.linger_ms["info"] = 50
    view.show_problem("Saved /tmp/castle.md", level="info")
    assert view.message.isVisible()
    qtbot.waitUntil(lambda: not view.message.isVisible(), timeout=3_000)
    assert geometries(view.tours, view.table, view.form) == before
    # An import says what it did.
    source = tmp_path / "louvre.csv"
    source.write_bytes(EXCEL_EUROPE)
    view.import_file(source, title="Louvre")
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    assert view.message.isVisible() and view.message.text() == "Imported 2 stops into Louvre"


def test_undo_and_redo_keep_their_width_and_say_what_in_their_tooltip(
    qtbot: QtBot, view: PrepareView
) -> None:
    buttons = [view.toolbar.widgetForAction(view.undo_action), view.toolbar.widgetForAction(view.redo_action)]
    assert all(isinstance(button, QToolButton) for button in buttons)
    settle(qtbot)
    widths = [button.width() for button in buttons]
    places = [button.x() for button in view.toolbar.findChildren(QToolButton)]
    view.edit_stop(0, talking_points="The great hall, **1420**")
    view.undo_stack.undo()
    settle(qtbot)
    assert view.undo_action.text() == "Undo" and view.redo_action.text() == "Redo"
    assert view.redo_action.toolTip() == "Redo edit the fields of stop 1"
    assert [button.width() for button in buttons] == widths
    assert [button.x() for button in view.toolbar.findChildren(QToolButton)] == places


def test_labels_are_human(qtbot: QtBot, view: PrepareView, fresh_db: Database) -> None:
    view.form.points.setPlainText("Look up")  # as typing does: one edit of the talking points
    assert view.undo_stack.undoText() == "edit the talking points of stop 1"
    view.tour_form.slot.setFocus()
    qtbot.keyClicks(view.tour_form.slot, "1h")
    assert view.undo_stack.undoText() == "edit the tour's slot"
    TourRepository(fresh_db).add(Tour(title="Single", stops=(Stop("Only", 60),)))
    view.refresh_tours()
    lines = [view.tours.list.item(row).text() for row in range(view.tours.list.count())]
    assert any(line.startswith("Single\n1 stop ·") for line in lines), lines
    assert any(line.startswith("Castle\n3 stops ·") for line in lines), lines


def test_the_tour_list_keeps_its_order_after_an_edit(qtbot: QtBot, fresh_db: Database) -> None:
    repository = TourRepository(fresh_db)
    repository.add(Tour(title="Beta walk", stops=STOPS))
    alpha = repository.add(Tour(title="alpha walk", stops=STOPS))
    repository.add(Tour(title="Gamma walk", stops=STOPS))
    view = make_view(qtbot, fresh_db)

    def order() -> list[str]:
        return [view.tours.list.item(row).text().split("\n")[0] for row in range(view.tours.list.count())]

    assert order() == ["alpha walk", "Beta walk", "Gamma walk"]
    view.tours.list.setCurrentRow(2)  # Gamma: the producer edits it
    view.edit_stop(0, title="Gatehouse")
    assert order() == ["alpha walk", "Beta walk", "Gamma walk"]
    assert view.tours.list.currentRow() == 2
    view.open_tour(alpha)
    view.edit_stop(1, duration_s=30)
    assert order() == ["alpha walk", "Beta walk", "Gamma walk"]


def test_keyboard_shortcuts_new_undo_redo_print(qtbot: QtBot, view: PrepareView, db_path: Path) -> None:
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.space.tour is not None and view.space.tour.title == "New tour"
    assert view.tours.list.count() == 2
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.tours.list.count() == 1
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, shift_ctrl)
    assert view.tours.list.count() == 2
    printing = next(action for action in view.actions() if action.objectName() == "print")
    assert printing.shortcut().toString() == "Ctrl+P"


def test_first_start_shows_the_fields_disabled_and_says_press_new(qtbot: QtBot, fresh_db: Database) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app)
    view = make_view(qtbot, fresh_db)
    form = view.form
    assert form.hint.isVisible() and "press New (Ctrl+N)" in form.hint.text()
    assert not form.fields["title"].isEnabled() and not form.points.isEnabled()
    settle(qtbot)
    # Visibly disabled: drawn on the window's background, not as an editable field's raised box.
    assert shows(form.fields["title"], theme.BACKGROUND) and not shows(
        form.fields["title"], theme.PANEL_RAISED
    )
    view.new_tour()
    view.add_stop()
    assert not form.hint.isVisible() and form.fields["title"].isEnabled()
    assert shows(form.fields["title"], theme.PANEL_RAISED)


def test_after_durations_from_a_rehearsal_a_stop_stays_selected(
    qtbot: QtBot, view: PrepareView, fresh_db: Database
) -> None:
    tour = view.space.tour
    assert tour is not None
    rehearse(fresh_db, tour, [330.4, 240.0, 95.0])
    view.select_row(2)
    said: list[str] = []

    def read_and_apply() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RehearsalDialog)
        said.append(dialog.source.text())
        dialog.accept()

    QTimer.singleShot(0, read_and_apply)
    view.offer_rehearsal_durations()
    assert said and said[0].startswith("From the rehearsal of ") and "1970" in said[0]
    assert view.current_row() == 2 and view.form.fields["title"].text() == "Garden"
    assert view.message.text() == "Set 2 planned durations from the rehearsal"
