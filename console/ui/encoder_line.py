"""The encoder's line beside the viewers: ON AIR / OFF AIR as OBS says, bitrate, dropped frames, REC.

Readable from two metres: the state is a big coloured word, the figures one line under it. It shows only what
the :class:`EncoderMonitor` knows now: an answer older than a few seconds makes the word grey with its age,
never ON AIR. While the show is live a stream that stops or reconnects is a red banner (within a second of
OBS's event), frames dropping above the threshold an amber one; both clear themselves. Never a dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.encoder.health import EncoderView
from console.encoder.monitor import EncoderMonitor
from console.show.durations import format_duration
from console.translation import translated
from console.ui import theme
from console.ui.banner import BannerArea
from console.ui.clock_bar import clock_time
from console.ui.languages import number

STOPPED_BANNER = "encoder-stopped"
FRAMES_BANNER = "encoder-frames"
UNKNOWN_BANNER = "encoder-unknown"


def percent(share: float) -> str:
    """A share as a percentage with one decimal, in the window's language (2.5 % / 2,5 %)."""
    return QLocale().toString(share * 100, "f", 1) + "\u00a0%"  # no break: a wrapped line left "%" alone


class EncoderLine(QWidget):
    def __init__(
        self,
        monitor: EncoderMonitor,
        banners: BannerArea,
        show_live: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("encoderLine")
        self.monitor = monitor
        self.banners = banners
        self.show_live = show_live
        title = QLabel(self.tr("ENCODER"))
        title.setObjectName("paneTitle")
        self.state = QLabel("")
        self.state.setObjectName("encoderState")
        self.state.setFont(theme.big_font(20))
        self.rec = QLabel("")
        self.rec.setObjectName("encoderRec")
        self.rec.setFont(theme.big_font(16))
        self.figures = QLabel("")
        self.figures.setObjectName("encoderFigures")
        # Wrapped, not one long line: its width would otherwise set the feeds column's and take the talking
        # points' share (444 px of a 1280 px window in French).
        self.figures.setWordWrap(True)
        self.reason = QLabel("")
        self.reason.setObjectName("viewersProblem")
        self.reason.setWordWrap(True)
        self.reason.hide()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.state)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        # REC on a line of its own: on one line with the state word it made the line 436 px wide in French,
        # and the feeds column with it (the talking points lost their share).
        layout.addWidget(self.rec)
        layout.addWidget(self.figures)
        layout.addWidget(self.reason)
        monitor.changed.connect(self.refresh)
        self._tick = QTimer(self, interval=1000)  # ages move on between answers: a silent OBS goes grey
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The wrapped figures keep the lines they need: a splitter does not ask a label's height for its
        width, and squeezed them under the viewers' title."""
        super().resizeEvent(event)
        self._keep_figures_height()

    def _keep_figures_height(self) -> None:
        needed = self.figures.heightForWidth(self.figures.width())
        if needed > 0 and needed != self.figures.minimumHeight():
            self.figures.setMinimumHeight(needed)

    def refresh(self) -> None:
        view = self.monitor.view()
        self._show_state(view)
        self._show_figures(view)
        self._show_banners(view, self.show_live())

    def _show_state(self, view: EncoderView) -> None:
        if view.on_air is None:
            if view.age_s is not None:
                word = self.tr("NO ANSWER · {age} old").format(age=format_duration(view.age_s))
            else:
                word = self.tr("ENCODER ?")
            state = "unknown"
        elif view.reconnecting:
            word, state = self.tr("RECONNECTING"), "bad"
        elif view.on_air:
            word, state = self.tr("ON AIR"), "live"
        else:
            word, state = self.tr("OFF AIR"), "off"
        self.state.setText(word)
        theme.set_state(self.state, "state", state)
        if view.recording and view.record_s is not None:
            self.rec.setText(self.tr("● REC {duration}").format(duration=format_duration(view.record_s)))
        elif view.recording:
            self.rec.setText(self.tr("● REC"))
        else:
            self.rec.setText("")
        reason = view.reason if view.link in ("failed", "connecting") else None
        self.reason.setText(f"⚠ {translated(reason)}" if reason else "")
        self.reason.setVisible(bool(reason))

    def _show_figures(self, view: EncoderView) -> None:
        parts = []
        if view.on_air and view.bitrate_kbps is not None:
            parts.append(self.tr("{rate} kb/s").format(rate=number(round(view.bitrate_kbps))))
        if view.on_air and view.dropped_share is not None:
            parts.append(self.tr("dropped {share} (1 min)").format(share=percent(view.dropped_share)))
        if view.on_air and view.congestion is not None:
            parts.append(self.tr("congestion {share}").format(share=percent(view.congestion)))
        self.figures.setText("  ·  ".join(parts))
        self._keep_figures_height()
        dropping = view.dropped_recent is not None and view.dropped_recent > self.monitor.health.threshold
        theme.set_state(self.figures, "state", "warn" if dropping else "")

    def _show_banners(self, view: EncoderView, live: bool) -> None:
        shown = self.banners.texts()
        off = live and view.on_air is not None and (not view.on_air or view.reconnecting)
        if off:
            said = self.tr("reconnecting") if view.reconnecting else self.tr("stopped")
            if view.went_off_at is not None:
                text = self.tr("The stream stopped at {time} — the encoder says: {state}").format(
                    time=clock_time(view.went_off_at), state=said
                )
            else:
                text = self.tr("The show is live but the encoder is not streaming — it says: {state}").format(
                    state=said
                )
            if shown.get(STOPPED_BANNER) != text:
                self.banners.show_banner(STOPPED_BANNER, text, level="error", dismissable=False)
        elif STOPPED_BANNER in shown:
            self.banners.clear(STOPPED_BANNER)
        dropping = (
            live
            and view.on_air is True
            and view.dropped_recent is not None
            and view.dropped_recent > self.monitor.health.threshold
        )
        if dropping and view.dropped_recent is not None:
            text = self.tr("The encoder is dropping frames: {share} over the last {seconds} s").format(
                share=percent(view.dropped_recent), seconds=round(self.monitor.health.alert_window_s)
            )
            if shown.get(FRAMES_BANNER) != text:
                self.banners.show_banner(FRAMES_BANNER, text, level="warning")
        elif FRAMES_BANNER in shown:
            self.banners.clear(FRAMES_BANNER)
        # Connected and waiting for OBS's first answer is not unknown yet (it came as a false alarm at each
        # go-live): a request that times out fails the link, and a stale answer has an age.
        awaiting_first = view.link == "connected" and view.age_s is None
        unknown = live and view.on_air is None and view.link != "connecting" and not awaiting_first
        if unknown:
            why = translated(view.reason) if view.reason else self.tr("no recent answer")
            text = self.tr("The encoder's state is unknown — {reason}").format(reason=why)
            if shown.get(UNKNOWN_BANNER) != text:
                self.banners.show_banner(UNKNOWN_BANNER, text, level="warning")
        elif UNKNOWN_BANNER in shown:
            self.banners.clear(UNKNOWN_BANNER)

    def texts(self) -> str:
        """What the line says, in reading order (for tests and screen readers)."""
        return " | ".join(
            text
            for text in (self.state.text(), self.rec.text(), self.figures.text(), self.reason.text())
            if text
        )
