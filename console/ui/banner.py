"""Non-blocking banners: on air, a problem is a strip with the reason and what to do, never a dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class Banner(QFrame):
    def __init__(self, key: str, text: str, level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("banner")
        self.setProperty("level", level)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.buttons = layout

    def add_button(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: action())
        self.buttons.addWidget(button)
        return button


class BannerArea(QWidget):
    """A column of banners keyed by what they are about: showing a key again replaces its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 0)
        self._banners: dict[str, Banner] = {}
        self.setVisible(False)

    def show_banner(
        self,
        key: str,
        text: str,
        *,
        level: str = "warning",
        actions: list[tuple[str, Callable[[], object]]] | None = None,
        dismissable: bool = True,
    ) -> Banner:
        self.clear(key)
        banner = Banner(key, text, level, self)
        for label, action in actions or []:
            banner.add_button(label, action)
        if dismissable:
            banner.add_button(self.tr("Dismiss"), lambda: self.clear(key))
        self._banners[key] = banner
        self._layout.addWidget(banner)
        self.setVisible(True)
        return banner

    def clear(self, key: str) -> None:
        banner = self._banners.pop(key, None)
        if banner is not None:
            banner.hide()
            banner.deleteLater()
        self.setVisible(bool(self._banners))

    def texts(self) -> dict[str, str]:
        return {key: banner.label.text() for key, banner in self._banners.items()}
