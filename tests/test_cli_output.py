"""The command line's own failures are the world's, said in one line with exit 2: a full disk under standard
output, a name too long, a reader that leaves the pipe. Never a traceback, never exit 3."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.helpers import TOUR


def cicerone(*args: str, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_under_standard_output_is_exit_2(tour_db: Path) -> None:
    with open("/dev/full", "w") as full:
        result = cicerone("--db", str(tour_db), "tour", "list", stdout=full.fileno())
    assert result.returncode == 2
    assert result.stderr.strip() == "cicerone: error: cannot write the output: No space left on device"


def test_a_database_name_too_long_is_exit_2(tmp_path: Path) -> None:
    name = tmp_path / ("a" * 300 + ".db")
    result = cicerone("--db", str(name), "tour", "list")
    assert result.returncode == 2, result.stderr
    assert "File name too long" in result.stderr and "Traceback" not in result.stderr


def test_a_reader_that_leaves_the_pipe_is_not_an_error(db_path: Path) -> None:
    from dataclasses import replace

    from console.store import TourRepository, open_database

    db = open_database(db_path)
    long_points = "- a point worth making\n" * 20_000  # far more than a pipe holds
    TourRepository(db).add(replace(TOUR, stops=(replace(TOUR.stops[0], talking_points=long_points),)))
    db.close()
    pipeline = subprocess.run(
        f"{sys.executable} -m console --db {db_path} tour export 1 --format json | head -c 1",
        shell=True,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert pipeline.stdout == "{"
    assert pipeline.stderr == ""


def test_demo_means_the_demo_database_for_every_command(tmp_path: Path) -> None:
    """After a demo show, `cicerone --demo session list` lists it (it read the other database before)."""
    from console.store import SessionRepository, TourRepository, chosen_db_path, open_database

    demo = open_database(chosen_db_path(None, demo=True))
    sessions = SessionRepository(demo)
    tour = TourRepository(demo).get(TourRepository(demo).add(TOUR))
    sessions.start(tour, "live", 1_000.0)
    demo.close()
    listed = cicerone("--demo", "session", "list")
    assert listed.returncode == 0, listed.stderr
    assert TOUR.title in listed.stdout
    assert TOUR.title not in cicerone("session", "list").stdout  # the user's own database is another
    backup = cicerone("--demo", "backup", "-o", str(tmp_path / "copy.db"))
    assert backup.returncode == 0, backup.stderr
