"""The sum across sources, kept honest: a figure older than two poll intervals is stale, never live.

Pure Python (no Qt), so the rules the guide relies on are tested directly: what counts towards the total,
when it is stale, the peak and when, the trend over the last minute, the last 30 minutes for the sparkline
and which milestones have just been passed.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from console.messages import Text
from console.show.viewers import ViewerSample, ViewerState

WINDOW_S = 30 * 60.0
TREND_S = 60.0
STALE_INTERVALS = 2.0


@dataclass
class SourceStatus:
    label: str
    interval_s: float
    demo: bool = False
    last: ViewerSample | None = None  # the latest sample, failed or not
    good: ViewerSample | None = None  # the latest sample that was an answer (not an error)
    retry_at: float | None = None

    def stale(self, now: float) -> bool:
        return self.good is None or now - self.good.at > STALE_INTERVALS * self.interval_s


@dataclass(frozen=True)
class SourceLine:
    """One row of the breakdown. ``state`` is what we last knew; ``reason`` is why the last read failed."""

    label: str
    state: ViewerState | None  # None: never answered
    viewers: int | None
    age_s: float | None
    stale: bool
    reason: Text | None  # translated by the viewers pane
    demo: bool
    retry_in_s: float | None


@dataclass(frozen=True)
class TotalView:
    viewers: int | None  # the sum of every source whose last answer was live; None if there is none
    stale: bool  # some part of that sum is older than two poll intervals
    age_s: float | None  # the age of its oldest part
    lines: tuple[SourceLine, ...]

    @property
    def live(self) -> int | None:
        """The total only when all of it is fresh: what a note is stamped with."""
        return None if self.stale else self.viewers


class Tally:
    def __init__(self, milestones: tuple[int, ...] = ()) -> None:
        self.sources: dict[str, SourceStatus] = {}
        self.history: deque[tuple[float, int]] = deque()  # (at, fresh total), one point a second at most
        self.peak: tuple[int, float] | None = None  # (viewers, at)
        self.milestones = tuple(sorted(set(milestones)))
        self.passed: set[int] = set()

    def add_source(self, label: str, interval_s: float, *, demo: bool = False) -> None:
        self.sources[label] = SourceStatus(label, interval_s, demo)

    def record(self, sample: ViewerSample, retry_at: float | None = None) -> int | None:
        """Take a sample in; returns the highest milestone it has just passed, if any."""
        status = self.sources.get(sample.source)
        if status is None:
            return None
        status.last = sample
        status.retry_at = retry_at
        if sample.state != "error":
            status.good = sample
        total = self.view(sample.at).live
        if total is None:
            return None
        self._remember(sample.at, total)
        return self._milestone(total)

    def view(self, now: float) -> TotalView:
        lines = []
        viewers: int | None = None
        stale = False
        oldest: float | None = None
        for status in self.sources.values():
            good, last = status.good, status.last
            age = None if good is None else max(0.0, now - good.at)
            line_stale = status.stale(now)
            failing = last is not None and last.state == "error"
            lines.append(
                SourceLine(
                    label=status.label,
                    state=good.state if good else ("error" if failing else None),
                    viewers=good.viewers if good else None,
                    age_s=age,
                    stale=line_stale,
                    reason=last.error if failing and last is not None else None,
                    demo=status.demo,
                    retry_in_s=max(0.0, status.retry_at - now) if failing and status.retry_at else None,
                )
            )
            if good is not None and good.state == "live" and good.viewers is not None:
                viewers = (viewers or 0) + good.viewers
                stale = stale or line_stale
                oldest = age if oldest is None or (age is not None and age > oldest) else oldest
        return TotalView(viewers, stale, oldest, tuple(lines))

    def trend(self, now: float) -> int | None:
        """The change over about the last minute, or None while there is too little history."""
        if not self.history:
            return None
        current_at, current = self.history[-1]
        if now - current_at > TREND_S:
            return None
        earlier = next(((at, value) for at, value in self.history if at >= now - TREND_S), None)
        if earlier is None or current_at - earlier[0] < 10.0:
            return None
        return current - earlier[1]

    def window(self, now: float) -> list[tuple[float, int]]:
        """The last 30 minutes: the history's own points (the sparkline asks every second, so no copies)."""
        cutoff = now - WINDOW_S
        return [point for point in self.history if point[0] >= cutoff]

    def _remember(self, at: float, total: int) -> None:
        if self.history and at - self.history[-1][0] < 1.0:
            self.history[-1] = (self.history[-1][0], total)
        else:
            self.history.append((at, total))
        while self.history and self.history[0][0] < at - WINDOW_S:
            self.history.popleft()
        if self.peak is None or total > self.peak[0]:
            self.peak = (total, at)

    def _milestone(self, total: int) -> int | None:
        reached = [m for m in self.milestones if m <= total and m not in self.passed]
        self.passed.update(reached)
        return max(reached) if reached else None
