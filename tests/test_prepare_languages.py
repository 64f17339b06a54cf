"""Prepare edits every content language (issue 15, item 6): the switcher on the stop form, the main language's
text beside the translation, the completeness count, and the tour's languages, on real widgets offscreen and a
real SQLite file read back through a second connection (what a crash would leave)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from console.show.tour import Stop, StopText, TourText
from console.store import Database, TourRepository, open_database
from console.ui.languages import install_translators
from console.ui.prepare import PrepareView
from console.ui.prepare.stop_model import UNTRANSLATED_COLUMN, UNTRANSLATED_MARK
from tests.helpers import MULTILINGUAL_TOUR, shown_texts, stored

# The multilingual route and a fourth stop written in English only.
TOUR = replace(
    MULTILINGUAL_TOUR,
    stops=(*MULTILINGUAL_TOUR.stops, Stop("Raft of the Medusa", 300, talking_points="- a shipwreck")),
)


@pytest.fixture
def view(qtbot: QtBot, fresh_db: Database) -> PrepareView:
    from console.prepare.workspace import Workspace

    app = QApplication.instance()
    assert app is not None
    install_translators(app, "en")
    tour_id = TourRepository(fresh_db).add(TOUR)
    widget = PrepareView(Workspace(fresh_db))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.open_tour(tour_id)
    return widget


def choose(view: PrepareView, code: str) -> None:
    """Pick ``code`` in the stop form's switcher, as a click on its item does."""
    box = view.form.language_box
    index = box.findData(code)
    assert index >= 0, f"{code} is not offered"
    box.setCurrentIndex(index)
    box.activated.emit(index)


def marks(view: PrepareView) -> list[str]:
    return [view.model.index(row, UNTRANSLATED_COLUMN).data() for row in range(view.model.rowCount())]


def tour_id(view: PrepareView) -> int:
    assert view.space.tour_id is not None
    return view.space.tour_id


def test_a_tour_in_one_language_shows_no_switcher(qtbot: QtBot, fresh_db: Database) -> None:
    from console.prepare.workspace import Workspace

    widget = PrepareView(Workspace(fresh_db))
    qtbot.addWidget(widget)
    widget.open_tour(TourRepository(fresh_db).add(replace(TOUR, languages=(), translations=())))
    widget.show()
    assert not widget.form.languages_row.isVisible()
    assert not widget.form.main_texts["title"].isVisible() and widget.form.duration.isVisible()


def test_translate_a_stop_into_french_saved_undone_and_redone(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    form = view.form
    assert form.languages_row.isVisible()
    assert [form.language_box.itemText(i) for i in range(3)] == ["en (main)", "fr", "zh"]
    assert form.completeness.text() == "fr 3/4 · zh 1/4"
    view.select_row(3)
    choose(view, "fr")
    assert marks(view) == ["", "", "", UNTRANSLATED_MARK]
    tooltip = view.model.index(3, UNTRANSLATED_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Not yet in fr: title, talking points"
    steps = view.undo_stack.count()
    qtbot.keyClicks(form.fields["title"], "Le Radeau de la Meduse")
    assert form.completeness.text() == "fr 3/4 · zh 1/4"  # the talking points are still to translate
    qtbot.keyClicks(form.points, "- un naufrage")
    assert form.completeness.text() == "fr 4/4 · zh 1/4"
    assert marks(view) == ["", "", "", ""]
    saved = stored(db_path, tour_id(view)).stops[3]
    assert saved.translation("fr") == StopText("Le Radeau de la Meduse", "- un naufrage")
    assert (saved.title, saved.talking_points) == ("Raft of the Medusa", "- a shipwreck")  # the main text
    assert view.undo_stack.count() == steps + 2  # one step per field typed in
    assert view.undo_action.toolTip() == "Undo edit the fr talking points of stop 4"

    view.undo_stack.undo()
    assert stored(db_path, tour_id(view)).stops[3].translation("fr") == StopText("Le Radeau de la Meduse")
    assert form.points.toPlainText() == "" and form.completeness.text() == "fr 3/4 · zh 1/4"
    view.undo_stack.undo()
    assert stored(db_path, tour_id(view)).stops[3] == TOUR.stops[3]
    assert form.fields["title"].text() == "" and marks(view)[3] == UNTRANSLATED_MARK
    view.undo_stack.redo()
    view.undo_stack.redo()
    assert stored(db_path, tour_id(view)).stops[3] == saved
    assert form.fields["title"].text() == "Le Radeau de la Meduse"


def test_the_main_language_shows_beside_each_translated_field(qtbot: QtBot, view: PrepareView) -> None:
    form = view.form
    view.select_row(3)
    choose(view, "fr")
    QApplication.processEvents()
    title = form.fields["title"]
    assert form.main_texts["title"].isVisible()
    assert form.main_texts["title"].text() == "en: Raft of the Medusa"
    assert title.text() == "" and title.placeholderText() == "Raft of the Medusa"
    assert form.main_points.isVisible() and form.main_points.toPlainText() == "- a shipwreck"
    assert form.points.placeholderText() == "- a shipwreck"
    assert form.preview.toPlainText() == "a shipwreck"  # what the guide reads until it is translated
    # Above its field, at a glance: the main text sits right over the translation, both on screen.
    reference = form.main_texts["title"].mapTo(form, form.main_texts["title"].rect().bottomLeft())
    assert 0 <= title.mapTo(form, title.rect().topLeft()).y() - reference.y() <= 4
    # Shared by every language: edited in the main language only.
    assert not form.duration.isVisible() and not form.image.isVisible()
    view.select_row(0)
    assert form.fields["title"].text() == "Victoire de Samothrace"
    assert form.main_texts["title"].toolTip() == "Winged Victory"
    choose(view, "en")
    assert form.fields["title"].text() == "Winged Victory"
    assert not form.main_texts["title"].isVisible() and form.duration.isVisible()


def test_the_tour_s_title_and_introduction_in_each_language(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    tour_form = view.tour_form
    choose(view, "zh")
    assert tour_form.title.text() == "测试导览" and tour_form.title_label.text() == "Tour (zh)"
    choose(view, "fr")
    assert tour_form.introduction.toPlainText() == "Bienvenue à tous."
    tour_form.title.selectAll()
    qtbot.keyClicks(tour_form.title, "Visite d'essai")
    saved = stored(db_path, tour_id(view))
    assert saved.title == "Test Tour"
    assert saved.translation("fr") == TourText("Visite d'essai", "Bienvenue à tous.")
    view.undo_stack.undo()
    assert stored(db_path, tour_id(view)).translations == TOUR.translations
    assert tour_form.title.text() == "Visite test"


def test_a_bad_language_code_is_refused_under_the_field(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    field, hint = view.tour_form.translated, view.tour_form.languages_hint
    height = hint.height()
    for typed, said in (
        ("fr, zh, x1", "'x1' is not a language code"),
        ("fr, fr", "fr is listed twice"),
        ("fr, en", "en is the main language"),
    ):
        field.selectAll()
        qtbot.keyClicks(field, typed)
        assert said in hint.text()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert stored(db_path, tour_id(view)).languages == ("en", "fr", "zh")
    assert hint.height() == height  # the reason shows in a reserved line: nothing moves
    main = view.tour_form.language
    main.selectAll()
    qtbot.keyClicks(main, "english")  # "eng" on the way is a code: nothing is applied before Enter
    assert "'english' is not a language code" in hint.text()
    qtbot.keyClick(main, Qt.Key.Key_Return)
    assert stored(db_path, tour_id(view)).language == "en"
    # A main language named before codes existed ("English") takes no translations until it is a code.
    view.space.set_tour_fields(tour_id(view), {"language": "English", "languages": ()})
    field.selectAll()
    qtbot.keyClicks(field, "fr")
    assert "first give the main language's code" in hint.text()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored(db_path, tour_id(view)).languages == ()


def test_add_a_language_then_change_the_main_one_s_code(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    field = view.tour_form.translated
    qtbot.keyClicks(field, ", es")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored(db_path, tour_id(view)).languages == ("en", "fr", "zh", "es")
    assert view.form.language_box.findData("es") == 3
    assert view.form.completeness.text() == "fr 3/4 · zh 1/4 · es 0/4"
    main = view.tour_form.language
    main.selectAll()
    qtbot.keyClicks(main, "en-GB")
    qtbot.keyClick(main, Qt.Key.Key_Return)
    saved = stored(db_path, tour_id(view))
    assert (saved.language, saved.languages) == ("en-GB", ("en-GB", "fr", "zh", "es"))
    assert view.form.language_box.itemText(0) == "en-GB (main)"
    view.undo_stack.undo()
    assert stored(db_path, tour_id(view)).languages == ("en", "fr", "zh", "es")


def test_taking_a_language_off_takes_its_translations_and_undo_brings_them_back(
    qtbot: QtBot, view: PrepareView, db_path: Path
) -> None:
    choose(view, "zh")
    field = view.tour_form.translated
    field.selectAll()
    qtbot.keyClicks(field, "fr")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    saved = stored(db_path, tour_id(view))
    assert saved.languages == ("en", "fr") and saved.translation("zh") is None
    assert [stop.translation("zh") for stop in saved.stops] == [None] * 4
    assert saved.stops[0].translation("fr") == TOUR.stops[0].translation("fr")
    assert "Took zh off the tour with the translations of 2 stops" in view.message.text()
    # The language being edited went: the form is back on the main language.
    assert view.form.language_box.count() == 2 and view.form.fields["title"].text() == "Winged Victory"
    assert view.form.completeness.text() == "fr 3/4"
    view.undo_stack.undo()
    assert stored(db_path, tour_id(view)) == stored(db_path, tour_id(view)).with_id(tour_id(view))
    restored = stored(db_path, tour_id(view))
    assert restored.languages == TOUR.languages and restored.translations == TOUR.translations
    assert [stop.translations for stop in restored.stops] == [stop.translations for stop in TOUR.stops]
    assert field.text() == "fr, zh"


# -- layouts: the real console, Prepare translating, in each window language at the small screens


@pytest.fixture
def tour_db(db_path: Path) -> Path:
    """This file's own tour (not tests.helpers.TOUR) as tour 1."""
    db = open_database(db_path)
    TourRepository(db).add(TOUR)
    db.close()
    return db_path


@pytest.mark.parametrize("lang", ("en", "fr", "zh_CN"))
@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)], ids=lambda size: "x".join(map(str, size)))
def test_translating_fits_the_small_screens_in_every_window_language(
    qtbot: QtBot, qapp: QApplication, tour_db: Path, lang: str, size: tuple[int, int]
) -> None:
    install_translators(qapp, lang)
    console = Console(build_parser().parse_args(["--db", str(tour_db)]), load_settings())
    qtbot.addWidget(console.window)
    try:
        console.start()
        console.window.show_mode("Prepare")
        qtbot.waitUntil(lambda: console.window.is_built("Prepare"))
        prepare = console.prepare_view
        prepare.open_tour(1)
        console.window.resize(*size)
        qtbot.waitUntil(lambda: console.window.size().toTuple() == size)
        prepare.select_row(3)
        for code in ("en", "fr"):
            choose(prepare, code)
            qtbot.wait(100)
            hint = console.window.minimumSizeHint()
            assert hint.width() <= size[0] and hint.height() <= size[1], f"the window does not fit {size}"
            form = prepare.form
            assert form.points.height() >= 3 * form.points.fontMetrics().lineSpacing(), "no room to write"
            if code == "fr":
                assert form.main_points.height() >= 2 * form.main_points.fontMetrics().lineSpacing()
            for widget, text in shown_texts(prepare):
                if (
                    text == widget.toolTip()
                    or "\n" in text
                    or (isinstance(widget, QLabel) and widget.wordWrap())
                    or widget.objectName().startswith("main_")  # elided on purpose, whole in its tooltip
                ):
                    continue
                needed = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
                assert needed <= widget.contentsRect().width(), f"'{text}' is cut at {size} in {lang}"
            for edit in (*form.fields.values(), prepare.tour_form.translated):
                assert edit.width() >= 8 * edit.fontMetrics().averageCharWidth(), edit.objectName()
    finally:
        console.shutdown()
        install_translators(qapp, "en")


def test_the_count_follows_every_kind_of_change_as_the_tour_counts() -> None:
    """The count kept stop by stop (redone at each keystroke) says what :meth:`Tour.completeness` says."""
    from console.prepare.languages import CompletenessCount

    counter = CompletenessCount()
    tour = replace(TOUR, stops=TOUR.stops * 50)
    assert counter.count(tour) == tour.completeness() == {"fr": (150, 200), "zh": (50, 200)}
    stops = list(tour.stops)
    stops[3] = stops[3].with_translation("fr", StopText("Le Radeau", "- un naufrage"))
    stops.insert(0, Stop("Added", 60, talking_points="- new"))
    del stops[-1]
    edited = replace(tour, stops=tuple(stops))
    assert counter.count(edited) == edited.completeness() == {"fr": (151, 200), "zh": (50, 200)}
    fewer = replace(edited, languages=("en", "zh"))
    assert counter.count(fewer) == fewer.completeness() == {"zh": (50, 200)}
