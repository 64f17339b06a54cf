"""CSV import asks what the producer means: a new tour (title and slot set first) or more stops for the
open tour, with the first rows in view; headers in English, French or Spanish."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from console.errors import InputError
from console.formats.csv_format import COLUMNS, TRANSLATED_COLUMNS, parse_csv
from console.prepare.workspace import Workspace
from console.show.tour import Stop, Tour
from console.store import Database, TourRepository
from console.ui.prepare import PrepareView
from console.ui.prepare.csv_import import CsvImportDialog
from tests.conftest import REPO
from tests.helpers import PNG, stored, titles

SPANISH = (
    "Título;Duración;Ubicación;Artista;Fecha;Técnica;Puntos clave\r\n"
    "Las Meninas;6m;Sala 012;Velázquez;1656;Óleo sobre lienzo;Mire el espejo\r\n"
    "El jardín de las delicias;7m 30s;Sala 056A;El Bosco;1490–1500;Óleo sobre tabla;\r\n"
)
FRENCH = (
    "Titre;Durée;Lieu;Artiste;Date;Technique;Notes\r\n"
    "La Joconde;6m;Salle 711;Léonard de Vinci;1503–1519;Huile sur bois;Le sourire\r\n"
)
ENGLISH = (
    "Title,Duration,Location,Artist,Date,Medium,Talking points\r\n"
    "Night Watch,5m,Gallery,Rembrandt,1642,Oil,Look\r\n"
)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, f"no cell at row {row}, column {column}"
    return item.text()


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            SPANISH,
            Stop(
                "Las Meninas", 360, "Sala 012", "Velázquez", "1656", "Óleo sobre lienzo", "", "Mire el espejo"
            ),
        ),
        (
            FRENCH,
            Stop(
                "La Joconde",
                360,
                "Salle 711",
                "Léonard de Vinci",
                "1503–1519",
                "Huile sur bois",
                "",
                "Le sourire",
            ),
        ),
        (ENGLISH, Stop("Night Watch", 300, "Gallery", "Rembrandt", "1642", "Oil", "", "Look")),
    ],
    ids=["spanish", "french", "english"],
)
def test_headers_in_three_languages(text: str, first: Stop) -> None:
    assert parse_csv(text).stops[0] == first


def test_headers_match_without_accents_or_case_and_unknown_ones_are_named() -> None:
    assert parse_csv("TITULO;DURACION\r\nA;1m\r\n").stops == (Stop("A", 60),)
    with pytest.raises(InputError, match="unknown columns: Couleur") as caught:
        parse_csv("Titre;Durée;Couleur\r\nA;1m;rouge\r\n", name="sheet.csv")
    assert "French or Spanish" in caught.value.text()


def test_the_readme_documents_every_header_name() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    formats = readme[readme.index("## Formats") :]
    formats = formats[: formats.index("\n## ", 4)]
    for column in COLUMNS:
        for name in (column, *TRANSLATED_COLUMNS.get(column, ())):
            assert re.search(rf"`{re.escape(name)}`", formats, re.IGNORECASE), name


@pytest.fixture
def view(qtbot: QtBot, fresh_db: Database) -> PrepareView:
    castle = Tour(
        title="Castle", slot_s=900, stops=(Stop("Hall", 300, image="p.png"),), images={"p.png": PNG}
    )
    tour_id = TourRepository(fresh_db).add(castle)
    widget = PrepareView(Workspace(fresh_db))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    widget.open_tour(tour_id)
    return widget


def ask(qtbot: QtBot, view: PrepareView, path: Path) -> CsvImportDialog:
    view.offer_import(path)
    qtbot.waitUntil(lambda: view.csv_dialog is not None, timeout=10_000)
    dialog = view.csv_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_new_tour_titled_and_slotted_before_import_after_a_preview(
    qtbot: QtBot, view: PrepareView, tmp_path: Path, db_path: Path
) -> None:
    source = tmp_path / "prado-highlights.csv"
    source.write_text(SPANISH, encoding="utf-8")
    dialog = ask(qtbot, view, source)
    # The first rows, as they will be imported.
    preview = dialog.preview
    assert preview.rowCount() == 2
    assert [cell_text(preview, 0, column) for column in range(4)] == [
        "Las Meninas",
        "6m",
        "Sala 012",
        "Velázquez",
    ]
    assert dialog.as_new.isChecked() and dialog.title.text() == "prado-highlights"  # from the file
    dialog.title.setText("Prado Highlights")
    dialog.slot.setText("soon")
    assert not dialog.import_button.isEnabled() and "not a duration" in dialog.slot_hint.text()
    dialog.slot.setText("45m")
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    new_id = view.space.tour_id
    assert new_id is not None and new_id != 1
    saved = stored(db_path, new_id)
    assert (saved.title, saved.slot_s) == ("Prado Highlights", 2700)
    assert titles(saved) == ["Las Meninas", "El jardín de las delicias"]
    assert view.message.text() == "Imported 2 stops into Prado Highlights"


def test_append_to_the_open_tour_as_one_undo_step(
    qtbot: QtBot, view: PrepareView, tmp_path: Path, db_path: Path
) -> None:
    (tmp_path / "p.png").write_bytes(PNG)
    source = tmp_path / "louvre.csv"
    source.write_text(
        FRENCH.replace("Notes\r\n", "Notes;Image\r\n").replace("Le sourire\r\n", "Le sourire;p.png\r\n")
    )
    dialog = ask(qtbot, view, source)
    assert dialog.append.isEnabled() and "'Castle'" in dialog.append.text()
    dialog.append.setChecked(True)
    dialog.import_button.click()
    assert view.tours.list.count() == 1  # no new tour
    saved = stored(db_path, 1)
    assert titles(saved) == ["Hall", "La Joconde"] and (saved.title, saved.slot_s) == ("Castle", 900)
    # The sheet's picture is stored beside the tour's own one of the same name, not over it.
    assert saved.stops[0].image == "p.png" and saved.stops[1].image == "p-2.png"
    assert set(saved.images) == {"p.png", "p-2.png"}
    assert view.message.text() == "Added 1 stop from louvre.csv to Castle"
    assert view.undo_stack.undoText() == "add the stops of louvre.csv"
    view.undo_stack.undo()
    saved = stored(db_path, 1)
    assert titles(saved) == ["Hall"] and set(saved.images) == {"p.png"}
    view.undo_stack.redo()
    assert titles(stored(db_path, 1)) == ["Hall", "La Joconde"]


def test_without_an_open_tour_only_a_new_tour_is_offered(
    qtbot: QtBot, fresh_db: Database, tmp_path: Path
) -> None:
    view = PrepareView(Workspace(fresh_db))
    qtbot.addWidget(view)
    view.show()
    source = tmp_path / "rijks.csv"
    source.write_text(ENGLISH, encoding="utf-8")
    dialog = ask(qtbot, view, source)
    assert not dialog.append.isEnabled()
    dialog.reject()
    assert view.space.tour is None and view.tours.list.count() == 0


def test_a_bad_sheet_is_refused_before_any_question(qtbot: QtBot, view: PrepareView, tmp_path: Path) -> None:
    source = tmp_path / "broken.csv"
    source.write_text("Titre;Durée\r\nA;bientôt\r\n", encoding="utf-8")
    view.offer_import(source)
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    assert view.csv_dialog is None
    assert f"{source}, line 2:" in view.message.text()
