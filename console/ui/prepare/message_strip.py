"""Prepare's one message strip: what succeeded and what failed, in a space that never moves the layout.

The strip keeps its height whether or not a message shows (a message appearing must not push the
tour list and the form down), a message fades after a while, and ``Esc`` dismisses it at once.
The full text is the tooltip when two lines cannot hold it.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QSizePolicy, QVBoxLayout, QWidget

from console.ui import theme

# How long a message stays before it fades: long enough to read a failure twice.
LINGER_MS = {"info": 6_000, "warning": 15_000, "error": 20_000}
FADE_MS = 400


class MessageLabel(QLabel):
    """The message itself; ``isVisible()`` is whether a message shows now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareMessage")
        self.setWordWrap(True)
        # A long message wraps inside the strip; it never widens the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class MessageStrip(QWidget):
    """A fixed-height slot holding the :class:`MessageLabel`; ``show_message`` / ``dismiss``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareMessageStrip")
        self.label = MessageLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self._fit()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.linger_ms = dict(LINGER_MS)
        self._opacity = QGraphicsOpacityEffect(self.label)
        self._opacity.setOpacity(1.0)
        self.label.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.finished.connect(self.dismiss)
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.timeout.connect(self._fade.start)
        self.label.hide()

    def _fit(self) -> None:
        """Two lines of the message's font (as the theme styles it) and its padding, reserved whether or not
        a message shows."""
        self.label.ensurePolished()
        self.setFixedHeight(self.label.fontMetrics().lineSpacing() * 2 + 20)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit()  # the theme may have come after the strip was built
        super().showEvent(event)

    def show_message(self, text: str, level: str = "error") -> None:
        self._fade.stop()
        self._opacity.setOpacity(1.0)
        theme.set_state(self.label, "level", level)
        self.label.setText(text)
        self.label.setToolTip(text)
        self.label.show()
        self._linger.start(self.linger_ms.get(level, LINGER_MS["error"]))

    def dismiss(self) -> None:
        self._linger.stop()
        self._fade.stop()
        self.label.hide()
        self.label.clear()
        self._opacity.setOpacity(1.0)

    def showing(self) -> bool:
        return self.label.isVisible()
