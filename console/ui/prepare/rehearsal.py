"""The dialog that offers a rehearsal's actual times as planned durations (see ``console.show.rehearsal``)."""

from __future__ import annotations

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

from console.show.durations import format_duration
from console.show.rehearsal import Proposal


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
