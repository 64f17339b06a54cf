"""The live-session controller: the one place where on-air actions become stored events.

It owns no widgets. Every action writes to SQLite first and only then updates the
in-memory session and emits ``changed``: what the window shows is what is on disk.
A storage failure (disk full, file gone) becomes a ``problem`` signal for the
banner; it never raises into the event loop and never opens a dialog. A database
another program holds locked (a backup, a script) is not a failure: the action
waits in a queue, ``busy`` tells the window, and it is written as soon as it can be.

The talking points' language (L) is part of the show: while a session is on air each switch is a stored
event like an arrival, shown once it is on disk, so a resumed show comes back in its last language. Before
go-live (and after the end) it is only the console's choice, and the next show starts in it.

An ended show stays on screen (ENDED, its summary, its notes) until a new one is asked for on purpose:
the summary's button, or F5 twice within a few seconds. A clicker's "start presentation" (F5) and
"stop presentation" (Esc) alternate, so F5, Esc, F5 never starts a show.
"""

from __future__ import annotations

import contextlib
import logging
import math
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal, SignalInstance

from console.show.clock import ShowClock
from console.show.clock_keeper import ClockKeeper
from console.show.rescue import Advice, advise_clock
from console.show.session import Adoption, LanguageSwitch, Note, Session, SessionKind
from console.show.tour import Tour
from console.show.viewers import ViewerSample
from console.store.connection import Database
from console.store.sessions import SessionRepository
from console.store.sqlite_files import connect_read_only, is_busy

log = logging.getLogger(__name__)
# SQLite's busy timeout (database.py) caps each attempt at about 100 ms of the GUI thread; between attempts
# the window stays free.
BUSY_RETRY_MS = 250
ON_AIR_REFUSAL = str(
    QT_TRANSLATE_NOOP(
        "LiveController",
        "A session is on air: end it (End show… in the clock bar) before opening another tour.",
    )
)
NEW_SHOW_CONFIRM_S = 4.0  # after a show ended, a second F5 within this starts the next one
ADVICE_STEP_S = 15
"""The time-rescue advice is worked out for the next multiple of this in show time: the line changes in
steps the guide can read, not every second, and what it says holds until the next step."""


@dataclass(frozen=True)
class ShowSummary:
    """What the ENDED screen says about the show that just ended."""

    session_id: int | None
    kind: SessionKind
    length_s: float
    slot_s: int
    stops_visited: int
    stop_count: int
    notes: int
    marks: int
    peak_viewers: int | None


class LiveController(QObject):
    changed = Signal()
    # Only the talking points' language changed (L): the clock, the route's figures and the notes did not,
    # so the window redraws only what speaks the language (a switch on a long route stays within a frame).
    language_changed = Signal()
    note_saved = Signal(object)  # Note, after it is durably committed
    problem = Signal(str)  # a reason for the banner
    busy = Signal(bool)  # True while actions wait for a database another program holds locked
    show_ended = Signal(object)  # Session, once its end is durably recorded
    cue_changed = Signal(str)  # the producer's cue message ("" once cleared), for the console and stage
    holds_read = Signal(
        object, object
    )  # session id, {stop index: hold}: earlier shows, read off the GUI thread

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
        # Actions waiting for a busy database, oldest first, each with what to say if it fails and the
        # signal that tells the window once it is written.
        self._pending: deque[tuple[Callable[[], object], str, SignalInstance]] = deque()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(BUSY_RETRY_MS)
        self._retry.timeout.connect(self._flush)
        self._new_show_asked_at: float | None = None  # the first F5 after a show ended
        self.cue = ""  # the producer's cue ("Wrap up"), shown until cleared; not part of the show's record
        self._language = tour.main_language  # the talking points' language while no show is on air
        self._advice: tuple[tuple[int | None, int, int], Advice | None] | None = None
        self._advice_read: tuple[tuple[tuple[int | None, int, int], str], Advice] | None = None
        self._holds: tuple[int | None, dict[int, float]] | None = None  # earlier shows' hold per stop
        self.holds_read.connect(self._holds_arrived)
        # The window's tick, the show-control state and the stage all ask for the clock on each change:
        # what only an event changes is worked out once per event, not once per question.
        self._clock = ClockKeeper()

    # -- state -------------------------------------------------------------------------------------
    @property
    def on_air(self) -> bool:
        return self.session is not None and self.session.is_live

    @property
    def is_waiting(self) -> bool:
        """Actions are queued behind a database another program holds locked."""
        return bool(self._pending)

    @property
    def ended(self) -> bool:
        """The show in front of the guide has ended (and no new one has started)."""
        return self.session is not None and self.session.ended_at is not None

    @property
    def new_show_asked(self) -> bool:
        """One F5 after an ended show: a second one within NEW_SHOW_CONFIRM_S starts the next show."""
        asked = self._new_show_asked_at
        return asked is not None and 0 <= self.clock() - asked <= NEW_SHOW_CONFIRM_S

    @property
    def language(self) -> str:
        """The content language the talking points are shown in: the live show's (as stored), else the
        one chosen for the next show."""
        session = self.session
        return session.talking_points_language if session is not None and session.is_live else self._language

    def snapshot(self) -> ShowClock | None:
        """The clock now; once time-rescue advice is adopted, the current stop counts down to its target."""
        session = self.session
        if session is None:
            return None
        clock = self._clock.at(session, self.clock())
        target = session.adopted.get(clock.current_index) if clock.current_index is not None else None
        if target is not None and not target[1]:
            clock = replace(clock, current_planned_s=target[0])
        return clock

    # -- time rescue ---------------------------------------------------------------------------------
    def advice(self) -> Advice | None:
        """What to shorten or skip to end on time (``console.show.rescue``), for the show on air; worked out
        once per :data:`ADVICE_STEP_S` of show time or move, so asking every tick costs nothing."""
        session = self.session
        if session is None or not session.is_live or session.went_live_at is None:
            return None
        step = max(0, math.ceil((self.clock() - session.went_live_at) / ADVICE_STEP_S)) * ADVICE_STEP_S
        key = (session.id, step, len(session.arrivals))
        if self._advice is None or self._advice[0] != key:
            clock = self._clock.at(session, session.went_live_at + step)  # kept: no walk of the visits
            advice = advise_clock(session.tour, clock, self._past_holds(session))
            self._advice, self._advice_read = (key, advice), None
        advice = self._advice[1]
        # The titles as read on air; a switch (L) reads them again, it does not work the advice out again.
        language = self.language
        if advice is None or not session.tour.is_translation(language):
            return advice
        if self._advice_read is None or self._advice_read[0] != (key, language):
            tour = session.tour
            stops = tuple(
                replace(stop, title=tour.stop_title(tour.stops[stop.index], language)[0])
                for stop in advice.stops
            )
            self._advice_read = ((key, language), replace(advice, stops=stops))
        return self._advice_read[1]

    def _past_holds(self, session: Session) -> dict[int, float]:
        """The stops' hold in earlier shows of the tour: none until a thread of its own, on a read-only
        connection, has built their reports (tens of milliseconds a show: never on the GUI thread on air)."""
        if self._holds is None or self._holds[0] != session.id:
            self._holds = (session.id, {})
            path = self.sessions.db.file()
            if path is not None and session.tour.id is not None:
                threading.Thread(
                    target=self._read_holds, args=(Path(path), session.id, session.tour), daemon=True
                ).start()
        return self._holds[1]

    def _read_holds(self, path: Path, session_id: int | None, tour: Tour) -> None:
        """On the worker thread: read the holds and hand them to the GUI thread (a queued signal)."""
        try:
            conn = connect_read_only(path)
            try:
                holds = SessionRepository(Database(conn)).holds(tour, besides=session_id)
            finally:
                conn.close()
        except (sqlite3.Error, OSError) as error:
            log.warning("could not read earlier shows for the time rescue: %s", error)
            return
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: its controller is gone
            self.holds_read.emit(session_id, holds)

    def _holds_arrived(self, session_id: int | None, holds: dict[int, float]) -> None:
        if self._holds is not None and self._holds[0] == session_id and holds:
            self._holds = (session_id, holds)
            self._advice = None  # worked out again at the next tick, with the history

    def adopt_advice(self) -> bool:
        """A: adopt the advice shown (its targets become the stops' targets); A again while the same advice
        is shown reverts it. A changed advice is adopted by a new A. Recorded in the session like a move."""
        session = self.session
        if session is None or not session.is_live:
            return False
        advice = self.advice()
        targets = advice.targets() if advice is not None and advice.late_s > 0 else {}
        if targets and targets != session.adopted:
            rows = tuple((index, target, skip) for index, (target, skip) in sorted(targets.items()))
        elif session.adopted:
            rows = ()  # the revert
        else:
            return False
        at = self.clock()

        def adopt() -> None:
            if self.session is session and session.is_live:
                self.sessions.adopt(session, Adoption(at, rows, session.show_time(at)))
                log.info("session %s: advice %s", session.id, "adopted" if rows else "reverted")

        return self._write(adopt, self.tr("the adopted advice was NOT recorded"))

    def load(self, tour: Tour, kind: SessionKind) -> bool:
        """Put another tour in front of the guide (from Prepare); refused while a session is on air."""
        if self.on_air:
            self.problem.emit(self.tr(ON_AIR_REFUSAL))
            return False
        self.tour, self.kind, self.session = tour, kind, None
        self._new_show_asked_at = None
        if self._language not in tour.content_languages:  # the same route in the same language stays in it
            self._language = tour.main_language
        self.changed.emit()
        return True

    def offer_resume(self, session: Session) -> None:
        """A show a crash left running: F5 resumes it (no dialog)."""
        self.resumable = session
        if session.talking_points_language in self.tour.content_languages:
            self._language = session.talking_points_language  # the preview speaks as the show will resume
        self.changed.emit()

    def refuse_shows(self, reason: str) -> None:
        """This console may show the database but never run a show on it (another console holds it, or it
        is read-only): F5 then says ``reason`` and nothing is offered to resume."""
        self.refusal, self.resumable = reason, None
        self.changed.emit()

    # -- actions (keys and clicker) -----------------------------------------------------------------
    # Each action is a closure run by _write with the moment of the key press: when the database is
    # busy it waits in a queue and runs later, in order, as if the write had gone through at once.
    def go_live(self) -> bool:
        """F5: resume the crashed show if there is one, else start a new one at the first stop.

        After an ended show the first F5 only asks (``new_show_asked``); the second, within
        NEW_SHOW_CONFIRM_S and with no Esc between them, starts the next show.
        """
        if self.refusal is not None:
            self.problem.emit(self.refusal)
            return False
        if self.on_air or self._pending:
            return False
        if self.resumable is not None:
            return self._resume(self.resumable)
        if self.ended and not self.new_show_asked:
            self._new_show_asked_at = self.clock()
            self.changed.emit()
            return False
        return self.start_new_show()

    def cancel_new_show(self) -> None:
        """Esc: forget a first F5 after an ended show, so the next F5 asks again."""
        if self._new_show_asked_at is not None:
            self._new_show_asked_at = None
            self.changed.emit()

    def start_new_show(self) -> bool:
        """Start a new show of the current tour at its first stop (the ENDED summary's button)."""
        if self.refusal is not None:
            self.problem.emit(self.refusal)
            return False
        if self.on_air or self._pending or self.resumable is not None:
            return False
        self._new_show_asked_at = None
        if not self.tour.stops:
            self.problem.emit(self.tr("This tour has no stops: add some in Prepare before going live."))
            return False
        tour, kind, now = self.tour, self.kind, self.clock()

        def start() -> None:
            # The language chosen before go-live (read now: an L queued before this write came first).
            self.session = self.sessions.start(tour, kind, now, language=self._language)
            log.info("%s went live: '%s', session %s", kind, tour.title, self.session.id)

        return self._write(start, self.tr("could not start the show"))

    def _resume(self, session: Session) -> bool:
        def resume() -> None:
            if session.current_index is None:
                # Written by an earlier build that went live in three commits and crashed between them:
                # the show resumes at the first stop, as if it had arrived there when it went live.
                assert session.went_live_at is not None
                self.sessions.arrive(session, 0, session.went_live_at)
            self.session, self.resumable = session, None
            self.tour = session.tour
            log.info("resumed session %s at stop %s", session.id, (session.current_index or 0) + 1)

        return self._write(resume, self.tr("could not resume the show"))

    def next_stop(self) -> bool:
        return self._move(+1)

    def previous_stop(self) -> bool:
        return self._move(-1)

    def go_to(self, index: int) -> bool:
        return self._arrive(lambda current: index, self.clock())

    def _move(self, step: int) -> bool:
        return self._arrive(lambda current: current + step, self.clock())

    def _arrive(self, target: Callable[[int], int], at: float) -> bool:
        """Arrive at ``target(current stop)``, worked out when the write runs (after any queued moves)."""
        if not self._pending and self._arrival_index(target) is None:
            return False  # nothing waits and there is nowhere to go (before the first stop, after the last)

        def arrive() -> None:
            index = self._arrival_index(target)
            if index is not None and self.session is not None:
                self.sessions.arrive(self.session, index, at)

        return self._write(arrive, self.tr("could not record the stop"))

    def _arrival_index(self, target: Callable[[int], int]) -> int | None:
        session = self.session
        if session is None or not session.is_live or session.current_index is None:
            return None
        index = target(session.current_index)
        if 0 <= index < len(session.tour.stops) and index != session.current_index:
            return index
        return None

    def add_note(self, text: str) -> Note | None:
        """Save a note durably; only a returned note (and ``note_saved``) means it is on disk.

        While the database is busy the note waits in the queue (the guide's words stay in the box) and
        ``note_saved`` follows once it is written.
        """
        if self.session is None and not self._pending:
            self.problem.emit(
                self.tr("Notes belong to a show: press F5 to go live first. Your text is kept in the box.")
            )
            return None
        now, viewers = self.clock(), self.viewers_now()
        saved: list[Note] = []

        def write_note() -> None:
            session = self.session
            if session is None:
                return
            note = Note(
                at=now,
                text=text.strip(),
                stop_index=session.current_index,
                show_s=session.show_time(now),
                viewers=viewers,
            )
            saved.append(self.sessions.add_note(session, note))
            self.note_saved.emit(saved[0])

        self._write(write_note, self.tr("the note was NOT saved"))
        return saved[0] if saved else None

    def mark(self) -> Note | None:
        """'.': a note with no text, to find this moment afterwards."""
        return self.add_note("")

    def set_cue(self, text: str) -> None:
        """Show the producer's cue to the guide (console and stage display) until it is cleared."""
        text = " ".join(text.split())
        if text != self.cue:
            self.cue = text
            self.cue_changed.emit(text)

    def clear_cue(self) -> None:
        self.set_cue("")

    def cycle_language(self) -> bool:
        """L: the talking points in the tour's next content language (after the last, the main one again).

        On air the switch is written like an arrival (queued behind a busy database, shown once on disk);
        otherwise it only changes what the next show starts in. A one-language tour has nothing to cycle.
        """
        if len(self.tour.content_languages) < 2:
            return False
        if not self.on_air and not self._pending:
            self._language = following(self._language, self.tour.content_languages)
            self.language_changed.emit()
            return True
        at = self.clock()

        def switch() -> None:
            session = self.session
            if session is None or not session.is_live:  # the show ended (or never started) in the queue
                self._language = following(self._language, self.tour.content_languages)
                return
            language = following(session.talking_points_language, session.tour.content_languages)
            self.sessions.switch_language(session, LanguageSwitch(at, language, session.show_time(at)))
            log.info("session %s: talking points in %s", session.id, language)

        return self._write(switch, self.tr("the language switch was NOT recorded"), self.language_changed)

    def end_show(self) -> bool:
        if not self.on_air and not self._pending:
            return False
        now = self.clock()

        def end() -> None:
            session = self.session
            if session is not None and session.is_live:
                self.sessions.end(session, now)
                self._language = session.talking_points_language  # the next show starts in it
                log.info("session %s ended", session.id)
                self.show_ended.emit(session)

        return self._write(end, self.tr("could not end the show"))

    def summary(self) -> ShowSummary | None:
        """The ended show in figures, from what is on disk; None unless a show has ended."""
        session = self.session
        if session is None or session.ended_at is None:
            return None
        started = session.went_live_at if session.went_live_at is not None else session.ended_at
        samples: list[ViewerSample] = []
        if session.id is not None:
            try:
                samples = self.sessions.samples(session.id)
            except sqlite3.Error as error:  # the summary can do without the peak, never without the rest
                log.warning("could not read the viewer samples: %s", error)
        return ShowSummary(
            session_id=session.id,
            kind=session.kind,
            length_s=session.ended_at - started,
            slot_s=session.tour.budget_s,
            stops_visited=len({arrival.stop_index for arrival in session.arrivals}),
            stop_count=len(session.tour.stops),
            notes=sum(1 for note in session.notes if note.text),
            marks=sum(1 for note in session.notes if not note.text),
            peak_viewers=peak_total(samples),
        )

    # -- writing ------------------------------------------------------------------------------------
    def _write(
        self, action: Callable[[], object], failure: str, written: SignalInstance | None = None
    ) -> bool:
        """Run ``action`` now (True once it is on disk), or queue it behind a busy database (False).
        Once written, ``written`` is emitted (``changed`` unless told)."""
        self._pending.append((action, failure, written if written is not None else self.changed))
        if len(self._pending) == 1:
            self._flush()
        return not self._pending

    def close(self) -> None:
        """Before the database closes: no retry may fire on a closed connection. A write still waiting for
        another program's lock gets one last try, then is logged as lost (the window is closing)."""
        if self._pending:
            self._flush()
        self._retry.stop()
        if self._pending:
            log.warning(
                "closing with %d action(s) still waiting for the database: not written", len(self._pending)
            )
        self._pending.clear()

    def _flush(self) -> None:
        """Write the queued actions in order; stop at a busy database and try again shortly."""
        while self._pending:
            action, failure, written = self._pending[0]
            try:
                action()
            except sqlite3.Error as error:
                if is_busy(error):
                    self._retry.start()
                    self.busy.emit(True)
                    return
                log.exception("storage failed")
                # What followed a lost write (a move after a failed move) would make no sense on its own.
                self._pending.clear()
                self.busy.emit(False)
                self.problem.emit(
                    self.tr("Storage problem: {failure} ({error}). Check the disk; the show goes on.").format(
                        failure=failure, error=error
                    )
                )
                self.changed.emit()
                return
            self._pending.popleft()
            written.emit()
        self.busy.emit(False)


def following(language: str, languages: tuple[str, ...]) -> str:
    """The language after ``language`` in ``languages``, round to the first (the first if it is not there)."""
    if language not in languages:
        return languages[0]
    return languages[(languages.index(language) + 1) % len(languages)]


def peak_total(samples: list[ViewerSample]) -> int | None:
    """The highest total across sources, each counted at its latest live reading (None: no reading)."""
    latest: dict[str, int] = {}
    peak: int | None = None
    for sample in samples:
        if sample.viewers is None:
            continue
        latest[sample.source] = sample.viewers
        total = sum(latest.values())
        peak = total if peak is None else max(peak, total)
    return peak
