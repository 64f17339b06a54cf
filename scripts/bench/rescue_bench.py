"""The time-rescue advice, recomputed every second on air: goal ≤ 1 ms for a 30-stop tour and ≤ 20 ms for a
1,000-stop tour (``advise_session``: the visits, then the advice), so the clock never stutters.

Each tour (every third stop optional, every stop able to give a third of its plan, a ``latest:`` an hour
after its planned start every 50 stops) is advised at four moments: on time (nothing to do), late by what
shortening can give, later (optional stops may have to go), and so late that nothing suffices. The
baseline, in the same run: ``show_clock`` on the same session, which the console already works out every
second. Reported per moment: the median and p99 of single calls (wall clock) and the ratio of the median to
the baseline's. The machine is shared: the figures are noisy, the ratios less so.
Then hostile tours (see :func:`hostile_tours`), a minute into the show, goal ≤ 100 ms each.
Run: ``.venv/bin/python scripts/bench/rescue_bench.py [--calls 300]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from stats import percentile  # scripts/bench/stats.py (a script's folder is on sys.path)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from console.show.clock import show_clock
from console.show.rescue import Advice, advise_session
from console.show.session import Arrival, Session
from console.show.tour import Stop, Tour

T0 = 1_700_000_000.0
GOALS_MS = {30: 1.0, 1000: 20.0}


def make_tour(count: int) -> Tour:
    stops, start = [], 0
    for n in range(count):
        planned = 300 + (n * 37) % 300
        latest = start + 3600 if n % 50 == 49 else None  # an hour of slack: reachable, and binding when late
        start += planned
        stops.append(Stop(f"Stop {n}", planned, min_s=planned * 2 // 3, optional=n % 3 == 2, latest_s=latest))
    total = sum(stop.duration_s for stop in stops)
    return Tour(f"{count} stops", stops=tuple(stops), slot_s=total)


def session_at(tour: Tour, late_s: int) -> tuple[Session, float]:
    """A show a quarter of the way through, ``late_s`` behind its plan at the current stop."""
    current = len(tour.stops) // 4
    arrivals, at = [], T0
    for index in range(current + 1):
        arrivals.append(Arrival(index, at))
        at += tour.stops[index].duration_s
    arrivals[-1] = Arrival(current, arrivals[-1].at + late_s)
    return Session(tour, went_live_at=T0, arrivals=arrivals), arrivals[-1].at + 10


def timed(work: Callable[[], object], calls: int) -> list[float]:
    work()  # warm
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return times


def moments(tour: Tour) -> dict[str, int]:
    remaining = tour.stops[len(tour.stops) // 4 :]
    shortening = sum(s.duration_s - s.shortest_s for s in remaining)
    optional = sum(s.shortest_s for s in remaining if s.optional)
    first_latest = next((s for s in remaining if s.latest_s is not None), None)
    slack = 3600 if first_latest is not None else shortening + optional
    return {
        "on time": 0,
        "shorten": min(shortening // 2, slack // 2),  # shortening alone suffices
        "skip": min(shortening + 300, slack - 60),  # and optional stops must go too (30 stops)
        "too late": shortening + optional + 600,
    }


HOSTILE_GOAL_MS = 100.0
"""Shapes no producer writes but a file may hold, each once minutes or seconds on the GUI thread: bounded."""


def hostile_tours() -> dict[str, Tour]:
    def optional(count: int, planned: Callable[[int], int], slot: int) -> Tour:
        stops = tuple(Stop(f"Stop {n}", planned(n), optional=True) for n in range(count))
        return Tour(f"{count} optional", stops=stops, slot_s=slot)

    crosses = tuple(Stop(f"Stop {n}", 300, min_s=200, latest_s=n * 290 + 600) for n in range(5000))
    return {
        "60 optional, one length": optional(60, lambda n: 300, 3600),
        "200 optional, 1 s apart": optional(200, lambda n: 300 + (n * 37) % 7, 12_000),
        "5,000 stops, all latest": Tour("crosses", stops=crosses, slot_s=5000 * 290),
    }


def hostile(calls: int) -> bool:
    """Each hostile tour advised a minute into the show; True when one misses its goal."""
    failed = False
    for name, tour in hostile_tours().items():
        session = Session(tour, went_live_at=T0, arrivals=[Arrival(0, T0)])
        now = T0 + 60
        clock = timed(lambda s=session, n=now: show_clock(s, n), calls)
        results: list[Advice | None] = []
        advice = timed(lambda s=session, n=now, r=results: r.append(advise_session(s, n)), calls)
        found = results[-1]
        assert found is not None
        median, p99 = statistics.median(advice), percentile(advice, 0.99)
        ratio = median / statistics.median(clock)
        said = f"fits={found.fits} skips={sum(s.skip for s in found.stops)}"
        print(f"{name:<24}  {median:>9.3f}  {p99:>7.3f}  {ratio:>7.1f}  {said}  goal ≤ {HOSTILE_GOAL_MS:g}")
        failed |= median > HOSTILE_GOAL_MS
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    failed = False
    print(f"{'stops':>6}  {'moment':<9}  {'median ms':>9}  {'p99 ms':>7}  {'× clock':>7}  advice")
    for count, goal in GOALS_MS.items():
        tour = make_tour(count)
        for name, late in moments(tour).items():
            session, now = session_at(tour, late)
            clock = timed(lambda s=session, n=now: show_clock(s, n), args.calls)
            results: list[Advice | None] = []
            advice = timed(lambda s=session, n=now, r=results: r.append(advise_session(s, n)), args.calls)
            found = results[-1]
            assert found is not None
            said = f"fits={found.fits} skips={sum(s.skip for s in found.stops)} over={found.over_s}s"
            median, p99 = statistics.median(advice), percentile(advice, 0.99)
            ratio = median / statistics.median(clock)
            print(f"{count:>6}  {name:<9}  {median:>9.3f}  {p99:>7.3f}  {ratio:>7.1f}  {said}")
            failed |= median > goal
        session, now = session_at(tour, 0)
        baseline = statistics.median(timed(lambda s=session, n=now: show_clock(s, n), args.calls))
        print(f"{count:>6}  {'baseline':<9}  {baseline:>9.3f}  (show_clock alone)   goal ≤ {goal:g} ms")
    print(f"\n{'hostile tour':<24}  {'median ms':>9}  {'p99 ms':>7}  {'× clock':>7}  advice")
    failed |= hostile(max(3, args.calls // 30))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
