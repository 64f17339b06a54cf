"""The Remote panel: the show-control address, its token and a QR code a phone can scan.

A small tool window beside the console, opened from the mode bar's Remote button. It never takes the
keyboard (the clicker keeps driving the show) and never blocks anything: it only shows what it is given.
The QR code is drawn from segno's module matrix with QPainter (no Pillow, no SVG module).
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

QR_MODULE_PX = 5
QR_QUIET_MODULES = 4


def qr_pixmap(text: str, module_px: int = QR_MODULE_PX) -> QPixmap:
    """``text`` as a black-on-white QR code (with its quiet zone, which scanners need)."""
    import segno

    matrix = segno.make(text, error="m", micro=False).matrix
    size = (len(matrix) + 2 * QR_QUIET_MODULES) * module_px
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    black = QColor("black")
    for row, modules in enumerate(matrix):
        for column, dark in enumerate(modules):
            if dark:
                x, y = (column + QR_QUIET_MODULES) * module_px, (row + QR_QUIET_MODULES) * module_px
                painter.fillRect(x, y, module_px, module_px, black)
    painter.end()
    return pixmap


def view_link(url: str, token: str, view: str = "remote") -> str:
    """The link a browser opens a view with (``http://HOST:PORT/remote?token=T``): the token rides along."""
    return f"{url.rstrip('/')}/{view}?token={quote(token, safe='')}"


class RemotePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("remotePanel")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(self.tr("Show control"))
        self.status = QLabel(self.tr("Show control is starting…"))
        self.status.setWordWrap(True)
        self.address = QLabel("")
        self.token = QLabel("")
        self.phone = QLabel("")  # the phone remote's link, the one the QR code carries
        for label in (self.address, self.token, self.phone):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(
            self.tr(
                "Scan with a phone to open the remote: the link carries the token. "
                "/stage and /producer open the same way."
            )
        )
        self.hint.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Hide"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.hide)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Address")), 0, 0)
        grid.addWidget(self.address, 0, 1)
        grid.addWidget(QLabel(self.tr("Token")), 1, 0)
        grid.addWidget(self.token, 1, 1)
        grid.addWidget(QLabel(self.tr("Phone")), 2, 0)
        grid.addWidget(self.phone, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addWidget(self.qr)
        layout.addWidget(self.hint)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.show_off(self.tr("Show control is starting…"))

    def show_address(self, url: str, token: str) -> None:
        self.status.setText(self.tr("Show control is on. Anyone with the token can drive the show."))
        self.address.setText(url)
        self.token.setText(token)
        self.phone.setText(view_link(url, token))
        self.qr.setPixmap(qr_pixmap(view_link(url, token)))
        for widget in (self.address, self.token, self.qr, self.hint):
            widget.show()

    def show_off(self, reason: str) -> None:
        self.status.setText(reason)
        self.address.setText("")
        self.token.setText("")
        self.phone.setText("")
        self.qr.clear()
        for widget in (self.qr, self.hint):
            widget.hide()
