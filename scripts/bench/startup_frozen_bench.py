#!/usr/bin/env python3
"""Cold start of the frozen console against the same console from source, in the same run.

    scripts/build                                   # makes dist/bundle/cicerone/cicerone
    .venv/bin/python scripts/bench/startup_frozen_bench.py [--runs 7] [--bundle PATH] [--drop-caches]

Three timings per build, each a new process with fresh settings and data folders, alternating frozen and
source so that both see the same machine load:

- ``first paint``: from spawning ``cicerone --demo`` to the line ``first-paint-ms`` that the console prints
  when its window has painted once (``CICERONE_QUIT_AFTER_PAINT``, offscreen): imports, database, demo
  tour, camera pane and the first frame of the window, all included;
- ``self-test``: spawning ``cicerone self-test`` until it exits (Qt, SQLite, libvlc decode, network);
- ``--version``: spawning until it exits, the interpreter's own start.

The figure the packaging issue asks for is the ratio frozen / source of the first paint's median (goal 1.5
or less). ``--drop-caches`` (root only) empties the page cache before every start, for a truly cold disk.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE = [str(REPO / ".venv" / "bin" / "python"), "-m", "console"]


def environment(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CICERONE_DATA_DIR=str(home / "data"),
        CICERONE_CONFIG_DIR=str(home / "config"),
        CICERONE_DB=str(home / "data" / "cicerone.db"),
        **extra,
    )
    return env


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def time_to_line(command: list[str], marker: str, env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` until it prints a line starting with ``marker``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    seen = None
    for line in process.stdout:
        if line.startswith(marker) and seen is None:
            seen = time.perf_counter() - started
    process.wait(timeout=120)
    if seen is None:
        raise SystemExit(f"{' '.join(command)} never printed {marker!r} (exit {process.returncode})")
    return seen


def time_to_exit(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, env=env, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {result.returncode}: {result.stdout.decode()[-500:]}")
    return time.perf_counter() - started


def measure(command: list[str], what: str, cold: bool) -> float:
    with tempfile.TemporaryDirectory(prefix="cicerone-bench-") as folder:
        home = Path(folder)
        if cold:
            drop_caches()
        if what == "first paint":
            return time_to_line(
                [*command, "--demo"], "first-paint-ms", environment(home, CICERONE_QUIT_AFTER_PAINT="1")
            )
        if what == "self-test":
            return time_to_exit([*command, "self-test"], environment(home))
        return time_to_exit([*command, "--version"], environment(home))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "bundle" / "cicerone" / "cicerone")
    parser.add_argument(
        "--drop-caches", action="store_true", help="empty the page cache before each start (root)"
    )
    args = parser.parse_args()
    if not args.bundle.is_file():
        print(f"no frozen console at {args.bundle}: run scripts/build first", file=sys.stderr)
        return 2
    builds = {"frozen": [str(args.bundle)], "source": SOURCE}
    for command in builds.values():  # one unmeasured start each: byte-compile caches, the demo database
        measure(command, "first paint", cold=False)
    disk = "page cache dropped before each start" if args.drop_caches else "warm disk"
    print(f"{args.runs} runs each, alternating; {disk}")
    print(f"{'':12} {'frozen (ms)':>12} {'source (ms)':>12} {'ratio':>7}")
    for what in ("first paint", "self-test", "--version"):
        samples: dict[str, list[float]] = {name: [] for name in builds}
        for _ in range(args.runs):
            for name, command in builds.items():
                samples[name].append(measure(command, what, cold=args.drop_caches))
        frozen, source = (1000 * statistics.median(samples[name]) for name in ("frozen", "source"))
        print(f"{what:12} {frozen:12.0f} {source:12.0f} {frozen / source:7.2f}")
    print("ratio = frozen median / source median; the packaging goal is first paint <= 1.5")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
