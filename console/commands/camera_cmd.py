"""``cicerone camera``: check a camera source without opening the console, and list the local ones."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys

from console.commands.common import timeout_seconds
from console.errors import KnownError

# After its answer, how long the probe waits for libvlc to let the player go before leaving without it.
RELEASE_GRACE_S = 0.2


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("camera", help="camera sources: probe one, list the local ones")
    sub = parser.add_subparsers(title="camera commands", metavar="ACTION", required=True)

    probe = sub.add_parser(
        "probe",
        help="open a source headless and report its first frame",
        description="Open MRL (rtsp://, srt://, rtmp://, udp://@:PORT, http(s)://, v4l2://, a file) without "
        "a window, wait for the first decoded frame and print its size, frame rate and time to first frame. "
        "Exit 1 if no frame arrives within the timeout.",
    )
    probe.add_argument("mrl", metavar="MRL", help="the source: an MRL or a video file")
    probe.add_argument("--snapshot", metavar="FILE.png", help="write the first frame, at the source's size")
    probe.add_argument(
        "--timeout", type=timeout_seconds, default=10.0, metavar="S", help="seconds to wait for a frame (10)"
    )
    probe.add_argument(
        "--json", action="store_true", help='print {"width", "height", "fps", "first_frame_ms"}'
    )
    probe.set_defaults(func=run_probe)

    listing = sub.add_parser(
        "list",
        help="list the capture devices plugged in here, and the demo clip",
        description="One source a line: MRL, a tab, a label, and a tab and the reason when this user cannot "
        "open it. On Linux the devices are /dev/video*; on Windows and macOS the default camera.",
    )
    listing.set_defaults(func=run_list)


def run_probe(args: argparse.Namespace) -> int:
    """Probe, answer, and leave: without waiting for a player libvlc cannot stop in time (see below)."""
    from console.camera.release import wait_released

    try:
        code = _probe_and_print(args)
    except KnownError as error:
        if wait_released(RELEASE_GRACE_S):
            raise
        print(f"cicerone: error: {error.text()}", file=sys.stderr)
        _leave_without_libvlc(error.exit_code)
    if not wait_released(RELEASE_GRACE_S):
        _leave_without_libvlc(code)
    return code


def _leave_without_libvlc(code: int) -> None:
    """End the process now, the answer given, while libvlc still stops the probe's player.

    A source that accepted the connection and never answers holds libvlc's stop for its own network timeout
    (5 s for ``rtsp://``), far past ``--timeout``. The probe has nothing left to save, and an immediate
    ``_exit`` runs no finalizer that libvlc's threads could run into: the kernel closes the socket.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


def _probe_and_print(args: argparse.Namespace) -> int:
    from console.camera.probe import probe
    from console.settings import load_settings

    result = probe(args.mrl, args.timeout, load_settings().camera_caching_ms)
    if args.snapshot and not result.image.save(args.snapshot, "PNG"):  # type: ignore[call-overload]
        raise KnownError(f"{args.snapshot}: cannot write the snapshot there")
    if args.json:
        print(json.dumps(result.as_json()))
    else:
        print(
            f"{result.width}x{result.height} at {result.fps:g} fps, "
            f"first frame after {result.first_frame_ms:.0f} ms"
        )
        if args.snapshot:
            print(f"snapshot: {args.snapshot}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from console.camera.sources import capture_devices, demo_source

    devices = capture_devices()
    if not devices:
        print("# no capture device plugged in")
    for source in [*devices, demo_source()]:
        problem = f"\t{source.problem}" if source.problem else ""
        print(f"{source.mrl}\t{source.label}{problem}")
    return 0
