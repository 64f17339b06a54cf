"""The live-session controller: the one place where on-air actions become stored events.

It owns no widgets. Every action writes to SQLite first and only then updates the
in-memory session and emits ``changed``: what the window shows is what is on disk.
A storage failure (disk full, file gone) becomes a ``problem`` signal for the
banner; it never raises into the event loop and never opens a dialog.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from console.show.clock import ShowClock, show_clock
from console.show.session import Note, Session, SessionKind
from console.show.tour import Tour
from console.store.sessions import SessionRepository

log = logging.getLogger(__name__)
ON_AIR_REFUSAL = "A session is on air: end it (End show… in the clock bar) before opening another tour."


class LiveController(QObject):
    changed = Signal()
    note_saved = Signal(object)  # Note, after it is durably committed
    problem = Signal(str)  # a reason for the banner
    show_ended = Signal(object)  # Session, once its end is durably recorded

    def __init__(
        self,
        sessions: SessionRepository,
        tour: Tour,
        *,
        kind: SessionKind = "live",
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.tour = tour
        self.kind: SessionKind = kind
        self.session: Session | None = None
        self.resumable: Session | None = None
        self.refusal: str | None = None  # why no show can start or resume here (see refuse_shows)
        self.clock = clock
        self.viewers_now: Callable[[], int | None] = lambda: None

    # -- state -------------------------------------------------------------------------------------
    @property
    def on_air(self) -> bool:
        return self.session is not None and self.session.is_live

    def snapshot(self) -> ShowClock | None:
        return show_clock(self.session, self.clock()) if self.session is not None else None

    def load(self, tour: Tour, kind: SessionKind) -> bool:
        """Put another tour in front of the guide (from Prepare); refused while a session is on air."""
        if self.on_air:
            self.problem.emit(ON_AIR_REFUSAL)
            return False
        self.tour, self.kind, self.session = tour, kind, None
        self.changed.emit()
        return True

    def offer_resume(self, session: Session) -> None:
        """A show a crash left running: F5 resumes it (no dialog)."""
        self.resumable = session
        self.changed.emit()

    def refuse_shows(self, reason: str) -> None:
        """This console may show the database but never run a show on it (another console holds it, or it
        is read-only): F5 then says ``reason`` and nothing is offered to resume."""
        self.refusal, self.resumable = reason, None
        self.changed.emit()

    # -- actions (keys and clicker) -----------------------------------------------------------------
    def go_live(self) -> bool:
        """F5: resume the crashed show if there is one, else start a new one at the first stop."""
        if self.refusal is not None:
            self.problem.emit(self.refusal)
            return False
        if self.on_air:
            return False
        if self.resumable is not None:
            self.session, self.resumable = self.resumable, None
            self.tour = self.session.tour
            self.changed.emit()
            return True
        if not self.tour.stops:
            self.problem.emit("This tour has no stops: add some in Prepare before going live.")
            return False

        def start() -> None:
            now = self.clock()
            session = self.sessions.create(self.tour, self.kind, at=now)
            self.sessions.go_live(session, now)
            self.sessions.arrive(session, 0, now)
            self.session = session

        return self._write(start, "could not start the show")

    def next_stop(self) -> bool:
        return self._move(+1)

    def previous_stop(self) -> bool:
        return self._move(-1)

    def go_to(self, index: int) -> bool:
        session = self.session
        if session is None or not session.is_live or not 0 <= index < len(session.tour.stops):
            return False
        if index == session.current_index:
            return False
        return self._write(
            lambda: self.sessions.arrive(session, index, self.clock()), "could not record the stop"
        )

    def _move(self, step: int) -> bool:
        session = self.session
        if session is None or not session.is_live or session.current_index is None:
            return False
        return self.go_to(session.current_index + step)

    def add_note(self, text: str) -> Note | None:
        """Save a note durably; only a returned note (and ``note_saved``) means it is on disk."""
        session = self.session
        if session is None:
            self.problem.emit(
                "Notes belong to a show: press F5 to go live first. Your text is kept in the box."
            )
            return None
        now = self.clock()
        note = Note(
            at=now,
            text=text.strip(),
            stop_index=session.current_index,
            show_s=session.show_time(now),
            viewers=self.viewers_now(),
        )
        saved: list[Note] = []
        if not self._write(
            lambda: saved.append(self.sessions.add_note(session, note)), "the note was NOT saved"
        ):
            return None
        self.note_saved.emit(saved[0])
        return saved[0]

    def mark(self) -> Note | None:
        """'.': a note with no text, to find this moment afterwards."""
        return self.add_note("")

    def end_show(self) -> bool:
        session = self.session
        if session is None or not session.is_live:
            return False
        if not self._write(lambda: self.sessions.end(session, self.clock()), "could not end the show"):
            return False
        self.show_ended.emit(session)
        return True

    def _write(self, action: Callable[[], object], failure: str) -> bool:
        try:
            action()
        except sqlite3.Error as error:
            log.exception("storage failed")
            self.problem.emit(f"Storage problem: {failure} ({error}). Check the disk; the show goes on.")
            return False
        self.changed.emit()
        return True
