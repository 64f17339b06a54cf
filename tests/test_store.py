"""The database file: created, migrated with a backup, refused when it is not ours, durable."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database as SchemaDatabase

from console.errors import DatabaseError
from console.show.session import Note
from console.show.tour import Stop, Tour
from console.store import Database, SessionRepository, TourRepository, open_database, schema
from tests.helpers import KILL_MYSELF, KILLED

TOUR = Tour(
    title="Louvre",
    slot_s=7200,
    language="en",
    introduction="Welcome",
    stops=(
        Stop("Winged Victory", 360, location="Daru", talking_points="- wings"),
        Stop("蒙娜丽莎", 300, image="m.png"),
    ),
    images={"m.png": b"\x89PNG fake"},
)


def test_tour_round_trip(fresh_db: Database) -> None:
    tours = TourRepository(fresh_db)
    tour_id = tours.add(TOUR)
    loaded = tours.get(tour_id, with_images=True)
    assert loaded == TOUR.with_id(tour_id)
    assert loaded.images == TOUR.images
    assert [row["title"] for row in tours.list()] == ["Louvre"]


def test_session_log_and_resume(db_path: Path) -> None:
    db = open_database(db_path)
    tours, sessions = TourRepository(db), SessionRepository(db)
    tour = tours.get(tours.add(TOUR))
    session = sessions.create(tour, at=100.0)
    sessions.go_live(session, 100.0)
    sessions.arrive(session, 0, 100.0)
    sessions.arrive(session, 1, 460.0)
    sessions.add_note(session, Note(at=470.0, text="mic crackles", stop_index=1, show_s=370.0, viewers=1200))
    db.close()

    again = SessionRepository(open_database(db_path))
    resumed = again.unfinished()
    assert resumed is not None
    assert resumed.id == session.id
    assert resumed.current_index == 1
    assert resumed.went_live_at == 100.0
    assert [n.text for n in resumed.notes] == ["mic crackles"]
    assert resumed.notes[0].viewers == 1200
    assert resumed.tour.stops[1].title == "蒙娜丽莎"


def test_a_session_keeps_the_tour_as_it_was(fresh_db: Database) -> None:
    tours, sessions = TourRepository(fresh_db), SessionRepository(fresh_db)
    tour = tours.get(tours.add(TOUR))
    session = sessions.create(tour)
    fresh_db.execute("UPDATE stops SET title = 'renamed' WHERE tour_id = ?", [tour.id])
    assert session.id is not None
    assert sessions.get(session.id).tour.stops[0].title == "Winged Victory"


def test_wal_and_full_sync(fresh_db: Database) -> None:
    assert fresh_db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert fresh_db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_not_sqlite_is_refused_and_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"my holiday photos\n" * 100)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="not a Cicerone database"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_someone_elses_sqlite_is_refused_and_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="not a Cicerone database"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.bak"))


def test_corrupt_file_is_refused_and_untouched(db_path: Path) -> None:
    db = open_database(db_path)
    TourRepository(db).add(TOUR)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(db_path.read_bytes())
    data[4096:8192] = b"\xde\xad" * 2048  # smash the second page
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(db_path)
    assert db_path.read_bytes() == bytes(data)


def test_newer_schema_is_refused(db_path: Path) -> None:
    open_database(db_path).execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('cicerone', 'm999_future', 'x')"
    )
    with pytest.raises(DatabaseError, match="newer Cicerone"):
        open_database(db_path)


def test_backup_is_taken_before_a_migration(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(db_path)
    TourRepository(db).add(TOUR)
    db.close()

    ran: list[str] = []

    def m002_extra(db: SchemaDatabase) -> None:  # a migration added in a later release
        ran.append("m002")
        db.execute("ALTER TABLE tours ADD COLUMN venue TEXT")

    monkeypatch.setattr(schema, "STEPS", [*schema.STEPS, m002_extra])
    migrated = open_database(db_path)
    assert ran == ["m002"]
    backups = list(db_path.parent.glob("cicerone.db.before-migration-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT title FROM tours").fetchone()[0] == "Louvre"
    assert "venue" not in [row[1] for row in old.execute("PRAGMA table_info(tours)")]
    assert "venue" in [row[1] for row in migrated.execute("PRAGMA table_info(tours)")]


def on_air_in_a_new_process(db_path: Path) -> str:
    """The start of a script for a fresh interpreter: a one-stop tour stored and its session gone live."""
    return f"""
import os, signal, sys
from console.store import open_database, SessionRepository, TourRepository
from console.show.tour import Tour, Stop
from console.show.session import Note
db = open_database({str(db_path)!r})
tour = TourRepository(db).get(TourRepository(db).add(Tour("T", (Stop("A", 60),))))
sessions = SessionRepository(db)
session = sessions.create(tour)
sessions.go_live(session, 1.0)
"""


def test_a_note_survives_sigkill_right_after_it_is_saved(db_path: Path) -> None:
    """The writer reports "saved" only after commit; SIGKILL right after must not lose it."""
    script = (
        on_air_in_a_new_process(db_path)
        + """
for i in range(50):
    sessions.add_note(session, Note(at=float(i), text=f"note {i}"))
"""
        + KILL_MYSELF
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == KILLED
    session = SessionRepository(open_database(db_path)).unfinished()
    assert session is not None
    assert [n.text for n in session.notes] == [f"note {i}" for i in range(50)]


def test_atomic_is_all_or_nothing_and_nests(fresh_db: Database) -> None:
    tours = TourRepository(fresh_db)
    with pytest.raises(RuntimeError), fresh_db.atomic():
        fresh_db.insert("tours", {"title": "half", "created_at": 0.0, "updated_at": 0.0})
        raise RuntimeError("a stop failed")
    assert list(tours.list()) == []

    with fresh_db.atomic():
        kept = fresh_db.insert("tours", {"title": "kept", "created_at": 0.0, "updated_at": 0.0})
        with pytest.raises(RuntimeError), fresh_db.atomic():
            fresh_db.insert("tours", {"title": "inner", "created_at": 0.0, "updated_at": 0.0})
            raise RuntimeError("only the inner block is undone")
    assert not fresh_db.conn.in_transaction
    assert [row["id"] for row in tours.list()] == [kept]


def test_a_failed_import_leaves_nothing_behind(fresh_db: Database) -> None:
    """A stop that breaks a constraint half-way: neither the tour nor its first stops stay."""
    broken = Tour("Broken", (Stop("fine", 60), Stop(None, 60)))  # type: ignore[arg-type]  # title NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        TourRepository(fresh_db).add(broken)
    assert fresh_db.execute("SELECT count(*) FROM tours").fetchone()[0] == 0
    assert fresh_db.execute("SELECT count(*) FROM stops").fetchone()[0] == 0


def test_starting_on_an_up_to_date_file_never_loads_sqlite_utils(db_path: Path) -> None:
    """sqlite-utils owns the schema; opening a migrated file and every on-air write run without it
    (importing it costs 60-90 ms of the console's cold start)."""
    open_database(db_path).close()  # created and migrated, in this process
    script = (
        on_air_in_a_new_process(db_path)
        + """
sessions.arrive(session, 0, 2.0)
sessions.add_note(session, Note(at=3.0, text="on air"))
sessions.end(session, 4.0)
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlite_utils", "click", "pluggy")))
"""
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
