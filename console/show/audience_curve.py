"""The viewer curve of a finished (or crashed) show: each source's readings, and their total, as steps.

A reading holds from its moment until the next reading of its source, but never longer than two of that
source's poll intervals (the rule the live tally uses for "stale"); the interval is not stored, so it is
taken as the median gap between the source's readings. A source that was failing (``error``), hidden,
offline or ended, stale or not yet read is a *gap*: the curve has no value there, and nothing joins the
points on either side.

The total is the sum of the sources that gave a count at some point of the show. While one of them is in a
gap the total is *partial* (the sum of the others, marked so, never passed off as the whole audience); when
none gives a count it is a gap. A source that never gave a count (a wrong address, a count hidden all along)
is left out of the total rather than marking the whole show partial; its line still shows its states.
"""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter, itemgetter
from typing import Literal, NamedTuple

from console.show.viewers import ViewerSample

STALE_INTERVALS = 2.0  # as console.audience.tally: a reading older than two intervals is stale

SourceState = Literal["live", "hidden", "offline", "ended", "failing", "stale", "unread"]
_STATE_OF = {"live": "live", "hidden": "hidden", "offline": "offline", "ended": "ended", "error": "failing"}


class SourceStep(NamedTuple):
    """One source from ``start`` to ``end``: a count while ``state`` is live, else a gap (no ``viewers``)."""

    start: float
    end: float
    state: SourceState
    viewers: int | None


class TotalStep(NamedTuple):
    """The total from ``start`` to ``end``: None is a gap; ``missing`` names the counted sources in a gap
    then (the total is partial when some are missing and others count). A tuple: a long show has tens of
    thousands of them."""

    start: float
    end: float
    viewers: int | None
    missing: tuple[str, ...] = ()

    @property
    def partial(self) -> bool:
        return self.viewers is not None and bool(self.missing)

    @property
    def complete(self) -> bool:
        return self.viewers is not None and not self.missing


@dataclass(frozen=True)
class Curve:
    """The readings and the total. The total is kept as columns (each step's start, count or None, missing
    sources; a step ends where the next begins) because a long show has tens of thousands of steps and the
    figures read them as columns; :attr:`total` gives them as :class:`TotalStep` when asked."""

    start: float
    end: float
    starts: list[float]
    counts: list[int | None]
    missing: list[tuple[str, ...]]
    readings: dict[str, tuple[ViewerSample, ...]]  # every source, in the order it first answered
    intervals: dict[str, float | None]  # each source's poll interval, as its readings show it
    counted: tuple[str, ...]  # the sources that make up the total

    @cached_property
    def total(self) -> tuple[TotalStep, ...]:
        ends = [*self.starts[1:], self.end]
        columns = zip(self.starts, ends, self.counts, self.missing, strict=True)
        return tuple(TotalStep(a, b, count, missing) for a, b, count, missing in columns)

    def source_steps(self, source: str) -> tuple[SourceStep, ...]:
        """One source's line, made when asked for (the figures need only the total)."""
        return tuple(_source_steps(list(self.readings[source]), self.start, self.end, self.intervals[source]))


def build_curve(samples: Iterable[ViewerSample], start: float, end: float) -> Curve:
    """The curve over ``[start, end]`` from the readings (any order; those outside are clipped)."""
    by_source: dict[str, list[ViewerSample]] = defaultdict(list)
    for sample in sorted(samples, key=attrgetter("at")):
        by_source[sample.source].append(sample)
    moments = {source: [s.at for s in readings] for source, readings in by_source.items()}
    intervals = {source: _interval(at) for source, at in moments.items()}
    if None in intervals.values():  # a source read once: the other sources' pace stands in for its own
        fallback = _interval(sorted({at for each in moments.values() for at in each}))
        intervals = {source: interval or fallback for source, interval in intervals.items()}
    counted = tuple(source for source, readings in by_source.items() if any(map(_counts, readings)))
    changes = _changes(by_source, moments, counted, intervals, end)
    return Curve(
        start,
        end,
        *_total_steps(changes, counted, start, end),
        {source: tuple(readings) for source, readings in by_source.items()},
        intervals,
        counted,
    )


def _counts(reading: ViewerSample) -> bool:
    return reading.state == "live" and reading.viewers is not None


def _interval(moments: list[float]) -> float | None:
    """The median gap between consecutive readings (in time order)."""
    gaps = [b - a for a, b in itertools.pairwise(moments) if b > a]
    return statistics.median(gaps) if gaps else None


def _changes(
    by_source: dict[str, list[ViewerSample]],
    moments: dict[str, list[float]],
    counted: tuple[str, ...],
    intervals: dict[str, float | None],
    end: float,
) -> list[tuple[float, int, int | None]]:
    """When each counted source's count changes (its position in ``counted``, its count or None), in time
    order: each reading, and the moment a reading goes stale before the next one comes."""
    changes: list[tuple[float, int, int | None]] = []
    for position, source in enumerate(counted):
        at = moments[source]
        counts = [r.viewers if r.state == "live" else None for r in by_source[source]]
        changes += zip(at, itertools.repeat(position), counts, strict=False)
        interval = intervals[source]
        if interval is None:
            continue
        hold = STALE_INTERVALS * interval
        following = itertools.chain(at[1:], (end,))
        changes += [
            (moment + hold, position, None)
            for moment, next_at, count in zip(at, following, counts, strict=True)
            if count is not None and next_at - moment > hold
        ]
    changes.sort(key=itemgetter(0))  # stable: a source's own order is kept where times tie
    return changes


def _source_steps(
    readings: list[ViewerSample], start: float, end: float, interval: float | None
) -> list[SourceStep]:
    steps: list[SourceStep] = []
    hold = float("inf") if interval is None else STALE_INTERVALS * interval

    def add(a: float, b: float, state: SourceState, viewers: int | None) -> None:
        a, b = max(a, start), min(b, end)
        if b <= a:
            return
        last = steps[-1] if steps else None
        if last is not None and last.state == state and last.viewers == viewers and last.end == a:
            steps[-1] = SourceStep(last.start, b, state, viewers)
        else:
            steps.append(SourceStep(a, b, state, viewers))

    add(start, readings[0].at, "unread", None)
    following = [r.at for r in readings[1:]] + [end]
    for reading, next_at in zip(readings, following, strict=True):
        state: SourceState = _STATE_OF.get(reading.state, "failing")  # type: ignore[assignment]
        viewers = reading.viewers if state == "live" else None
        if state == "live" and viewers is None:
            state = "failing"
        held_until = min(next_at, reading.at + hold)
        add(reading.at, held_until, state, viewers)
        add(held_until, next_at, "stale", None)
    return steps


def _total_steps(
    changes: list[tuple[float, int, int | None]], counted: tuple[str, ...], start: float, end: float
) -> tuple[list[float], list[int | None], list[tuple[str, ...]]]:
    """Sweep the changes in time order, keeping the running sum and how many sources are missing; a step
    is written only when what it shows changes (the hot loop of a long show: plain locals, no objects)."""
    if end <= start:
        return [], [], []
    if not counted:
        return [start], [None], [()]
    values: list[int | None] = [None] * len(counted)
    everyone = missing = len(counted)
    total = 0
    starts: list[float] = []
    counts: list[int | None] = []
    absences: list[tuple[str, ...]] = []
    last: tuple[int | None, int] = (-1, -1)  # what the previous step showed: (total or None, missing)
    at = start
    for moment, position, viewers in [*changes, (end, -1, None)]:
        if moment > at or position < 0:
            now = (None if missing == everyone else total, missing)
            partial = 0 < missing < everyone
            if now != last or (partial and _absent(counted, values) != absences[-1]):
                starts.append(at)
                counts.append(now[0])
                absences.append(_absent(counted, values) if partial else ())
                last = now
            if moment >= end:
                break
            at = moment
        old = values[position]
        if old is not None:
            total -= old
            missing += 1
        if viewers is not None:
            total += viewers
            missing -= 1
        values[position] = viewers
    return starts, counts, absences


def _absent(counted: tuple[str, ...], values: list[int | None]) -> tuple[str, ...]:
    return tuple(source for source, value in zip(counted, values, strict=True) if value is None)
