"""``cicerone tour``: import, list, export, check."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from console.commands.common import database, databases_in_use, is_stdout, record_id, write_output
from console.errors import InputError, KnownError
from console.formats import EXPORT_SUFFIXES, dump_tour, load_tour, save_tour
from console.show.checks import missed_latest_starts
from console.show.durations import format_clock, format_duration, parse_duration, parse_positive_duration
from console.show.limits import MAX_SLOT_S
from console.show.tour import Tour
from console.store import SessionRepository, TourRepository

EXPORT_FORMATS = tuple(EXPORT_SUFFIXES)


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tour = commands.add_parser(
        "tour", help="import, list, export and check tours", description="Tours: the prepared routes."
    )
    sub = tour.add_subparsers(title="tour commands", metavar="COMMAND", required=True)

    imp = sub.add_parser(
        "import",
        help="import a tour file; prints the new tour's id last",
        description="Import a tour script. Nothing is imported if the file has any error.",
    )
    imp.add_argument("file", help="the tour file (.md, .json, .csv, .cicerone)")
    imp.add_argument("--title", help="the tour's title, for files that carry none (CSV)")
    imp.add_argument("--slot", help="the broadcast slot, e.g. 2h, for files that carry none (CSV)")
    imp.add_argument(
        "--language",
        metavar="CODE",
        help="the main content language (en, fr, zh...), for files that carry none (CSV)",
    )
    imp.set_defaults(func=cmd_import)

    lst = sub.add_parser("list", help="list the tours", description="List the tours in the database.")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(func=cmd_list)

    exp = sub.add_parser(
        "export", help="export a tour", description="Export a tour to a file or standard output."
    )
    exp.add_argument("id", type=record_id, help="the tour id (see 'cicerone tour list')")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="md", help="output format (default md)")
    exp.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    exp.add_argument(
        "--language",
        metavar="CODE",
        help="the content language to print the run-sheet in (pdf only; one of the tour's languages)",
    )
    exp.set_defaults(func=cmd_export)

    chk = sub.add_parser(
        "check",
        help="validate a tour file without importing it",
        description="Validate a tour file: exit 0 if it fits its slot, 1 if it runs over, 2 if invalid. "
        "A tour in several languages also gets each translated language's count of stops translated.",
    )
    chk.add_argument("file", help="the tour file")
    chk.set_defaults(func=cmd_check)

    adv = sub.add_parser(
        "advise",
        help="what to shorten or skip to end on time, at a moment of the show",
        description="The time-rescue advice at a moment of the show: the stops to shorten (never below "
        "their min:) or skip (only optional: yes ones) to end within the slot and meet every latest:. "
        "Exit 0 when the advice ends on time, 1 when nothing can, 2 on bad input.",
    )
    adv.add_argument(
        "tour",
        help="a tour file, or a tour id in the database (its past shows tell which stops held the audience)",
    )
    adv.add_argument("--at-stop", required=True, metavar="N", help="the current stop, 1 for the first")
    adv.add_argument("--elapsed", required=True, metavar="TIME", help="show time so far: 90s, 6m, 1:30:00")
    adv.add_argument("--spent-here", metavar="TIME", default="0s", help="time spent at the current stop")
    adv.add_argument("--json", action="store_true", help="print JSON")
    adv.set_defaults(func=cmd_advise)


def read_tour_file(args: argparse.Namespace) -> Tour:
    """The tour in ``args.file``; ``--title``/``--slot`` (when the command has them) override the file's."""
    slot = getattr(args, "slot", None)
    slot_s = None
    if slot is not None:
        try:
            slot_s = parse_positive_duration(slot, at_most_s=MAX_SLOT_S)
        except ValueError as error:
            raise InputError(f"--slot: {error}") from None
    return load_tour(
        Path(args.file),
        title=getattr(args, "title", None),
        slot_s=slot_s,
        language=getattr(args, "language", None),
    )


def cmd_import(args: argparse.Namespace) -> int:
    tour = read_tour_file(args)
    tour_id = TourRepository(database(args)).add(tour)
    print(
        f"imported '{tour.title}': {len(tour.stops)} stops, {format_duration(tour.planned_total_s)} planned"
    )
    if tour.languages:
        print(f"languages: {', '.join(tour.content_languages)} (main {tour.main_language})")
    print(tour_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows = list(TourRepository(database(args)).list())
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no tours yet: import one with 'cicerone tour import FILE'")
        return 0
    print(f"{'ID':>4}  {'STOPS':>5}  {'PLANNED':>8}  {'SLOT':>8}  TITLE")
    for row in rows:
        slot = format_clock(row["slot_s"]) if row["slot_s"] else "-"
        print(
            f"{row['id']:>4}  {row['stop_count']:>5}  {format_clock(row['planned_s']):>8}  "
            f"{slot:>8}  {row['title']}"
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    tour = TourRepository(database(args)).get(args.id, with_images=True)
    if is_stdout(args.output):
        write_output(dump_tour(tour, args.format, language=args.language), None)
    else:
        save_tour(tour, args.format, args.output, protect=databases_in_use(args), language=args.language)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    tour = read_tour_file(args)
    offsets = tour.planned_offsets()
    print(f"{tour.title}: {len(tour.stops)} stops")
    for number, (stop, offset) in enumerate(zip(tour.stops, offsets, strict=True), start=1):
        print(f"{number:>3}. {format_clock(offset):>8}  {format_duration(stop.duration_s):>8}  {stop.title}")
    print_completeness(tour)
    late = print_missed_latest_starts(tour)
    planned = tour.planned_total_s
    if tour.slot_s is None:
        print(f"planned {format_duration(planned)}; no slot given")
        return 1 if late else 0
    spare = tour.spare_s
    assert spare is not None
    if spare < 0:
        print(
            f"planned {format_duration(planned)} is OVER the {format_duration(tour.slot_s)} slot "
            f"by {format_duration(-spare)}"
        )
        return 1
    print(
        f"planned {format_duration(planned)} fits the {format_duration(tour.slot_s)} slot "
        f"({format_duration(spare)} spare)"
    )
    return 1 if late else 0


def print_missed_latest_starts(tour: Tour) -> bool:
    """A line per stop the plan starts after its ``latest:`` (a plan that misses the live cross does not
    fit, whatever the slot says); True when there is one."""
    missed = missed_latest_starts(tour)
    for index, planned, earliest in missed:
        stop = tour.stops[index]
        latest = stop.latest_s or 0
        reach = (
            f"it cannot start before {format_clock(earliest)} even at the shortest"
            if earliest > latest
            else "the time rescue can bring it forward (shorter or skipped stops before it)"
        )
        print(
            f"stop {index + 1} ({stop.title}) starts at {format_clock(planned)} in the plan, after its "
            f"latest start {format_clock(latest)}: {reach}"
        )
    return bool(missed)


def print_completeness(tour: Tour) -> None:
    """Per translated language: ``fr: 12/12 stops translated``, or which stops still miss their title or
    talking points in it (``zh: 9/12 stops translated — missing: 3, 7, 9``)."""
    for language, (done, total) in tour.completeness().items():
        line = f"{language}: {done}/{total} stops translated"
        missing = [
            str(number)
            for number, stop in enumerate(tour.stops, start=1)
            if stop.in_language(language)[1] & {"title", "talking_points"}
        ]
        print(f"{line} — missing: {', '.join(missing)}" if missing else line)


def cmd_advise(args: argparse.Namespace) -> int:
    from console.show.rescue import advise  # not on the GUI's start

    holds: dict[int, float] = {}
    if not args.tour.strip():  # Path("") is the current folder, which exists
        raise KnownError("TOUR: empty; give a tour file or a tour id (see 'cicerone tour list')")
    if Path(args.tour).exists() or not args.tour.strip().isdigit():
        tour = load_tour(Path(args.tour))
    else:
        try:
            tour_id = record_id(args.tour)
        except argparse.ArgumentTypeError as error:
            raise KnownError(f"TOUR: {error}") from None
        db = database(args)
        tour = TourRepository(db).get(tour_id)
        holds = SessionRepository(db).holds(tour)
    count = len(tour.stops)
    at_stop = args.at_stop.strip()
    if not (at_stop.isascii() and at_stop.isdigit() and len(at_stop) <= 9 and 1 <= int(at_stop) <= count):
        raise KnownError(f"--at-stop: the tour's stops are numbered 1 to {count}, not {args.at_stop[:40]!r}")
    elapsed, spent = _show_time("--elapsed", args.elapsed), _show_time("--spent-here", args.spent_here)
    if spent > elapsed:
        raise KnownError("--spent-here is longer than --elapsed: the show cannot have spent more at one stop")
    current = int(at_stop) - 1
    advice = advise(
        tour,
        current=current,
        elapsed_s=elapsed,
        spent_here_s=spent,
        finished=frozenset(range(current)),
        holds=holds,
    )
    if args.json:
        print(json.dumps(advice.as_json(), ensure_ascii=False, indent=2))
        return 0 if advice.fits else 1
    print(advice.line() or ("on time" if tour.slot_s is not None else "no slot: the end is open"))
    for stop in advice.stops:
        target = "skip" if stop.skip else format_clock(stop.target_s)
        mark = "*" if stop.changed else " "
        print(f"{mark}{stop.index + 1:>3}. {format_clock(stop.planned_s):>8} → {target:>8}  {stop.title}")
    return 0 if advice.fits else 1


def _show_time(option: str, text: str) -> int:
    try:
        return parse_duration(text)
    except ValueError as error:
        raise KnownError(f"{option}: {error}") from None
