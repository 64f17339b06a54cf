"""Shared fixtures: real SQLite files in temporary folders, Qt on the offscreen platform."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Shared fixtures that live beside what they serve: the fake platforms on 127.0.0.1, the SQLite lock check.
pytest_plugins = ["tests.audience_fakes", "tests.sqlite_locks"]

REPO = Path(__file__).resolve().parent.parent
ASSETS = REPO / "assets"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the developer's real settings or database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CICERONE_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("CICERONE_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("CICERONE_DB", str(home / "data" / "cicerone.db"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cicerone.db"


@pytest.fixture
def fresh_db(db_path: Path):  # type: ignore[no-untyped-def]
    from console.store import open_database

    db = open_database(db_path)
    yield db
    db.close()
