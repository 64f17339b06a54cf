"""Prepare mode on a 1,000-stop tour (issue: Prepare mode).

* open: ``PrepareView.open_tour`` until the window has painted (goal ≤ 0.5 s);
* drag-reorder: a drop through the model's ``dropMimeData`` (the path a real drop takes), the undo
  command, the committed SQLite write (``synchronous=FULL``) and a synchronous repaint (goal ≤ 16 ms);
* run-sheet: the A4 PDF of the whole tour (goal ≤ 5 s).

Each figure comes with the same measurement on a 10-stop tour in the same run, as the baseline
(the ratio shows how the cost grows with the tour). Offscreen Qt, a temporary database.
Run: ``.venv/bin/python scripts/bench/prepare_bench.py [--stops 1000] [--moves 60]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.formats.runsheet import write_runsheet_pdf
from console.prepare.workspace import Workspace
from console.show.tour import Stop, Tour
from console.store import TourRepository, open_database
from console.ui.prepare import PrepareView

POINTS = (
    "Start at the **frame**, then the light.\n\n- where the painter stood\n- what the restorers found\n\n"
    "Ask the audience which detail they noticed first; *pause* for the chat."
)


def make_tour(stops: int) -> Tour:
    return Tour(
        title=f"Bench tour ({stops} stops)",
        slot_s=stops * 200,
        stops=tuple(
            Stop(
                f"Artwork {n}",
                120 + n % 180,
                location=f"Room {n % 40}",
                artist=f"Artist {n % 97}",
                date=str(1400 + n % 500),
                medium="Oil on canvas",
                talking_points=POINTS,
            )
            for n in range(1, stops + 1)
        ),
    )


def measure(app: QApplication, folder: Path, stops: int, moves: int) -> dict[str, float]:
    db = open_database(folder / f"bench-{stops}.db")
    tour_id = TourRepository(db).add(make_tour(stops))
    view = PrepareView(Workspace(db))
    view.resize(1400, 900)
    view.show()
    app.processEvents()

    started = time.perf_counter()
    view.open_tour(tour_id)
    view.repaint()  # synchronous: the painted window, not a queued update
    app.processEvents()
    open_s = time.perf_counter() - started

    model, viewport = view.model, view.table.viewport()
    last = stops - 1
    times = []
    for number in range(moves):
        source, row = (0, last + 1) if number % 2 == 0 else (last, 0)  # first to the end and back
        data = model.mimeData([model.index(source, 0)])
        started = time.perf_counter()
        model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, model.index(-1, -1))
        viewport.repaint()
        times.append(time.perf_counter() - started)
    assert view.space.tour is not None and len(view.space.tour.stops) == stops

    tour = view.space.repository.get(tour_id, with_images=True)
    started = time.perf_counter()
    pages = write_runsheet_pdf(tour, folder / f"run-sheet-{stops}.pdf")
    pdf_s = time.perf_counter() - started
    view.close()
    db.close()
    times.sort()
    return {
        "open_s": open_s,
        "move_p50_ms": 1000 * statistics.median(times),
        "move_p99_ms": 1000 * times[min(len(times) - 1, int(len(times) * 0.99))],
        "move_max_ms": 1000 * times[-1],
        "pdf_s": pdf_s,
        "pages": pages,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stops", type=int, default=1000)
    parser.add_argument("--moves", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        base = measure(app, Path(folder), 10, args.moves)
        big = measure(app, Path(folder), args.stops, args.moves)
    print(f"{'':28}{'10 stops':>12}{f'{args.stops} stops':>14}{'ratio':>8}{'goal':>10}")
    rows = [
        ("open in Prepare (s)", "open_s", "≤ 0.5"),
        ("drag-reorder p50 (ms)", "move_p50_ms", "≤ 16"),
        ("drag-reorder p99 (ms)", "move_p99_ms", "≤ 16"),
        ("drag-reorder max (ms)", "move_max_ms", ""),
        ("run-sheet PDF (s)", "pdf_s", "≤ 5"),
        ("run-sheet pages", "pages", ""),
    ]
    for label, key, goal in rows:
        ratio = big[key] / base[key] if base[key] else float("nan")
        print(f"{label:28}{base[key]:>12.3f}{big[key]:>14.3f}{ratio:>8.1f}{goal:>10}")
    ok = big["open_s"] <= 0.5 and big["move_p99_ms"] <= 16 and big["pdf_s"] <= 5
    print("all goals met" if ok else "GOAL MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
