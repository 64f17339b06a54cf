"""Sessions (broadcasts and rehearsals) as an append-only log: arrivals, notes, viewer samples.

Every action is one committed transaction on a ``synchronous=FULL`` WAL database, so what the
window shows as saved survives a SIGKILL or a power cut, and a crash never leaves half an action
(a show that went live with no current stop).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from console.errors import NotFound
from console.messages import QT_TRANSLATE_NOOP
from console.show.encoder import EncoderRecord
from console.show.session import Adoption, Arrival, LanguageSwitch, Note, Session, SessionKind
from console.show.tour import Tour, tour_from_dict, tour_to_dict
from console.show.viewers import ViewerSample
from console.store.connection import Database

if TYPE_CHECKING:
    from console.show.report import Report


class SessionRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, tour: Tour, kind: SessionKind = "live", *, at: float | None = None) -> Session:
        """A new session holding a snapshot of ``tour`` as it is now (later edits don't rewrite history)."""
        created = time.time() if at is None else at
        session_id = self.db.insert(
            "sessions",
            {
                "tour_id": tour.id,
                "kind": kind,
                "tour_json": json.dumps(tour_to_dict(tour), ensure_ascii=False),
                "created_at": created,
            },
        )
        return Session(tour=tour, kind=kind, created_at=created, id=session_id)

    def start(self, tour: Tour, kind: SessionKind, at: float, *, language: str | None = None) -> Session:
        """Create the session, put it on air and arrive at the first stop: one transaction, all or nothing.

        ``language``: the talking points' language chosen before go-live, when it is not the tour's main
        one; recorded as the show's first switch, in the same transaction (a resume comes back in it)."""
        with self.db.atomic():
            session = self.create(tour, kind, at=at)
            self.go_live(session, at)
            self.arrive(session, 0, at)
            if language is not None and language != tour.main_language:
                self.switch_language(session, LanguageSwitch(at=at, language=language, show_s=0.0))
        return session

    def go_live(self, session: Session, at: float) -> None:
        self.db.execute("UPDATE sessions SET went_live_at = ? WHERE id = ?", [at, session.id])
        session.went_live_at = at

    def arrive(self, session: Session, stop_index: int, at: float) -> None:
        self.db.insert("arrivals", {"session_id": session.id, "stop_index": stop_index, "at": at})
        session.arrivals.append(Arrival(stop_index, at))

    def end(self, session: Session, at: float) -> None:
        self.db.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", [at, session.id])
        session.ended_at = at

    def add_note(self, session: Session, note: Note) -> Note:
        """Commit the note durably, then return it with its id (only then is it "saved")."""
        note_id = self.db.insert(
            "notes",
            {
                "session_id": session.id,
                "at": note.at,
                "show_s": note.show_s,
                "stop_index": note.stop_index,
                "text": note.text,
                "viewers": note.viewers,
            },
        )
        saved = replace(note, id=note_id)
        session.notes.append(saved)
        return saved

    def switch_language(self, session: Session, switch: LanguageSwitch) -> None:
        """Record that the guide switched the talking points' language (one committed row)."""
        self.db.insert(
            "language_switches",
            {
                "session_id": session.id,
                "at": switch.at,
                "show_s": switch.show_s,
                "language": switch.language,
            },
        )
        session.language_switches.append(switch)

    def adopt(self, session: Session, adoption: Adoption) -> None:
        """Record an adoption of the time-rescue advice (or, with no targets, its revert): one committed row,
        so a resumed show measures against what was adopted."""
        self.db.insert(
            "adoptions",
            {
                "session_id": session.id,
                "at": adoption.at,
                "show_s": adoption.show_s,
                "targets": json.dumps([list(target) for target in adoption.targets]),
            },
        )
        session.adoptions.append(adoption)

    def add_sample(self, session_id: int, sample: ViewerSample) -> None:
        self.db.insert(
            "viewer_samples",
            {
                "session_id": session_id,
                "at": sample.at,
                "source": sample.source,
                "state": sample.state,
                "viewers": sample.viewers,
                "error": sample.error,
            },
        )

    def samples(self, session_id: int) -> list[ViewerSample]:
        """Every reading in time order. Plain tuples, not dict rows: a three-hour show with five sources has
        54,000 of them, and Review opens it in half a second."""
        cursor = self.db.execute(
            "SELECT at, source, state, viewers, error FROM viewer_samples "
            "WHERE session_id = ? ORDER BY at, id",
            [session_id],
        )
        return [ViewerSample(*row) for row in cursor]

    def add_encoder_record(self, session_id: int, record: EncoderRecord) -> None:
        self.db.insert(
            "encoder_records",
            {
                "session_id": session_id,
                "at": record.at,
                "kind": record.kind,
                "streaming": record.streaming,
                "reconnecting": record.reconnecting,
                "recording": record.recording,
                "bitrate_kbps": record.bitrate_kbps,
                "dropped_share": record.dropped_share,
                "congestion": record.congestion,
                "reason": record.reason,
                "stream_started_at": record.stream_started_at,
            },
        )

    def encoder_records(self, session_id: int) -> list[EncoderRecord]:
        def flag(value: object) -> bool | None:
            return None if value is None else bool(value)

        return [
            EncoderRecord(
                at=row["at"],
                kind=row["kind"],
                streaming=flag(row["streaming"]),
                reconnecting=bool(row["reconnecting"]),
                recording=flag(row["recording"]),
                bitrate_kbps=row["bitrate_kbps"],
                dropped_share=row["dropped_share"],
                congestion=row["congestion"],
                reason=row["reason"],
                stream_started_at=row["stream_started_at"],
            )
            for row in self.db.query(
                "SELECT * FROM encoder_records WHERE session_id = ? ORDER BY at, id", [session_id]
            )
        ]

    def report(self, session_id: int, *, anonymize: bool = False) -> Report:
        """The figures of one session with everything they are drawn from (the viewer readings, the
        audience's questions, what the encoder said): the one place the command line, Review and the
        comparison read a report; ``anonymize`` replaces the askers' names."""
        from console.show.questions import anonymized
        from console.show.report import build_report  # not on the window's start
        from console.store.questions import QuestionLedger

        asked = QuestionLedger(self.db).for_session(session_id)
        return build_report(
            self.get(session_id),
            self.samples(session_id),
            anonymized(asked) if anonymize else asked,
            self.encoder_records(session_id),
        )

    def get(self, session_id: int) -> Session:
        rows = list(self.db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
        if not rows:
            raise NotFound(
                QT_TRANSLATE_NOOP("Storage", "no session with id {session_id}").format(session_id=session_id)
            )
        row = rows[0]
        tour = tour_from_dict(json.loads(row["tour_json"]), tour_id=row["tour_id"])
        arrivals = [
            Arrival(r["stop_index"], r["at"])
            for r in self.db.query(
                "SELECT * FROM arrivals WHERE session_id = ? ORDER BY at, id", [session_id]
            )
        ]
        notes = [
            Note(
                at=r["at"],
                text=r["text"],
                stop_index=r["stop_index"],
                show_s=r["show_s"],
                viewers=r["viewers"],
                id=r["id"],
            )
            for r in self.db.query("SELECT * FROM notes WHERE session_id = ? ORDER BY at, id", [session_id])
        ]
        switches = [
            LanguageSwitch(at=r["at"], language=r["language"], show_s=r["show_s"])
            for r in self.db.query(
                "SELECT * FROM language_switches WHERE session_id = ? ORDER BY at, id", [session_id]
            )
        ]
        adoptions = [
            Adoption(at=r["at"], targets=_targets(r["targets"]), show_s=r["show_s"])
            for r in self.db.query(
                "SELECT * FROM adoptions WHERE session_id = ? ORDER BY at, id", [session_id]
            )
        ]
        return Session(
            adoptions=adoptions,
            tour=tour,
            kind=row["kind"],
            created_at=row["created_at"],
            went_live_at=row["went_live_at"],
            ended_at=row["ended_at"],
            arrivals=arrivals,
            notes=notes,
            language_switches=switches,
            id=session_id,
        )

    def list(self) -> Iterator[dict[str, Any]]:
        yield from self.db.query(
            """
            SELECT sessions.id, sessions.kind, sessions.tour_id, sessions.created_at,
                   sessions.went_live_at, sessions.ended_at,
                   json_extract(sessions.tour_json, '$.title') AS title,
                   (SELECT count(*) FROM notes WHERE notes.session_id = sessions.id) AS note_count
            FROM sessions ORDER BY sessions.created_at DESC, sessions.id DESC
            """
        )

    def last_event_at(self, session_id: int) -> float | None:
        """The latest arrival, note or viewer reading: where a show that never ended (a crash) ends."""
        rows = self.db.execute(
            "SELECT max(coalesce((SELECT max(at) FROM arrivals WHERE session_id = :id), 0),"
            " coalesce((SELECT max(at) FROM notes WHERE session_id = :id), 0),"
            " coalesce((SELECT max(at) FROM viewer_samples WHERE session_id = :id), 0))",
            {"id": session_id},
        ).fetchone()
        return rows[0] or None

    def latest_rehearsal(self, tour_id: int) -> Session | None:
        """The newest rehearsal of the tour that went live (so it has times to offer)."""
        for row in self.db.query(
            "SELECT id FROM sessions WHERE kind = 'rehearsal' AND tour_id = ? AND went_live_at IS NOT NULL "
            "ORDER BY created_at DESC, id DESC LIMIT 1",
            [tour_id],
        ):
            return self.get(row["id"])
        return None

    def rehearsals(self, tour_id: int, *, most: int = 20) -> tuple[Session, ...]:
        """The tour's rehearsals that went live, newest first (the fastest of each stop is offered as its
        minimum)."""
        return tuple(
            self.get(row["id"])
            for row in self.db.query(
                "SELECT id FROM sessions WHERE kind = 'rehearsal' AND tour_id = ? "
                "AND went_live_at IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT ?",
                [tour_id, most],
            )
        )

    def holds(self, tour: Tour, *, shows: int = 5, besides: int | None = None) -> dict[int, float]:
        """Per stop of ``tour``, its mean hold over the last ``shows`` broadcasts of it that went live (the
        time rescue cuts where audiences left): empty for a tour never shown, or shown without readings.
        ``besides``: the show on air, which is no earlier show (resumed after a crash, its own readings
        once tilted its advice, "where audiences left before")."""
        from console.show.report import build_report
        from console.show.rescue import stop_holds

        if tour.id is None:
            return {}
        found = []
        for row in self.db.query(
            "SELECT id FROM sessions WHERE kind = 'live' AND tour_id = ? AND went_live_at IS NOT NULL "
            "AND id IS NOT ? ORDER BY went_live_at DESC, id DESC LIMIT ?",
            [tour.id, besides, shows],
        ):
            samples = self.samples(row["id"])
            if samples:
                report = build_report(self.get(row["id"]), samples)
                found.append([(stop.title, stop.audience.hold) for stop in report.stops])
        return stop_holds(found, tour)

    def unfinished(self) -> Session | None:
        """The latest show that went live and never ended: the one a crash left behind."""
        for row in self.db.query(
            "SELECT id FROM sessions WHERE went_live_at IS NOT NULL AND ended_at IS NULL "
            "ORDER BY went_live_at DESC LIMIT 1"
        ):
            return self.get(row["id"])
        return None


def _targets(text: str | None) -> tuple[tuple[int, int, bool], ...]:
    """An adoption's targets as :meth:`SessionRepository.adopt` wrote them (damaged: a revert)."""
    try:
        rows = json.loads(text or "[]")
        return tuple((int(index), int(target), bool(skip)) for index, target, skip in rows)
    except (ValueError, TypeError):
        return ()
