"""The route checklist: every stop with done / current / next, planned and actual time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.show.clock import ShowClock, StopStatus, StopTiming
from console.show.durations import format_clock, format_signed
from console.show.tour import Tour
from console.ui import theme

_MARK = {StopStatus.DONE: "✓", StopStatus.CURRENT: "▶", StopStatus.NEXT: "›", StopStatus.AHEAD: ""}
_Index = QModelIndex | QPersistentModelIndex


class RouteModel(QAbstractTableModel):
    COLUMNS = ("", "Stop", "Plan", "Actual")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tour = Tour(title="")
        self.timings: tuple[StopTiming, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_tour(self, tour: Tour) -> None:
        self.beginResetModel()
        self.tour = tour
        self.timings = ()
        self.endResetModel()

    def set_clock(self, clock: ShowClock | None) -> None:
        """Refresh only the rows whose figures changed, so a 1,000-stop route ticks cheaply."""
        new = clock.stops if clock is not None else ()
        old = self.timings
        self.timings = new
        if len(old) != len(new):
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.COLUMNS) - 1))
            return
        for row, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tour.stops)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

    def status(self, row: int) -> StopStatus:
        if row < len(self.timings):
            return self.timings[row].status
        return StopStatus.NEXT if row == 0 else StopStatus.AHEAD

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        stop = self.tour.stops[row]
        status = self.status(row)
        timing = self.timings[row] if row < len(self.timings) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return _MARK[status]
            if column == 1:
                return f"{row + 1}. {stop.title}"
            if column == 2:
                return format_clock(stop.duration_s)
            if column == 3 and timing is not None and timing.first_arrival is not None:
                if status == StopStatus.CURRENT:
                    return format_clock(timing.actual_s)
                return f"{format_clock(timing.actual_s)} {format_signed(timing.delta_s)}"
            return ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 3 and timing is not None and status == StopStatus.DONE:
                return QColor(theme.TONES[theme.delta_tone(timing.delta_s)])
            if status == StopStatus.DONE:
                return QColor(theme.TEXT_DIM)
            if status == StopStatus.NEXT:
                return QColor(theme.ACCENT)
            return QColor(theme.TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and status == StopStatus.CURRENT:
            return QColor(theme.PANEL_RAISED)
        if role == Qt.ItemDataRole.FontRole and status == StopStatus.CURRENT:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2, 3):
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column
                else int(Qt.AlignmentFlag.AlignCenter)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return stop.location or stop.title
        return None


class RouteList(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = RouteModel(self)
        self.setModel(self.model_)
        self.setObjectName("routeList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(34)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the widest figure: ResizeToContents would measure every row of a long route.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(0, 28)
        self._fit_figure_columns()
        self._current: int | None = None

    def _fit_figure_columns(self) -> None:
        metrics = self.fontMetrics()
        self.setColumnWidth(2, metrics.horizontalAdvance("10:00") + 16)
        self.setColumnWidth(3, metrics.horizontalAdvance("10:00 +10:00") + 14)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the style sheet sets the size after construction
            self._fit_figure_columns()

    def set_tour(self, tour: Tour) -> None:
        self.model_.set_tour(tour)
        self._current = None

    def set_clock(self, clock: ShowClock | None) -> None:
        self.model_.set_clock(clock)
        current = clock.current_index if clock is not None else None
        if current is not None and current != self._current:
            self._current = current
            self.scrollTo(self.model_.index(current, 1), QAbstractItemView.ScrollHint.PositionAtCenter)
