"""The stops of the open tour as a table: number, planned start, duration, title, warnings, and while a
translation is edited a mark on each stop still missing it.

Dragging a row asks for a move (``move_requested``) instead of moving it here, so a
drag, Alt+Up/Down and an undo all go through the same undo command and the same
store write. A move updates only the rows between source and target.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from console.prepare.languages import missing_fields
from console.prepare.workspace import Workspace
from console.show.checks import stop_warnings
from console.show.durations import format_clock, format_duration
from console.show.tour import Stop
from console.translation import translated

MIME_TYPE = "application/x-cicerone-stop-row"
_Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    "#",
    str(QT_TRANSLATE_NOOP("StopModel", "Starts")),
    str(QT_TRANSLATE_NOOP("StopModel", "Duration")),
    str(QT_TRANSLATE_NOOP("StopModel", "Title")),
    "",
    "",
)
UNTRANSLATED_COLUMN = 5
UNTRANSLATED_MARK = "○"  # an empty circle: still to be filled in
MISSING_NAMES = {
    "title": str(QT_TRANSLATE_NOOP("StopModel", "title")),
    "talking_points": str(QT_TRANSLATE_NOOP("StopModel", "talking points")),
}


class StopModel(QAbstractTableModel):
    move_requested = Signal(int, int)  # source row, target row

    def __init__(self, space: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.space = space
        self._stops: tuple[Stop, ...] = ()
        self._offsets: list[int] = []
        self.language = ""  # the translation being edited: its missing stops are marked
        space.tour_loaded.connect(self._reset)
        space.stops_changed.connect(self._reset)
        space.stop_changed.connect(self._changed)
        space.stop_inserted.connect(self._inserted)
        space.stop_removed.connect(self._removed)
        space.stop_moved.connect(self._moved)

    # -- following the workspace -----------------------------------------------------------------
    def _sync(self) -> None:
        tour = self.space.tour
        self._stops = tour.stops if tour is not None else ()
        self._offsets = tour.planned_offsets() if tour is not None else []

    def _reset(self) -> None:
        self.beginResetModel()
        self._sync()
        self.endResetModel()

    def _rows_changed(self, first: int, last: int) -> None:
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))

    def _changed(self, row: int) -> None:
        self._sync()
        # A new duration shifts the planned start of every stop after it.
        self._rows_changed(row, len(self._stops) - 1)

    def _inserted(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._sync()
        self.endInsertRows()
        self._rows_changed(row, len(self._stops) - 1)

    def _removed(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self._sync()
        self.endRemoveRows()
        self._rows_changed(row, len(self._stops) - 1)

    def _moved(self, source: int, target: int) -> None:
        # Qt's destination is the row *before which* it lands, counted before the move.
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self._sync()
        self.endMoveRows()
        self._rows_changed(min(source, target), max(source, target))

    def set_language(self, language: str) -> None:
        """Mark the stops missing ``language``'s title or talking points (empty: mark none)."""
        if language != self.language:
            self.language = language
            last = len(self._stops) - 1
            if last >= 0:
                column = UNTRANSLATED_COLUMN
                self.dataChanged.emit(self.index(0, column), self.index(last, column))

    def _missing(self, stop: Stop) -> tuple[str, ...]:
        return missing_fields(stop, self.language) if self.language else ()

    # -- the table -------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stops)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section]) if HEADERS[section] not in ("", "#") else HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        stop = self._stops[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row + 1)
            if column == 1:
                return format_clock(self._offsets[row])
            if column == 2:
                return format_duration(stop.duration_s) if stop.duration_s else "—"
            if column == 3:
                return stop.title
            if column == 4:
                return "⚠" if self._warnings(stop) else ""
            if column == UNTRANSLATED_COLUMN:
                return UNTRANSLATED_MARK if self._missing(stop) else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return "\n".join(self._warnings(stop)) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == UNTRANSLATED_COLUMN:
            missing = self._missing(stop)
            if not missing:
                return None
            return self.tr("Not yet in {code}: {fields}").format(
                code=self.language, fields=", ".join(self.tr(MISSING_NAMES[name]) for name in missing)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _warnings(self, stop: Stop) -> list[str]:
        images = self.space.tour.images if self.space.tour is not None else {}
        return [translated(warning) for warning in stop_warnings(stop, images)]

    # -- drag and drop ---------------------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:
        rows = sorted({index.row() for index in indexes})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Turn a drop into a move request; returns False so the view never removes the dragged row itself."""
        if not data.hasFormat(MIME_TYPE):
            return False
        try:
            source = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if not 0 <= source < len(self._stops):
            return False
        if row < 0 and parent.isValid():
            target = parent.row()  # dropped on a stop: take its place
        else:
            row = len(self._stops) if row < 0 else row  # dropped between stops (or below the last)
            target = row - 1 if row > source else row
        target = max(0, min(target, len(self._stops) - 1))
        if target != source:
            self.move_requested.emit(source, target)
        return False
