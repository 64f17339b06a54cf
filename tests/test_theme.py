"""The theme's style sheet keys colours on dynamic properties: a state change must change what is drawn.

Every check reads rendered pixels, so renaming a property in a widget or in its rule (the pairing that
makes a stale count dim) fails here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from console.audience.poller import AudiencePoller
from console.prepare.workspace import Workspace
from console.settings import Settings
from console.show.clock import StopStatus, StopTiming
from console.show.tour import Stop, Tour
from console.store import Database
from console.ui import theme
from console.ui.clock_bar import ClockBar
from console.ui.prepare import PrepareView
from console.ui.route_list import RouteModel
from console.ui.talking_points import TalkingPoints
from console.ui.viewers_pane import ViewersPane
from tests.audience_fakes import FakePlatforms
from tests.pixels import colours, shows


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture
def themed(qtbot: QtBot) -> None:
    theme.apply_theme(app())


def big_label(qtbot: QtBot) -> QLabel:
    label = QLabel("8:88")
    label.setFont(theme.big_font(34, mono=True))
    qtbot.addWidget(label)
    return label


@pytest.mark.usefixtures("themed")
def test_every_tone_draws_its_colour_and_only_its_colour(qtbot: QtBot) -> None:
    label = big_label(qtbot)
    for tone, colour in theme.TONES.items():
        theme.set_state(label, "tone", tone)
        drawn = colours(label)
        assert drawn[colour] >= 20, f"tone {tone!r} is not drawn {colour}"
        others = {other for other in theme.TONES.values() if other != colour}
        # A few faint edge pixels round to another red (grab() un-premultiplies alpha): count real strokes.
        assert not any(drawn[other] >= 20 for other in others), f"tone {tone!r} still shows another tone"


def test_a_state_set_before_the_theme_shows_once_the_theme_comes(qtbot: QtBot) -> None:
    """The console themes the window after building it: states set while building must still show."""
    app().setStyleSheet("")
    label = big_label(qtbot)
    theme.set_state(label, "tone", "bad")
    assert not shows(label, theme.BAD)
    theme.apply_theme(app())
    assert shows(label, theme.BAD)


@pytest.mark.usefixtures("themed")
def test_the_end_button_turns_red_when_armed(qtbot: QtBot) -> None:
    bar = ClockBar()
    qtbot.addWidget(bar)
    button = bar.end_button
    button.resize(button.sizeHint())
    filled_red = colours(button)[theme.BAD]
    theme.set_state(button, "armed", True)
    assert colours(button)[theme.BAD] > 10 * max(filled_red, 1)  # from a red outline to a red button
    theme.set_state(button, "armed", False)
    assert colours(button)[theme.BAD] == filled_red


@pytest.mark.usefixtures("themed")
def test_a_stale_total_is_drawn_dim_under_an_amber_status_and_recovers(
    platforms: FakePlatforms, qtbot: QtBot
) -> None:
    settings = Settings(viewer_poll_s=0.2)
    poller = AudiencePoller([f"http-json:{platforms.url}/stats#data.online"], settings, timeout_s=0.5)
    pane = ViewersPane(poller)
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    poller.start()
    try:
        qtbot.waitUntil(lambda: pane.status.text() == "LIVE", timeout=5000)
        assert shows(pane.total, theme.TEXT) and not shows(pane.total, theme.TEXT_DIM)
        assert shows(pane.status, theme.TEXT_DIM) and not shows(pane.status, theme.WARN)
        (count,) = pane.findChildren(QLabel, "viewersSourceCount")
        (problem,) = pane.findChildren(QLabel, "viewersProblem")
        assert shows(count, theme.TEXT) and not shows(count, theme.TEXT_DIM)

        platforms.modes["json"] = "500"
        qtbot.waitUntil(lambda: pane.status.text().startswith("STALE"), timeout=5000)
        assert shows(pane.total, theme.TEXT_DIM) and not shows(pane.total, theme.TEXT)
        assert shows(pane.status, theme.WARN)
        assert shows(count, theme.TEXT_DIM) and not shows(count, theme.TEXT)
        assert shows(problem, theme.BAD)  # why it is stale, in red

        platforms.modes["json"] = "live"
        qtbot.waitUntil(lambda: pane.status.text() == "LIVE", timeout=10_000)
        assert shows(pane.total, theme.TEXT) and not shows(pane.status, theme.WARN)
    finally:
        poller.stop()


@pytest.mark.usefixtures("themed")
def test_a_prepare_message_is_framed_by_its_level(qtbot: QtBot, fresh_db: Database) -> None:
    view = PrepareView(Workspace(fresh_db))
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.show_problem("That file is not a tour.")
    assert shows(view.message, theme.BAD) and not shows(view.message, theme.ACCENT)
    view.show_problem("Saved tour.md", level="info")
    assert shows(view.message, theme.ACCENT) and not shows(view.message, theme.BAD)


@pytest.mark.usefixtures("themed")
def test_talking_points_facts_and_next_line_keep_their_tones_and_follow_the_zoom(qtbot: QtBot) -> None:
    points = TalkingPoints()
    qtbot.addWidget(points)
    points.facts.setText("Begun 1661 · Gilded stucco")
    points.next_label.setText("Next › Mona Lisa")
    points.resize(700, 500)
    points.show()
    assert shows(points.facts, theme.TEXT_DIM) and not shows(points.facts, theme.ACCENT)
    assert shows(points.next_label, theme.ACCENT)
    facts, following = points.facts.font().pixelSize(), points.next_label.font().pixelSize()
    points.zoom_in()
    assert points.facts.font().pixelSize() > facts and points.next_label.font().pixelSize() > following
    assert shows(points.facts, theme.TEXT_DIM) and shows(points.next_label, theme.ACCENT)


def test_the_route_list_colours_a_done_stop_s_delta_with_the_clock_s_tones() -> None:
    model = RouteModel()
    model.set_tour(Tour(title="t", stops=tuple(Stop(title=f"s{i}", duration_s=300) for i in range(4))))
    deltas = (-20.0, 0.0, 12.0, 31.0)
    model.timings = tuple(
        StopTiming(row, StopStatus.DONE, 300, 300 * row, 300 + delta, 0.0) for row, delta in enumerate(deltas)
    )
    foreground = Qt.ItemDataRole.ForegroundRole
    shown = [model.data(model.index(row, model.TIME), foreground).name() for row in range(4)]
    assert shown == [theme.GOOD.lower(), theme.GOOD.lower(), theme.WARN.lower(), theme.BAD.lower()]
