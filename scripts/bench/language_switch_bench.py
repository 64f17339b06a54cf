"""Switching the talking points' language on air, on a 1,000-stop tour in three languages (goal p99 ≤ 16 ms).

The real console (built as ``run_gui`` builds it, offscreen, on a temporary ``synchronous=FULL`` database)
goes live; then each press of ``L`` is timed from the key press until the window has updated: the switch
committed to SQLite, the talking points, the badge and every route title in the new language, and the
window's pending paint done (``processEvents`` runs the update requests the switch posted). As the
baseline in the same run, a stop advance (``PageDown``/``PageUp``, also one committed row and a repaint)
is timed the same way, at the same place in the route. A third of the stops lack their Chinese talking
points and a sixth their Chinese title, so the fallbacks are measured too.

Besides the wall-clock time, the GUI thread's CPU time for each press is reported (``time.thread_time``):
on a machine shared with other work (the load average is printed) the wall figures carry the others'
load, the CPU figures much less; the goal is judged on the wall-clock p99.
Run: ``.venv/bin/python scripts/bench/language_switch_bench.py [--stops 1000] [--presses 90]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from stats import percentile  # scripts/bench/stats.py (a script's folder is on sys.path)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console.show.tour import Stop, StopText, Tour

GOAL_MS = 16.0
POINTS = (
    "Start at the **frame**, then the light.\n\n- where the painter stood\n- what the restorers found\n\n"
    "Ask the audience which detail they noticed first; *pause* for the chat."
)


def make_tour(stops: int) -> Tour:
    def stop(n: int) -> Stop:
        french = StopText(f"Œuvre {n}, salle {n % 40}", f"Le point {n}.\n\n" + POINTS, f"Salle {n % 40}")
        chinese = StopText(
            "" if n % 6 == 0 else f"作品 {n}，第 {n % 40} 展厅",
            "" if n % 3 == 0 else f"第 {n} 点。\n\n- 画家站的位置\n- 修复者的发现",
        )
        return Stop(
            f"Artwork {n}: a title long enough to wrap in a narrow route column",
            120 + n % 180,
            location=f"Room {n % 40}",
            artist=f"Artist {n % 97}",
            talking_points=f"Point {n}.\n\n" + POINTS,
            translations=(("fr", french), ("zh", chinese)),
        )

    return Tour(
        title=f"Bench tour ({stops} stops)",
        slot_s=stops * 200,
        language="en",
        languages=("en", "fr", "zh"),
        stops=tuple(stop(n) for n in range(1, stops + 1)),
    )


Timings = tuple[list[float], list[float]]  # wall-clock seconds, GUI-thread CPU seconds, a press each


def timed(app: QApplication, widget: object, key: Qt.Key, into: Timings) -> None:
    started, cpu = time.perf_counter(), time.thread_time()
    QTest.keyClick(widget, key)  # type: ignore[call-overload]
    app.processEvents()  # the update requests the press posted: the window painted anew
    into[0].append(time.perf_counter() - started)
    into[1].append(time.thread_time() - cpu)


def measure(app: QApplication, folder: Path, stops: int, presses: int) -> tuple[Timings, Timings]:
    os.environ.update(CICERONE_DATA_DIR=str(folder), CICERONE_CONFIG_DIR=str(folder))
    from console.app import Console
    from console.cli import build_parser
    from console.settings import load_settings
    from console.store import TourRepository, open_database

    db_path = folder / "bench.db"
    db = open_database(db_path)
    TourRepository(db).add(make_tour(stops))
    db.close()
    console = Console(build_parser().parse_args(["--db", str(db_path)]), load_settings())
    console.start()
    view = console.live_view
    deadline = time.monotonic() + 10
    while console.camera_pane is None and time.monotonic() < deadline:  # the feeds are in: the full window
        app.processEvents()
    QTest.keyClick(view, Qt.Key.Key_F5)
    for _ in range(stops // 2):  # the middle of the route: rows above and below the current one
        console.controller.next_stop()
    app.processEvents()
    switches: Timings = ([], [])
    advances: Timings = ([], [])
    for number in range(presses):
        timed(app, view, Qt.Key.Key_PageDown if number % 2 == 0 else Qt.Key.Key_PageUp, advances)
        timed(app, view, Qt.Key.Key_L, switches)
        while view.route.is_fitting:  # the rows off screen, fitted after the frame: not part of the press
            app.processEvents()
    session = console.controller.session
    assert session is not None and len(session.language_switches) == presses, "a switch was not recorded"
    assert view.route.model_.language == console.controller.language
    console.shutdown()
    console.window.close()
    return switches, advances


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stops", type=int, default=1000)
    parser.add_argument("--presses", type=int, default=90)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        switches, advances = measure(app, Path(folder), args.stops, args.presses)
    print(f"{args.stops} stops, {args.presses} presses each; load average {os.getloadavg()[0]:.1f}")
    for name, (wall, cpu) in (("language switch (L)", switches), ("baseline: stop advance", advances)):
        print(
            f"{name:24} wall p50 {statistics.median(wall) * 1000:6.2f} ms, "
            f"p99 {percentile(wall, 0.99) * 1000:6.2f} ms, max {max(wall) * 1000:6.2f} ms;  "
            f"CPU p50 {statistics.median(cpu) * 1000:6.2f} ms, p99 {percentile(cpu, 0.99) * 1000:6.2f} ms"
        )
    p99 = percentile(switches[0], 0.99) * 1000
    ratio = statistics.median(switches[0]) / statistics.median(advances[0])
    print(f"switch / advance (wall p50): {ratio:.2f}x; goal: switch wall p99 ≤ {GOAL_MS:.0f} ms")
    ok = p99 <= GOAL_MS
    print("goal met" if ok else "GOAL MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
