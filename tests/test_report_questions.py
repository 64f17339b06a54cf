"""The audience's questions in the report and the exports (issue 19, item 4), in real processes on a real
database: each question at its stop in the PDF's text and the HTML page (escaped), counted per stop in the
report's sheet, a typed row in the export's sheet, and no asker's name left with ``--anonymize``."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.show.chat import ChatMessage
from console.show.questions import Question, fold_key
from console.store import open_database
from console.store.questions import QuestionLedger
from console.ui.review import ReviewView
from tests.helpers import REPORT_STOPS, REPORT_T0, cicerone, open_console, stored_report_show

# (seconds from the go-live, stop index, platform, author, text, count, state)
ASKED = (
    (-30.0, None, "youtube", "Li Wei", "Can you hear us?", 1, "new"),
    (100.0, 0, "youtube", "Li Wei", "Who carved it?", 3, "answered"),
    (600.0, 1, "twitch", "Camille <b>", "<script>alert(1)</script> Pourquoi sourit-elle ?", 1, "new"),
    (1200.0, 2, "twitch", "王芳", "手臂在哪里？", 2, "dismissed"),
)
NAMES = ("Li Wei", "Camille", "王芳")


def asked_show(db_path: Path) -> str:
    """The report's show with the audience's questions stored as the live console stores them."""
    session_id = stored_report_show(db_path)
    db = open_database(db_path)
    ledger = QuestionLedger(db)
    for number, (at, stop, platform, author, text, count, state) in enumerate(ASKED, 1):
        message = ChatMessage(platform, f"{platform}-chat:x", author, text, REPORT_T0 + at)  # type: ignore[arg-type]
        answered = REPORT_T0 + at + 60 if state == "answered" else None
        question = Question(number, message, fold_key(text), count, message.at, stop, state, answered)  # type: ignore[arg-type]
        ledger.add(session_id, question)
    db.close()
    return str(session_id)


def report(db_path: Path, tmp_path: Path, session: str, kind: str, *options: str) -> Path:
    out = tmp_path / f"out.{kind}"
    result = cicerone("session", "report", session, "--format", kind, "-o", str(out), *options, db=db_path)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils' pdftotext is not installed")
def test_the_pdf_lists_each_question_under_its_stop(db_path: Path, tmp_path: Path) -> None:
    pdf = report(db_path, tmp_path, asked_show(db_path), "pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # the PDF's "ﬁ" and "⼿" are "fi" and "手"
    section = flat[flat.rindex("Audience questions") :]
    headings = ["Before the first stop", *(f"{n} {title}" for n, title in enumerate(REPORT_STOPS[:3], 1))]
    places = [section.index(heading) for heading in headings]
    assert places == sorted(places), section  # the stops in the tour's order
    ends = [*places[1:], len(section)]
    for (*_, author, text_asked, _count, _state), start, end in zip(ASKED, places, ends, strict=True):
        found = section.index(unicodedata.normalize("NFKC", text_asked))
        assert start < found < end, text_asked  # under its own stop's heading
        assert author in section[start : found + 200], author
    assert "4 (1 answered)" in flat  # the whole show's figure
    assert "Who carved it?" in flat and "YouTube" in section and "Twitch" in section
    assert "no (dismissed)" in section and "−0:30" in section  # asked before the show went live


def test_the_html_escapes_what_the_audience_typed(db_path: Path, tmp_path: Path) -> None:
    page = report(db_path, tmp_path, asked_show(db_path), "html").read_text(encoding="utf-8")
    assert "<script" not in page and "Camille <b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Pourquoi sourit-elle ?" in page
    assert "Camille &lt;b&gt;" in page and "<h3>2 Mona Lisa</h3>" in page


def test_the_report_sheet_counts_questions_per_stop(db_path: Path, tmp_path: Path) -> None:
    sheet = report(db_path, tmp_path, asked_show(db_path), "csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(sheet, newline="")))
    assert [(row["questions"], row["questions_answered"]) for row in rows] == [
        ("1", "1"),
        ("1", "0"),
        ("1", "0"),
        ("0", "0"),
    ]


def test_the_export_sheet_has_a_row_per_question_at_its_stop(db_path: Path) -> None:
    result = cicerone("session", "export", asked_show(db_path), "--format", "csv", db=db_path)
    assert result.returncode == 0, result.stderr
    rows = [
        row
        for row in csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")))
        if row["record"] == "question"
    ]
    assert [(row["stop"], row["text"], row["author"], row["count"]) for row in rows] == [
        ("", "Can you hear us?", "Li Wei", "1"),
        ("1", "Who carved it?", "Li Wei", "3"),
        ("2", "<script>alert(1)</script> Pourquoi sourit-elle ?", "Camille <b>", "1"),
        ("3", "手臂在哪里？", "王芳", "2"),
    ]
    assert rows[1]["answered"] == "2023-11-14T22:16:00+00:00" and rows[0]["answered"] == ""
    assert (rows[1]["show_time_s"], rows[1]["platform"], rows[1]["title"]) == (
        "100.0",
        "youtube",
        "Winged Victory",
    )
    assert rows[0]["show_time_s"] == "-30.0"


@pytest.mark.parametrize(
    ("command", "kind"),
    [("report", "pdf"), ("report", "html"), ("report", "csv"), ("export", "csv"), ("export", "json")],
)
def test_anonymize_leaves_no_name_in_any_format(
    db_path: Path, tmp_path: Path, command: str, kind: str
) -> None:
    session = asked_show(db_path)
    out = tmp_path / f"shared.{kind}"
    result = cicerone(
        "session", command, session, "--format", kind, "--anonymize", "-o", str(out), db=db_path
    )
    assert result.returncode == 0, result.stderr
    if kind == "pdf":
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    else:
        text = out.read_text(encoding="utf-8-sig")
    for name in NAMES:
        assert name not in text, (name, kind)
    if command == "export" and kind == "json":
        asked = json.loads(text)
        assert asked["questions_before_live"][0]["author"] == "viewer 1"
        assert asked["stops"][0]["questions"][0]["author"] == "viewer 1"  # one asker, one number
        assert asked["stops"][1]["questions"][0]["author"] == "viewer 2"
    elif kind != "csv" or command == "export":
        assert "viewer 2" in text and "viewer 3" in text


def open_session(qtbot: QtBot, view: ReviewView, session_id: int) -> None:
    for row in range(view.sessions.rowCount()):
        view.sessions.selectRow(row)
        if view.chosen_session() == session_id:
            break
    qtbot.waitUntil(lambda: view.report is not None and view.report.session.id == session_id)


def test_review_lists_the_questions_beside_the_notes_only_when_there_were_any(
    qtbot: QtBot, db_path: Path
) -> None:
    asked, plain = int(asked_show(db_path)), stored_report_show(db_path)
    console = open_console(qtbot, db_path)
    try:
        view = console.window.show_mode("Review")
        assert isinstance(view, ReviewView)
        qtbot.waitUntil(lambda: view.sessions.rowCount() == 2, timeout=10_000)
        open_session(qtbot, view, asked)
        table = view.questions
        assert not table.isHidden()
        rows = [
            [item.text() if (item := table.item(r, c)) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        assert [(row[0], row[4], row[5], row[6]) for row in rows] == [
            ("Before the first stop", "Li Wei", "Can you hear us?", "1"),
            ("1 Winged Victory", "Li Wei", "Who carved it?", "3"),
            ("2 Mona Lisa", "Camille <b>", "<script>alert(1)</script> Pourquoi sourit-elle ?", "1"),
            ("3 Vénus de Milo", "王芳", "手臂在哪里？", "2"),
        ]
        assert rows[1][7].startswith("at ") and rows[3][7] == "no (dismissed)"
        open_session(qtbot, view, plain)  # no chat that show: no empty table taking the notes' room
        assert table.isHidden() and table.rowCount() == 0
    finally:
        console.shutdown()
