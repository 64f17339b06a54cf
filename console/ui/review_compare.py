"""Review's comparison of two sessions of one tour: two choosers and a table of each stop's time and hold.

The comparison is handed in (``compare(a, b)``, e.g. ``console.store.session_compare.comparer``): it builds
two reports, a few hundred milliseconds for long shows, so it runs on the task queue's worker with its own
read connection. B lists only the other sessions of A's tour. A difference that stands out (see
``console.show.compare``) is bold on the theme's warning fill, with its sign: never by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.show.compare import HOLD_POINTS, LONGER_S, Comparison, SessionChoice, StopPair
from console.show.durations import format_clock, format_signed
from console.show.report import StopFigures
from console.tasks import TaskQueue
from console.ui.session_labels import session_line
from console.ui.theme import active

Compare = Callable[[int, int], Comparison]

COLUMNS = 10


class SessionCompareView(QWidget):
    """Choose A and B; the table shows each stop of both, paired, with B − A."""

    def __init__(self, compare: Compare, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compare = compare
        self.tasks = TaskQueue(self)
        self.sessions: tuple[SessionChoice, ...] = ()
        self.comparison: Comparison | None = None
        self._asked: tuple[int, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.first = QComboBox()
        self.first.setObjectName("compareFirst")
        self.second = QComboBox()
        self.second.setObjectName("compareSecond")
        form.addRow(self.tr("A:"), self.first)
        form.addRow(self.tr("B:"), self.second)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("compareTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("A"),
                self.tr("B"),
                self.tr("Stop"),
                self.tr("Paired by"),
                self.tr("Time A"),
                self.tr("Time B"),
                self.tr("B − A"),
                self.tr("Hold A"),
                self.tr("Hold B"),
                self.tr("B − A"),
            ]
        )
        self.table.setToolTip(
            self.tr(
                "Hold: viewers at departure ÷ viewers at arrival. Highlighted: a time {seconds} s or more "
                "apart, or a hold {points} points or more apart."
            ).format(seconds=round(LONGER_S), points=round(HOLD_POINTS * 100))
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.unmatched = QLabel()
        self.unmatched.setObjectName("compareUnmatched")
        self.unmatched.setWordWrap(True)
        layout.addWidget(self.unmatched)
        self.first.currentIndexChanged.connect(self._first_chosen)
        self.second.currentIndexChanged.connect(self._second_chosen)

    # -- choosing ----------------------------------------------------------------------------------
    def set_sessions(self, sessions: Sequence[SessionChoice]) -> None:
        """The sessions to choose from, newest first (A keeps its choice if it is still there)."""
        chosen = self.first.currentData()
        self.sessions = tuple(sessions)
        self.first.blockSignals(True)
        self.first.clear()
        for choice in self.sessions:
            self.first.addItem(session_line(choice.id, choice.kind, choice.at, choice.tour_title), choice.id)
        found = self.first.findData(chosen)
        self.first.setCurrentIndex(found if found >= 0 else -1)
        self.first.blockSignals(False)
        self._first_chosen()

    def choose(self, a: int, b: int) -> None:
        """Compare sessions ``a`` and ``b`` (Review's "compare with…"); ``b`` must be of ``a``'s tour."""
        self.first.setCurrentIndex(self.first.findData(a))
        self.second.setCurrentIndex(self.second.findData(b))

    def _first_chosen(self) -> None:
        self._asked = None  # a comparison still on its way is for the pair chosen before
        a = self._choice(self.first.currentData())
        self.second.blockSignals(True)
        self.second.clear()
        if a is not None:
            for other in self.sessions:
                if other.id != a.id and other.tour_id == a.tour_id:
                    self.second.addItem(
                        session_line(other.id, other.kind, other.at, other.tour_title), other.id
                    )
            self.second.setPlaceholderText(self.tr("No other session of this tour"))
        self.second.setCurrentIndex(-1)
        self.second.blockSignals(False)
        self._show(None)
        self.summary.setText(
            self.tr("Choose a session of the same tour as B.")
            if a
            else self.tr("Choose two sessions of one tour.")
        )

    def _choice(self, session_id: object) -> SessionChoice | None:
        return next((choice for choice in self.sessions if choice.id == session_id), None)

    def _second_chosen(self) -> None:
        a, b = self.first.currentData(), self.second.currentData()
        if not isinstance(a, int) or not isinstance(b, int):
            return
        self._asked = (a, b)
        self.summary.setText(self.tr("Comparing…"))
        compare = self._compare
        self.tasks.run(
            self.tr("Comparing two sessions"),
            lambda _progress: compare(a, b),
            lambda result: self._answered((a, b), result),
            lambda reason: self._failed((a, b), reason),
        )

    def _answered(self, pair: tuple[int, int], result: object) -> None:
        if pair != self._asked:
            return  # the user chose again meanwhile: a newer comparison is on its way
        assert isinstance(result, Comparison)
        self._show(result)

    def _failed(self, pair: tuple[int, int], reason: str) -> None:
        if pair != self._asked:
            return
        self._show(None)
        self.summary.setText(self.tr("Cannot compare these sessions: {reason}").format(reason=reason))

    # -- the table -----------------------------------------------------------------------------------
    def _show(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        pairs = comparison.pairs if comparison is not None else ()
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            for column, (text, stands_out) in enumerate(self._cells(pair)):
                item = QTableWidgetItem(text)
                if column not in (2, 3):  # the title and how it was paired read from the left
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if stands_out:
                    _stand_out(item)
                self.table.setItem(row, column, item)
        if comparison is None:
            self.unmatched.clear()
            return
        length_a, length_b = comparison.a.show.length_s, comparison.b.show.length_s
        self.summary.setText(
            self.tr("Length: A {a}, B {b} ({difference})").format(
                a=format_clock(length_a),
                b=format_clock(length_b),
                difference=format_signed(length_b - length_a),
            )
        )
        lines = []
        if comparison.only_in_a:
            lines.append(self.tr("Only in A: {stops}").format(stops=_listed(comparison.only_in_a)))
        if comparison.only_in_b:
            lines.append(self.tr("Only in B: {stops}").format(stops=_listed(comparison.only_in_b)))
        self.unmatched.setText("\n".join(lines))

    def _cells(self, pair: StopPair) -> list[tuple[str, bool]]:
        time, hold = pair.time_difference_s, pair.hold_difference
        how = {
            "position": self.tr("position"),
            "title": self.tr("title"),
            None: self.tr("only in A") if pair.b is None else self.tr("only in B"),
        }[pair.match]
        return [
            (_number(pair.a), False),
            (_number(pair.b), False),
            (pair.title, False),
            (how, pair.match is None),
            (_time(pair.a), False),
            (_time(pair.b), False),
            ("" if time is None else format_signed(time), time is not None and abs(time) >= LONGER_S),
            (self._hold(pair.a), False),
            (self._hold(pair.b), False),
            (self._points(hold), hold is not None and abs(hold) >= HOLD_POINTS),
        ]

    def _hold(self, figures: StopFigures | None) -> str:
        if figures is None or figures.audience.hold is None:
            return "—"
        return self.tr("{percent}%").format(percent=QLocale().toString(round(figures.audience.hold * 100)))

    def _points(self, hold: float | None) -> str:
        if hold is None:
            return ""
        points = round(hold * 100)
        sign = "+" if points > 0 else "−" if points < 0 else "±"
        return self.tr("{points} pts").format(points=f"{sign}{QLocale().toString(abs(points))}")


def _number(figures: StopFigures | None) -> str:
    return "—" if figures is None else str(figures.number)


def _time(figures: StopFigures | None) -> str:
    return "—" if figures is None or figures.actual_s is None else format_clock(figures.actual_s)


def _listed(stops: Sequence[StopFigures]) -> str:
    return "; ".join(f"{stop.number}. {stop.title}" for stop in stops)


def _stand_out(item: QTableWidgetItem) -> None:
    """Bold on the theme's warning fill: the text (a sign, "only in A") says it too, not colour alone."""
    colours = active()
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    item.setBackground(QBrush(QColor(colours.warn_fill)))
    item.setForeground(QBrush(QColor(colours.warn_fill_text)))
