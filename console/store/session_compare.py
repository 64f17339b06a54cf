"""Reading what a comparison of two sessions needs: the sessions to choose from, and both reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from console.show.compare import Comparison, SessionChoice, compare
from console.show.report import Report
from console.store.connection import Database
from console.store.sessions import SessionRepository
from console.store.sqlite_files import reading


def session_choices(db: Database) -> list[SessionChoice]:
    """Every session, newest first, as the choosers list them."""
    return [
        SessionChoice(
            id=row["id"],
            kind=row["kind"],
            tour_id=row["tour_id"],
            tour_title=str(row["title"] or ""),
            at=row["went_live_at"] if row["went_live_at"] is not None else row["created_at"],
        )
        for row in SessionRepository(db).list()
    ]


def session_report(db: Database, session_id: int) -> Report:
    """The report of one session, as ``cicerone session report`` builds it."""
    return SessionRepository(db).report(session_id)


def compare_sessions(db: Database, a: int, b: int) -> Comparison:
    return compare(session_report(db, a), session_report(db, b))


def comparer(path: Path) -> Callable[[int, int], Comparison]:
    """A comparison on its own read-only connection (opened for each call): for a worker thread, while the
    GUI thread owns the live connection. Two long shows' reports take a few hundred milliseconds."""

    def run(a: int, b: int) -> Comparison:
        with reading(path) as db:
            return compare_sessions(db, a, b)

    return run
