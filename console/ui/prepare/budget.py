"""The budget as the producer edits: planned total against the slot, and what still needs doing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from console.show.durations import format_duration
from console.show.tour import Stop, Tour


def stop_warnings(stop: Stop, images: dict[str, bytes]) -> list[str]:
    """What a stop still lacks before it can go on air."""
    found = []
    if stop.duration_s <= 0:
        found.append("no duration")
    if not stop.talking_points.strip():
        found.append("no talking points")
    if stop.image and stop.image not in images:
        found.append(f"the image '{stop.image}' is missing")
    return found


def tour_warnings(tour: Tour) -> list[str]:
    """Every warning of the tour, stop by stop, then the slot."""
    found = [
        f"Stop {number} ({stop.title or 'untitled'}): {warning}"
        for number, stop in enumerate(tour.stops, start=1)
        for warning in stop_warnings(stop, tour.images)
    ]
    if not tour.stops:
        found.append("The tour has no stops yet")
    if tour.slot_s is not None and tour.planned_total_s > tour.slot_s:
        over = format_duration(tour.planned_total_s - tour.slot_s)
        found.append(f"The tour is over its {format_duration(tour.slot_s)} slot by {over}")
    return found


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
            self.bar.setFormat("no tour open")
            self.warnings.clear()
            return
        planned = tour.planned_total_s
        if tour.slot_s is None:
            self.bar.setRange(0, max(planned, 1))
            self.bar.setValue(planned)
            self.bar.setFormat(f"planned {format_duration(planned)} · no slot set")
            over = False
        else:
            self.bar.setRange(0, tour.slot_s)
            self.bar.setValue(min(planned, tour.slot_s))
            over = planned > tour.slot_s
            spare = tour.slot_s - planned
            state = f"OVER by {format_duration(-spare)}" if over else f"{format_duration(spare)} spare"
            self.bar.setFormat(
                f"planned {format_duration(planned)} of the {format_duration(tour.slot_s)} slot · {state}"
            )
        self.bar.setProperty("over", over)
        self.bar.setStyleSheet("QProgressBar::chunk { background: #ff5555; }" if over else "")
        found = tour_warnings(tour)
        shown = found[: self.MAX_SHOWN]
        if len(found) > self.MAX_SHOWN:
            shown.append(f"… and {len(found) - self.MAX_SHOWN} more")
        self.warnings.setText("\n".join(f"⚠ {line}" for line in shown))
        self.warnings.setVisible(bool(found))
