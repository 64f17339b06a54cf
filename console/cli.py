"""The command line: the GUI launch and the subcommands.

Exit codes: 0 success, 1 a check found problems, 2 bad input or usage, 3 an
internal error (a bug: the traceback goes to the log file, never the terminal).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from console import __version__
from console.errors import KnownError

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cicerone",
        description="Cicerone: a presenter console for live-streamed museum tours. "
        "Without a command, opens the console window.",
    )
    parser.add_argument("--version", action="version", version=f"cicerone {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="the database file (default: CICERONE_DB or the user data folder)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the console on the demo tour, with a demo database"
    )
    parser.add_argument(
        "--prepare", action="store_true", help="open the console in Prepare mode (the tour editor)"
    )
    parser.add_argument("--tour", type=int, metavar="ID", help="open the console on this tour")
    parser.add_argument(
        "--camera", metavar="MRL", help="camera source for the preview (remembered on this machine)"
    )
    parser.add_argument(
        "--viewers", metavar="SPEC", action="append", help="a viewer source such as youtube:ID (repeatable)"
    )
    parser.set_defaults(func=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    from console.commands import register_all

    register_all(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.func is None:
            from console.app import run_gui

            return run_gui(args)
        handler: Handler = args.func
        return handler(args)
    except KnownError as error:
        print(f"cicerone: error: {error.text()}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        where = write_crash_log(traceback.format_exc())
        print(f"cicerone: internal error (a bug, not your input); details in {where}", file=sys.stderr)
        return 3


def write_crash_log(text: str) -> Path:
    from console.settings import data_dir

    path = data_dir() / "logs" / "crash.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text + "\n")
    except OSError:
        pass
    return path
