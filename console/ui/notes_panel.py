"""Session notes: a box one key away (N), Enter saves; the list shows only what is on disk."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from console.show.durations import format_clock
from console.show.session import Note
from console.show.tour import Tour
from console.ui.fields import EscapableLineEdit
from console.ui.languages import number


class NoteBox(EscapableLineEdit):
    """Enter submits; Esc (``escaped``) gives the keys back to the show (it never touches the show itself)."""

    submitted = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit(self.text())
            return
        super().keyPressEvent(event)


class NotesPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        title = QLabel(self.tr("NOTES"))
        title.setObjectName("paneTitle")
        layout.addWidget(title)
        self.box = NoteBox()
        self.box.setObjectName("noteBox")
        self.box.setPlaceholderText(self.tr("N: note · Enter: save"))  # short: read whole in a narrow column
        layout.addWidget(self.box)
        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.tour: Tour | None = None

    def set_notes(self, tour: Tour, notes: list[Note]) -> None:
        self.tour = tour
        self.list.clear()
        for note in notes:
            self.add_note(note)

    def add_note(self, note: Note) -> None:
        """Called only once the note is committed: the list is the record of what is saved."""
        moment = datetime.fromtimestamp(note.at)
        stamp = QLocale().toString(QTime(moment.hour, moment.minute, moment.second), "HH:mm:ss")
        show = f" · {format_clock(note.show_s)}" if note.show_s is not None else ""
        where = ""
        if self.tour is not None and note.stop_index is not None and note.stop_index < len(self.tour.stops):
            where = f" · {note.stop_index + 1}. {self.tour.stops[note.stop_index].title}"
        viewers = ""
        if note.viewers is not None:
            viewers = " · " + self.tr("{count} watching").format(count=number(note.viewers))
        text = note.text or self.tr("◆ mark")
        item = QListWidgetItem(f"{stamp}{show}{where}{viewers}\n{text}")
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        self.list.insertItem(0, item)

    def saved_texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
