"""The dialog that offers a rehearsal's actual times as planned durations (see ``console.show.rehearsal``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.show.durations import format_duration
from console.show.rehearsal import MinimumOffer, Proposal
from console.show.session import Session

translate = QCoreApplication.translate


def rehearsal_name(session: Session) -> str:
    """Which rehearsal, as a producer recalls it: when it started and how long it ran."""
    started = session.went_live_at or session.created_at
    moment = QDateTime.fromSecsSinceEpoch(int(started))
    locale = QLocale()
    when = translate("RehearsalDialog", "{date} at {time}").format(
        date=locale.toString(moment.date(), QLocale.FormatType.LongFormat),
        time=locale.toString(moment.time(), "HH:mm"),
    )
    if session.ended_at is not None and session.went_live_at is not None:
        return translate("RehearsalDialog", "the rehearsal of {when} ({length})").format(
            when=when, length=format_duration(session.ended_at - session.went_live_at)
        )
    return translate("RehearsalDialog", "the rehearsal of {when}").format(when=when)


class RehearsalDialog(QDialog):
    """Tick the stops whose plan should become what the rehearsal took (Prepare only: never on air)."""

    def __init__(
        self,
        offers: list[Proposal],
        session: Session,
        parent: QWidget | None = None,
        minimums: list[MinimumOffer] | None = None,
    ) -> None:
        super().__init__(parent)
        self.minimums = minimums or []
        self.setWindowTitle(self.tr("Planned durations from the rehearsal"))
        self.offers = offers
        self.table = QTableWidget(len(offers), 4)
        self.table.setObjectName("rehearsalTable")  # its ticks get a visible box (theme's Prepare rules)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stop"), self.tr("Planned"), self.tr("Rehearsed"), self.tr("Change")]
        )
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
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.source = QLabel(
            self.tr(
                "From {rehearsal}. Set the ticked stops' planned durations to their rehearsed times:"
            ).format(rehearsal=rehearsal_name(session))
        )
        self.source.setObjectName("rehearsalSource")
        self.source.setWordWrap(True)
        layout.addWidget(self.source)
        layout.addWidget(self.table)
        self.table.setVisible(bool(offers))
        self.minimum_table = self._minimum_table()
        if self.minimums:
            fastest = QLabel(
                self.tr(
                    "Set the ticked stops' minimums (what the time rescue may shorten them to) to the "
                    "fastest any rehearsal took:"
                )
            )
            fastest.setWordWrap(True)
            layout.addWidget(fastest)
        layout.addWidget(self.minimum_table)
        self.minimum_table.setVisible(bool(self.minimums))
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _minimum_table(self) -> QTableWidget:
        table = QTableWidget(len(self.minimums), 4)
        table.setObjectName("minimumTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Stop"), self.tr("Planned"), self.tr("Minimum now"), self.tr("Fastest")]
        )
        for row, offer in enumerate(self.minimums):
            use = QTableWidgetItem(f"{offer.position + 1}. {offer.title}")
            use.setFlags(use.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            use.setCheckState(Qt.CheckState.Unchecked)  # a minimum is a promise to keep: ticked on purpose
            table.setItem(row, 0, use)
            table.setItem(row, 1, QTableWidgetItem(format_duration(offer.planned_s)))
            now = format_duration(offer.min_s) if offer.min_s is not None else self.tr("fixed")
            table.setItem(row, 2, QTableWidgetItem(now))
            fastest = self.tr("{time} (of %n rehearsal(s))", "", offer.rehearsals).format(
                time=format_duration(offer.fastest_s)
            )
            table.setItem(row, 3, QTableWidgetItem(fastest))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def chosen_minimums(self) -> dict[int, int]:
        """Position → new minimum seconds, for the ticked rows of the minimums' table."""
        return {
            offer.position: offer.fastest_s
            for row, offer in enumerate(self.minimums)
            if (item := self.minimum_table.item(row, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        }

    def chosen(self) -> dict[int, int]:
        """Position → new planned seconds, for the ticked rows."""
        return {
            offer.position: offer.actual_s
            for row, offer in enumerate(self.offers)
            if (item := self.table.item(row, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        }
