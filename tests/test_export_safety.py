"""Writes that never destroy: ``-o`` refuses the database in use and anything not a regular file, an
export's images go into a folder of their own, and names that could land on other files are refused.

Real subprocesses for the command line (exit 2, the reason on stderr, no traceback), real device nodes,
FIFOs and sockets in tmp folders. The database is checked byte for byte after every refusal.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from console.errors import InputError, KnownError
from console.files import UnsafeTarget, check_output_target, write_atomically
from console.formats import load_tour, save_tour
from console.formats.bundle import parse_bundle
from console.show.tour import Stop, Tour
from console.store import SessionRepository, TourRepository, open_database
from tests.conftest import REPO
from tests.helpers import PNG, cicerone, make_device, make_fifo, make_folder, make_socket

HOSTILE_IMAGES = REPO / "tests" / "hostile" / "images"
OTHER_PNG = PNG + b"\x00"  # other bytes, to tell the two pictures apart


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def show_db(tmp_path: Path) -> Path:
    """A database with tour 1 (two images, named as an earlier build could store them) and session 1."""
    path = tmp_path / "show.db"
    db = open_database(path)
    stops = (Stop("Hidden", 60, image=".bashrc"), Stop("Self", 60, image="tour.md"), Stop("Plain", 60))
    tour_id = TourRepository(db).add(Tour("Louvre", stops, images={".bashrc": PNG, "tour.md": OTHER_PNG}))
    SessionRepository(db).create(TourRepository(db).get(tour_id))
    db.close()
    return path


SPECIAL: dict[str, tuple[Callable[[Path], None], str]] = {
    "fifo": (make_fifo, "pipe"),
    "socket": (make_socket, "socket"),
    "device": (make_device, "device"),
    "folder": (make_folder, "folder"),
}


@pytest.mark.parametrize("kind", sorted(SPECIAL))
@pytest.mark.parametrize("command", ["tour", "session"])
def test_output_that_is_not_a_regular_file_is_refused_and_left_as_it_was(
    tmp_path: Path, show_db: Path, kind: str, command: str
) -> None:
    make, reason = SPECIAL[kind]
    target = tmp_path / f"target-{kind}"
    make(target)
    before = os.lstat(target)
    result = cicerone(command, "export", "1", "--format", "json", "-o", str(target), db=show_db)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"{target}: refusing to write here: it is a {reason}" in result.stderr
    after = os.lstat(target)
    assert (after.st_ino, stat.S_IFMT(after.st_mode)) == (before.st_ino, stat.S_IFMT(before.st_mode))


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("command", ["tour", "session"])
def test_output_onto_the_database_or_its_companions_is_refused(
    tmp_path: Path, show_db: Path, suffix: str, command: str
) -> None:
    """A console holds the database open, its last tour still in the WAL: no export may touch any of it."""
    console = open_database(show_db)
    try:
        TourRepository(console).add(Tour("Written since", (Stop("A", 60),)))
        companion = Path(f"{show_db}{suffix}")
        if suffix == "-journal":
            companion.write_bytes(b"")  # what a rollback-journal database leaves beside it
        assert companion.exists()
        # Only stat, never open: opening and closing a database file here would drop this process's
        # SQLite locks on it (issue 11, item 1), and the subprocess would then checkpoint under us.
        before = companion.stat().st_ino
        result = cicerone(command, "export", "1", "--format", "json", "-o", str(companion), db=show_db)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert f"{companion}: refusing to write here: it is the database" in result.stderr
        assert companion.stat().st_ino == before, "the file was replaced"
    finally:
        console.close()
    reader = open_database(show_db)
    try:
        assert [row["title"] for row in TourRepository(reader).list()] == ["Written since", "Louvre"]
    finally:
        reader.close()


@pytest.mark.parametrize("spelling", ["hard link", "symbolic link", "relative path"])
def test_the_database_under_another_name_is_still_refused(
    tmp_path: Path, show_db: Path, spelling: str
) -> None:
    if spelling == "hard link":
        other = tmp_path / "other-name"
        os.link(show_db, other)
    elif spelling == "symbolic link":
        other = tmp_path / "link.json"
        other.symlink_to(show_db)
    else:
        other = Path(os.path.relpath(show_db, REPO))  # the subprocess runs in REPO
    before = digest(show_db)
    result = cicerone("tour", "export", "1", "--format", "json", "-o", str(other), db=show_db)
    assert result.returncode == 2, result.stderr
    assert "it is the database in use" in result.stderr
    assert digest(show_db) == before


def test_the_default_database_is_refused_too(tmp_path: Path, show_db: Path) -> None:
    """Without ``--db`` the database in use is ``CICERONE_DB`` (or the data folder's): same refusal."""
    env = {**os.environ, "CICERONE_DB": str(show_db)}
    before = digest(show_db)
    result = subprocess.run(
        [sys.executable, "-m", "console", "tour", "export", "1", "--format", "json", "-o", str(show_db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "it is the database in use" in result.stderr
    assert digest(show_db) == before


@pytest.mark.parametrize("name", ["/dev/stdout", "/dev/fd/1", "-"])
@pytest.mark.parametrize("command", ["tour", "session"])
def test_standard_output_by_any_name_writes_to_the_pipe(show_db: Path, name: str, command: str) -> None:
    result = cicerone(command, "export", "1", "--format", "json", "-o", name, db=show_db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)


def test_stdout_into_head_is_what_users_type(tmp_path: Path, show_db: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "console",
        "--db",
        str(show_db),
        "tour",
        "export",
        "1",
        "-o",
        "/dev/stdout",
    ]
    result = subprocess.run(
        " ".join([*command, "| head -n 2"]), shell=True, capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.stdout == "---\ntitle: Louvre\n", result.stderr
    assert "Traceback" not in result.stderr


def test_a_regular_file_or_a_new_name_is_written(tmp_path: Path, show_db: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text("{}", encoding="utf-8")
    assert cicerone("tour", "export", "1", "--format", "json", "-o", str(old), db=show_db).returncode == 0
    assert json.loads(old.read_text(encoding="utf-8"))["title"] == "Louvre"
    new = tmp_path / "session.csv"
    assert cicerone("session", "export", "1", "--format", "csv", "-o", str(new), db=show_db).returncode == 0
    assert new.is_file()


@pytest.mark.parametrize("command", ["tour", "session"])
def test_a_folder_that_does_not_exist_is_exit_2_with_the_reason(
    tmp_path: Path, show_db: Path, command: str
) -> None:
    target = tmp_path / "no such folder" / "out.json"
    result = cicerone(command, "export", "1", "--format", "json", "-o", str(target), db=show_db)
    assert result.returncode == 2, result.stderr
    assert f"{target}: cannot write the file (No such file or directory)" in result.stderr


def test_the_check_is_the_one_every_atomic_write_makes(tmp_path: Path) -> None:
    database = tmp_path / "x.db"
    database.write_bytes(b"precious")
    with pytest.raises(UnsafeTarget, match="database in use"):
        write_atomically(tmp_path / "x.db", "overwritten", protect=[database])
    with pytest.raises(UnsafeTarget, match="folder"):
        write_atomically(tmp_path, "overwritten")
    with pytest.raises(UnsafeTarget, match="database's wal file"):
        check_output_target(tmp_path / "x.db-wal", protect=[database])  # even before SQLite made it
    assert database.read_bytes() == b"precious"
    with pytest.raises(KnownError, match="database in use"):
        save_tour(Tour("T", (Stop("A", 60),)), "pdf", database, protect=[database])
    assert database.read_bytes() == b"precious"


# -- images go into a folder of their own ---------------------------------------------------------------


def test_markdown_export_puts_images_in_their_own_folder_and_reads_them_back(
    tmp_path: Path, show_db: Path
) -> None:
    out = tmp_path / "export"
    out.mkdir()
    (out / ".bashrc").write_text("alias ls='ls -F'\n", encoding="utf-8")
    export = out / "tour.md"
    result = cicerone("tour", "export", "1", "--format", "md", "-o", str(export), db=show_db)
    assert result.returncode == 0, result.stderr
    assert (out / ".bashrc").read_text(encoding="utf-8") == "alias ls='ls -F'\n"
    assert export.read_text(encoding="utf-8").startswith("---\ntitle: Louvre\n")
    assert sorted(path.name for path in out.iterdir()) == [".bashrc", "tour.images", "tour.md"]
    folder = out / "tour.images"
    assert sorted(path.name for path in folder.iterdir()) == ["bashrc", "tour-2.md"]
    text = export.read_text(encoding="utf-8")
    assert "image: tour.images/bashrc\n" in text and "image: tour.images/tour-2.md\n" in text

    back = load_tour(export)
    assert [stop.image for stop in back.stops] == ["bashrc", "tour-2.md", ""]
    assert back.images == {"bashrc": PNG, "tour-2.md": OTHER_PNG}
    reimported = cicerone("tour", "import", str(export), db=show_db)
    assert reimported.returncode == 0, reimported.stderr


def test_csv_export_uses_the_same_folder(tmp_path: Path, show_db: Path) -> None:
    export = tmp_path / "tour.csv"
    assert cicerone("tour", "export", "1", "--format", "csv", "-o", str(export), db=show_db).returncode == 0
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith("tour")) == [
        "tour.csv",
        "tour.images",
    ]
    assert load_tour(export).images == {"bashrc": PNG, "tour.md": OTHER_PNG}


def test_an_images_folder_taken_by_a_file_is_refused(tmp_path: Path, show_db: Path) -> None:
    (tmp_path / "tour.images").write_text("mine", encoding="utf-8")
    result = cicerone("tour", "export", "1", "-o", str(tmp_path / "tour.md"), db=show_db)
    assert result.returncode == 2
    assert "tour.images: refusing to write here" in result.stderr
    assert (tmp_path / "tour.images").read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "tour.md").exists()


def test_a_bundle_export_renames_unsafe_images_and_reads_back(tmp_path: Path, show_db: Path) -> None:
    export = tmp_path / "louvre.cicerone"
    assert (
        cicerone("tour", "export", "1", "--format", "bundle", "-o", str(export), db=show_db).returncode == 0
    )
    assert load_tour(export).images == {"bashrc": PNG, "tour.md": OTHER_PNG}


# -- hostile image names are refused at import ------------------------------------------------------------

# Each file under tests/hostile/images: the line named and the words of the reason.
REFUSED_IMAGES = {
    "image-hidden-name.md": (7, "starts with '.'"),
    "image-dot-dot.md": (7, "no '..'"),
    "image-absolute.md": (7, "absolute path"),
    "image-own-name.md": (7, "the tour file's own"),
    "image-hidden-name.csv": (2, "starts with '.'"),
    "image-dot-dot.json": (7, "no '..'"),
}


def test_every_hostile_image_file_is_listed() -> None:
    assert sorted(path.name for path in HOSTILE_IMAGES.iterdir()) == sorted(REFUSED_IMAGES)


@pytest.mark.parametrize("name", sorted(REFUSED_IMAGES))
def test_hostile_image_names_are_refused_with_file_line_and_reason(
    tmp_path: Path, db_path: Path, name: str
) -> None:
    """Each named image exists, so only the name check stands between it and the database."""
    folder = tmp_path / "deep" / "er"
    folder.mkdir(parents=True)
    source = folder / name
    shutil.copyfile(HOSTILE_IMAGES / name, source)
    for relative in (".bashrc", ".profile", "../../etc/passwd", "../.ssh/authorized_keys"):
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(PNG)
    line, reason = REFUSED_IMAGES[name]
    result = cicerone("tour", "import", str(source), db=db_path)
    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert f"{source}, line {line}: " in result.stderr
    assert reason in result.stderr


def _bundle(image_member: str) -> bytes:
    tour = {
        "format": "cicerone-tour",
        "version": 1,
        "title": "B",
        "stops": [{"title": "X", "duration_s": 60, "image": image_member}],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("tour.json", json.dumps(tour, indent=2))
        archive.writestr(image_member, PNG)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("member", "reason"),
    [("images/.bashrc", "starts with '.'"), (".profile", "starts with '.'"), ("images/x.cicerone", "own")],
)
def test_bundle_images_with_hostile_names_are_refused_with_the_line(member: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_bundle(_bundle(member), name="/tmp/x.cicerone")
    assert caught.value.path == "/tmp/x.cicerone!tour.json"
    assert caught.value.line == 9
    assert reason in caught.value.reason
