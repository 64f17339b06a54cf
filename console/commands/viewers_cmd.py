"""``cicerone viewers probe SPEC``: read one viewer source once, with the same reader the console polls with.

Exit 0 when the source answered (live, hidden, ended or offline), 1 when it did not (with the reason), 2 when
the spec itself is wrong. Secrets are read from the keyring or the environment and never printed.
"""

from __future__ import annotations

import argparse
import json
import sys

from console.commands.common import timeout_seconds


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    viewers = commands.add_parser(
        "viewers",
        help="check viewer sources (YouTube, Twitch, JSON, file, demo)",
        description="Viewer sources: youtube:ID, twitch:LOGIN, http-json:URL#dotted.path, file:PATH, demo.",
    )
    sub = viewers.add_subparsers(title="viewers commands", metavar="COMMAND", required=True)
    probe = sub.add_parser(
        "probe",
        help="read a source once and print its state and count",
        description="Read a viewer source once and print its state and count. Exit 0 when it "
        "answered (whatever the state), 1 on error.",
    )
    probe.add_argument(
        "spec", metavar="SPEC", help="e.g. youtube:VIDEO_ID, twitch:LOGIN, http-json:URL#data.online"
    )
    probe.add_argument(
        "--base", metavar="URL", help="replace the service's scheme and host (a proxy or test server)"
    )
    probe.add_argument(
        "--timeout", metavar="S", type=timeout_seconds, default=10.0, help="seconds to wait (default 10)"
    )
    probe.add_argument("--json", action="store_true", help='print {"source", "state", "viewers", "error"}')
    probe.set_defaults(func=cmd_probe)


def cmd_probe(args: argparse.Namespace) -> int:
    from console.audience.probe import probe_once
    from console.settings import load_settings

    sample = probe_once(args.spec, load_settings(), base=args.base, timeout_s=args.timeout)
    if args.json:
        document = {
            "source": sample.source,
            "state": sample.state,
            "viewers": sample.viewers,
            "error": sample.error,
        }
        print(json.dumps(document), flush=True)
    else:
        count = f" {sample.viewers:,} viewers" if sample.viewers is not None else ""  # None unless live
        print(f"{sample.source}: {sample.state}{count}", flush=True)
    if sample.state != "error":
        return 0
    print(f"cicerone: viewers probe: {sample.error}", file=sys.stderr)
    return 1
