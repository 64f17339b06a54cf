"""The printed run-sheet: A4, one block per stop, talking points rendered from Markdown, page numbers.

Qt lays it out (``QTextDocument``) and writes the PDF (``QPdfWriter``), so there is no second
PDF stack; the editor prints the same document to a ``QPrinter``. Only QtGui is used (no widgets):
the command line renders it on Qt's offscreen platform, and the editor on a worker thread.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from console.files import write_atomically
from console.show.checks import slot_balance
from console.show.durations import format_clock, format_duration
from console.show.tour import Tour

Progress = Callable[[int, int], None]
IMAGE_WIDTH_PT = 110


def ensure_gui_application() -> None:
    """Fonts and text layout need a QGuiApplication; the command line has none, so make an offscreen one."""
    if QCoreApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QGuiApplication(["cicerone"])


def runsheet_document(tour: Tour, *, progress: Progress | None = None) -> QTextDocument:
    """The run-sheet as a document; images come from ``tour.images`` (load the tour with its images)."""
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    cursor = QTextCursor(document)
    slot = format_duration(tour.slot_s) if tour.slot_s is not None else "no slot"
    summary = f"{len(tour.stops)} stops · planned {format_duration(tour.planned_total_s)} · slot {slot}"
    if tour.spare_s is not None and tour.spare_s < 0:
        summary += f" · {slot_balance(tour)}"
    if tour.language:
        summary += f" · {tour.language}"
    cursor.insertHtml(f"<h1>{html.escape(tour.title)}</h1><p><b>{html.escape(summary)}</b></p>")
    if tour.introduction:
        _new_block(cursor)
        cursor.insertMarkdown(tour.introduction)
    offsets = tour.planned_offsets()
    for number, (stop, offset) in enumerate(zip(tour.stops, offsets, strict=True), start=1):
        _new_block(cursor, top_margin=14)
        cursor.insertHtml(
            f"<h2>{number}. {html.escape(stop.title)}</h2>"
            f"<p><b>starts at {format_clock(offset)}</b> · {format_duration(stop.duration_s)}"
            + (f" · {html.escape(stop.location)}" if stop.location else "")
            + "</p>"
        )
        facts = [(label, value) for label, value in stop.facts() if label != "Location"]
        if facts:
            _new_block(cursor)
            cursor.insertHtml(" · ".join(f"<i>{label}:</i> {html.escape(value)}" for label, value in facts))
        if stop.image and stop.image in tour.images:
            _insert_image(document, cursor, stop.image, tour.images[stop.image])
        if stop.talking_points:
            _new_block(cursor)
            cursor.insertMarkdown(stop.talking_points)
        if progress is not None:
            progress(number, len(tour.stops))
    return document


def _new_block(cursor: QTextCursor, *, top_margin: float = 4) -> None:
    """A fresh plain paragraph, so a stop never inherits the heading or list format of the one before."""
    block = QTextBlockFormat()
    block.setTopMargin(top_margin)
    cursor.insertBlock(block, QTextCharFormat())


def _insert_image(document: QTextDocument, cursor: QTextCursor, name: str, data: bytes) -> None:
    image = QImage.fromData(data)
    if image.isNull():
        return
    url = QUrl(f"cicerone-image:{name}")
    document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
    _new_block(cursor)
    cursor.insertHtml(f'<img src="{html.escape(url.toString())}" width="{IMAGE_WIDTH_PT}">')


def paint_runsheet(
    document: QTextDocument, device: QPagedPaintDevice, *, footer: str = "", progress: Progress | None = None
) -> int:
    """Paint ``document`` page by page on a PDF writer or printer, with "page N of M" at the foot."""
    resolution = device.logicalDpiY()
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    footer_height = resolution * 0.35
    page_height = paint_rect.height() - footer_height
    width = float(paint_rect.width())
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(width, page_height))
    pages = document.pageCount()
    painter = QPainter(device)
    small = QFont(document.defaultFont())
    small.setPointSizeF(8)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
            painter.setFont(small)
            text = f"{footer} · page {page + 1} of {pages}" if footer else f"page {page + 1} of {pages}"
            painter.drawText(
                QRectF(0, page_height, width, footer_height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                text,
            )
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


def write_runsheet_pdf(tour: Tour, path: str | Path, *, progress: Progress | None = None) -> int:
    """Render the run-sheet to an A4 PDF at ``path``, all or nothing (:mod:`console.files`); the pages."""
    data, pages = _render_pdf(tour, progress)
    write_atomically(path, data)
    return pages


def runsheet_pdf_bytes(tour: Tour, *, progress: Progress | None = None) -> bytes:
    """The run-sheet PDF as bytes (for ``-o -``)."""
    return _render_pdf(tour, progress)[0]


def _render_pdf(tour: Tour, progress: Progress | None) -> tuple[bytes, int]:
    """The PDF rendered in memory, so only a finished file ever reaches the disk; and its pages."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    document = runsheet_document(tour)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"Run-sheet: {tour.title}")
    writer.setCreator("Cicerone")
    pages = paint_runsheet(document, writer, footer=tour.title, progress=progress)
    del writer  # QPdfWriter finishes the file when it is destroyed
    data = bytes(buffer.data().data())
    buffer.close()
    return data, pages
