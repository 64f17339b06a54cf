"""Two sessions of one tour side by side: a rehearsal against the show, or Tuesday against Thursday.

The figures are the report's (:mod:`console.show.report`), never computed again another way; this module only
pairs the stops of the two sessions and subtracts. Stops are matched in three passes, each over the stops
the earlier ones left:

1. same position and same title;
2. same title at another position (the first such stop of B for each stop of A, in route order), so a stop
   added, removed or moved between the two sessions does not shift every stop after it;
3. the rest are unmatched, listed for each side (a renamed stop is one of them on both sides).

Titles are compared ignoring case and repeated spaces. A difference is B − A: positive when B took longer
or held more of its audience.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Literal

from console.show.report import Report, StopFigures

Match = Literal["position", "title"]

LONGER_S = 30.0
"""A stop's time in B differs enough from A's to stand out: half a minute either way."""

HOLD_POINTS = 0.10
"""A stop's hold in B differs enough from A's to stand out: ten percentage points either way."""


@dataclass(frozen=True)
class SessionChoice:
    """A session as a chooser lists it."""

    id: int
    kind: str  # "live" or "rehearsal"
    tour_id: int | None
    tour_title: str
    at: float  # the go-live, else when the session was made (epoch seconds)


@dataclass(frozen=True)
class StopPair:
    """One row of the comparison: a stop of A, of B, or of both (``match`` says how they were paired)."""

    a: StopFigures | None
    b: StopFigures | None
    match: Match | None  # None: unmatched, only one side is set

    @property
    def title(self) -> str:
        side = self.b if self.b is not None else self.a
        assert side is not None
        return side.title

    @property
    def time_difference_s(self) -> float | None:
        """B's actual time − A's (None unless both were visited)."""
        if self.a is None or self.b is None or self.a.actual_s is None or self.b.actual_s is None:
            return None
        return self.b.actual_s - self.a.actual_s

    @property
    def hold_difference(self) -> float | None:
        """B's hold − A's, as a fraction (0.1 is ten percentage points); None unless both are known."""
        if self.a is None or self.b is None:
            return None
        hold_a, hold_b = self.a.audience.hold, self.b.audience.hold
        return None if hold_a is None or hold_b is None else hold_b - hold_a

    @property
    def stands_out(self) -> bool:
        """The time or the hold differs by at least :data:`LONGER_S` or :data:`HOLD_POINTS`."""
        time, hold = self.time_difference_s, self.hold_difference
        return (time is not None and abs(time) >= LONGER_S) or (hold is not None and abs(hold) >= HOLD_POINTS)


@dataclass(frozen=True)
class Comparison:
    a: Report
    b: Report
    pairs: tuple[StopPair, ...]  # A's route order; a stop only in B just before its successor in B

    @property
    def same_tour(self) -> bool:
        return self.a.session.tour.id is not None and self.a.session.tour.id == self.b.session.tour.id

    @property
    def only_in_a(self) -> tuple[StopFigures, ...]:
        return tuple(pair.a for pair in self.pairs if pair.match is None and pair.a is not None)

    @property
    def only_in_b(self) -> tuple[StopFigures, ...]:
        return tuple(pair.b for pair in self.pairs if pair.match is None and pair.b is not None)

    @property
    def length_difference_s(self) -> float:
        return self.b.show.length_s - self.a.show.length_s


def same_title(title: str) -> str:
    """The form titles are matched in: case and runs of spaces ignored."""
    return " ".join(title.split()).casefold()


def compare(a: Report, b: Report) -> Comparison:
    """Pair the stops of ``a`` and ``b`` (see the module's docstring)."""
    partner: dict[int, tuple[int, Match]] = {}  # A's index -> B's index and how
    taken: set[int] = set()
    for stop in a.stops:
        if stop.index < len(b.stops) and same_title(b.stops[stop.index].title) == same_title(stop.title):
            partner[stop.index] = (stop.index, "position")
            taken.add(stop.index)
    waiting: defaultdict[str, deque[int]] = defaultdict(deque)  # B's unpaired stops by title, in route order
    for stop in b.stops:
        if stop.index not in taken:
            waiting[same_title(stop.title)].append(stop.index)
    for stop in a.stops:
        free = waiting[same_title(stop.title)]
        if stop.index not in partner and free:
            partner[stop.index] = (free.popleft(), "title")
            taken.add(partner[stop.index][0])
    rows: list[tuple[tuple[int, int, int], StopPair]] = []
    for stop in a.stops:
        if stop.index in partner:
            index, how = partner[stop.index]
            rows.append(((stop.index, 0, 0), StopPair(stop, b.stops[index], how)))
        else:
            rows.append(((stop.index, 0, 0), StopPair(stop, None, None)))
    b_to_a = {index: a_index for a_index, (index, _) in partner.items()}
    # Per B stop, the A stop paired with the first paired B stop after it: one walk from the end (a search
    # per unpaired stop was quadratic: two 10,000-stop tours with nothing in common took seconds).
    successors = [len(a.stops)] * len(b.stops)
    for index in range(len(b.stops) - 2, -1, -1):
        successors[index] = b_to_a.get(index + 1, successors[index + 1])
    for stop in b.stops:
        if stop.index not in taken:
            rows.append(((successors[stop.index], -1, stop.index), StopPair(None, stop, None)))
    return Comparison(a, b, tuple(pair for _, pair in sorted(rows, key=lambda row: row[0])))
