"""The budget as the producer edits: planned total against the slot, and what still needs doing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from console.show.checks import slot_balance, tour_warnings
from console.show.durations import format_duration
from console.show.tour import Tour
from console.translation import translated
from console.ui import theme


class BudgetBar(QWidget):
    """A bar filled by the planned total (the slot is the whole bar), and the warnings under it."""

    MAX_SHOWN = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName("budgetBar")
        self.bar.setTextVisible(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("budgetWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.warnings)

    def show_tour(self, tour: Tour | None) -> None:
        if tour is None:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            self.bar.setFormat(self.tr("no tour open"))
            self.warnings.clear()
            return
        planned = tour.planned_total_s
        if tour.slot_s is None:
            self.bar.setRange(0, max(planned, 1))
            self.bar.setValue(planned)
            self.bar.setFormat(
                self.tr("planned {planned} · no slot set").format(planned=format_duration(planned))
            )
            over = False
        else:
            self.bar.setRange(0, tour.slot_s)
            self.bar.setValue(min(planned, tour.slot_s))
            over = planned > tour.slot_s
            state = translated(slot_balance(tour))
            self.bar.setFormat(
                self.tr("planned {planned} of the {slot} slot · {state}").format(
                    planned=format_duration(planned), slot=format_duration(tour.slot_s), state=state
                )
            )
        theme.set_state(self.bar, "over", over)  # the theme draws the over part red
        found = [translated(warning) for warning in tour_warnings(tour)]
        shown = found[: self.MAX_SHOWN]
        if len(found) > self.MAX_SHOWN:
            more = len(found) - self.MAX_SHOWN
            shown.append(self.tr("… and %n more", "", more))
        self.warnings.setText("\n".join(f"⚠ {line}" for line in shown))
        self.warnings.setVisible(bool(found))
