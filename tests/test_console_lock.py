"""One console per database, with two real processes: the second one reads but never drives the show, and a
console killed with SIGKILL leaves its show resumable at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.app import Console
from console.cli import build_parser
from console.errors import DatabaseError
from console.settings import load_settings
from console.store import SessionRepository, TourRepository, open_database
from console.store.console_lock import DatabaseInUse, acquire_console_lock, lock_paths
from tests.conftest import REPO
from tests.disks import read_only_folder
from tests.helpers import TOUR, holder, live_show, start


def test_the_lock_is_taken_once_and_freed_by_kill_9(tmp_path: Path) -> None:
    db_path = tmp_path / "show.db"
    with holder(db_path) as process:
        with pytest.raises(DatabaseInUse, match=f"process {process.pid}"):
            acquire_console_lock(db_path)
        process.kill()
        process.wait(timeout=10)
        lock = acquire_console_lock(db_path)  # the kernel dropped the dead console's lock: no stale file
    assert lock.path == lock_paths(db_path)[0] == tmp_path / "show.db.console-lock"
    with pytest.raises(DatabaseInUse):
        acquire_console_lock(db_path)  # a second console in this very process is refused as well
    lock.release()
    acquire_console_lock(db_path).release()


@pytest.mark.posix
def test_a_read_only_folder_locks_in_the_data_folder(tmp_path: Path) -> None:
    with read_only_folder(tmp_path / "share") as share:
        db_path = share.folder / "show.db"
        open_database(db_path).close()
        share.freeze()
        with holder(db_path), pytest.raises(DatabaseInUse):
            acquire_console_lock(db_path)
        lock = acquire_console_lock(db_path)
        assert lock.path == lock_paths(db_path)[1]
        assert lock.path.parent.parent == Path(os.environ["CICERONE_DATA_DIR"])
        lock.release()


@pytest.mark.slow
def test_a_second_console_never_drives_the_show_the_first_one_runs(qtbot: QtBot, tmp_path: Path) -> None:
    db_path = tmp_path / "show.db"
    db = open_database(db_path)
    TourRepository(db).add(TOUR)
    db.close()
    first, at_stop = live_show(db_path)
    try:
        # Reading stays allowed while the first console runs the show.
        listed = subprocess.run(
            [sys.executable, "-m", "console", "--db", str(db_path), "session", "list"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
        )
        assert listed.returncode == 0 and "Test Tour" in listed.stdout, listed.stderr

        second = Console(build_parser().parse_args(["--db", str(db_path)]), load_settings())
        qtbot.addWidget(second.window)
        start(qtbot, second)
        try:
            banners = second.live_view.banners.texts()
            assert "another Cicerone console has this database open" in banners["database"]
            assert f"process {first.pid}" in banners["database"]
            assert "resume" not in banners  # the first console's live show is not offered
            assert second.controller.resumable is None
            qtbot.keyClick(second.live_view, Qt.Key.Key_F5)
            assert second.controller.session is None  # neither resumed nor a new show started
            assert "another Cicerone console" in second.live_view.banners.texts()["problem"]
        finally:
            second.shutdown()
        assert len(list(SessionRepository(open_database(db_path)).list())) == 1
    finally:
        first.kill()
        first.wait(timeout=10)

    # Its console died: the show is resumable here, exactly where it was.
    third = Console(build_parser().parse_args(["--db", str(db_path)]), load_settings())
    qtbot.addWidget(third.window)
    start(qtbot, third)
    try:
        assert "database" not in third.live_view.banners.texts()
        assert "resume" in third.live_view.banners.texts()
        qtbot.keyClick(third.live_view, Qt.Key.Key_F5)
        session = third.controller.session
        assert session is not None and session.is_live and session.current_index == at_stop
    finally:
        third.shutdown()


def test_a_lock_file_that_cannot_be_made_anywhere_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folders should be")
    monkeypatch.setenv("CICERONE_DATA_DIR", str(blocker / "data"))
    with pytest.raises(DatabaseError, match="cannot make a console lock file"):
        acquire_console_lock(blocker / "sub" / "show.db")
