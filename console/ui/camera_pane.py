"""The camera preview pane: the picture libvlc decodes, painted with its aspect kept, never a frozen frame
passed off as live.

The picture is painted straight from the buffer libvlc wrote (no copy), 1:1 when libvlc decoded it at the
size it is shown (the usual case: a scaled draw costs five times as much), with as little Python per frame
as possible: the geometry is worked out once per size, the overlays only when the picture is not live.
Its age shows whenever it is not fresh, and after two seconds without a new frame it dims under "signal
lost — reconnecting" while the player reconnects by itself. A small "Source" button picks a camera, a
stream or a file without a dialog. Beside the picture, a meter shows the source's sound level (a guide sees
the microphone is live); the preview itself never plays sound.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import replace

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QToolButton, QWidget

from console.camera.audio import FLOOR_DB, Level
from console.camera.frames import Frame
from console.camera.images import FrameImages
from console.camera.libvlc import VlcUnavailable
from console.camera.player import PreviewPlayer
from console.camera.sources import capture_devices, demo_source, label, to_mrl
from console.camera.watch import Health, Status
from console.errors import InputError
from console.settings import Settings
from console.show.durations import format_duration
from console.ui.theme import BAD, GOOD, TEXT_DIM, WARN

LATENCY_SAMPLES = 4096
NOTICE_MS = 8000  # how long a bad source's message covers a picture that still plays
METER_WIDTH = 26
METER_MS = 80  # how often the meter reads the level: ~12 Hz looks smooth and costs nothing
METER_ZONES = ((0.0, -6.0, BAD), (-6.0, -18.0, WARN), (-18.0, FLOOR_DB, GOOD))  # dB from, to, colour
METER_MARKS = (0, -6, -18, -40)  # dB


class _SourceEntry(QLineEdit):
    """The inline field for a network address or a file: Enter uses it, Esc closes it."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class AudioMeter(QWidget):
    """A vertical peak meter on a dB scale (green, amber from -18 dB, red from -6 dB), or "no audio"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraAudioMeter")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.level: Level | None = None

    def show_level(self, level: Level | None) -> None:
        if level != self.level:
            self.level = level
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        font = QFont(self.font())
        font.setPointSizeF(6.5)
        painter.setFont(font)
        painter.setPen(QColor(TEXT_DIM))
        if self.level is None:
            painter.translate(self.width() / 2, self.height() / 2)
            painter.rotate(-90)
            painter.drawText(QRect(-60, -8, 120, 16), Qt.AlignmentFlag.AlignCenter, "no audio")
        else:
            self._paint_bar(painter, self.level.peak_db)
        painter.end()

    def _paint_bar(self, painter: QPainter, peak_db: float) -> None:
        bar = QRect(3, 6, 7, max(10, self.height() - 12))
        painter.fillRect(bar, QColor(40, 40, 40))
        lit = QRect(bar.left(), self.y_of(peak_db), bar.width(), bar.height())
        for upper, lower, colour in METER_ZONES:
            zone = QRect(bar.left(), self.y_of(upper), bar.width(), self.y_of(lower) - self.y_of(upper))
            painter.fillRect(zone.intersected(lit), QColor(colour))
        for mark in METER_MARKS:
            y = self.y_of(mark)
            painter.drawLine(bar.right() + 1, y, bar.right() + 3, y)
            label_box = QRect(bar.right() + 4, y - 6, self.width() - bar.right() - 4, 12)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignVCenter, str(abs(mark)))

    def y_of(self, db: float) -> int:
        """Where ``db`` sits on the bar: 0 dB at the top, :data:`FLOOR_DB` at the bottom."""
        top, height = 6, max(10, self.height() - 12)
        return round(top + min(1.0, max(0.0, db / FLOOR_DB)) * height)


class CameraPane(QWidget):
    """The camera preview. Interface the window and app rely on: construct, ``start()``, ``shutdown()``."""

    source_changed = Signal(str)  # the user picked a source (an MRL): the app remembers it on this machine
    frame_painted = Signal(int)  # the number libvlc gave the frame just painted (tests, benchmarks)

    def __init__(self, settings: Settings, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPane")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(160, 90)
        self._settings = settings
        self._demo = demo
        self.player: PreviewPlayer | None = None
        self.notice = ""  # shown instead of a picture (no libvlc, no source, a bad source)
        self.status = Status(Health.IDLE)
        self._image: QImage | None = None  # the picture on screen (over libvlc's buffer)
        self._images = FrameImages()
        self._layout_key: tuple[int, ...] = ()
        self._frame_region = QRegion()  # what a new frame repaints: the area less the (opaque) Source button
        self._target = QRect()  # where the picture goes
        self._bars: list[QRect] = []  # the letterbox around it
        self._source_label = ""
        self.painted = 0
        self.latencies_ms: deque[float] = deque(maxlen=LATENCY_SAMPLES)  # libvlc display -> painted

        self._button = QToolButton(self)
        self._button.setObjectName("cameraSourceButton")
        self._button.setText("Source ▾")
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._button.setAutoFillBackground(True)  # opaque: the picture under it needs no repaint
        self._menu = QMenu(self._button)
        self._menu.aboutToShow.connect(self._fill_menu)
        self._button.setMenu(self._menu)
        self._entry = _SourceEntry(self)
        self._entry.setObjectName("cameraSourceEntry")
        self._entry.setPlaceholderText(
            "rtsp://…, srt://…, udp://@:1234, http://…/live.m3u8 or a file, then Enter"
        )
        self._entry.returnPressed.connect(self._use_entry)
        self._entry.cancelled.connect(self._close_entry)
        self._entry.hide()
        self.meter = AudioMeter(self)
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(METER_MS)
        self._meter_timer.timeout.connect(self._read_level)

    # -- the interface the app uses -----------------------------------------------------------------
    def start(self) -> None:
        """Play the configured source (``settings.camera_mrl``; in the demo, the demo clip if none)."""
        mrl = self._settings.camera_mrl or (demo_source().mrl if self._demo else "")
        if not mrl:
            self._show_notice("No camera chosen. Pick one with “Source ▾”, or start with --camera MRL.")
            return
        self.play(mrl)

    def shutdown(self) -> None:
        """Stop and release the player before the process exits (idempotent)."""
        self._meter_timer.stop()
        if self.player is not None:
            self.player.shutdown()

    def play(self, text: str) -> None:
        """Play a source given as typed (an MRL or a file path); a bad one becomes the pane's notice."""
        try:
            mrl = to_mrl(text)
        except InputError as error:
            self._show_notice(f"Cannot use this camera source: {error.text()}")
            if self.player is not None and self.player.mrl:  # a typo must not cost the working picture
                QTimer.singleShot(NOTICE_MS, lambda text=self.notice: self._clear_notice(text))
            return
        if self.player is None:
            try:
                self.player = PreviewPlayer(self._settings.camera_caching_ms, self)
            except VlcUnavailable as error:
                self._show_notice(error.text())
                return
            self.player.frame_ready.connect(self._repaint_picture)
            self.player.status_changed.connect(self._on_status)
        self.notice = ""
        self._forget_image()
        self._source_label = label(mrl)
        self.player.play(mrl, self._box())
        self._meter_timer.start()

    # -- painting -----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        frame = self._take_frame()
        image = self._image
        if image is None:
            painter.fillRect(self.rect(), QColor("black"))
        else:
            self._lay_out(image)
            for bar in self._bars:
                painter.fillRect(bar, QColor("black"))
            if self._target.size() == image.size():
                painter.drawImage(self._target.topLeft(), image)
            else:  # a small source in a big pane, or a size not yet re-decoded after a resize
                if self._target.width() > image.width() * 1.25:
                    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(self._target, image)
        if self.notice:
            self._paint_message(painter, self.notice, TEXT_DIM)
        elif self.status.health is not Health.LIVE:
            self._paint_status(painter)
        painter.end()
        if frame is not None:
            self.painted += 1
            self.latencies_ms.append((time.perf_counter_ns() - frame.displayed_ns) / 1e6)
            self.frame_painted.emit(frame.number)

    def _repaint_picture(self) -> None:
        """A new frame: repaint the picture only, not the meter beside it (its text costs a font render)."""
        self.update(self._frame_region)

    def _take_frame(self) -> Frame | None:
        ring = self.player.ring if self.player is not None else None
        frame = ring.take_latest() if ring is not None else None
        if ring is not None and frame is not None:
            self._image = self._images.image(ring, frame)
        return frame

    def _lay_out(self, image: QImage) -> None:
        """The picture's place (aspect kept, centred) and the bars around it: once per size, not per frame."""
        size = self.player.picture_size if self.player is not None else None
        width, height = size or (image.width(), image.height())
        key = (width, height, image.width(), image.height(), self.width(), self.height())
        if key == self._layout_key:
            return
        self._layout_key = key
        area = self.picture_area()
        scaled = QSize(width, height).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if abs(scaled.width() - image.width()) <= 2 and abs(scaled.height() - image.height()) <= 2:
            scaled = image.size()  # decoded at the pane's size: draw 1:1 rather than stretch by a pixel
        self._target = QRect(QPoint(0, 0), scaled)
        self._target.moveCenter(area.center())
        self._bars = _bars(area, self._target)

    def picture_area(self) -> QRect:
        """The pane less the meter's strip on the right: where the picture goes."""
        return QRect(0, 0, max(2, self.width() - METER_WIDTH), self.height())

    def _paint_status(self, painter: QPainter) -> None:
        status = self.status
        source = self._source_label
        if status.health is Health.CONNECTING:
            self._paint_message(painter, f"Connecting to {source}…", TEXT_DIM)
        elif status.health is Health.STALE and status.age_s is not None:
            self._paint_badge(painter, f"picture {status.age_s:.1f} s old", WARN)
        elif status.health is Health.LOST:
            painter.fillRect(self.rect(), QColor(0, 0, 0, 170))  # the last frame dims: it is not live
            since = status.since.strftime("%H:%M:%S") if status.since else "?"
            age = f" ({format_duration(status.age_s)} ago)" if status.age_s is not None else ""
            what = "no picture" if status.age_s is None else "last picture"
            attempt = f" · attempt {status.attempts}" if status.attempts else ""
            error = (
                f"\n{self.player.last_error}" if self.player is not None and self.player.last_error else ""
            )
            text = f"Signal lost — reconnecting\n{what} at {since}{age}{attempt}\n{source}{error}"
            self._paint_message(painter, text, BAD)

    def _paint_message(self, painter: QPainter, text: str, colour: str) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, min(14.0, self.height() / 22)))
        painter.setFont(font)
        painter.setPen(QColor(colour))
        area = self.rect().adjusted(16, 16, -16, -16)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _paint_badge(self, painter: QPainter, text: str, colour: str) -> None:
        metrics = painter.fontMetrics()
        box = metrics.boundingRect(text).adjusted(-8, -4, 8, 4)
        box.moveTopLeft(QPoint(8, 8))
        painter.fillRect(box, QColor(0, 0, 0, 190))
        painter.setPen(QColor(colour))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # -- state --------------------------------------------------------------------------------------
    def _on_status(self, status: Status) -> None:
        self.status = status
        self.update()

    def _show_notice(self, text: str) -> None:
        self.notice = text
        self.update()

    def _clear_notice(self, text: str) -> None:
        if self.notice == text:
            self._show_notice("")

    def _forget_image(self) -> None:
        self._image = None
        self._images = FrameImages()

    def _read_level(self) -> None:
        self.meter.show_level(self.player.audio.read() if self.player is not None else None)

    def _box(self) -> tuple[int, int]:
        ratio = self.devicePixelRatioF()
        area = self.picture_area()
        return max(2, round(area.width() * ratio)), max(2, round(area.height() * ratio))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.picture_area()
        self.meter.setGeometry(area.right() + 1, 0, self.width() - area.width(), self.height())
        hint = self._button.sizeHint()
        self._button.setGeometry(area.right() - hint.width() - 8, 8, hint.width(), hint.height())
        # Qt repaints a child under any dirty region: left out, the button is not redrawn 30 times a second
        self._frame_region = QRegion(area).subtracted(QRegion(self._button.geometry()))
        height = self._entry.sizeHint().height()
        self._entry.setGeometry(8, self.height() - height - 8, self.width() - 16, height)
        if self.player is not None:
            self.player.set_box(self._box())

    # -- choosing a source --------------------------------------------------------------------------
    def _fill_menu(self) -> None:
        self._menu.clear()
        current = self.player.mrl if self.player is not None else self._settings.camera_mrl
        devices = capture_devices()
        if not devices:
            self._menu.addAction("No camera plugged in").setEnabled(False)
        for choice in [*devices, demo_source()]:
            action = QAction(choice.label + (f" — {choice.problem}" if choice.problem else ""), self._menu)
            action.setEnabled(not choice.problem)
            action.setCheckable(True)
            action.setChecked(choice.mrl == current)
            action.triggered.connect(lambda _checked=False, mrl=choice.mrl: self.choose(mrl))
            self._menu.addAction(action)
        self._menu.addSeparator()
        self._menu.addAction("Network stream or file…", self._open_entry)

    def choose(self, text: str) -> None:
        """Use a source picked or typed by the user, and announce it so the app remembers it."""
        self.play(text)
        if self.player is not None and not self.notice:
            self._settings = replace(self._settings, camera_mrl=self.player.mrl)
            self.source_changed.emit(self.player.mrl)

    def _open_entry(self) -> None:
        self._entry.setText(self._settings.camera_mrl)
        self._entry.show()
        self._entry.raise_()
        self._entry.setFocus()
        self._entry.selectAll()

    def _use_entry(self) -> None:
        text = self._entry.text()
        self._close_entry()
        self.choose(text)

    def _close_entry(self) -> None:
        self._entry.hide()
        self._entry.clearFocus()


def _bars(whole: QRect, picture: QRect) -> list[QRect]:
    """The letterbox (or pillarbox) around a centred picture: what is left of ``whole`` to paint black."""
    above = QRect(whole.left(), whole.top(), whole.width(), picture.top() - whole.top())
    below = QRect(whole.left(), picture.bottom() + 1, whole.width(), whole.bottom() - picture.bottom())
    left = QRect(whole.left(), picture.top(), picture.left() - whole.left(), picture.height())
    right = QRect(picture.right() + 1, picture.top(), whole.right() - picture.right(), picture.height())
    return [bar for bar in (above, below, left, right) if bar.width() > 0 and bar.height() > 0]
