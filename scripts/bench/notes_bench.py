"""Durable note save latency: p50 and p99 over 2,000 notes (goal p99 ≤ 5 ms).

Each note goes through the same path as the console's note box: ``SessionRepository.add_note`` on a
WAL database with ``synchronous=FULL``, committed before it returns. As a baseline in the same run,
the same inserts with ``synchronous=OFF`` show what the durability costs on this disk.
Run: ``.venv/bin/python scripts/bench/notes_bench.py [--notes 2000]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from stats import percentile  # scripts/bench/stats.py (a script's folder is on sys.path)

from console.show.session import Note
from console.show.tour import Stop, Tour
from console.store import SessionRepository, TourRepository, open_database


def save_notes(path: Path, count: int, synchronous: str) -> list[float]:
    db = open_database(path)
    db.execute(f"PRAGMA synchronous={synchronous}")
    tours = TourRepository(db)
    tour = tours.get(tours.add(Tour("Bench", (Stop("A", 600),))))
    sessions = SessionRepository(db)
    session = sessions.create(tour)
    sessions.go_live(session, time.time())
    latencies = []
    for number in range(count):
        note = Note(
            at=time.time(), text=f"note {number}: the lamassu lighting is too dark", stop_index=0, viewers=1
        )
        started = time.perf_counter()
        sessions.add_note(session, note)
        latencies.append(time.perf_counter() - started)
    db.close()
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=2000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder:
        durable = save_notes(Path(folder) / "full.db", options.notes, "FULL")
        fast = save_notes(Path(folder) / "off.db", options.notes, "OFF")
    for name, values in (("durable (FULL)", durable), ("baseline (OFF)", fast)):
        print(
            f"{name}: p50 {statistics.median(values) * 1000:.2f} ms, "
            f"p99 {percentile(values, 0.99) * 1000:.2f} ms, "
            f"max {max(values) * 1000:.2f} ms over {len(values)} notes"
        )
    ratio = percentile(durable, 0.99) / percentile(fast, 0.99)
    print(f"durability costs {ratio:.1f}x at p99; goal: durable p99 ≤ 5 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
