"""The route checklist: every stop with done / current / next, planned and actual time.

A title is never cut: it wraps, and each row is as tall as its title needs at the column's width.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.show.clock import ShowClock, StopStatus, StopTiming
from console.show.durations import format_clock, format_signed
from console.show.tour import Tour
from console.ui import theme

_MARK = {StopStatus.DONE: "✓", StopStatus.CURRENT: "▶", StopStatus.NEXT: "›", StopStatus.AHEAD: ""}
_Index = QModelIndex | QPersistentModelIndex
# What the item delegate keeps around a cell's text (Fusion's focus-frame margins); a row's breathing room.
TEXT_MARGIN_PX = 12
ROW_PADDING_PX = 10


class RouteModel(QAbstractTableModel):
    # One figure column keeps the titles wide: a stop ahead shows its plan, the current one the time taken
    # over its plan, a done one the time taken over its delta (coloured like the clock).
    COLUMNS = ("", str(QT_TRANSLATE_NOOP("RouteModel", "Stop")), str(QT_TRANSLATE_NOOP("RouteModel", "Time")))
    TIME = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tour = Tour(title="")
        self.timings: tuple[StopTiming, ...] = ()
        self.ended = False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_tour(self, tour: Tour) -> None:
        self.beginResetModel()
        self.tour = tour
        self.timings = ()
        self.endResetModel()

    def set_clock(self, clock: ShowClock | None, *, ended: bool = False) -> None:
        """Refresh only the rows whose figures changed, so a 1,000-stop route ticks cheaply."""
        new = clock.stops if clock is not None else ()
        old = self.timings
        self.timings = new
        if ended != self.ended:
            self.ended = ended
            old = ()  # every row's status changes: the last stop is no longer current
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
            return self.tr(self.COLUMNS[section]) if self.COLUMNS[section] else ""
        return None

    def status(self, row: int) -> StopStatus:
        if row < len(self.timings):
            status = self.timings[row].status
            if self.ended and status != StopStatus.AHEAD:
                return StopStatus.DONE if self.timings[row].first_arrival is not None else StopStatus.AHEAD
            return status
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
            if column == self.TIME:
                plan = format_clock(stop.duration_s)
                if timing is None or timing.first_arrival is None:
                    return plan
                if status == StopStatus.CURRENT:
                    return format_clock(timing.actual_s) + "\n" + self.tr("of {planned}").format(planned=plan)
                return f"{format_clock(timing.actual_s)}\n{format_signed(timing.delta_s)}"
            return ""
        if role == Qt.ItemDataRole.ForegroundRole:
            colours = theme.active()  # read at paint time: the theme is applied after the route is built
            if column == self.TIME and timing is not None and status == StopStatus.DONE:
                return QColor(theme.tones(colours)[theme.delta_tone(timing.delta_s)])
            if status == StopStatus.DONE:
                return QColor(colours.dim)
            if status == StopStatus.NEXT:
                return QColor(colours.accent)
            return QColor(colours.text)
        if role == Qt.ItemDataRole.BackgroundRole and status == StopStatus.CURRENT:
            return QColor(theme.active().panel_raised)
        if role == Qt.ItemDataRole.FontRole and status == StopStatus.CURRENT:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, self.TIME):
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
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumSectionSize(8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A fixed width from the widest figure: ResizeToContents would measure every row of a long route.
        header.setSectionResizeMode(RouteModel.TIME, QHeaderView.ResizeMode.Fixed)
        self._current: int | None = None
        # What the rows were fitted for: title width, font height, the current (bold) row, ended.
        self._fitted: tuple[int, int, int | None, bool] | None = None
        self._fit_figure_columns()
        header.sectionResized.connect(lambda *_: self.fit_rows())

    def _fit_figure_columns(self) -> None:
        metrics = self.fontMetrics()
        self.setColumnWidth(0, metrics.horizontalAdvance("▶") + 16)
        bold = QFont(self.font())
        bold.setBold(True)  # the current stop's "of 10:00" is the widest figure
        self.setColumnWidth(
            RouteModel.TIME,
            QFontMetrics(bold).horizontalAdvance(
                QCoreApplication.translate("RouteModel", "of {planned}").format(planned="10:00")
            )
            + 16,
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the style sheet sets the size after construction
            self._fit_figure_columns()
            self.fit_rows()

    def set_tour(self, tour: Tour) -> None:
        self.model_.set_tour(tour)
        self._current = None
        self.fit_rows(force=True)

    def set_clock(self, clock: ShowClock | None, *, ended: bool = False) -> None:
        self.model_.set_clock(clock, ended=ended)
        if ended:
            self.fit_rows()  # every stop is done now: two figures a row
        current = clock.current_index if clock is not None else None
        if current is not None and current != self._current:
            self._current = current
            self.fit_rows()  # the current title is bold: a little wider
            self.scrollTo(self.model_.index(current, 1), QAbstractItemView.ScrollHint.PositionAtCenter)

    def title_height(self, row: int) -> int:
        """The height the title of ``row`` needs, wrapped at the title column's width, in its own font."""
        font = QFont(self.font())
        font.setBold(self.model_.status(row) == StopStatus.CURRENT)
        text = self.model_.data(self.model_.index(row, 1))
        width = max(20, self.columnWidth(1) - TEXT_MARGIN_PX)
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, text).height()

    def fit_rows(self, *, force: bool = False) -> None:
        """Make every row as tall as its wrapped title: a title is never cut, at any window width.

        Measured by us rather than ResizeToContents, which would measure every cell of a long route on
        every layout pass; this measures one cell a row, and only when the width, font or current stop change.
        """
        key = (self.columnWidth(1), QFontMetrics(self.font()).height(), self._current, self.model_.ended)
        if key == self._fitted and not force:
            return
        self._fitted = key
        single = QFontMetrics(self.font()).height() + ROW_PADDING_PX
        double = 2 * QFontMetrics(self.font()).lineSpacing() + ROW_PADDING_PX  # time taken over plan or delta
        for row in range(self.model_.rowCount()):
            two_figures = self.model_.status(row) in (StopStatus.DONE, StopStatus.CURRENT)
            figures = double if two_figures else single
            self.setRowHeight(row, max(figures, self.title_height(row) + ROW_PADDING_PX))
