"""From a rehearsal back to the plan: each stop's actual time, offered as its new planned duration.

The rehearsal ran on a snapshot of the tour; stops are matched to the tour as it is now
by position when the title is unchanged, else by a title that occurs once. Actual times
come from the show clock (``show_clock``), never recomputed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.show.clock import show_clock
from console.show.limits import MAX_STOP_S
from console.show.session import Session
from console.show.tour import Tour


@dataclass(frozen=True)
class Proposal:
    position: int  # in the tour as it is now
    title: str
    planned_s: int
    actual_s: int


def proposals(session: Session, tour: Tour) -> list[Proposal]:
    """One proposal per rehearsed stop that still exists and whose rounded time differs from its plan."""
    arrivals = [arrival.at for arrival in session.arrivals]
    end = session.ended_at if session.ended_at is not None else (max(arrivals) if arrivals else 0.0)
    clock = show_clock(session, end)
    titles = [stop.title for stop in tour.stops]
    found = []
    for timing in clock.stops:
        if timing.first_arrival is None:
            continue
        rehearsed = session.tour.stops[timing.index].title
        if timing.index < len(titles) and titles[timing.index] == rehearsed:
            position = timing.index
        elif titles.count(rehearsed) == 1:
            position = titles.index(rehearsed)
        else:
            continue
        actual = min(MAX_STOP_S, max(1, round(timing.actual_s)))  # a rehearsal left running overnight
        planned = tour.stops[position].duration_s
        if actual != planned:
            found.append(Proposal(position, rehearsed, planned, actual))
    return found
