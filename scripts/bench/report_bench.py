"""The figures of a long show: a three-hour show, five viewer sources read once a second (54,000 readings),
20 stops and 500 notes. Goal: the per-stop figures (the curve, every stop, the whole show, the notes: all of
``build_report``) in ≤ 100 ms.

As a baseline in the same run: reading the session and its readings back from SQLite (``get`` and
``samples``, what the command does first). Each is timed over several runs (the median and the worst), by
the wall clock and by the process's CPU time; the goal is judged on CPU time, as the machine may be shared.
Run: ``.venv/bin/python scripts/bench/report_bench.py [--runs 7]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from console.show.report import build_report
from console.show.session import Note
from console.show.tour import Stop, Tour
from console.store import Database, SessionRepository, TourRepository, open_database

T0 = 1_700_000_000.0
SHOW_S = 3 * 3600
SOURCES = ("youtube", "twitch", "facebook", "vimeo", "museum-site")
STOPS = 20
NOTES = 500


def make_show(db: Database) -> int:
    """The show, stored the way the console stores it (one session, its arrivals, notes and readings)."""
    rng = random.Random(17)
    tours = TourRepository(db)
    stops = tuple(Stop(f"Stop {n}", 540) for n in range(STOPS))
    tour = tours.get(tours.add(Tour("Bench", stops, slot_s=SHOW_S)))
    sessions = SessionRepository(db)
    session = sessions.create(tour, at=T0)
    assert session.id is not None
    db.execute("PRAGMA synchronous=OFF")  # the setup only: 54,000 durable commits would take minutes
    with db.atomic():
        sessions.go_live(session, T0)
        for index in range(STOPS):
            sessions.arrive(session, index, T0 + index * SHOW_S / STOPS + rng.uniform(0, 60))
        for n in range(NOTES):
            at = T0 + (n + 0.5) * SHOW_S / NOTES
            sessions.add_note(session, Note(at=at, text=f"note {n}", stop_index=min(STOPS - 1, n // 25)))
        counts = dict.fromkeys(SOURCES, 200)
        db.insert_all(
            "viewer_samples",
            (
                {"session_id": session.id, "at": T0 + second + 0.1 * k, "source": source, **reading}
                for second in range(SHOW_S)
                for k, source in enumerate(SOURCES)
                for reading in [_reading(rng, counts, source, second)]
            ),
        )
        sessions.end(session, T0 + SHOW_S)
    return session.id


def _reading(rng: random.Random, counts: dict[str, int], source: str, second: int) -> dict[str, object]:
    """A wandering count, with a failing spell now and then (gaps make the sweep's work realistic)."""
    if rng.random() < 0.002 or (source == "vimeo" and 3600 <= second < 3660):
        return {"state": "error", "viewers": None, "error": "timed out"}
    counts[source] = max(0, counts[source] + rng.randint(-3, 3))
    return {"state": "live", "viewers": counts[source], "error": None}


def timed(runs: int, work: Callable[[], object]) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each run."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder:
        db = open_database(Path(folder) / "bench.db")
        session_id = make_show(db)
        sessions = SessionRepository(db)
        session, samples = sessions.get(session_id), sessions.samples(session_id)
        reading = timed(options.runs, lambda: (sessions.get(session_id), sessions.samples(session_id)))
        figures = timed(options.runs, lambda: build_report(session, samples))
        report = build_report(session, samples)
        db.close()
    steps = len(report.curve.total)
    print(f"{len(samples):,} readings, {len(session.notes)} notes, {steps:,} steps of the total")
    for name, (wall, cpu) in (("baseline: read from SQLite", reading), ("per-stop figures", figures)):
        print(
            f"{name}: median {statistics.median(wall) * 1000:.0f} ms wall, "
            f"{statistics.median(cpu) * 1000:.0f} ms CPU; worst {max(wall) * 1000:.0f} ms wall, "
            f"{max(cpu) * 1000:.0f} ms CPU over {len(wall)} runs"
        )
    print("goal: per-stop figures ≤ 100 ms (median CPU time)")
    return 0 if statistics.median(figures[1]) <= 0.100 else 1


if __name__ == "__main__":
    raise SystemExit(main())
