"""Review mode's service: the past sessions and their reports, read off the GUI thread.

Every job opens a read-only connection of its own (``connect_read_only``) and closes it when done: the
GUI thread's connection is bound to that thread and belongs to the live show, which a long read must never
hold up.
Two queues: one for what the producer is waiting for (open a session, export it, with a progress bar), one for
the list's peak viewers, filled in one session at a time behind it, so a long history never delays a click.
The reports the peaks were read from are kept (the newest few ended sessions; they never change), so the
session the producer then clicks is usually open at once.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from console.errors import KnownError
from console.files import UnsafeTarget, write_atomically
from console.messages import QT_TRANSLATE_NOOP
from console.reporting.chart import ChartOptions
from console.show.chapters import MIN_CHAPTERS, chapters
from console.show.compare import SessionChoice
from console.show.report import Report
from console.store import Database, SessionRepository
from console.store.sqlite_files import connect_read_only
from console.tasks import Progress, TaskQueue

T = TypeVar("T")
ExportKind = Literal["pdf", "html", "png", "csv", "chapters"]
EXPORT_KINDS: tuple[ExportKind, ...] = ("pdf", "html", "png", "csv", "chapters")
PNG_WIDTH = 1600
KEPT_REPORTS = 3  # a three-hour show's report holds its curve: a few megabytes each


@dataclass(frozen=True)
class SessionRow:
    """One line of the sessions list."""

    id: int
    kind: str
    tour_id: int | None
    tour: str
    started_at: float  # the go-live, else when the session was made
    length_s: float | None  # None: it never went live
    ended: bool
    notes: int

    def choice(self) -> SessionChoice:
        """The session as the comparison's choosers list it (read with the list: nothing read again)."""
        return SessionChoice(
            id=self.id, kind=self.kind, tour_id=self.tour_id, tour_title=self.tour, at=self.started_at
        )


class ReviewLibrary(QObject):
    listed = Signal(list)  # [SessionRow], newest first
    peak_found = Signal(int, object)  # session id, its peak viewers (None: no complete count)
    opened = Signal(object)  # a Report
    exported = Signal(str)  # the file written
    failed = Signal(str)  # why, in the window's language

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.queue = TaskQueue(self)
        self.background = TaskQueue(self)
        self._peaks: dict[int, int | None] = {}  # an ended session's peak never changes
        self._reports: OrderedDict[int, Report] = OrderedDict()  # ended sessions only, newest use last

    def refresh(self) -> None:
        self.queue.run(
            QT_TRANSLATE_NOOP("ReviewLibrary", "Reading the sessions…"),
            lambda _progress: self._read(_rows),
            self._listed,
            self.failed.emit,
        )

    def _listed(self, rows: list[SessionRow]) -> None:
        self.listed.emit(rows)
        for row in rows:
            if row.id in self._peaks:
                self.peak_found.emit(row.id, self._peaks[row.id])
            else:
                self.background.run("", self._peak_job(row.id), self._peak_done(row), lambda _reason: None)

    def _peak_job(self, session_id: int) -> Callable[[Progress], Report]:
        def job(_progress: Progress) -> Report:
            return self._read(lambda sessions: sessions.report(session_id))

        return job

    def _peak_done(self, row: SessionRow) -> Callable[[Report], None]:
        def done(report: Report) -> None:
            peak = report.show.audience.peak
            if row.ended:
                self._peaks[row.id] = peak
                self._keep(report)
            self.peak_found.emit(row.id, peak)

        return done

    def _keep(self, report: Report) -> None:
        if report.session.id is None or report.session.ended_at is None:
            return
        self._reports[report.session.id] = report
        self._reports.move_to_end(report.session.id)
        while len(self._reports) > KEPT_REPORTS:
            self._reports.popitem(last=False)

    def forget(self) -> None:
        """Drop the kept reports (the benchmark times a cold open with it)."""
        self._reports.clear()

    def open(self, session_id: int) -> None:
        """Read the session and work out its figures; ``opened`` brings the report (at once when kept)."""
        kept = self._reports.get(session_id)
        if kept is not None:
            self._reports.move_to_end(session_id)
            QTimer.singleShot(0, lambda: self.opened.emit(kept))  # as from the worker: after this returns
            return

        def opened(report: Report) -> None:
            self._keep(report)
            self.opened.emit(report)

        self.queue.run(
            QT_TRANSLATE_NOOP("ReviewLibrary", "Reading session {id}…").format(id=session_id),
            lambda _progress: self._read(lambda sessions: sessions.report(session_id)),
            opened,
            self.failed.emit,
        )

    def export(self, report: Report, kind: ExportKind, path: str, options: ChartOptions) -> None:
        """Write ``report`` as ``kind`` to ``path`` off the GUI thread, with its progress."""
        protect = [self.db_path]

        def job(progress: Progress) -> str:
            data = render(report, kind, options, progress)
            try:
                write_atomically(path, data, protect=protect)
            except UnsafeTarget as error:
                raise KnownError(str(error)) from None
            except OSError as error:
                raise KnownError(
                    QT_TRANSLATE_NOOP("ReviewLibrary", "{path}: cannot write the file ({reason})").format(
                        path=path, reason=error.strerror or str(error)
                    )
                ) from None
            return path

        self.queue.run(
            QT_TRANSLATE_NOOP("ReviewLibrary", "Writing {file}…").format(file=Path(path).name),
            job,
            self.exported.emit,
            self.failed.emit,
        )

    def _read(self, work: Callable[[SessionRepository], T]) -> T:
        try:
            conn = connect_read_only(self.db_path)
        except sqlite3.Error as error:
            raise KnownError(
                QT_TRANSLATE_NOOP("ReviewLibrary", "cannot read the database {path}: {reason}").format(
                    path=str(self.db_path), reason=str(error)
                )
            ) from None
        try:
            return work(SessionRepository(Database(conn)))
        finally:
            conn.close()

    def wait(self, msecs: int = -1) -> bool:
        """Block until both queues are idle (tests, shutdown)."""
        return self.queue.wait(msecs) and self.background.wait(msecs)


def _rows(sessions: SessionRepository) -> list[SessionRow]:
    rows = []
    for row in sessions.list():
        live, ended = row["went_live_at"], row["ended_at"]
        end = ended if ended is not None else sessions.last_event_at(row["id"])
        rows.append(
            SessionRow(
                id=row["id"],
                kind=row["kind"],
                tour_id=row["tour_id"],
                tour=row["title"] or "",
                started_at=live if live is not None else row["created_at"],
                length_s=None if live is None else max(0.0, (end or live) - live),
                ended=ended is not None,
                notes=row["note_count"],
            )
        )
    return rows


def render(
    report: Report, kind: ExportKind, options: ChartOptions, progress: Progress | None = None
) -> str | bytes:
    """The file's bytes or text (the command line and Review write the same)."""
    from console.formats.session_report import dump_stop_figures_csv
    from console.reporting.documents import report_file

    if kind in ("pdf", "html", "png"):
        return report_file(report, kind, width=PNG_WIDTH, options=options, progress=progress)
    if kind == "csv":
        return dump_stop_figures_csv(report)
    session = report.session
    if session.went_live_at is None:
        raise KnownError(QT_TRANSLATE_NOOP("ReviewLibrary", "this session never went live: no chapters"))
    found = chapters(session, session.went_live_at, session.ended_at)
    if len(found) < MIN_CHAPTERS:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "ReviewLibrary",
                "only {count} chapter(s) of at least 10 seconds; YouTube needs {least} or more",
            ).format(count=len(found), least=MIN_CHAPTERS)
        )
    return "".join(chapter.line() + "\n" for chapter in found)
