"""``cicerone session``: list and export broadcasts and rehearsals."""

from __future__ import annotations

import argparse
from datetime import datetime

from console.commands.common import database, databases_in_use, record_id, write_output
from console.store import SessionRepository


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    session = commands.add_parser(
        "session",
        help="list and export sessions (shows and rehearsals)",
        description="Sessions: each broadcast or rehearsal of a tour.",
    )
    sub = session.add_subparsers(title="session commands", metavar="COMMAND", required=True)
    lst = sub.add_parser("list", help="list sessions", description="List sessions, newest first.")
    lst.set_defaults(func=cmd_list)
    exp = sub.add_parser(
        "export",
        help="export a session's stops and notes",
        description="Each stop's planned and actual times, and every note.",
    )
    exp.add_argument("id", type=record_id, help="the session id (see 'cicerone session list')")
    exp.add_argument("--format", choices=("json", "csv"), default="json", help="output format (default json)")
    exp.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    exp.set_defaults(func=cmd_export)


def _local(at: float | None) -> str:
    return "-" if at is None else datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M")


def cmd_list(args: argparse.Namespace) -> int:
    rows = list(SessionRepository(database(args)).list())
    if not rows:
        print("no sessions yet")
        return 0
    print(f"{'ID':>4}  {'KIND':<9}  {'WENT LIVE':<16}  {'ENDED':<16}  {'NOTES':>5}  TOUR")
    for row in rows:
        print(
            f"{row['id']:>4}  {row['kind']:<9}  {_local(row['went_live_at']):<16}  "
            f"{_local(row['ended_at']):<16}  "
            f"{row['note_count']:>5}  {row['title']}"
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from console.formats.session_report import dump_session_csv, dump_session_json  # not on the GUI's start

    session = SessionRepository(database(args)).get(args.id)
    text = dump_session_csv(session) if args.format == "csv" else dump_session_json(session)
    write_output(text, args.output, protect=databases_in_use(args))
    return 0
