"""The console's two themes, dark (the default) and light: one palette and one style sheet each, so every pane
speaks the same colours.

Colours carry meaning on air: green on time, amber near the end of a stop, red over. Every text colour is
chosen against the surfaces it is drawn on to reach WCAG AA (4.5:1) in both themes; tests/test_contrast.py
reads the sheet and the palette below and fails on any pair under that.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import cache
from types import MappingProxyType

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from console.assets import TICK_BLACK, TICK_WHITE, asset_path


@dataclass(frozen=True)
class Colours:
    """One theme's colours. A ``*_fill`` is a background carrying meaning; ``*_fill_text`` is drawn on it."""

    background: str  # the window
    panel: str  # panes, lists, the clock bar
    panel_raised: str  # fields, buttons, the route's current stop
    border: str
    text: str
    dim: str  # secondary text, and disabled text (still legible: disabled fields carry information)
    accent: str
    good: str
    warn: str
    bad: str
    on_air: str
    selection: str  # a selected row, behind `text`
    budget_fill: str  # the budget bar's planned part, behind `text`
    accent_fill: str
    accent_fill_text: str
    warn_fill: str
    warn_fill_text: str
    bad_fill: str
    bad_fill_text: str
    banner_info: str
    banner_warning: str
    banner_error: str
    tick: str  # the asset drawn in a ticked box, in accent_fill_text's colour


DARK = Colours(
    background="#14161a",
    panel="#1d2026",
    panel_raised="#262a32",
    border="#323845",
    text="#e8eaed",
    dim="#9aa3b2",
    accent="#5aa9ff",
    good="#3ecf6e",
    warn="#f5b83d",
    bad="#ff5555",
    on_air="#ff4545",  # Qt's broadcast red (#e0282e) reached only 3.5:1 on the clock bar
    selection="#2d4a6b",
    budget_fill="#24507e",
    accent_fill="#5aa9ff",
    accent_fill_text="#000000",
    warn_fill="#f5b83d",
    warn_fill_text="#000000",
    bad_fill="#ff5555",
    bad_fill_text="#000000",  # white on this red is 3.1:1
    banner_info="#16304a",
    banner_warning="#4a3a12",
    banner_error="#4a1616",
    tick=TICK_BLACK,
)

# Light: for bright rooms. Green, amber and red are darkened until they read on white; the marks keep a
# bright amber fill with black text so a rehearsal looks the same in both themes.
LIGHT = Colours(
    background="#f3f4f6",
    panel="#ffffff",
    panel_raised="#e8ebf0",
    border="#b9c0cc",
    text="#15181d",
    dim="#4f5866",
    accent="#0a58b0",
    good="#137333",
    warn="#8f5b00",
    bad="#c5221f",
    on_air="#b3001b",
    selection="#cfe2f7",
    budget_fill="#cfe2f7",
    accent_fill="#0a58b0",
    accent_fill_text="#ffffff",
    warn_fill="#f5b83d",
    warn_fill_text="#000000",
    bad_fill="#c5221f",
    bad_fill_text="#ffffff",
    banner_info="#e1eefc",
    banner_warning="#fff4d6",
    banner_error="#fde2e1",
    tick=TICK_WHITE,
)

THEMES = {"dark": DARK, "light": LIGHT}

# The dark theme's colours by name, for code and tests that speak of "the" red or "the" dim text.
BACKGROUND = DARK.background
PANEL = DARK.panel
PANEL_RAISED = DARK.panel_raised
BORDER = DARK.border
TEXT = DARK.text
TEXT_DIM = DARK.dim
ACCENT = DARK.accent
GOOD = DARK.good
WARN = DARK.warn
BAD = DARK.bad
ON_AIR = DARK.on_air

# The tone names a widget sets with set_state(label, "tone", "warn"), and the Colours field each one is.
TONE_FIELDS = {
    "text": "text",
    "dim": "dim",
    "accent": "accent",
    "good": "good",
    "warn": "warn",
    "bad": "bad",
    "onAir": "on_air",
}


@cache
def tones(colours: Colours) -> Mapping[str, str]:
    """A theme's colour for each tone (made once a theme: the route asks it for every row it paints)."""
    fields = asdict(colours)
    return MappingProxyType({tone: fields[field] for tone, field in TONE_FIELDS.items()})


TONES = tones(DARK)

_active = DARK


def active() -> Colours:
    """The colours of the theme applied last: for the few widgets that paint their own (route, sparkline)."""
    return _active


def style_sheet(c: Colours) -> str:
    """The application's style sheet in colours ``c``: every colour the widgets show comes from here."""
    tone_rules = "".join(f'QLabel[tone="{tone}"] {{ color: {value}; }}\n' for tone, value in tones(c).items())
    return f"""
QWidget {{ background: {c.background}; color: {c.text}; }}
QFrame#pane, QWidget#cameraPane, QWidget#viewersPane, QFrame#questionsPane {{
    background: {c.panel}; border: 1px solid {c.border}; border-radius: 6px;
}}
QLabel#paneTitle {{
    color: {c.dim}; font-size: 11pt; font-weight: 600; letter-spacing: 1px; background: transparent;
}}
QLabel#paneNotice {{ color: {c.dim}; font-size: 13pt; background: transparent; }}
QLabel#pinnedQuestion {{ border: 2px solid {c.warn}; border-radius: 6px; padding: 4px 10px; }}
QLabel {{ background: transparent; }}
QListView, QListWidget, QTextBrowser, QTreeView, QTableView {{
    background: {c.panel}; border: none; selection-background-color: {c.selection}; selection-color: {c.text};
}}
QAbstractItemView::indicator {{
    width: 16px; height: 16px; border: 2px solid {c.dim}; border-radius: 3px; background: {c.panel_raised};
}}
QAbstractItemView::indicator:checked {{
    background: {c.accent_fill}; border-color: {c.accent_fill}; image: url({asset_path(c.tick).as_posix()});
}}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QComboBox {{
    background: {c.panel_raised}; border: 1px solid {c.border}; border-radius: 4px; padding: 6px;
    selection-background-color: {c.accent_fill}; selection-color: {c.accent_fill_text};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 1px solid {c.accent}; }}
QLabel#imageDrop {{ border: 1px dashed {c.dim}; border-radius: 4px; }}
QLabel#imageDrop:focus {{ border: 1px solid {c.accent}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QSpinBox:disabled, QComboBox:disabled {{
    background: {c.background}; color: {c.dim}; border: 1px dashed {c.border};
    placeholder-text-color: {c.dim};  /* Qt's own is the colour at half alpha: 2.7:1 */
}}
QPushButton, QToolButton {{
    background: {c.panel_raised}; border: 1px solid {c.border}; border-radius: 4px; padding: 6px 12px;
}}
QPushButton:hover, QToolButton:hover {{ border-color: {c.accent}; }}
QPushButton:disabled, QToolButton:disabled {{
    background: {c.background}; color: {c.dim}; border-style: dashed;
}}
QPushButton#danger {{ color: {c.bad}; border-color: {c.bad}; }}
QToolButton#cameraSourceButton {{ padding: 2px 8px; }}
QLabel#cameraSourceName {{ color: {c.dim}; }}
QPushButton#danger[armed="true"] {{ background: {c.bad_fill}; color: {c.bad_fill_text}; }}
QFrame#banner {{ border-radius: 4px; }}
QLabel#prepareMessage {{ border-radius: 4px; padding: 6px; }}
/* The main language's talking points above their translation: read, not edited (full-colour text). */
QPlainTextEdit#mainTalkingPoints {{ background: {c.background}; border: 1px dashed {c.border}; }}
QFrame#banner[level="warning"], QLabel#prepareMessage[level="warning"] {{
    background: {c.banner_warning}; border: 1px solid {c.warn};
}}
QFrame#banner[level="error"], QLabel#prepareMessage[level="error"] {{
    background: {c.banner_error}; border: 1px solid {c.bad};
}}
QFrame#banner[level="info"], QLabel#prepareMessage[level="info"] {{
    background: {c.banner_info}; border: 1px solid {c.accent};
}}
QFrame#clockBar {{ background: {c.panel}; border-bottom: 1px solid {c.border}; }}
QTableView#routeList {{ font-size: 13pt; }}
QTableView#routeList QHeaderView::section {{
    background: {c.panel}; color: {c.dim}; border: none; padding: 4px; font-size: 10pt;
}}
QWidget#reviewView QHeaderView::section {{
    background: {c.panel}; color: {c.dim}; border: none; border-right: 1px solid {c.border};
    border-bottom: 1px solid {c.border}; padding: 3px 6px;
}}
QListWidget#notesList {{ font-size: 12pt; }}
QListWidget#notesList::item {{ padding: 4px 0; border-bottom: 1px solid {c.border}; }}
QSplitter::handle {{ background: {c.background}; }}
QScrollBar:vertical {{ background: {c.panel}; width: 10px; }}
QScrollBar::handle:vertical {{ background: {c.border}; border-radius: 4px; min-height: 24px; }}
QStatusBar {{ color: {c.dim}; }}
QLabel#clockDetail {{ color: {c.dim}; font-size: 11pt; }}
QWidget#modeBar QPushButton:checked {{
    background: {c.accent_fill}; color: {c.accent_fill_text}; font-weight: 700; border-color: {c.accent_fill};
}}
QWidget#modeBar QPushButton:disabled {{ background: {c.background}; color: {c.dim}; border-style: dashed; }}
QWidget#modeBar QPushButton, QLabel#modeLock {{ font-size: 14pt; }}
QLabel#modeLock {{ color: {c.warn}; }}
QLabel#rehearsalMark {{
    background: {c.warn_fill}; color: {c.warn_fill_text}; font-weight: 700; padding: 2px 10px;
    border-radius: 4px;
}}
QLabel#languageBadge {{
    background: {c.accent_fill}; color: {c.accent_fill_text}; font-weight: 700; padding: 2px 12px;
    border-radius: 4px;
}}
QLabel#viewersDemo {{
    background: {c.warn_fill}; color: {c.warn_fill_text}; font-weight: 700; padding: 1px 6px;
    border-radius: 3px;
}}
QLabel#viewersMilestone {{
    background: {c.accent_fill}; color: {c.accent_fill_text}; font-size: 18pt; font-weight: 700; padding: 4px;
    border-radius: 4px;
}}
QLabel#viewersStatus {{ color: {c.dim}; font-weight: 700; }}
QLabel#viewersStatus[state="stale"] {{ color: {c.warn}; }}
QLabel#viewersTotal {{ color: {c.dim}; }}
QLabel#viewersTotal[state="live"] {{ color: {c.text}; }}
QLabel#viewersSourceCount[stale="true"] {{ color: {c.dim}; }}
QLabel#viewersProblem {{ color: {c.bad}; }}
QLabel#viewersQuota {{ color: {c.dim}; }}
/* The encoder's line (encoder_line.py): OBS's own word on the stream. */
QLabel#encoderState {{ color: {c.dim}; }}
QLabel#encoderState[state="live"] {{ color: {c.on_air}; }}
QLabel#encoderState[state="bad"] {{ color: {c.bad}; }}
QLabel#encoderRec {{ color: {c.bad}; }}
QLabel#encoderFigures {{ color: {c.text}; }}
QLabel#encoderFigures[state="warn"] {{ color: {c.warn}; }}
QProgressBar#budgetBar {{
    background: {c.panel_raised}; color: {c.text}; border: 1px solid {c.border}; border-radius: 4px;
    text-align: center;
}}
QProgressBar#budgetBar::chunk {{ background: {c.budget_fill}; border-radius: 3px; }}
QProgressBar#budgetBar[over="true"] {{ color: {c.bad_fill_text}; }}
QProgressBar#budgetBar[over="true"]::chunk {{ background: {c.bad_fill}; }}
/* Prepare: the first-start hint, and a field's problem shown under it. */
QWidget#prepareView QLabel:disabled {{ color: {c.dim}; }}
QLabel#stopFormHint {{
    background: {c.banner_info}; border: 1px solid {c.accent}; border-radius: 4px; padding: 6px;
    color: {c.text};
}}
QLabel#durationHint, QLabel#slotHint, QLabel#csvSlotHint {{ color: {c.bad}; }}
/* The stage display's cue: an amber strip, drawn inverted once when it arrives (stage_display.py). */
QLabel#stageCue {{ background: {c.warn_fill}; color: {c.warn_fill_text}; font-weight: 700; }}
QLabel#stageCue[flash="true"] {{ background: {c.text}; color: {c.background}; }}
{tone_rules}"""


STYLE_SHEET = style_sheet(DARK)


# On air every size is a pixel size at the reference screen (1920x1080), scaled with the window, so a guide
# reads the console from two metres on any screen. This table and on_air_sheet() are the only place they live.
REFERENCE_WIDTH, REFERENCE_HEIGHT = 1920, 1080
MIN_SCALE, MAX_SCALE = 0.75, 1.6
ON_AIR_PX = {
    "caption": 18,  # pane titles, the captions over the clocks, the key help, table headers
    "detail": 20,  # the lines under the clocks, viewer trend, peak and sources, notes, banners, buttons
    "state": 28,  # ● ON AIR / READY / ENDED
    "figure": 46,  # elapsed, remaining, projected end
    "stop_figure": 60,  # time left at this stop: the figure the guide looks at most
    "route": 22,  # the route's stops
    "points": 28,  # talking points at zoom 1 (the stop's title is larger, the facts smaller)
    "viewers_total": 72,
    "milestone": 28,
}


def on_air_scale(width: int, height: int) -> float:
    """How much larger (or smaller) than at 1920x1080 the on-air sizes are in a ``width`` x ``height`` page.

    The floor keeps a small laptop readable at arm's length; the ceiling keeps a 4K monitor sane.
    """
    scale = min(width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT)
    return round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)


def on_air_px(name: str, scale: float = 1.0) -> int:
    """The pixel size of on-air text ``name`` (a key of ON_AIR_PX) at ``scale``."""
    return max(1, round(ON_AIR_PX[name] * scale))


def on_air_sheet(scale: float) -> str:
    """The live page's own style sheet: font sizes only (colours stay in STYLE_SHEET), at ``scale``."""
    px = {name: on_air_px(name, scale) for name in ON_AIR_PX}
    return f"""
QLabel#paneTitle, QLabel#keyHelp {{ font-size: {px["caption"]}px; }}
QLabel#clockDetail, QLabel#rehearsalMark, QLabel#adviceLine {{ font-size: {px["detail"]}px; }}
QLabel#showState {{ font-size: {px["state"]}px; }}
QLabel#clockValue {{ font-size: {px["figure"]}px; }}
QLabel#clockValueBig {{ font-size: {px["stop_figure"]}px; }}
QTableView#routeList {{ font-size: {px["route"]}px; }}
QTableView#routeList QHeaderView::section {{ font-size: {px["caption"]}px; }}
QListWidget#notesList, QLineEdit#noteBox {{ font-size: {px["detail"]}px; }}
QFrame#banner QLabel, QFrame#banner QPushButton, QPushButton#danger {{ font-size: {px["detail"]}px; }}
QWidget#viewersPane QLabel, QWidget#cameraPane QLabel, QWidget#cameraPane QLineEdit,
QWidget#cameraPane QToolButton {{ font-size: {px["detail"]}px; }}
QWidget#viewersPane QLabel#paneTitle, QWidget#cameraPane QLabel#paneTitle {{ font-size: {px["caption"]}px; }}
QWidget#viewersPane QLabel#viewersTotal {{ font-size: {px["viewers_total"]}px; }}
QWidget#viewersPane QLabel#viewersMilestone {{ font-size: {px["milestone"]}px; }}
QFrame#questionsPane QLabel, QListWidget#questionsList {{ font-size: {px["detail"]}px; }}
QLabel#pinnedQuestion {{ font-size: {px["points"]}px; font-weight: 600; }}
"""


def palette(c: Colours) -> QPalette:
    """Qt's palette in colours ``c``: what Fusion draws with where the style sheet says nothing (the
    disabled group included, so a disabled field's text is dim but legible)."""
    result = QPalette(QColor(c.panel_raised), QColor(c.background))  # not QPalette(): that copies the app's
    roles = {
        QPalette.ColorRole.Window: c.background,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.panel,
        QPalette.ColorRole.AlternateBase: c.panel_raised,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.panel_raised,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent_fill,
        QPalette.ColorRole.HighlightedText: c.accent_fill_text,
        QPalette.ColorRole.ToolTipBase: c.panel_raised,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.dim,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.BrightText: c.text,
    }
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.dim))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor(c.background))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(c.background))
    return result


def apply_theme(app: QApplication, theme: str = "dark") -> None:
    """Fusion with the palette and style sheet of ``theme`` ("dark" or "light")."""
    global _active
    if app.style().name().lower() != "fusion":  # Qt's default on Linux: making it anew costs ~10 ms of start
        app.setStyle("Fusion")
    _active = THEMES.get(theme, DARK)  # settings are checked on load; a stray name falls back to the default
    app.setPalette(palette(_active))
    app.setStyleSheet(style_sheet(_active))


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
