"""Every format round trip keeps every field, and the PDF run-sheet holds every stop (pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from console.formats import load_tour
from console.show.durations import format_clock
from console.show.tour import Stop, Tour
from console.store import TourRepository, open_database
from tests.conftest import REPO
from tests.helpers import PNG, cicerone

SCRIPT = """---
title: Every field
slot: 40m
language: en
---

Welcome to *the* tour.

## Mona Lisa
duration: 7m 30s
location: Salle 711
artist: Leonardo da Vinci
date: 1503–1519
medium: Oil on poplar
image: mona.png

Look at the **smile**.

- sfumato
- the landscape; "quoted", with a comma

## Winged Victory
duration: 4m
location: Daru staircase
date: c. 190 BC
medium: Parian marble
min: 2m 30s
optional: yes
latest: 0:20:00

The prow of a ship.

## 二
duration: 90s
min: 1m
"""


def import_and_export(source: Path, fmt: str, target: Path, db: Path, *extra: str) -> None:
    imported = cicerone("tour", "import", str(source), *extra, db=db)
    assert imported.returncode == 0, imported.stderr
    tour_id = imported.stdout.split()[-1]
    exported = cicerone("tour", "export", tour_id, "--format", fmt, "-o", str(target), db=db)
    assert exported.returncode == 0, exported.stderr


def test_md_json_csv_bundle_md_keeps_every_field(tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "mona.png").write_bytes(PNG)
    (folder / "start.md").write_text(SCRIPT, encoding="utf-8")
    original = load_tour(folder / "start.md")
    steps = [
        ("start.md", "json", "a.json"),
        ("a.json", "csv", "b.csv"),
        ("b.csv", "bundle", "c.cicerone"),
        ("c.cicerone", "md", "end.md"),
    ]
    for number, (source, fmt, target) in enumerate(steps):
        # A CSV carries stops only: the tour's title and slot come from the command line.
        extra = ("--title", original.title, "--slot", "40m") if source.endswith(".csv") else ()
        import_and_export(folder / source, fmt, folder / target, tmp_path / f"db{number}.db", *extra)
    final = load_tour(folder / "end.md")
    assert final.stops == original.stops
    assert [(s.min_s, s.optional, s.latest_s) for s in final.stops] == [
        (None, False, None),
        (150, True, 1200),
        (60, False, None),
    ]
    assert (final.title, final.slot_s) == (original.title, original.slot_s)
    assert final.images == original.images == {"mona.png": PNG}
    # What a spreadsheet cannot hold: the tour's language and introduction (documented in the README).
    assert (final.language, final.introduction) == ("", "")
    json_tour = load_tour(folder / "a.json")
    assert (json_tour.language, json_tour.introduction) == (original.language, original.introduction)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_run_sheet_holds_every_stop_with_offsets_and_page_numbers(tmp_path: Path, db_path: Path) -> None:
    stops = tuple(
        Stop(
            f"Stop title {n:03d}",
            60 + n,
            location=f"Room {n}",
            artist=f"Artist {n}",
            talking_points=f"Point **{n}**\n\n- first\n- second",
        )
        for n in range(1, 61)
    )
    tour = Tour(
        title="Long route",
        slot_s=3600,
        stops=(*stops[:1], replace(stops[1], image="mona.png"), *stops[2:]),
        images={"mona.png": PNG},
    )
    db = open_database(db_path)
    tour_id = TourRepository(db).add(tour)
    db.close()
    target = tmp_path / "run-sheet.pdf"
    result = cicerone("tour", "export", str(tour_id), "--format", "pdf", "-o", str(target), db=db_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    offsets = tour.planned_offsets()
    for number, stop in enumerate(tour.stops, start=1):
        assert f"{number}. {stop.title}" in text
        assert stop.location in text and stop.artist in text
    assert "starts at 0:00" in text and f"starts at {format_clock(offsets[-1])}" in text
    assert "OVER by" in text  # 60 stops of 61..120 s run past the hour
    pages = text.count("\f")
    assert pages >= 2 and f"page {pages} of {pages}" in text and "Point 7" in text


def test_formats_never_load_qt_widgets() -> None:
    """The run-sheet uses QtGui only, so the command line and a headless venue machine never need widgets."""
    code = (
        "import sys, console.formats, console.formats.runsheet, console.commands.tour_cmd;"
        "print('PySide6.QtWidgets' in sys.modules)"
    )
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO)
    assert result.stdout.strip() == "False"
