"""The schema, as sqlite-utils migrations. Append new steps to ``STEPS``; never edit an applied one.

sqlite-utils is imported only when a migration has to run (a new file, or an older one): on every
other start the applied names are checked with plain SQL (``database.py``) and it is never loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlite_utils import Database as SchemaDatabase
    from sqlite_utils.db import Table

    from console.store.connection import Database

MIGRATION_SET = "cicerone"


def table(db: SchemaDatabase, name: str) -> Table:
    """``db[name]`` typed as a table (every name we use is a table, never a view)."""
    from sqlite_utils.db import Table

    result = db[name]
    assert isinstance(result, Table)
    return result


def m001_tours_and_sessions(db: SchemaDatabase) -> None:
    table(db, "tours").create(
        {
            "id": int,
            "title": str,
            "slot_s": int,
            "language": str,
            "introduction": str,
            "created_at": float,
            "updated_at": float,
        },
        pk="id",
        not_null={"title", "created_at", "updated_at"},
    )
    table(db, "stops").create(
        {
            "id": int,
            "tour_id": int,
            "position": int,
            "title": str,
            "duration_s": int,
            "location": str,
            "artist": str,
            "date": str,
            "medium": str,
            "image": str,
            "talking_points": str,
        },
        pk="id",
        foreign_keys=[("tour_id", "tours", "id")],
        not_null={"tour_id", "position", "title", "duration_s"},
    )
    table(db, "stops").create_index(["tour_id", "position"])
    table(db, "images").create(
        {"tour_id": int, "name": str, "data": bytes},
        pk=("tour_id", "name"),
        foreign_keys=[("tour_id", "tours", "id")],
    )
    table(db, "sessions").create(
        {
            "id": int,
            "tour_id": int,
            "kind": str,
            "tour_json": str,
            "created_at": float,
            "went_live_at": float,
            "ended_at": float,
        },
        pk="id",
        not_null={"kind", "tour_json", "created_at"},
    )
    table(db, "arrivals").create(
        {"id": int, "session_id": int, "stop_index": int, "at": float},
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"session_id", "stop_index", "at"},
    )
    table(db, "arrivals").create_index(["session_id", "at"])
    table(db, "notes").create(
        {
            "id": int,
            "session_id": int,
            "at": float,
            "show_s": float,
            "stop_index": int,
            "text": str,
            "viewers": int,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"session_id", "at", "text"},
    )
    table(db, "notes").create_index(["session_id", "at"])
    table(db, "viewer_samples").create(
        {
            "id": int,
            "session_id": int,
            "at": float,
            "source": str,
            "state": str,
            "viewers": int,
            "error": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"session_id", "at", "source", "state"},
    )
    table(db, "viewer_samples").create_index(["session_id", "at"])


def m002_youtube_quota(db: SchemaDatabase) -> None:
    """YouTube API units spent per quota day (its Pacific date), so the count survives a restart."""
    table(db, "youtube_quota").create({"day": str, "units": int}, pk="day", not_null={"units"})


def m003_content_languages(db: SchemaDatabase) -> None:
    """Talking points in several languages: the tour's languages and each translation as JSON (the
    shape of the JSON tour's ``languages`` and ``translations``), and the guide's switches on air."""
    table(db, "tours").add_column("languages", str)
    table(db, "tours").add_column("translations", str)
    table(db, "stops").add_column("translations", str)
    table(db, "language_switches").create(
        {"id": int, "session_id": int, "at": float, "show_s": float, "language": str},
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"session_id", "at", "language"},
    )
    table(db, "language_switches").create_index(["session_id", "at"])


def m004_notes_search(db: SchemaDatabase) -> None:
    """Full-text search over every session's notes: an FTS5 trigram index kept in step by triggers, filled
    with the notes already written (``notes_search.py``). ``open_database`` refuses an SQLite without FTS5
    trigrams, with the reason, before any step runs."""
    from console.store.notes_search import create_notes_index

    create_notes_index(db.conn)


def m005_time_rescue(db: SchemaDatabase) -> None:
    """What a stop may give when the show runs long (``min:``, ``optional:``, ``latest:``), and the
    rescue advice the guide adopted on air (its targets as JSON: ``{"stops": [[index, target_s, skip]...]}``),
    so a resumed session measures against what was adopted."""
    table(db, "stops").add_column("min_s", int)
    table(db, "stops").add_column("optional", int)
    table(db, "stops").add_column("latest_s", int)
    table(db, "adoptions").create(
        {"id": int, "session_id": int, "at": float, "show_s": float, "targets": str},
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"session_id", "at"},
    )
    table(db, "adoptions").create_index(["session_id", "at"])


def m006_encoder(db: SchemaDatabase) -> None:
    """What the encoder (OBS) said during a show: its state changes and a sample every few seconds."""
    table(db, "encoder_records").create(
        {
            "id": int,
            "session_id": int,
            "at": float,
            "kind": str,
            "streaming": int,
            "reconnecting": int,
            "recording": int,
            "bitrate_kbps": float,
            "dropped_share": float,
            "congestion": float,
            "reason": str,
            "stream_started_at": float,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"session_id", "at", "kind"},
    )
    table(db, "encoder_records").create_index(["session_id", "at"])


def m007_chat_questions(db: SchemaDatabase) -> None:
    """Audience questions picked out of live chat: who asked (the display name, which stays on this machine),
    what, on which platform, at which stop, how often it was asked again, and whether and when it was
    answered; and how many chat messages each session saw (chat that asks nothing is counted, not kept)."""
    table(db, "chat_questions").create(
        {
            "id": int,
            "session_id": int,
            "at": float,
            "last_at": float,
            "platform": str,
            "source": str,
            "message_id": str,
            "author": str,
            "text": str,
            "count": int,
            "stop_index": int,
            "state": str,
            "answered_at": float,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"session_id", "at", "platform", "author", "text", "count", "state"},
    )
    table(db, "chat_questions").create_index(["session_id", "at"])
    table(db, "chat_seen").create(
        {"session_id": int, "messages": int},
        pk="session_id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"messages"},
    )


STEPS: list[Callable[[SchemaDatabase], None]] = [
    m001_tours_and_sessions,
    m002_youtube_quota,
    m003_content_languages,
    m004_notes_search,
    m005_time_rescue,
    m006_encoder,
    m007_chat_questions,
]


def known_migration_names() -> set[str]:
    return {step.__name__ for step in STEPS}


def apply_migrations(db: Database) -> None:
    """Run the pending steps through sqlite-utils' ``Migrations``, each in its own transaction."""
    from sqlite_utils import Database as SchemaDatabase
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in STEPS:
        migrations()(step)
    # No sqlite-utils plugins: we use none, and finding them scans every installed package.
    migrations.apply(SchemaDatabase(db.conn, execute_plugins=False))
