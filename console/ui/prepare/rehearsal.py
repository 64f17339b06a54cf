"""From a rehearsal back to the plan: each stop's actual time, offered as its new planned duration.

The rehearsal ran on a snapshot of the tour; stops are matched to the tour as it is now
by position when the title is unchanged, else by a title that occurs once. Actual times
come from the show clock (``show_clock``), never recomputed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.show.clock import show_clock
from console.show.durations import format_duration
from console.show.session import Session
from console.show.tour import Tour
from console.store.sessions import SessionRepository


@dataclass(frozen=True)
class Proposal:
    position: int  # in the tour as it is now
    title: str
    planned_s: int
    actual_s: int


def latest_rehearsal(sessions: SessionRepository, tour_id: int) -> Session | None:
    """The newest rehearsal of the tour that went live (so it has times to offer)."""
    for row in sessions.list():
        if row["kind"] == "rehearsal" and row["tour_id"] == tour_id and row["went_live_at"] is not None:
            return sessions.get(row["id"])
    return None


def proposals(session: Session, tour: Tour) -> list[Proposal]:
    """One proposal per rehearsed stop that still exists and whose rounded time differs from its plan."""
    arrivals = [arrival.at for arrival in session.arrivals]
    end = session.ended_at if session.ended_at is not None else (max(arrivals) if arrivals else 0.0)
    clock = show_clock(session, end)
    titles = [stop.title for stop in tour.stops]
    found = []
    for timing in clock.stops:
        if timing.first_arrival is None:
            continue
        rehearsed = session.tour.stops[timing.index].title
        if timing.index < len(titles) and titles[timing.index] == rehearsed:
            position = timing.index
        elif titles.count(rehearsed) == 1:
            position = titles.index(rehearsed)
        else:
            continue
        actual = max(1, round(timing.actual_s))
        planned = tour.stops[position].duration_s
        if actual != planned:
            found.append(Proposal(position, rehearsed, planned, actual))
    return found


class RehearsalDialog(QDialog):
    """Tick the stops whose plan should become what the rehearsal took (Prepare only: never on air)."""

    def __init__(self, offers: list[Proposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Planned durations from the rehearsal")
        self.offers = offers
        self.table = QTableWidget(len(offers), 4)
        self.table.setHorizontalHeaderLabels(["Stop", "Planned", "Rehearsed", "Change"])
        for row, offer in enumerate(offers):
            use = QTableWidgetItem(f"{offer.position + 1}. {offer.title}")
            use.setFlags(use.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            use.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, use)
            self.table.setItem(row, 1, QTableWidgetItem(format_duration(offer.planned_s)))
            self.table.setItem(row, 2, QTableWidgetItem(format_duration(offer.actual_s)))
            sign = "+" if offer.actual_s > offer.planned_s else "−"
            self.table.setItem(
                row, 3, QTableWidgetItem(sign + format_duration(offer.actual_s - offer.planned_s))
            )
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Set these stops' planned durations to their rehearsed times:"))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> dict[int, int]:
        """Position → new planned seconds, for the ticked rows."""
        return {
            offer.position: offer.actual_s
            for row, offer in enumerate(self.offers)
            if (item := self.table.item(row, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        }
