"""The route checklist: every stop with done / current / next, planned and actual time.

A title is never cut: it wraps, and each row is as tall as its title needs at the column's width.
Titles are in the talking points' content language (L switches it), each read when a row is first painted
or measured; a title the main language stands in for is in italics with that language's code.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from itertools import product
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
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.show.clock import ShowClock, StopStatus, StopTiming
from console.show.durations import format_clock, format_signed
from console.show.tour import Tour
from console.ui import theme
from console.ui.content_languages import badge, localized_title, title_marker

_MARK = {StopStatus.DONE: "✓", StopStatus.CURRENT: "▶", StopStatus.NEXT: "›", StopStatus.AHEAD: ""}
_Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)
# What the item delegate keeps around a cell's text (Fusion's focus-frame margins); a row's breathing room.
TEXT_MARGIN_PX = 12
ROW_PADDING_PX = 10
# After a language switch the rows off screen are fitted FIT_SLICE at a time (a few milliseconds of the event
# loop each), starting FIT_AFTER_MS later: once the switch's own frame is on screen.
FIT_SLICE = 100
FIT_AFTER_MS = 40
FONT_SAMPLE_STOPS = 8  # the titles measured per content language to load its fonts before the first switch


class RouteModel(QAbstractTableModel):
    # One figure column keeps the titles wide: a stop ahead shows its plan, the current one the time taken
    # over its plan, a done one the time taken over its delta (coloured like the clock).
    COLUMNS = ("", str(QT_TRANSLATE_NOOP("RouteModel", "Stop")), str(QT_TRANSLATE_NOOP("RouteModel", "Time")))
    TIME = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tour = Tour(title="")
        self._timings: tuple[StopTiming, ...] = ()
        self.ended = False
        self.language = ""  # the content language of the titles ("": the tour's main one)
        self.targets: dict[int, tuple[int, bool]] = {}  # the time rescue's: row -> (target_s, skipped)
        self._titles: dict[int, tuple[str, bool]] = {}  # row -> (title, the main language's stands in)
        self._fonts = {styles: _font(*styles) for styles in product((False, True), repeat=2)}
        # What each painted cell answered, row -> (column, role) -> value: a repaint of the rows on screen
        # (a switch, a move) asks ~300 questions, each answered once until its row changes. The title
        # column's answers apart: a language switch forgets only them. The theme's colours are read at
        # paint time, so a new theme forgets them all.
        self._cells: dict[int, dict[tuple[int, int], Any]] = {}
        self._title_cells: dict[int, dict[tuple[int, int], Any]] = {}
        self._cells_theme = theme.active()

    @property
    def timings(self) -> tuple[StopTiming, ...]:
        return self._timings

    @timings.setter
    def timings(self, timings: tuple[StopTiming, ...]) -> None:
        self._timings = timings
        self._forget_cells()

    def set_targets(self, targets: dict[int, tuple[int, bool]]) -> list[int]:
        """The time rescue's targets beside the plan; returns the rows that changed (their height may)."""
        if targets == self.targets:
            return []
        changed = sorted(
            row for row in {*targets, *self.targets} if targets.get(row) != self.targets.get(row)
        )
        self.targets = dict(targets)
        for row in changed:
            if row < self.rowCount():
                self._cells.pop(row, None)
                self.dataChanged.emit(self.index(row, self.TIME), self.index(row, self.TIME))
        return changed

    def set_tour(self, tour: Tour) -> None:
        self.beginResetModel()
        self.tour = tour
        self.targets = {}
        self.timings = ()
        self._titles.clear()
        self.endResetModel()

    def set_language(self, language: str) -> bool:
        """Titles in ``language`` from now on: one change signal for the title column, no reset (a reset
        would re-lay the whole table out and lose the scroll position). True if it changed."""
        if language == self.language:
            return False
        self.language = language
        self._titles.clear()
        self._title_cells.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))
        return True

    def title(self, row: int) -> tuple[str, bool]:
        """Row ``row``'s title in the content language, and whether the main language's stands in."""
        cached = self._titles.get(row)
        if cached is None:
            cached = self._titles[row] = localized_title(self.tour, self.tour.stops[row], self.language)
        return cached

    def title_text(self, row: int) -> str:
        """What the title cell says: the number and title, and the main language's code on a stand-in."""
        title, stand_in = self.title(row)
        if stand_in:
            return f"{row + 1}. {title} ({badge(self.tour.main_language)})"
        return f"{row + 1}. {title}"

    def font(self, row: int, column: int = 1) -> QFont | None:
        """A cell's font where it is not the table's: the current stop bold, a stand-in title in italics
        (its figures stay upright)."""
        bold, italic = self.status(row) == StopStatus.CURRENT, column == 1 and self.title(row)[1]
        return self._fonts[bold, italic] if bold or italic else None

    def set_clock(self, clock: ShowClock | None, *, ended: bool = False) -> list[int] | None:
        """Refresh only the rows whose figures changed, so a 1,000-stop route ticks cheaply.

        Returns the rows whose status changed (their height may: see RouteList.fit_rows), None for all."""
        new = clock.stops if clock is not None else ()
        old = self._timings
        self._timings = new
        if ended != self.ended:
            self.ended = ended
            old = ()  # every row's status changes: the last stop is no longer current
        if len(old) != len(new):
            self._forget_cells()
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.COLUMNS) - 1))
            return None
        moved = []
        for row, (before, after) in enumerate(zip(old, new, strict=True)):
            if before is not after and before != after:  # the clock keeps a stop's timing until it changes
                self._cells.pop(row, None)
                self._title_cells.pop(row, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                if before.status != after.status:
                    moved.append(row)
        return moved

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
        if role not in _ROLES:  # the view asks a dozen roles a cell each paint: most say nothing here
            return None
        if theme.active() is not self._cells_theme:
            self._cells_theme = theme.active()
            self._forget_cells()
        row, column = index.row(), index.column()
        key = (column, role)
        cells = (self._title_cells if column == 1 else self._cells).setdefault(row, {})
        if key not in cells:
            cells[key] = self._answer(row, column, role)
        return cells[key]

    def _forget_cells(self) -> None:
        self._cells.clear()
        self._title_cells.clear()

    def _answer(self, row: int, column: int, role: int) -> Any:
        stop = self.tour.stops[row]
        status = self.status(row)
        timing = self.timings[row] if row < len(self.timings) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return _MARK[status]
            if column == 1:
                return self.title_text(row)
            if column == self.TIME:
                plan = format_clock(stop.duration_s)
                target = self.targets.get(row)
                if target is not None and status != StopStatus.DONE:
                    # The plan, and under it the rescue's target (the current stop counts toward it).
                    aim = self.tr("skip") if target[1] else "→" + format_clock(target[0])
                    if status == StopStatus.CURRENT and timing is not None and not target[1]:
                        return (
                            format_clock(timing.actual_s)
                            + "\n"
                            + self.tr("of {planned}").format(planned=format_clock(target[0]))
                        )
                    return f"{plan}\n{aim}"
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
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, self.TIME):
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column
                else int(Qt.AlignmentFlag.AlignCenter)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            title, stand_in = self.title(row)
            return title_marker(self.tour) if stand_in else stop.location or title
        return None


def _font(bold: bool, italic: bool) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


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
        # What every row was last fitted for (title width, font height), and what the measured title heights
        # hold for, by text and font (bold, italic): switching back to a language measures nothing again.
        self._fitted: tuple[int, int] | None = None
        self._measured_for: tuple[int, int] | None = None
        self._measured: dict[tuple[str, bool, bool], int] = {}
        # Rows still to fit after a language switch (those on screen are fitted at once), a slice at a time.
        self._unfitted: deque[int] = deque()
        self._fit_later = QTimer(self, singleShot=True)
        self._fit_later.timeout.connect(self._fit_some)
        self._load_fonts_later = QTimer(self, singleShot=True, interval=FIT_AFTER_MS)
        self._load_fonts_later.timeout.connect(self._load_fonts)
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
        if len(tour.content_languages) > 1:
            self._load_fonts_later.start()

    def _load_fonts(self) -> None:
        """Measure a few titles in each content language once, while nothing waits: the first time the route
        meets a script, Qt looks for a font that has its letters (~10 ms for Chinese here), which would
        otherwise fall on the guide's first L press."""
        tour = self.model_.tour
        flags, box = int(Qt.TextFlag.TextWordWrap), QRect(0, 0, max(20, self.columnWidth(1)), 100_000)
        for language in tour.content_languages:
            sample = " ".join(tour.stop_title(stop, language)[0] for stop in tour.stops[:FONT_SAMPLE_STOPS])
            for bold in (False, True):
                font = QFont(self.font())
                font.setBold(bold)
                QFontMetrics(font).boundingRect(box, flags, sample)

    def set_clock(self, clock: ShowClock | None, *, ended: bool = False) -> None:
        moved = self.model_.set_clock(clock, ended=ended)
        # A row's status sets its height: done and current rows hold two figures, the current title is bold.
        if moved is None:
            self.fit_rows(force=True)
        else:
            self._fit(moved)
        current = clock.current_index if clock is not None else None
        if current is not None and current != self._current:
            self._current = current
            self.scrollTo(self.model_.index(current, 1), QAbstractItemView.ScrollHint.PositionAtCenter)

    def set_targets(self, targets: dict[int, tuple[int, bool]]) -> None:
        """The time rescue's targets (``{row: (target_s, skipped)}``) under the plan of each stop."""
        self._fit(self.model_.set_targets(targets))

    def set_language(self, language: str) -> None:
        """The titles in the talking points' content language. A translation wraps differently: the rows
        that can be on screen are fitted now (around the current stop, which stays in the middle), the rest
        a slice at a time while the event loop is idle, so a switch on a long route takes one frame."""
        if not self.model_.set_language(language):
            return
        rows = self.model_.rowCount()
        # The current stop stays in the middle: half a screen of rows at their least height on either side
        # (before go-live, a screen from the top row).
        reach = self.viewport().height() // max(1, self._row_heights()[0]) + 1  # rows a screen can hold
        if self._current is not None:
            first, last = max(0, self._current - reach // 2 - 1), min(rows, self._current + reach // 2 + 2)
        else:
            first = max(0, self.rowAt(0))
            last = min(rows, first + reach + 1)
        self._fit(range(first, last))
        if self._current is not None:
            self.scrollTo(self.model_.index(self._current, 1), QAbstractItemView.ScrollHint.PositionAtCenter)
        self._unfitted = deque([*range(first), *range(last, rows)])
        if self._unfitted:
            self._fit_later.start(FIT_AFTER_MS)

    @property
    def is_fitting(self) -> bool:
        """Rows off screen still wait for their height after a language switch."""
        return bool(self._unfitted)

    def _fit_some(self) -> None:
        rows = [self._unfitted.popleft() for _ in range(min(FIT_SLICE, len(self._unfitted)))]
        self._fit(rows)
        if self._unfitted:
            self._fit_later.start(0)

    def title_height(self, row: int) -> int:
        """The height the title of ``row`` needs, wrapped at the title column's width, in its own font."""
        measured_for = (self.columnWidth(1), QFontMetrics(self.font()).height())
        if measured_for != self._measured_for:
            self._measured_for = measured_for
            self._measured.clear()
        text, stand_in = self.model_.title_text(row), self.model_.title(row)[1]
        bold = self.model_.status(row) == StopStatus.CURRENT
        key = (text, bold, stand_in)
        height = self._measured.get(key)
        if height is None:
            font = QFont(self.font())
            font.setBold(bold)
            font.setItalic(stand_in)
            width = max(20, self.columnWidth(1) - TEXT_MARGIN_PX)
            flags = int(Qt.TextFlag.TextWordWrap)
            box = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, text)
            height = self._measured[key] = box.height()
        return height

    def _row_heights(self) -> tuple[int, int]:
        """A row's least height with one figure, and with two (time taken over plan or delta)."""
        metrics = QFontMetrics(self.font())
        return metrics.height() + ROW_PADDING_PX, 2 * metrics.lineSpacing() + ROW_PADDING_PX

    def _fit(self, rows: Iterable[int]) -> None:
        single, double = self._row_heights()
        for row in rows:
            two_figures = (
                self.model_.status(row) in (StopStatus.DONE, StopStatus.CURRENT) or row in self.model_.targets
            )
            height = max(double if two_figures else single, self.title_height(row) + ROW_PADDING_PX)
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)

    def fit_rows(self, *, force: bool = False) -> None:
        """Make every row as tall as its wrapped title: a title is never cut, at any window width.

        Measured by us rather than ResizeToContents, which would measure every cell of a long route on
        every layout pass; this measures one cell a row, all of them only when the width or font change
        (or ``force``: a new tour, the show's end), and each title text once.
        """
        key = (self.columnWidth(1), QFontMetrics(self.font()).height())
        if key == self._fitted and not force:
            return
        self._fitted = key
        self._unfitted.clear()
        self._fit(range(self.model_.rowCount()))
