"""Every PDF and print is paper: dark text on white whatever the window's theme, and a stop's heading is
never left alone at the foot of a page."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextBlock, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.formats import runsheet
from console.formats.runsheet import KEEP_WITH_NEXT, keep_headings_with_text, runsheet_document
from console.prepare.workspace import Workspace
from console.show.tour import Stop, Tour
from console.store import Database, TourRepository
from console.ui import theme
from console.ui.prepare import PrepareView

STOPS = tuple(
    Stop(f"Stop {n}", 60 * n, artist=f"Artist {n}", talking_points=f"Say **{n}**\n\n- first\n- second")
    for n in range(1, 13)
)


def first_page_pixels(pdf: Path, tmp_path: Path) -> list[int]:
    """The grey level (0 black, 255 white) of every pixel of the PDF's first page, as poppler renders it."""
    subprocess.run(
        ["pdftoppm", "-f", "1", "-l", "1", "-r", "60", "-gray", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    return [image.pixelColor(x, y).value() for y in range(image.height()) for x in range(image.width())]


def test_the_windows_pdf_prints_dark_text_under_the_dark_theme(
    qtbot: QtBot, fresh_db: Database, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app)  # the window's light-grey text colour is the application's palette now
    tour_id = TourRepository(fresh_db).add(Tour(title="Castle", slot_s=900, stops=STOPS))
    view = PrepareView(Workspace(fresh_db))
    qtbot.addWidget(view)
    view.show()
    view.open_tour(tour_id)
    target = tmp_path / "castle.pdf"
    view.export_file(target, "pdf")  # what Export PDF… does once the file is chosen
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF"), view.message.text()
    pixels = first_page_pixels(target, tmp_path)
    inked = [value for value in pixels if value < 250]
    assert len(inked) > 2_000  # the page holds text
    # Text is ink: most of it near black, not the theme's light grey (#e8eaed is about 234).
    dark = [value for value in inked if value < 100]
    assert len(dark) > len(inked) / 3, (len(dark), len(inked))
    assert sum(1 for value in pixels if value >= 250) > len(pixels) * 0.8  # on white paper


def heading_pages(document: QTextDocument, page_height: float) -> list[tuple[str, int, int]]:
    """Each stop heading: its text, the page of its line, the page where the first line after it ends."""

    def first_line(block: QTextBlock) -> tuple[float, float]:
        lines = block.layout()
        top = lines.position().y() + lines.lineAt(0).y()
        return top, top + lines.lineAt(0).height()

    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().boolProperty(KEEP_WITH_NEXT):
            top, _ = first_line(block)
            _, bottom = first_line(block.next())
            found.append((block.text(), int(top // page_height), int((bottom - 0.5) // page_height)))
        block = block.next()
    return found


def test_a_stops_heading_moves_to_the_next_page_with_its_first_lines(qtbot: QtBot) -> None:
    document = runsheet_document(Tour(title="Castle", stops=STOPS))
    document.setPageSize(QSizeF(400, 100_000))  # one long page: where each heading would fall
    document.pageCount()
    fifth = next(text for text, _, _ in heading_pages(document, 100_000) if text.startswith("5."))
    block = document.begin()
    while block.text() != fifth:
        block = block.next()
    top = block.layout().position().y() + block.layout().lineAt(0).y()
    # A page that ends just under the fifth heading's line: its "starts at" line would go to the next page.
    page_height = top + block.layout().lineAt(0).height() + 2
    document.setPageSize(QSizeF(400, page_height))
    document.pageCount()
    orphaned = [text for text, page, next_page in heading_pages(document, page_height) if page != next_page]
    assert orphaned == [fifth]  # as Qt lays it out alone, the heading is stranded at the foot
    keep_headings_with_text(document, page_height)
    kept = heading_pages(document, page_height)
    assert all(page == next_page for _, page, next_page in kept), kept
    assert next(page for text, page, _ in kept if text == fifth) == 1


def test_the_painted_run_sheet_keeps_every_heading_with_its_first_lines(qtbot: QtBot) -> None:
    """Through ``paint_runsheet``, the one path of Export PDF…, Print… and ``tour export --format pdf``."""
    stops = tuple(
        Stop(f"Stop {n}", 61 + n, artist=f"Artist {n}", talking_points=f"Say **{n}**\n\n- first\n- second")
        for n in range(1, 61)
    )
    document = runsheet_document(Tour(title="Long route", stops=stops))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout.Unit.Millimeter)  # as the export sets them
    pages = runsheet.paint_runsheet(document, writer)
    del writer
    kept = heading_pages(document, document.pageSize().height())
    assert len(kept) == 60 and pages == max(page for _, page, _ in kept) + 1
    assert all(page == next_page for _, page, next_page in kept), kept
