"""Fresh, stale or lost: decided from when frames arrive, never from what libvlc says.

VLC's error event may never fire when a network stream drops, and a frozen frame looks live: the only
honest signal is "a new frame arrived". Plain Python with an injectable clock, so it is tested directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

FRESH_S = 0.5  # older than this, the picture shows its age
LOST_S = 2.0  # no new frame for this long: signal lost, reconnect
# After a reconnect, how long the new attempt gets before the next one: long enough for a network source
# to connect, buffer and reach a key frame; growing so a dead source is not hammered.
BACKOFF_S = (3.0, 4.0, 6.0, 10.0)


class Health(Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    LIVE = "live"
    STALE = "stale"
    LOST = "lost"


@dataclass(frozen=True)
class Status:
    health: Health
    age_s: float | None = None  # of the picture on screen; None before the first frame
    since: datetime | None = None  # wall-clock time of the last new picture (or of the start)
    attempts: int = 0  # reconnects since the signal was lost


class SignalWatch:
    """Tracks frame arrival and says when to reconnect; times are ``clock()`` seconds (monotonic)."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self._started: float | None = None
        self._attempt_at = 0.0
        self._last_frame: float | None = None
        self.attempts = 0

    def started(self) -> None:
        """A new source began playing: no picture yet, nothing lost."""
        self._started = self._attempt_at = self._clock()
        self._last_frame = None
        self.attempts = 0

    def frame(self, at: float) -> None:
        """A new frame arrived at ``at`` (the same clock)."""
        if self._last_frame is None or at > self._last_frame:
            self._last_frame = at
            self.attempts = 0

    def status(self) -> Status:
        if self._started is None:
            return Status(Health.IDLE)
        now = self._clock()
        reference = self._last_frame if self._last_frame is not None else self._started
        since = datetime.now().astimezone() - timedelta(seconds=now - reference)
        silent = now - reference
        if self._last_frame is None:
            health = Health.LOST if silent >= LOST_S else Health.CONNECTING
            return Status(health, None, since, self.attempts)
        health = Health.LOST if silent >= LOST_S else Health.STALE if silent > FRESH_S else Health.LIVE
        return Status(health, silent, since, self.attempts)

    def should_reconnect(self) -> bool:
        """Lost, and the previous attempt has had its time."""
        if self.status().health is not Health.LOST:
            return False
        wait = LOST_S if self.attempts == 0 else BACKOFF_S[min(self.attempts, len(BACKOFF_S)) - 1]
        return self._clock() - self._attempt_at >= wait

    def reconnecting(self) -> None:
        self.attempts += 1
        self._attempt_at = self._clock()
