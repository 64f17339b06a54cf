"""The database file on full and read-only disks, and a lock held by another process: never half-made,
never a 0-byte backup, read-only said as read-only (not "damaged"), and the window never waits long."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from console.show.tour import Stop, Tour
from console.store import ReadOnlyDatabase, SessionRepository, TourRepository, open_database
from tests.conftest import REPO
from tests.disks import files_in, read_only_folder, small_disk

TOUR = Tour("Louvre", (Stop("Victory", 600), Stop("Venus", 300)), slot_s=1800)


def cicerone(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", *args], capture_output=True, text=True, timeout=60, cwd=REPO
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.posix
def test_a_first_start_on_a_full_disk_leaves_no_file_behind(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size=16 << 10, file_limit=16 << 10) as disk:
        db = disk.folder / "show.db"
        result = disk.cicerone("--db", str(db), "tour", "list")
        assert result.returncode == 2, result.stderr
        assert f"{db}: cannot create the database" in result.stderr
        assert "nothing was written" in result.stderr
        assert "Traceback" not in result.stderr
        assert files_in(disk.folder) == []  # no half-made show.db, no temporary file
    # With room again, the same start works: nothing left over stood in its way.
    roomy = tmp_path / "roomy" / "show.db"
    assert cicerone("--db", str(roomy), "tour", "list").returncode == 0
    assert files_in(roomy.parent) == ["show.db"]


def big_database(path: Path) -> None:
    db = open_database(path)
    tour_id = TourRepository(db).add(TOUR)
    db.insert("images", {"tour_id": tour_id, "name": "victory.jpg", "data": bytes(range(256)) * 1200})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


MIGRATE = """
import sys
from console.store import schema
from console.cli import main

def m900_later_release(db):
    db.execute("ALTER TABLE tours ADD COLUMN venue TEXT")

schema.STEPS.append(m900_later_release)
sys.exit(main(["--db", sys.argv[1], "tour", "list"]))
"""


@pytest.mark.posix
def test_a_backup_that_cannot_be_written_stops_the_migration_and_changes_nothing(tmp_path: Path) -> None:
    staging = tmp_path / "staging.db"
    big_database(staging)
    size = staging.stat().st_size
    assert size > 300_000
    # Room for the database but not for its copy.
    with small_disk(tmp_path / "disk", size=size + size // 2, file_limit=size // 2) as disk:
        db = disk.folder / "show.db"
        db.write_bytes(staging.read_bytes())
        before = digest(db)
        result = disk.python("-c", MIGRATE, str(db))
        assert result.returncode == 2, result.stderr
        assert "cannot write the backup" in result.stderr
        assert "the database was not changed" in result.stderr
        assert "Traceback" not in result.stderr
        assert digest(db) == before
        # No 0-byte .bak, no temporary copy (SQLite's own -wal and -shm may be there, empty).
        assert [name for name in files_in(disk.folder) if not name.startswith("show.db-")] == ["show.db"]
        conn = sqlite3.connect(db)
        columns = [row[1] for row in conn.execute("PRAGMA table_info(tours)")]
        conn.close()
        assert "venue" not in columns


@pytest.mark.posix
def test_a_read_only_database_opens_for_reading_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    with read_only_folder(tmp_path / "share") as share:
        db_path = share.folder / "show.db"
        db = open_database(db_path)
        tour_id = TourRepository(db).add(TOUR)
        sessions = SessionRepository(db)
        session = sessions.create(TourRepository(db).get(tour_id), at=100.0)
        sessions.go_live(session, 100.0)
        sessions.arrive(session, 0, 100.0)
        sessions.end(session, 400.0)
        db.close()
        share.freeze()

        listed = cicerone("--db", str(db_path), "tour", "list")
        assert listed.returncode == 0, listed.stderr
        assert "Louvre" in listed.stdout
        exported = cicerone("--db", str(db_path), "session", "export", str(session.id))
        assert exported.returncode == 0, exported.stderr
        assert "Victory" in exported.stdout

        script = tmp_path / "tour.md"
        script.write_text("---\ntitle: New\n---\n\n## One\nduration: 5m\n", encoding="utf-8")
        refused = cicerone("--db", str(db_path), "tour", "import", str(script))
        assert refused.returncode == 2, refused.stderr
        assert f"{db_path}: read-only (" in refused.stderr and "Traceback" not in refused.stderr

        readonly = open_database(db_path)
        assert isinstance(readonly, ReadOnlyDatabase)
        assert "read-only" in readonly.reason or "not writable" in readonly.reason
        readonly.close()

        console = Console(build_parser().parse_args(["--db", str(db_path)]), load_settings())
        qtbot.addWidget(console.window)
        try:
            banner = console.live_view.banners.texts()["database"]
            assert banner.startswith("read-only: ")
            assert "damaged" not in banner
            assert not console.controller.go_live()
            assert console.controller.session is None
            assert "read-only" in console.live_view.banners.texts()["problem"]
        finally:
            console.shutdown()


HOLD_WRITE_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("LOCKED", flush=True)
time.sleep(30)
"""


def test_a_write_waits_at_most_about_100_ms_for_another_process(tmp_path: Path) -> None:
    db_path = tmp_path / "show.db"
    db = open_database(db_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        started = time.perf_counter()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            TourRepository(db).add(TOUR)
        waited = time.perf_counter() - started
    finally:
        holder.kill()
        holder.wait()
        db.close()
    assert 0.08 <= waited < 0.6


@pytest.mark.posix
@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_a_database_path_that_is_not_a_file_is_refused_and_left_alone(kind: str, tmp_path: Path) -> None:
    """`--db /dev/null` once replaced the device with a database file (as root): made here on a node of our
    own, never the real one."""
    import stat

    from tests.helpers import make_device, make_fifo, make_folder

    path = tmp_path / "show.db"
    {"device": make_device, "fifo": make_fifo, "folder": make_folder}[kind](path)
    before = os.lstat(path)
    result = subprocess.run(
        [sys.executable, "-m", "console", "--db", str(path), "tour", "list"],
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert result.returncode == 2, result.stderr
    assert "not a database file" in result.stderr
    after = os.lstat(path)
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode) and after.st_ino == before.st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == ["show.db"]  # no -journal, -wal or .part beside it


def test_a_refused_database_gets_nothing_created_beside_it(tmp_path: Path) -> None:
    """Checking a file before refusing it (newer, not ours) left an empty -wal and -shm beside it."""
    from console.store import open_database

    path = tmp_path / "show.db"
    db = open_database(path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('cicerone', 'zzz_future', '')"
    )
    db.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    result = subprocess.run(
        [sys.executable, "-m", "console", "--db", str(path), "tour", "list"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "newer Cicerone" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before == ["show.db"]
