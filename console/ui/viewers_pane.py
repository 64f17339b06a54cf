"""The viewer counter: the total in very large digits, the breakdown, trend, peak, sparkline and milestones.

It only shows what the poller's tally says and never dresses up a number: a total with a part older than two
poll intervals is drawn dim and labelled STALE with its age; a failing source gets a reason line (never a
dialog); the demo source is labelled DEMO. A one-second timer keeps the ages honest between samples.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from console.audience.platforms import YOUTUBE_DAILY_QUOTA
from console.audience.tally import WINDOW_S, SourceLine, TotalView
from console.show.durations import format_duration
from console.translation import translated
from console.ui import theme
from console.ui.clock_bar import clock_time
from console.ui.languages import number

if TYPE_CHECKING:
    from console.audience.poller import AudiencePoller

FLASH_MS = 6000
STATE_WORDS = {
    "hidden": str(QT_TRANSLATE_NOOP("ViewersPane", "count hidden")),
    "ended": str(QT_TRANSLATE_NOOP("ViewersPane", "ended")),
    "offline": str(QT_TRANSLATE_NOOP("ViewersPane", "offline")),
    "error": str(QT_TRANSLATE_NOOP("ViewersPane", "no answer yet")),
}


def count_text(viewers: int | None) -> str:
    return "—" if viewers is None else number(viewers)


class Sparkline(QWidget):
    """The last 30 minutes of the fresh total, scaled to its own range (dim while stale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewersSparkline")
        # Low enough to give way under the encoder's line on a 600 px screen, a trend still at that height.
        self.setMinimumHeight(28)
        self.setMaximumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.points: list[tuple[float, int]] = []
        self.now = 0.0
        self.stale = False

    def set_points(self, points: list[tuple[float, int]], now: float, stale: bool) -> None:
        self.points, self.now, self.stale = points, now, stale
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self.points) < 2:
            return
        width, height = self.width() - 2, self.height() - 4
        low = min(value for _, value in self.points)
        high = max(value for _, value in self.points)
        value_span = max(1, high - low)
        path = QPainterPath()
        step = max(1, len(self.points) // max(1, width))  # at most one point per pixel
        # Up to 30 minutes across the width; a younger show fills the width with what it has.
        time_span = min(WINDOW_S, max(60.0, self.now - self.points[0][0]))
        for index, (at, value) in enumerate([*self.points[::step], self.points[-1]]):
            x = 1 + width * (1 - (self.now - at) / time_span)
            y = 2 + height * (1 - (value - low) / value_span)
            if index == 0:
                path.moveTo(QPointF(x, y))
            else:
                path.lineTo(QPointF(x, y))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = theme.active()
        painter.setPen(QPen(QColor(colours.dim if self.stale else colours.accent), 2))
        painter.drawPath(path)


class ViewersPane(QWidget):
    """Give it an :class:`AudiencePoller` (now or with :meth:`set_poller`); without one it says so."""

    def __init__(self, poller: AudiencePoller | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewersPane")
        self.poller: AudiencePoller | None = None
        self._rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}

        title = QLabel(self.tr("VIEWERS"))
        title.setObjectName("paneTitle")
        self.demo_badge = self._label(self.tr("DEMO"), "viewersDemo", hidden=True)
        self.status = self._label("", "viewersStatus")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.demo_badge)
        header.addStretch(1)
        header.addWidget(self.status)

        self.total = QLabel("—")
        self.total.setObjectName("viewersTotal")
        self.total.setFont(theme.big_font(54, mono=True))
        self.total.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.flash = self._label("", "viewersMilestone", hidden=True)
        self.flash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.trend = self._label("", "viewersTrend")
        self.peak = self._label("", "viewersPeak")
        facts = QHBoxLayout()
        facts.addWidget(self.trend)
        facts.addStretch(1)
        facts.addWidget(self.peak)
        self.sparkline = Sparkline()
        self.breakdown = QGridLayout()
        self.breakdown.setColumnStretch(0, 1)
        self.quota = self._label("", "viewersQuota")
        self.notice = self._label(self.tr("Viewers: no sources yet"), "paneNotice", wrap=True)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.total)
        layout.addWidget(self.flash)
        layout.addLayout(facts)
        layout.addWidget(self.sparkline, 1)
        layout.addLayout(self.breakdown)
        layout.addWidget(self.quota)
        layout.addStretch(1)

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.flash.hide)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh)
        self.set_poller(poller)

    def add_line(self, line: QWidget) -> None:
        """A line shown above the viewers (the encoder's: the stream itself, then who watches it)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, line)

    def _label(self, text: str, name: str, *, wrap: bool = False, hidden: bool = False) -> QLabel:
        """A label styled by theme.STYLE_SHEET through its objectName."""
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(wrap)
        if hidden:  # only ever hide here: showing a label that has no parent yet would open a window
            label.hide()
        return label

    def set_poller(self, poller: AudiencePoller | None) -> None:
        if self.poller is not None:
            self.poller.changed.disconnect(self.refresh)
            self.poller.milestone.disconnect(self.show_milestone)
        self.poller = poller
        for widgets in self._rows.values():
            for widget in widgets:
                widget.deleteLater()
        self._rows.clear()
        if poller is None:
            self._tick.stop()
            self.notice.show()
            return
        self.notice.hide()
        for row, spec in enumerate(poller.specs):
            name = self._label(spec.label, "viewersSource")
            count = self._label("", "viewersSourceCount")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            problem = self._label("", "viewersProblem", wrap=True)
            self.breakdown.addWidget(name, 2 * row, 0)
            self.breakdown.addWidget(count, 2 * row, 1)
            self.breakdown.addWidget(problem, 2 * row + 1, 0, 1, 2)
            self._rows[spec.label] = (name, count, problem)
        self.demo_badge.setVisible(any(spec.kind == "demo" for spec in poller.specs))
        poller.changed.connect(self.refresh)
        poller.milestone.connect(self.show_milestone)
        self._tick.start()
        self.refresh()

    # -- showing ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        poller = self.poller
        if poller is None:
            return
        now = poller.clock()
        view = poller.view()
        self._show_total(view)
        for line in view.lines:
            self._show_line(line)
        trend = poller.tally.trend(now)
        if view.stale or trend is None:
            self.trend.setText("")
        else:
            arrow = "▲" if trend > 0 else "▼" if trend < 0 else "▶"
            self.trend.setText(
                self.tr("{arrow} {change} in the last minute").format(
                    arrow=arrow, change=("+" if trend > 0 else "") + number(trend)
                )
            )
        peak = poller.tally.peak
        self.peak.setText(
            self.tr("Peak {count} at {time}").format(count=number(peak[0]), time=clock_time(peak[1]))
            if peak
            else ""
        )
        self.sparkline.set_points(poller.tally.window(now), now, view.stale)
        if poller.has_youtube:
            self.quota.setText(
                self.tr(
                    "YouTube quota spent today (Pacific time): {units} units ({quota} a day by default)"
                ).format(units=number(poller.quota_units), quota=number(YOUTUBE_DAILY_QUOTA))
            )
        self.quota.setVisible(poller.has_youtube)

    def _show_total(self, view: TotalView) -> None:
        self.total.setText(count_text(view.viewers))
        if view.viewers is None:
            state, status = "none", self.tr("NOT LIVE")
        elif view.stale:
            state, status = "stale", self.tr("STALE · {age} old").format(age=format_duration(view.age_s or 0))
        else:
            state, status = "live", self.tr("LIVE")
        theme.set_state(self.total, "state", state)
        self.status.setText(status)
        theme.set_state(self.status, "state", "stale" if view.stale else state)

    def _show_line(self, line: SourceLine) -> None:
        widgets = self._rows.get(line.label)
        if widgets is None:
            return
        name, count, problem = widgets
        name.setText(line.label + ("  " + self.tr("(DEMO)") if line.demo else ""))
        if line.state == "live":
            text = count_text(line.viewers)
        else:
            text = self.tr(STATE_WORDS.get(line.state or "error", STATE_WORDS["error"]))
        if line.stale and line.age_s is not None:
            text += "  · " + self.tr("stale {age}").format(age=format_duration(line.age_s))
        count.setText(text)
        theme.set_state(count, "stale", line.stale)
        if line.reason:
            retry = ""
            if line.retry_in_s:
                retry = " · " + self.tr("retrying in {wait}").format(wait=format_duration(line.retry_in_s))
            problem.setText(f"⚠ {translated(line.reason)}{retry}")
        problem.setVisible(bool(line.reason))

    def show_milestone(self, viewers: int) -> None:
        self.flash.setText(self.tr("★ {count} viewers").format(count=number(viewers)))
        self.flash.show()
        self._flash_timer.start(FLASH_MS)

    def texts(self) -> str:
        """Everything the pane says, in reading order (for tests and screen readers)."""
        labels = [self.status, self.total, self.flash, self.trend, self.peak, self.quota]
        labels += [w for row in self._rows.values() for w in row]
        return "\n".join(label.text() for label in labels if not label.isHidden())
