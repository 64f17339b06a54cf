"""The stage display in the real console (offscreen): its times and colours, the stops, the cue, the language,
the screen it is remembered on, and that it never takes the keyboard from the console.

The second-screen behaviour on a real X server (two RandR monitors, one unplugged) is tests/test_stage_x11.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings, save_settings
from console.show.session import LanguageSwitch
from console.ui import theme
from console.ui.stage_display import STAGE_PX, StageDisplay, stage_px
from console.ui.stage_screens import BANNER_KEY
from tests.helpers import key, start
from tests.pixels import shows

ABSENT = "HDMI-9"  # a screen name no test machine has
# The offscreen platform stacks no windows: the stage waiting behind the console is the X test's to see.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support lower")


class Clock:
    """The console's wall clock, moved by the test (the controller takes any clock)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(console: Console) -> Clock:
    ticking = Clock()
    console.controller.clock = ticking
    return ticking


def tone(label: object) -> str:
    return str(label.property("tone"))  # type: ignore[attr-defined]


def shown(qtbot: QtBot, console: Console) -> StageDisplay:
    """The stage shown beside the console. The offscreen platform's one screen has no name to choose it by, so
    it is a screen not connected: the stage waits on the primary screen (the X test fills a real one)."""
    console.stage_screens.choose(ABSENT)
    assert console.stage.isVisible()
    qtbot.waitExposed(console.stage)
    return console.stage


def test_the_times_are_the_consoles_and_coloured_as_on_it(
    qtbot: QtBot, console: Console, clock: Clock
) -> None:
    stage = shown(qtbot, console)  # a hidden stage costs the window nothing and draws nothing
    assert stage.stop_figure.text() == "–" and "READY" in stage.state.text()
    key(qtbot, console, Qt.Key.Key_F5)  # the first stop is planned at 10 minutes, the slot 30
    bar = console.live_view.clock_bar
    moments = [(15, "9:45", "good"), (600 - 50, "0:50", "warn"), (600 + 20, "+0:20", "bad")]
    for seconds, figure, colour in moments:
        clock.now = 1_800_000_000.0 + seconds
        console.live_view.tick()
        stage.refresh()
        assert stage.stop_figure.text() == figure
        assert tone(stage.stop_figure) == colour == tone(bar.stop.value)  # the same words as the console's
        assert stage.show_figure.text() == bar.remaining.value.text()
        assert tone(stage.show_figure) == tone(bar.remaining.value) == "text"
    assert "OVER" in stage.stop_caption.text()
    assert shows(stage.stop_figure, theme.BAD)  # drawn red, as the sheet says
    clock.now = 1_800_000_000.0 + 1800 + 65  # past the slot
    stage.refresh()
    assert stage.show_figure.text() == "+1:05" and tone(stage.show_figure) == "bad"
    assert "ON AIR" in stage.state.text() and tone(stage.state) == "onAir"
    assert stage.time_of_day.text()


def test_the_current_stop_and_the_next(qtbot: QtBot, console: Console) -> None:
    stage = shown(qtbot, console)  # a hidden stage costs the window nothing and draws nothing
    assert (stage.current.text(), stage.next.text()) == ("–", "Winged Victory")
    key(qtbot, console, Qt.Key.Key_F5)
    assert (stage.current.text(), stage.next.text()) == ("Winged Victory", "Venus de Milo")
    key(qtbot, console, Qt.Key.Key_PageDown)
    assert (stage.current.text(), stage.next.text()) == ("Venus de Milo", "Mona Lisa")
    key(qtbot, console, Qt.Key.Key_PageDown)
    assert (stage.current.text(), stage.next.text()) == ("Mona Lisa", "Last stop")


def test_the_cue_flashes_once_then_stays_until_cleared(qtbot: QtBot, console: Console) -> None:
    stage = shown(qtbot, console)
    assert stage.cue.isHidden()
    console.controller.set_cue("Wrap up")
    assert stage.cue.isVisible() and stage.cue.text() == "Wrap up"
    assert stage.cue.property("flash") is True
    flashed = stage.cue.grab().toImage().pixelColor(3, stage.cue.height() // 2).name()
    qtbot.waitUntil(lambda: stage.cue.property("flash") is False, timeout=3000)
    settled = stage.cue.grab().toImage().pixelColor(3, stage.cue.height() // 2).name()
    assert (flashed, settled) == (theme.TEXT, theme.DARK.warn_fill)
    qtbot.wait(1500)
    assert stage.cue.property("flash") is False and stage.cue.isVisible()  # once, not blinking
    console.controller.set_cue("Back to the Venus")
    assert stage.cue.property("flash") is True  # a new cue flashes again
    console.controller.clear_cue()
    assert stage.cue.isHidden()


def test_titles_in_the_talking_points_language(qtbot: QtBot, multilingual: Console) -> None:
    stage = shown(qtbot, multilingual)
    key(qtbot, multilingual, Qt.Key.Key_F5)
    assert stage.content_language == "en" and stage.current.text() == "Winged Victory"
    session = multilingual.controller.session
    assert session is not None
    # The session's language is the default: a switch the guide made (L) shows without any wiring.
    switch = LanguageSwitch(at=session.went_live_at or 0, language="fr")
    multilingual.sessions.switch_language(session, switch)
    stage.refresh()
    assert (stage.current.text(), stage.next.text()) == ("Victoire de Samothrace", "Vénus de Milo")
    stage.set_content_language("zh")  # what the integrator wires to the L switch
    assert stage.current.text() == "萨莫色雷斯的胜利女神"
    assert stage.next.text() == "Venus de Milo"  # no Chinese title: the main language's stands in
    stage.set_content_language(None)
    assert stage.current.text() == "Victoire de Samothrace"


def test_it_never_takes_the_keyboard(qtbot: QtBot, console: Console) -> None:
    """The clicker's PageDown goes to whatever window has the keyboard: it must still be the console's."""
    key(qtbot, console, Qt.Key.Key_F5)
    stage = shown(qtbot, console)
    assert stage.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert stage.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    # The offscreen platform activates every window it shows, hints or not: the console takes it back.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console.window)
    for expected in (1, 2):
        focused = QGuiApplication.focusWindow()
        assert focused is console.window.windowHandle()
        QTest.keyClick(focused, Qt.Key.Key_PageDown)
        session = console.controller.session
        assert session is not None and session.current_index == expected


def test_the_screen_is_chosen_from_the_menu_and_remembered(qtbot: QtBot, console: Console) -> None:
    menu = console.stage_screens.menu
    assert menu in [action.menu() for action in console.window.menus.actions()]
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions()]
    size = QGuiApplication.primaryScreen().geometry().size()
    assert texts[0] == "Off" and f"({size.width()}×{size.height()}) — the console's screen" in texts[1]
    console.stage_screens.choose(ABSENT)
    assert load_settings().stage_screen == ABSENT
    menu.aboutToShow.emit()
    checked = [action.text() for action in menu.actions() if action.isChecked()]
    assert checked == [f"{ABSENT} (not connected)"]
    viewers = next(action for action in menu.actions() if action.text() == "Show the viewer total")
    viewers.trigger()
    assert load_settings().stage_viewers is True and console.stage.viewers_shown
    off = next(action for action in menu.actions() if action.text() == "Off")
    off.trigger()
    assert console.stage.isHidden() and load_settings().stage_screen == ""
    assert BANNER_KEY not in console.live_view.banners.texts()


def test_a_remembered_screen_that_is_not_there(qtbot: QtBot, tour_db: Path) -> None:
    """The stage waits on the primary screen as an ordinary window behind the console; a banner says so."""
    save_settings({"stage_screen": ABSENT})
    built = Console(build_parser().parse_args(["--db", str(tour_db)]), load_settings())
    qtbot.addWidget(built.window)
    try:
        start(qtbot, built)
        stage = built.stage
        assert stage.isVisible() and not stage.isFullScreen()
        area = QGuiApplication.primaryScreen().availableGeometry()
        assert stage.width() <= area.width() // 2 and stage.height() <= area.height() // 2
        assert ABSENT in built.live_view.banners.texts()[BANNER_KEY]
    finally:
        built.shutdown()


def test_the_stage_option_chooses_and_remembers(qtbot: QtBot, tour_db: Path) -> None:
    built = Console(build_parser().parse_args(["--db", str(tour_db), "--stage", ABSENT]), load_settings())
    qtbot.addWidget(built.window)
    try:
        start(qtbot, built)
        assert built.stage.isVisible() and load_settings().stage_screen == ABSENT
    finally:
        built.shutdown()
    built = Console(build_parser().parse_args(["--db", str(tour_db), "--stage", "off"]), load_settings())
    qtbot.addWidget(built.window)
    try:
        start(qtbot, built)
        assert built.stage.isHidden() and load_settings().stage_screen == ""
    finally:
        built.shutdown()


def test_off_by_default(console: Console) -> None:
    assert load_settings().stage_screen == "" and console.stage.isHidden()


def test_sizes_follow_the_screens_height(qtbot: QtBot, console: Console) -> None:
    stage = shown(qtbot, console)
    sizes = ((1920, 1080, 1.0), (3840, 2160, 2.0), (1280, 720, 2 / 3), (1080, 1920, 0.5625))
    for width, height, scale in sizes:
        stage.resize(width, height)
        stage.style().unpolish(stage.stop_figure)
        stage.style().polish(stage.stop_figure)
        assert stage.scale == pytest.approx(scale)
        assert stage.stop_figure.font().pixelSize() == round(STAGE_PX["stop_figure"] * scale)
        assert stage_px("stop_figure", scale) == round(STAGE_PX["stop_figure"] * scale)


def test_the_viewer_total_when_asked(qtbot: QtBot, tour_db: Path) -> None:
    built = Console(build_parser().parse_args(["--db", str(tour_db), "--viewers", "demo"]), load_settings())
    qtbot.addWidget(built.window)
    try:
        start(qtbot, built)
        qtbot.waitUntil(lambda: built.poller is not None)
        stage = shown(qtbot, built)
        assert stage.viewers.isHidden()  # a setting, off by default
        built.stage_screens.show_viewers(True)
        qtbot.waitUntil(lambda: "viewers" in stage.viewers.text() and stage.viewers.text()[0].isdigit())
        assert not stage.viewers.isHidden()
    finally:
        built.shutdown()


def test_the_l_key_moves_the_stage_before_and_during_the_show(qtbot: QtBot, multilingual: Console) -> None:
    stage = shown(qtbot, multilingual)
    key(qtbot, multilingual, Qt.Key.Key_L)  # before go-live: the language the show will start in
    qtbot.waitUntil(lambda: stage.content_language == "fr")
    key(qtbot, multilingual, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: stage.current.text() == "Victoire de Samothrace")
    key(qtbot, multilingual, Qt.Key.Key_L)  # on air: written to the session, then shown
    qtbot.waitUntil(lambda: stage.current.text() == "萨莫色雷斯的胜利女神")
    assert multilingual.controller.language == "zh"


@pytest.mark.parametrize("name", ["a\x01b", "x" * 1_000_000, "   ", "HDMI-1\nrm -rf"])
def test_a_hostile_stage_name_is_refused_with_a_reason_and_never_remembered(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["--stage", name])
    assert exited.value.code == 2
    assert "a screen's name is one printable line" in capsys.readouterr().err
    assert load_settings().stage_screen == ""
    assert build_parser().parse_args(["--stage", "DELL U2720Q"]).stage == "DELL U2720Q"
