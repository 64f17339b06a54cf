"""What the benchmarks that run the real console measure the same way: the GUI loop's stalls and the RSS.

A stall is how late a 5 ms precise Qt timer fires. The stalls go into an array sized before the phase
starts, so a tick creates nothing that lasts: a Python list of 120,000 stall floats alone is +3.5 MB of RSS,
which earlier runs counted as the console's growth. The RSS is read every 10 s, so a one-off warm-up is told
apart from a leak: the growth over the phase, the growth after its first ``warm_up_s``, and the least-squares
slope after it.
Needs a QApplication; run the phase from the GUI thread.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TICK_MS = 5
MEMORY_EVERY_S = 10.0


def rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass
class Phase:
    """One phase's measurements: stalls in ms, and (seconds into the phase, RSS in MB) every 10 s."""

    stalls: list[float]
    memory: list[tuple[float, float]]
    warm_up_s: float = 0.0

    @property
    def growth(self) -> float:
        return self.memory[-1][1] - self.memory[0][1]

    def after_warm_up(self) -> list[tuple[float, float]]:
        return [point for point in self.memory if point[0] >= self.warm_up_s]

    @property
    def settled_growth(self) -> float:
        later = self.after_warm_up()
        return later[-1][1] - later[0][1] if len(later) > 1 else float("nan")

    @property
    def slope_mb_per_hour(self) -> float:
        """The least-squares slope of RSS after the warm-up: a leak keeps it up, a warm-up does not."""
        points = self.after_warm_up()
        if len(points) < 3:
            return float("nan")
        mean_t = sum(t for t, _ in points) / len(points)
        mean_m = sum(m for _, m in points) / len(points)
        spread = sum((t - mean_t) ** 2 for t, _ in points)
        return 3600 * sum((t - mean_t) * (m - mean_m) for t, m in points) / spread

    def memory_line(self) -> str:
        first, last = self.memory[0][1], self.memory[-1][1]
        text = f"RSS {first:.1f} -> {last:.1f} MB: growth {self.growth:+.2f} MB"
        if self.warm_up_s:
            text += f", after the first {self.warm_up_s:.0f} s {self.settled_growth:+.2f} MB"
        return text + f", slope {self.slope_mb_per_hour:+.2f} MB/h"

    def minutes_line(self) -> str:
        minutes = [f"{m:.1f}" for t, m in self.memory if round(t) % 60 == 0]
        return f"RSS each minute (MB): {' '.join(minutes)}"


class GuiSampler:
    """The stall timer and the RSS readings; :meth:`phase` measures one stretch of the running console."""

    def __init__(self, longest_s: float) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self._stalls = array("d", bytes(8 * (round(longest_s * 1000 / TICK_MS) + 10_000)))
        self._ticks = 0
        self._clock = QElapsedTimer()
        self._ticker = QTimer()
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self._tick)

    def _tick(self) -> None:
        if self._ticks < len(self._stalls):
            self._stalls[self._ticks] = max(0.0, self._clock.nsecsElapsed() / 1e6 - TICK_MS)
            self._ticks += 1
        self._clock.restart()

    def phase(
        self, duration_s: float, *, warm_up_s: float = 0.0, every: Callable[[float], None] | None = None
    ) -> Phase:
        """Turn the Qt loop for ``duration_s``; ``every(seconds)`` is called after each RSS reading. The
        stalls are copied out after the last reading, so the copy is never counted as growth."""
        memory = [(0.0, rss_mb())]
        self._ticks = 0
        self._clock.start()
        self._ticker.start(TICK_MS)
        elapsed = 0.0
        while elapsed < duration_s:
            step = min(MEMORY_EVERY_S, duration_s - elapsed)
            wait(step)
            elapsed += step
            memory.append((elapsed, rss_mb()))
            if every is not None:
                every(elapsed)
        self._ticker.stop()
        return Phase(self._stalls[: self._ticks].tolist(), memory, warm_up_s)


def wait(seconds: float) -> None:
    """Let the console run (its Qt loop turns) for ``seconds``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
