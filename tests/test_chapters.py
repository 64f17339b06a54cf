"""YouTube chapters from the stop arrivals (issue 17): the first at 0:00, at least three, each at least 10 s,
ascending; a visit too short merges into its neighbour; the stream's start moves every time."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Sequence

from console.show.chapters import MIN_CHAPTER_S, Chapter, chapters
from console.show.session import Arrival, Session
from console.show.tour import Stop, Tour

T0 = 1000.0
TOUR = Tour("T", tuple(Stop(title, 60) for title in ("A", "B", "C", "D", "E")))


def session(arrivals: Sequence[tuple[int, float]], end: float | None) -> Session:
    return Session(
        tour=TOUR,
        went_live_at=T0,
        ended_at=None if end is None else T0 + end,
        arrivals=[Arrival(index, T0 + at) for index, at in arrivals],
    )


def lines(found: list[Chapter]) -> list[str]:
    return [chapter.line() for chapter in found]


def test_one_chapter_per_arrival() -> None:
    found = chapters(session([(0, 0), (1, 60), (2, 3725)], end=4000), T0, T0 + 4000)
    assert lines(found) == ["0:00 A", "1:00 B", "1:02:05 C"]


def test_a_short_visit_merges_into_the_chapter_before_it() -> None:
    found = chapters(session([(0, 0), (1, 60), (2, 69.5), (3, 130)], end=200), T0, T0 + 200)
    assert lines(found) == ["0:00 A", "1:09 C", "2:10 D"]


def test_a_short_first_visit_gives_0_00_to_the_next() -> None:
    found = chapters(session([(0, 0), (1, 5), (2, 60), (3, 120)], end=200), T0, T0 + 200)
    assert lines(found) == ["0:00 B", "1:00 C", "2:00 D"]


def test_a_short_last_visit_merges_backwards_and_a_crash_keeps_the_last() -> None:
    arrivals = [(0, 0), (1, 60), (2, 120), (3, 195)]
    assert lines(chapters(session(arrivals, end=200), T0, T0 + 200)) == ["0:00 A", "1:00 B", "2:00 C"]
    assert len(chapters(session(arrivals, end=None), T0, None)) == 4  # the stream's end is unknown


def test_a_stop_revisited_around_a_short_visit_is_one_chapter() -> None:
    found = chapters(session([(0, 0), (1, 60), (0, 65), (2, 130), (3, 200)], end=300), T0, T0 + 300)
    assert lines(found) == ["0:00 A", "2:10 C", "3:20 D"]


def test_the_stream_start_moves_every_chapter() -> None:
    show = session([(0, 0), (1, 60), (2, 120)], end=200)
    assert lines(chapters(show, T0 + 30, T0 + 200)) == ["0:00 A", "0:30 B", "1:30 C"]
    # The stream started before the go-live: the wait belongs to the first chapter.
    assert lines(chapters(show, T0 - 30, T0 + 200)) == ["0:00 A", "1:30 B", "2:30 C"]
    # Started after the second arrival: the stop on air then opens the list.
    assert lines(chapters(show, T0 + 61, T0 + 200)) == ["0:00 B", "0:59 C"]


def test_the_rules_hold_on_many_short_visits() -> None:
    rng = random.Random(7)
    for _ in range(200):
        at, arrivals = 0.0, []
        for _ in range(rng.randint(1, 30)):
            arrivals.append((rng.randrange(5), at))
            at += rng.choice([0.5, 3, 9.9, 10, 12, 40])
        found = chapters(session(arrivals, end=at), T0, T0 + at)
        starts = [chapter.start_s for chapter in found]
        assert starts[0] == 0
        ends = [*starts[1:], math.floor((T0 + at) - T0)]  # whole seconds, as the lines show them
        assert (
            all(end - start >= MIN_CHAPTER_S for start, end in zip(starts, ends, strict=True))
            or len(found) == 1
        )
        assert all(a.title != b.title for a, b in itertools.pairwise(found))
