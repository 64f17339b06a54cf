"""The camera preview pane: the picture libvlc decodes, painted with its aspect kept, never a frozen frame
passed off as live.

The picture is painted straight from the buffer libvlc wrote (no copy), 1:1 when libvlc decoded it at the
size it is shown (the usual case: a scaled draw costs five times as much), with as little Python per frame
as possible: the geometry is worked out once per size, the overlays only when the picture is not live. Its
age shows whenever it is not
fresh, and after two seconds without a new frame it dims under "signal lost — reconnecting" while the
player reconnects by itself. A small "Source" button picks a camera, a stream or a file without a dialog.
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
    QResizeEvent,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QToolButton, QWidget

from console.camera.frames import Frame
from console.camera.images import FrameImages
from console.camera.libvlc import VlcUnavailable
from console.camera.player import PreviewPlayer
from console.camera.sources import capture_devices, demo_source, label, to_mrl
from console.camera.watch import Health, Status
from console.errors import InputError
from console.settings import Settings
from console.show.durations import format_duration
from console.ui.theme import BAD, TEXT_DIM, WARN

LATENCY_SAMPLES = 4096
NOTICE_MS = 8000  # how long a bad source's message covers a picture that still plays


class _SourceEntry(QLineEdit):
    """The inline field for a network address or a file: Enter uses it, Esc closes it."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


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
            self.player.frame_ready.connect(self.update)
            self.player.status_changed.connect(self._on_status)
        self.notice = ""
        self._forget_image()
        self._source_label = label(mrl)
        self.player.play(mrl, self._box())

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
        scaled = QSize(width, height).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if abs(scaled.width() - image.width()) <= 2 and abs(scaled.height() - image.height()) <= 2:
            scaled = image.size()  # decoded at the pane's size: draw 1:1 rather than stretch by a pixel
        self._target = QRect(QPoint(0, 0), scaled)
        self._target.moveCenter(self.rect().center())
        self._bars = _bars(self.rect(), self._target)

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

    def _box(self) -> tuple[int, int]:
        ratio = self.devicePixelRatioF()
        return max(2, round(self.width() * ratio)), max(2, round(self.height() * ratio))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        hint = self._button.sizeHint()
        self._button.setGeometry(self.width() - hint.width() - 8, 8, hint.width(), hint.height())
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
            action = QAction(choice.label, self._menu)
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
