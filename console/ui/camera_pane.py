"""Placeholder for the camera preview pane (issue: camera preview). Replaced by the real pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from console.settings import Settings


class CameraPane(QWidget):
    """The camera preview. Interface the window and app rely on: construct, ``start()``, ``shutdown()``."""

    def __init__(self, settings: Settings, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPane")
        label = QLabel("Camera preview\nnot built yet")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("paneNotice")
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def start(self) -> None:
        """Begin playing the configured source (no-op until the camera lands)."""

    def shutdown(self) -> None:
        """Stop and release the player before the process exits."""
