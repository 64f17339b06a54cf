"""``cicerone remote ACTION [ARGS]``: drive a running console from scripts and venue automation.

``cicerone remote next --from 3``, ``cicerone remote goto 3``, ``cicerone remote cue "Wrap up"``,
``cicerone remote state --json``, ``cicerone remote token``. Exit 0 done, 1 refused by the show or no console
answering, 2 bad usage or a bad token, each with the reason on standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from console.errors import KnownError

ACTIONS_WITH_TEXT = ("note", "cue")


class UsageError(KnownError):
    """A command line the show-control API cannot take."""


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "remote",
        help="drive a running console (next, goto N, cue TEXT, state, token ...)",
        description="Send one show-control action to a running console: go-live, go-live/confirm, next, "
        "previous, goto N, mark, note TEXT, cue TEXT, cue/clear, end, end/confirm; 'state' prints the "
        "state, 'token' prints this machine's token. Exit 0 done, 1 refused by the show or no console "
        "answering, 2 bad usage or a bad token.",
    )
    parser.add_argument("action", metavar="ACTION", help="an action, 'state' or 'token'")
    parser.add_argument(
        "args", metavar="ARGS", nargs="*", help="goto's stop number, or a note's or cue's text"
    )
    parser.add_argument("--from", dest="from_stop", metavar="N", help="next/previous/goto: only if at stop N")
    parser.add_argument("--url", metavar="U", help="the console's address (default http://127.0.0.1:PORT/)")
    parser.add_argument(
        "--token",
        metavar="T",
        help="the token (default CICERONE_REMOTE_TOKEN or this machine's; one starting with '-': --token=T)",
    )
    parser.add_argument("--json", action="store_true", help="print the console's whole answer as JSON")
    parser.set_defaults(func=cmd_remote)


def cmd_remote(args: argparse.Namespace) -> int:
    from console.remote.token import remote_token

    if args.action == "token":
        if args.args:
            raise UsageError("'remote token' takes no arguments")
        print(remote_token())
        return 0
    path, body = request_for(args.action, args.args)
    from console.remote.client import call

    query = {"from": args.from_stop} if args.from_stop is not None else None
    url = args.url or default_url()
    if not url.startswith(("http://", "https://")) or not url.isprintable() or len(url) > 2000:
        raise UsageError(f"--url must be an http:// or https:// address, not {url[:60]!r}")
    answer = call(url, args.token or remote_token(), path, body=body, query=query)
    if args.json and answer.body:
        print(json.dumps(answer.body, ensure_ascii=False, indent=2))
    elif answer.status and 200 <= answer.status < 300:
        print(summary(answer.body.get("state", answer.body)))
    if answer.reason:
        level = "" if answer.exit_code == 0 else "error: "
        where = sys.stdout if answer.exit_code == 0 else sys.stderr
        print(f"cicerone: {level}{answer.reason}", file=where)
    if answer.status == 401:
        print("cicerone: see 'cicerone remote token' on the console's machine", file=sys.stderr)
    return answer.exit_code


def request_for(action: str, words: list[str]) -> tuple[str, dict[str, Any] | None]:
    """The API path and body for ``ACTION ARGS`` (``goto 3`` -> ``goto/3``; ``cue Wrap up`` -> its text)."""
    if not action or len(action) > 100 or not action.isprintable() or action.startswith("/"):
        raise UsageError(f"not an action: {action[:40]!r}")
    if action in ACTIONS_WITH_TEXT:
        if not words:
            raise UsageError(f"'{action}' needs its text, e.g. cicerone remote {action} \"Wrap up\"")
        return action, {"text": " ".join(words)}
    if action == "goto":
        if len(words) != 1:
            raise UsageError("'goto' needs one stop number, e.g. cicerone remote goto 3")
        return f"goto/{words[0]}", None
    if words:
        raise UsageError(f"'{action}' takes no arguments")
    return action, None


def default_url() -> str:
    from console.settings import Settings, load_settings
    from console.venue import venue_settings

    port = load_settings(base=venue_settings()).remote_port or Settings().remote_port
    return f"http://127.0.0.1:{port}/"


def summary(state: dict[str, Any]) -> str:
    """One line: on air or not, the stop, the cue."""
    stops = state.get("stops") if isinstance(state.get("stops"), list) else []
    current = state.get("current")
    where = "no stop"
    if isinstance(current, int) and stops and 1 <= current <= len(stops):
        where = f"stop {current}/{len(stops)} {stops[current - 1].get('title', '')!r}"
    line = ("ON AIR · " if state.get("on_air") else "off air · ") + where
    if state.get("cue"):
        line += f" · cue {state['cue']!r}"
    return line
