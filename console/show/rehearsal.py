"""From a rehearsal back to the plan: each stop's actual time, offered as its new planned duration, and
the fastest time of every rehearsal, offered as the stop's ``min:`` (what the time rescue may shorten it to).

The rehearsal ran on a snapshot of the tour; stops are matched to the tour as it is now
by position when the title is unchanged, else by a title that occurs once. Actual times
come from the show clock (``show_clock``), never recomputed here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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


@dataclass(frozen=True)
class MinimumOffer:
    position: int  # in the tour as it is now
    title: str
    planned_s: int
    min_s: int | None  # the stop's minimum now
    fastest_s: int  # the fastest any rehearsal took
    rehearsals: int  # how many rehearsals timed the stop


def rehearsed_times(session: Session, tour: Tour) -> Iterator[tuple[int, str, int]]:
    """``(position in the tour now, title, whole seconds taken)`` for each stop the rehearsal visited that
    the tour still has."""
    arrivals = [arrival.at for arrival in session.arrivals]
    end = session.ended_at if session.ended_at is not None else (max(arrivals) if arrivals else 0.0)
    clock = show_clock(session, end)
    titles = [stop.title for stop in tour.stops]
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
        yield (
            position,
            rehearsed,
            min(MAX_STOP_S, max(1, round(timing.actual_s))),
        )  # one left running overnight


def proposals(session: Session, tour: Tour) -> list[Proposal]:
    """One proposal per rehearsed stop that still exists and whose rounded time differs from its plan."""
    found = []
    for position, title, actual in rehearsed_times(session, tour):
        planned = tour.stops[position].duration_s
        if actual != planned:
            found.append(Proposal(position, title, planned, actual))
    return found


def minimum_offers(sessions: Sequence[Session], tour: Tour) -> list[MinimumOffer]:
    """Per stop, the fastest of every rehearsal, offered as its minimum where that is shorter than the plan
    and not already the minimum (a stop never rehearsed, or never faster than planned, gets no offer)."""
    fastest: dict[int, tuple[int, int, str]] = {}  # position -> (seconds, rehearsals, title)
    for session in sessions:
        for position, title, actual in rehearsed_times(session, tour):
            best, count, _ = fastest.get(position, (actual, 0, title))
            fastest[position] = (min(best, actual), count + 1, title)
    offers = []
    for position, (seconds, count, title) in sorted(fastest.items()):
        stop = tour.stops[position]
        if seconds < stop.duration_s and seconds != stop.min_s:
            offers.append(MinimumOffer(position, title, stop.duration_s, stop.min_s, seconds, count))
    return offers
