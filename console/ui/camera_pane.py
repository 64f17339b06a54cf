"""The camera preview pane: a header (what is shown, and the Source button), the picture, and beside it the
sound level meter.

The picture itself is :class:`~console.ui.camera_picture.CameraPicture`: painted straight from libvlc's
buffer, with its age shown whenever it is not fresh, and dimmed under "signal lost — reconnecting" after two
seconds without a new frame while the player reconnects by itself. "Source ▾" picks a camera, a stream or a
file without a dialog. The meter shows the source's sound level (a guide sees the microphone is live); the
preview itself never plays sound.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.camera.audio import FLOOR_DB, Level
from console.camera.libvlc import VlcUnavailable
from console.camera.player import PreviewPlayer
from console.camera.sources import capture_devices, demo_source, label, to_mrl
from console.camera.watch import Status
from console.errors import InputError
from console.settings import Settings
from console.translation import error_text
from console.ui.camera_picture import CameraPicture
from console.ui.elided_label import ElidedLabel
from console.ui.fields import EscapableLineEdit
from console.ui.theme import BAD, GOOD, TEXT_DIM, WARN

NOTICE_MS = 8000  # how long a bad source's message covers a picture that still plays
METER_WIDTH = 26
METER_MS = 80  # how often the meter reads the level: ~12 Hz looks smooth and costs nothing
METER_ZONES = ((0.0, -6.0, BAD), (-6.0, -18.0, WARN), (-18.0, FLOOR_DB, GOOD))  # dB from, to, colour
METER_MARKS = (0, -6, -18, -40)  # dB


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
            painter.drawText(
                QRect(-60, -8, 120, 16),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("AudioMeter", "no audio"),
            )
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
    typing_done = Signal()  # the address field closed: the keys go back to the show (the app sets the focus)

    def __init__(self, settings: Settings, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setMinimumSize(160, 90)
        self._settings = settings
        self._demo = demo
        self.player: PreviewPlayer | None = None
        self.picture = CameraPicture(self)
        self.frame_painted = self.picture.frame_painted  # the number libvlc gave the frame just painted

        title = QLabel(self.tr("CAMERA"))
        title.setObjectName("paneTitle")
        self._source = ElidedLabel(Qt.TextElideMode.ElideMiddle)
        self._source.setObjectName("cameraSourceName")
        self._button = QToolButton()
        self._button.setObjectName("cameraSourceButton")
        self._button.setText(self.tr("Source ▾"))
        self._button.setToolTip(self.tr("Choose the camera: a capture device, a network stream or a file"))
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self._button)
        self._menu.aboutToShow.connect(self._fill_menu)
        self._button.setMenu(self._menu)
        self.meter = AudioMeter()
        self.meter.setFixedWidth(METER_WIDTH)
        # Nothing may lie over the picture: a widget on top makes every frame a slow, holed repaint.
        header = QHBoxLayout()
        header.setContentsMargins(10, 3, 3, 3)
        header.setSpacing(10)
        header.addWidget(title)
        header.addWidget(self._source, 1)
        header.addWidget(self._button)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.picture, 1)
        body.addWidget(self.meter)
        column = self._column = QVBoxLayout(self)
        column.setContentsMargins(1, 1, 1, 1)  # inside the panel's border
        column.setSpacing(0)
        column.addLayout(header)
        column.addLayout(body, 1)

        self._entry = EscapableLineEdit(self)  # Enter uses the address, Esc closes the field
        self._entry.setObjectName("cameraSourceEntry")
        self._entry.setPlaceholderText(
            self.tr("rtsp://…, srt://…, udp://@:1234, http://…/live.m3u8 or a file, then Enter")
        )
        self._entry.returnPressed.connect(self._use_entry)
        self._entry.escaped.connect(self._close_entry)
        self._entry.hide()
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(METER_MS)
        self._meter_timer.timeout.connect(self._read_level)

    # -- the interface the app uses -----------------------------------------------------------------
    def start(self) -> None:
        """Play the configured source (``settings.camera_mrl``; in the demo, the demo clip if none)."""
        mrl = self._settings.camera_mrl or (demo_source().mrl if self._demo else "")
        if not mrl:
            self._show_notice(
                self.tr("No camera chosen. Pick one with “Source ▾”, or start with --camera MRL.")
            )
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
            self._show_notice(
                self.tr("Cannot use this camera source: {reason}").format(reason=error_text(error))
            )
            if self.player is not None and self.player.mrl:  # a typo must not cost the working picture
                QTimer.singleShot(NOTICE_MS, lambda text=self.notice: self._clear_notice(text))
            return
        if self.player is None:
            try:
                self.player = PreviewPlayer(self._settings.camera_caching_ms, self)
            except VlcUnavailable as error:
                self._show_notice(error_text(error))
                return
            self.picture.follow(self.player)
            self.player.status_changed.connect(self.picture.show_status)
        self._show_notice("")
        self.picture.forget_image()
        self._source.set_full_text(label(mrl))
        self._column.activate()  # the picture's size, even before the pane was first shown
        self.player.play(mrl, self.picture.box())
        self._meter_timer.start()

    @property
    def notice(self) -> str:
        """What the picture says instead of a picture ("" when there is a source)."""
        return self.picture.notice

    @property
    def status(self) -> Status:
        """The picture's health, as the player last reported it."""
        return self.picture.status

    # -- state --------------------------------------------------------------------------------------
    def _show_notice(self, text: str) -> None:
        self.picture.show_notice(text)

    def _clear_notice(self, text: str) -> None:
        if self.notice == text:
            self._show_notice("")

    def _read_level(self) -> None:
        self.meter.show_level(self.player.audio.read() if self.player is not None else None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_entry()

    def _place_entry(self) -> None:
        """The source field lies over the foot of the picture (only while someone types in it)."""
        height = self._entry.sizeHint().height()
        self._entry.setGeometry(8, self.height() - height - 9, self.width() - METER_WIDTH - 16, height)

    # -- choosing a source --------------------------------------------------------------------------
    def _fill_menu(self) -> None:
        self._menu.clear()
        current = self.player.mrl if self.player is not None else self._settings.camera_mrl
        devices = capture_devices()
        if not devices:
            self._menu.addAction(self.tr("No camera plugged in")).setEnabled(False)
        for choice in [*devices, demo_source()]:
            action = QAction(choice.label + (f" — {choice.problem}" if choice.problem else ""), self._menu)
            action.setEnabled(not choice.problem)
            action.setCheckable(True)
            action.setChecked(choice.mrl == current)
            action.triggered.connect(lambda _checked=False, mrl=choice.mrl: self.choose(mrl))
            self._menu.addAction(action)
        self._menu.addSeparator()
        self._menu.addAction(self.tr("Network stream or file…"), self._open_entry)

    def choose(self, text: str) -> None:
        """Use a source picked or typed by the user, and announce it so the app remembers it."""
        self.play(text)
        if self.player is not None and not self.notice:
            self._settings = replace(self._settings, camera_mrl=self.player.mrl)
            self.source_changed.emit(self.player.mrl)

    def _open_entry(self) -> None:
        self._place_entry()
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
        self.typing_done.emit()
