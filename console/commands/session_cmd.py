"""``cicerone session``: list, export and report broadcasts and rehearsals."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta

from console.commands.common import database, databases_in_use, record_id, whole_number, write_output
from console.commands.compare_cmd import register_compare
from console.store import SessionRepository

ANONYMIZE_HELP = "replace the names of the audience who asked questions with 'viewer 1', 'viewer 2'..."


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
        help="export a session's stops, notes and audience questions",
        description="Each stop's planned and actual times, every note, and the audience's questions at the "
        "stop they were asked at (json: under each stop; csv: record=question rows).",
    )
    exp.add_argument("id", type=record_id, help="the session id (see 'cicerone session list')")
    exp.add_argument("--format", choices=("json", "csv"), default="json", help="output format (default json)")
    exp.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    exp.add_argument("--anonymize", action="store_true", help=ANONYMIZE_HELP)
    exp.set_defaults(func=cmd_export)
    rep = sub.add_parser(
        "report",
        help="a session's report (PDF, HTML), its chart (PNG), figures per stop (csv) or YouTube chapters",
        description=(
            "pdf: A4 pages with the viewer chart, the whole show, each stop's times and audience, the notes, "
            "the audience's questions stop by stop. "
            "html: the same as one self-contained page (inline chart and style, no script, no link). "
            "png: the chart alone, --width pixels wide. "
            "The chart has the encoder's lane (on air, reconnecting, off air, bitrate, dropped frames over "
            "encoder_dropped_percent) under the viewers when the show had an encoder. "
            "csv: one row per stop with its times, audience and questions (see README, 'After the show'). "
            "chapters: YouTube chapter lines from the stop arrivals (Twitch takes them too); exits 1 when "
            "fewer than three chapters of at least 10 seconds are left."
        ),
    )
    rep.add_argument("id", type=record_id, help="the session id (see 'cicerone session list')")
    rep.add_argument(
        "--format",
        choices=("pdf", "html", "png", "csv", "chapters"),
        default="csv",
        help="output format (default csv); pdf and png need -o FILE or -o - (they are not text)",
    )
    rep.add_argument(
        "--width",
        type=png_width,
        default=1600,
        metavar="PIXELS",
        help=f"png: the chart's width in pixels, {MIN_PNG_WIDTH} to {MAX_PNG_WIDTH} (default 1600)",
    )
    rep.add_argument(
        "--stream-start",
        metavar="WHEN",
        type=stream_start,
        help="chapters: when the stream started, as a clock time (HH:MM or HH:MM:SS, local, the show's day) "
        "or an offset from the go-live (+30s, +1:30; a negative one as --stream-start=-1m); default: go-live",
    )
    rep.add_argument("--anonymize", action="store_true", help=ANONYMIZE_HELP)
    rep.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    rep.set_defaults(func=cmd_report)
    register_compare(sub)


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
    from console.store.questions import QuestionLedger

    sessions = SessionRepository(database(args))
    session = sessions.get(args.id)
    asked = QuestionLedger(sessions.db).for_session(args.id)
    if args.format == "csv":
        text = dump_session_csv(session, asked, anonymize=args.anonymize)
    else:
        text = dump_session_json(
            session,
            sessions.samples(args.id),
            asked,
            anonymize=args.anonymize,
            encoder=sessions.encoder_records(args.id),
        )
    write_output(text, args.output, protect=databases_in_use(args))
    return 0


MIN_PNG_WIDTH, MAX_PNG_WIDTH = 320, 8000  # as console.reporting.documents (not imported: Qt stays unloaded)


def png_width(text: str) -> int:
    """An argparse type for ``--width``: whole pixels within the bounds."""
    width = whole_number(text)
    if width is None:
        raise argparse.ArgumentTypeError(f"not a whole number of pixels: {text[:40]!r}")
    if not MIN_PNG_WIDTH <= width <= MAX_PNG_WIDTH:
        raise argparse.ArgumentTypeError(f"{width} is not between {MIN_PNG_WIDTH} and {MAX_PNG_WIDTH} pixels")
    return width


StreamStart = tuple[str, float]  # ("offset", seconds) or ("clock", seconds since midnight)


def stream_start(text: str) -> StreamStart:
    """An argparse type for ``--stream-start``: an offset from the go-live (``+90s``) or ``HH:MM[:SS]``."""
    from console.show.durations import parse_duration

    raw = text.strip()
    offset = raw.startswith(("+", "-"))
    try:
        if offset:
            return "offset", parse_duration(raw[1:]) * (-1 if raw[0] == "-" else 1)
        moment = datetime.strptime(raw, "%H:%M:%S" if raw.count(":") == 2 else "%H:%M")
    except ValueError as error:
        reason = f": {error}" if offset else ""
        raise argparse.ArgumentTypeError(
            f"not a clock time (HH:MM or HH:MM:SS) or an offset (+30s, -1m): {text[:40]!r}{reason}"
        ) from None
    return "clock", moment.hour * 3600 + moment.minute * 60 + moment.second


def _stream_start_at(when: StreamStart | None, went_live_at: float) -> float:
    """Epoch seconds; a clock time is taken on the day (before, of or after the go-live) nearest to it."""
    if when is None:
        return went_live_at
    kind, seconds = when
    if kind == "offset":
        return went_live_at + seconds
    live = datetime.fromtimestamp(went_live_at)
    midnight = live.replace(hour=0, minute=0, second=0, microsecond=0)
    candidates = [(midnight + timedelta(days=day, seconds=seconds)).timestamp() for day in (-1, 0, 1)]
    return min(candidates, key=lambda at: abs(at - went_live_at))


def _dropped_alert() -> float:
    """The encoder's amber threshold as this machine sets it (the venue's, the user's), for the chart's
    lane; a settings file that cannot be read leaves the default (the report does not depend on it)."""
    from console.errors import InputError
    from console.settings import Settings, load_settings
    from console.venue import venue_settings

    try:
        return load_settings(base=venue_settings()).encoder_dropped_percent / 100
    except InputError as error:
        print(f"cicerone: warning: {error}; the chart marks dropped frames over the default", file=sys.stderr)
        return Settings().encoder_dropped_percent / 100


def cmd_report(args: argparse.Namespace) -> int:
    from console.formats.session_report import dump_stop_figures_csv  # not on the GUI's start
    from console.show.chapters import MIN_CHAPTERS, chapters

    sessions = SessionRepository(database(args))
    session = sessions.get(args.id)
    text: str | bytes
    if args.format in ("pdf", "png") and args.output is None and sys.stdout.isatty():
        what = args.format.upper()
        print(f"cicerone: a {what} is not text: give -o FILE (or -o - to pipe it)", file=sys.stderr)
        return 2
    if args.format in ("pdf", "html", "png"):
        from console.reporting import documents
        from console.reporting.chart import ChartOptions

        options = ChartOptions(dropped_alert=_dropped_alert())
        report = sessions.report(args.id, anonymize=args.anonymize)
        text = documents.report_file(report, args.format, width=args.width, options=options)
    elif args.format == "csv":
        text = dump_stop_figures_csv(sessions.report(args.id, anonymize=args.anonymize))
    else:
        if session.went_live_at is None:
            print(f"cicerone: session {args.id} never went live: no chapters", file=sys.stderr)
            return 1
        start = _stream_start_at(args.stream_start, session.went_live_at)
        if args.stream_start is None:  # the encoder's own start of the stream, when it told us
            from console.show.encoder import encoder_stream_start

            start = encoder_stream_start(sessions.encoder_records(args.id)) or start
        found = chapters(session, start, session.ended_at)
        if len(found) < MIN_CHAPTERS:
            print(
                f"cicerone: only {len(found)} chapter(s) of at least 10 seconds; YouTube needs "
                f"{MIN_CHAPTERS} or more, so there are no chapters for session {args.id}",
                file=sys.stderr,
            )
            return 1
        text = "".join(chapter.line() + "\n" for chapter in found)
    write_output(text, args.output, protect=databases_in_use(args))
    return 0
