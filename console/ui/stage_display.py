"""The stage display: a second window for a screen the guide reads from five metres away.

It shows what the guide needs at a glance, huge: this stop's time left and the show's, coloured as on the
console (the same tone functions as the clock bar), the current stop and the next in the talking-points
language, the producer's cue (flashed once when it arrives), the time of day and, if asked, the viewer total.

It never takes the keyboard: the window does not accept focus and is shown without being activated, so the
clicker keeps driving the console. Which screen it fills is console/ui/stage_screens.py's business.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.live.controller import LiveController
from console.show.tour import Tour
from console.ui import theme
from console.ui.clock_bar import clock_time, remaining_tone, stop_tone, time_left

if TYPE_CHECKING:
    from console.audience.poller import AudiencePoller

TICK_MS = 250
CUE_FLASH_MS = 1200  # a new cue is drawn inverted this long, once, then settles on its amber strip
# Pixel sizes on a 1080-pixel-high screen; every one scales with the screen's height (stage_sheet).
STAGE_REFERENCE_WIDTH, STAGE_REFERENCE_HEIGHT = 1920, 1080
STAGE_PX = {
    "caption": 40,  # THIS STOP, SHOW LEFT, NOW, NEXT
    "state": 40,  # ● ON AIR
    "time_of_day": 56,
    "cue": 64,
    "stop_figure": 260,  # the figure the guide looks for first
    "show_figure": 170,
    "current": 96,
    "next": 68,
    "viewers": 48,
}


def stage_scale(width: int, height: int) -> float:
    """How much larger than on a 1080-pixel-high screen (a 4K screen doubles, a 720p one shrinks); a screen
    narrower than 16:9 (a portrait one, a small window) scales by its width instead, so the clocks fit."""
    return max(0.2, min(height / STAGE_REFERENCE_HEIGHT, width / STAGE_REFERENCE_WIDTH))


def stage_px(name: str, scale: float) -> int:
    return max(1, round(STAGE_PX[name] * scale))


def stage_sheet(scale: float) -> str:
    """The window's own sheet: font sizes and spacing only (colours come from the theme's sheet)."""
    px = {name: stage_px(name, scale) for name in STAGE_PX}
    pad = max(2, round(12 * scale))
    return f"""
QLabel#stageCaption {{ font-size: {px["caption"]}px; }}
QLabel#stageState {{ font-size: {px["state"]}px; font-weight: 700; }}
QLabel#stageTimeOfDay {{ font-size: {px["time_of_day"]}px; }}
QLabel#stageCue {{ font-size: {px["cue"]}px; padding: {pad}px {2 * pad}px; border-radius: {pad}px; }}
QLabel#stageStopFigure {{ font-size: {px["stop_figure"]}px; }}
QLabel#stageShowFigure {{ font-size: {px["show_figure"]}px; }}
QLabel#stageCurrent {{ font-size: {px["current"]}px; font-weight: 700; }}
QLabel#stageNext {{ font-size: {px["next"]}px; }}
QLabel#stageViewers {{ font-size: {px["viewers"]}px; }}
"""


def _label(name: str, *, tone: str = "text", mono: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel("")
    label.setObjectName(name)
    if mono:
        label.setFont(theme.big_font(26, mono=True))  # the family and weight; the size is the sheet's
    label.setWordWrap(wrap)
    label.setMinimumSize(1, 1)  # the window's size is the screen's: a label never pushes it larger
    theme.set_state(label, "tone", tone)
    return label


class StageDisplay(QWidget):
    """The window, fed by the controller (and the viewer poller); it repaints itself while shown."""

    activated = Signal()  # the platform activated it after all (a click, a window manager): hand it back

    def __init__(self, controller: LiveController) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.controller = controller
        self.setObjectName("stageDisplay")
        self.setWindowTitle(self.tr("Cicerone — stage display"))
        # The clicker's keys go to the console: this window is never activated and never holds focus.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Closing the console closes the application even while this window is up.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self._language: str | None = None  # None: the session's talking-points language
        self._poller: AudiencePoller | None = None
        self.viewers_shown = False
        self.scale = 0.0

        self.state = _label("stageState", tone="dim")
        self.time_of_day = _label("stageTimeOfDay", mono=True)
        self.cue = _label("stageCue", wrap=True)
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue.hide()
        self.stop_caption = _label("stageCaption", tone="dim")
        self.stop_figure = _label("stageStopFigure", mono=True)
        self.show_caption = _label("stageCaption", tone="dim")
        self.show_figure = _label("stageShowFigure", mono=True)
        self.now_caption = _label("stageCaption", tone="dim")
        self.current = _label("stageCurrent", wrap=True)
        self.next_caption = _label("stageCaption", tone="dim")
        self.next = _label("stageNext", wrap=True)
        self.viewers = _label("stageViewers", mono=True)
        self.viewers.hide()
        self.question = _label(
            "stageNext", tone="warn", wrap=True
        )  # the audience question pinned for the guide
        self.question.hide()

        top = QHBoxLayout()
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(self.time_of_day)
        figures = QGridLayout()
        figures.addWidget(self.stop_caption, 0, 0)
        figures.addWidget(self.stop_figure, 1, 0, Qt.AlignmentFlag.AlignBottom)
        figures.addWidget(self.show_caption, 0, 2, Qt.AlignmentFlag.AlignRight)
        figures.addWidget(self.show_figure, 1, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        figures.setColumnStretch(1, 1)  # the gap between takes the spare width: each figure keeps its own
        self._stops = stops = QGridLayout()
        stops.addWidget(self.now_caption, 0, 0, Qt.AlignmentFlag.AlignTop)
        stops.addWidget(self.current, 0, 1)
        stops.addWidget(self.next_caption, 1, 0, Qt.AlignmentFlag.AlignTop)
        stops.addWidget(self.next, 1, 1)
        stops.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.viewers)
        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cue)
        layout.addLayout(figures)
        layout.addStretch(1)
        layout.addLayout(stops)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addLayout(bottom)

        self._flash = QTimer(self, singleShot=True, interval=CUE_FLASH_MS)
        self._flash.timeout.connect(lambda: theme.set_state(self.cue, "flash", False))
        controller.cue_changed.connect(self.show_cue)
        controller.changed.connect(self.refresh)
        controller.language_changed.connect(self.refresh)
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._apply_scale(1920, 1080)
        self.show_cue(controller.cue)
        self.refresh()

    # -- what it shows ----------------------------------------------------------------------------------
    def set_content_language(self, code: str | None) -> None:
        """Show the stops' titles in ``code`` whatever the guide reads; None follows the guide's L switch."""
        self._language = code or None
        self.refresh()

    @property
    def content_language(self) -> str:
        if self._language is not None:
            return self._language
        return self.controller.language  # the live show's, as stored; before the show, the one chosen with L

    def set_poller(self, poller: AudiencePoller | None) -> None:
        """The viewer total's source: the same poller the viewers pane shows."""
        self._poller = poller
        self.refresh()

    def set_viewers_shown(self, shown: bool) -> None:
        self.viewers_shown = shown
        self.refresh()

    def show_question(self, text: str) -> None:
        """The audience question the producer pinned ("" when none): under the stops until answered."""
        self.question.setText(text)
        self.question.setVisible(bool(text))

    def show_cue(self, text: str) -> None:
        """The producer's cue: a strip across the top, inverted once when it arrives, until cleared."""
        self.cue.setText(text)
        self.cue.setVisible(bool(text))
        theme.set_state(self.cue, "flash", bool(text))
        if text:
            self._flash.start()
        else:
            self._flash.stop()

    def refresh(self) -> None:
        if not self.isVisible():  # off (the default) or not yet placed: the guide's window pays nothing
            return
        c = self.controller
        clock = c.snapshot()
        session = c.session
        rehearsal = (session.kind if session is not None else c.kind) == "rehearsal"
        ended = c.ended
        if session is None:
            state, tone = self.tr("READY"), "dim"
        elif ended:
            state, tone = self.tr("ENDED"), "dim"
        elif rehearsal:
            state, tone = self.tr("REHEARSAL"), "warn"
        else:
            state, tone = self.tr("ON AIR"), "onAir"
        self._set(self.state, f"● {state}", tone)
        self.time_of_day.setText(clock_time(c.clock()))
        over = clock is not None and clock.current_index is not None and clock.current_left_s < 0
        over_word = "  ·  " + self.tr("OVER") if over and not ended else ""
        self.stop_caption.setText(self.tr("THIS STOP") + over_word)
        self.show_caption.setText(self.tr("SHOW LEFT"))
        self.now_caption.setText(self.tr("NOW"))
        self.next_caption.setText(self.tr("NEXT"))
        if clock is None or clock.current_index is None:
            self._set(self.stop_figure, "–", "dim")
            self._set(self.show_figure, "–", "dim")
        else:
            grey = "dim" if ended else None
            self._set(self.stop_figure, time_left(clock.current_left_s), grey or stop_tone(clock))
            self._set(self.show_figure, time_left(clock.remaining_s), grey or remaining_tone(clock))
        self._show_stops(None if clock is None else clock.current_index, ended)
        self._show_viewers()

    def _show_stops(self, current: int | None, ended: bool) -> None:
        tour = self._tour()
        stops, language = tour.stops, self.content_language
        following = 0 if current is None else current + 1
        if current is None or current >= len(stops):
            self.current.setText("–")
        else:
            self.current.setText(tour.stop_title(stops[current], language)[0])
        if ended:
            self.next.setText("")
        elif following < len(stops):
            self.next.setText(tour.stop_title(stops[following], language)[0])
        else:
            self.next.setText(self.tr("Last stop") if stops else "")

    def _tour(self) -> Tour:
        """The show's tour (as it was at go-live), else the one in front of the guide."""
        session = self.controller.session
        return session.tour if session is not None else self.controller.tour

    def _show_viewers(self) -> None:
        poller = self._poller
        shown = self.viewers_shown and poller is not None
        self.viewers.setVisible(shown)
        if not shown or poller is None:
            return
        from console.ui.viewers_pane import count_text  # with the feeds, after the first paint

        view = poller.view()
        text = self.tr("{count} viewers").format(count=count_text(view.viewers))
        if view.stale:
            text = self.tr("{viewers} (stale)").format(viewers=text)
        self._set(self.viewers, text, "dim" if view.stale or view.viewers is None else "text")

    @staticmethod
    def _set(label: QLabel, text: str, tone: str) -> None:
        label.setText(text)
        theme.set_state(label, "tone", tone)

    # -- size and ticking ---------------------------------------------------------------------------------
    def _apply_scale(self, width: int, height: int) -> None:
        scale = stage_scale(width, height)
        if scale == self.scale:
            return
        self.scale = scale
        self.setStyleSheet(stage_sheet(scale))
        margin = round(36 * scale)
        self._layout.setContentsMargins(margin, round(margin * 0.6), margin, round(margin * 0.6))
        self._layout.setSpacing(round(16 * scale))
        self._stops.setHorizontalSpacing(round(28 * scale))  # NEXT never touches its title

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale(self.width(), self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.activated.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()
