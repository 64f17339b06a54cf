"""The talking points' content language on air: L cycles it, the badge says which is up, the talking points,
facts and route follow with missing translations marked, every switch is in the session on disk, and a show
resumed after a crash comes back in its last language."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.show.tour import Stop, StopText, Tour
from console.store import TourRepository, open_database
from console.ui.route_list import ROW_PADDING_PX
from tests.conftest import REPO
from tests.helpers import key, let_go, open_console, shown_texts, take_lock
from tests.helpers import sized_console as build


def switches_on_disk(db_path: Path) -> list[str]:
    """The language switches as another program reads the file (not through the console's connection)."""
    conn = sqlite3.connect(db_path)
    try:
        return [row[0] for row in conn.execute("SELECT language FROM language_switches ORDER BY id")]
    finally:
        conn.close()


def route_titles(console: Console) -> list[str]:
    model = console.live_view.route.model_
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def test_l_cycles_the_languages_on_air_and_each_switch_is_on_disk(
    qtbot: QtBot, multilingual: Console, multilingual_db: Path
) -> None:
    view, points = multilingual.live_view, multilingual.live_view.points
    key(qtbot, multilingual, Qt.Key.Key_F5)
    assert points.language_badge.isVisible() and points.language_badge.text() == "EN"
    assert points.title.text() == "Winged Victory" and not points.fallback.isVisible()

    key(qtbot, multilingual, Qt.Key.Key_L)
    assert points.language_badge.text() == "FR"
    assert points.title.text() == "Victoire de Samothrace"
    assert "la proue d'un navire" in points.points.toPlainText()
    assert "Bienvenue à tous." in points.points.toPlainText()  # the introduction, in French too
    assert "Inconnu" in points.facts.text() and "escalier Daru" in points.facts.text()
    assert not points.fallback.isVisible(), "a complete French stop is not marked"
    assert "Vénus de Milo" in points.next_label.text()
    assert route_titles(multilingual) == ["1. Victoire de Samothrace", "2. Vénus de Milo", "3. La Joconde"]
    assert switches_on_disk(multilingual_db) == ["fr"]

    key(qtbot, multilingual, Qt.Key.Key_L)
    assert points.language_badge.text() == "ZH"
    assert points.title.text() == "萨莫色雷斯的胜利女神" and not points.fallback.isVisible()
    assert switches_on_disk(multilingual_db) == ["fr", "zh"]
    # Venus has no Chinese at all: the English title stands in, in italics and marked, in the route.
    assert route_titles(multilingual) == ["1. 萨莫色雷斯的胜利女神", "2. Venus de Milo (EN)", "3. 蒙娜丽莎"]
    model = view.route.model_
    assert model.data(model.index(1, 1), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(1, 2), Qt.ItemDataRole.FontRole) is None  # its figures stay upright
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole) == "EN — not translated"
    assert model.data(model.index(2, 1), Qt.ItemDataRole.FontRole) is None

    key(qtbot, multilingual, Qt.Key.Key_PageDown)
    key(qtbot, multilingual, Qt.Key.Key_PageDown)
    assert points.title.text() == "蒙娜丽莎"
    assert "poplar panel" in points.points.toPlainText()  # the English talking points stand in...
    assert points.fallback.isVisible()  # ...and say so, in the window's language
    assert points.fallback.text() == "EN — not translated: talking points"

    key(qtbot, multilingual, Qt.Key.Key_L)
    assert points.language_badge.text() == "EN"
    assert points.title.text() == "Mona Lisa" and not points.fallback.isVisible()
    assert route_titles(multilingual)[1] == "2. Venus de Milo"
    assert switches_on_disk(multilingual_db) == ["fr", "zh", "en"]
    session = multilingual.controller.session
    assert session is not None and [s.show_s is not None for s in session.language_switches] == [True] * 3


def test_the_language_chosen_before_go_live_is_the_show_s_first(
    qtbot: QtBot, multilingual: Console, multilingual_db: Path
) -> None:
    points = multilingual.live_view.points
    key(qtbot, multilingual, Qt.Key.Key_L)  # rehearsing the words before the show: nothing to record yet
    assert points.language_badge.text() == "FR" and points.title.text() == "Victoire de Samothrace"
    assert switches_on_disk(multilingual_db) == []
    key(qtbot, multilingual, Qt.Key.Key_F5)
    assert multilingual.controller.on_air and points.language_badge.text() == "FR"
    assert switches_on_disk(multilingual_db) == ["fr"]  # written with going live, in its transaction


@pytest.mark.posix
def test_a_failed_switch_says_so_and_the_language_stays(
    qtbot: QtBot, multilingual: Console, multilingual_db: Path
) -> None:
    view = multilingual.live_view
    key(qtbot, multilingual, Qt.Key.Key_F5)
    multilingual.db.execute(
        "CREATE TEMP TRIGGER full_disk BEFORE INSERT ON main.language_switches "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    key(qtbot, multilingual, Qt.Key.Key_L)
    assert "language switch was NOT recorded" in view.banners.texts()["problem"]
    assert view.points.language_badge.text() == "EN", "the window shows what is on disk"
    assert switches_on_disk(multilingual_db) == []
    assert QApplication.activeModalWidget() is None


def test_a_switch_waits_out_a_busy_database_and_is_written_in_order(
    qtbot: QtBot, multilingual: Console, multilingual_db: Path, lock_holder: subprocess.Popen[str]
) -> None:
    view = multilingual.live_view
    key(qtbot, multilingual, Qt.Key.Key_F5)
    take_lock(lock_holder)
    key(qtbot, multilingual, Qt.Key.Key_L)
    key(qtbot, multilingual, Qt.Key.Key_PageDown)
    key(qtbot, multilingual, Qt.Key.Key_L)
    assert "busy" in view.banners.texts() and "problem" not in view.banners.texts()
    assert view.points.language_badge.text() == "EN", "nothing is shown before it is on disk"
    let_go(lock_holder)
    qtbot.waitUntil(lambda: "busy" not in view.banners.texts(), timeout=5000)
    assert view.points.language_badge.text() == "ZH" and view.points.title.text() == "Venus de Milo"
    assert switches_on_disk(multilingual_db) == ["fr", "zh"]


def test_every_route_row_fits_its_title_in_the_new_language(qtbot: QtBot, db_path: Path) -> None:
    """A long route: the rows on screen are fitted at once, the others soon after; none is ever cut."""
    long_title = "Une salle dont le nom français est bien plus long que l'anglais, sur plusieurs lignes"
    tour = Tour(
        title="Long",
        language="en",
        languages=("en", "fr"),
        stops=tuple(
            Stop(f"Room {n}", 60, translations=(("fr", StopText(f"{long_title} ({n})")),)) for n in range(300)
        ),
    )
    db = open_database(db_path)
    TourRepository(db).add(tour)
    db.close()
    console = open_console(qtbot, db_path)
    route = console.live_view.route
    try:
        key(qtbot, console, Qt.Key.Key_F5)
        for _ in range(150):
            console.controller.next_stop()
        heights = [route.rowHeight(row) for row in range(300)]
        key(qtbot, console, Qt.Key.Key_L)
        assert route.rowHeight(150) > heights[150], "the current stop's row is fitted with the key press"
        top, bottom = route.rowAt(0), route.rowAt(route.viewport().height() - 1)
        assert top < 150 < bottom
        for row in range(top, bottom + 1):  # the whole screen is fitted with the key press, not later
            assert route.rowHeight(row) >= route.title_height(row) + ROW_PADDING_PX, f"row {row} is cut"
        assert route.is_fitting, "the rows off screen wait for the frame to be shown"
        qtbot.waitUntil(lambda: not route.is_fitting, timeout=5000)
        for row in range(300):
            assert route.rowHeight(row) >= route.title_height(row) + ROW_PADDING_PX, f"row {row} is cut"
        assert route.rowHeight(0) > heights[0]
    finally:
        console.shutdown()


def test_l_in_the_note_box_types_an_l(qtbot: QtBot, multilingual: Console, multilingual_db: Path) -> None:
    view = multilingual.live_view
    key(qtbot, multilingual, Qt.Key.Key_F5)
    key(qtbot, multilingual, Qt.Key.Key_N)
    qtbot.keyClicks(view.notes.box, "lL")
    assert view.notes.box.text() == "lL"
    assert view.points.language_badge.text() == "EN"
    assert switches_on_disk(multilingual_db) == []


def test_a_one_language_tour_is_unaffected(qtbot: QtBot, console: Console, tour_db: Path) -> None:
    points = console.live_view.points
    key(qtbot, console, Qt.Key.Key_F5)
    before = (points.title.text(), points.points.toPlainText(), route_titles(console))
    key(qtbot, console, Qt.Key.Key_L)
    assert (points.title.text(), points.points.toPlainText(), route_titles(console)) == before
    assert not points.language_badge.isVisible() and not points.fallback.isVisible()
    assert "L " not in console.live_view.help.text()
    assert switches_on_disk(tour_db) == []
    assert console.live_view.banners.texts() == {}


def test_the_key_help_names_l_for_a_tour_in_several_languages(multilingual: Console) -> None:
    assert "L talking-points language" in multilingual.live_view.help.text()


@pytest.mark.slow
def test_a_resumed_show_comes_back_in_its_last_language(
    qtbot: QtBot, multilingual_db: Path, speak: object
) -> None:
    speak("en")  # type: ignore[operator]  # as run_gui does: "title and talking points", in English's form
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.drivers.language_show", "--db", str(multilingual_db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    state = None
    deadline = time.monotonic() + 60
    assert process.stdout is not None
    while state is None and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("STATE"):
            state = line.split()
    process.kill()
    process.wait(timeout=10)
    assert state is not None, process.stderr.read() if process.stderr else ""
    assert state[1:] == ["1", "zh"]
    assert switches_on_disk(multilingual_db) == ["fr", "zh"]

    console = open_console(qtbot, multilingual_db)
    try:
        points = console.live_view.points
        assert "resume" in console.live_view.banners.texts()
        assert points.language_badge.text() == "ZH"  # the preview already speaks as the show will resume
        qtbot.keyClick(console.live_view, Qt.Key.Key_F5)
        assert console.controller.on_air and console.controller.language == "zh"
        assert points.language_badge.text() == "ZH"
        assert points.title.text() == "Venus de Milo"  # stop 2 has no Chinese: marked
        assert points.fallback.text() == "EN — not translated: title and talking points"
        key(qtbot, console, Qt.Key.Key_L)
        assert points.language_badge.text() == "EN"
        assert switches_on_disk(multilingual_db) == ["fr", "zh", "en"]
    finally:
        console.shutdown()


@pytest.mark.parametrize("lang", ["fr", "zh_CN"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)], ids=lambda size: "x".join(map(str, size)))
def test_the_badge_and_the_marker_fit_and_speak_the_window_s_language(
    qtbot: QtBot, multilingual_db: Path, speak: object, lang: str, size: tuple[int, int]
) -> None:
    speak(lang)  # type: ignore[operator]
    console = build(qtbot, multilingual_db, size)
    view = console.live_view
    try:
        for pressed in (Qt.Key.Key_F5, Qt.Key.Key_L, Qt.Key.Key_L, Qt.Key.Key_PageDown):
            qtbot.keyClick(view, pressed)
        qtbot.wait(300)  # the layout settles
        badge, marker = view.points.language_badge, view.points.fallback
        assert badge.text() == "ZH" and badge.isVisible()
        assert badge.fontMetrics().horizontalAdvance("ZH") <= badge.contentsRect().width()
        assert badge.height() >= 24, "readable from two metres"
        expected = {
            "fr": "EN — non traduit : titre et points à aborder",
            "zh_CN": "EN — 未翻译：标题和讲解要点",
        }
        assert marker.isVisible() and marker.text() == expected[lang]
        hint = console.window.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], f"the window does not fit {size}"
        help_texts = [text for widget, text in shown_texts(console.window) if widget is view.help]
        assert help_texts and ("L" in help_texts[0])
    finally:
        console.shutdown()
