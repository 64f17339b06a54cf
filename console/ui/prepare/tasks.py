"""Slow work (parsing a big import, writing an export, rendering a run-sheet) off the GUI thread.

The job gets plain data (a Tour, a path) and never the database: the SQLite connection
belongs to the GUI thread. Its result, its failure and its progress come back as queued
signals, and the progress strip shows them. One job at a time: a second one waits its turn
rather than racing the first to the same file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from console.errors import KnownError

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Job = Callable[[Progress], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class _Runnable(QRunnable):
    def __init__(self, job: Job, signals: _Signals) -> None:
        super().__init__()
        self.job, self.signals = job, signals

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except KnownError as error:
            self.signals.failed.emit(error.text())
        except Exception:  # a bug: logged with its traceback, shown as one line
            log.exception("background job failed")
            self.signals.failed.emit("an internal error stopped this job (details in the log)")
        else:
            self.signals.finished.emit(result)


class TaskRunner(QWidget):
    """A progress strip that runs one job at a time on a private thread pool."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setObjectName("taskProgress")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self._jobs: set[_Signals] = set()  # the signals of each queued or running job, kept alive here
        self.hide()

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
        signals.progress.connect(self._progress)

        def finish(result: Any) -> None:
            self._end(signals)
            on_done(result)

        def fail(reason: str) -> None:
            self._end(signals)
            on_error(reason)

        signals.finished.connect(finish)
        signals.failed.connect(fail)
        self.label.setText(title)
        self.bar.setRange(0, 0)  # busy until the job reports a count
        self.show()
        self.pool.start(_Runnable(job, signals))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _end(self, signals: _Signals) -> None:
        self._jobs.discard(signals)
        if not self._jobs:
            self.hide()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (tests, shutdown)."""
        return bool(self.pool.waitForDone(msecs))
