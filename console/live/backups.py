"""A backup after every show, made on a worker thread so the window never waits for a slow disk or share.

The worker reads through its own read-only connection (``console.store.backup``); its result comes back to
the GUI thread through a signal, queued because it is emitted from the worker.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from console.errors import KnownError
from console.logs import log_path
from console.translation import error_text

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


class ShowBackups(QObject):
    made = Signal(str)  # the backup's path
    failed = Signal(str)  # the reason, for a banner

    def __init__(self, db_path: Path, backup_dir: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.backup_dir = backup_dir
        self.worker: threading.Thread | None = None  # the latest backup's thread

    def start(self) -> threading.Thread:
        """Back up now, off the GUI thread. Not a daemon: a console closed right after the show ends
        finishes its backup before the process exits (the copy is all or nothing either way)."""
        self.worker = threading.Thread(target=self._run, name="show-backup")
        self.worker.start()
        return self.worker

    def _run(self) -> None:
        from console.store.backup import back_up_into_folder  # not on the console's start path

        try:
            path = back_up_into_folder(self.db_path, self.backup_dir)
        except KnownError as error:
            log.warning("backup after the show failed: %s", error.text())
            said = translate(
                "ShowBackups", "The show ended and is saved, but its backup was not made: {reason}"
            )
            self.failed.emit(said.format(reason=error_text(error)))
            return
        except Exception:  # a bug: logged with its traceback, and still said where a person looks
            log.exception("backup after the show failed")
            said = translate(
                "ShowBackups", "The show ended and is saved, but its backup failed (details in {log})."
            )
            self.failed.emit(said.format(log=log_path()))
            return
        log.info("backup after the show: %s", path)
        self.made.emit(str(path))
