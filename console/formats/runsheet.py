"""The printed run-sheet: A4, one block per stop, talking points rendered from Markdown, page numbers.

Printed per content language (``language=``), it reads the tour in that language (:meth:`Tour.in_language`);
what is not translated prints in the main language with the main language's code after it, ``(en)``, so the
guide sees on paper what she will read in English. Its labels (*starts at*, *Artist*, *page 2 of 9*) are in
that language when the window speaks it (English, French, Simplified Chinese: :class:`RunSheetLabels`), else
English.

Qt lays it out (``QTextDocument``) and writes the PDF (``QPdfWriter``), so there is no second
PDF stack; the editor prints the same document to a ``QPrinter``. Only QtGui is used (no widgets):
the command line renders it on Qt's offscreen platform, and the editor on a worker thread.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from console.assets import asset_path
from console.files import write_atomically
from console.formats import count_of
from console.show.durations import format_clock, format_duration
from console.show.tour import Stop, Tour

Progress = Callable[[int, int], None]
IMAGE_WIDTH_PT = 110
# A stop's heading block carries this property: it is kept on the page of the stop's first lines.
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1
# Ink on paper, whatever the window's theme: the document draws with this palette, never the application's
# (a dark theme's light-grey text would print light grey on white).
PRINT_COLOURS = {
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.Link: "#0b4f9c",
    QPalette.ColorRole.LinkVisited: "#5b2a86",
    QPalette.ColorRole.Highlight: "#ffffff",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#444444",
}


def print_palette() -> QPalette:
    """The light palette every PDF and print is drawn with (the window's and the command line's)."""
    palette = QPalette()
    for role, colour in PRINT_COLOURS.items():
        palette.setColor(role, QColor(colour))
    return palette


def ensure_gui_application() -> None:
    """Fonts and text layout need a QGuiApplication; the command line has none, so make an offscreen one."""
    if QCoreApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QGuiApplication(["cicerone"])


class RunSheetLabels:
    """The run-sheet's labels in a content language the window also speaks (``fr``, ``zh``/``zh-Hans``/
    ``zh-CN``), read from the window's own ``.qm`` files; English for any other.

    Not the window's installed translators: a French window may print a Chinese run-sheet. The method is
    named ``tr`` so that ``scripts/translations`` (lupdate) collects these strings (context
    ``RunSheetLabels``) with the window's; it reads this object's translator and fills ``%n`` itself.
    """

    def __init__(self, language: str | None = None) -> None:
        self._translator: QTranslator | None = None
        ui_language = _ui_language(language or "")
        if ui_language is not None:
            translator = QTranslator()
            if translator.load(f"cicerone_{ui_language}", str(asset_path("translations"))):
                self._translator = translator

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        translated: str | None = None
        if self._translator is not None:
            translated = self._translator.translate(type(self).__name__, source, disambiguation or None, n)
        return (translated or source).replace("%n", f"{n:,}")

    def summary(self, tour: Tour) -> str:
        """``3 stops · planned 25m · slot 30m`` (and how far over, and the content language)."""
        stops = self.tr("%n stop(s)", "", len(tour.stops))
        if "(s)" in stops:  # no translator (English): the plural as a person writes it
            stops = count_of(len(tour.stops), "stop")
        slot = self.tr("slot {slot}").format(slot=format_duration(tour.slot_s)) if tour.slot_s else ""
        parts = [stops, self.tr("planned {planned}").format(planned=format_duration(tour.planned_total_s))]
        parts.append(slot or self.tr("no slot"))
        if tour.spare_s is not None and tour.spare_s < 0:
            parts.append(self.tr("OVER by {over}").format(over=format_duration(-tour.spare_s)))
        return " · ".join([*parts, tour.language] if tour.language else parts)

    def starts_at(self, clock: str) -> str:
        return self.tr("starts at {clock}").format(clock=clock)

    def fact(self, label: str) -> str:
        """A label of :meth:`Stop.facts` (``Artist``, ``Date``, ``Medium``) in this language."""
        labels = {"Artist": self.tr("Artist"), "Date": self.tr("Date"), "Medium": self.tr("Medium")}
        return labels.get(label, label)

    def not_translated(self) -> str:
        return self.tr("not translated")

    def page(self, page: int, pages: int) -> str:
        return self.tr("page {page} of {pages}").format(page=page, pages=pages)


def _ui_language(language: str) -> str | None:
    """The window's language (``fr``, ``zh_CN``) whose labels fit a run-sheet in content ``language``."""
    base, _, script = language.replace("_", "-").partition("-")
    if base == "fr":
        return "fr"
    if base == "zh" and not any(part in script for part in ("Hant", "TW", "HK", "MO")):
        return "zh_CN"
    return None


def runsheet_document(
    tour: Tour, *, language: str | None = None, progress: Progress | None = None
) -> QTextDocument:
    """The run-sheet as a document; images come from ``tour.images`` (load the tour with its images).

    ``language``: one of the tour's content languages to print the talking points in (default: the main)."""
    marker = f" ({tour.main_language})" if tour.main_language else " (*)"
    stops: list[tuple[Stop, frozenset[str]]] = [(stop, frozenset()) for stop in tour.stops]
    if language and language != tour.main_language and language in tour.content_languages:
        stops = [stop.in_language(language) for stop in tour.stops]
        text = tour.translation(language)
        title = (text.title if text else "") or tour.title + marker
        introduction = (text.introduction if text else "") or tour.introduction
        if introduction and not (text and text.introduction):
            introduction = f"*{marker.strip()}* {introduction}"
        tour = replace(tour, title=title, introduction=introduction, language=language)
    labels = RunSheetLabels(language)
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    cursor = QTextCursor(document)
    summary = labels.summary(tour)
    cursor.insertHtml(f"<h1>{html.escape(tour.title)}</h1><p><b>{html.escape(summary)}</b></p>")
    if tour.introduction:
        _new_block(cursor)
        cursor.insertMarkdown(tour.introduction)
    offsets = tour.planned_offsets()
    for number, ((stop, missing), offset) in enumerate(zip(stops, offsets, strict=True), start=1):

        def marked(field: str, value: str) -> str:
            """The value, with the main language's code when it stands in for a missing translation."""
            return html.escape(value) + (html.escape(marker) if field in missing else "")  # noqa: B023

        _new_block(cursor, top_margin=14)
        heading = cursor.block()
        cursor.insertHtml(
            f"<h2>{number}. {marked('title', stop.title)}</h2>"
            f"<p><b>{html.escape(labels.starts_at(format_clock(offset)))}</b>"
            f" · {format_duration(stop.duration_s)}"
            + (f" · {marked('location', stop.location)}" if stop.location else "")
            + "</p>"
        )
        _mark_keep_with_next(heading)
        facts = [
            (labels.fact(label), marked(label.lower(), value) if label == "Medium" else html.escape(value))
            for label, value in stop.facts()
            if label != "Location"
        ]
        if facts:
            _new_block(cursor)
            cursor.insertHtml(" · ".join(f"<i>{html.escape(label)}:</i> {value}" for label, value in facts))
        if stop.image and stop.image in tour.images:
            _insert_image(document, cursor, stop.image, tour.images[stop.image])
        if stop.talking_points:
            if "talking_points" in missing:
                _new_block(cursor)
                note = f"{marker.strip()} {labels.not_translated()}"
                cursor.insertHtml(f"<i>{html.escape(note)}</i>")
            _new_block(cursor)
            cursor.insertMarkdown(stop.talking_points)
        if progress is not None:
            progress(number, len(tour.stops))
    return document


def _mark_keep_with_next(block: QTextBlock) -> None:
    block_format = block.blockFormat()
    block_format.setProperty(KEEP_WITH_NEXT, True)
    QTextCursor(block).setBlockFormat(block_format)


def _first_line_span(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> tuple[float, float]:
    """Top and bottom of ``block``'s first line, in document coordinates."""
    rect = layout.blockBoundingRect(block)
    lines = block.layout()
    if lines is None or lines.lineCount() == 0:
        return rect.top(), rect.bottom()
    line = lines.lineAt(0)
    top = lines.position().y() + line.y()
    return top, top + line.height()


def keep_headings_with_text(document: QTextDocument, page_height: float) -> None:
    """A stop's heading never sits alone at the foot of a page: when its line and the first line of what
    follows it (the "starts at" line, then the facts or talking points) fall on different pages, the
    heading starts the next page. Laid out for ``page_height`` (set the document's page size first)."""
    layout = document.documentLayout()
    # Qt lays a long document out lazily, and a format changed part-way through that confuses it (blocks are
    # then painted on the wrong page): the layout is completed before the first look and after each change.
    document.pageCount()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().boolProperty(KEEP_WITH_NEXT):
            kept = [block.next()] if block.next().isValid() else []
            if (
                kept
                and kept[0].next().isValid()
                and not kept[0].next().blockFormat().boolProperty(KEEP_WITH_NEXT)
            ):
                kept.append(kept[0].next())
            top, _bottom = _first_line_span(layout, block)
            page = int(top // page_height)
            at_page_top = top - page * page_height < 1
            last_bottom = max((_first_line_span(layout, other)[1] for other in kept), default=top)
            if not at_page_top and int((last_bottom - 0.5) // page_height) != page:
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
                document.pageCount()
        block = block.next()


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
    document: QTextDocument,
    device: QPagedPaintDevice,
    *,
    footer: str = "",
    progress: Progress | None = None,
    labels: RunSheetLabels | None = None,
    on_page: Callable[[QPainter, int], None] | None = None,
) -> int:
    """Paint ``document`` page by page on a PDF writer or printer, with "page N of M" (in the ``labels``'
    language) at the foot. ``on_page(painter, page)`` draws more on each page, in the document's
    coordinates of that page (the session report draws its chart into a space its document keeps)."""
    labels = labels or RunSheetLabels()
    resolution = device.logicalDpiY()
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    footer_height = resolution * 0.35
    page_height = paint_rect.height() - footer_height
    width = float(paint_rect.width())
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(width, page_height))
    keep_headings_with_text(document, page_height)
    pages = document.pageCount()
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = print_palette()
    painter = QPainter(device)
    small = QFont(document.defaultFont())
    small.setPointSizeF(8)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            context.clip = QRectF(0, page * page_height, width, page_height)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            if on_page is not None:
                on_page(painter, page)
            painter.restore()
            painter.setPen(context.palette.color(QPalette.ColorRole.Text))
            painter.setFont(small)
            numbered = labels.page(page + 1, pages)
            text = f"{footer} · {numbered}" if footer else numbered
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


def write_runsheet_pdf(
    tour: Tour, path: str | Path, *, language: str | None = None, progress: Progress | None = None
) -> int:
    """Render the run-sheet to an A4 PDF at ``path``, all or nothing (:mod:`console.files`); the pages."""
    data, pages = _render_pdf(tour, language, progress)
    write_atomically(path, data)
    return pages


def runsheet_pdf_bytes(tour: Tour, *, language: str | None = None, progress: Progress | None = None) -> bytes:
    """The run-sheet PDF as bytes (for ``-o -``), in ``language`` (one of the tour's content languages)."""
    return _render_pdf(tour, language, progress)[0]


def _render_pdf(tour: Tour, language: str | None, progress: Progress | None) -> tuple[bytes, int]:
    """The PDF rendered in memory, so only a finished file ever reaches the disk; and its pages."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    document = runsheet_document(tour, language=language)
    if language:
        tour = tour.in_language(language)  # the title in the PDF's metadata and footer
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"Run-sheet: {tour.title}")
    writer.setCreator("Cicerone")
    labels = RunSheetLabels(language)
    pages = paint_runsheet(document, writer, footer=tour.title, progress=progress, labels=labels)
    del writer  # QPdfWriter finishes the file when it is destroyed
    data = bytes(buffer.data().data())
    buffer.close()
    return data, pages
