"""The tours in the database: search, pick one, and ask for new / duplicate / rename / delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.show.durations import format_clock

_ID = Qt.ItemDataRole.UserRole


class TourList(QWidget):
    selected = Signal(object)  # tour id, or None
    search_changed = Signal(str)
    new_requested = Signal()
    duplicate_requested = Signal(int)
    rename_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.search = QLineEdit()
        self.search.setObjectName("tourSearch")
        self.search.setPlaceholderText(self.tr("Search tours, stops, artists…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.search_changed)
        self.list = QListWidget()
        self.list.setObjectName("tourList")
        self.list.currentItemChanged.connect(self._current_changed)
        buttons = QGridLayout()  # two by two: the list stays narrow enough for a 1024 px screen
        self.buttons: dict[str, QPushButton] = {}
        for place, (name, label) in enumerate(
            (
                ("new", self.tr("New")),
                ("duplicate", self.tr("Duplicate")),
                ("rename", self.tr("Rename")),
                ("delete", self.tr("Delete")),
            )
        ):
            button = QPushButton(label)
            button.setObjectName(f"tour_{name}")
            buttons.addWidget(button, *divmod(place, 2))
            self.buttons[name] = button
        self.buttons["new"].clicked.connect(self.new_requested)
        self.buttons["duplicate"].clicked.connect(lambda: self._with_current(self.duplicate_requested))
        self.buttons["rename"].clicked.connect(lambda: self._with_current(self.rename_requested))
        self.buttons["delete"].clicked.connect(lambda: self._with_current(self.delete_requested))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(_ID)) if item is not None else None

    def _with_current(self, signal: Any) -> None:
        tour_id = self.current_id()
        if tour_id is not None:
            signal.emit(tour_id)

    def show_tours(self, rows: list[dict[str, Any]], current: int | None) -> None:
        """Refill the list (without reporting a selection change) and keep ``current`` selected."""
        self._filling = True
        try:
            self.list.clear()
            for row in rows:
                slot = f" / {format_clock(row['slot_s'])}" if row["slot_s"] else ""
                stop_count = row["stop_count"]  # a plain name: lupdate reads a plural's count from no other
                stops = self.tr("%n stop(s)", "", stop_count)
                item = QListWidgetItem(f"{row['title']}\n{stops} · {format_clock(row['planned_s'])}{slot}")
                item.setData(_ID, row["id"])
                self.list.addItem(item)
                if row["id"] == current:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        for name in ("duplicate", "rename", "delete"):
            self.buttons[name].setEnabled(current is not None)

    def _current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if not self._filling:
            self.selected.emit(int(item.data(_ID)) if item is not None else None)
