"""The report of a show as files: the chart alone (PNG, SVG), a page for any browser (HTML), A4 pages (PDF).

One set of tables (HTML that Qt's rich text and every browser both read) serves the PDF and the web page, and
one chart drawing (:mod:`console.reporting.chart`) serves every output. The words are the window's language
when the window asks, English on the command line (``QCoreApplication.translate`` with no translator).
Only QtGui: the command line renders on Qt's offscreen platform, Review on a worker thread.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSize
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtSvg import QSvgGenerator

from console.formats.runsheet import ensure_gui_application, paint_runsheet
from console.reporting.chart import DEFAULT_OPTIONS, ChartOptions, paint_chart
from console.show.durations import format_clock, format_duration, format_signed
from console.show.report import Audience, Report, StopFigures

Progress = Callable[[int, int], None]
CHART_RATIO = 0.42  # height ÷ width of the chart alone
MIN_WIDTH, MAX_WIDTH = 320, 8000  # --width for a PNG
PDF_DPI = 300
LOGICAL_DPI = 96  # the chart is laid out in 96-dpi pixels (see chart.py)
PDF_CHART_WIDTH = 720.0  # logical px across the page: the chart's words stay legible on A4
NOTE_CHARS_SHOWN = 2000
"""A note's characters the report's tables show (PDF, HTML, Review): Qt lays a long unbroken line out in
quadratic time, and a 1 MB note once held the PDF for minutes. The session export keeps every character."""
STYLE = """
body { font-family: sans-serif; color: #000; background: #fff; margin: 2em auto; max-width: 72em;
       padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; margin: 0.5em 0; } th, td { border: 1px solid #999; padding: 0.2em 0.5em; }
th { background: #eee; text-align: left; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.stands-out td { font-weight: bold; } svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
"""


class ReportDocument:
    """The report's words. Called as ``ReportDocument.tr("…")`` so that lupdate (scripts/translations) files
    them under this name, the context they are looked up in; never inside an f-string, where it cannot see."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None) -> str:
        return QCoreApplication.translate("ReportDocument", text, disambiguation)


def report_file(
    report: Report,
    kind: str,
    *,
    width: int = 1600,
    options: ChartOptions = DEFAULT_OPTIONS,
    progress: Progress | None = None,
) -> str | bytes:
    """The report as ``kind``, ``pdf``, ``html`` or ``png`` (the chart ``width`` pixels wide): what the
    command line and Review write."""
    if kind == "pdf":
        return report_pdf(report, progress, options)
    if kind == "html":
        return report_html(report, options)
    if kind == "png":
        return chart_png(report, width, options)
    raise ValueError(f"not a report format: {kind!r}")


def chart_png(report: Report, width: int, options: ChartOptions = DEFAULT_OPTIONS) -> bytes:
    """The chart alone, ``width`` pixels wide (clamped to 320..8000), as PNG bytes."""
    ensure_gui_application()
    width = min(MAX_WIDTH, max(MIN_WIDTH, width))
    image = QImage(QSize(width, round(width * CHART_RATIO)), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    scale = max(1.0, width / 1000)  # a wide PNG is a bigger drawing, not smaller words
    painter.scale(scale, scale)
    paint_chart(painter, QRectF(0, 0, width / scale, image.height() / scale), report, options)
    painter.end()
    return _encoded(image)


def _encoded(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
    return bytes(buffer.data().data())


def chart_svg(report: Report, width: int = 1000, options: ChartOptions = DEFAULT_OPTIONS) -> str:
    """The chart as an ``<svg>`` element to put inside a page: no XML declaration, no namespace address, no
    generator's title, so the page refers to nothing outside itself."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    height = round(width * CHART_RATIO)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(LOGICAL_DPI)
    painter = QPainter(generator)
    paint_chart(painter, QRectF(0, 0, width, height), report, options)
    painter.end()
    buffer.close()
    svg = bytes(data.data()).decode("utf-8")
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg)
    svg = re.sub(r"<title>.*?</title>|<desc>.*?</desc>", "", svg, flags=re.DOTALL)
    label = html.escape(ReportDocument.tr("Viewers over show time"))
    svg = svg.replace("<svg", f'<svg role="img" aria-label="{label}"', 1)
    return svg


def report_html(report: Report, options: ChartOptions = DEFAULT_OPTIONS) -> str:
    """One page that opens offline in any browser: inline CSS, the chart as inline SVG, no script, no link."""
    title = html.escape(report.session.tour.title)
    heading, viewers = html.escape(ReportDocument.tr("Report")), html.escape(ReportDocument.tr("Viewers"))
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(_page_language())}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{heading}: {title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{_heading(report)}\n<h2>{viewers}</h2>\n{chart_svg(report, options=options)}\n"
        f"{tables_html(report)}\n</body>\n</html>\n"
    )


def _page_language() -> str:
    words = ReportDocument.tr("en", "the language code of the report's words (fr, zh-CN)")
    return words if re.fullmatch(r"[A-Za-z-]{2,12}", words) else "en"


def _heading(report: Report) -> str:
    session = report.session
    kind = ReportDocument.tr("rehearsal") if session.kind == "rehearsal" else ReportDocument.tr("show")
    said = ReportDocument.tr("Report of the {kind} of {when}")
    when = _clock(session.went_live_at if session.went_live_at is not None else session.created_at, day=True)
    return (
        f"<h1>{html.escape(session.tour.title)}</h1>\n<p>{html.escape(said.format(kind=kind, when=when))}</p>"
    )


def tables_html(report: Report) -> str:
    """The whole show, the stops (times, then audience) and the notes: plain tables that Qt and browsers
    both read."""
    h2 = [
        html.escape(text)
        for text in (
            ReportDocument.tr("The whole show"),
            ReportDocument.tr("Stops: times"),
            ReportDocument.tr("Stops: audience"),
            ReportDocument.tr("Notes and marks"),
            ReportDocument.tr("No notes."),
        )
    ]
    return "\n".join(
        (
            f"<h2>{h2[0]}</h2>",
            _table(None, _show_rows(report)),
            f"<h2>{h2[1]}</h2>",
            _table(_time_headers(), [_time_row(report, stop) for stop in report.stops], numbers_from=2),
            f"<h2>{h2[2]}</h2>",
            _table(_audience_headers(), [_audience_row(report, s) for s in report.stops], numbers_from=2),
            f"<p>{html.escape(_footnote())}</p>",
            f"<h2>{h2[3]}</h2>",
            _table(_note_headers(), _note_rows(report), numbers_from=0, numbers_to=1)
            if report.notes
            else f"<p>{h2[4]}</p>",
        )
    )


def _footnote() -> str:
    return ReportDocument.tr(
        "Audience figures count only the complete total (every source answering). A revisited stop adds up "
        "its visits: arrival from the first, departure from the last, change summed, hold multiplied."
    )


def _time_headers() -> list[str]:
    return [
        "#",
        ReportDocument.tr("Stop"),
        ReportDocument.tr("Visits"),
        ReportDocument.tr("Arrived"),
        ReportDocument.tr("Left"),
        ReportDocument.tr("Planned"),
        ReportDocument.tr("Actual"),
        ReportDocument.tr("Difference"),
    ]


def _audience_headers() -> list[str]:
    return [
        "#",
        ReportDocument.tr("Stop"),
        ReportDocument.tr("At arrival"),
        ReportDocument.tr("At departure"),
        ReportDocument.tr("Peak"),
        ReportDocument.tr("Average"),
        ReportDocument.tr("Change"),
        ReportDocument.tr("Hold"),
        ReportDocument.tr("Share of peak"),
    ]


def _note_headers() -> list[str]:
    return [
        ReportDocument.tr("Show time"),
        ReportDocument.tr("Clock"),
        ReportDocument.tr("Stop"),
        ReportDocument.tr("Viewers"),
        ReportDocument.tr("Note"),
    ]


Row = tuple[list[str], bool]  # the cells (plain text) and whether the row stands out


def stop_headers() -> list[str]:
    """The columns of one table with every per-stop figure (Review shows it so)."""
    return _time_headers() + _audience_headers()[2:]


def stop_row(report: Report, stop: StopFigures) -> Row:
    cells, stands_out = _time_row(report, stop)
    return cells + _audience_row(report, stop)[0][2:], stands_out


def show_figures(report: Report) -> list[tuple[str, str]]:
    """The whole show's figures: (label, value) in the report's words."""
    return [(cells[0], cells[1]) for cells, _ in _show_rows(report)]


def note_headers() -> list[str]:
    return _note_headers()


def note_rows(report: Report) -> list[list[str]]:
    return [cells for cells, _ in _note_rows(report)]


def _table(headers: list[str] | None, rows: list[Row], numbers_from: int = 1, numbers_to: int = 99) -> str:
    lines = ['<table border="1" cellspacing="0" cellpadding="3">']
    if headers:
        lines.append("<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headers) + "</tr>")
    for cells, stands_out in rows:
        opened = '<tr class="stands-out">' if stands_out else "<tr>"
        tds = []
        for column, cell in enumerate(cells):
            text = html.escape(cell)
            text = f"<b>{text}</b>" if stands_out else text
            numeric = numbers_from <= column <= numbers_to and headers is not None
            tds.append(f'<td class="n" align="right">{text}</td>' if numeric else f"<td>{text}</td>")
        lines.append(opened + "".join(tds) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def _clock(at: float | None, *, day: bool = False) -> str:
    if at is None:
        return "–"
    return datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M:%S" if day else "%H:%M:%S")


def _show_time(seconds: float | None) -> str:
    return "–" if seconds is None else format_clock(seconds)


def _viewers(value: int | float | None) -> str:
    return "–" if value is None else f"{round(value):,}"


def _show_rows(report: Report) -> list[Row]:
    show, audience = report.show, report.show.audience
    ended = (
        _clock(show.ended_at, day=True)
        if show.ended_at is not None
        else ReportDocument.tr("never ended: last event at {clock}").format(clock=_clock(show.end, day=True))
        if show.end is not None
        else "–"
    )
    slot = format_duration(show.slot_s) if show.slot_s else "–"
    peak = (
        "–"
        if audience.peak is None
        else ReportDocument.tr("{peak} at {when}").format(
            peak=_viewers(audience.peak), when=_show_time(report.session.show_time(audience.peak_at or 0))
        )
    )
    rows = [
        (ReportDocument.tr("Went live"), _clock(show.went_live_at, day=True)),
        (ReportDocument.tr("Ended"), ended),
        (ReportDocument.tr("Length"), format_duration(show.length_s)),
        (ReportDocument.tr("Slot"), slot),
        (
            ReportDocument.tr("Over (+) or under (−) the slot"),
            format_signed(show.over_s) if show.slot_s else "–",
        ),
        (ReportDocument.tr("Peak viewers"), peak),
        (ReportDocument.tr("Average viewers"), _viewers(audience.average)),
        (ReportDocument.tr("Start-to-end change"), _change(audience)),
        (ReportDocument.tr("Notes and marks"), f"{len(report.notes):,}"),
    ]
    return [([label, value], False) for label, value in rows]


def _change(audience: Audience) -> str:
    if audience.change is None or audience.at_arrival is None or audience.at_departure is None:
        return "–"
    return f"{audience.change:+,} ({audience.at_arrival:,} → {audience.at_departure:,})"


def _stop_name(report: Report, stop: StopFigures) -> str:
    if stop.index == report.gained_most:
        return "▲ " + ReportDocument.tr("{stop} (gained most)").format(stop=stop.title)
    if stop.index == report.lost_most:
        return "▼ " + ReportDocument.tr("{stop} (lost most)").format(stop=stop.title)
    return stop.title


def _stands_out(report: Report, stop: StopFigures) -> bool:
    return stop.index in (report.gained_most, report.lost_most)


def _time_row(report: Report, stop: StopFigures) -> Row:
    def at(show_s: float | None, clock: float | None) -> str:
        return "–" if clock is None else f"{_show_time(show_s)} ({_clock(clock)})"

    return (
        [
            str(stop.number),
            _stop_name(report, stop),
            str(stop.visits),
            at(stop.arrived_show_s, stop.arrived),
            at(stop.left_show_s, stop.left),
            format_clock(stop.planned_s),
            _show_time(stop.actual_s),
            "–" if stop.difference_s is None else format_signed(stop.difference_s),
        ],
        _stands_out(report, stop),
    )


def _audience_row(report: Report, stop: StopFigures) -> Row:
    audience = stop.audience
    return (
        [
            str(stop.number),
            _stop_name(report, stop),
            _viewers(audience.at_arrival),
            _viewers(audience.at_departure),
            _viewers(audience.peak),
            _viewers(audience.average),
            "–" if audience.change is None else f"{audience.change:+,}",
            "–" if audience.hold is None else f"{audience.hold:.0%}",
            "–" if stop.share_of_peak is None else f"{stop.share_of_peak:.0%}",
        ],
        _stands_out(report, stop),
    )


def _note_rows(report: Report) -> list[Row]:
    stops = report.stops
    return [
        (
            [
                _show_time(note.show_s),
                _clock(note.at),
                "–"
                if note.stop_index is None or not 0 <= note.stop_index < len(stops)
                else f"{note.stop_index + 1} {stops[note.stop_index].title}",
                _viewers(note.viewers),
                ReportDocument.tr("(mark)") if note.mark else _shown(note.text),
            ],
            False,
        )
        for note in report.notes
    ]


def _shown(text: str) -> str:
    """A note as the report's tables show it: its first :data:`NOTE_CHARS_SHOWN` characters, and how many
    more the session export holds."""
    if len(text) <= NOTE_CHARS_SHOWN:
        return text
    cut = ReportDocument.tr("{start}… (+{count} characters: the session export holds the whole note)")
    return cut.format(start=text[:NOTE_CHARS_SHOWN], count=f"{len(text) - NOTE_CHARS_SHOWN:,}")


def report_pdf(
    report: Report, progress: Progress | None = None, options: ChartOptions = DEFAULT_OPTIONS
) -> bytes:
    """A4 pages: the heading and the chart on the first, then the tables and the notes, numbered at the foot.

    The chart is drawn as vectors into a space the document keeps for it under the heading."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(ReportDocument.tr("Report: {tour}").format(tour=report.session.tour.title))
    writer.setCreator("Cicerone")
    width_px = writer.pageLayout().paintRectPixels(PDF_DPI).width()
    scale = width_px / PDF_CHART_WIDTH
    chart_height = PDF_CHART_WIDTH * CHART_RATIO * scale
    document = QTextDocument()
    document.setDefaultFont(_pdf_font(document))
    cursor = QTextCursor(document)
    cursor.insertHtml(_heading(report))
    cursor.insertBlock()
    spacer = QTextBlockFormat()
    spacer.setTopMargin(chart_height * LOGICAL_DPI / PDF_DPI)  # the layout scales margins to the page's dpi
    cursor.setBlockFormat(spacer)
    chart_block = cursor.block()
    cursor.insertBlock(QTextBlockFormat())  # the tables start in a block of their own, after the space
    cursor.insertHtml(tables_html(report))

    def chart_on_first_page(painter: QPainter, page: int) -> None:
        if page != 0:
            return
        box = document.documentLayout().blockBoundingRect(chart_block)  # the space is just above it
        painter.save()
        painter.translate(0, box.top() - chart_height)
        painter.scale(scale, scale)
        paint_chart(painter, QRectF(0, 0, PDF_CHART_WIDTH, PDF_CHART_WIDTH * CHART_RATIO), report, options)
        painter.restore()

    paint_runsheet(
        document,
        writer,
        footer=report.session.tour.title,
        progress=progress,
        on_page=chart_on_first_page,
    )
    del writer  # QPdfWriter finishes the file when it is destroyed
    buffer.close()
    return bytes(data.data())


def _pdf_font(document: QTextDocument) -> QFont:
    font = document.defaultFont()
    font.setPointSizeF(8.5)
    return font
