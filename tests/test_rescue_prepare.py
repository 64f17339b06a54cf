"""Prepare edits what a stop can give when the show runs long: min, latest start, may be skipped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.formats import load_tour, save_tour
from console.show.rehearsal import minimum_offers
from console.store import Database
from console.ui.prepare import PrepareView
from console.ui.prepare.rehearsal import RehearsalDialog
from tests.helpers import rehearse, stored


def test_min_latest_and_optional_are_typed_saved_and_undone(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    tour_id = view.space.tour_id
    assert tour_id is not None
    view.select_row(3)  # Stop 4: 4 minutes planned
    form = view.form
    qtbot.keyClicks(form.minimum, "3m")
    qtbot.keyClicks(form.latest, "0:20:00")
    form.optional.click()
    stop = stored(db_path, tour_id).stops[3]
    assert (stop.min_s, stop.latest_s, stop.optional) == (180, 1200, True)
    view.undo_stack.undo()
    assert stored(db_path, tour_id).stops[3].optional is False
    # A minimum longer than the plan is told under the fields, and not kept.
    form.minimum.clear()
    qtbot.keyClicks(form.minimum, "5m")
    assert "longer than the planned 4m" in form.rescue_hint.text()
    assert stored(db_path, tour_id).stops[3].min_s == 180
    form.latest.selectAll()
    qtbot.keyClicks(form.latest, "after lunch")
    assert "not a duration" in form.rescue_hint.text()
    # Clearing the field makes the stop fixed again.
    form.minimum.clear()
    qtbot.keyClicks(form.minimum, " ")
    assert stored(db_path, tour_id).stops[3].min_s is None
    view.select_row(0)
    view.select_row(3)
    assert (form.minimum.text(), form.latest.text()) == ("", "0:20:00")


def test_the_fastest_rehearsals_are_offered_as_minimums(
    qtbot: QtBot, view: PrepareView, fresh_db: Database, db_path: Path
) -> None:
    tour = view.space.tour
    assert tour is not None and tour.id is not None  # stops of 1, 2, 3 and 4 minutes
    rehearse(fresh_db, tour, [50.0, 130.0, 150.0, 240.0])
    rehearse(fresh_db, tour, [55.0, 100.0, 170.0, 250.0])
    offers = minimum_offers(view.space.rehearsals(tour.id), tour)
    assert [(o.position, o.fastest_s, o.rehearsals) for o in offers] == [(0, 50, 2), (1, 100, 2), (2, 150, 2)]
    shown: list[list[str]] = []

    def keep_the_plan_take_the_minimums() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RehearsalDialog)
        for row in range(dialog.table.rowCount()):  # the durations stay as planned
            item = dialog.table.item(row, 0)
            assert item is not None
            item.setCheckState(Qt.CheckState.Unchecked)
        table = dialog.minimum_table
        for row in range(table.rowCount()):  # offered unticked: a minimum is ticked on purpose
            item = table.item(row, 0)
            assert item is not None and item.checkState() == Qt.CheckState.Unchecked
            item.setCheckState(Qt.CheckState.Checked)
        shown.append([table.item(row, 3).text() for row in range(table.rowCount())])  # type: ignore[union-attr]
        dialog.accept()

    QTimer.singleShot(0, keep_the_plan_take_the_minimums)
    view.offer_rehearsal_durations()
    assert shown == [["50s (of 2 rehearsals)", "1m 40s (of 2 rehearsals)", "2m 30s (of 2 rehearsals)"]]
    saved = stored(db_path, tour.id).stops
    assert [stop.min_s for stop in saved] == [50, 100, 150, None]
    assert [stop.duration_s for stop in saved] == [60, 120, 180, 240]
    assert view.message.text() == "Set 3 minimums from the fastest rehearsals"
    view.undo_stack.undo()
    assert [stop.min_s for stop in stored(db_path, tour.id).stops] == [None] * 4


def test_a_plan_made_shorter_than_its_min_keeps_the_min_and_every_export_imports_back(
    qtbot: QtBot, view: PrepareView, db_path: Path, tmp_path: Path
) -> None:
    """A min is checked against the plan just typed (the form once checked it against the plan it was
    filled with), and a plan typed shorter than a min keeps the min, says so, and exports a file that
    imports (it once wrote ``min: 1m`` under ``duration: 30s``, which every import refuses)."""
    tour_id = view.space.tour_id
    assert tour_id is not None
    view.select_row(3)  # Stop 4: 4 minutes planned
    form = view.form
    form.duration.selectAll()
    qtbot.keyClicks(form.duration, "2m")
    qtbot.keyClicks(form.minimum, "3m")
    assert "longer than the planned 2m" in form.rescue_hint.text()
    assert stored(db_path, tour_id).stops[3].min_s is None
    form.minimum.clear()
    qtbot.keyClicks(form.minimum, "1m")
    form.duration.setFocus()
    form.duration.selectAll()
    qtbot.keyClicks(form.duration, "30s")
    stop = stored(db_path, tour_id).stops[3]
    assert (stop.duration_s, stop.min_s) == (30, 60)  # kept: the plan may grow back
    assert "min (1m) is longer than the planned 30s" in form.rescue_hint.text()
    view.select_row(0)
    view.select_row(3)
    assert "longer than the planned 30s" in form.rescue_hint.text()
    tour = stored(db_path, tour_id)
    for fmt, suffix in {"md": ".md", "json": ".json", "csv": ".csv", "bundle": ".cicerone"}.items():
        path = tmp_path / f"tour{suffix}"
        save_tour(tour, fmt, path)
        again = load_tour(path)
        assert again.stops[3].duration_s == 30 and again.stops[3].min_s is None, fmt
        assert again.stops[3].shortest_s == tour.stops[3].shortest_s, fmt
