"""The show clock across the top: on-air state, elapsed, remaining, this stop, projected end.

Sizes come from theme.on_air_sheet (set on the live page): here only families and weights.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.show.clock import ShowClock
from console.show.durations import format_clock, format_signed
from console.ui import theme
from console.ui.elided_label import ElidedLabel


class _Figure(QWidget):
    """A caption over a big number."""

    def __init__(self, caption: str, *, big: bool = False) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 2, 10, 2)
        layout.setSpacing(0)
        self.caption = QLabel(caption)
        self.caption.setObjectName("paneTitle")
        self.value = QLabel("–")
        self.value.setObjectName("clockValueBig" if big else "clockValue")
        self.value.setFont(theme.big_font(26, mono=True))
        self.detail = QLabel("")
        self.detail.setObjectName("clockDetail")
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set(self, value: str, tone: str = "text", detail: str = "") -> None:
        """Show a figure; tone names its colour in theme.TONES."""
        self.value.setText(value)
        theme.set_state(self.value, "tone", tone)
        self.detail.setText(detail)


class ClockBar(QFrame):
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockBar")
        self._row = layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        states = QVBoxLayout()
        states.setSpacing(4)
        self.state = QLabel(self.tr("READY"))
        self.state.setObjectName("showState")
        self.state.setFont(theme.big_font(16))
        states.addWidget(self.state)
        # A rehearsal says so from the moment it is chosen, before F5 too: it must never pass for a show.
        self.rehearsal_mark = QLabel(self.tr("REHEARSAL"))
        self.rehearsal_mark.setObjectName("rehearsalMark")
        self.rehearsal_mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rehearsal_mark.hide()
        states.addWidget(self.rehearsal_mark, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(states)
        self.elapsed = _Figure(self.tr("ELAPSED"))
        self.remaining = _Figure(self.tr("REMAINING"))
        self.stop = _Figure(self.tr("THIS STOP"), big=True)
        self.projected = _Figure(self.tr("PROJECTED END"))
        for figure in (self.elapsed, self.remaining, self.stop, self.projected):
            layout.addWidget(figure)
        # The time rescue's one line (what to shorten or skip to end on time) in the room beside the figures:
        # empty while there is none, so it never moves or resizes anything when it appears.
        self.advice = ElidedLabel()
        self.advice.setObjectName("adviceLine")
        self._advice_shown: tuple[str, bool, bool, bool] | None = None
        self._compact = False
        self._foot_help: QWidget | None = None
        self._late = True
        layout.addWidget(self.advice, 1)
        self.end_button = QPushButton(self.tr("End show…"))
        self.end_button.setObjectName("danger")
        self.end_button.setToolTip(self.tr("Ending takes two clicks; no key ends the show."))
        # Clicking it must not take the keyboard: once hidden, focus would fall to the note box.
        self.end_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.end_button.clicked.connect(self._end_clicked)
        layout.addWidget(self.end_button)
        self._disarm = QTimer(self, singleShot=True, interval=4000)
        self._disarm.timeout.connect(lambda: self._arm(False))

    def set_compact(self, compact: bool, foot: QBoxLayout, foot_help: QWidget) -> None:
        """On a narrow window the figures fill the row (no room was left for the advice: 0 px in French at
        1024x600), and a row of its own would take the talking points' last lines (600 px hold the points,
        a pinned question and one foot line): while the show runs late the advice stands in ``foot`` in place
        of ``foot_help`` (the key help); time to spare is not said there, the key help stays."""
        if compact == self._compact:
            return
        self._compact, self._foot_help = compact, foot_help
        end = self._row.indexOf(self.end_button)
        if compact:
            self._row.removeWidget(self.advice)
            self._row.insertStretch(end, 1)
            foot.insertWidget(foot.indexOf(foot_help), self.advice)
        else:
            foot.removeWidget(self.advice)
            self._row.takeAt(end - 1)  # the stretch that held the advice's place
            self._row.insertWidget(end - 1, self.advice, 1)
        self._show_advice_row()

    def _show_advice_row(self) -> None:
        speaks = not self._compact or (bool(self.advice.full) and self._late)
        self.advice.setVisible(speaks)
        if self._foot_help is not None:
            self._foot_help.setVisible(not (self._compact and speaks))

    # Ending is deliberate: the first click arms the button for four seconds, the second ends.
    def _end_clicked(self) -> None:
        if self.end_button.property("armed"):
            self._arm(False)
            self.end_requested.emit()
        else:
            self._arm(True)

    def _arm(self, armed: bool) -> None:
        theme.set_state(self.end_button, "armed", armed)
        self.end_button.setText(self.tr("Click again to END") if armed else self.tr("End show…"))
        if armed:
            self._disarm.start()

    def show_advice(
        self, text: str, *, adoptable: bool = True, adopted: bool = False, late: bool = True
    ) -> None:
        """The advice line (empty: none), with the A key's part when it can be adopted; repainted only when
        it says something else. ``late``: it says how to end on time (else what to do with time to spare)."""
        shown = (text, adoptable, adopted, late)
        if self._advice_shown == shown:
            return
        self._advice_shown, self._late = shown, late
        if not text:
            self.advice.set_full_text("", tooltip="")
            self._show_advice_row()
            return
        if adoptable:
            key = self.tr("adopted · A reverts") if adopted else self.tr("A adopts")
            text = f"{text}   ·   {key}"
        self.advice.set_full_text(text)
        theme.set_state(self.advice, "tone", "text" if adopted else "warn")
        self._show_advice_row()

    def show_state(
        self, clock: ShowClock | None, *, label: str, rehearsal: bool = False, ended: bool = False
    ) -> None:
        """Paint the clock; an ended show keeps its last figures, all grey, so nothing looks live."""
        on_air = clock is not None and clock.on_air
        self.state.setText(f"● {label}")
        theme.set_state(
            self.state, "tone", "onAir" if on_air and not rehearsal else "warn" if on_air else "dim"
        )
        self.rehearsal_mark.setVisible(rehearsal)
        self.end_button.setVisible(on_air)
        if clock is None:
            for figure in (self.elapsed, self.remaining, self.stop, self.projected):
                figure.set("–", "dim")
            return
        grey = "dim" if ended else None
        self.elapsed.set(format_clock(clock.elapsed_s), grey or "text")
        self.remaining.set(
            time_left(clock.remaining_s),
            grey or remaining_tone(clock),
            self.tr("of {budget}").format(budget=format_clock(clock.budget_s)),
        )
        left = clock.current_left_s
        self.stop.set(
            time_left(left),
            grey or stop_tone(clock),
            self.tr("{actual} of {planned}").format(
                actual=format_clock(clock.current_actual_s), planned=format_clock(clock.current_planned_s)
            )
            + ("  " + self.tr("OVER") if left < 0 else ""),
        )
        if clock.projected_end is None:
            self.projected.set("–", "dim")
        else:
            delta = clock.show_delta_s
            word = self.tr("on time")
            if abs(delta) > 0.5:
                word = self.tr("over") if delta > 0 else self.tr("under")
            self.projected.caption.setText(self.tr("ENDED AT") if ended else self.tr("PROJECTED END"))
            self.projected.set(
                clock_time(clock.projected_end),
                grey or theme.delta_tone(delta),
                self.tr("{delta} {word}").format(delta=format_signed(delta), word=word),
            )


def clock_time(timestamp: float) -> str:
    """The local time of day, 24-hour (one width in every language), in the locale's digits."""
    moment = datetime.fromtimestamp(timestamp)
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def time_left(seconds: float) -> str:
    """Time left, or once past zero how far over, as "+m:ss"."""
    return format_clock(seconds) if seconds >= 0 else format_signed(-seconds)


# The clock's colours, shared by the clock bar and the stage display so both say the same thing at once.
def remaining_tone(clock: ShowClock) -> str:
    """The show's remaining time: plain while there is some, red once the slot is over."""
    return "bad" if clock.remaining_s < 0 else "text"


def stop_tone(clock: ShowClock) -> str:
    """This stop's time left: green, amber near its end, red over (theme.timing_tone)."""
    return theme.timing_tone(clock.current_left_s, clock.current_planned_s)
