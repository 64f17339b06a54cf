"""Viewer polling under load: five sources read every second while the real console window runs, live.

Measures the GUI event loop's stalls (a 5 ms precise timer; a stall is how late it fires) and the process's
memory (RSS) growth, first with the console alone (the baseline: same run, same window), then with two
YouTube, two Twitch and one JSON source polled every second against a local fake-platform server in its own
process. The console is on air (show clock ticking, every sample stored in SQLite).
Goals: worst-stall p99 ≤ 16 ms, memory growth ≤ 5 MB over the polling phase.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench/viewers_bench.py [--seconds 600]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from stats import percentile  # scripts/bench/stats.py (a script's folder is on sys.path)

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
TICK_MS = 5


def rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600.0, help="the polling phase (default 600)")
    parser.add_argument("--baseline", type=float, default=None, help="the baseline phase (default a sixth)")
    parser.add_argument(
        "--control",
        action="store_true",
        help="leave polling off in the second phase too (the console's own growth)",
    )
    options = parser.parse_args()
    baseline_s = options.baseline if options.baseline is not None else max(10.0, options.seconds / 6)

    folder = tempfile.mkdtemp(prefix="viewers-bench-")
    os.environ.update(
        CICERONE_DATA_DIR=folder,
        CICERONE_CONFIG_DIR=folder,
        CICERONE_NO_KEYRING="1",
        CICERONE_YOUTUBE_API_KEY="bench-key",
        CICERONE_TWITCH_CLIENT_ID="bench-client",
        CICERONE_TWITCH_TOKEN="bench-token",
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.audience_fakes"], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        return run(url, options.seconds, baseline_s, folder, poll=not options.control)
    finally:
        server.terminate()
        server.wait(10)


def run(url: str, seconds: float, baseline_s: float, folder: str, *, poll: bool = True) -> int:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from console.app import Console
    from console.cli import build_parser
    from console.settings import Settings
    from console.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    specs = [
        "youtube:benchVideo01",
        "youtube:benchVideo02",
        "twitch:bench_one",
        "twitch:bench_two",
        f"http-json:{url}/stats#data.online",
    ]
    argv = ["--db", str(Path(folder) / "bench.db"), "--demo"]
    for spec in specs:
        argv += ["--viewers", spec]
    settings = Settings(viewer_poll_s=1.0, youtube_base=url, twitch_base=url)
    console = Console(build_parser().parse_args(argv), settings)
    console.start()
    while console.poller is None:  # the feeds start once the window has painted
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    poller = console.poller
    poller.stop()  # the baseline runs the same window without polling
    console.controller.go_live()  # on air: the show clock ticks and samples are stored
    samples: list[str] = []
    poller.sample_read.connect(lambda sample: samples.append(sample.state))

    stalls: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)

    def tick() -> None:
        stalls.append(max(0.0, clock.nsecsElapsed() / 1e6 - TICK_MS))
        clock.restart()

    ticker.timeout.connect(tick)

    def wait(duration: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(round(duration * 1000), loop.quit)
        loop.exec()

    def phase(duration: float) -> tuple[list[float], float, float]:
        wait(min(30.0, duration / 10))  # let caches, fonts and connections settle
        start_rss = rss_mb()
        stalls.clear()
        clock.start()
        ticker.start(TICK_MS)
        wait(duration)
        ticker.stop()
        return list(stalls), start_rss, rss_mb()

    base, base_start, base_end = phase(baseline_s)
    if poll:
        poller.start()
    loaded, load_start, load_end = phase(seconds)
    poller.stop()
    errors = sum(1 for state in samples if state == "error")
    console.shutdown()

    def report(name: str, values: list[float], start: float, end: float) -> None:
        print(
            f"{name}: {len(values)} ticks, stall p50 {percentile(values, 0.5):.2f} ms, "
            f"p99 {percentile(values, 0.99):.2f} ms, max {max(values):.2f} ms; "
            f"RSS {start:.1f} -> {end:.1f} MB (growth {end - start:+.2f} MB)"
        )

    report(f"baseline (console, no polling, {baseline_s:.0f} s)", base, base_start, base_end)
    name = "polling (5 sources every 1 s" if poll else "control (polling still off"
    report(f"{name}, {seconds:.0f} s)", loaded, load_start, load_end)
    ratio = percentile(loaded, 0.99) / max(0.01, percentile(base, 0.99))
    print(f"samples read {len(samples)} ({errors} errors); stall p99 ratio polling/baseline {ratio:.2f}")
    ok = percentile(loaded, 0.99) <= 16.0 and load_end - load_start <= 5.0 and errors == 0
    print("goals (p99 ≤ 16 ms, growth ≤ 5 MB, no errors):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
