"""The database lock watchdog's Qt side, a service with no widget: a timer on the GUI thread and a signal
the app turns into a banner.

The checking and the recovery are plain Python (``console.store.lock_watch``); they run here, on the
GUI thread, because that thread owns the connection they replace. A check reads ``/proc/locks`` (well
under a millisecond) once a second, in modal dialogs' event loops too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from console.translation import translated

if TYPE_CHECKING:
    from console.store.lock_watch import Recovery

CHECK_EVERY_MS = 1000


class LockWatchdog(QObject):
    """Calls ``check`` every second; ``recovered`` carries what happened, for a banner (text, level)."""

    recovered = Signal(str, str)

    def __init__(self, check: Callable[[], Recovery | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> None:
        recovery = self._check()
        if recovery is not None:
            self.recovered.emit(translated(recovery.text()), "error" if recovery.problem else "warning")
