"""The report's chart on screen: the same drawing as the PDF and PNG (``console.reporting.chart``), with the
notes' ticks answering the pointer (hover: the note as a tooltip; click: ``note_chosen``)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from console.reporting.chart import ChartLayout, ChartOptions, paint_chart
from console.show.durations import format_clock
from console.show.report import Report


class ChartWidget(QWidget):
    note_chosen = Signal(int)  # the index of the note in report.notes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewChart")
        self.setMouseTracking(True)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.report: Report | None = None
        self.options = ChartOptions()
        self.layout_: ChartLayout | None = None
        self.marked: int | None = None  # the note chosen in the list: a line across the plot at its time
        # The drawing of a long show costs tens of milliseconds: drawn once per size and choice, then copied
        # (a tooltip, a window passing over it, a scroll repaint the copy).
        self._drawn: QImage | None = None
        self._drawn_for: tuple[object, ...] = ()

    def show_report(self, report: Report | None, options: ChartOptions | None = None) -> None:
        self.report = report
        self.options = options or self.options
        self.layout_ = None
        self.marked = None
        self._drawn = None
        self.update()

    def mark_note(self, index: int | None) -> None:
        """Mark note ``index`` of the report (None: none) over the drawing, which stays as it was drawn."""
        self.marked = index
        self.update()

    def marked_x(self) -> float | None:
        """Where the marked note's line is drawn (None: no note marked, or not drawn yet)."""
        if self.layout_ is None or self.marked is None:
            return None
        return next((tick.x for tick in self.layout_.ticks if tick.note == self.marked), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.report is None:
            painter.fillRect(self.rect(), self.palette().base())
        else:
            painter.drawImage(0, 0, self._drawing())
            self._paint_mark(painter)
        painter.end()

    def _paint_mark(self, painter: QPainter) -> None:
        """A dashed line in the selection's colour, from the top of the plot through the note's tick: dashed
        and wider than the grid, so it is found in grey too."""
        x = self.marked_x()
        if x is None or self.layout_ is None:
            return
        plot = self.layout_.plot
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 10))

    def _drawing(self) -> QImage:
        assert self.report is not None
        ratio = self.devicePixelRatioF()
        key = (id(self.report), self.options, self.size().toTuple(), ratio)
        if self._drawn is None or key != self._drawn_for:
            image = QImage((self.size().toSizeF() * ratio).toSize(), QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(ratio)
            drawing = QPainter(image)
            self.layout_ = paint_chart(drawing, QRectF(self.rect()), self.report, self.options)
            drawing.end()
            self._drawn, self._drawn_for = image, key
        return self._drawn

    def note_at(self, point: QPointF) -> int | None:
        return None if self.layout_ is None else self.layout_.tick_at(point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.note_at(event.position())
        if index is None or self.report is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.note_text(index), self)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.note_at(event.position())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.note_chosen.emit(index)
        super().mousePressEvent(event)

    def note_text(self, index: int) -> str:
        """``12:30 · Mona Lisa · mic crackles`` (a mark says so)."""
        assert self.report is not None
        note = self.report.notes[index]
        stops = self.report.stops
        parts = ["" if note.show_s is None else format_clock(note.show_s)]
        if note.stop_index is not None and 0 <= note.stop_index < len(stops):
            parts.append(stops[note.stop_index].title)
        parts.append(self.tr("(mark)") if note.mark else note.text)
        return " · ".join(part for part in parts if part)
