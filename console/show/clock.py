"""The show clock: pure functions of a session's recorded timestamps and "now".

Definitions (the README repeats them for producers):

* elapsed = now − go-live; remaining = slot − elapsed (negative when over).
* a stop's actual time is the sum of all its visits (a revisited stop adds up).
* the current stop is over by (actual − planned) once that is positive.
* projected end = now + what is left of the current stop's plan + the plan of
  every stop after it not yet visited.
* the show is over/under by projected end − (go-live + slot): positive is over.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from console.show.session import Session


class StopStatus(Enum):
    DONE = "done"
    CURRENT = "current"
    NEXT = "next"
    AHEAD = "ahead"


@dataclass(frozen=True)
class StopTiming:
    index: int
    status: StopStatus
    planned_s: int
    planned_start_s: int
    actual_s: float
    first_arrival: float | None

    @property
    def delta_s(self) -> float:
        """Actual minus planned (positive: over)."""
        return self.actual_s - self.planned_s


@dataclass(frozen=True)
class ShowClock:
    now: float
    on_air: bool
    elapsed_s: float
    remaining_s: float
    budget_s: int
    current_index: int | None
    current_planned_s: int
    current_actual_s: float
    projected_end: float | None
    show_delta_s: float
    stops: tuple[StopTiming, ...]

    @property
    def current_delta_s(self) -> float:
        return self.current_actual_s - self.current_planned_s

    @property
    def current_left_s(self) -> float:
        """Planned time left at the current stop (negative once over)."""
        return self.current_planned_s - self.current_actual_s


def show_clock(session: Session, now: float) -> ShowClock:
    """Everything the clock shows at wall time ``now``."""
    tour = session.tour
    end = session.ended_at if session.ended_at is not None else now
    actual = [0.0] * len(tour.stops)
    first_arrival: list[float | None] = [None] * len(tour.stops)
    for visit in session.visits():
        if 0 <= visit.stop_index < len(actual):
            actual[visit.stop_index] += visit.duration(end)
            if first_arrival[visit.stop_index] is None:
                first_arrival[visit.stop_index] = visit.arrived

    current = session.current_index
    offsets = tour.planned_offsets()
    timings = []
    for index, stop in enumerate(tour.stops):
        timings.append(
            StopTiming(
                index=index,
                status=stop_status(index, current, first_arrival[index] is not None),
                planned_s=stop.duration_s,
                planned_start_s=offsets[index],
                actual_s=actual[index],
                first_arrival=first_arrival[index],
            )
        )

    current_planned = tour.stops[current].duration_s if current is not None else 0
    current_actual = actual[current] if current is not None else 0.0
    start = (current + 1) if current is not None else 0
    planned_after = sum(
        tour.stops[i].duration_s for i in range(start, len(tour.stops)) if first_arrival[i] is None
    )
    return clock_at(session, now, current, current_planned, current_actual, planned_after, tuple(timings))


def clock_at(
    session: Session,
    now: float,
    current: int | None,
    current_planned: int,
    current_actual: float,
    planned_after: int,
    stops: tuple[StopTiming, ...],
) -> ShowClock:
    """The clock from the current stop's figures and the plan after it (the stops after the current one not
    visited yet): the one place the show's figures are derived, for :func:`show_clock` and the kept clock."""
    tour = session.tour
    end = session.ended_at if session.ended_at is not None else now
    elapsed = 0.0 if session.went_live_at is None else max(0.0, end - session.went_live_at)
    projected_end: float | None = None
    show_delta = 0.0
    if session.went_live_at is not None:
        if session.ended_at is not None:
            projected_end = session.ended_at
        else:
            still_planned = max(0.0, current_planned - current_actual)
            still_planned += planned_after  # added after, as ever: the figures agree to the last bit
            projected_end = now + still_planned
        show_delta = projected_end - (session.went_live_at + tour.budget_s)
    return ShowClock(
        now=now,
        on_air=session.is_live,
        elapsed_s=elapsed,
        remaining_s=tour.budget_s - elapsed,
        budget_s=tour.budget_s,
        current_index=current,
        current_planned_s=current_planned,
        current_actual_s=current_actual,
        projected_end=projected_end,
        show_delta_s=show_delta,
        stops=stops,
    )


def stop_status(index: int, current: int | None, visited: bool) -> StopStatus:
    """Stop ``index``'s status with the guide at ``current`` (None: before the first arrival)."""
    if index == current:
        return StopStatus.CURRENT
    if visited:
        return StopStatus.DONE
    if (current is None and index == 0) or (current is not None and index == current + 1):
        return StopStatus.NEXT
    return StopStatus.AHEAD
