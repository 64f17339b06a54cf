"""``cicerone notes search``: find what the guide or the producer wrote, in every session."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from console.commands.common import database, whole_number

DEFAULT_LIMIT = 50


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from console.store.notes_search import MAX_LIMIT, SCAN_LIMIT

    notes = commands.add_parser(
        "notes",
        help="search the notes of every session",
        description="The notes and marks written during shows and rehearsals.",
    )
    sub = notes.add_subparsers(title="notes commands", metavar="COMMAND", required=True)
    search = sub.add_parser(
        "search",
        help="find notes holding every word of QUERY",
        description=(
            "Find the notes that hold every word of QUERY, in any order and any case (accents count); "
            '"two words" in double quotes is one phrase. Nothing else is syntax: *, AND, NEAR( are searched '
            "for as written. Words of three characters or more use the index; shorter ones (one or two "
            f"Chinese characters) are looked for in the last {SCAN_LIMIT:,} notes written. Newest session "
            "first. Exit 1 when no note matches."
        ),
    )
    search.add_argument("query", metavar="QUERY", help="the words to find (quote it for the shell)")
    search.add_argument(
        "--limit",
        type=_limit(MAX_LIMIT),
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"show at most N notes (1 to {MAX_LIMIT}, default {DEFAULT_LIMIT})",
    )
    search.add_argument("--json", action="store_true", help="print the hits as JSON")
    search.set_defaults(func=cmd_search)


def _limit(largest: int) -> Any:
    def limit(text: str) -> int:
        value = whole_number(text)
        if value is None or not 1 <= value <= largest:
            raise argparse.ArgumentTypeError(
                f"a limit is a whole number from 1 to {largest}, not {text[:40]!r}"
            )
        return value

    return limit


def cmd_search(args: argparse.Namespace) -> int:
    from console.formats.session_report import iso
    from console.show.durations import format_clock
    from console.store.notes_search import search_notes

    result = search_notes(database(args), args.query, limit=args.limit)
    if args.json:
        hits = [
            {
                "session": {
                    "id": hit.session_id,
                    "kind": hit.session_kind,
                    "date": iso(hit.session_at),
                    "tour": hit.tour_title,
                },
                "stop": None
                if hit.stop_number is None
                else {"number": hit.stop_number, "title": hit.stop_title},
                "show_time_s": None if hit.show_s is None else round(hit.show_s, 1),
                "at": iso(hit.at),
                "text": hit.text,
                "highlights": [list(span) for span in hit.spans],
                "snippet": hit.snippet().marked(),
            }
            for hit in result.hits
        ]
        print(
            json.dumps({"terms": list(result.terms), "hits": hits, "more": result.more}, ensure_ascii=False)
        )
        return 0 if hits else 1
    if not result.hits:
        print("no note matches" if result.terms else "nothing to search for: the query has no words")
        return 1
    session = None
    for hit in result.hits:
        if hit.session_id != session:
            session = hit.session_id
            kind = "show" if hit.session_kind == "live" else hit.session_kind
            date = datetime.fromtimestamp(hit.session_at).strftime("%Y-%m-%d %H:%M")
            print(f"session {hit.session_id} · {date} · {kind} · {_flat(hit.tour_title)}")
        stop = "-" if hit.stop_number is None else f"stop {hit.stop_number} {_flat(hit.stop_title or '')}"
        when = "-" if hit.show_s is None else format_clock(hit.show_s)
        print(f"  {when:>8}  {stop}: {hit.snippet().marked()}")
    shown = len(result.hits)
    if result.more:
        print(f"the first {shown} notes; more match (--limit N shows more)")
    else:
        print(f"{shown} note{'s' if shown != 1 else ''} found")
    return 0


def _flat(text: str) -> str:
    """A title on one line: a control character in a stored title must not move the terminal's cursor."""
    return "".join(char if char.isprintable() else " " for char in text)
