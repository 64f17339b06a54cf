"""The dark theme: one palette and one style sheet, so every pane speaks the same colours.

Colours carry meaning on air: green on time, amber near the end of a stop, red over.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BACKGROUND = "#14161a"
PANEL = "#1d2026"
PANEL_RAISED = "#262a32"
BORDER = "#323845"
TEXT = "#e8eaed"
TEXT_DIM = "#9aa3b2"
ACCENT = "#5aa9ff"
GOOD = "#3ecf6e"
WARN = "#f5b83d"
BAD = "#ff5555"
ON_AIR = "#e0282e"

STYLE_SHEET = f"""
QWidget {{ background: {BACKGROUND}; color: {TEXT}; }}
QFrame#pane, QWidget#cameraPane, QWidget#viewersPane {{
    background: {PANEL}; border: 1px solid {BORDER}; border-radius: 6px;
}}
QLabel#paneTitle {{
    color: {TEXT_DIM}; font-size: 11pt; font-weight: 600; letter-spacing: 1px; background: transparent;
}}
QLabel#paneNotice {{ color: {TEXT_DIM}; font-size: 13pt; background: transparent; }}
QLabel {{ background: transparent; }}
QListView, QListWidget, QTextBrowser, QTreeView {{
    background: {PANEL}; border: none; selection-background-color: {PANEL_RAISED};
}}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QComboBox {{
    background: {PANEL_RAISED}; border: 1px solid {BORDER}; border-radius: 4px; padding: 6px;
    selection-background-color: {ACCENT};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 1px solid {ACCENT}; }}
QPushButton, QToolButton {{
    background: {PANEL_RAISED}; border: 1px solid {BORDER}; border-radius: 4px; padding: 6px 12px;
}}
QPushButton:hover, QToolButton:hover {{ border-color: {ACCENT}; }}
QPushButton#danger {{ color: {BAD}; border-color: {BAD}; }}
QToolButton#cameraSourceButton {{ padding: 2px 8px; }}
QLabel#cameraSourceName {{ color: {TEXT_DIM}; }}
QPushButton#danger[armed="true"] {{ background: {BAD}; color: white; }}
QFrame#banner {{ border-radius: 4px; }}
QFrame#banner[level="warning"] {{ background: #4a3a12; border: 1px solid {WARN}; }}
QFrame#banner[level="error"] {{ background: #4a1616; border: 1px solid {BAD}; }}
QFrame#banner[level="info"] {{ background: #16304a; border: 1px solid {ACCENT}; }}
QFrame#clockBar {{ background: {PANEL}; border-bottom: 1px solid {BORDER}; }}
QTableView#routeList {{ font-size: 13pt; }}
QTableView#routeList QHeaderView::section {{
    background: {PANEL}; color: {TEXT_DIM}; border: none; padding: 4px; font-size: 10pt;
}}
QListWidget#notesList {{ font-size: 12pt; }}
QListWidget#notesList::item {{ padding: 4px 0; border-bottom: 1px solid {BORDER}; }}
QSplitter::handle {{ background: {BACKGROUND}; }}
QScrollBar:vertical {{ background: {PANEL}; width: 10px; }}
QScrollBar::handle:vertical {{ background: {BORDER}; border-radius: 4px; min-height: 24px; }}
QStatusBar {{ color: {TEXT_DIM}; }}
"""


def apply_theme(app: QApplication, theme: str = "dark") -> None:
    """Fusion with a dark palette; the light theme is Fusion's own."""
    if app.style().name().lower() != "fusion":  # Qt's default on Linux: making it anew costs ~10 ms of start
        app.setStyle("Fusion")
    if theme != "dark":
        return
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: PANEL,
        QPalette.ColorRole.AlternateBase: PANEL_RAISED,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: PANEL_RAISED,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: PANEL_RAISED,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: TEXT_DIM,
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


def timing_colour(left_s: float, planned_s: float) -> str:
    """Green with time to spare, amber in the last fifth (at most the last minute), red once over."""
    if left_s < 0:
        return BAD
    if left_s <= min(60.0, planned_s * 0.2):
        return WARN
    return GOOD


def big_font(point_size: float, *, bold: bool = True, mono: bool = False) -> QFont:
    font = QFont()
    if mono:
        font.setFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "monospace"])
        font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
