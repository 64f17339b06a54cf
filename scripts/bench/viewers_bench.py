"""Viewer polling under load: five sources read every second while the real console window runs, live.

Measures the GUI event loop's stalls (a 5 ms precise timer; a stall is how late it fires) and the process's
memory (RSS, read every 10 s), first with the console alone (the baseline: same run, same window), then with
two YouTube, two Twitch and one JSON source polled every second against a local fake-platform server in its
own process. The console is on air (show clock ticking, every sample stored in SQLite).

Memory is reported three ways (scripts/bench/gui_sampling.py, shared with remote_bench.py), so a one-off
warm-up is told apart from a leak: the growth over the whole polling phase (from the first poll), the growth
after the first minute (connections, Qt's caches and SQLite's page cache filling), and the slope after that
minute in MB per hour (least squares).
Goals: worst-stall p99 ≤ 16 ms, memory growth ≤ 5 MB over the whole polling phase.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench/viewers_bench.py [--seconds 600]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from gui_sampling import GuiSampler, Phase, wait  # scripts/bench/: a script's folder is on sys.path
from stats import percentile

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
WARM_UP_S = 60.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600.0, help="the polling phase (default 600)")
    parser.add_argument("--baseline", type=float, default=None, help="the baseline phase (default a sixth)")
    parser.add_argument(
        "--control",
        action="store_true",
        help="leave polling off in the second phase too (the console's own growth)",
    )
    parser.add_argument("--memory-log", type=Path, help="write every RSS reading (phase, seconds, MB) here")
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
        return run(url, options.seconds, baseline_s, folder, poll=not options.control, log=options.memory_log)
    finally:
        server.terminate()
        server.wait(10)


def run(
    url: str, seconds: float, baseline_s: float, folder: str, *, poll: bool = True, log: Path | None = None
) -> int:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from console.app import Console
    from console.cli import build_parser
    from console.settings import Settings
    from console.show.viewers import ViewerSample
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

    counts = {"samples": 0, "errors": 0}  # counters, not a list of samples: the bench must not grow

    def counted(sample: ViewerSample) -> None:
        counts["samples"] += 1
        counts["errors"] += sample.state == "error"

    poller.sample_read.connect(counted)

    sampler = GuiSampler(max(seconds, baseline_s))

    wait(30.0)  # the window's own start: fonts, style sheets, the camera's first frames
    base = sampler.phase(baseline_s, warm_up_s=WARM_UP_S)
    if poll:
        poller.start()
    loaded = sampler.phase(seconds, warm_up_s=WARM_UP_S)
    poller.stop()
    console.shutdown()

    def report(name: str, result: Phase) -> None:
        values = result.stalls
        print(
            f"{name}: {len(values)} ticks, stall p50 {percentile(values, 0.5):.2f} ms, "
            f"p99 {percentile(values, 0.99):.2f} ms, max {max(values):.2f} ms; {result.memory_line()}"
        )
        print(f"  {result.minutes_line()}")

    report(f"baseline (console, no polling, {baseline_s:.0f} s)", base)
    name = "polling (5 sources every 1 s" if poll else "control (polling still off"
    report(f"{name}, {seconds:.0f} s)", loaded)
    ratio = percentile(loaded.stalls, 0.99) / max(0.01, percentile(base.stalls, 0.99))
    print(
        f"samples read {counts['samples']} ({counts['errors']} errors); "
        f"stall p99 ratio polling/baseline {ratio:.2f}"
    )
    if log is not None:
        rows = [
            f"{name},{t:.0f},{m:.3f}"
            for name, p in (("baseline", base), ("polling", loaded))
            for t, m in p.memory
        ]
        log.write_text("phase,seconds,rss_mb\n" + "\n".join(rows) + "\n")
    ok = percentile(loaded.stalls, 0.99) <= 16.0 and loaded.growth <= 5.0 and counts["errors"] == 0
    print("goals (p99 ≤ 16 ms, growth over the whole phase ≤ 5 MB, no errors):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
