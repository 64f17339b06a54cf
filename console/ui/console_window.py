"""The main window: a mode switch (Live, Prepare) over a stack of pages.

The mode in use is the filled button; a mode that is shut (Prepare while a show is on air) is a greyed,
dashed button with the reason written beside it, not only in a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QMenuBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console import __version__
from console.ui.elided_label import ElidedLabel


class ConsoleWindow(QMainWindow):
    closing = Signal()
    first_paint = Signal()
    mode_changed = Signal(str)  # the name of the mode now shown

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
        self.lock_note = ElidedLabel()  # shortened where the mode bar is narrow; in full as its tooltip
        self.lock_note.setObjectName("modeLock")
        self._bar_layout.addWidget(self.lock_note)
        self._bar_layout.addStretch(1)
        # The window's menus sit in the mode bar's row, not a row of their own: at 1024x600 every pixel of
        # height goes to the show (a QMainWindow menu bar would take ~25 px from the talking points).
        self.menus = QMenuBar()
        self.menus.setObjectName("windowMenus")
        self.menus.setNativeMenuBar(False)  # macOS would move it to the screen's top bar, out of this row
        self._bar_layout.addWidget(self.menus, 0, Qt.AlignmentFlag.AlignVCenter)
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
        # The window keeps the size it was given: a pane growing (a banner arriving on a 600 px screen, the
        # encoder's "state unknown" at go-live) clips the page's foot rather than pushing the window past the
        # screen's edge, where it stayed after the banner left. The layouts still say what fits
        # (minimumSizeHint, checked at each size class by tests/test_languages.py).
        main_layout = self.layout()
        if main_layout is not None:
            main_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._painted = False
        self._names: dict[str, int] = {}
        self._factories: dict[int, Callable[[], QWidget]] = {}

    def add_mode(
        self, name: str, page: QWidget | Callable[[], QWidget], label: str | None = None
    ) -> QPushButton:
        """Add a page with its button in the mode switch; the first one added is shown.

        ``page`` may be a factory: the page is then built the first time it is needed, so a mode
        the guide never opens costs nothing at start-up. ``name`` is the mode's key; ``label``, its
        button's text in the window's language (the name itself without one).
        """
        button = QPushButton(label or name)
        button.setCheckable(True)
        self.modes.addButton(button)
        self._bar_layout.insertWidget(self._bar_layout.count() - 4, button)
        if isinstance(page, QWidget):
            index = self.stack.addWidget(page)
        else:
            index = self.stack.addWidget(QWidget())
            self._factories[index] = page
        self._names[name] = index
        button.clicked.connect(lambda: self._switch(index))
        if index == 0:
            button.setChecked(True)
        return button

    def is_built(self, name: str) -> bool:
        """Mode ``name``'s page exists already (a factory page is built only when first opened)."""
        return self._names[name] not in self._factories

    def page(self, name: str) -> QWidget:
        """The page of mode ``name``, built now if it was added as a factory."""
        index = self._names[name]
        factory = self._factories.pop(index, None)
        if factory is not None:
            placeholder = self.stack.widget(index)
            assert placeholder is not None
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, factory())
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
        page = self.stack.widget(index)
        assert page is not None
        return page

    def _switch(self, index: int) -> None:
        name = next(key for key, value in self._names.items() if value == index)
        self.stack.setCurrentWidget(self.page(name))
        self.mode_changed.emit(name)

    def show_mode(self, name: str) -> QWidget:
        page = self.page(name)
        index = self._names[name]
        changed = self.stack.currentIndex() != index
        self.stack.setCurrentIndex(index)
        self.modes.buttons()[index].setChecked(True)
        if changed:
            self.mode_changed.emit(name)
        return page

    def current_mode(self) -> str:
        index = self.stack.currentIndex()
        return next(key for key, value in self._names.items() if value == index)

    def set_mode_lock(self, name: str, reason: str | None) -> None:
        """Shut mode ``name`` (``reason`` says why, beside the switch) or open it again (None)."""
        button = self.modes.buttons()[self._names[name]]
        button.setEnabled(reason is None)
        button.setToolTip(reason or "")
        self.lock_note.set_full_text(reason or "")

    def show_title(self, tour_title: str, *, rehearsal: bool = False, demo: bool = False) -> None:
        """The title follows the mode and what it works on: Live names the tour (and a rehearsal)."""
        mode = self.current_mode()
        if mode == "Live":
            what = self.tr("{tour} (rehearsal)").format(tour=tour_title) if rehearsal else tour_title
        else:
            what = self.modes.buttons()[self._names[mode]].text()
        title = self.tr("Cicerone — {what}").format(what=what)
        self.setWindowTitle(self.tr("{title} (demo)").format(title=title) if demo else title)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_mode_buttons()

    def _fit_mode_buttons(self) -> None:
        """The checked mode is bold (theme): each button is as wide as its bold label, in any language, so
        switching modes never clips a longer word ("Préparer") or moves its neighbours."""
        for button in self.modes.buttons():
            button.ensurePolished()
            bold = QFont(button.font())
            bold.setBold(True)
            text = button.text()
            extra = QFontMetrics(bold).horizontalAdvance(text) - button.fontMetrics().horizontalAdvance(text)
            button.setMinimumWidth(button.sizeHint().width() + max(0, extra) + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
