"""Prepare edits what a stop can give when the show runs long: min, latest start, may be skipped."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from console.ui.prepare import PrepareView
from tests.helpers import stored


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
