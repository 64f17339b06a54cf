"""Camera preview cost: 1280x720 and 1920x1080 at 30 fps through the real pane, against libvlc alone.

For each source size and picture size, a test clip (ffmpeg testsrc2, H.264) is played by two processes
at the same time, so that both see the same machine (it is shared, and its speed drifts from minute to
minute: one process after the other gave ratios 0.15 apart between identical runs):

- baseline: libvlc decoding the clip with a null video output (``--vout=dummy``), nothing else;
- preview: the real ``CameraPane`` (offscreen Qt), sized so its picture is ``--pictures`` (16:9, the
  size it is decoded at), decoding through the video callbacks.

Picture sizes (``--pictures``): 640x360, about what the console shows on a 2560x1440 screen, and 493x277,
what it shows on a 1920x1080 one (its picture area there is 493x302).

Reported per size (goals in brackets):
- frames dropped between libvlc and the screen: displayed by libvlc, replaced before a paint took them [0];
- process CPU of the preview as a ratio to the baseline's, over the same measured seconds [<= 1.3]
  (measured first, without the stall probe's 5 ms timer, which then runs for another ``--seconds``);
- latency from libvlc's display callback to the end of the paint, p95 [<= 40 ms];
- GUI event loop stall p99 and max: lateness of a 5 ms precise timer [p99 <= 16 ms].
Also libvlc's own late-frame drops (its input stats) for both, so a slow machine is visible as such.

With ``--audio`` the clips carry a 48 kHz stereo AAC tone, as a camera or an encoder sends: the preview then
also decodes the sound for its level meter, and the baseline decodes it into a null audio output.

Run: ``.venv/bin/python scripts/bench/camera_bench.py [--seconds 60] [--rounds 1] [--pictures 640x360 ...]``.

``--silent-rtsp`` measures instead the GUI stall while the pane reconnects to an ``rtsp://`` server on
127.0.0.1 that accepts the connection and never answers (libvlc's stop then blocks for 5 s: it must not
block the window). One preview process, the server in this one: first ``--seconds`` with the pane shown and
no source (the idle baseline), then ``--seconds`` playing the silent server, each with the same stall meter.
Run: ``.venv/bin/python scripts/bench/camera_bench.py --silent-rtsp --seconds 20``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from stats import percentile  # scripts/bench/stats.py (a script's folder is on sys.path)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

SIZES = ("1280x720", "1920x1080")
PICTURES = ("640x360", "493x277")
WARM_UP_S = 2.0
TICK_MS = 5


def make_clip(folder: Path, size: str, seconds: float, audio: bool = False) -> Path:
    """The test clip; with ``audio``, a 48 kHz stereo AAC tone too, as a camera or an encoder sends."""
    duration = seconds + WARM_UP_S + 3
    path = folder / f"bench-{size}{'-audio' if audio else ''}.mp4"
    sound = ["-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={duration}",
             "-c:a", "aac", "-b:a", "128k", "-ac", "2"] if audio else []  # fmt: skip
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
         "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=30:duration={duration}", *sound,
         "-c:v", "libx264", "-preset", "veryfast", "-g", "60", "-pix_fmt", "yuv420p", str(path)],
        check=True,
    )  # fmt: skip
    return path


def lost_pictures(media: Any, vlc: Any) -> int:
    stats = vlc.MediaStats()
    return int(stats.lost_pictures) if media.get_stats(stats) else -1


def child_baseline(clip: Path, seconds: float, audio: bool = False) -> dict[str, Any]:
    """libvlc decoding ``clip`` into null outputs (with ``audio``, the sound too): the preview's yardstick."""
    from console.camera.libvlc import new_instance, new_media

    vlc, instance = new_instance(250, ["--vout=dummy", "--aout=adummy"], audio=audio)
    player = instance.media_player_new()
    media = new_media(instance, clip.resolve().as_uri())
    player.set_media(media)
    player.play()
    time.sleep(WARM_UP_S)
    lost_before = lost_pictures(media, vlc)
    cpu, wall = time.process_time(), time.perf_counter()
    time.sleep(seconds)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    lost = lost_pictures(media, vlc) - lost_before
    player.stop()
    player.release()
    media.release()
    instance.release()
    return {"cpu_s": cpu, "wall_s": wall, "libvlc_lost": lost}


def child_preview(clip: Path, seconds: float, picture_size: tuple[int, int]) -> dict[str, Any]:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from console.settings import Settings
    from console.ui.camera_pane import CameraPane

    app = QApplication([])
    pane = CameraPane(Settings(camera_mrl=str(clip)))
    pane.show()
    picture = pane.picture
    width, height = picture_size
    pane.resize(width + pane.width() - picture.width(), height + pane.height() - picture.height())
    pane.start()
    player = pane.player
    assert player is not None and player.ring is not None
    ring = player.ring
    stalls: list[float] = []
    last_tick = [0.0]
    mark: dict[str, float] = {}

    def tick() -> None:
        now = time.perf_counter()
        if last_tick[0]:
            stalls.append(max(0.0, (now - last_tick[0]) * 1000 - TICK_MS))
        last_tick[0] = now

    def begin() -> None:
        pane.picture.latencies_ms.clear()
        mark.update(cpu=time.process_time(), gui_cpu=time.thread_time(), wall=time.perf_counter(),
                    displayed=ring.displayed,
                    dropped=ring.dropped, painted=picture.painted, lost=_preview_lost(player))  # fmt: skip
        QTimer.singleShot(int(seconds * 1000), measure_stalls)

    def measure_stalls() -> None:
        # The CPU phase ran without the probe timer (it costs ~1.5% of a core by itself): stalls now.
        mark["cpu"] = time.process_time() - mark["cpu"]
        mark["gui_cpu"] = time.thread_time() - mark["gui_cpu"]
        mark["cpu_wall"] = time.perf_counter() - mark["wall"]
        timer.start()
        QTimer.singleShot(int(seconds * 1000), end)

    def end() -> None:
        timer.stop()
        now = {"wall": time.perf_counter(), "displayed": ring.displayed, "dropped": ring.dropped,
               "painted": pane.picture.painted, "lost": _preview_lost(player)}  # fmt: skip
        mark.update({key: now[key] - mark[key] for key in now})
        app.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    QTimer.singleShot(int(WARM_UP_S * 1000), begin)
    app.exec()
    decoded = player.picture_size
    image = pane.picture.image
    heard = player.audio.read() is not None  # the meter had sound when the run ended
    pane.shutdown()
    return {
        "audio": heard,
        "cpu_s": mark["cpu"],
        "gui_cpu_s": mark["gui_cpu"],
        "cpu_wall_s": mark["cpu_wall"],
        "wall_s": mark["wall"],
        "displayed": mark["displayed"],
        "dropped": mark["dropped"],
        "painted": mark["painted"],
        "libvlc_lost": mark["lost"],
        "display_to_paint_ms": list(pane.picture.latencies_ms),
        "stall_ms": stalls,
        "source": decoded,
        "decoded_at": (image.width(), image.height()) if image is not None else None,
    }


def child_silent(mrl: str, seconds: float) -> dict[str, Any]:
    """The stall meter with the pane idle, then while it reconnects to the silent server at ``mrl``."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from console.camera.release import releasing
    from console.settings import Settings
    from console.ui.camera_pane import CameraPane

    app = QApplication([])
    pane = CameraPane(Settings(camera_mrl=mrl, camera_caching_ms=250))
    pane.resize(640, 400)
    pane.show()
    phases: dict[str, list[float]] = {"idle": [], "silent": []}
    phase = ["idle"]
    last_tick = [0.0]
    most_stopping = [0]

    def tick() -> None:
        now = time.perf_counter()
        if last_tick[0]:
            phases[phase[0]].append(max(0.0, (now - last_tick[0]) * 1000 - TICK_MS))
        last_tick[0] = now
        most_stopping[0] = max(most_stopping[0], releasing())

    def play() -> None:
        pane.start()  # the first start loads libvlc's plugins: measured from the next tick on
        phase[0], last_tick[0] = "silent", 0.0
        QTimer.singleShot(int(seconds * 1000), app.quit)

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(int(seconds * 1000), play)
    app.exec()
    attempts = pane.status.attempts
    started = time.perf_counter()
    pane.shutdown()
    return {
        "idle_ms": phases["idle"],
        "silent_ms": phases["silent"],
        "reconnects": attempts,
        "most_stopping": most_stopping[0],
        "shutdown_ms": (time.perf_counter() - started) * 1000,
    }


def run_silent(seconds: float) -> str:
    """Serve a silent TCP port here, measure the preview in a child process, and report."""
    import socket
    import threading

    server = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []

    def accept_forever() -> None:
        while True:
            accepted.append(server.accept()[0])  # held open, never answered

    threading.Thread(target=accept_forever, daemon=True).start()
    mrl = f"rtsp://127.0.0.1:{server.getsockname()[1]}/x"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, __file__, "--child", "silent", "--mrl", mrl, "--seconds", str(seconds)]
    out = subprocess.run(command, stdout=subprocess.PIPE, text=True, env=env, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    idle, silent = result["idle_ms"], result["silent_ms"]
    return "\n".join(
        [
            f"== GUI loop stall, {seconds:.0f} s idle then {seconds:.0f} s reconnecting to {mrl} "
            f"(accepts, never answers): {result['reconnects']} reconnects, {len(accepted)} connections, "
            f"up to {result['most_stopping']} players stopping at once off the GUI thread",
            f"  idle baseline: p99 {percentile(idle, 0.99):.1f} ms, max {max(idle):.1f} ms",
            f"  silent server: p99 {percentile(silent, 0.99):.1f} ms (goal <= 16), max {max(silent):.1f} ms",
            f"  shutdown on the GUI thread: {result['shutdown_ms']:.1f} ms",
        ]
    )


def _preview_lost(player: Any) -> int:
    media = player._player.get_media()
    return lost_pictures(media, player._vlc) if media is not None else -1


def run_pair(
    clip: Path, seconds: float, picture: str, audio: bool = False
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The baseline and the preview, started together: their measured seconds overlap."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, __file__, "--clip", str(clip), "--seconds", str(seconds)]
    command += ["--pictures", picture, *(["--audio"] if audio else [])]
    children = [
        subprocess.Popen([*command, "--child", kind], stdout=subprocess.PIPE, text=True, env=env)
        for kind in ("baseline", "preview")
    ]
    results = []
    for child in children:
        out, _ = child.communicate()
        if child.returncode != 0:
            raise SystemExit(f"camera_bench: a child exited {child.returncode}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results[0], results[1]


def ratio(base: dict[str, Any], preview: dict[str, Any]) -> float:
    return float((preview["cpu_s"] / preview["cpu_wall_s"]) / (base["cpu_s"] / base["wall_s"]))


def report(size: str, picture: str, base: dict[str, Any], preview: dict[str, Any]) -> str:
    load = preview["cpu_s"] / preview["cpu_wall_s"]
    lat = preview["display_to_paint_ms"]
    stalls = preview["stall_ms"]
    stall_s = preview["wall_s"] - preview["cpu_wall_s"]
    return "\n".join(
        [
            f"== {size} at 30 fps{' with sound' if preview.get('audio') else ''}, "
            f"{preview['cpu_wall_s']:.0f} s CPU phase + {stall_s:.0f} s stall phase, "
            f"decoded at {preview['decoded_at']} for a picture of {picture}",
            f"  frames: libvlc displayed {preview['displayed']}, painted {preview['painted']}, "
            f"dropped between libvlc and the screen {preview['dropped']} (goal 0); "
            f"libvlc's own late drops: preview {preview['libvlc_lost']}, baseline {base['libvlc_lost']}",
            f"  CPU: preview {100 * load:.1f}% of a core, baseline "
            f"(--vout=dummy) {100 * base['cpu_s'] / base['wall_s']:.1f}%: "
            f"ratio {ratio(base, preview):.2f} (goal <= 1.3); "
            f"of the preview's, the GUI thread {100 * preview['gui_cpu_s'] / preview['cpu_wall_s']:.1f}%",
            f"  display->paint p50 {statistics.median(lat):.1f} ms, p95 {percentile(lat, 0.95):.1f} ms "
            "(goal <= 40)",
            f"  GUI loop stall p99 {percentile(stalls, 0.99):.1f} ms (goal <= 16), max {max(stalls):.1f} ms",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="measured seconds per run (60)")
    parser.add_argument("--rounds", type=int, default=1, help="runs of every size, for a median (1)")
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), help="source sizes (1280x720 1920x1080)")
    parser.add_argument(
        "--pictures", nargs="+", default=list(PICTURES), help="picture sizes (640x360 493x277)"
    )
    parser.add_argument(
        "--audio", action="store_true", help="clips with a sound track: the preview also feeds its meter"
    )
    parser.add_argument(
        "--silent-rtsp",
        action="store_true",
        help="the GUI stall while reconnecting to a server that never answers, beside an idle baseline",
    )
    parser.add_argument("--child", choices=["baseline", "preview", "silent"], help=argparse.SUPPRESS)
    parser.add_argument("--clip", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--mrl", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.silent_rtsp:
        print(run_silent(args.seconds), flush=True)
        return 0
    if args.child == "silent":
        print(json.dumps(child_silent(args.mrl, args.seconds)))
        return 0
    if args.child:
        width, height = (int(v) for v in args.pictures[0].split("x"))
        if args.child == "baseline":
            result = child_baseline(args.clip, args.seconds, args.audio)
        else:
            result = child_preview(args.clip, args.seconds, (width, height))
        print(json.dumps(result))
        return 0
    ratios: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        clips = {size: make_clip(Path(folder), size, args.seconds, args.audio) for size in args.sizes}
        for _ in range(args.rounds):
            for size, clip in clips.items():
                for picture in args.pictures:
                    base, preview = run_pair(clip, args.seconds, picture, args.audio)
                    ratios.setdefault((size, picture), []).append(ratio(base, preview))
                    print(report(size, picture, base, preview), flush=True)
    print("== CPU ratio to the baseline (goal <= 1.3), every round, then the median")
    for (size, picture), values in ratios.items():
        runs = ", ".join(f"{value:.2f}" for value in values)
        print(f"  {size} source, {picture} picture: {runs}; median {statistics.median(values):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
