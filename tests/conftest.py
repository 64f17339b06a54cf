"""Shared fixtures: real SQLite files in temporary folders, Qt on the offscreen platform."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

# REPO and ASSETS are re-exported (the `as` form says so to mypy): tests import them from here.
from tests.helpers import ASSETS as ASSETS
from tests.helpers import LOCK_HOLDER, MULTILINGUAL_TOUR, STOPS, TOUR, open_console
from tests.helpers import REPO as REPO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:  # for the annotations only: the fixtures import what they use where they use it
    from PySide6.QtWidgets import QApplication

    from console.app import Console
    from console.show.tour import Tour
    from console.store import Database
    from console.ui.prepare import PrepareView

# Shared fixtures that live beside what they serve: the fake platforms on 127.0.0.1, the SQLite lock check.
pytest_plugins = ["tests.audience_fakes", "tests.chat_fakes", "tests.sqlite_locks", "tests.obs_fake"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Windows has no FIFOs, device nodes, rlimits or POSIX permission bits: those tests are skipped there."""
    if os.name != "nt":
        return
    skip = pytest.mark.skip(reason="needs POSIX (FIFOs, device nodes, rlimits, permission bits)")
    for item in items:
        if item.get_closest_marker("posix") is not None:
            item.add_marker(skip)


def _players_released() -> None:
    """Wait for the libvlc players an earlier console handed to its release workers: glibc's setenv (the
    monkeypatching below) racing libvlc's getenv on such a worker crashed the test process (a segfault in
    libvlc_release). The console itself never changes its environment once started."""
    release = sys.modules.get("console.camera.release")  # never imported here: no libvlc without a camera
    if release is not None:
        release.wait_released(30.0)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Never touch the developer's real settings or database."""
    _players_released()
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CICERONE_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("CICERONE_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("CICERONE_DB", str(home / "data" / "cicerone.db"))
    # Every console a test starts serves show control on a free port of its own: never a clash.
    monkeypatch.setenv("CICERONE_REMOTE_PORT", "0")
    yield
    _players_released()  # before monkeypatch puts the environment back


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cicerone.db"


@pytest.fixture
def fresh_db(db_path: Path) -> Iterator[Database]:
    from console.store import open_database

    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def tour_db(db_path: Path) -> Path:
    """A database holding the small test tour (tests.helpers.TOUR) as tour 1."""
    return _holding(db_path, TOUR)


@pytest.fixture
def lock_holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database's write lock; ``let_go(holder)`` releases it."""
    command = [sys.executable, "-c", LOCK_HOLDER, str(db_path)]
    holder = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    yield holder
    if holder.poll() is None:
        holder.kill()
        holder.wait(timeout=10)


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], object]]:
    """``speak(lang)`` installs a language for the window; English again afterwards, so the next test reads
    English."""
    from console.ui.languages import install_translators

    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


@pytest.fixture
def view(qtbot: QtBot, fresh_db: Database) -> PrepareView:
    """Prepare on a real database, open on the route ``tests.helpers.STOPS`` (a file may define its own)."""

    from PySide6.QtWidgets import QApplication

    from console.prepare.workspace import Workspace
    from console.show.tour import Tour
    from console.store import TourRepository
    from console.ui.languages import install_translators
    from console.ui.prepare import PrepareView

    app = QApplication.instance()
    assert app is not None
    install_translators(app, "en")  # as run_gui does: English plurals ("1 stop")
    tour_id = TourRepository(fresh_db).add(Tour(title="Route", slot_s=900, stops=STOPS))
    widget = PrepareView(Workspace(fresh_db))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.open_tour(tour_id)
    return widget


@pytest.fixture
def console(qtbot: QtBot, tour_db: Path) -> Iterator[Console]:
    """The real console on ``tour_db``, built as ``run_gui`` builds it, shown and holding the keyboard."""
    built = open_console(qtbot, tour_db)
    yield built
    built.shutdown()


@pytest.fixture
def multilingual_db(db_path: Path) -> Path:
    """A database holding tests.helpers.MULTILINGUAL_TOUR (en, fr, zh) as tour 1."""
    return _holding(db_path, MULTILINGUAL_TOUR)


def _holding(db_path: Path, tour: Tour) -> Path:
    from console.store import TourRepository, open_database

    db = open_database(db_path)
    TourRepository(db).add(tour)
    db.close()
    return db_path


@pytest.fixture
def multilingual(qtbot: QtBot, multilingual_db: Path) -> Iterator[Console]:
    """The real console on MULTILINGUAL_TOUR, shown and holding the keyboard."""
    built = open_console(qtbot, multilingual_db)
    yield built
    built.shutdown()
