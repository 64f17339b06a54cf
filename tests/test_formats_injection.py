"""Spreadsheet formula injection (OWASP "CSV injection"), and the round trips that once lost a field.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run by Excel, LibreOffice
and Google Sheets as a formula (``=cmd|' /C calc'!A0`` starts a program): every CSV the console writes, of a
tour or of a session, puts a ``'`` before it; the tour importer removes exactly that ``'``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from console.errors import KnownError
from console.formats import dump_tour, load_tour
from console.formats.csv_format import dump_csv, parse_csv
from console.formats.markdown import dump_markdown, parse_markdown
from console.formats.session_report import dump_session_csv
from console.show.limits import MAX_CSV_CELL_CHARS
from console.show.session import Note
from console.show.tour import Stop, Tour
from console.store import SessionRepository, TourRepository, open_database

FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"]


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_tour_csv_never_writes_a_cell_a_spreadsheet_would_run(formula: str) -> None:
    tour = Tour("T", (Stop("Nike", 60, artist=formula, talking_points=formula),))
    rows = cells(dump_csv(tour))
    assert rows[1][3] == f"'{formula}" and rows[1][6] == f"'{formula}"


@pytest.mark.parametrize(
    "value",
    ["'=x", "''@x", "-", "'-", "'", "it's", "=", "Music in C#"],
)
def test_a_cell_that_starts_with_a_quote_of_its_own_reads_back_exactly(value: str) -> None:
    tour = Tour("T", (Stop(value, 60, location=value, talking_points=value),))
    assert parse_csv(dump_csv(tour), title="T").stops == tour.stops


def test_a_duration_cell_is_never_taken_for_an_escaped_formula() -> None:
    """The importer removes a "'" only before a formula character: "-" and "'5m" stay what they were."""
    with pytest.raises(KnownError, match="not a duration"):
        parse_csv("title,duration\nA,-\n", name="t.csv", title="T")
    assert parse_csv("title,duration\n'-A,5m\n", title="T").stops[0].title == "-A"


def test_a_session_csv_neutralises_titles_and_notes_but_keeps_numbers(db_path: Path) -> None:
    db = open_database(db_path)
    tours = TourRepository(db)
    tour = tours.get(tours.add(Tour("T", (Stop('=HYPERLINK("http://x")', 60), Stop("B", 120)))))
    sessions = SessionRepository(db)
    session = sessions.create(tour, at=1000.0)
    sessions.go_live(session, 1000.0)
    sessions.arrive(session, 0, 1000.0)
    sessions.add_note(session, Note(at=1010.0, text="@SUM(1+1)*cmd|' /C calc'!A0", stop_index=0, show_s=10.0))
    sessions.arrive(session, 1, 1030.0)  # 30 s at a 60 s stop: delta_s is -30, a number
    sessions.end(session, 1200.0)
    assert session.id is not None
    rows = cells(dump_session_csv(sessions.get(session.id)))
    db.close()
    header = rows[0]
    stop_row = dict(zip(header, rows[1], strict=True))
    note_row = dict(zip(header, rows[3], strict=True))
    assert stop_row["title"] == '\'=HYPERLINK("http://x")'
    assert stop_row["delta_s"] == "-30.0"  # a number, not text: no "'"
    assert note_row["text"] == "'@SUM(1+1)*cmd|' /C calc'!A0" and note_row["title"].startswith("'=")


def test_a_csv_talking_point_over_128_kb_reads_back(tmp_path: Path) -> None:
    long = "word " * 60_000 + "end"  # 300 KB: past the csv module's default field limit of 128 KB
    tour = Tour("T", (Stop("A", 60, talking_points=long),))
    path = tmp_path / "long.csv"
    path.write_text(dump_csv(tour), encoding="utf-8", newline="")
    assert load_tour(path).stops == tour.stops


def test_a_cell_too_large_for_the_csv_limit_is_refused_at_export_not_lost() -> None:
    tour = Tour("T", (Stop("A", 60, talking_points="x" * MAX_CSV_CELL_CHARS),))
    with pytest.raises(KnownError, match="too long for a CSV cell"):
        dump_tour(tour, "csv")


@pytest.mark.parametrize(
    ("stop", "tour_fields"),
    [
        (Stop("Music in C#", 60), {}),
        (Stop("Closing hashes #", 60), {}),
        (Stop("#", 60), {}),
        (Stop("A", 60, talking_points="Before\n## Not a stop\nafter"), {}),
        (Stop("A", 60, talking_points="```python\nprint('never closed')"), {}),
        (Stop("A", 60, talking_points="\\## already escaped\n\\```"), {}),
        (Stop("A", 60, talking_points="```\n## inside a closed block\n```"), {}),
        (Stop("A", 60), {"title": "'quoted'", "introduction": "## not a stop\n~~~"}),
    ],
)
def test_markdown_gives_back_what_it_once_lost(stop: Stop, tour_fields: dict[str, str]) -> None:
    tour = Tour(**{"title": "T", **tour_fields}, stops=(stop, Stop("Next", 60)))  # type: ignore[arg-type]
    assert parse_markdown(dump_markdown(tour)) == tour


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "bundle"])
@pytest.mark.parametrize(
    "stop", [Stop("Two\nlines", 60), Stop("A", 60, location="Room 1\nDenon wing"), Stop("A\x00", 60)]
)
def test_a_value_no_import_takes_back_is_refused_at_export_with_the_reason(fmt: str, stop: Stop) -> None:
    """An older build (or a paste in Prepare) could store a line break in a title: no format loses it."""
    with pytest.raises(KnownError, match=r"cannot export as .*(line break|control character)"):
        dump_tour(Tour("T", (stop,)), fmt)
