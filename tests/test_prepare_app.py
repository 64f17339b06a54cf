"""Prepare inside the real console window: ``--prepare`` opens it; Rehearse runs a rehearsal in Live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from console.store import SessionRepository
from tests.helpers import TOUR, start


def test_prepare_flag_opens_prepare_and_rehearse_runs_a_rehearsal_in_live(
    qtbot: QtBot,
    tour_db: Path,
) -> None:
    console = Console(build_parser().parse_args(["--db", str(tour_db), "--prepare"]), load_settings())
    qtbot.addWidget(console.window)
    try:
        start(qtbot, console)
        assert console.window.stack.currentWidget() is console.prepare_view
        tour_id = console.prepare_view.space.tour_id
        tour = console.prepare_view.space.tour
        assert tour_id is not None and tour is not None and tour.title == TOUR.title
        console.prepare_view.rehearse_requested.emit(tour_id)
        assert console.window.stack.currentWidget() is console.live_view
        qtbot.keyClick(console.live_view, Qt.Key.Key_F5)
        session = console.controller.session
        assert session is not None and session.kind == "rehearsal"
        assert "REHEARSAL" in console.live_view.clock_bar.state.text()
        qtbot.keyClick(console.live_view, Qt.Key.Key_PageDown)
        # While a session is on air, Prepare cannot swap the tour under it.
        console.prepare_view.open_live_requested.emit(tour_id)
        assert "on air" in console.prepare_view.message.text()
        console.controller.end_show()
        rehearsal = SessionRepository(console.db).latest_rehearsal(tour_id)
        assert rehearsal is not None and rehearsal.id == session.id
        console.prepare_view.open_live_requested.emit(tour_id)
        assert console.controller.kind == "live" and console.controller.session is None
    finally:
        console.shutdown()
