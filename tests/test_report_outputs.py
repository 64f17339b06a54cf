"""The report as files (issue 17): ``session report --format pdf|html|png`` in real processes on a real
database, the PDF's text read back with pdftotext, the HTML searched for anything outside itself, and the
chart's pixels where the curve, a gap and a partial total are known."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from console.reporting.chart import BANDS, axis_values, chart_layout
from console.reporting.documents import CHART_RATIO, chart_png
from console.show.report import Report, build_report
from console.store import SessionRepository, open_database
from tests.helpers import REPO, REPORT_NOTES, REPORT_STOPS, REPORT_T0, cicerone, stored_report_show


def report_of(db_path: Path, session_id: int) -> Report:
    db = open_database(db_path)
    sessions = SessionRepository(db)
    report = build_report(sessions.get(session_id), sessions.samples(session_id))
    db.close()
    return report


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils' pdftotext is not installed")
def test_pdf_text_holds_the_tour_every_stop_and_every_note(db_path: Path, tmp_path: Path) -> None:
    show = str(stored_report_show(db_path))
    pdf = tmp_path / "report.pdf"
    result = cicerone("session", "report", show, "--format", "pdf", "-o", str(pdf), db=db_path)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Louvre highlights" in flat
    for title in REPORT_STOPS:
        assert title in flat, title
    for note in REPORT_NOTES:
        assert " ".join(note.split()) in flat if note else "(mark)" in flat, note
    assert "▲ Mona Lisa (gained most)" in flat  # the standing-out stop says so in words, not colour alone
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", pages), pages


def test_html_is_one_file_that_refers_to_nothing_outside(db_path: Path, tmp_path: Path) -> None:
    show = str(stored_report_show(db_path))
    page = tmp_path / "report.html"
    result = cicerone("session", "report", show, "--format", "html", "-o", str(page), db=db_path)
    assert result.returncode == 0, result.stderr
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<svg" in text and "<style>" in text
    outside = r"https?://|<script|\bsrc\s*=|\bhref\s*=|url\((?!#)|@import|<link|<iframe"  # url(#id) is inside
    assert not re.search(outside, text, re.I)
    for title in REPORT_STOPS:
        assert title in text, title
    assert "question about &lt;the arms&gt; &amp; 问题" in text  # typed text is escaped, never markup
    assert "<the arms>" not in text


def test_png_pixels_the_line_a_gap_and_a_partial_total(db_path: Path, qapp: object) -> None:
    report = report_of(db_path, stored_report_show(db_path))
    width = 1000
    image = QImage.fromData(chart_png(report, width))
    assert (image.width(), image.height()) == (width, round(width * CHART_RATIO))
    layout = chart_layout(report, QRectF(0, 0, width, image.height()))

    def pixel(at_s: float, viewers: float) -> QColor:
        return image.pixelColor(round(layout.x(REPORT_T0 + at_s)), round(layout.y(viewers)))

    # 6:40 (stop 1, a grey band): YouTube 140 + Twitch 70, complete: the black line.
    assert pixel(400, 210).lightness() < 90
    # Above the line in stop 1's band (grey) and stop 2's (white): the bands themselves.
    assert pixel(400, 450) == QColor(BANDS[0]) and pixel(700, 450) == QColor(BANDS[1])
    # 12:30: both sources failing. Where the line would be (it was 253 just before), the band shows.
    gap = pixel(750, 253)
    assert gap.lightness() > 200 and abs(gap.lightness() - QColor(BANDS[1]).lightness()) < 30, gap.name()
    assert all(pixel(750, v).lightness() > 200 for v in range(150, 350, 10))  # nothing joins across
    # 20:50: Twitch failing, so the total is YouTube's 225 alone: partial, drawn dashed in orange.
    row = round(layout.y(225))
    colours = [
        image.pixelColor(x, row)
        for x in range(round(layout.x(REPORT_T0 + 1230)), round(layout.x(REPORT_T0 + 1290)))
    ]
    assert any(c.red() > 170 and 60 < c.green() < 140 and c.blue() < 60 for c in colours)
    assert not any(c.lightness() < 60 for c in colours)  # not the complete total's black


def test_png_width_is_bounded_and_a_pdf_never_goes_to_a_terminal(db_path: Path, tmp_path: Path) -> None:
    show = str(stored_report_show(db_path))
    for width in ("10", "9000", "wide"):
        result = cicerone(
            "session", "report", show, "--format", "png", "--width", width, "-o", "x.png", db=db_path
        )
        assert result.returncode == 2 and "--width" in result.stderr and "Traceback" not in result.stderr
    png = tmp_path / "chart.png"
    result = cicerone(
        "session", "report", show, "--format", "png", "--width", "640", "-o", str(png), db=db_path
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(png)).width() == 640


@pytest.mark.parametrize("case", ["rehearsal without viewers", "crashed show"])
def test_every_session_gets_a_report(db_path: Path, tmp_path: Path, case: str) -> None:
    rehearsal = case.startswith("rehearsal")
    show = str(
        stored_report_show(
            db_path, kind="rehearsal" if rehearsal else "live", viewers=not rehearsal, ended=rehearsal
        )
    )
    for kind in ("pdf", "html", "png"):
        out = tmp_path / f"report.{kind}"
        result = cicerone("session", "report", show, "--format", kind, "-o", str(out), db=db_path)
        assert result.returncode == 0 and out.stat().st_size > 0, (kind, result.stderr)
    assert "never ended" in (tmp_path / "report.html").read_text(encoding="utf-8") or rehearsal


def test_the_command_line_draws_without_widgets(db_path: Path) -> None:
    """The report is QtGui only: rendering it loads no QtWidgets (a smaller, faster command)."""
    show = stored_report_show(db_path)
    code = (
        "import sys; from console.cli import main; "
        f"code = main(['--db', {str(db_path)!r}, 'session', 'report', '{show}', "
        "'--format', 'pdf', '-o', '-']); "
        "assert 'PySide6.QtWidgets' not in sys.modules, 'widgets loaded'; sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.startswith(b"%PDF-")


def test_a_session_that_never_went_live_still_draws(db_path: Path, qapp: object) -> None:
    """Made and left before the go-live: no time at all to draw, yet every output is a file, not a crash."""
    from console.reporting.documents import chart_svg, report_html, report_pdf
    from console.show.tour import Stop, Tour
    from console.store import TourRepository

    db = open_database(db_path)
    tours = TourRepository(db)
    tour = tours.get(tours.add(Tour("Never", (Stop("Only", 60),), slot_s=60)))
    session = SessionRepository(db).create(tour, at=REPORT_T0)
    assert session.id is not None
    db.close()
    report = report_of(db_path, session.id)
    assert QImage.fromData(chart_png(report, 400)).width() == 400
    assert "<svg" in chart_svg(report) and "Only" in report_html(report)
    assert report_pdf(report).startswith(b"%PDF-")


def test_the_report_speaks_the_window_language(db_path: Path, speak: Callable[[str], object]) -> None:
    """From Review the files are in the window's language (the command line stays English)."""
    from console.reporting.documents import report_html

    report = report_of(db_path, stored_report_show(db_path))
    speak("fr")
    page = report_html(report)
    assert (
        '<html lang="fr">' in page and "L’émission entière" in page and "Mona Lisa (a le plus gagné)" in page
    )
    speak("zh_CN")
    assert "整场直播" in report_html(report)


@pytest.mark.parametrize("power", range(7))
def test_the_axis_labels_are_the_counts_at_their_lines(power: int) -> None:
    """The grid once marked quarters of the top whatever it was, rounded: 0, 0, 0, 1, 1 up to 1 viewer; 0, 2,
    5, 8, 10 up to 10 (the "2" and the "8" half a viewer off their lines). Now whole, even steps to the top,
    for every top the axis takes (1, 2, 2.5, 5 × 10ⁿ)."""
    for top in (int(m * 10**power) for m in (1, 2, 2.5, 5) if m * 10**power >= 1):
        values = axis_values(top)
        assert values[0] == 0 and values[-1] == top and 2 <= len(values) <= 6, values
        assert len({b - a for a, b in itertools.pairwise(values)}) == 1, values
    assert axis_values(1) == [0, 1]
    assert axis_values(10) == [0, 2, 4, 6, 8, 10]
    assert axis_values(1000) == [0, 250, 500, 750, 1000]


def test_a_one_megabyte_note_is_cut_in_the_report_and_whole_in_the_export(
    db_path: Path, tmp_path: Path
) -> None:
    """One unbroken 1 MB note held the PDF for minutes (Qt lays a long line out in quadratic time); the
    report's tables now show its first characters and how many more the session export holds."""
    from console.reporting.documents import NOTE_CHARS_SHOWN
    from console.show.session import Note

    show = stored_report_show(db_path)
    db = open_database(db_path)
    sessions = SessionRepository(db)
    sessions.add_note(
        sessions.get(show), Note(at=REPORT_T0 + 60, text="M" * 1_000_000, stop_index=0, show_s=60.0)
    )
    db.close()
    for fmt in ("pdf", "html"):
        target = tmp_path / f"report.{fmt}"
        started = time.monotonic()
        result = cicerone("session", "report", str(show), "--format", fmt, "-o", str(target), db=db_path)
        assert result.returncode == 0, result.stderr
        assert time.monotonic() - started < 20, fmt
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    left = 1_000_000 - NOTE_CHARS_SHOWN
    assert (
        f"{'M' * NOTE_CHARS_SHOWN}… (+{left:,} characters: the session export holds the whole note)" in page
    )
    assert "M" * (NOTE_CHARS_SHOWN + 1) not in page
    exported = cicerone("session", "export", str(show), "--format", "json", db=db_path)
    assert "M" * 1_000_000 in exported.stdout
