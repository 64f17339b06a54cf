"""The viewer chart of a show, drawn once with QPainter for every output: the Review widget, PNG, SVG, PDF.

What it shows: the total viewer count over show time (a solid line where it is complete, a dashed one where
a source was missing so the total is partial), nothing at all where there was no count (a hatched strip along
the time axis says "no count", the line is never joined across), the stops as labelled bands (the one that
gained most and the one that lost most marked ▲ and ▼), the notes and marks as ticks under the plot, and on
request one thin line per source. Under the plot, on the same time axis, the encoder's lane when one was
configured (none at all otherwise): on air, reconnecting and off air as a band (a light fill, dots, a
cross-hatch, each labelled), the bitrate as a thin step line, dropped frames above the alert share as
diamonds on the lane's top edge, and nothing where the encoder could not be asked. Grey print and
colour-blind readers get patterns and labels, never colour alone: solid against dashed, filled ticks
against hollow, a pattern for the gaps, names at the line ends.

Everything is laid out in *logical pixels* (96 per inch); a caller drawing on a 300 dpi page scales the
painter first. Only QtGui: the command line draws on Qt's offscreen platform, Review on a worker or a widget.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from console.show.durations import format_clock
from console.show.encoder import (
    DROPPED_ALERT,
    EncoderRecord,
    EncoderSpan,
    EncoderState,
    encoder_spans,
    held,
)
from console.show.report import Report

# Okabe & Ito's palette, told apart by the colour-blind; the total is black so grey print keeps it darkest.
SOURCE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
SOURCE_DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
PAPER = QColor("#ffffff")
INK = QColor("#000000")
TOTAL = QColor("#000000")
PARTIAL = QColor("#D55E00")
GRID = QColor("#d0d0d0")
BANDS = (QColor("#f2f2f2"), QColor("#ffffff"))  # alternate stops: light grey, white
GAP_HATCH = QColor("#707070")
TICK_STRIP = 14.0  # logical px under the plot for the notes' ticks
GAP_STRIP = 7.0  # the hatched "no count" strip, inside the plot's foot
LANE = 26.0  # the encoder's lane, under the notes' ticks
LANE_GAP = 4.0
ON_AIR = QColor("#cfe3f0")  # a light fill: the normal state is the quiet one
RECONNECTING = QColor("#D55E00")
OFF_AIR = QColor("#000000")
BITRATE = QColor("#0072B2")
LANE_PATTERNS: dict[EncoderState, tuple[QColor, Qt.BrushStyle]] = {
    "on_air": (ON_AIR, Qt.BrushStyle.SolidPattern),
    "reconnecting": (RECONNECTING, Qt.BrushStyle.Dense5Pattern),
    "off_air": (OFF_AIR, Qt.BrushStyle.DiagCrossPattern),
}
TIME_STEPS = (10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800)


class ReportChart:
    """The chart's words in the window's language (English on the command line, which installs none).
    Called as ``ReportChart.tr("…")`` so that lupdate files them under this name, their context."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ReportChart", text)


@dataclass(frozen=True)
class ChartOptions:
    sources: bool = False  # one thin line per source too
    legend: bool = True
    dropped_alert: float = DROPPED_ALERT  # the encoder's dropped share marked on its lane (the setting)


DEFAULT_OPTIONS = ChartOptions()


@dataclass(frozen=True)
class Tick:
    x: float
    note: int  # the index in report.notes
    mark: bool


@dataclass(frozen=True)
class ChartLayout:
    """Where things are: the plot's rectangle, the scales, the notes' ticks (for hovering)."""

    plot: QRectF
    start: float
    end: float
    top: int  # the viewers at the plot's top edge
    ticks: tuple[Tick, ...]
    lane: QRectF | None = None  # the encoder's lane; None when the show had no encoder configured

    def scales(self) -> tuple[float, float, float, float]:
        """``x = x0 + at * per_s`` and ``y = y0 - viewers * per_viewer``: plain numbers for the hot loop."""
        span = self.end - self.start
        per_s = 0.0 if span <= 0 else self.plot.width() / span
        per_viewer = (self.plot.height() - GAP_STRIP) / self.top
        return self.plot.left() - self.start * per_s, per_s, self.plot.bottom() - GAP_STRIP, per_viewer

    def x(self, at: float) -> float:
        x0, per_s, _y0, _per_viewer = self.scales()
        return x0 + at * per_s

    def y(self, viewers: float) -> float:
        _x0, _per_s, y0, per_viewer = self.scales()
        return y0 - viewers * per_viewer

    def tick_at(self, point: QPointF, reach: float = 5.0) -> int | None:
        """The note whose tick is nearest ``point`` (within ``reach`` px across, under or on the plot)."""
        if not (self.plot.top() <= point.y() <= self.plot.bottom() + TICK_STRIP + 4):
            return None
        distances = ((abs(tick.x - point.x()), tick.note) for tick in self.ticks)
        near = [(distance, note) for distance, note in distances if distance <= reach]
        return min(near)[1] if near else None


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def chart_layout(report: Report, rect: QRectF, options: ChartOptions = DEFAULT_OPTIONS) -> ChartLayout:
    metrics = QFontMetricsF(_font(11))
    line = metrics.height()
    top_value = max(_highest(report, options), 1)
    top = _nice_ceiling(top_value)
    has_lane = bool(report.encoder)
    margin = metrics.horizontalAdvance(f"{top:,}")
    if has_lane:
        margin = max(margin, QFontMetricsF(_font(10)).horizontalAdvance(ReportChart.tr("stream")))
    left = rect.left() + margin + 10
    legend_line = QFontMetricsF(_font(10)).height() + 2
    rows = _legend_rows(rect.right() - left, _legend_entries(report, options))
    legend = len(rows) * legend_line + 4 if options.legend else 0.0
    lane = LANE + LANE_GAP if has_lane else 0.0
    right = rect.right() - (70 if options.sources else 24)  # room for the last time label's half
    plot = QRectF(
        left,
        rect.top() + 2 * line + 6,  # the stops' labels, on two rows
        max(10.0, right - left),
        max(10.0, rect.height() - 2 * line - 6 - TICK_STRIP - lane - line - 4 - legend),
    )
    start, end = report.curve.start, report.curve.end
    layout = ChartLayout(plot, start, end, top, ())
    ticks = tuple(
        Tick(layout.x(min(max(note.at, start), end)), index, note.mark)
        for index, note in enumerate(report.notes)
    )
    lane_rect = QRectF(left, plot.bottom() + TICK_STRIP, plot.width(), LANE) if has_lane else None
    return ChartLayout(plot, start, end, top, ticks, lane_rect)


def _highest(report: Report, options: ChartOptions) -> int:
    counts = [count for count in report.curve.counts if count is not None]
    if options.sources:
        counts += [
            sample.viewers
            for readings in report.curve.readings.values()
            for sample in readings
            if sample.viewers
        ]
    return max(counts, default=0)


def _nice_ceiling(value: int) -> int:
    """The first of 1, 2, 2.5, 5 × 10ⁿ at or above ``value``: round numbers on the axis."""
    power = 10 ** max(0, math.floor(math.log10(value)))
    return next(int(step * power) for step in (1, 2, 2.5, 5, 10) if step * power >= value)


def paint_chart(
    painter: QPainter, rect: QRectF, report: Report, options: ChartOptions = DEFAULT_OPTIONS
) -> ChartLayout:
    """Draw the chart of ``report`` into ``rect`` (logical px); the layout comes back for hit tests."""
    layout = chart_layout(report, rect, options)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, PAPER)
    _bands(painter, layout, report)
    _grid(painter, layout)
    _gaps(painter, layout, report)
    if options.sources:
        _source_lines(painter, layout, report)
    _total(painter, layout, report)
    _ticks(painter, layout)
    if layout.lane is not None:
        _encoder_lane(painter, layout, layout.lane, report, options.dropped_alert)
    _time_axis(painter, layout)
    if options.legend:
        _legend(painter, layout, rect, report, options)
    painter.restore()
    return layout


def _bands(painter: QPainter, layout: ChartLayout, report: Report) -> None:
    """Each visit a band, alternately grey and white, its number and title above it. Neighbours take turns
    on two rows, so a title may run on over the next band (whose label is on the other row) up to the one
    after; where even the number does not fit, it is drawn anyway (a number is never dropped)."""
    plot = layout.plot
    font = _font(11)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    standing = {report.gained_most: "▲ ", report.lost_most: "▼ "}
    bands = []
    for visit in report.session.visits():
        a = max(visit.arrived, layout.start)
        b = min(visit.left if visit.left is not None else layout.end, layout.end)
        if 0 <= visit.stop_index < len(report.stops) and b > a:
            bands.append((visit.stop_index, layout.x(a), layout.x(b)))
    label_top = plot.top() - 2 * metrics.height() - 4
    for position, (index, left, right) in enumerate(bands):
        painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), BANDS[index % 2])
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(left, label_top), QPointF(left, plot.bottom()))
        stop = report.stops[index]
        room = (bands[position + 2][1] if position + 2 < len(bands) else plot.right() + 20) - left - 6
        number = f"{standing.get(index, '')}{stop.number}"
        text = metrics.elidedText(f"{number} {stop.title}", Qt.TextElideMode.ElideRight, room)
        if metrics.horizontalAdvance(text) > room or len(text) <= len(number) + 2:
            text = number
        painter.setPen(INK)
        baseline = label_top + (position % 2) * metrics.height() + metrics.ascent()
        painter.drawText(QPointF(left + 2, baseline), text)


def _grid(painter: QPainter, layout: ChartLayout) -> None:
    plot = layout.plot
    font = _font(11)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    for value in axis_values(layout.top):
        y = layout.y(value)
        painter.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(INK)
        text = f"{value:,}"
        painter.drawText(
            QPointF(plot.left() - 6 - metrics.horizontalAdvance(text), y + metrics.ascent() / 2 - 1), text
        )
    painter.setPen(QPen(INK, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())


def axis_values(top: int) -> list[int]:
    """The viewer counts the grid marks, 0 to ``top``: in 4 steps where they are whole, else 5, 2 or 1, so
    every label is exact (quarters of 10 once read 0, 2, 5, 8, 10: the "2" and the "8" half a viewer off
    their lines; of 1, 0, 0, 0, 1, 1)."""
    steps = next(count for count in (4, 5, 2, 1) if top % count == 0)
    return [top * k // steps for k in range(steps + 1)]


def _gaps(painter: QPainter, layout: ChartLayout, report: Report) -> None:
    """A hatched strip at the foot of the plot wherever the total had no count at all."""
    brush = QBrush(GAP_HATCH, Qt.BrushStyle.BDiagPattern)
    painter.setPen(Qt.PenStyle.NoPen)
    for a, b, count, _missing in _total_steps(report):
        if count is None and b > a:
            x0, x1 = layout.x(a), layout.x(b)
            strip = QRectF(x0, layout.plot.bottom() - GAP_STRIP, max(1.0, x1 - x0), GAP_STRIP)
            painter.fillRect(strip, PAPER)
            painter.fillRect(strip, brush)


def _total(painter: QPainter, layout: ChartLayout, report: Report) -> None:
    runs = _runs(((a, b, count, bool(missing)) for a, b, count, missing in _total_steps(report)), layout)
    complete = QPen(TOTAL, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)
    partial = QPen(PARTIAL, 2.2, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)
    for is_partial, points in runs:
        painter.setPen(partial if is_partial else complete)
        painter.drawPolyline(QPolygonF(points))


def _source_lines(painter: QPainter, layout: ChartLayout, report: Report) -> None:
    font = _font(10)
    painter.setFont(font)
    for position, source in enumerate(report.curve.readings):
        colour = QColor(SOURCE_COLOURS[position % len(SOURCE_COLOURS)])
        pen = QPen(colour, 1.2, SOURCE_DASHES[position % len(SOURCE_DASHES)])
        steps = report.curve.source_steps(source)
        runs = _runs(((s.start, s.end, s.viewers, False) for s in steps), layout)
        last: QPointF | None = None
        for _partial, points in runs:
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF(points))
            last = points[-1]
        if last is not None:
            painter.setPen(colour.darker(140))
            painter.drawText(QPointF(layout.plot.right() + 4, last.y() + 4), source[:12])


def _total_steps(report: Report) -> Iterator[tuple[float, float, int | None, tuple[str, ...]]]:
    """The total's steps as (start, end, count, missing); none for a show with no time (never live)."""
    curve = report.curve
    ends = [*curve.starts[1:], curve.end] if curve.starts else []
    return zip(curve.starts, ends, curve.counts, curve.missing, strict=True)


def _runs(
    steps: Iterable[tuple[float, float, float | None, bool]],
    layout: ChartLayout,
    vertical: tuple[float, float] | None = None,
) -> Iterator[tuple[bool, list[QPointF]]]:
    """Polylines of the steps with a count, one per stretch of the same kind (complete or partial); a step
    without a count ends the stretch, so nothing is drawn across a gap. Steps narrower than a pixel are
    folded into their column's lowest and highest point: a three-hour show has tens of thousands of steps
    and a page has a thousand columns. ``vertical`` (the y of 0 and the pixels per unit) is for another
    scale than the viewers' (the encoder's bitrate)."""
    points: list[QPointF] = []
    kind: bool | None = None
    column: list[float] | None = None  # x, first y, lowest y, highest y, last y, x where it ends
    x0, per_s, y0, per_viewer = layout.scales()
    if vertical is not None:
        y0, per_viewer = vertical

    def fold() -> None:
        nonlocal column
        if column is not None:
            x, first, low, high, last, x_end = column
            points.extend((QPointF(x, first), QPointF(x, low), QPointF(x, high), QPointF(x_end, last)))
            column = None

    for a, b, count, partial in steps:
        if count is None:
            fold()
            if len(points) > 1:
                yield bool(kind), points
            points, kind = [], None
            continue
        xa, xb, y = x0 + a * per_s, x0 + b * per_s, y0 - count * per_viewer
        if kind is not None and partial != kind:
            fold()
            joint = points[-1]
            if len(points) > 1:
                yield kind, points
            points = [joint]
        kind = partial
        if xb - xa >= 1.0:
            fold()
            points.extend((QPointF(xa, y), QPointF(xb, y)))
        elif column is not None and int(column[0]) == int(xa):  # x ≥ 0 in the plot: int() is floor()
            column[2], column[3], column[4], column[5] = min(column[2], y), max(column[3], y), y, xb
        else:
            fold()
            column = [xa, y, y, y, y, xb]
    fold()
    if len(points) > 1:
        yield bool(kind), points


def _ticks(painter: QPainter, layout: ChartLayout) -> None:
    y = layout.plot.bottom() + 2
    for tick in layout.ticks:
        triangle = QPolygonF([QPointF(tick.x, y), QPointF(tick.x - 4, y + 8), QPointF(tick.x + 4, y + 8)])
        painter.setPen(QPen(INK, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush if tick.mark else QBrush(INK))
        painter.drawPolygon(triangle)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _time_axis(painter: QPainter, layout: ChartLayout) -> None:
    font = _font(11)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    span = max(1.0, layout.end - layout.start)
    fits = max(2, int(layout.plot.width() / (metrics.horizontalAdvance("0:00:00") + 24)))
    step = next((s for s in TIME_STEPS if span / s <= fits), TIME_STEPS[-1] * math.ceil(span / fits / 10800))
    y = layout.plot.bottom() + TICK_STRIP + (LANE + LANE_GAP if layout.lane is not None else 0.0)
    painter.setPen(QPen(INK, 1))
    for k in range(int(span // step) + 1):
        x = layout.x(layout.start + k * step)
        painter.drawLine(QPointF(x, layout.plot.bottom()), QPointF(x, layout.plot.bottom() + 3))
        text = format_clock(k * step)
        painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, y + metrics.ascent()), text)


def _encoder_lane(
    painter: QPainter, layout: ChartLayout, lane: QRectF, report: Report, dropped_alert: float
) -> None:
    """The encoder's band, its bitrate and its dropped frames, on the viewers' time axis."""
    small = _font(10)
    painter.setFont(small)
    metrics = QFontMetricsF(small)
    painter.setPen(INK)
    title = ReportChart.tr("stream")
    painter.drawText(
        QPointF(
            lane.left() - 6 - metrics.horizontalAdvance(title), lane.center().y() + metrics.ascent() / 2 - 1
        ),
        title,
    )
    spans = encoder_spans(report.encoder, layout.start, layout.end)
    for span in spans:
        colour, pattern = LANE_PATTERNS[span.state]
        band = QRectF(
            layout.x(span.start), lane.top(), max(1.0, layout.x(span.end) - layout.x(span.start)), LANE
        )
        painter.fillRect(band, PAPER)
        painter.fillRect(band, QBrush(colour, pattern))
    _bitrate(painter, layout, lane, report)
    for span in spans:
        _span_label(painter, layout, lane, span, metrics)
    _dropped(painter, layout, lane, report, dropped_alert)
    painter.setPen(QPen(GRID, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(lane)  # the lane's edge, so a gap reads as "nothing said", not as the lane missing


def _span_label(
    painter: QPainter, layout: ChartLayout, lane: QRectF, span: EncoderSpan, metrics: QFontMetricsF
) -> None:
    """The state in words on a white tag at the stretch's start, where it fits (grey print, colour-blind)."""
    text = lane_label(span.state)
    left, right = layout.x(span.start), layout.x(span.end)
    width = metrics.horizontalAdvance(text) + 6
    if right - left < width + 2:
        return
    tag = QRectF(left + 2, lane.bottom() - metrics.height() - 2, width, metrics.height())
    painter.fillRect(tag, PAPER)
    painter.setPen(INK)
    painter.drawText(QPointF(tag.left() + 3, tag.top() + metrics.ascent()), text)


def lane_label(state: EncoderState) -> str:
    return {
        "on_air": ReportChart.tr("on air"),
        "reconnecting": ReportChart.tr("reconnecting"),
        "off_air": ReportChart.tr("OFF AIR"),
    }[state]


def _kbps(record: EncoderRecord) -> float | None:
    """The record's bitrate when it is one (a damaged or hand-edited row may hold NaN, infinity, below 0)."""
    value = record.bitrate_kbps
    return value if value is not None and math.isfinite(value) and value >= 0 else None


def _top_bitrate(report: Report) -> float:
    return max((value for r in report.encoder if (value := _kbps(r)) is not None), default=0.0)


def _bitrate(painter: QPainter, layout: ChartLayout, lane: QRectF, report: Report) -> None:
    """A step line, the lane's height being the show's highest bitrate; broken where no sample said."""
    top = _top_bitrate(report)
    if top <= 0:
        return
    painter.setPen(
        QPen(BITRATE, 1.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)
    )
    vertical = (lane.bottom() - 2, (lane.height() - 4) / top)
    for _partial, points in _runs(_bitrate_steps(report, layout), layout, vertical):
        painter.drawPolyline(QPolygonF(points))


def _bitrate_steps(report: Report, layout: ChartLayout) -> Iterator[tuple[float, float, float | None, bool]]:
    """The bitrate as steps for :func:`_runs`: each record held as the band's are, a step without a value
    where the stream was not going out or nothing was said (so the line breaks there)."""
    last_end: float | None = None
    for record, b in held(report.encoder, layout.end):
        a = max(record.at, layout.start)
        if b <= a:
            continue
        if last_end is not None and a > last_end:
            yield last_end, a, None, False
        value = _kbps(record) if record.streaming else None
        yield a, b, value, False
        last_end = b


def _dropped(
    painter: QPainter, layout: ChartLayout, lane: QRectF, report: Report, dropped_alert: float
) -> None:
    """A black diamond on the lane's top edge at each sample whose dropped share was above the alert."""
    painter.setPen(QPen(PAPER, 1))
    painter.setBrush(QBrush(INK))
    drawn = -10.0
    for record in report.encoder:
        if record.dropped_share is None or not dropped_alert < record.dropped_share <= 1:
            continue
        if not layout.start <= record.at <= layout.end:
            continue
        x = layout.x(record.at)
        if x - drawn < 4:  # one per few pixels: a long bad stretch is a row of them, not a smear
            continue
        drawn = x
        painter.drawPolygon(_diamond(x, lane.top() + 5))  # clear of the notes' ticks above
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _diamond(x: float, y: float) -> QPolygonF:
    return QPolygonF([QPointF(x, y - 4), QPointF(x + 4, y), QPointF(x, y + 4), QPointF(x - 4, y)])


LegendEntry = tuple[str, QColor, Qt.PenStyle, str]  # kind of sign, colour, line style, label
ICON_WIDTH = {
    "line": 26.0,
    "gap": 26.0,
    "note": 12.0,
    "mark": 12.0,
    "text": 0.0,
    "on_air": 26.0,
    "reconnecting": 26.0,
    "off_air": 26.0,
    "dropped": 12.0,
}


def _legend_entries(report: Report, options: ChartOptions) -> list[LegendEntry]:
    return [
        ("line", TOTAL, Qt.PenStyle.SolidLine, ReportChart.tr("viewers (all sources)")),
        ("line", PARTIAL, Qt.PenStyle.DashLine, ReportChart.tr("partial: a source missing")),
        ("gap", GAP_HATCH, Qt.PenStyle.SolidLine, ReportChart.tr("no count")),
        ("note", INK, Qt.PenStyle.SolidLine, ReportChart.tr("note")),
        ("mark", INK, Qt.PenStyle.SolidLine, ReportChart.tr("mark")),
        ("text", INK, Qt.PenStyle.SolidLine, ReportChart.tr("▲ gained most  ▼ lost most")),
        *(_lane_entries(report, options.dropped_alert) if report.encoder else []),
    ]


def _lane_entries(report: Report, dropped_alert: float) -> list[LegendEntry]:
    solid = Qt.PenStyle.SolidLine
    top = _top_bitrate(report)
    entries: list[LegendEntry] = [
        ("on_air", ON_AIR, solid, ReportChart.tr("stream: on air")),
        ("reconnecting", RECONNECTING, solid, ReportChart.tr("reconnecting")),
        ("off_air", OFF_AIR, solid, ReportChart.tr("off air")),
        (
            "dropped",
            INK,
            solid,
            ReportChart.tr("dropped frames over {share} %").format(
                share=f"{round(dropped_alert * 100, 1):g}"
            ),
        ),
    ]
    if top > 0:
        label = ReportChart.tr("bitrate (top {kbps} kb/s)").format(kbps=f"{round(top):,}")
        entries.append(("line", BITRATE, solid, label))
    return entries


def _legend_rows(width: float, entries: list[LegendEntry]) -> list[list[tuple[float, LegendEntry]]]:
    """The legend's entries with their x offsets, wrapped into as many rows as ``width`` needs (a narrow PNG
    gets two or three; nothing runs off the picture)."""
    metrics = QFontMetricsF(_font(10))
    rows: list[list[tuple[float, LegendEntry]]] = [[]]
    x = 0.0
    for entry in entries:
        size = ICON_WIDTH[entry[0]] + metrics.horizontalAdvance(entry[3]) + 14
        if rows[-1] and x + size > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, entry))
        x += size
    return rows


def _legend(
    painter: QPainter, layout: ChartLayout, rect: QRectF, report: Report, options: ChartOptions
) -> None:
    font = _font(10)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    rows = _legend_rows(rect.right() - layout.plot.left(), _legend_entries(report, options))
    x = 0.0
    for number, row in enumerate(rows):
        y = rect.bottom() - (len(rows) - number - 0.5) * (metrics.height() + 2) - 2
        for offset, (kind, colour, style, label) in row:
            x = layout.plot.left() + offset
            if kind == "line":
                painter.setPen(QPen(colour, 2.2, style, Qt.PenCapStyle.FlatCap))
                painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            elif kind == "gap":
                painter.fillRect(QRectF(x, y - 4, 22, 8), QBrush(colour, Qt.BrushStyle.BDiagPattern))
            elif kind in ("note", "mark"):
                painter.setPen(QPen(INK, 1))
                painter.setBrush(QBrush(INK) if kind == "note" else Qt.BrushStyle.NoBrush)
                painter.drawPolygon(
                    QPolygonF([QPointF(x + 4, y - 5), QPointF(x, y + 3), QPointF(x + 8, y + 3)])
                )
                painter.setBrush(Qt.BrushStyle.NoBrush)
            elif kind in LANE_PATTERNS:
                swatch = QRectF(x, y - 5, 22, 10)
                pattern = LANE_PATTERNS[kind]
                painter.fillRect(swatch, QBrush(pattern[0], pattern[1]))
                painter.setPen(QPen(GRID, 1))
                painter.drawRect(swatch)
            elif kind == "dropped":
                painter.setPen(QPen(PAPER, 1))
                painter.setBrush(QBrush(INK))
                painter.drawPolygon(_diamond(x + 4, y))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            x += ICON_WIDTH[kind]
            painter.setPen(INK)
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), label)
            x += metrics.horizontalAdvance(label) + 14
    axis = ReportChart.tr("show time")
    at = layout.plot.right() - metrics.horizontalAdvance(axis)
    if x < at - 8:  # said only where the legend's last row leaves room
        y = rect.bottom() - 0.5 * (metrics.height() + 2) - 2
        painter.drawText(QPointF(at, y + metrics.ascent() / 2 - 1), axis)
