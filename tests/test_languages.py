"""The window in English, French and Simplified Chinese (issue 15, item 1): the .ts/.qm workflow, the choice
of language, and the real console translated, its plurals and its layouts."""

from __future__ import annotations

import shutil
import subprocess
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.app import Console, install_language
from console.assets import DEMO_TOUR, asset_path
from console.cli import build_parser
from console.formats import load_tour
from console.live.controller import ShowSummary
from console.settings import load_settings, user_values
from console.show.chat import chat_message
from console.show.tour import Stop, Tour
from console.store import SessionRepository, TourRepository, open_database
from console.ui.languages import chosen_language, known_language, translated_sources
from tests.helpers import REPO, shown_texts, stored_report_show
from tests.helpers import sized_console as build

BIN = REPO / ".venv" / "bin"
TRANSLATIONS = REPO / "assets" / "translations"
TRANSLATED = ("fr", "zh_CN")
LAYOUT_LANGS = ("en", "fr", "zh_CN")
TOUR = Tour(
    title="Louvre Highlights",
    slot_s=3600,
    stops=(
        Stop("Under the Pyramid: the Medieval Louvre", 600, talking_points="- the moat"),
        Stop("Winged Victory of Samothrace on the Daru staircase", 600, talking_points="- the prow"),
    ),
)


def sources(ts: Path) -> set[tuple[str, str]]:
    tree = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def translations(lang: str) -> dict[str, str]:
    """Each singular source with its translation (what a widget would show untranslated, and translated)."""
    tree = ElementTree.parse(TRANSLATIONS / f"cicerone_{lang}.ts").getroot()
    return {
        message.findtext("source") or "": message.findtext("translation") or ""
        for message in tree.iter("message")
        if message.get("numerus") != "yes"
    }


@pytest.fixture
def tour_db(db_path: Path) -> Path:
    """This file's own tour (not tests.helpers.TOUR) as tour 1."""
    db = open_database(db_path)
    TourRepository(db).add(TOUR)
    db.close()
    return db_path


# -- the workflow


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_ts_files_hold_every_string_of_the_window(tmp_path: Path, lang: str) -> None:
    """lupdate run afresh over the sources finds nothing the committed .ts lacks (or holds in excess)."""
    committed = TRANSLATIONS / f"cicerone_{lang}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run(
        [BIN / "pyside6-lupdate", "-no-obsolete", "-locations", "none", *translated_sources(), "-ts", fresh],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    assert sources(fresh) == sources(committed), "run scripts/translations and translate the new strings"


@pytest.mark.parametrize("lang", ("en", *TRANSLATED))
def test_no_entry_is_left_unfinished(lang: str) -> None:
    root = ElementTree.parse(TRANSLATIONS / f"cicerone_{lang}.ts").getroot()
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") == "unfinished"
        or not "".join(translation.itertext()).strip()
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", ("en", *TRANSLATED))
def test_the_committed_qm_files_are_built_from_the_ts_files(tmp_path: Path, lang: str) -> None:
    built = tmp_path / f"cicerone_{lang}.qm"
    subprocess.run(
        [BIN / "pyside6-lrelease", "-silent", TRANSLATIONS / f"cicerone_{lang}.ts", "-qm", built], check=True
    )
    assert built.read_bytes() == (TRANSLATIONS / built.name).read_bytes(), "scripts/translations --release"


# -- the choice


def test_the_language_is_the_option_else_the_remembered_one_else_the_systems() -> None:
    assert chosen_language("fr", "zh_CN", QLocale("en_US")) == "fr"
    assert chosen_language(None, "zh_CN", QLocale("fr_FR")) == "zh_CN"
    assert chosen_language(None, None, QLocale("fr_CA")) == "fr"
    assert chosen_language(None, None, QLocale("zh_CN")) == "zh_CN"
    assert chosen_language(None, None, QLocale("de_DE")) == "en"
    assert chosen_language(None, "pt_BR", QLocale("fr_FR")) == "en"  # a venue's unknown choice: the source
    assert known_language("zh-Hant-TW") is None and known_language("zh-Hans-CN") == "zh_CN"


def test_lang_is_remembered_on_this_machine_and_only_it(qapp: QApplication, speak) -> None:  # type: ignore[no-untyped-def]
    install_language(qapp, build_parser().parse_args(["--lang", "zh_CN"]), load_settings())
    assert user_values() == {"language": "zh_CN"}
    assert QLocale().name() == "zh_CN"
    assert QCoreApplication.translate("ClockBar", "ELAPSED") == "已用"


def test_qts_own_standard_buttons_speak_french_and_chinese(qtbot, speak) -> None:  # type: ignore[no-untyped-def]
    for lang, cancel in (("fr", "Annuler"), ("zh_CN", "取消")):
        speak(lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel


def test_chinese_is_drawn_in_simplified_chinese_forms(qtbot, speak) -> None:  # type: ignore[no-untyped-def]
    """Noto's CJK fonts hold every region's forms of a Han character and pick them by the text's language,
    which Qt takes from the default locale: without it, Debian's fallback draws 直 and 骨 the Japanese way."""
    if "Noto Sans CJK SC" not in QFontDatabase.families():
        pytest.skip("Noto Sans CJK SC is not installed (Debian: fonts-noto-cjk)")

    def drawn(families: list[str] | None = None) -> QImage:
        label = QLabel("直骨")  # large: the forms differ in a few strokes
        qtbot.addWidget(label)
        font = QFont()  # the window's font, as every label's
        if families:
            font.setFamilies(families)
        font.setPixelSize(48)
        label.setFont(font)
        label.resize(160, 80)
        return label.grab().toImage()

    speak("zh_CN")
    assert drawn() == drawn(["Noto Sans CJK SC"])


# -- the real console


@pytest.mark.parametrize(
    ("lang", "elapsed", "live", "prepare", "review"),
    [("fr", "ÉCOULÉ", "Direct", "Préparer", "Revoir"), ("zh_CN", "已用", "直播", "准备", "回顾")],
)
def test_the_console_speaks_the_chosen_language(  # type: ignore[no-untyped-def]
    qtbot, tour_db, speak, lang, elapsed, live, prepare, review
) -> None:
    speak(lang)
    console = build(qtbot, tour_db)
    try:
        assert console.live_view.clock_bar.elapsed.caption.text() == elapsed
        assert [button.text() for button in console.window.modes.buttons()] == [live, prepare, review]
        assert live in console.window.windowTitle() or TOUR.title in console.window.windowTitle()
    finally:
        console.shutdown()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_visible_text_of_the_live_console_is_left_in_english(qtbot, tour_db, speak, lang) -> None:  # type: ignore[no-untyped-def]
    """Walk every visible label, button and tooltip, before and on air: none is an untranslated source."""
    table = {source: text for source, text in translations(lang).items() if text != source}
    speak(lang)
    console = build(qtbot, tour_db)
    try:
        walked = shown_texts(console.window)
        qtbot.keyClick(console.live_view, Qt.Key.Key_F5)
        walked += shown_texts(console.window)
        left = [(type(w).__name__, text) for w, text in walked if text in table]
        assert left == []
        assert len(walked) > 20  # the walk did see the window
    finally:
        console.shutdown()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["0 notes", "1 note", "2 notes"]),
        ("fr", ["0 note", "1 note", "2 notes"]),  # French: 0 is singular
        ("zh_CN", ["0 条笔记", "1 条笔记", "2 条笔记"]),  # Chinese: one form
    ],
)
def test_plurals_follow_each_languages_rules(qtbot, tour_db, speak, lang, expected) -> None:  # type: ignore[no-untyped-def]
    speak(lang)
    console = build(qtbot, tour_db)
    try:
        summaries = [ShowSummary(None, "live", 60, 3600, n, 2, n, 0, None) for n in (0, 1, 2)]
        texts = [console.live_view.summary_text(summary).split("  ·  ")[2] for summary in summaries]
        assert texts == expected
    finally:
        console.shutdown()


def cut_texts(root: QWidget, elided: set[str]) -> list[str]:
    """What is cut under ``root``: a one-line label or button narrower than its text, a wrapped label shorter
    than its lines, a header section narrower than its title, a toolbar with actions pushed into its overflow,
    a tab narrower than its title or tabs that scroll.

    A widget meant to elide (the camera's address) shows the full text as its tooltip: its shortened text
    must fit, and ``…`` appears nowhere else unless a translation in ``elided`` holds it.
    """
    problems = []
    for widget in (w for w in root.findChildren(QWidget) if w.isVisibleTo(root)):
        if isinstance(widget, QToolBar):
            extension = widget.findChild(QToolButton, "qt_toolbar_ext_button")
            if extension is not None and extension.isVisible():
                problems.append(f"toolbar {widget.objectName()} overflows")
        if isinstance(widget, QTabBar):
            if any(arrow.isVisible() for arrow in widget.findChildren(QToolButton)):
                problems.append(f"tabs {widget.tabText(0)!r}... scroll: they do not all fit")
            for tab in range(widget.count()):
                if widget.tabRect(tab).width() < widget.tabSizeHint(tab).width():
                    problems.append(f"tab '{widget.tabText(tab)}' is cut")
        if isinstance(widget, QHeaderView):
            model = widget.model()
            for section in range(widget.count()):
                title = str(model.headerData(section, widget.orientation()) or "") if model else ""
                needed = widget.fontMetrics().horizontalAdvance(title) + 8  # the section's own margins
                if title and not widget.isSectionHidden(section) and needed > widget.sectionSize(section):
                    problems.append(f"header '{title}' ({needed} > {widget.sectionSize(section)} px)")
        if not isinstance(widget, QLabel | QAbstractButton) or not (text := widget.text()):
            continue
        shown = text.replace("&", "")
        if "…" in shown and shown not in elided and widget.toolTip() in ("", text):
            problems.append(f"'{text}' is elided with no full text beside it")
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                problems.append(f"'{text[:40]}' wraps to more lines than it has room for")
            continue
        if "\n" in text or (isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText):
            continue
        room = widget.contentsRect()
        if isinstance(widget, QAbstractButton):  # its style's padding, icon and indicator take their share
            needed = widget.sizeHint().width()
            room = widget.rect()
        else:
            needed = widget.fontMetrics().horizontalAdvance(shown) + 2 * widget.margin()
        if needed > room.width():
            problems.append(f"'{text}' is cut ({needed} > {room.width()} px)")
        if widget.fontMetrics().height() > widget.contentsRect().height():
            problems.append(f"'{text}' ({type(widget).__name__} {widget.objectName()}) is cut vertically")
    return problems


@pytest.mark.parametrize("lang", LAYOUT_LANGS)
@pytest.mark.parametrize(
    "size", [(1920, 1080), (1280, 720), (1024, 600)], ids=lambda size: "x".join(map(str, size))
)
def test_the_at_a_glance_layouts_hold_in_french_and_chinese(qtbot, tour_db, speak, lang, size) -> None:  # type: ignore[no-untyped-def]
    """Every size class fits the screen, Live (ready and on air), Prepare and Review (each of its tabs,
    filled), and nothing shown is cut (Prepare's stop form scrolls and its buttons wrap, so it holds at
    1024x600 too)."""
    elided = {text for pair in translations("fr").items() for text in pair if "…" in text}
    elided |= {text for text in translations(lang).values() if "…" in text}
    speak(lang)
    console = build(qtbot, tour_db, size)
    view = console.live_view
    try:
        problems = []
        moments = ["Live, ready", "Live, on air", "Prepare"]
        for moment in moments:
            if moment == "Prepare":
                console.controller.end_show()
                console.window.show_mode("Prepare")
                qtbot.waitUntil(lambda: console.prepare_view.isVisible())
            qtbot.wait(300)  # the clock's tick repaints and the layout settles
            hint = console.window.minimumSizeHint()
            assert hint.width() <= size[0] and hint.height() <= size[1], f"{moment} does not fit {size}"
            if moment.startswith("Live"):
                assert view.points.width() / view.width() >= 0.55
            problems += [f"{moment}: {problem}" for problem in cut_texts(console.window, elided)]
            qtbot.keyClick(view, Qt.Key.Key_F5)
        problems += review_cuts(qtbot, console, tour_db, size, elided)
        assert problems == [], f"cut at {size} in {lang}: " + "; ".join(problems)
    finally:
        console.shutdown()


def review_cuts(
    qtbot: QtBot, console: Console, db_path: Path, size: tuple[int, int], elided: set[str]
) -> list[str]:
    """Review's report, search and comparison, each filled (a rehearsal and a show of one tour, notes in
    French and Chinese): what does not fit the window or is cut."""
    from console.ui.review import ReviewView

    rehearsal = stored_report_show(
        db_path, kind="rehearsal", notes=("la Méduse, à contre-jour", "", "蒙娜丽莎的微笑"), viewers=False
    )
    show = stored_report_show(db_path, tour_id=TourRepository(console.db).latest_id())
    view = console.window.show_mode("Review")
    assert isinstance(view, ReviewView)
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 3, timeout=10_000)  # and the one shown on air
    view.sessions.selectRow([row.id for row in view._rows].index(show))
    qtbot.waitUntil(lambda: view.report is not None and view.report.session.id == show, timeout=10_000)
    search, compare = console.notes_search, console.session_compare
    assert search is not None and compare is not None
    problems = []
    for tab in (view.report_page, search, compare):
        view.tabs.setCurrentWidget(tab)
        if tab is search:
            search.field.setText("Méduse")
            search.search_now()
            qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=10_000)
        if tab is compare:
            compare.choose(rehearsal, show)
            qtbot.waitUntil(lambda: compare.comparison is not None, timeout=10_000)
        qtbot.wait(100)  # the layout settles
        moment = f"Review, {view.tabs.tabText(view.tabs.currentIndex())}"
        hint = console.window.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], f"{moment} does not fit {size}"
        problems += [f"{moment}: {problem}" for problem in cut_texts(console.window, elided)]
    return problems


@pytest.fixture
def late_show_db(db_path: Path) -> Path:
    """The demo tour (three content languages, optional stops) on air for 70 minutes and at its sixth stop,
    every stop so far long: a show running late, so the time rescue's line shows."""
    db = open_database(db_path)
    tour = TourRepository(db).get(TourRepository(db).add(load_tour(asset_path(DEMO_TOUR))))
    sessions = SessionRepository(db)
    went_live = time.time() - 70 * 60
    session = sessions.create(tour, at=went_live)
    sessions.go_live(session, went_live)
    for index, minutes in enumerate((0, 11, 21.5, 34.5, 49, 61)):
        sessions.arrive(session, index, went_live + 60 * minutes)
    db.close()
    return db_path


@pytest.mark.parametrize("lang", LAYOUT_LANGS)
@pytest.mark.parametrize(
    "size", [(1920, 1080), (1280, 720), (1024, 600)], ids=lambda size: "x".join(map(str, size))
)
def test_the_live_screen_holds_with_everything_on(  # type: ignore[no-untyped-def]
    qtbot, late_show_db, speak, obs, monkeypatch, lang, size
) -> None:
    """Questions (one pinned), the encoder's line, the time rescue's advice and the talking points switched
    to another content language, all at once: the screen still fits, nothing is cut, no pane is squeezed
    under its own minimum (they overlapped) and the advice line has room to say something."""
    monkeypatch.setenv("CICERONE_OBS_PASSWORD", obs.password or "")
    elided = {text for pair in translations("fr").items() for text in pair if "…" in text}
    elided |= {text for text in translations(lang).values() if "…" in text}
    speak(lang)
    console = build(qtbot, late_show_db, size, "--chat", "demo-chat", "--encoder", obs.address)
    view = console.live_view
    try:
        console.controller.go_live()  # the show resumed, as F5 would
        assert console.controller.cycle_language()
        desk = console.questions
        assert desk is not None
        message = chat_message("demo", "demo-chat", "Li Wei", "这幅画是谁画的？", time.time(), "asked")
        assert message is not None
        desk.take(message)
        desk.pin(next(question.id for question in desk.board))
        qtbot.waitUntil(lambda: console.encoder is not None and console.encoder.view().on_air, timeout=10_000)
        qtbot.wait(400)  # the clock's tick, the encoder's figures and the questions' rebuild
        assert view.clock_bar.advice.full, "the show is late: the advice line should show"
        hint = console.window.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], f"does not fit {size}: {hint}"
        # The encoder's "unknown" banner came and went at go-live: the window did not grow past the screen.
        assert console.window.size().toTuple() == size
        assert view.points.width() / view.width() >= 0.55
        problems = cut_texts(console.window, elided)
        if not view.clock_bar.advice.isVisible() or view.clock_bar.advice.width() < 120:
            problems.append(f"the advice line has {view.clock_bar.advice.width()} px")
        for pane in (console.camera_pane, console.viewers_pane, view.questions_pane, view.notes):
            assert pane is not None
            if pane.isVisibleTo(console.window) and pane.height() < pane.minimumSizeHint().height():
                problems.append(f"{type(pane).__name__} squeezed ({pane.height()} px)")
        assert problems == [], f"cut at {size} in {lang}: " + "; ".join(problems)
    finally:
        console.shutdown()


@pytest.mark.parametrize(
    ("lang", "go_live", "add_stop"),
    [("fr", "Passer à l’antenne", "Ajouter un arrêt"), ("zh_CN", "开始直播", "添加站点")],
)
def test_prepare_speaks_the_chosen_language_and_leaves_nothing_in_english(
    qtbot: QtBot, tour_db: Path, speak: Callable[[str], None], lang: str, go_live: str, add_stop: str
) -> None:
    table = {source: text for source, text in translations(lang).items() if text != source}
    speak(lang)
    console = build(qtbot, tour_db, (1600, 900))
    try:
        console.window.show_mode("Prepare")
        qtbot.waitUntil(lambda: console.window.is_built("Prepare"))
        prepare = console.prepare_view
        qtbot.waitUntil(lambda: prepare.isVisible())
        QApplication.processEvents()
        found = prepare.findChild(QToolBar, "prepareToolbar")
        assert found is not None
        toolbar = [action.text() for action in found.actions()]
        assert go_live in toolbar
        assert prepare.stop_buttons["add"].text() == add_stop
        for button in console.window.modes.buttons():  # the checked one is bold: its label must still fit
            bold = QFont(button.font())
            bold.setBold(True)
            text = button.text()
            bolder = QFontMetrics(bold).horizontalAdvance(text) - button.fontMetrics().horizontalAdvance(text)
            assert button.width() - button.sizeHint().width() >= bolder, text
        walked = shown_texts(console.window)
        left = [(type(w).__name__, text) for w, text in walked if text in table]
        assert left == []
        assert len(walked) > 30
    finally:
        console.shutdown()
