"""Dropping onto a stop's picture area: the open database itself is refused without reading it (a read,
open and close, of the file in this process would drop SQLite's locks on it); image data (no file, as a
browser or a screenshot tool drags it, or pasted) is kept as a PNG."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.ui.file_dialogs import protect_database
from console.ui.prepare import PrepareView
from tests.helpers import stored


def test_the_open_database_dropped_as_a_picture_is_refused_unread(
    qtbot: QtBot, view: PrepareView, db_path: Path, assert_db_locks_held: Callable[..., None]
) -> None:
    protect_database(db_path)
    view.select_row(0)
    assert_db_locks_held(db_path)
    for name in (db_path, Path(f"{db_path}-wal")):
        with qtbot.waitSignal(view.form.problem, timeout=2000) as blocker:
            view.form.image.offer_file(name)
        assert "open database" in str(blocker.args[0])
        assert_db_locks_held(db_path)


def test_image_data_dropped_is_kept_as_the_stops_picture(view: PrepareView, db_path: Path) -> None:
    tour_id = view.space.tour_id
    assert tour_id is not None
    view.select_row(0)
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor(200, 30, 40))
    mime = QMimeData()
    mime.setImageData(picture)
    target = view.form.image
    at = QPointF(target.rect().center())
    copy, left = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    entering = QDragEnterEvent(at.toPoint(), copy, mime, left, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, entering)
    assert entering.isAccepted()
    dropping = QDropEvent(at, copy, mime, left, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, dropping)
    assert dropping.isAccepted()
    saved = stored(db_path, tour_id)
    assert saved.stops[0].image == "dropped.png"
    kept = QImage.fromData(saved.images["dropped.png"])
    assert kept.size().toTuple() == (40, 30) and kept.pixelColor(5, 5) == QColor(200, 30, 40)
    assert not target.pixmap().isNull()  # and shown


def test_image_data_pasted_on_the_picture_is_kept(qtbot: QtBot, view: PrepareView, db_path: Path) -> None:
    tour_id = view.space.tour_id
    assert tour_id is not None
    view.show()
    view.select_row(1)
    picture = QImage(24, 16, QImage.Format.Format_RGB32)
    picture.fill(QColor(10, 120, 200))
    clipboard = QApplication.clipboard()
    clipboard.setImage(picture)
    target = view.form.image
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)  # the picture takes the focus to paste into
    assert target.hasFocus()
    qtbot.keyClick(target, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    saved = stored(db_path, tour_id)
    assert saved.stops[1].image == "pasted.png"
    assert QImage.fromData(saved.images["pasted.png"]).pixelColor(3, 3) == QColor(10, 120, 200)
    clipboard.clear()
