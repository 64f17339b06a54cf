"""Audience questions under load: fifty chat messages a second (25 from YouTube, 25 from Twitch) for ten
minutes while the real console runs on air with the camera (demo clip) and the viewer counter (demo source).

The chat servers run in their own process (tests/chat_fakes.py, stream mode) so they do not share our GIL. The
console is measured first without chat (the baseline: same run, same window, chat sources stopped), then with
both chats streaming. GUI stalls: a 5 ms precise timer, a stall is how late it fires. Memory: RSS every 10 s,
the growth over the chat phase (goal ≤ 10 MB: the pane and the board keep a bounded history). Lost messages:
what the servers sent against what the question desk saw (goal: none), counted after the servers stop and the
last page is read. Goals: stall p99 ≤ 16 ms, growth ≤ 10 MB, nothing lost.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench/chat_bench.py [--seconds 600]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from gui_sampling import GuiSampler, Phase, wait  # scripts/bench/ (a script's folder is on sys.path)
from stats import percentile

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600.0, help="the chat phase (default 600)")
    parser.add_argument("--baseline", type=float, default=None, help="the baseline phase (default a sixth)")
    parser.add_argument(
        "--rate", type=float, default=25.0, help="messages a second from each chat (default 25)"
    )
    options = parser.parse_args()
    baseline_s = options.baseline if options.baseline is not None else max(10.0, options.seconds / 6)
    folder = tempfile.mkdtemp(prefix="chat-bench-")
    os.environ.update(
        CICERONE_DATA_DIR=folder,
        CICERONE_CONFIG_DIR=folder,
        CICERONE_NO_KEYRING="1",
        CICERONE_YOUTUBE_API_KEY="bench-key",
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.chat_fakes", "--rate", str(options.rate)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and server.stdin is not None
        youtube, twitch = server.stdout.readline().strip(), server.stdout.readline().strip()
        return run(youtube, twitch, server.stdin, options.seconds, baseline_s, folder)
    finally:
        server.terminate()
        server.wait(10)


def run(youtube: str, twitch: str, go: object, seconds: float, baseline_s: float, folder: str) -> int:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from console.app import Console
    from console.cli import build_parser
    from console.settings import Settings
    from console.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    argv = ["--db", str(Path(folder) / "bench.db"), "--demo", "--viewers", "demo", "--remote", "off"]
    argv += ["--chat", "youtube-chat:benchVideo01", "--chat", "twitch-chat:bench"]
    settings = Settings(youtube_base=youtube, twitch_chat_url=twitch)
    console = Console(build_parser().parse_args(argv), settings)
    console.start()
    while console.questions is None:  # the feeds start once the window has painted
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    console.controller.go_live()  # on air: questions are stored at the stop, the clock ticks
    feed, desk = console.chat, console.questions
    assert feed is not None
    received = [0]
    feed.message.connect(lambda _message: received.__setitem__(0, received[0] + 1))

    sampler = GuiSampler(max(seconds, baseline_s))

    wait(20.0)  # the window's own start, and both chats connected (nothing streams yet)
    base = sampler.phase(baseline_s)
    go.write("go\n")  # type: ignore[attr-defined]
    go.flush()  # type: ignore[attr-defined]
    chat = sampler.phase(seconds)
    with urllib.request.urlopen(f"{youtube}/stop", timeout=10):
        pass
    wait(8.0)  # the last YouTube page (the plan's interval) and the last Twitch frame
    with urllib.request.urlopen(f"{youtube}/counts", timeout=10) as answer:
        sent = json.load(answer)
    seen = desk.board.chat_seen if desk is not None else 0
    statuses = [f"{s.label}: {s.state} {s.reason}".strip() for s in feed.statuses()]
    spent = feed.quota.units
    console.shutdown()

    def report(name: str, phase: Phase) -> None:
        values = phase.stalls
        print(
            f"{name}: {len(values)} ticks, stall p50 {percentile(values, 0.5):.2f} ms, "
            f"p99 {percentile(values, 0.99):.2f} ms, max {max(values):.2f} ms; {phase.memory_line()}"
        )

    report(f"baseline (on air, camera and viewers, no chat, {baseline_s:.0f} s)", base)
    report(f"chat (YouTube and Twitch streaming, {seconds:.0f} s)", chat)
    total = int(sent["youtube"]) + int(sent["twitch"])
    ratio = percentile(chat.stalls, 0.99) / max(0.01, percentile(base.stalls, 0.99))
    print(
        f"messages sent {total} (YouTube {sent['youtube']}, Twitch {sent['twitch']}), "
        f"received {received[0]}, "
        f"seen by the question desk {seen}; questions on the board {len(desk.board) if desk else 0}; "
        f"YouTube units spent {spent}; stall p99 ratio chat/baseline {ratio:.2f}"
    )
    print("sources at the end: " + "; ".join(statuses))
    growth = chat.growth
    ok = percentile(chat.stalls, 0.99) <= 16.0 and growth <= 10.0 and seen == total
    print("goals (p99 ≤ 16 ms, growth ≤ 10 MB, no message lost):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
