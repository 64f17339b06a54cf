"""The dark theme: one palette and one style sheet, so every pane speaks the same colours.

Colours carry meaning on air: green on time, amber near the end of a stop, red over.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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

# A label's colour by meaning: set_state(label, "tone", "warn"); the sheet below holds the colour.
TONES = {
    "text": TEXT,
    "dim": TEXT_DIM,
    "accent": ACCENT,
    "good": GOOD,
    "warn": WARN,
    "bad": BAD,
    "onAir": ON_AIR,
}
TONE_RULES = "".join(f'QLabel[tone="{tone}"] {{ color: {colour}; }}\n' for tone, colour in TONES.items())

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
QLabel#prepareMessage {{ border-radius: 4px; padding: 6px; }}
QFrame#banner[level="warning"], QLabel#prepareMessage[level="warning"] {{
    background: #4a3a12; border: 1px solid {WARN};
}}
QFrame#banner[level="error"], QLabel#prepareMessage[level="error"] {{
    background: #4a1616; border: 1px solid {BAD};
}}
QFrame#banner[level="info"], QLabel#prepareMessage[level="info"] {{
    background: #16304a; border: 1px solid {ACCENT};
}}
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
QLabel#clockDetail {{ color: {TEXT_DIM}; font-size: 11pt; }}
QLabel#viewersDemo {{
    background: {WARN}; color: black; font-weight: 700; padding: 1px 6px; border-radius: 3px;
}}
QLabel#viewersMilestone {{
    background: {ACCENT}; color: black; font-size: 18pt; font-weight: 700; padding: 4px; border-radius: 4px;
}}
QLabel#viewersStatus {{ color: {TEXT_DIM}; font-weight: 700; }}
QLabel#viewersStatus[state="stale"] {{ color: {WARN}; }}
QLabel#viewersTotal {{ color: {TEXT_DIM}; }}
QLabel#viewersTotal[state="live"] {{ color: {TEXT}; }}
QLabel#viewersSourceCount[stale="true"] {{ color: {TEXT_DIM}; }}
QLabel#viewersProblem {{ color: {BAD}; }}
QLabel#viewersQuota {{ color: {TEXT_DIM}; }}
QProgressBar#budgetBar[over="true"]::chunk {{ background: {BAD}; }}
{TONE_RULES}
/* Prepare: a disabled field looks disabled, the hint says what to press, a field's problem reads as one. */
QWidget#prepareView QLineEdit:disabled, QWidget#prepareView QPlainTextEdit:disabled,
QWidget#prepareView QTextBrowser:disabled {{
    background: {BACKGROUND}; color: {TEXT_DIM}; border: 1px dashed {BORDER};
}}
QWidget#prepareView QLabel:disabled {{ color: {TEXT_DIM}; }}
QLabel#stopFormHint {{
    background: #16304a; border: 1px solid {ACCENT}; border-radius: 4px; padding: 6px; color: {TEXT};
}}
QLabel#durationHint, QLabel#slotHint, QLabel#csvSlotHint {{ color: {BAD}; }}
QTableWidget#rehearsalTable::indicator {{
    width: 16px; height: 16px; border: 2px solid {TEXT}; border-radius: 3px; background: {PANEL_RAISED};
}}
QTableWidget#rehearsalTable::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; }}
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


def set_state(widget: QWidget, name: str, value: str | bool) -> None:
    """Set the dynamic property a STYLE_SHEET rule keys on, and re-polish so the rule re-applies.

    Qt does not re-match selectors when a property changes; a re-polish does, and costs a style pass,
    so it happens only on a real change (the clock ticks four times a second).
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def timing_tone(left_s: float, planned_s: float) -> str:
    """Good with time to spare, warn in the last fifth (at most the last minute), bad once over."""
    if left_s < 0:
        return "bad"
    if left_s <= min(60.0, planned_s * 0.2):
        return "warn"
    return "good"


def delta_tone(delta_s: float) -> str:
    """Over or under plan: good on time or early, warn up to half a minute late, bad beyond."""
    return "bad" if delta_s > 30 else "warn" if delta_s > 0 else "good"


def big_font(point_size: float, *, bold: bool = True, mono: bool = False) -> QFont:
    font = QFont()
    if mono:
        font.setFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "monospace"])
        font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
