"""Text fields shared by the live screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class EscapableLineEdit(QLineEdit):
    """A one-line field that gives the keys back on Esc: ``escaped`` fires and the text stays as it was.

    Live fields (the note box, the camera's address field) must never trap a guide's clicker keys: Esc is
    the way out, and what it means (back to the show, close the field) is the owner's business. The field
    claims Esc before any shortcut of its window does: the live view binds Esc too (a clicker sends it), and
    without the claim its shortcut took the key and the owner never heard of it.
    """

    escaped = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()  # a key press follows, delivered here rather than to a shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)
