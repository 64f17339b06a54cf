"""Placeholder for the live viewer counter pane (issue: viewer counter). Replaced by the real pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ViewersPane(QWidget):
    """The viewer counter. The app gives it an ``AudiencePoller`` once that exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewersPane")
        label = QLabel("Viewers\nno sources yet")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("paneNotice")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
