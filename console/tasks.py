"""Slow work (parsing a big import, writing an export, rendering a run-sheet or a report) off the GUI thread:
Prepare and Review each run one queue.

The job gets plain data (a Tour, a path) and never the GUI thread's SQLite connection, which is bound to
that thread (Review's jobs open a read-only connection of their own). Its result, its failure and its
progress come back as queued signals. One job at a time: a second one waits its turn rather than racing
the first to the same file. The progress strip (``console/ui/prepare/progress.py``) only shows what this says.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from console.errors import KnownError
from console.logs import log_path
from console.messages import QT_TRANSLATE_NOOP
from console.translation import translated

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Job = Callable[[Progress], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the reason: a Message keeps its translation until the GUI thread shows it


class _Runnable(QRunnable):
    def __init__(self, job: Job, signals: _Signals) -> None:
        super().__init__()
        self.job, self.signals = job, signals

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except KnownError as error:
            self.signals.failed.emit(error.said())
        except Exception:  # a bug: logged with its traceback, shown as one line
            log.exception("background job failed")
            self.signals.failed.emit(
                QT_TRANSLATE_NOOP(
                    "TaskQueue", "an internal error stopped this job (details in {log})"
                ).format(log=log_path())
            )
        else:
            self.signals.finished.emit(result)


class TaskQueue(QObject):
    """Runs one job at a time on a private thread pool and reports what it is doing."""

    started = Signal(str)  # the title of the job now running or waiting
    progress = Signal(int, int)  # done, total (total 0: busy, no count yet)
    idle = Signal()  # nothing left to run

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[_Signals] = set()  # the signals of each queued or running job, kept alive here

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(
        self,
        title: str,
        job: Job,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Run ``job(progress)`` off the GUI thread; ``on_done``/``on_error`` run back on it."""
        signals = _Signals()
        self._jobs.add(signals)
        signals.progress.connect(self.progress)

        def finish(result: Any) -> None:
            self._end(signals)
            on_done(result)

        def fail(reason: str) -> None:
            self._end(signals)
            on_error(translated(reason))

        signals.finished.connect(finish)
        signals.failed.connect(fail)
        self.started.emit(title)
        self.progress.emit(0, 0)
        self.pool.start(_Runnable(job, signals))

    def _end(self, signals: _Signals) -> None:
        self._jobs.discard(signals)
        if not self._jobs:
            self.idle.emit()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (tests, shutdown)."""
        return bool(self.pool.waitForDone(msecs))
