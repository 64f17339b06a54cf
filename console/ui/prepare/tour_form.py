"""The open tour's own fields: title, slot, language, introduction."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from console.show.durations import format_duration, parse_positive_duration
from console.show.limits import MAX_SLOT_S
from console.show.tour import Tour
from console.ui.prepare.stop_form import field_hint


class TourForm(QWidget):
    edited = Signal(str, object)  # tour field, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.title = QLineEdit()
        self.title.setObjectName("tour_title")
        self.title.textEdited.connect(lambda text: self._emit("title", text) if text.strip() else None)
        self.slot = QLineEdit()
        self.slot.setObjectName("tour_slot")
        self.slot.setPlaceholderText(self.tr("e.g. 1h 30m (empty: no slot)"))
        self.slot.textEdited.connect(self._slot_edited)
        self.slot_hint = field_hint("slotHint", lines=1)
        self.language = QLineEdit()
        self.language.setObjectName("tour_language")
        self.language.textEdited.connect(lambda text: self._emit("language", text))
        self.introduction = QPlainTextEdit()
        self.introduction.setObjectName("tour_introduction")
        self.introduction.setPlaceholderText(self.tr("Introduction (Markdown), said before the first stop"))
        self.introduction.setMaximumHeight(80)
        self.introduction.textChanged.connect(
            lambda: self._emit("introduction", self.introduction.toPlainText())
        )
        slot_row = QVBoxLayout()  # the slot's problem shows under it, moving nothing (see ``field_hint``)
        slot_row.setSpacing(2)
        slot_row.addWidget(self.slot)
        slot_row.addWidget(self.slot_hint)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Tour"), self.title)
        layout.addRow(self.tr("Slot"), slot_row)
        layout.addRow(self.tr("Language"), self.language)
        layout.addRow(self.tr("Introduction"), self.introduction)
        self.setEnabled(False)

    def show_tour(self, tour: Tour | None) -> None:
        self._filling = True
        try:
            self.setEnabled(tour is not None)
            if tour is None:
                tour = Tour(title="")
            for edit, value in ((self.title, tour.title), (self.language, tour.language)):
                if edit.text() != value:
                    edit.setText(value)
            if not self.slot.hasFocus():
                self.slot.setText(format_duration(tour.slot_s) if tour.slot_s else "")
                self.slot_hint.clear()
            if self.introduction.toPlainText() != tour.introduction:
                self.introduction.setPlainText(tour.introduction)
        finally:
            self._filling = False

    def _emit(self, name: str, value: object) -> None:
        if not self._filling:
            self.edited.emit(name, value)

    def _slot_edited(self, text: str) -> None:
        if not text.strip():
            self.slot_hint.clear()
            self._emit("slot_s", None)
            return
        try:
            seconds = parse_positive_duration(text, at_most_s=MAX_SLOT_S)
        except ValueError as error:
            self.slot_hint.setText(str(error))
            return
        self.slot_hint.clear()
        self._emit("slot_s", seconds)
