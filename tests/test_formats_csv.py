"""CSV tours as Excel and Google Sheets write them, in and out, through the parser and the real CLI."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from console.errors import InputError
from console.formats import load_tour
from console.formats.csv_format import dump_csv, parse_csv, parse_csv_bytes
from console.show.tour import Stop, Tour
from console.store import open_database
from tests.helpers import EXCEL_EUROPE, cicerone


# Excel "CSV UTF-8" in a French/German locale: BOM, semicolons, CRLF, a quoted cell with a
# newline, a semicolon and doubled quotes, an empty trailing row of separators.
def test_excel_in_a_european_locale_reads_every_cell() -> None:
    tour = parse_csv_bytes(EXCEL_EUROPE, name="louvre.csv", title="Louvre")
    assert [stop.title for stop in tour.stops] == ["La Joconde", "Victoire de Samothrace"]
    first = tour.stops[0]
    assert first.duration_s == 360
    assert (first.location, first.artist, first.date, first.medium) == (
        "Salle 711",
        "Léonard de Vinci",
        "1503–1519",
        "Huile sur bois",
    )
    assert first.talking_points == 'Le "sourire" : regardez les yeux.\n- sfumato; lumière\n- paysage'
    assert tour.stops[1].duration_s == 270 and tour.stops[1].artist == ""


def test_google_sheets_comma_no_bom_lf_and_loose_header_names() -> None:
    text = 'TITLE,duration , talking_points,artist\nOne,90s,"a, b",X\nTwo,1h,,\n'
    tour = parse_csv(text, title="Sheets")
    assert [(s.title, s.duration_s, s.talking_points, s.artist) for s in tour.stops] == [
        ("One", 90, "a, b", "X"),
        ("Two", 3600, "", ""),
    ]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("title,duration,colour,size\nA,1m,red,2\n", 1, "unknown columns: colour, size"),
        ("title,location\nA,B\n", 1, "no 'duration' column"),
        ("title,duration\nA,1m\nB,soon\n", 3, "'soon' is not a duration"),
        ("title,duration\nA,1m\n,2m\n", 3, "no title"),
        ('title,duration,talking points\nA,1m,"one\ntwo"\nB,,\n', 4, "duration of 'B'"),
        ("title,duration\nA,1m,stray\n", 2, "no header"),
        ('title,duration\nA,"1m\n', 2, "never closed"),
        ('title,duration\nA,"1m"x\n', 2, "not valid CSV"),
        ("title,duration\n", 1, "no stops"),
        ("title,Title,duration\nA,B,1m\n", 1, "appears twice"),
    ],
)
def test_errors_name_the_line_and_the_reason(text: str, line: int, words: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_csv(text, name="sheet.csv")
    assert caught.value.line == line
    assert words in caught.value.reason
    assert caught.value.text().startswith(f"sheet.csv, line {line}: ")


def test_export_is_what_excel_opens_and_reads_back_to_the_same_stops() -> None:
    tour = Tour(
        title="T",
        stops=(
            Stop('Quote "and" comma, here', 450, location="A;B", talking_points="Line one\n\nLine *two*"),
            Stop("Café ☕", 61, artist="Ü", date="1900", medium="m"),
        ),
    )
    text = dump_csv(tour)
    assert text.startswith("\ufeff")
    body = text.encode("utf-8")
    assert b"\n" not in body.replace(b"\r\n", b"")
    assert text.splitlines()[0] == "\ufefftitle,duration,location,artist,date,medium,talking points"
    again = parse_csv_bytes(body, title="T")
    assert again.stops == tour.stops


def test_cli_import_honours_title_and_slot_and_export_round_trips(tmp_path: Path, db_path: Path) -> None:
    source = tmp_path / "from-excel.csv"
    source.write_bytes(EXCEL_EUROPE)
    result = cicerone("tour", "import", str(source), "--title", "Le Louvre", "--slot", "15m", db=db_path)
    assert result.returncode == 0, result.stderr
    tour_id = result.stdout.strip().splitlines()[-1]
    out = tmp_path / "out.csv"
    assert cicerone("tour", "export", tour_id, "--format", "csv", "-o", str(out), db=db_path).returncode == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert load_tour(out).stops == load_tour(source).stops
    listed = cicerone("tour", "list", "--json", db=db_path).stdout
    assert '"title": "Le Louvre"' in listed and '"slot_s": 900' in listed


def test_cli_title_defaults_to_the_file_name_and_a_bad_slot_is_exit_2(tmp_path: Path, db_path: Path) -> None:
    source = tmp_path / "Spring route.csv"
    source.write_text("title,duration\nA,1m\n", encoding="utf-8")
    assert cicerone("tour", "import", str(source), db=db_path).returncode == 0
    assert '"title": "Spring route"' in cicerone("tour", "list", "--json", db=db_path).stdout
    bad = cicerone("tour", "import", str(source), "--slot", "lunchtime", db=db_path)
    assert bad.returncode == 2 and "--slot" in bad.stderr and "Traceback" not in bad.stderr


def test_a_bad_row_imports_nothing(tmp_path: Path, db_path: Path) -> None:
    open_database(db_path).close()
    source = tmp_path / "bad.csv"
    source.write_text("title,duration\nA,1m\nB,1m\nC,never\n", encoding="utf-8")
    result = cicerone("tour", "import", str(source), db=db_path)
    assert result.returncode == 2
    assert f"{source}, line 4:" in result.stderr and "Traceback" not in result.stderr
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM tours").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM stops").fetchone()[0] == 0
