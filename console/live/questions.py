"""The question desk: chat in, questions picked out and stored at the stop on air, one pinned for the guide.

Every chat message goes through the board (plain Python: rules, folding, a bounded history); what it keeps is
written once a second in one transaction, never one fsync per message, so fifty messages a second never stall
the window. The producer's moves (pin, unpin, dismiss) and the guide's ``Q`` (answered; ``Q`` again within
:data:`UNDO_S` takes it back) are written at once: they are few and they are the record.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from console.errors import KnownError
from console.live.controller import LiveController
from console.show.chat import ChatMessage
from console.show.questions import Question, QuestionBoard, QuestionRules, QuestionState
from console.store.questions import QuestionLedger

log = logging.getLogger(__name__)
UNDO_S = 4.0
FLUSH_MS = 1000


class QuestionDesk(QObject):
    changed = Signal()  # the board changed (a question came, folded, or moved)
    pinned_changed = Signal(object)  # the pinned Question, or None

    def __init__(
        self,
        controller: LiveController,
        ledger: QuestionLedger | None,
        *,
        rules: QuestionRules | None = None,
        keep_all: bool = False,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ledger = ledger
        self.clock = clock
        self.board = QuestionBoard(rules or QuestionRules(), keep_all)
        self._rows: dict[int, int] = {}  # board id -> row id, once stored
        self._session_id: int | None = None
        self._unsaved: dict[int, Question] = {}  # board id -> its latest state, to write at the next flush
        self._unsaved_seen = 0
        self._answered: tuple[int, float] | None = None  # (board id, when): what Q again takes back
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self.flush)
        self._flush_timer.start()

    # -- chat in ---------------------------------------------------------------------------------------
    def take(self, message: ChatMessage) -> None:
        session = self.controller.session
        self._follow(session.id if session is not None else None)
        stop = session.current_index if session is not None and session.is_live else None
        taken = self.board.take(message, stop)
        if session is not None:
            self._unsaved_seen += 1
        if taken is None:
            return
        question, _new = taken
        if session is not None:
            self._unsaved[question.id] = question
        self.changed.emit()

    def _follow(self, session_id: int | None) -> None:
        """A resumed show gets its questions back; a new show keeps what was asked while waiting to go live
        (stored now, at no stop); a show after another starts from an empty board."""
        if session_id == self._session_id:
            return
        self.flush()
        previous, self._session_id = self._session_id, session_id
        self._rows.clear()
        self._answered = None
        stored: list[Question] = []
        if session_id is not None and self.ledger is not None:
            try:
                stored = self.ledger.for_session(session_id)
            except (sqlite3.Error, KnownError) as error:
                log.warning("questions of session %s could not be read back: %s", session_id, error)
        if stored or previous is not None or session_id is None:
            self.board = QuestionBoard(self.board.rules, self.board.keep_all)
            self.board.restore(stored)
            self._rows = {q.id: q.id for q in stored}
        else:
            self._unsaved = {q.id: q for q in self.board}
        self.changed.emit()
        self.pinned_changed.emit(self.board.picked)

    def follow_show(self) -> None:
        """Called when the show starts, resumes or ends (the controller's ``changed``)."""
        session = self.controller.session
        self._follow(session.id if session is not None else None)

    def flush(self) -> None:
        """Write what came since the last flush, in one transaction; kept for the next try if that fails."""
        if self.ledger is None or self._session_id is None or not (self._unsaved or self._unsaved_seen):
            return
        ledger, session_id = self.ledger, self._session_id
        try:
            with ledger.db.atomic():
                added: dict[int, int] = {}
                for board_id, question in self._unsaved.items():
                    row = self._rows.get(board_id)
                    if row is None:
                        added[board_id] = ledger.add(session_id, question)
                    else:
                        ledger.update(row, question)
                if self._unsaved_seen:
                    ledger.count_chat(session_id, self._unsaved_seen)
        except (sqlite3.Error, KnownError) as error:  # busy or failing: the next flush tries again
            log.warning("questions not written yet (%s): will try again", error)
            return
        self._rows.update(added)
        self._unsaved.clear()
        self._unsaved_seen = 0

    # -- the producer and the guide --------------------------------------------------------------------
    @property
    def pinned(self) -> Question | None:
        return self.board.picked

    def pin(self, question_id: int) -> bool:
        return self._move(question_id, "picked")

    def unpin(self) -> bool:
        pinned = self.board.picked
        return pinned is not None and self._move(pinned.id, "new")

    def dismiss(self, question_id: int) -> bool:
        return self._move(question_id, "dismissed")

    def answer(self) -> bool:
        """The guide's ``Q``: the pinned question is answered; ``Q`` again within :data:`UNDO_S` takes it
        back (pinned again). False when there is nothing to answer or take back."""
        now = self.clock()
        pinned = self.board.picked
        if pinned is not None:
            self._answered = (pinned.id, now)
            return self._move(pinned.id, "answered")
        if self._answered is not None and now - self._answered[1] <= UNDO_S:
            question_id, self._answered = self._answered[0], None
            return self._move(question_id, "picked")
        return False

    def _move(self, question_id: int, state: QuestionState) -> bool:
        changed = self.board.set_state(question_id, state, self.clock())
        if not changed:
            return False
        if self._session_id is not None:
            for question in changed:
                self._unsaved[question.id] = question
            self.flush()
        self.changed.emit()
        self.pinned_changed.emit(self.board.picked)
        return True

    def stop(self) -> None:
        self._flush_timer.stop()
        self.flush()
