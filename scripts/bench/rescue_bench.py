"""The time-rescue advice, worked out on air: goal ≤ 1 ms for a 30-stop tour and ≤ 20 ms for a 1,000-stop
tour, so the clock never stutters.

What is timed is what the console does once per advice step (``LiveController.advice``): the kept clock at
that moment (``ClockKeeper.at``), then ``advise_clock``. Three kinds of tour, a quarter of the way through:

* ``mixed``: every third stop optional, every stop able to give a third of its plan, a ``latest:`` an hour
  after its planned start every 50 stops; advised on time (nothing to do), late by what shortening can give,
  late enough that optional stops must go too (30 stops; at 1,000 the deadlines make that moment a "shorten"
  one), and so late that nothing suffices.
* ``optional``: every other stop optional (skipping it saves its whole plan, of 5 to 10 minutes, all
  different), every fifth of the rest able to give a third, a ``latest:`` three hours after its planned start
  every 50 stops; late by what shortening gives plus half an hour: several of hundreds of candidates must go,
  the fewest and then the least content.
* ``equal``: the skip search's worst case, 60 optional stops of the same 5 minutes spread along the route
  (the rest as ``optional``, without its optional ones), late enough that half of those still ahead must go.

The baseline, in the same run: ``show_clock`` on the same session, which the console already works out.
Reported per moment: the median and p99 of single calls (wall clock) and the ratio of the median to the
baseline's; with ``--runs N`` the whole table N times. The machine is shared: the figures are noisy (the p99
most), the ratios less so.
Then hostile tours (see :func:`hostile_tours`), a minute into the show, goal ≤ 100 ms each.
Run: ``.venv/bin/python scripts/bench/rescue_bench.py [--calls 300] [--runs 3]``.
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
from console.show.clock_keeper import ClockKeeper
from console.show.rescue import Advice, advise_clock, advise_session
from console.show.session import Arrival, Session
from console.show.tour import Stop, Tour

T0 = 1_700_000_000.0
GOALS_MS = {30: 1.0, 1000: 20.0}


def mixed_tour(count: int) -> Tour:
    stops, start = [], 0
    for n in range(count):
        planned = 300 + (n * 37) % 300
        latest = start + 3600 if n % 50 == 49 else None  # an hour of slack: reachable, and binding when late
        start += planned
        stops.append(Stop(f"Stop {n}", planned, min_s=planned * 2 // 3, optional=n % 3 == 2, latest_s=latest))
    return Tour(f"{count} stops", stops=tuple(stops), slot_s=start)


def optional_tour(count: int) -> Tour:
    stops, start = [], 0
    for n in range(count):
        planned = 300 + (n * 37) % 300
        latest = start + 3 * 3600 if n % 50 == 49 else None
        start += planned
        minimum = planned * 2 // 3 if n % 10 == 0 else None  # the optional (odd) ones give nothing kept
        stops.append(Stop(f"Stop {n}", planned, min_s=minimum, optional=n % 2 == 1, latest_s=latest))
    return Tour(f"{count} stops, half optional", stops=tuple(stops), slot_s=start)


def equal_tour(count: int) -> Tour:
    spacing = max(1, count // 60)
    stops, start = [], 0
    for n in range(count):
        optional = n % spacing == spacing - 1 and n // spacing < 60
        planned = 300 if optional else 300 + (n * 37) % 300
        latest = start + 6 * 3600 if n % 50 == 49 and not optional else None
        start += planned
        minimum = planned * 2 // 3 if n % 10 == 0 and not optional else None
        stops.append(Stop(f"Stop {n}", planned, min_s=minimum, optional=optional, latest_s=latest))
    return Tour(f"{count} stops, 60 alike optional", stops=tuple(stops), slot_s=start)


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


def giving(tour: Tour) -> tuple[int, int]:
    """What the stops still ahead can give by shortening, and save by skipping (the optional ones)."""
    remaining = tour.stops[len(tour.stops) // 4 :]
    return (
        sum(s.duration_s - s.shortest_s for s in remaining),
        sum(s.shortest_s for s in remaining if s.optional),
    )


def moments(count: int) -> list[tuple[str, Tour, int]]:
    mixed, optional, equal = mixed_tour(count), optional_tour(count), equal_tour(count)
    shortening, skipping = giving(mixed)
    slack = 3600 if count >= 50 else shortening + skipping
    found = [
        ("mixed", mixed, "on time", 0),
        ("mixed", mixed, "shorten", min(shortening // 2, slack // 2)),
        ("mixed", mixed, "skip", min(shortening + 300, slack - 60)),
        ("mixed", mixed, "too late", shortening + skipping + 600),
        ("optional", optional, "skip", giving(optional)[0] + 1800),
    ]
    if count >= 60:
        shortening, skipping = giving(equal)
        found.append(("equal", equal, "skip half", shortening + skipping // 2 - 1))
    return [(f"{kind} {name}", tour, late) for kind, tour, name, late in found]


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
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    failed = False
    for run in range(1, args.runs + 1):
        print(f"run {run}")
        print(f"{'stops':>6}  {'moment':<18}  {'p50 ms':>7}  {'p99 ms':>7}  {'× clock':>7}  advice")
        for count, goal in GOALS_MS.items():
            baseline: list[float] = []
            for name, tour, late in moments(count):
                session, now = session_at(tour, late)
                clock = timed(lambda s=session, n=now: show_clock(s, n), args.calls)
                baseline += clock
                keeper, results = ClockKeeper(), list[Advice | None]()

                def advice(
                    s: Session = session,
                    n: float = now,
                    k: ClockKeeper = keeper,
                    r: list[Advice | None] = results,
                ) -> None:
                    r.append(advise_clock(s.tour, k.at(s, n)))

                times = timed(advice, args.calls)
                found = results[-1]
                assert found is not None
                said = f"fits={found.fits} skips={sum(s.skip for s in found.stops)} over={found.over_s}s"
                median, p99 = statistics.median(times), percentile(times, 0.99)
                ratio = median / statistics.median(clock)
                print(f"{count:>6}  {name:<18}  {median:>7.3f}  {p99:>7.3f}  {ratio:>7.1f}  {said}")
                failed |= median > goal
            median, p99 = statistics.median(baseline), percentile(baseline, 0.99)
            label = f"(show_clock)  goal ≤ {goal:g} ms"
            print(f"{count:>6}  {'baseline':<18}  {median:>7.3f}  {p99:>7.3f}  {label}")
    print(f"\n{'hostile tour':<24}  {'median ms':>9}  {'p99 ms':>7}  {'× clock':>7}  advice")
    failed |= hostile(max(3, args.calls // 30))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
