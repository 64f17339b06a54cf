"""A one-line label that never widens its layout: a long text is shortened with "…" to the width it is
given, and the whole of it is the tooltip. The camera's address, the main language's text above a
translation and the mode bar's lock note share it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(
        self,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        *,
        vertical: QSizePolicy.Policy = QSizePolicy.Policy.Preferred,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self.full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, vertical)

    def set_full_text(self, text: str, tooltip: str | None = None) -> None:
        """Show ``text`` (on one line), shortened to fit; the tooltip is ``tooltip``, else the text."""
        self.full = " ".join(text.split())
        self.setToolTip(text if tooltip is None else tooltip)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self.full, self._mode, self.width()))
