"""The encoder's status read every second while the real console window runs on air with its camera and
viewer feeds (the demo ones): the GUI event loop's stalls and the process's memory.

First the console alone (the baseline: same run, same window, no encoder), then with the encoder line reading
a stand-in OBS (tests/obs_fake.py, in its own process) every second over obs-websocket v5 on the network loop
thread, every state change and a sample every 5 s stored in the live session. A stall is how late a 5 ms
precise timer fires. Goals: stall p99 ≤ 16 ms, memory growth ≤ 2 MB over the encoder phase.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench/encoder_bench.py [--seconds 600]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from gui_sampling import GuiSampler, Phase, wait  # scripts/bench/ (a script's folder is on sys.path)
from stats import percentile

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600.0, help="the encoder phase (default 600)")
    parser.add_argument("--baseline", type=float, default=None, help="the baseline phase (default a sixth)")
    parser.add_argument(
        "--control",
        action="store_true",
        help="leave the encoder off in the second phase too (the console's own growth)",
    )
    options = parser.parse_args()
    baseline_s = options.baseline if options.baseline is not None else max(10.0, options.seconds / 6)
    folder = tempfile.mkdtemp(prefix="encoder-bench-")
    os.environ.update(
        CICERONE_DATA_DIR=folder,
        CICERONE_CONFIG_DIR=folder,
        CICERONE_NO_KEYRING="1",
        CICERONE_OBS_PASSWORD="correct horse",  # the stand-in's
        CICERONE_REMOTE_PORT="0",
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.obs_fake"],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and server.stdin is not None
        address = server.stdout.readline().strip()
        return run(address, options.seconds, baseline_s, folder, control=options.control)
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(10)


def run(address: str, seconds: float, baseline_s: float, folder: str, *, control: bool = False) -> int:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from console.app import Console
    from console.cli import build_parser
    from console.settings import Settings
    from console.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    args = build_parser().parse_args(["--db", str(Path(folder) / "bench.db"), "--demo", "--viewers", "demo"])
    console = Console(args, Settings())
    console.start()
    while console.viewers_pane is None:  # the feeds start once the window has painted
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    console.controller.go_live()  # on air: the show clock ticks, samples are stored

    sampler = GuiSampler(max(seconds, baseline_s))

    wait(20.0)  # the window's own start: fonts, style sheets, the camera's first frames
    base = sampler.phase(baseline_s)
    readings = [0]
    if not control:
        console.args.encoder = address  # as --encoder would have chosen it: the same wiring as the window's
        console._start_encoder(console.viewers_pane)
        assert console.encoder is not None
        console.encoder.changed.connect(lambda: readings.__setitem__(0, readings[0] + 1))
    wait(5.0)  # the handshake, the first readings, aiohttp's imports
    loaded = sampler.phase(seconds)
    view = console.encoder.view() if console.encoder is not None else None
    session = console.controller.session
    stored = len(console.sessions.encoder_records(session.id)) if session and session.id else 0
    console.shutdown()

    def report(name: str, phase: Phase) -> None:
        values = phase.stalls
        print(
            f"{name}: {len(values)} ticks, stall p50 {percentile(values, 0.5):.2f} ms, "
            f"p99 {percentile(values, 0.99):.2f} ms, max {max(values):.2f} ms; {phase.memory_line()}"
        )
        print(f"  {phase.minutes_line()}")

    report(f"baseline (console on air, no encoder, {baseline_s:.0f} s)", base)
    report(
        f"{'control (encoder still off' if control else 'encoder (status every 1 s'}, {seconds:.0f} s)",
        loaded,
    )
    ratio = percentile(loaded.stalls, 0.99) / max(0.01, percentile(base.stalls, 0.99))
    growth = loaded.growth
    print(
        f"encoder updates {readings[0]}, records stored {stored}, last view on air "
        f"{view.on_air if view else None} at {(view.bitrate_kbps if view else 0) or 0:.0f} kb/s; "
        f"stall p99 ratio second phase/baseline {ratio:.2f}"
    )
    ok = percentile(loaded.stalls, 0.99) <= 16.0 and growth <= 2.0 and (control or bool(view and view.on_air))
    print("goals (p99 ≤ 16 ms, growth ≤ 2 MB, still on air):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
