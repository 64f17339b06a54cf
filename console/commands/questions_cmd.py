"""``cicerone questions probe SPEC``: read a chat source for a while and print the questions it finds.

The same chat sources and question rules the console uses. Exit 0 when the source answered (reading, ended,
disabled or not started yet), 1 when it did not (with the reason), 2 when the spec itself is wrong. Secrets
come from the keyring or the environment and are never printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from console.commands.common import timeout_seconds

ANSWERED = ("live", "ended", "disabled", "waiting")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    questions = commands.add_parser(
        "questions",
        help="check chat sources for audience questions (YouTube, Twitch, demo)",
        description="Chat sources: youtube-chat:VIDEO_ID, twitch-chat:LOGIN, demo-chat.",
    )
    sub = questions.add_subparsers(title="questions commands", metavar="COMMAND", required=True)
    probe = sub.add_parser(
        "probe",
        help="read a chat source for a few seconds and print the questions found",
        description="Read a chat source for S seconds and print each question found. Exit 0 when the "
        "source answered, 1 on error (with the reason).",
    )
    probe.add_argument("spec", metavar="SPEC", help="youtube-chat:VIDEO_ID, twitch-chat:LOGIN or demo-chat")
    probe.add_argument(
        "--base",
        metavar="URL",
        help="a test server instead of the service: http://HOST:PORT for YouTube, ws://HOST:PORT/ for Twitch",
    )
    probe.add_argument(
        "--seconds", metavar="S", type=timeout_seconds, default=10.0, help="seconds to read (default 10)"
    )
    probe.add_argument(
        "--json", action="store_true", help='one {"platform", "author", "text", "at"} object a line'
    )
    probe.set_defaults(func=cmd_probe)


def _websocket_url(url: str) -> None:
    """Refuse (exit 2) a --base for Twitch that is not a ws(s) URL with a host and a real port."""
    from urllib.parse import urlsplit

    from console.errors import InputError

    refusal = InputError("--base for Twitch must be a ws(s) URL such as ws://127.0.0.1:8080/", path=url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port out of range or not a number, a broken [IPv6] address
        raise refusal from None
    if parts.scheme not in ("ws", "wss") or not parts.hostname or port == 0:
        raise refusal


def cmd_probe(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from console.audience.chat_feed import ChatFeed, ChatStatus
    from console.audience.chat_specs import parse_chat_spec
    from console.audience.specs import replace_base
    from console.settings import load_settings, question_rules
    from console.show.chat import ChatMessage

    spec = parse_chat_spec(args.spec)  # a wrong spec: InputError, exit 2
    if args.base is not None and spec.kind == "youtube-chat":
        replace_base("http://check/", args.base)
    if args.base is not None and spec.kind == "twitch-chat":
        _websocket_url(args.base)
    settings = load_settings()
    rules = question_rules(settings)
    app = QCoreApplication.instance() or QCoreApplication([])  # kept alive until we return
    feed = ChatFeed([args.spec], settings, base=args.base, timeout_s=min(10.0, args.seconds))
    loop = QEventLoop()
    last: list[ChatStatus] = []

    def heard(message: ChatMessage) -> None:
        if not rules.asks(message.text):
            return
        if args.json:
            at = datetime.fromtimestamp(message.at, UTC).isoformat(timespec="seconds")
            document = {
                "platform": message.platform,
                "author": message.author,
                "text": message.text,
                "at": at,
            }
            print(json.dumps(document, ensure_ascii=False), flush=True)
        else:
            print(f"{message.platform} · {message.author}: {message.text}", flush=True)

    def status(said: ChatStatus) -> None:
        last.append(said)
        if said.state in ("ended", "disabled"):
            loop.quit()

    feed.message.connect(heard)
    feed.status.connect(status)
    QTimer.singleShot(round(args.seconds * 1000), loop.quit)
    QTimer.singleShot(0, feed.start)
    loop.exec()
    feed.stop()
    assert app is not None
    final = last[-1] if last else None
    if final is not None and final.state in ANSWERED:
        if final.state != "live" and final.reason:
            print(f"cicerone: questions probe: {spec.label}: {final.reason}", file=sys.stderr)
        return 0
    reason = next((s.reason for s in reversed(last) if s.reason), "no answer within the time given")
    print(f"cicerone: questions probe: {spec.label}: {reason}", file=sys.stderr)
    return 1
