"""Notes search over 10,000 notes: p50 and p99 per kind of query (goal ≤ 50 ms), beside SQLite baselines.

20 sessions of 500 notes each, in French, English and Chinese, searched the way Review's pane searches
(``notes_searcher``: a read-only connection opened for each query, 200 hits at most) and on an open connection
(``search_notes``, as ``cicerone notes search`` does after opening the database). Baselines in the same run:
the idle ``SELECT count(*) FROM notes``, and the ratios' baseline, one scan of every note's text (``count(*)
... WHERE text LIKE '%zzz%'``), on the open connection and on a read-only connection opened for it.
Also timed: the migration of an older database holding the same notes (the index built from them).
Run: ``.venv/bin/python scripts/bench/notes_search_bench.py [--notes 10000] [--rounds 200]``.
The machine is shared: figures vary from run to run; compare the ratios.
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

from stats import percentile  # scripts/bench/stats.py (a script's folder is on sys.path)

from console.show.session import Note
from console.show.tour import Stop, Tour
from console.store import Database, SessionRepository, TourRepository, open_database, schema
from console.store.notes_search import notes_searcher, search_notes
from console.store.sqlite_files import connect_read_only

SENTENCES = (
    "le public adore la salle des peintures surtout les enfants question sur le sfumato répondre après "
    "la pause lumière trop sombre caméra deux reflet sur le cadre changer angle the audience loved the "
    "winged victory lighting too dark someone asked about the frame glare move the camera chat asked again"
)
WORDS = SENTENCES.split()
CHINESE = "蒙娜丽莎的微笑让观众很安静画框反光换个角度观众提问灯光太暗了镜头移动聊天室很热闹"
QUERIES = {
    "rare French word (Méduse)": "Méduse",
    "common word (the)": "the",
    "two words": "camera angle",
    "phrase": '"too dark"',
    "3+ Chinese (蒙娜丽莎)": "蒙娜丽莎",
    "2 Chinese (反光): scan": "反光",
    "1 Chinese (画): scan": "画",
    "no match": "Samothrace",
    "hostile 10k chars": "NEAR(" * 2000,
}


def note_text(chance: random.Random, number: int) -> str:
    words = chance.choices(WORDS, k=chance.randint(4, 16))
    if chance.random() < 0.3:
        start = chance.randrange(len(CHINESE) - 6)
        words.append(CHINESE[start : start + chance.randint(2, 6)])
    if number % 500 == 7:
        words.append("la Méduse")
    return " ".join(words)


def fill(db: Database, notes: int, per_session: int = 500) -> None:
    chance = random.Random(17)
    tours = TourRepository(db)
    tour = tours.get(tours.add(Tour("Bench", tuple(Stop(f"Stop {k}", 300) for k in range(20)))))
    sessions = SessionRepository(db)
    with db.atomic():
        for first in range(0, notes, per_session):
            session = sessions.start(tour, "live", 1000.0 + first * 10)
            for number in range(first, min(notes, first + per_session)):
                at = 1000.0 + number * 10
                note = Note(at=at, text=note_text(chance, number), stop_index=number % 20, show_s=at - 1000.0)
                sessions.add_note(session, note)


def timed(work: Callable[[], object], rounds: int) -> list[float]:
    work()  # warm the page cache and the statement cache
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times


SCAN = "SELECT count(*) FROM notes WHERE text LIKE '%zzz%'"


def line(name: str, values: list[float], baseline: float, extra: str = "") -> str:
    p50, p99 = statistics.median(values) * 1000, percentile(values, 0.99) * 1000
    return f"{name:<30} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  ({p50 / baseline:5.2f}x the scan){extra}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=200)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder:
        path = Path(folder) / "bench.db"
        old_path = Path(folder) / "old.db"
        steps = schema.STEPS
        schema.STEPS = steps[:3]  # the schema before the notes index
        old = open_database(old_path)
        fill(old, options.notes)
        old.close()
        schema.STEPS = steps
        started = time.perf_counter()
        open_database(old_path).close()
        migration_s = time.perf_counter() - started
        db = open_database(path)
        fill(db, options.notes)
        count = timed(lambda: db.execute("SELECT count(*) FROM notes").fetchone(), options.rounds)
        scan = timed(lambda: db.execute(SCAN).fetchone(), options.rounds)

        def open_and_scan() -> None:
            conn = connect_read_only(path)
            conn.execute(SCAN).fetchone()
            conn.close()

        opened = timed(open_and_scan, options.rounds)
        base, base_open = statistics.median(scan) * 1000, statistics.median(opened) * 1000
        print(f"{options.notes:,} notes, {options.notes // 500} sessions; {options.rounds} rounds a query")
        print(line("idle: count(*)", count, base))
        print(line("baseline: scan every note", scan, base))
        print(line("baseline: open + scan", opened, base_open))
        print(
            f"migration of an older database with these notes (backup + index): {migration_s * 1000:.0f} ms"
        )
        print("-- on the open connection (the command line):")
        worst = 0.0
        for name, query in QUERIES.items():
            hits = len(search_notes(db, query, limit=200).hits)
            values = timed(lambda query=query: search_notes(db, query, limit=200), options.rounds)
            worst = max(worst, percentile(values, 0.99))
            print(line(name, values, base, f"  {hits} hits"))
        print("-- a read-only connection per query (Review's pane, on its worker):")
        search = notes_searcher(path)
        for name, query in QUERIES.items():
            values = timed(lambda query=query: search(query, 200), options.rounds)
            worst = max(worst, percentile(values, 0.99))
            print(line(name, values, base_open))
        db.close()
    print(f"worst p99 {worst * 1000:.1f} ms; goal ≤ 50 ms: {'met' if worst <= 0.050 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
