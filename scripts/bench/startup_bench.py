"""Cold start and large-tour figures for the live console (issue: the live console, end to end).

* cold start to the first painted console window on the demo tour, as a ratio to a bare PySide6
  window started the same way (a fresh ``python`` process, offscreen) in the same run: goal ≤ 2.0;
* a 1,000-stop tour: ``tour import`` (parse + one transaction) and console start on it: goal ≤ 1 s each;
* the window in Chinese (``--lang zh_CN``: Qt's and our translators, CJK fonts) against English
  (``--lang en``) in the same run, alternated: goal ≤ 1.1 (``--languages-only`` runs just this one).

Each start is timed from process launch to the window's first paint, alternating the two kinds so
that machine noise hits both. Also reported: the CPU time each process has used when it first paints
(user + system, from the process itself), which other load on a shared machine disturbs much less.

The package is byte-compiled first, as an installed one is (pip compiles at install; the frozen bundle
holds .pyc files): otherwise, on a machine with ``PYTHONDONTWRITEBYTECODE=1`` (this one), every run would
compile all of the console's modules from source, which no user's start does.

Run: ``.venv/bin/python scripts/bench/startup_bench.py [--runs 7] [--languages-only]``.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("first-paint cpu-ms", 1000 * time.process_time(), flush=True)
            QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv[:1])
window = Window()
window.resize(1600, 900)
window.show()
app.exec()
"""


def time_to_paint(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the first paint, and the CPU seconds the process had used by then."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - started
            process.wait(timeout=30)
            return elapsed, float(line.split()[-1]) / 1000
    process.wait(timeout=30)
    raise RuntimeError(f"{command} never painted (exit {process.returncode})")


def make_big_tour(path: Path, stops: int) -> None:
    lines = ["---", "title: Big Tour", "slot: 150h", "---", ""]  # 1,000 x 7m 30s = 125h; at most 7 days
    for number in range(1, stops + 1):
        lines += [
            f"## Stop {number}: Gallery {number % 40}",
            "duration: 7m 30s",
            f"location: Room {number}",
            "artist: Someone",
            "",
            "- First point, said aloud\n- Second point\n\n### If time allows\n- A longer story about it.",
            "",
        ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--languages-only", action="store_true", help="only Chinese against English")
    options = parser.parse_args()
    python = sys.executable
    compileall.compile_dir(REPO / "console", quiet=1)
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "CICERONE_DATA_DIR": f"{home}/data",
            "CICERONE_CONFIG_DIR": f"{home}/config",
            "CICERONE_QUIT_AFTER_PAINT": "1",
        }
        console = [python, "-m", "console", "--demo"]
        if options.languages_only:
            compare_languages(console, env, options.runs)
            return 0
        bare = [python, "-c", BARE_WINDOW]
        time_to_paint(console, env)  # first run imports the demo tour into its database
        time_to_paint(bare, env)
        console_runs, bare_runs = [], []
        for _ in range(options.runs):
            console_runs.append(time_to_paint(console, env))
            bare_runs.append(time_to_paint(bare, env))
        console_s, console_cpu = (statistics.median(run[i] for run in console_runs) for i in (0, 1))
        bare_s, bare_cpu = (statistics.median(run[i] for run in bare_runs) for i in (0, 1))
        print(
            f"cold start to first paint, demo tour: {console_s * 1000:.0f} ms median; bare PySide6 window "
            f"{bare_s * 1000:.0f} ms; ratio {console_s / bare_s:.2f} (goal ≤ 2.0)\n"
            f"  CPU used by the first paint: {console_cpu * 1000:.0f} ms vs {bare_cpu * 1000:.0f} ms; "
            f"ratio {console_cpu / bare_cpu:.2f}"
        )

        big = Path(home) / "big.md"
        make_big_tour(big, 1000)
        db = Path(home) / "big.db"
        sys.path.insert(0, str(REPO))
        from console.formats import load_tour
        from console.store import TourRepository, open_database

        imports = []
        for _ in range(3):
            started = time.perf_counter()
            tour = load_tour(big)
            tour_id = TourRepository(open_database(db)).add(tour)
            imports.append(time.perf_counter() - started)
        print(
            f"1,000-stop tour import (parse + store): {min(imports) * 1000:.0f} ms best of 3 (goal ≤ 1000 ms)"
        )
        starts = [
            time_to_paint([python, "-m", "console", "--db", str(db), "--tour", str(tour_id)], env)[0]
            for _ in range(3)
        ]
        print(
            "console start on the 1,000-stop tour, launch to first paint: "
            f"{statistics.median(starts) * 1000:.0f} ms "
            f"median of 3 (goal ≤ 1000 ms; the bare window takes {bare_s * 1000:.0f} ms)"
        )
        compare_languages(console, env, options.runs)
    return 0


def compare_languages(console: list[str], env: dict[str, str], runs: int) -> None:
    """The demo's start in Chinese against English, alternated, medians of wall and CPU time to first paint.

    Each start names its language (``--lang`` is also remembered, so neither inherits the other's).
    """
    english, chinese = [*console, "--lang", "en"], [*console, "--lang", "zh_CN"]
    time_to_paint(english, env)  # the demo tour imported, fonts cached, as in the runs above
    time_to_paint(chinese, env)
    english_runs, chinese_runs = [], []
    for _ in range(runs):
        english_runs.append(time_to_paint(english, env))
        chinese_runs.append(time_to_paint(chinese, env))
    en_s, en_cpu = (statistics.median(run[i] for run in english_runs) for i in (0, 1))
    zh_s, zh_cpu = (statistics.median(run[i] for run in chinese_runs) for i in (0, 1))
    print(
        f"start in Chinese (--lang zh_CN) against English (--lang en), launch to first paint: "
        f"{zh_s * 1000:.0f} ms vs {en_s * 1000:.0f} ms median of {runs}; "
        f"ratio {zh_s / en_s:.2f} (goal ≤ 1.1)\n"
        f"  CPU used by the first paint: {zh_cpu * 1000:.0f} ms vs {en_cpu * 1000:.0f} ms; "
        f"ratio {zh_cpu / en_cpu:.2f}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
