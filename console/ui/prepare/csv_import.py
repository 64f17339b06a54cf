"""What a producer means by importing a spreadsheet: a new tour (title and slot set here) or more stops
for the open tour, decided with the first rows in view.

The dialog is handed a file already read (the view parses it off the GUI thread and every file picker
goes through the view's own dialog paths), so it never opens a file itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.show.durations import format_duration, parse_positive_duration
from console.show.limits import MAX_SLOT_S
from console.show.tour import Tour
from console.translation import error_text
from console.ui.prepare.stop_form import field_hint

PREVIEW_ROWS = 5
PREVIEW_COLUMNS = (
    str(QT_TRANSLATE_NOOP("CsvImportDialog", "Title")),
    str(QT_TRANSLATE_NOOP("CsvImportDialog", "Duration")),
    str(QT_TRANSLATE_NOOP("CsvImportDialog", "Location")),
    str(QT_TRANSLATE_NOOP("CsvImportDialog", "Artist")),
)


@dataclass(frozen=True)
class CsvChoice:
    append: bool  # True: after the open tour's last stop; False: a new tour titled and slotted as below
    title: str
    slot_s: int | None


class CsvImportDialog(QDialog):
    def __init__(
        self, path: Path, tour: Tour, current_title: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.tour = tour
        planned = format_duration(tour.planned_total_s)
        stop_count = len(tour.stops)  # a plain name: lupdate reads a plural's count from no other
        summary = QLabel(
            self.tr("{name}: %n stop(s), planned {planned}.", "", stop_count).format(
                name=path.name, planned=planned
            )
            + (
                " " + self.tr("The first {rows}:").format(rows=PREVIEW_ROWS)
                if stop_count > PREVIEW_ROWS
                else ""
            )
        )
        self.preview = self._preview(tour)

        self.as_new = QRadioButton(self.tr("A new tour"))
        self.as_new.setObjectName("csvAsNewTour")
        self.title = QLineEdit(tour.title)
        self.title.setObjectName("csvTitle")
        self.slot = QLineEdit(format_duration(tour.slot_s) if tour.slot_s else "")
        self.slot.setObjectName("csvSlot")
        self.slot.setPlaceholderText(self.tr("e.g. 1h 30m (empty: no slot)"))
        self.slot_hint = field_hint("csvSlotHint", lines=1)
        new_fields = QFormLayout()
        new_fields.setContentsMargins(24, 0, 0, 0)
        new_fields.addRow(self.tr("Title"), self.title)
        new_fields.addRow(self.tr("Slot"), self.slot)
        new_fields.addRow("", self.slot_hint)
        self.append = QRadioButton(
            self.tr("Add these stops after the last stop of '{title}'").format(title=current_title)
            if current_title
            else self.tr("Add to the open tour")
        )
        self.append.setObjectName("csvAppend")
        self.append.setEnabled(current_title is not None)
        if not current_title:
            self.append.setToolTip(self.tr("No tour is open"))
        self.as_new.setChecked(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for signal in (self.as_new.toggled, self.title.textChanged, self.slot.textChanged):
            signal.connect(self._check)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.preview)
        layout.addWidget(self.as_new)
        layout.addLayout(new_fields)
        layout.addWidget(self.append)
        layout.addWidget(self.buttons)
        self.resize(620, 440)
        self._check()

    @staticmethod
    def _preview(tour: Tour) -> QTableWidget:
        shown = tour.stops[:PREVIEW_ROWS]
        table = QTableWidget(len(shown), len(PREVIEW_COLUMNS))
        table.setObjectName("csvPreview")
        table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("CsvImportDialog", column) for column in PREVIEW_COLUMNS]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, stop in enumerate(shown):
            cells = (stop.title, format_duration(stop.duration_s), stop.location, stop.artist)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _slot_s(self) -> int | None:
        """The slot typed (None: none); raises ValueError with the reason."""
        text = self.slot.text()
        return parse_positive_duration(text, at_most_s=MAX_SLOT_S) if text.strip() else None

    def _check(self) -> None:
        problem = ""
        if self.as_new.isChecked():
            if not self.title.text().strip():
                problem = self.tr("a new tour needs a title")
            else:
                try:
                    self._slot_s()
                except ValueError as error:
                    problem = error_text(error)
        self.slot_hint.setText(problem)
        self.title.setEnabled(self.as_new.isChecked())
        self.slot.setEnabled(self.as_new.isChecked())
        self.import_button.setEnabled(not problem)

    def choice(self) -> CsvChoice:
        if self.append.isChecked():
            return CsvChoice(append=True, title=self.tour.title, slot_s=None)
        return CsvChoice(append=False, title=self.title.text().strip(), slot_s=self._slot_s())
