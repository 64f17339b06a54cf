"""The floor under the camera preview's CPU goal: what libvlc's video callbacks cost before any real pane.

The preview's goal is a CPU ratio of 1.3 or less against libvlc decoding with a null video output. This
measures how much of that the callback path itself takes before any painting, so the goal can be judged
against what the path allows. Each variant runs at the same time as its own ``--vout=dummy`` baseline:

- ``python``: the console's own callbacks (:class:`console.camera.frames.FrameRing`), frames decoded at the
  picture size into its buffers, and nobody painting them;
- ``painted``: the console's callbacks, and each frame painted 1:1 by the barest Qt widget there can be (one
  ``drawImage`` in ``paintEvent``, offscreen): what showing a picture through Qt adds at the least;
- ``c``: the same as ``python`` with the lock and display callbacks written in C (compiled here with ``cc``;
  skipped without a compiler): no Python on libvlc's threads at all.

Each with libvlc's scaler as the console sets it (``--swscale-mode=0``, fast bilinear) and at its cheapest
(``--swscale-mode=4``, nearest neighbour).

Run: ``.venv/bin/python scripts/bench/camera_floor_bench.py [--seconds 20] [--rounds 2] [--sizes 1280x720]``.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from camera_bench import WARM_UP_S, child_baseline, make_clip  # scripts/bench/camera_bench.py

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PICTURE = (640, 360)
SCALERS = {"fast bilinear": "--swscale-mode=0", "nearest": "--swscale-mode=4"}
VARIANTS = {
    "python": "Python callbacks, nobody painting",
    "painted": "Python callbacks, a bare Qt painter",
    "c": "C callbacks, nobody painting",
}
OFFSCREEN = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
C_CALLBACKS = r"""
#include <stdint.h>
#include <stddef.h>
struct ring { char *base; size_t slot; uint64_t locked, displayed; };
void *ring_lock(void *opaque, void **planes) {
    struct ring *r = opaque;
    unsigned i = (unsigned)(__atomic_add_fetch(&r->locked, 1, __ATOMIC_RELAXED) % 3);
    planes[0] = r->base + i * r->slot;
    return (void *)(uintptr_t)(i + 1);
}
void ring_display(void *opaque, void *picture) {
    struct ring *r = opaque;
    (void)picture;
    __atomic_add_fetch(&r->displayed, 1, __ATOMIC_RELAXED);
}
"""


class CRing(ctypes.Structure):
    _fields_ = [
        ("base", ctypes.c_void_p),
        ("slot", ctypes.c_size_t),
        ("locked", ctypes.c_uint64),
        ("displayed", ctypes.c_uint64),
    ]


def compile_callbacks(folder: Path) -> Path | None:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    source, library = folder / "ring.c", folder / "libring.so"
    source.write_text(C_CALLBACKS)
    subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    return library


def child_callbacks(clip: Path, seconds: float, scaler: str, library: Path | None) -> dict[str, Any]:
    from console.camera.frames import FrameRing
    from console.camera.libvlc import new_instance, new_media

    vlc, instance = new_instance(250, [scaler])
    player = instance.media_player_new()
    ring = FrameRing(PICTURE, lambda: None)  # nobody paints: frames pile up as "dropped", which is the point
    ring.attach(vlc, player)
    memory = ctypes.create_string_buffer(ring._slot * 3)
    c_ring = CRing(ctypes.addressof(memory), ring._slot, 0, 0)
    if library is not None:  # the same format callback, then lock and display in C
        lib = ctypes.CDLL(str(library))
        set_callbacks = vlc.dll.libvlc_video_set_callbacks
        set_callbacks.argtypes = [ctypes.c_void_p] * 5
        set_callbacks.restype = None
        lock = ctypes.cast(lib.ring_lock, ctypes.c_void_p).value
        display = ctypes.cast(lib.ring_display, ctypes.c_void_p).value
        set_callbacks(player._as_parameter_, lock, None, display, ctypes.addressof(c_ring))
    player.set_media(new_media(instance, clip.resolve().as_uri()))
    player.play()
    time.sleep(WARM_UP_S)
    cpu, wall = time.process_time(), time.perf_counter()
    time.sleep(seconds)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    frames = c_ring.displayed if library is not None else ring.displayed
    player.stop()
    player.release()
    instance.release()
    return {"cpu_s": cpu, "wall_s": wall, "frames": int(frames)}


def child_painted(clip: Path, seconds: float, scaler: str) -> dict[str, Any]:
    from PySide6.QtCore import QObject, Qt, QTimer, Signal
    from PySide6.QtGui import QImage, QPainter, QPaintEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from console.camera.frames import FrameRing
    from console.camera.images import FrameImages
    from console.camera.libvlc import new_instance, new_media

    class Frames(QObject):
        ready = Signal()

    class Bare(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
            self.images = FrameImages()
            self.image: QImage | None = None
            self.painted = 0

        def paintEvent(self, event: QPaintEvent) -> None:
            frame = ring.take_latest()
            if frame is not None:
                self.image = self.images.image(ring, frame)
                self.painted += 1
            if self.image is not None:
                painter = QPainter(self)
                painter.drawImage(0, 0, self.image)
                painter.end()

    app = QApplication([])
    frames = Frames()
    widget = Bare()
    widget.resize(*PICTURE)
    ring = FrameRing(PICTURE, frames.ready.emit)
    frames.ready.connect(widget.update)
    widget.show()
    vlc, instance = new_instance(250, [scaler])
    player = instance.media_player_new()
    ring.attach(vlc, player)
    player.set_media(new_media(instance, clip.resolve().as_uri()))
    player.play()
    mark: dict[str, float] = {}

    def begin() -> None:
        mark.update(cpu=time.process_time(), wall=time.perf_counter(), painted=widget.painted)
        QTimer.singleShot(int(seconds * 1000), app.quit)

    QTimer.singleShot(int(WARM_UP_S * 1000), begin)
    app.exec()
    cpu, wall = time.process_time() - mark["cpu"], time.perf_counter() - mark["wall"]
    painted = widget.painted - mark["painted"]
    player.stop()
    player.release()
    instance.release()
    return {"cpu_s": cpu, "wall_s": wall, "frames": int(painted)}


def run_pair(clip: Path, seconds: float, variant: str, scaler: str, library: Path | None) -> float:
    """The variant and a --vout=dummy baseline at the same time: the variant's CPU ratio."""
    command = [sys.executable, __file__, "--clip", str(clip), "--seconds", str(seconds)]
    variant_args = ["--child", variant, f"--scaler={scaler}"] + (
        ["--library", str(library)] if library else []
    )
    children = [
        subprocess.Popen([*command, "--child", "baseline"], stdout=subprocess.PIPE, text=True),
        subprocess.Popen([*command, *variant_args], stdout=subprocess.PIPE, text=True, env=OFFSCREEN),
    ]
    base, result = (json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children)
    if result["frames"] < 25 * seconds:
        raise SystemExit(f"camera_floor_bench: {variant} decoded only {result['frames']} frames")
    return float((result["cpu_s"] / result["wall_s"]) / (base["cpu_s"] / base["wall_s"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="measured seconds per run (20)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of every variant, for a median (2)")
    parser.add_argument("--sizes", nargs="+", default=["1280x720"], help="source sizes (1280x720)")
    parser.add_argument("--child", choices=["baseline", *VARIANTS], help=argparse.SUPPRESS)
    parser.add_argument("--clip", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--scaler", help=argparse.SUPPRESS)
    parser.add_argument("--library", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "baseline":
        print(json.dumps({**child_baseline(args.clip, args.seconds), "frames": -1}))
        return 0
    if args.child == "painted":
        print(json.dumps(child_painted(args.clip, args.seconds, args.scaler)))
        return 0
    if args.child:
        library = args.library if args.child == "c" else None
        print(json.dumps(child_callbacks(args.clip, args.seconds, args.scaler, library)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        library = compile_callbacks(Path(folder))
        variants = [variant for variant in VARIANTS if library or variant != "c"]
        if library is None:
            print("no C compiler: the C callbacks are skipped", file=sys.stderr)
        for size in args.sizes:
            clip = make_clip(Path(folder), size, args.seconds)
            print(f"== {size} source at 30 fps decoded at {PICTURE[0]}x{PICTURE[1]}: "
                  "CPU ratio to --vout=dummy, every round, then the median")  # fmt: skip
            for variant in variants:
                for name, scaler in SCALERS.items():
                    ratios = [
                        run_pair(clip, args.seconds, variant, scaler, library if variant == "c" else None)
                        for _ in range(args.rounds)
                    ]
                    runs = ", ".join(f"{value:.2f}" for value in ratios)
                    print(f"  {VARIANTS[variant]}, {name}: {runs}; median {statistics.median(ratios):.2f}",
                          flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
