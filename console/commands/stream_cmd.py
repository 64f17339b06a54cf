"""``cicerone stream probe obs://HOST:PORT``: what the encoder says about the stream, from the command line.

Exit 0 when OBS answered (streaming or not), 1 when it did not (the reason on stderr: wrong password, refused,
timeout, not obs-websocket v5), 2 for a bad address. The password comes from the keyring or
CICERONE_OBS_PASSWORD and is never printed.
"""

from __future__ import annotations

import argparse
import json
import sys

from console.commands.common import encoder_address, timeout_seconds

MAX_PROBE_S = 600.0


def probe_seconds(text: str) -> float:
    """Between the two readings: 0.1 s to ten minutes."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.1 <= value <= MAX_PROBE_S:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"seconds from 0.1 to {MAX_PROBE_S:g}, not {text[:40]!r}")
    return value


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    stream = commands.add_parser(
        "stream",
        help="check the encoder (OBS Studio 28+ over obs-websocket v5)",
        description="The encoder's own word on the stream: OBS Studio 28 or later, Tools > WebSocket Server "
        "Settings. Its password comes from the keyring (service Cicerone, user obs_password) or "
        "CICERONE_OBS_PASSWORD.",
    )
    sub = stream.add_subparsers(title="stream commands", metavar="COMMAND", required=True)
    probe = sub.add_parser(
        "probe",
        help="connect, read the stream and record status twice, print them",
        description="Connect and authenticate, read the stream and record status twice S seconds apart and "
        "print them (bitrate from the bytes sent between the two). Exit 0 when OBS answered (whatever the "
        "state), 1 on any failure with the reason.",
    )
    probe.add_argument(
        "address", type=encoder_address, metavar="obs://HOST:PORT", help="e.g. obs://127.0.0.1:4455"
    )
    probe.add_argument(
        "--seconds", type=probe_seconds, default=2.0, metavar="S", help="between the two readings (default 2)"
    )
    probe.add_argument(
        "--timeout",
        metavar="S",
        type=timeout_seconds,
        default=5.0,
        help="to wait for OBS, in seconds (default 5)",
    )
    probe.add_argument(
        "--json",
        action="store_true",
        help='print {"source", "streaming", "reconnecting", "recording", "bitrate_kbps", "dropped_frames", '
        '"total_frames", "congestion", "error"}',
    )
    probe.set_defaults(func=cmd_probe)


def cmd_probe(args: argparse.Namespace) -> int:
    import asyncio

    from console.audience.secrets import lookup
    from console.encoder.probe import probe
    from console.show.encoder_source import parse_encoder

    source = parse_encoder(args.address)
    if source is None:
        print("cicerone: stream probe: give an address such as obs://127.0.0.1:4455", file=sys.stderr)
        return 2
    result = asyncio.run(probe(source, lookup("obs_password"), args.seconds, args.timeout))
    if args.json:
        print(json.dumps(result.document()), flush=True)
    elif result.error is None:
        state = (
            "reconnecting" if result.reconnecting else "streaming" if result.streaming else "not streaming"
        )
        print(f"{result.source}: {state}", flush=True)
        if result.streaming:
            dropped = result.dropped_frames or 0
            total = result.total_frames or 0
            print(
                f"  bitrate {result.bitrate_kbps or 0:,.0f} kb/s; dropped {dropped} of {total} frames in "
                f"{args.seconds:g} s; congestion {100 * (result.congestion or 0):.1f} %"
            )
        print(f"  recording: {'yes' if result.recording else 'no'}", flush=True)
    if result.error is None:
        return 0
    print(f"cicerone: stream probe: {result.error}", file=sys.stderr)
    return 1
