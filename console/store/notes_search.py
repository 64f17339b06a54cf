"""Full-text search over every session's notes: an FTS5 index with the trigram tokenizer.

Trigrams find any piece of three characters or more, so French (``Méduse`` in ``MÉDUSE``) and Chinese, which
has no spaces between words, are found as they are written. ``notes_fts`` is an external-content index of
``notes.text``: triggers made by the migration keep it in step on every insert, update and delete, in the
same transaction as the note itself. A word shorter than three characters (``画``, ``蒙娜``, ``ok``) is not in
any trigram: it is looked for with ``LIKE`` over the last :data:`SCAN_LIMIT` notes written instead (bounded,
so one character never reads an archive of millions of notes).

The query's words are always passed as quoted FTS5 strings and bound parameters: nothing a user types is FTS5
or SQL syntax (``AND``, ``NEAR(``, ``*``, ``"``, ``^`` are searched for as text).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from console.errors import DatabaseError
from console.messages import QT_TRANSLATE_NOOP, Message
from console.show.note_search import (
    SHORTEST_INDEXED,
    NoteHit,
    NoteSearchResult,
    highlights,
    search_terms,
)
from console.store.connection import Database
from console.store.sqlite_files import reading

INDEX = "notes_fts"
SCAN_LIMIT = 100_000
"""How many of the last notes written a search of only short words (one or two characters) looks through."""
MAX_LIMIT = 1000
"""The most hits one search returns."""

_TRIGGERS = f"""
CREATE TRIGGER notes_fts_after_insert AFTER INSERT ON notes BEGIN
    INSERT INTO {INDEX} (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER notes_fts_after_delete AFTER DELETE ON notes BEGIN
    INSERT INTO {INDEX} ({INDEX}, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER notes_fts_after_update AFTER UPDATE ON notes BEGIN
    INSERT INTO {INDEX} ({INDEX}, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO {INDEX} (rowid, text) VALUES (new.id, new.text);
END;
"""


@functools.cache
def missing_full_text_search() -> Message | None:
    """Why this Python's SQLite cannot keep the notes index (None: it can). FTS5 must be compiled in and the
    trigram tokenizer needs SQLite 3.34 or later; Cicerone's installers ship such an SQLite."""
    version = sqlite3.sqlite_version
    if sqlite3.sqlite_version_info < (3, 34, 0):
        return QT_TRANSLATE_NOOP(
            "Storage", "SQLite {version} is too old for the notes' search (3.34 or later is needed)"
        ).format(version=version)
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(text, tokenize='trigram')")
    except sqlite3.OperationalError as error:
        return QT_TRANSLATE_NOOP(
            "Storage", "SQLite {version} here has no full-text search (FTS5 with trigrams: {error})"
        ).format(version=version, error=error)
    finally:
        probe.close()
    return None


def require_full_text_search(path: Path | str) -> None:
    """Refuse (:class:`DatabaseError`) a database whose notes index this SQLite could not keep: every note
    written would fail in its trigger, in the middle of a show."""
    reason = missing_full_text_search()
    if reason is not None:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Storage", "{path}: cannot be used with this SQLite: {reason}. Use Cicerone's installer."
            ).format(path=path, reason=reason)
        )


def create_notes_index(conn: sqlite3.Connection) -> None:
    """The index, its triggers and every note already written (the migration ``m004_notes_search``)."""
    conn.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(text, content='notes', content_rowid='id', "
        "tokenize='trigram')"
    )
    for statement in _TRIGGERS.split("END;")[:-1]:
        conn.execute(statement + "END;")
    conn.execute(f"INSERT INTO {INDEX} ({INDEX}) VALUES ('rebuild')")


_HIT_COLUMNS = """
    notes.id AS note_id, notes.session_id, sessions.kind AS session_kind, found.session_at,
    json_extract(sessions.tour_json, '$.title') AS tour_title,
    notes.stop_index,
    CASE WHEN notes.stop_index IS NOT NULL
         THEN json_extract(sessions.tour_json, '$.stops[' || notes.stop_index || '].title') END AS stop_title,
    notes.show_s, notes.at, notes.text
"""


def search_notes(db: Database, query: str, *, limit: int = 50) -> NoteSearchResult:
    """The notes holding every word of ``query`` (see :mod:`console.show.note_search`), at most ``limit``."""
    terms = search_terms(query)
    limit = max(1, min(limit, MAX_LIMIT))
    if not terms:
        return NoteSearchResult(terms, (), more=False)
    indexed = [term for term in terms if len(term) >= SHORTEST_INDEXED]
    scanned = [term for term in terms if len(term) < SHORTEST_INDEXED]
    conditions = ["notes.text LIKE ? ESCAPE '\\'" for _ in scanned]
    params: list[Any] = []
    if indexed:
        source = f"notes JOIN {INDEX} ON {INDEX}.rowid = notes.id AND {INDEX} MATCH ?"
        params.append(" AND ".join('"' + term.replace('"', '""') + '"' for term in indexed))
    else:  # a range of rowids bounds the scan at no cost (a subquery with LIMIT costs seven times the scan)
        source = "notes"
        conditions.append(f"notes.id > (SELECT coalesce(max(id), 0) - {SCAN_LIMIT} FROM notes)")
    params += ["%" + _like_escaped(term) + "%" for term in scanned]
    like = " AND ".join(conditions) or "1"
    # The matching notes are sorted and cut on their keys alone; only the notes kept are read in full (the
    # titles out of each session's tour JSON): a word in half the notes costs a sort of keys, not of rows.
    rows = db.query(
        f"""
        WITH found AS (
            SELECT notes.id, coalesce(sessions.went_live_at, sessions.created_at) AS session_at,
                   notes.session_id, notes.at
            FROM {source} JOIN sessions ON sessions.id = notes.session_id
            WHERE {like}
            ORDER BY session_at DESC, notes.session_id DESC, notes.at, notes.id
            LIMIT {limit + 1}
        )
        SELECT {_HIT_COLUMNS}
        FROM found JOIN notes ON notes.id = found.id JOIN sessions ON sessions.id = notes.session_id
        ORDER BY found.session_at DESC, found.session_id DESC, found.at, found.id
        """,
        params,
    )
    hits = [_hit(row, terms) for row in rows]
    return NoteSearchResult(terms, tuple(hits[:limit]), more=len(hits) > limit)


def _like_escaped(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _hit(row: dict[str, Any], terms: tuple[str, ...]) -> NoteHit:
    return NoteHit(
        note_id=row["note_id"],
        session_id=row["session_id"],
        session_kind=row["session_kind"],
        session_at=row["session_at"],
        tour_title=str(row["tour_title"] or ""),
        stop_index=row["stop_index"],
        stop_title=None if row["stop_title"] is None else str(row["stop_title"]),
        show_s=row["show_s"],
        at=row["at"],
        text=row["text"],
        spans=highlights(row["text"], terms),
    )


def notes_searcher(path: Path) -> Callable[[str, int], NoteSearchResult]:
    """A search that opens its own read-only connection for each query: safe on any thread (a worker's, while
    the GUI thread owns the live connection), and it always sees the notes committed so far."""

    def search(query: str, limit: int) -> NoteSearchResult:
        with reading(path) as db:
            return search_notes(db, query, limit=limit)

    return search
