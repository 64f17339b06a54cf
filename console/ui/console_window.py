"""The main window: a mode switch (Live, Prepare) over a stack of pages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console import __version__


class ConsoleWindow(QMainWindow):
    closing = Signal()
    first_paint = Signal()

    def __init__(self, title: str = "Cicerone", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.stack = QStackedWidget()
        self.modes = QButtonGroup(self)
        self.modes.setExclusive(True)
        bar = QWidget()
        bar.setObjectName("modeBar")
        self._bar_layout = QHBoxLayout(bar)
        self._bar_layout.setContentsMargins(10, 4, 10, 0)
        brand = QLabel(f"CICERONE {__version__}")
        brand.setObjectName("paneTitle")
        self._bar_layout.addWidget(brand)
        self._bar_layout.addStretch(1)
        self.venue = QLabel("")
        self.venue.setObjectName("paneTitle")
        self._bar_layout.addWidget(self.venue)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(bar)
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._painted = False

    def add_mode(self, name: str, page: QWidget) -> QPushButton:
        """Add a page with its button in the mode switch; the first one added is shown."""
        button = QPushButton(name)
        button.setCheckable(True)
        self.modes.addButton(button)
        self._bar_layout.insertWidget(self._bar_layout.count() - 2, button)
        index = self.stack.addWidget(page)
        button.clicked.connect(lambda: self.stack.setCurrentIndex(index))
        if index == 0:
            button.setChecked(True)
        return button

    def show_mode(self, page: QWidget) -> None:
        index = self.stack.indexOf(page)
        if index >= 0:
            self.stack.setCurrentIndex(index)
            self.modes.buttons()[index].setChecked(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
