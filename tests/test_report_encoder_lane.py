"""The encoder's lane under the report's viewer curve: what OBS said, stored through the store, read back with
the session (the command line, Review), drawn in the PNG's pixels and the PDF's words, absent without an
encoder, and a gap where the encoder could not be asked."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from console.reporting.chart import ON_AIR, ChartOptions, chart_layout
from console.reporting.documents import CHART_RATIO, chart_png, report_html
from console.review.library import ReviewLibrary
from console.show.encoder import EncoderRecord, EncoderSpan, encoder_spans
from console.show.report import Report
from console.store import SessionRepository, open_database
from console.ui.review.chart_widget import ChartWidget
from tests.helpers import REPORT_T0, cicerone, stored_report_show

T0 = REPORT_T0
OFF_AIR_S = (600, 800)  # the stream stopped from 10:00 to 13:20
RECONNECTING_S = (900, 960)
NOT_ASKED_S = (1000, 1100)  # OBS refused the connection: nothing is known


def store_encoder(db_path: Path, session_id: int) -> int:
    """A sample every 5 s over the 30-minute show, state records at each change, as the monitor writes
    them; returns how many rows were written."""
    db = open_database(db_path)
    sessions = SessionRepository(db)
    rows = 0

    def add(record: EncoderRecord) -> None:
        nonlocal rows
        sessions.add_encoder_record(session_id, record)
        rows += 1

    add(EncoderRecord(T0, "state", True, stream_started_at=T0 - 30))
    for k in range(0, 1800, 5):
        if NOT_ASKED_S[0] <= k < NOT_ASKED_S[1]:
            continue
        if OFF_AIR_S[0] <= k < OFF_AIR_S[1]:
            add(EncoderRecord(T0 + k, "sample", False, bitrate_kbps=0.0))
        elif RECONNECTING_S[0] <= k < RECONNECTING_S[1]:
            add(EncoderRecord(T0 + k, "sample", True, reconnecting=True, bitrate_kbps=200.0))
        else:
            dropping = 1400 <= k < 1450
            add(
                EncoderRecord(
                    T0 + k, "sample", True, bitrate_kbps=6000.0, dropped_share=0.06 if dropping else 0.0
                )
            )
    add(EncoderRecord(T0 + NOT_ASKED_S[0], "state", None, reason="connection refused"))
    db.close()
    return rows


def read_report(db_path: Path, session_id: int) -> Report:
    db = open_database(db_path)
    try:
        return SessionRepository(db).report(session_id)
    finally:
        db.close()


def lane_pixels(image: QImage, report: Report, a_s: float, b_s: float) -> list[QColor]:
    """The lane's upper half (clear of the state's word, written at its foot) between two show times."""
    layout = chart_layout(report, QRectF(0, 0, image.width(), image.height()))
    assert layout.lane is not None
    top, middle = round(layout.lane.top()) + 2, round(layout.lane.center().y())
    return [
        image.pixelColor(x, y)
        for x in range(round(layout.x(T0 + a_s)) + 2, round(layout.x(T0 + b_s)) - 2)
        for y in range(top, middle)
    ]


def dark(colour: QColor) -> bool:
    return colour.lightness() < 80


def test_spans_hold_each_record_join_alike_and_leave_gaps() -> None:
    records = [
        EncoderRecord(0, "sample", True),
        EncoderRecord(5, "sample", True),
        EncoderRecord(10, "state", False),
        EncoderRecord(20, "state", None, reason="refused"),  # could not be asked
        EncoderRecord(40, "sample", True, reconnecting=True),
        EncoderRecord(200, "sample", True),  # 160 s after the last word: a gap, not a guess
    ]
    assert encoder_spans(records, 2, 230) == [
        EncoderSpan(2, 10, "on_air"),
        EncoderSpan(10, 20, "off_air"),
        EncoderSpan(40, 70, "reconnecting"),
        EncoderSpan(200, 230, "on_air"),
    ]
    assert encoder_spans([], 0, 100) == []


def test_png_shows_the_off_air_band_where_the_stream_stopped_and_a_gap_where_obs_was_not_asked(
    db_path: Path, qapp: object
) -> None:
    show = stored_report_show(db_path)
    store_encoder(db_path, show)
    report = read_report(db_path, show)
    width = 1000
    image = QImage.fromData(chart_png(report, width))
    assert (image.width(), image.height()) == (width, round(width * CHART_RATIO))
    layout = chart_layout(report, QRectF(0, 0, width, image.height()))
    assert layout.lane is not None
    # The same time axis: the lane spans the plot's width exactly, under it.
    assert (layout.lane.left(), layout.lane.width()) == (layout.plot.left(), layout.plot.width())
    assert layout.lane.top() > layout.plot.bottom()

    on_air = lane_pixels(image, report, 100, 500)
    assert sum(c == ON_AIR for c in on_air) > 0.8 * len(on_air)
    assert not any(dark(c) for c in on_air)
    off_air = lane_pixels(image, report, OFF_AIR_S[0] + 100, OFF_AIR_S[1])  # past the "OFF AIR" word
    assert sum(dark(c) for c in off_air) > 0.15 * len(off_air)  # the cross-hatch: ink, not a tint
    assert not any(c == ON_AIR for c in off_air)
    not_asked = lane_pixels(image, report, NOT_ASKED_S[0] + 5, NOT_ASKED_S[1] - 5)
    assert all(c.lightness() > 245 for c in not_asked)  # nothing drawn: OBS said nothing


def test_a_session_without_an_encoder_has_no_lane_at_all(db_path: Path, qapp: object) -> None:
    report = read_report(db_path, stored_report_show(db_path))
    assert report.encoder == ()
    image = QImage.fromData(chart_png(report, 1000))
    layout = chart_layout(report, QRectF(0, 0, image.width(), image.height()))
    assert layout.lane is None
    colours = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert ON_AIR.rgb() not in colours  # no band, no legend swatch


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils' pdftotext is not installed")
def test_the_pdf_says_the_lane_in_words(db_path: Path, tmp_path: Path) -> None:
    with_encoder, without = stored_report_show(db_path), stored_report_show(db_path)
    store_encoder(db_path, with_encoder)

    def text_of(session_id: int) -> str:
        pdf = tmp_path / f"{session_id}.pdf"
        result = cicerone("session", "report", str(session_id), "--format", "pdf", "-o", str(pdf), db=db_path)
        assert result.returncode == 0, result.stderr
        words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
        return " ".join(words.stdout.split())

    text = text_of(with_encoder)
    for label in (
        "stream: on air",
        "OFF AIR",
        "reconnecting",
        "bitrate (top 6,000 kb/s)",
        "dropped frames over 2",
    ):
        assert label in text, label
    assert "stream: on air" not in text_of(without)


def test_export_then_report_round_trip_with_rows_written_through_the_store(
    db_path: Path, tmp_path: Path, qapp: object
) -> None:
    show = stored_report_show(db_path)
    written = store_encoder(db_path, show)
    exported = cicerone("session", "export", str(show), "--format", "json", db=db_path)
    assert exported.returncode == 0, exported.stderr
    said = json.loads(exported.stdout)["encoder"]
    assert len(said) == written
    assert [r["reason"] for r in said if r["streaming"] is None] == ["connection refused"]
    stopped = [r for r in said if r["streaming"] is False]
    assert len(stopped) == (OFF_AIR_S[1] - OFF_AIR_S[0]) // 5

    png = tmp_path / "chart.png"
    result = cicerone(
        "session", "report", str(show), "--format", "png", "--width", "1000", "-o", str(png), db=db_path
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    report = read_report(db_path, show)
    assert len(report.encoder) == written
    off_air = lane_pixels(image, report, OFF_AIR_S[0] + 100, OFF_AIR_S[1])
    assert sum(dark(c) for c in off_air) > 0.15 * len(off_air)


def test_review_reads_the_encoder_with_the_session(db_path: Path, qtbot: QtBot) -> None:
    show = stored_report_show(db_path)
    written = store_encoder(db_path, show)
    library = ReviewLibrary(db_path)
    with qtbot.waitSignal(library.opened, timeout=20_000) as opened:
        library.open(show)
    report = opened.args[0]
    assert isinstance(report, Report) and len(report.encoder) == written
    library.wait()


def test_reviews_chart_widget_draws_the_lane(db_path: Path, qtbot: QtBot) -> None:
    show = stored_report_show(db_path)
    store_encoder(db_path, show)
    report = read_report(db_path, show)
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.resize(1000, 420)
    chart.show_report(report)
    image = chart.grab().toImage()
    assert chart.layout_ is not None and chart.layout_.lane is not None
    off_air = lane_pixels(image, report, OFF_AIR_S[0] + 100, OFF_AIR_S[1])
    assert sum(dark(c) for c in off_air) > 0.15 * len(off_air)


def test_the_lane_speaks_the_window_language(db_path: Path, speak: Callable[[str], object]) -> None:
    show = stored_report_show(db_path)
    store_encoder(db_path, show)
    report = read_report(db_path, show)
    speak("fr")
    page = report_html(report)
    assert "HORS ANTENNE" in page and "reconnexion" in page and "diffusion" in page
    speak("zh_CN")
    page = report_html(report)
    assert "已停播" in page and "推流" in page


def test_damaged_encoder_rows_draw_without_a_traceback(db_path: Path, qapp: object) -> None:
    """Rows a hand edit or a damaged file left: NaN and infinite figures, a moment at infinity, shares over 1,
    records long before and after the show. The lane draws what makes sense and skips the rest."""
    show = stored_report_show(db_path)
    db = open_database(db_path)
    sessions = SessionRepository(db)
    for record in (
        EncoderRecord(T0 - 86_400, "sample", True, bitrate_kbps=5000.0),
        EncoderRecord(T0 + 10, "sample", True, bitrate_kbps=math.nan, dropped_share=math.nan),
        EncoderRecord(T0 + 20, "sample", True, bitrate_kbps=math.inf, dropped_share=7.0),
        EncoderRecord(T0 + 30, "sample", True, bitrate_kbps=-40.0, congestion=-1.0),
        EncoderRecord(math.inf, "state", False),
        EncoderRecord(T0 + 600, "state", False),
        EncoderRecord(T0 + 86_400 * 365, "sample", True, bitrate_kbps=1e308),
    ):
        sessions.add_encoder_record(show, record)
    db.close()
    report = read_report(db_path, show)
    image = QImage.fromData(chart_png(report, 1000))
    off_air = lane_pixels(image, report, 700, 740)  # the one sound change: off air from 10:00, held 30 s
    assert not any(dark(c) for c in off_air)  # held 30 s at most, so 11:40 is a gap, drawn as nothing
    assert sum(dark(c) for c in lane_pixels(image, report, 602, 628)) > 0
    assert not image.isNull()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils' pdftotext is not installed")
def test_the_lane_marks_drops_over_this_machines_threshold(db_path: Path, tmp_path: Path) -> None:
    """The samples dropped 6 %: marked over the default 2 %, not over a 10 % setting; a settings file that
    cannot be read leaves the default with a warning, never a failed report."""
    show = stored_report_show(db_path)
    store_encoder(db_path, show)
    settings = Path(os.environ["CICERONE_CONFIG_DIR"]) / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)

    def report(name: str) -> tuple[str, str]:
        pdf = tmp_path / f"{name}.pdf"
        result = cicerone("session", "report", str(show), "--format", "pdf", "-o", str(pdf), db=db_path)
        assert result.returncode == 0, result.stderr
        words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
        return " ".join(words.stdout.split()), result.stderr

    settings.write_text("encoder_dropped_percent = 10.0\n", encoding="utf-8")
    text, _ = report("ten")
    assert "dropped frames over 10 %" in text

    settings.write_text("encoder_dropped_percent = 'lots'\n", encoding="utf-8")
    text, warning = report("broken")
    assert "dropped frames over 2 %" in text
    assert "settings.toml" in warning and "encoder_dropped_percent" in warning and "Traceback" not in warning


def test_a_threshold_above_the_drops_marks_none(db_path: Path, qapp: object) -> None:
    show = stored_report_show(db_path)
    store_encoder(db_path, show)
    report = read_report(db_path, show)

    def diamonds(options: ChartOptions) -> int:
        image = QImage.fromData(chart_png(report, 1000, options))
        layout = chart_layout(report, QRectF(0, 0, image.width(), image.height()), options)
        assert layout.lane is not None
        y = round(layout.lane.top() + 5)  # the diamonds' middle row
        span = range(round(layout.x(T0 + 1400)), round(layout.x(T0 + 1450)))
        return sum(dark(image.pixelColor(x, y)) for x in span)

    assert diamonds(ChartOptions()) > 10
    assert diamonds(ChartOptions(dropped_alert=0.10)) == 0
