"""The show clock across the top: on-air state, elapsed, remaining, this stop, projected end."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.show.clock import ShowClock
from console.show.durations import format_clock, format_signed
from console.ui import theme


class _Figure(QWidget):
    """A caption over a big number."""

    def __init__(self, caption: str, size: float = 26) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 2, 10, 2)
        layout.setSpacing(0)
        self.caption = QLabel(caption)
        self.caption.setObjectName("paneTitle")
        self.value = QLabel("–")
        self.value.setFont(theme.big_font(size, mono=True))
        self.detail = QLabel("")
        self.detail.setStyleSheet(f"color: {theme.TEXT_DIM}; font-size: 11pt;")
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set(self, value: str, colour: str = theme.TEXT, detail: str = "") -> None:
        self.value.setText(value)
        set_colour(self.value, colour)
        self.detail.setText(detail)


class ClockBar(QFrame):
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.state = QLabel("READY")
        self.state.setFont(theme.big_font(16))
        self.state.setMinimumWidth(150)
        layout.addWidget(self.state)
        self.elapsed = _Figure("ELAPSED")
        self.remaining = _Figure("REMAINING")
        self.stop = _Figure("THIS STOP", 34)
        self.projected = _Figure("PROJECTED END")
        for figure in (self.elapsed, self.remaining, self.stop, self.projected):
            layout.addWidget(figure)
        layout.addStretch(1)
        self.end_button = QPushButton("End show…")
        self.end_button.setObjectName("danger")
        self.end_button.setToolTip("Ending takes two clicks; no key ends the show.")
        self.end_button.clicked.connect(self._end_clicked)
        layout.addWidget(self.end_button)
        self._disarm = QTimer(self, singleShot=True, interval=4000)
        self._disarm.timeout.connect(lambda: self._arm(False))

    # Ending is deliberate: the first click arms the button for four seconds, the second ends.
    def _end_clicked(self) -> None:
        if self.end_button.property("armed"):
            self._arm(False)
            self.end_requested.emit()
        else:
            self._arm(True)

    def _arm(self, armed: bool) -> None:
        self.end_button.setProperty("armed", armed)
        self.end_button.setText("Click again to END" if armed else "End show…")
        self.end_button.style().unpolish(self.end_button)
        self.end_button.style().polish(self.end_button)
        if armed:
            self._disarm.start()

    def show_state(self, clock: ShowClock | None, *, label: str, rehearsal: bool = False) -> None:
        on_air = clock is not None and clock.on_air
        colour = theme.ON_AIR if on_air and not rehearsal else theme.WARN if on_air else theme.TEXT_DIM
        self.state.setText(f"● {label}")
        set_colour(self.state, colour)
        self.end_button.setVisible(on_air)
        if clock is None:
            for figure in (self.elapsed, self.remaining, self.stop, self.projected):
                figure.set("–", theme.TEXT_DIM)
            return
        self.elapsed.set(format_clock(clock.elapsed_s))
        remaining_colour = theme.BAD if clock.remaining_s < 0 else theme.TEXT
        self.remaining.set(
            _left(clock.remaining_s),
            remaining_colour,
            f"of {format_clock(clock.budget_s)}",
        )
        left = clock.current_left_s
        self.stop.set(
            _left(left),
            theme.timing_colour(left, clock.current_planned_s),
            f"{format_clock(clock.current_actual_s)} of {format_clock(clock.current_planned_s)}"
            + ("  OVER" if left < 0 else ""),
        )
        if clock.projected_end is None:
            self.projected.set("–", theme.TEXT_DIM)
        else:
            delta = clock.show_delta_s
            colour = theme.BAD if delta > 30 else theme.WARN if delta > 0 else theme.GOOD
            word = "over" if delta > 0.5 else "under" if delta < -0.5 else "on time"
            self.projected.set(
                datetime.fromtimestamp(clock.projected_end).strftime("%H:%M"),
                colour,
                f"{format_signed(delta)} {word}",
            )


def _left(seconds: float) -> str:
    """Time left, or once past zero how far over, as "+m:ss"."""
    return format_clock(seconds) if seconds >= 0 else format_signed(-seconds)


def set_colour(label: QLabel, colour: str) -> None:
    """Restyle only on a change: the clock ticks four times a second and a style sheet is costly."""
    if label.property("colour") != colour:
        label.setProperty("colour", colour)
        label.setStyleSheet(f"color: {colour};")
