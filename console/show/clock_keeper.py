"""The show clock kept between calls: :func:`show_clock`'s result, for a fraction of its work.

The window's tick, the show-control state and the stage display each ask for the clock on every change and
several times a second. Worked out anew, each answer walks every arrival and builds every stop's timing
(milliseconds on a 1,000-stop route, and a thousand objects for the garbage collector). Yet between two
events of the show only the current stop's time runs with the clock: every other stop's figures, the plan
still ahead and the planned starts change with an arrival, an end or another session, never with ``now``.

So :class:`ClockKeeper` keeps those, worked out once per event (an arrival updates the four stops it can
change; anything else, such as another session, an end or a different tour, is worked out from scratch), and
each call only times the current stop. A language switch, a note or a cue changes none of it. The result
equals :func:`show_clock`'s, to the last bit (the sums are added in the same order); the tests compare them.
It relies on the session's rule that events are only ever appended (``console/store/sessions.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from console.show.clock import ShowClock, StopStatus, StopTiming, clock_at, show_clock, stop_status
from console.show.session import Arrival, Session
from console.show.tour import Tour


@dataclass
class _Kept:
    """What only an event changes, for one session as it was after ``count`` arrivals."""

    session: Session
    tour: Tour
    went_live_at: float | None
    ended_at: float | None
    count: int
    last: Arrival | None  # the latest arrival: the current stop and its open visit
    closed_s: list[float]  # each stop's time in its visits that have ended (the open one is timed per call)
    first_arrival: list[float | None]
    offsets: list[int]
    timings: list[StopTiming]  # every stop's timing; the current stop's is replaced on each call
    planned_after_s: int  # the plan of the stops after the current one not visited yet


class ClockKeeper:
    """:func:`show_clock` for a console that asks again and again about the same session."""

    def __init__(self) -> None:
        self._kept: _Kept | None = None

    def at(self, session: Session, now: float) -> ShowClock:
        """Everything the clock shows at wall time ``now`` (as ``show_clock(session, now)``)."""
        kept = self._kept_for(session)
        tour, last = session.tour, kept.last
        current = last.stop_index if last is not None else None
        if last is not None and not 0 <= last.stop_index < len(tour.stops):
            return show_clock(session, now)  # an arrival off the route: the one definition decides
        end = session.ended_at if session.ended_at is not None else now
        if last is None or current is None:
            return clock_at(session, now, None, 0, 0.0, kept.planned_after_s, tuple(kept.timings))
        current_planned = tour.stops[current].duration_s
        current_actual = kept.closed_s[current] + (end - last.at)  # the open visit is added last
        timing = StopTiming(
            index=current,
            status=StopStatus.CURRENT,
            planned_s=current_planned,
            planned_start_s=kept.offsets[current],
            actual_s=current_actual,
            first_arrival=kept.first_arrival[current],
        )
        stops = (*kept.timings[:current], timing, *kept.timings[current + 1 :])
        return clock_at(session, now, current, current_planned, current_actual, kept.planned_after_s, stops)

    def _kept_for(self, session: Session) -> _Kept:
        kept = self._kept
        arrivals = session.arrivals
        if (
            kept is not None
            and kept.session is session
            and kept.tour is session.tour
            and kept.went_live_at == session.went_live_at
            and kept.ended_at == session.ended_at
            and len(arrivals) >= kept.count
            and (kept.last is None or arrivals[kept.count - 1] == kept.last)
        ):
            if len(arrivals) == kept.count:
                return kept
            if len(arrivals) == kept.count + 1:  # the usual event: one more arrival
                _arrive(kept, arrivals[-1])
                return kept
        self._kept = kept = _work_out(session)
        return kept


def _work_out(session: Session) -> _Kept:
    """Everything from scratch, adding up the visits in :func:`show_clock`'s order."""
    tour = session.tour
    count = len(tour.stops)
    closed = [0.0] * count
    first_arrival: list[float | None] = [None] * count
    arrivals = session.arrivals
    for arrival, following in pairwise(arrivals):
        if 0 <= arrival.stop_index < count:
            closed[arrival.stop_index] += following.at - arrival.at
    for arrival in arrivals:
        if 0 <= arrival.stop_index < count and first_arrival[arrival.stop_index] is None:
            first_arrival[arrival.stop_index] = arrival.at
    kept = _Kept(
        session=session,
        tour=tour,
        went_live_at=session.went_live_at,
        ended_at=session.ended_at,
        count=len(arrivals),
        last=arrivals[-1] if arrivals else None,
        closed_s=closed,
        first_arrival=first_arrival,
        offsets=tour.planned_offsets(),
        timings=[],
        planned_after_s=0,
    )
    kept.timings = [_timing(kept, index) for index in range(count)]
    kept.planned_after_s = _planned_after(kept)
    return kept


def _arrive(kept: _Kept, arrival: Arrival) -> None:
    """One more arrival: the visit before it ends, and only the stops around both can change status."""
    count = len(kept.timings)
    before = kept.last
    touched = {arrival.stop_index, arrival.stop_index + 1}
    if before is not None:
        if 0 <= before.stop_index < count:
            kept.closed_s[before.stop_index] += arrival.at - before.at
        touched |= {before.stop_index, before.stop_index + 1}
    else:
        touched.add(0)  # it was the next stop before the first arrival
    if 0 <= arrival.stop_index < count and kept.first_arrival[arrival.stop_index] is None:
        kept.first_arrival[arrival.stop_index] = arrival.at
    kept.last = arrival
    kept.count += 1
    for index in touched:
        if 0 <= index < count:
            kept.timings[index] = _timing(kept, index)
    kept.planned_after_s = _planned_after(kept)


def _timing(kept: _Kept, index: int) -> StopTiming:
    """Stop ``index``'s timing, with its ended visits only (the current stop's is finished per call)."""
    current = kept.last.stop_index if kept.last is not None else None
    return StopTiming(
        index=index,
        status=stop_status(index, current, kept.first_arrival[index] is not None),
        planned_s=kept.tour.stops[index].duration_s,
        planned_start_s=kept.offsets[index],
        actual_s=kept.closed_s[index],
        first_arrival=kept.first_arrival[index],
    )


def _planned_after(kept: _Kept) -> int:
    """The plan of the stops after the current one (all of them before the first arrival) not visited."""
    start = max(0, kept.last.stop_index + 1) if kept.last is not None else 0
    stops, first_arrival = kept.tour.stops, kept.first_arrival
    return sum(stops[i].duration_s for i in range(start, len(stops)) if first_arrival[i] is None)
