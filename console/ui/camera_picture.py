"""The camera picture: each frame painted straight from the buffer libvlc wrote, and what to say when the
picture is not live (its age, "signal lost — reconnecting" over the dimmed last frame, or a notice).

A frame costs one paint of this widget and nothing more, so the path is kept short:

- nothing lies on top of this widget (the pane puts the Source button and the meter beside it). Qt then
  repaints a plain rectangle and copies the frame in one blit. With a widget over the picture the paint
  region has a hole, and Qt blends the frame span by span through its thread pool: about 0.6% of a core
  more at 30 fps, measured;
- the player's frame signal goes straight to ``update()``, with no Python slot in between;
- the frame is drawn 1:1 when libvlc decoded it at this size (the usual case: a scaled draw costs five times
  as much); the geometry is worked out once per size, and the overlays are painted only when not live.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from console.camera.frames import Frame
from console.camera.images import FrameImages
from console.camera.player import PreviewPlayer
from console.camera.sources import label
from console.camera.watch import Health, Status
from console.show.durations import format_duration
from console.ui.theme import BAD, TEXT_DIM, WARN

LATENCY_SAMPLES = 4096
BLACK = Qt.GlobalColor.black


class CameraPicture(QWidget):
    """Paints the newest frame of :attr:`player` (set with :meth:`follow`) with its aspect kept, centred."""

    frame_painted = Signal(int)  # the number libvlc gave the frame just painted (tests, benchmarks)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPicture")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.player: PreviewPlayer | None = None
        self.notice = ""  # shown instead of the status (no libvlc, no source, a bad source)
        self.status = Status(Health.IDLE)
        self.image: QImage | None = None  # the picture on screen (over libvlc's buffer)
        self.target = QRect()  # where the picture goes
        self.painted = 0
        self.latencies_ms: deque[float] = deque(maxlen=LATENCY_SAMPLES)  # libvlc display -> painted
        self._images = FrameImages()
        self._layout_key: tuple[int, ...] = ()
        self._bars: list[QRect] = []  # the letterbox around the picture

    def follow(self, player: PreviewPlayer) -> None:
        """Paint ``player``'s frames as they come."""
        self.player = player
        player.frame_ready.connect(self.update)

    def box(self) -> tuple[int, int]:
        """This widget's size in device pixels: what libvlc decodes at."""
        ratio = self.devicePixelRatioF()
        return max(2, round(self.width() * ratio)), max(2, round(self.height() * ratio))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.player is not None:
            self.player.set_box(self.box())

    def forget_image(self) -> None:
        """Drop the picture on screen (a new source is starting)."""
        self.image = None
        self._images = FrameImages()
        self.update()

    def show_status(self, status: Status) -> None:
        self.status = status
        self.update()

    def show_notice(self, text: str) -> None:
        self.notice = text
        self.update()

    # -- painting -----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        frame = self._take_frame()
        image = self.image
        if image is None:
            painter.fillRect(self.rect(), BLACK)
        else:
            self._lay_out(image)
            for bar in self._bars:
                painter.fillRect(bar, BLACK)
            if self.target.size() == image.size():
                painter.drawImage(self.target.topLeft(), image)
            else:  # a small source in a big pane, or a size not yet re-decoded after a resize
                if self.target.width() > image.width() * 1.25:
                    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(self.target, image)
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
            self.image = self._images.image(ring, frame)
        return frame

    def _lay_out(self, image: QImage) -> None:
        """The picture's place (aspect kept, centred) and the bars around it: once per size, not per frame."""
        size = self.player.picture_size if self.player is not None else None
        width, height = size or (image.width(), image.height())
        key = (width, height, image.width(), image.height(), self.width(), self.height())
        if key == self._layout_key:
            return
        self._layout_key = key
        area = self.rect()
        scaled = QSize(width, height).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if abs(scaled.width() - image.width()) <= 2 and abs(scaled.height() - image.height()) <= 2:
            scaled = image.size()  # decoded at the pane's size: draw 1:1 rather than stretch by a pixel
        self.target = QRect(QPoint(0, 0), scaled)
        self.target.moveCenter(area.center())
        self._bars = _bars(area, self.target)

    def _paint_status(self, painter: QPainter) -> None:
        status = self.status
        source = label(self.player.mrl) if self.player is not None else ""
        if status.health is Health.CONNECTING:
            self._paint_message(painter, self.tr("Connecting to {source}…").format(source=source), TEXT_DIM)
        elif status.health is Health.STALE and status.age_s is not None:
            self._paint_badge(
                painter,
                self.tr("picture {age} s old").format(age=QLocale().toString(status.age_s, "f", 1)),
                WARN,
            )
        elif status.health is Health.LOST:
            painter.fillRect(self.rect(), QColor(0, 0, 0, 170))  # the last frame dims: it is not live
            since = (
                QLocale().toString(QTime(*status.since.timetuple()[3:6]), "HH:mm:ss") if status.since else "?"
            )
            age = ""
            if status.age_s is not None:
                age = " " + self.tr("({duration} ago)").format(duration=format_duration(status.age_s))
            if status.age_s is None:
                what = self.tr("no picture at {time}").format(time=since)
            else:
                what = self.tr("last picture at {time}").format(time=since)
            attempt = (
                " · " + self.tr("attempt {number}").format(number=status.attempts) if status.attempts else ""
            )
            error = (
                f"\n{self.player.last_error}" if self.player is not None and self.player.last_error else ""
            )
            text = self.tr("Signal lost — reconnecting") + f"\n{what}{age}{attempt}\n{source}{error}"
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


def _bars(whole: QRect, picture: QRect) -> list[QRect]:
    """The letterbox (or pillarbox) around a centred picture: what is left of ``whole`` to paint black."""
    above = QRect(whole.left(), whole.top(), whole.width(), picture.top() - whole.top())
    below = QRect(whole.left(), picture.bottom() + 1, whole.width(), whole.bottom() - picture.bottom())
    left = QRect(whole.left(), picture.top(), picture.left() - whole.left(), picture.height())
    right = QRect(picture.right() + 1, picture.top(), whole.right() - picture.right(), picture.height())
    return [bar for bar in (above, below, left, right) if bar.width() > 0 and bar.height() > 0]
