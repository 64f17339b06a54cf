"""Prepare's slow work off the GUI thread (import, export, run-sheet) and rehearsal → planned durations."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import console.ui.prepare.view
from console.formats import load_tour
from console.prepare.workspace import Workspace
from console.show.rehearsal import proposals
from console.show.tour import Stop, Tour
from console.store import Database, SessionRepository, TourRepository
from console.ui.prepare import PrepareView
from console.ui.prepare.rehearsal import RehearsalDialog
from tests.helpers import EXCEL_EUROPE, rehearse, stored, titles

STOPS = (Stop("Hall", 300), Stop("Tower", 240), Stop("Garden", 120))


@pytest.fixture
def view(qtbot: QtBot, fresh_db: Database) -> PrepareView:
    tour_id = TourRepository(fresh_db).add(Tour(title="Castle", slot_s=900, stops=STOPS))
    widget = PrepareView(Workspace(fresh_db))
    qtbot.addWidget(widget)
    widget.show()
    widget.open_tour(tour_id)
    return widget


def test_import_runs_off_the_gui_thread_and_is_one_undo_step(
    qtbot: QtBot, view: PrepareView, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "louvre.csv"
    source.write_bytes(EXCEL_EUROPE)
    parsed_on: list[int] = []

    def load_tour_noting_the_thread(*args: Any, **kwargs: Any) -> Tour:
        parsed_on.append(threading.get_ident())
        return load_tour(*args, **kwargs)

    monkeypatch.setattr(console.ui.prepare.view, "load_tour", load_tour_noting_the_thread)
    view.import_file(source, title="Louvre", slot_s=1200)
    assert view.progress.isVisible() and view.runner.busy
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    assert parsed_on and parsed_on[0] != threading.get_ident()
    new_id = view.space.tour_id
    assert new_id is not None and stored(db_path, new_id).title == "Louvre"
    assert stored(db_path, new_id).slot_s == 1200
    assert titles(stored(db_path, new_id)) == ["La Joconde", "Victoire de Samothrace"]
    assert view.tours.list.count() == 2 and not view.progress.isVisible()
    view.undo_stack.undo()
    assert view.tours.list.count() == 1


def test_a_bad_import_shows_file_line_and_reason_and_stores_nothing(
    qtbot: QtBot, view: PrepareView, tmp_path: Path
) -> None:
    source = tmp_path / "broken.csv"
    source.write_text("title,duration\nA,1m\nB,whenever\n", encoding="utf-8")
    view.import_file(source)
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    assert f"{source}, line 3:" in view.message.text() and view.message.isVisible()
    assert view.tours.list.count() == 1 and view.undo_stack.count() == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_export_pdf_and_csv_from_the_editor(qtbot: QtBot, view: PrepareView, tmp_path: Path) -> None:
    progress: list[tuple[int, int]] = []
    view.progress.bar.valueChanged.connect(
        lambda value: progress.append((value, view.progress.bar.maximum()))
    )
    pdf = tmp_path / "castle.pdf"
    view.export_file(pdf, "pdf")
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=20_000)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert all(f"{n}. {stop.title}" in text for n, stop in enumerate(STOPS, start=1))
    assert progress and progress[-1][0] == progress[-1][1]  # the bar reached the page count
    sheet = tmp_path / "castle.csv"
    view.export_file(sheet, "csv")
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbftitle,duration")
    assert "Saved" in view.message.text()


def test_durations_from_a_rehearsal_stop_by_stop_with_undo(
    qtbot: QtBot, view: PrepareView, fresh_db: Database, db_path: Path
) -> None:
    tour = view.space.tour
    assert tour is not None and tour.id is not None
    assert view.space.latest_rehearsal(tour.id) is None
    live = SessionRepository(fresh_db).create(tour, kind="live")  # a real show is never offered
    SessionRepository(fresh_db).go_live(live, 10.0)
    rehearse(fresh_db, tour, [330.4, 240.0, 95.0])
    rehearsal = view.space.latest_rehearsal(tour.id)
    assert rehearsal is not None
    offers = proposals(rehearsal, tour)
    assert [(o.position, o.planned_s, o.actual_s) for o in offers] == [(0, 300, 330), (2, 120, 95)]

    def untick_the_garden_and_apply() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RehearsalDialog)
        item = dialog.table.item(1, 0)
        assert item is not None
        item.setCheckState(item.checkState().Unchecked)
        dialog.accept()

    QTimer.singleShot(0, untick_the_garden_and_apply)
    view.offer_rehearsal_durations()
    assert [stop.duration_s for stop in stored(db_path, tour.id).stops] == [330, 240, 120]
    view.undo_stack.undo()
    assert [stop.duration_s for stop in stored(db_path, tour.id).stops] == [300, 240, 120]


def test_rehearse_and_go_live_ask_the_window(qtbot: QtBot, view: PrepareView) -> None:
    tour_id = view.space.tour_id
    rehearse = view.findChild(type(view.toolbar.actions()[0]), "rehearse")
    go_live = view.findChild(type(view.toolbar.actions()[0]), "goLive")
    assert rehearse is not None and go_live is not None
    with qtbot.waitSignal(view.rehearse_requested) as rehearse_signal:
        rehearse.trigger()
    assert rehearse_signal.args == [tour_id]
    with qtbot.waitSignal(view.open_live_requested) as live_signal:
        go_live.trigger()
    assert live_signal.args == [tour_id]


def test_export_from_the_editor_never_overwrites_the_database_in_use(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    before = db_path.read_bytes()
    view.export_file(db_path, "json")
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    assert "the database in use" in view.message.text()
    assert db_path.read_bytes() == before
    assert view.space.get(view.space.tour_id or 0).title  # still readable: nothing replaced it
