"""The command line: the GUI launch and the subcommands.

Exit codes: 0 success, 1 a check found problems, 2 bad input or usage, 3 an
internal error (a bug: the traceback goes to the log file, never the terminal).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from console import __version__
from console.errors import KnownError
from console.logs import LEVELS, setup_logging, write_crash
from console.settings import UI_LANGUAGES

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    from console.commands import register_all
    from console.commands.common import encoder_address, port_number, record_id, screen_name

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
    parser.add_argument("--tour", type=record_id, metavar="ID", help="open the console on this tour")
    parser.add_argument(
        "--camera", metavar="MRL", help="camera source for the preview (remembered on this machine)"
    )
    parser.add_argument(
        "--viewers", metavar="SPEC", action="append", help="a viewer source such as youtube:ID (repeatable)"
    )
    parser.add_argument(
        "--chat",
        metavar="SPEC",
        action="append",
        help="a chat source for audience questions: youtube-chat:VIDEO_ID, twitch-chat:LOGIN or demo-chat "
        "(repeatable; --demo uses demo-chat when none is set)",
    )
    parser.add_argument(
        "--stage",
        metavar="SCREEN",
        type=screen_name,
        help="show the stage display full screen on this screen (its system name; 'off': none; remembered)",
    )
    parser.add_argument(
        "--lang",
        choices=UI_LANGUAGES,
        help="the window's language (default: the remembered choice, else the system's; remembered here)",
    )
    parser.add_argument(
        "--remote",
        choices=("local", "lan", "off"),
        help="the show-control server: this machine only, the local network too, or off "
        "(default: the remote setting, else local)",
    )
    parser.add_argument(
        "--remote-port",
        type=port_number,
        metavar="N",
        help="the show-control server's port (default: the remote_port setting, else 4390; 0: any free port)",
    )
    parser.add_argument(
        "--encoder",
        type=encoder_address,
        metavar="ADDRESS",
        help="the encoder whose stream state the console shows: obs://HOST:PORT (OBS 28+, default port 4455; "
        "password from the keyring or CICERONE_OBS_PASSWORD), or off (remembered on this machine)",
    )
    parser.add_argument(
        "--log-level",
        choices=LEVELS,
        default="info",
        help="how much the log file in the data folder's logs/ records (default info; debug for support)",
    )
    parser.set_defaults(func=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    register_all(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.log_level)
    try:
        if args.func is None:
            from console.app import run_gui

            return run_gui(args)
        handler: Handler = args.func
        code = handler(args)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, while we can still say so
        return code
    except KnownError as error:
        print(f"cicerone: error: {error.text()}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader left (`| head`): not an error. Python would complain again when it flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        # The world, not a bug: a full disk, a name too long, a folder where a file belongs.
        subject = f"{error.filename}: " if error.filename else "cannot write the output: "
        print(f"cicerone: error: {subject}{error.strerror or error}", file=sys.stderr)
        _drop_unwritable_stdout()
        return 2
    except Exception:
        where = write_crash(traceback.format_exc())
        print(f"cicerone: internal error (a bug, not your input); details in {where}", file=sys.stderr)
        return 3


def _drop_unwritable_stdout() -> None:
    """Discard what could not be written to standard output, so Python's exit does not fail on it again."""
    try:
        sys.stdout.flush()
    except OSError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
