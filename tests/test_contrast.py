"""Every text colour against every surface it is drawn on reaches WCAG AA, in both themes.

The colours are read from what the theme really gives Qt (its style sheet, parsed, and its palette) and from
the route's model, never copied here: change a colour in console/ui/theme.py and this test judges the change.
The rule applied is the strict one: 4.5:1 for all text, large or not (the on-air figures are large, but the
guide reads them from two metres). A check box's outline is a graphical object: 3:1 (WCAG 1.4.11).
The spot checks at the end measure the worst pairs in rendered pixels, as Qt really draws them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from console.assets import require_asset
from console.show.clock import StopStatus, StopTiming
from console.show.rehearsal import Proposal
from console.show.session import Session
from console.show.tour import Stop, Tour
from console.ui import theme
from console.ui.clock_bar import ClockBar
from console.ui.prepare.budget import BudgetBar
from console.ui.prepare.rehearsal import RehearsalDialog
from console.ui.prepare.tour_list import TourList
from console.ui.route_list import RouteModel

TEXT_MIN = 4.5
GRAPHIC_MIN = 3.0


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    qcolour = QColor(colour)
    assert qcolour.isValid(), f"not a colour: {colour!r}"

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(qcolour.red()) + 0.7152 * linear(qcolour.green()) + 0.0722 * linear(qcolour.blue())


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_ratio_is_wcag_s() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey
    assert contrast("#ffffff", "#777777") == contrast("#777777", "#ffffff")


def parse_sheet(sheet: str) -> dict[str, dict[str, str]]:
    """Selector → its declarations, one entry per selector of a comma-separated group (later rules win)."""
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        declarations = dict(
            (name.strip(), value.strip())
            for name, _, value in (part.partition(":") for part in body.split(";"))
            if value.strip()
        )
        for selector in selectors.split(","):
            rules.setdefault(" ".join(selector.split()), {}).update(declarations)
    return rules


class Sheet:
    """One theme's parsed sheet: a colour is asked for by selector and property, and must be there."""

    def __init__(self, colours: theme.Colours) -> None:
        self.rules = parse_sheet(theme.style_sheet(colours))

    def get(self, selector: str, prop: str, *inherited: str) -> str:
        """``prop`` of ``selector``, or of the first of ``inherited`` that sets it (the cascade, by hand)."""
        for name in (selector, *inherited):
            if prop in self.rules.get(name, {}):
                return self.rules[name][prop]
        raise AssertionError(f"the style sheet sets no {prop} for {selector} (nor {inherited})")


Pair = tuple[str, str, str]  # what it is, text colour, background colour


def sheet_pairs(sheet: Sheet) -> list[Pair]:
    text = sheet.get("QWidget", "color")
    window = sheet.get("QWidget", "background")
    pane = sheet.get("QFrame#pane", "background")
    clock_bar = sheet.get("QFrame#clockBar", "background")
    viewers = sheet.get("QWidget#viewersPane", "background")
    camera = sheet.get("QWidget#cameraPane", "background")
    lists = sheet.get("QListView", "background")
    field = sheet.get("QLineEdit", "background")
    button = sheet.get("QPushButton", "background")
    pairs: list[Pair] = [
        ("text on the window", text, window),
        ("text on a pane", text, pane),
        ("text in a list", text, lists),
        (
            "a list's selected row",
            sheet.get("QListView", "selection-color"),
            sheet.get("QListView", "selection-background-color"),
        ),
        ("text in a field", text, field),
        (
            "selected text in a field",
            sheet.get("QLineEdit", "selection-color"),
            sheet.get("QLineEdit", "selection-background-color"),
        ),
        (
            "a disabled field",
            sheet.get("QLineEdit:disabled", "color"),
            sheet.get("QLineEdit:disabled", "background"),
        ),
        (
            "a disabled field's hint",
            sheet.get("QLineEdit:disabled", "placeholder-text-color"),
            sheet.get("QLineEdit:disabled", "background"),
        ),
        ("a button", text, button),
        (
            "a hovered button",
            sheet.get("QPushButton:hover", "color", "QPushButton", "QWidget"),
            sheet.get("QPushButton:hover", "background", "QPushButton"),
        ),
        (
            "a disabled button",
            sheet.get("QPushButton:disabled", "color"),
            sheet.get("QPushButton:disabled", "background"),
        ),
        ("End show", sheet.get("QPushButton#danger", "color"), button),
        (
            "End show armed",
            sheet.get('QPushButton#danger[armed="true"]', "color"),
            sheet.get('QPushButton#danger[armed="true"]', "background"),
        ),
        (
            "the active mode",
            sheet.get("QWidget#modeBar QPushButton:checked", "color"),
            sheet.get("QWidget#modeBar QPushButton:checked", "background"),
        ),
        (
            "a locked mode",
            sheet.get("QWidget#modeBar QPushButton:disabled", "color"),
            sheet.get("QWidget#modeBar QPushButton:disabled", "background"),
        ),
        ("the mode lock's reason", sheet.get("QLabel#modeLock", "color"), window),
        (
            "the REHEARSAL mark",
            sheet.get("QLabel#rehearsalMark", "color"),
            sheet.get("QLabel#rehearsalMark", "background"),
        ),
        (
            "the talking points' language badge",
            sheet.get("QLabel#languageBadge", "color"),
            sheet.get("QLabel#languageBadge", "background"),
        ),
        (
            "the DEMO mark",
            sheet.get("QLabel#viewersDemo", "color"),
            sheet.get("QLabel#viewersDemo", "background"),
        ),
        (
            "a viewer milestone",
            sheet.get("QLabel#viewersMilestone", "color"),
            sheet.get("QLabel#viewersMilestone", "background"),
        ),
        ("the lines under the clocks", sheet.get("QLabel#clockDetail", "color"), clock_bar),
        (
            "the route's header",
            sheet.get("QTableView#routeList QHeaderView::section", "color"),
            sheet.get("QTableView#routeList QHeaderView::section", "background"),
        ),
        ("the status bar", sheet.get("QStatusBar", "color"), window),
        ("the camera's source name", sheet.get("QLabel#cameraSourceName", "color"), camera),
        (
            "the budget caption on the bar",
            sheet.get("QProgressBar#budgetBar", "color"),
            sheet.get("QProgressBar#budgetBar", "background"),
        ),
        (
            "the budget caption on the planned part",
            sheet.get("QProgressBar#budgetBar", "color"),
            sheet.get("QProgressBar#budgetBar::chunk", "background"),
        ),
        (
            "the budget caption over the slot",
            sheet.get('QProgressBar#budgetBar[over="true"]', "color"),
            sheet.get('QProgressBar#budgetBar[over="true"]::chunk', "background"),
        ),
    ]
    for surface_name, surface in (("a pane", pane), ("the window", window)):
        for selector in ("QLabel#paneTitle", "QLabel#paneNotice"):
            pairs.append((f"{selector} on {surface_name}", sheet.get(selector, "color"), surface))
    for level in ("info", "warning", "error"):
        pairs.append((f"a {level} banner", text, sheet.get(f'QFrame#banner[level="{level}"]', "background")))
        pairs.append(
            (
                f"a {level} message in Prepare",
                text,
                sheet.get(f'QLabel#prepareMessage[level="{level}"]', "background"),
            )
        )
    for selector in (
        "QLabel#viewersStatus",
        'QLabel#viewersStatus[state="stale"]',
        "QLabel#viewersTotal",
        'QLabel#viewersTotal[state="live"]',
        'QLabel#viewersSourceCount[stale="true"]',
        "QLabel#viewersProblem",
        "QLabel#viewersQuota",
    ):
        pairs.append((f"{selector} on the viewers pane", sheet.get(selector, "color"), viewers))
    for tone in (
        theme.TONE_FIELDS
    ):  # the clocks and the talking points: tones sit on panes, the clock bar, the window
        for surface_name, surface in (("the clock bar", clock_bar), ("a pane", pane), ("the window", window)):
            pairs.append(
                (f"tone {tone} on {surface_name}", sheet.get(f'QLabel[tone="{tone}"]', "color"), surface)
            )
    return pairs


def palette_pairs(palette: QPalette) -> list[Pair]:
    role, group = QPalette.ColorRole, QPalette.ColorGroup

    def colour(which: QPalette.ColorRole, in_group: QPalette.ColorGroup = group.Active) -> str:
        """The role's colour as seen: Qt's defaults are translucent (placeholder: half-transparent black),
        so a colour with alpha is laid over the window colour before it is judged."""
        seen, under = palette.color(in_group, which), palette.color(in_group, role.Window)
        alpha = seen.alphaF()
        red, green, blue = (
            alpha * mine + (1 - alpha) * theirs
            for mine, theirs in (
                (seen.redF(), under.redF()),
                (seen.greenF(), under.greenF()),
                (seen.blueF(), under.blueF()),
            )
        )
        return QColor.fromRgbF(red, green, blue).name()

    return [
        ("palette Text on Base", colour(role.Text), colour(role.Base)),
        ("palette WindowText on Window", colour(role.WindowText), colour(role.Window)),
        ("palette ButtonText on Button", colour(role.ButtonText), colour(role.Button)),
        ("palette HighlightedText on Highlight", colour(role.HighlightedText), colour(role.Highlight)),
        ("palette PlaceholderText on Base", colour(role.PlaceholderText), colour(role.Base)),
        ("palette ToolTipText on ToolTipBase", colour(role.ToolTipText), colour(role.ToolTipBase)),
        ("palette Link on Base", colour(role.Link), colour(role.Base)),
        ("disabled Text on Base", colour(role.Text, group.Disabled), colour(role.Base, group.Disabled)),
        (
            "disabled ButtonText on Button",
            colour(role.ButtonText, group.Disabled),
            colour(role.Button, group.Disabled),
        ),
        (
            "disabled WindowText on Window",
            colour(role.WindowText, group.Disabled),
            colour(role.Window, group.Disabled),
        ),
        (
            "disabled PlaceholderText on Base",
            colour(role.PlaceholderText, group.Disabled),
            colour(role.Base, group.Disabled),
        ),
    ]


def route_pairs(table_background: str) -> list[Pair]:
    """The route's rows as its model paints them: done (with each delta tone), current, next, ahead."""
    model = RouteModel()
    model.set_tour(Tour(title="t", stops=tuple(Stop(title=f"s{i}", duration_s=300) for i in range(6))))
    done = [
        StopTiming(row, StopStatus.DONE, 300, 300 * row, 300 + delta, 0.0)
        for row, delta in enumerate((-20.0, 12.0, 31.0))
    ]
    model.timings = (
        *done,
        StopTiming(3, StopStatus.CURRENT, 300, 900, 100, 0.0),
        StopTiming(4, StopStatus.NEXT, 300, 1200, 0, None),
        StopTiming(5, StopStatus.AHEAD, 300, 1500, 0, None),
    )
    assert {model.status(row) for row in range(6)} == set(StopStatus)
    pairs: list[Pair] = []
    for row in range(6):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
            background = model.data(index, Qt.ItemDataRole.BackgroundRole)
            status = model.status(row).name.lower()
            pairs.append(
                (
                    f"route {status} row {row} column {column}",
                    foreground.name(),
                    background.name() if background else table_background,
                )
            )
    return pairs


def failures(pairs: list[Pair], minimum: float) -> list[str]:
    return [
        f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"
        for what, fg, bg in pairs
        if contrast(fg, bg) < minimum
    ]


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture(params=sorted(theme.THEMES))
def themed(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[theme.Colours]:
    theme.apply_theme(app(), request.param)
    yield theme.THEMES[request.param]
    theme.apply_theme(app())  # the other tests expect the console's default


def test_every_text_pair_of_the_style_sheet_and_palette_reaches_aa(themed: theme.Colours) -> None:
    sheet = Sheet(themed)
    pairs = (
        sheet_pairs(sheet)
        + palette_pairs(app().palette())
        + route_pairs(sheet.get("QTableView", "background"))
    )
    assert len(pairs) > 80  # the pairs really were found
    assert failures(pairs, TEXT_MIN) == []


def test_a_check_box_has_a_visible_box(themed: theme.Colours) -> None:
    sheet = Sheet(themed)
    outline = sheet.get("QAbstractItemView::indicator", "border").split()[-1]
    table = sheet.get("QTableView", "background")
    pairs = [
        ("a check box's outline on a table", outline, table),
        ("a ticked box on a table", sheet.get("QAbstractItemView::indicator:checked", "background"), table),
    ]
    assert failures(pairs, GRAPHIC_MIN) == []
    tick = sheet.get(
        "QAbstractItemView::indicator:checked", "image"
    )  # a ticked box shows a tick, not a fill only
    assert tick == f"url({require_asset(themed.tick).as_posix()})"


# Rendered pixels: the worst pairs as Qt draws them. Text is antialiased, so the text colour is the colour
# of the glyphs' cores: of the colours drawn often enough, the one farthest from the background.


def measured(image: QImage, area: QRect) -> tuple[str, str, float]:
    counts = Counter(
        image.pixelColor(x, y).name()
        for x in range(max(0, area.left()), min(image.width(), area.right() + 1))
        for y in range(max(0, area.top()), min(image.height(), area.bottom() + 1))
    )
    background = counts.most_common(1)[0][0]
    frequent = [colour for colour, count in counts.items() if count >= 8 and colour != background]
    assert frequent, f"no text drawn in {area} (only {background})"
    text = max(frequent, key=lambda colour: contrast(colour, background))
    return text, background, contrast(text, background)


def grab(widget: QWidget) -> QImage:
    widget.show()
    app().processEvents()
    return widget.grab().toImage()


def test_the_selected_tour_reads_in_pixels(themed: theme.Colours, qtbot: QtBot) -> None:
    tours = TourList()
    qtbot.addWidget(tours)
    rows = [
        {"id": n, "title": f"Tour {n}", "slot_s": 3600, "stop_count": 9, "planned_s": 3000} for n in (1, 2)
    ]
    tours.show_tours(rows, 1)
    tours.resize(320, 300)
    image = grab(tours)
    selected = tours.list.visualItemRect(tours.list.currentItem()).translated(tours.list.pos())
    text, background, ratio = measured(image, selected)
    assert background == themed.selection  # the row is drawn selected
    assert ratio >= TEXT_MIN, f"the selected tour: {text} on {background} is {ratio:.2f}:1"


def test_the_budget_caption_reads_on_each_fill_in_pixels(themed: theme.Colours, qtbot: QtBot) -> None:
    budget = BudgetBar()
    qtbot.addWidget(budget)
    budget.resize(700, 80)
    long_tour = Tour(title="t", slot_s=600, stops=(Stop(title="a", duration_s=900),))
    short_tour = Tour(title="t", slot_s=6000, stops=(Stop(title="a", duration_s=5400),))
    for tour, fill in ((short_tour, themed.budget_fill), (long_tour, themed.bad_fill)):
        budget.show_tour(tour)
        image = grab(budget)
        bar = budget.bar.geometry()
        caption = QRect(bar.center().x() - 120, bar.top() + 3, 240, bar.height() - 6)  # the caption's middle
        text, background, ratio = measured(image, caption)
        assert background == fill
        assert ratio >= TEXT_MIN, f"the budget caption: {text} on {background} is {ratio:.2f}:1"


def test_a_disabled_field_looks_disabled_and_reads_in_pixels(themed: theme.Colours, qtbot: QtBot) -> None:
    enabled, disabled = QLineEdit("Winged Victory"), QLineEdit("Winged Victory")
    disabled.setEnabled(False)
    for field in (enabled, disabled):
        qtbot.addWidget(field)
        field.resize(300, 40)
    on, off = measured(grab(enabled), enabled.rect()), measured(grab(disabled), disabled.rect())
    assert off[1] != on[1] and off[0] != on[0]  # another background and another text colour
    assert off[2] >= TEXT_MIN, f"a disabled field: {off[0]} on {off[1]} is {off[2]:.2f}:1"


def test_the_armed_end_button_and_on_air_state_read_in_pixels(themed: theme.Colours, qtbot: QtBot) -> None:
    bar = ClockBar()
    qtbot.addWidget(bar)
    bar.resize(1400, 160)
    theme.set_state(bar.end_button, "armed", True)
    theme.set_state(bar.state, "tone", "onAir")
    bar.state.setText("● ON AIR")
    image = grab(bar)
    for what, widget in (("End show armed", bar.end_button), ("ON AIR", bar.state)):
        inside = QRect(widget.mapTo(bar, QPoint(0, 0)), widget.size()).adjusted(
            4, 4, -4, -4
        )  # not the border
        text, background, ratio = measured(image, inside)
        assert ratio >= TEXT_MIN, f"{what}: {text} on {background} is {ratio:.2f}:1"


def test_a_field_s_hint_reads_in_pixels_enabled_or_not(themed: theme.Colours, qtbot: QtBot) -> None:
    """The hint in an empty field ("e.g. 1h 30m") is what a producer reads to fill it: AA as well."""
    for enabled in (True, False):
        field = QLineEdit()
        field.setPlaceholderText("e.g. 1h 30m (empty: no slot)")
        field.setEnabled(enabled)
        qtbot.addWidget(field)
        field.resize(300, 40)
        text, background, ratio = measured(grab(field), field.rect().adjusted(3, 3, -3, -3))
        state = "an enabled" if enabled else "a disabled"
        assert ratio >= TEXT_MIN, f"the hint in {state} field: {text} on {background} is {ratio:.2f}:1"


def test_the_rehearsal_dialog_s_ticks_have_a_box_in_pixels(themed: theme.Colours, qtbot: QtBot) -> None:
    """An unticked stop must still show a box to tick (the producer found ticks floating on nothing)."""
    offers = [Proposal(position=n, title=f"Stop {n}", planned_s=300, actual_s=420) for n in range(2)]
    rehearsal = Session(
        Tour("Rehearsed", (Stop("Stop 0", 300), Stop("Stop 1", 300))), "rehearsal", 0.0, 0.0, 900.0
    )
    dialog = RehearsalDialog(offers, rehearsal)
    qtbot.addWidget(dialog)
    unticked = dialog.table.item(1, 0)
    assert unticked is not None
    unticked.setCheckState(Qt.CheckState.Unchecked)
    image = grab(dialog)
    table = dialog.table.viewport()
    for row in (0, 1):
        cell = dialog.table.visualRect(dialog.table.model().index(row, 0))
        box = QRect(
            table.mapTo(dialog, cell.topLeft()), QSize(22, cell.height())
        )  # the box, before the title
        outline, background, ratio = measured(image, box)
        assert ratio >= GRAPHIC_MIN, f"row {row}'s check box: {outline} on {background} is {ratio:.2f}:1"
