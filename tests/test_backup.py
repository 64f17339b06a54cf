"""Backups a producer can count on: after every show, on demand while a show runs, the last 20 kept, and a
restore that checks the copy, refuses while a console has the database, and keeps what it replaced."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.settings import Settings, data_dir, load_settings
from console.store import SessionRepository, TourRepository, open_database
from console.store.backup import KEEP, back_up_into_folder, backups_of
from tests.conftest import REPO
from tests.disks import read_only_folder
from tests.helpers import KILL_MYSELF, KILLED, TOUR, holder, live_show, start


def cicerone(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", *args], capture_output=True, text=True, timeout=60, cwd=REPO
    )


def tour_titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [row[0] for row in conn.execute("SELECT title FROM tours ORDER BY id")]
    finally:
        conn.close()


def run_a_show(qtbot: QtBot, tour_db: Path, settings: Settings) -> Console:
    console = Console(build_parser().parse_args(["--db", str(tour_db)]), settings)
    qtbot.addWidget(console.window)
    start(qtbot, console)
    qtbot.keyClick(console.live_view, Qt.Key.Key_F5)
    qtbot.keyClick(console.live_view, Qt.Key.Key_PageDown)
    return console


def test_every_show_ends_with_a_backup_made_off_the_gui_thread(qtbot: QtBot, tour_db: Path) -> None:
    console = run_a_show(qtbot, tour_db, load_settings())
    threads: list[str] = []
    console.backups.made.connect(lambda _path: threads.append(threading.current_thread().name))
    try:
        with qtbot.waitSignal(console.backups.made, timeout=10_000) as made:
            assert console.controller.end_show()
        backup = Path(made.args[0])
        # Made on a worker; its result came back to the GUI thread (queued).
        assert console.backups.worker is not None and console.backups.worker.name == "show-backup"
        assert threads == [threading.main_thread().name]
        assert backup.parent == data_dir() / "backups"
        assert backup.name.startswith("cicerone-") and backup.suffix == ".db"
        session = SessionRepository(open_database(backup)).get(1)
        assert session.ended_at is not None and [a.stop_index for a in session.arrivals] == [0, 1]
        assert "backup" not in console.live_view.banners.texts()
    finally:
        console.shutdown()


def test_a_missing_backup_folder_is_a_banner_and_the_show_still_ends(
    qtbot: QtBot, tmp_path: Path, tour_db: Path
) -> None:
    stick = tmp_path / "usb-stick"  # pulled out: the folder is not there
    console = run_a_show(qtbot, tour_db, Settings(backup_dir=str(stick)))
    try:
        with qtbot.waitSignal(console.backups.failed, timeout=10_000):
            assert console.controller.end_show()
        qtbot.waitUntil(lambda: "backup" in console.live_view.banners.texts())
        text = console.live_view.banners.texts()["backup"]
        assert str(stick) in text and "missing" in text
        assert not stick.exists()  # not made on the local disk, where it would hide the missing stick
        assert console.controller.session is not None and console.controller.session.ended_at is not None
        assert SessionRepository(open_database(tour_db)).get(1).ended_at is not None
    finally:
        console.shutdown()


@pytest.mark.posix
def test_a_backup_folder_that_cannot_be_written_is_refused_and_left_clean(
    tmp_path: Path, tour_db: Path
) -> None:
    with read_only_folder(tmp_path / "share") as share:
        share.freeze()
        settings = Path(os.environ["CICERONE_CONFIG_DIR"]) / "settings.toml"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"backup_dir = {str(share.folder)!r}\n", encoding="utf-8")
        result = cicerone("--db", str(tour_db), "backup")
        assert result.returncode == 2, result.stderr
        assert "cannot write the backup" in result.stderr and str(share.folder) in result.stderr
        assert list(share.folder.iterdir()) == []


def test_the_last_20_backups_of_each_database_are_kept(tmp_path: Path, tour_db: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    olds = [folder / f"cicerone-2020010{day}-0000{n:02d}.db" for day in (1, 2) for n in range(12)]
    for old in olds:
        old.write_bytes(b"an older backup")
    others = [
        folder / "other-20200101-000000.db",
        folder / "cicerone.db.before-migration-20200101-000000.bak",
    ]
    for other in others:
        other.write_bytes(b"not one of ours to remove")
    made = back_up_into_folder(tour_db, str(folder))
    kept = backups_of(folder, tour_db)
    assert len(kept) == KEEP == 20
    assert kept[-1] == made and kept[:-1] == olds[-19:]  # the oldest ones went
    assert all(other.exists() for other in others)
    assert tour_titles(made) == ["Test Tour"]


@pytest.mark.slow
def test_backup_on_demand_while_a_show_runs_in_another_console(tmp_path: Path, tour_db: Path) -> None:
    show, _ = live_show(tour_db)
    try:
        copy = tmp_path / "now.db"
        result = cicerone("--db", str(tour_db), "backup", "-o", str(copy))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(copy)
        # The notes the running console saved (still in its WAL) are in the copy.
        notes = [n.text for n in SessionRepository(open_database(copy)).get(1).notes]
        assert notes == ["lighting too dark on the lamassu", ""]
        into_folder = cicerone("--db", str(tour_db), "backup")
        assert into_folder.returncode == 0, into_folder.stderr
        assert Path(into_folder.stdout.strip()).parent == data_dir() / "backups"
    finally:
        show.kill()
        show.wait(timeout=10)


def test_backup_refuses_to_write_over_the_database(tour_db: Path) -> None:
    before = tour_db.read_bytes()
    result = cicerone("--db", str(tour_db), "backup", "-o", str(tour_db))
    assert result.returncode == 2
    assert "refusing" in result.stderr and "Traceback" not in result.stderr
    assert tour_db.read_bytes() == before


def add_a_tour(db_path: Path, title: str) -> None:
    db = open_database(db_path)
    TourRepository(db).add(TOUR.__class__(title, TOUR.stops))
    db.close()


def test_restore_checks_the_copy_replaces_the_database_and_keeps_the_old_one(
    tmp_path: Path, tour_db: Path
) -> None:
    copy = tmp_path / "copy.db"
    assert cicerone("--db", str(tour_db), "backup", "-o", str(copy)).returncode == 0
    add_a_tour(tour_db, "Added after the backup")
    result = cicerone("--db", str(tour_db), "restore", str(copy))
    assert result.returncode == 0, result.stderr
    kept = sorted(tmp_path.glob("cicerone.db.replaced-*"))
    assert len(kept) == 1 and str(kept[0]) in result.stdout
    assert tour_titles(kept[0]) == ["Test Tour", "Added after the backup"]
    assert tour_titles(tour_db) == ["Test Tour"]
    assert "Test Tour" in cicerone("--db", str(tour_db), "tour", "list").stdout


def test_restore_never_replays_the_old_databases_wal_on_the_copy(tmp_path: Path, tour_db: Path) -> None:
    """A console killed mid-show leaves its last writes in show.db-wal: they belong to the old file (kept),
    never to the restored one."""
    copy = tmp_path / "copy.db"
    assert cicerone("--db", str(tour_db), "backup", "-o", str(copy)).returncode == 0
    script = (
        "import os, signal, sys\nfrom console.store import open_database, TourRepository\n"
        "from console.show.tour import Tour, Stop\n"
        f"db = open_database({str(tour_db)!r})\n"
        "TourRepository(db).add(Tour('Only in the WAL', (Stop('A', 60),)))\n"
        f"{KILL_MYSELF}\n"
    )
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=REPO, timeout=60)
    assert killed.returncode == KILLED
    assert Path(f"{tour_db}-wal").stat().st_size > 0
    result = cicerone("--db", str(tour_db), "restore", str(copy))
    assert result.returncode == 0, result.stderr
    assert tour_titles(tour_db) == ["Test Tour"]
    (kept,) = tmp_path.glob("cicerone.db.replaced-*[0-9]")
    assert tour_titles(kept) == ["Test Tour", "Only in the WAL"]


def test_restore_is_refused_while_a_console_has_the_database(tmp_path: Path, tour_db: Path) -> None:
    copy = tmp_path / "copy.db"
    assert cicerone("--db", str(tour_db), "backup", "-o", str(copy)).returncode == 0
    before = tour_db.read_bytes()
    with holder(tour_db) as console:
        result = cicerone("--db", str(tour_db), "restore", str(copy))
    assert result.returncode == 2
    assert f"another Cicerone console has this database open (process {console.pid}" in result.stderr
    assert tour_db.read_bytes() == before
    assert not list(tmp_path.glob("*.replaced-*"))


@pytest.mark.parametrize("problem", ["damaged", "not ours", "newer", "not sqlite"])
def test_restore_refuses_a_bad_copy_and_changes_nothing(tmp_path: Path, tour_db: Path, problem: str) -> None:
    copy = tmp_path / "copy.db"
    assert cicerone("--db", str(tour_db), "backup", "-o", str(copy)).returncode == 0
    if problem == "damaged":
        data = bytearray(copy.read_bytes())
        page = 4096 * 2  # a table's page: the header still says SQLite, the integrity check does not pass
        data[page : page + 4096] = os.urandom(4096)
        copy.write_bytes(bytes(data))
    elif problem == "not ours":
        copy.unlink()
        other = sqlite3.connect(copy)
        other.execute("CREATE TABLE accounts (id INTEGER)")
        other.close()
    elif problem == "newer":
        conn = sqlite3.connect(copy)
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('cicerone', 'm999', 'x')"
        )
        conn.commit()
        conn.close()
    else:
        copy.write_text("hello")
    before = tour_db.read_bytes()
    result = cicerone("--db", str(tour_db), "restore", str(copy))
    assert result.returncode == 2, result.stdout + result.stderr
    assert str(copy) in result.stderr and "Traceback" not in result.stderr
    assert tour_db.read_bytes() == before
    assert not list(tmp_path.glob("*.replaced-*"))
