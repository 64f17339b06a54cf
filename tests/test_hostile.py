"""The hostile corpus: every tour file in ``tests/hostile/`` through every ``tour`` subcommand.

Data-driven: a file added to a folder is tested without editing this file. Each one gets a clean answer
(exit 0 or 1, or exit 2 naming the file and the reason), never a traceback, never exit 3, never a hang;
``tour check`` refuses exactly what ``tour import`` refuses; and what imports is exported to every format
and imported again, to the same tour. Files run in-process (fast); what could hang (a FIFO, a device) is
made at run time (git cannot hold one) and run in a subprocess with a timeout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from console.cli import main
from console.show.tour import Tour
from console.store import TourRepository, open_database
from tests.conftest import REPO

CORPUS = REPO / "tests" / "hostile"
# settings/ is tests/test_settings.py's; feeds/ (viewer answers) belongs to the viewer source tests.
NOT_TOUR_FILES = {"settings", "feeds"}
TOUR_SUFFIXES = {".md", ".markdown", ".txt", ".json", ".csv", ".cicerone"}
# What each folder's files must do; a folder not named here only has to answer cleanly.
EXPECTED = {
    "bounds": "refused",
    "images": "refused",
    "tours": "refused",
    "round-trips": "imported",
    "advice": "imported",
}
EXPORTS = {"md": ".md", "json": ".json", "csv": ".csv", "bundle": ".cicerone", "pdf": ".pdf"}
SECONDS_PER_COMMAND = 10.0
HANG_TIMEOUT_S = 20.0


def corpus_files() -> list[Path]:
    return sorted(
        path
        for folder in CORPUS.iterdir()
        if folder.is_dir() and folder.name not in NOT_TOUR_FILES
        for path in folder.iterdir()
        if path.is_file() and path.suffix.lower() in TOUR_SUFFIXES
    )


@dataclass
class Run:
    code: int
    out: str
    err: str


def clean_answer(run: Run, *args: str) -> None:
    """No traceback, no exit 3: exit 0 or 1, or exit 2 with a reason."""
    assert run.code in (0, 1, 2), (args, run.code, run.err)
    assert "Traceback" not in run.err + run.out and "internal error" not in run.err, (args, run.err)
    assert "Exceeds the limit" not in run.err, run.err  # Python's int-to-string message, never the user's
    if run.code == 2:
        assert run.err.startswith("cicerone: error: ") and len(run.err) < 2000, run.err


@pytest.fixture
def cicerone(db_path: Path, capsys: pytest.CaptureFixture[str], qapp: object) -> Callable[..., Run]:
    """The command line, in this process, on a real database; each command under its time bound.

    ``qapp`` first: the PDF export would make a bare QGuiApplication, which later widget tests cannot use.
    """

    def run(*args: str) -> Run:
        started = time.monotonic()
        code = main(["--db", str(db_path), *args])
        took = time.monotonic() - started
        captured = capsys.readouterr()
        result = Run(code, captured.out, captured.err)
        clean_answer(result, *args)
        assert took < SECONDS_PER_COMMAND, f"{args}: {took:.1f} s"
        return result

    return run


def stored(db_path: Path, tour_id: str) -> Tour:
    db = open_database(db_path)
    try:
        return TourRepository(db).get(int(tour_id), with_images=True)
    finally:
        db.close()


@pytest.mark.parametrize("path", corpus_files(), ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_hostile_tour_file_gets_a_clean_answer(
    path: Path, cicerone: Callable[..., Run], db_path: Path, tmp_path: Path
) -> None:
    checked = cicerone("tour", "check", str(path))
    imported = cicerone("tour", "import", str(path))
    assert (checked.code == 2) == (imported.code == 2), (checked.err, imported.err)
    expected = EXPECTED.get(path.parent.name)
    if imported.code == 2:
        assert expected != "imported", imported.err
        assert f"error: {path}" in imported.err and imported.err == checked.err
        db = open_database(db_path)
        assert db.execute("SELECT count(*) FROM tours").fetchone()[0] == 0  # nothing half-imported
        db.close()
        return
    assert expected != "refused", f"{path.name} imported: {imported.out}"
    tour_id = imported.out.split()[-1]
    original = stored(db_path, tour_id)
    for fmt, suffix in EXPORTS.items():
        target = tmp_path / f"export-{fmt}{suffix}"
        cicerone("tour", "export", tour_id, "--format", fmt, "-o", str(target))
        if fmt == "pdf":
            assert target.read_bytes().startswith(b"%PDF")
            continue
        again_id = cicerone("tour", "import", str(target), "--title", original.title).out.split()[-1]
        again = stored(db_path, again_id)
        assert again.stops == original.stops, fmt
        assert again.images == original.images, fmt
        if fmt != "csv":  # a CSV carries the stops only
            assert again.with_id(original.id or 0) == original, fmt


# -- what git cannot hold: pipes, devices, links to them, made here -----------------------------------------


def hang_cases(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each case: the tour file to read and the words of the reason it must be refused with."""
    script = "---\ntitle: T\n---\n## A\nduration: 5m\nimage: {}\n"
    cases: dict[str, tuple[Path, str]] = {}
    for suffix in (".md", ".json", ".csv", ".cicerone"):
        fifo = folder / f"fifo{suffix}"
        os.mkfifo(fifo)
        cases[f"tour file is a FIFO ({suffix})"] = (fifo, "pipe (FIFO)")
    (folder / "zero.md").symlink_to("/dev/zero")
    cases["tour file is a link to /dev/zero"] = (folder / "zero.md", "device")
    (folder / "folder.md").mkdir()
    cases["tour file is a folder"] = (folder / "folder.md", "folder")
    os.mkfifo(folder / "pipe.png")
    (folder / "zero.png").symlink_to("/dev/zero")
    (folder / "shadow.png").symlink_to("/etc/shadow")
    for image, reason in {"pipe.png": "pipe (FIFO)", "zero.png": "device", "shadow.png": "not"}.items():
        tour = folder / f"image-{image}.md"
        tour.write_text(script.format(image), encoding="utf-8")
        cases[f"image is {image}"] = (tour, reason)
    return cases


@pytest.mark.posix  # FIFOs and /dev/zero
def test_a_fifo_or_a_device_never_hangs_a_tour_command(tmp_path: Path, db_path: Path) -> None:
    cases = hang_cases(tmp_path)
    running = {
        (name, command): subprocess.Popen(
            [sys.executable, "-m", "console", "--db", str(db_path), "tour", command, str(path)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, (path, _reason) in cases.items()
        for command in ("check", "import")
    }
    deadline = time.monotonic() + HANG_TIMEOUT_S
    hung = []
    for (name, command), process in running.items():
        try:
            out, err = process.communicate(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            hung.append(f"{command}: {name}")
            continue
        clean_answer(Run(process.returncode, out, err), command, name)
        assert process.returncode == 2, (name, command, err)
        assert cases[name][1] in err, (name, err)
    assert not hung, f"hung for {HANG_TIMEOUT_S:.0f} s: {hung}"
