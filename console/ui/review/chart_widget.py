"""The report's chart on screen: the same drawing as the PDF and PNG (``console.reporting.chart``), with the
notes' ticks answering the pointer (hover: the note as a tooltip; click: ``note_chosen``)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent
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
        # The drawing of a long show costs tens of milliseconds: drawn once per size and choice, then copied
        # (a tooltip, a window passing over it, a scroll repaint the copy).
        self._drawn: QImage | None = None
        self._drawn_for: tuple[object, ...] = ()

    def show_report(self, report: Report | None, options: ChartOptions | None = None) -> None:
        self.report = report
        self.options = options or self.options
        self.layout_ = None
        self._drawn = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.report is None:
            painter.fillRect(self.rect(), self.palette().base())
        else:
            painter.drawImage(0, 0, self._drawing())
        painter.end()

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
