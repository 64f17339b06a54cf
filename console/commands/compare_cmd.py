"""``cicerone session compare A B``: two sessions of one tour side by side, stop by stop."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from console.commands.common import database, record_id

if TYPE_CHECKING:
    from console.show.compare import Comparison, StopPair
    from console.show.report import Report, StopFigures


def register_compare(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``compare`` to ``cicerone session``'s commands."""
    cmp = sub.add_parser(
        "compare",
        help="two sessions side by side: each stop's time and hold",
        description=(
            "Each stop's actual time and hold (departure ÷ arrival viewers) in session A and in session B, "
            "and the difference B − A; '!' marks a stop whose time differs by 30 s or more or whose hold "
            "differs by 10 points or more. Stops are paired by the same position and title, then by the same "
            "title elsewhere; the others are listed as only in A or only in B (see README, 'After the show')."
        ),
    )
    cmp.add_argument("a", type=record_id, metavar="A", help="a session id (see 'cicerone session list')")
    cmp.add_argument("b", type=record_id, metavar="B", help="the session to compare it with")
    cmp.add_argument("--json", action="store_true", help="print the comparison as JSON")
    cmp.set_defaults(func=cmd_compare)


def cmd_compare(args: argparse.Namespace) -> int:
    from console.store.session_compare import compare_sessions

    comparison = compare_sessions(database(args), args.a, args.b)
    if not comparison.same_tour:
        print(
            f"cicerone: note: sessions {args.a} and {args.b} are of different tours; stops matched by title",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps(_as_data(comparison), ensure_ascii=False))
    else:
        print(_as_text(comparison), end="")
    return 0


def _as_data(comparison: Comparison) -> dict[str, Any]:
    from console.formats.session_report import iso

    def session(report: Report) -> dict[str, Any]:
        s = report.session
        return {
            "id": s.id,
            "kind": s.kind,
            "date": iso(s.went_live_at if s.went_live_at is not None else s.created_at),
            "tour": s.tour.title,
            "length_s": round(report.show.length_s, 1),
        }

    def stop(figures: StopFigures | None) -> dict[str, Any] | None:
        if figures is None:
            return None
        audience = figures.audience
        return {
            "number": figures.number,
            "title": figures.title,
            "visits": figures.visits,
            "planned_s": figures.planned_s,
            "actual_s": _rounded(figures.actual_s),
            "difference_s": _rounded(figures.difference_s),
            "viewers_at_arrival": audience.at_arrival,
            "viewers_at_departure": audience.at_departure,
            "change": audience.change,
            "hold": _rounded(audience.hold, 4),
        }

    def pair(row: StopPair) -> dict[str, Any]:
        return {
            "title": row.title,
            "match": row.match,
            "a": stop(row.a),
            "b": stop(row.b),
            "time_difference_s": _rounded(row.time_difference_s),
            "hold_difference": _rounded(row.hold_difference, 4),
            "stands_out": row.stands_out,
        }

    return {
        "a": session(comparison.a),
        "b": session(comparison.b),
        "same_tour": comparison.same_tour,
        "stops": [pair(row) for row in comparison.pairs],
        "only_in_a": [{"number": s.number, "title": s.title} for s in comparison.only_in_a],
        "only_in_b": [{"number": s.number, "title": s.title} for s in comparison.only_in_b],
    }


def _rounded(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _as_text(comparison: Comparison) -> str:
    from console.show.durations import format_clock, format_signed

    lines = []
    for name, report in (("A", comparison.a), ("B", comparison.b)):
        s = report.session
        kind = "show" if s.kind == "live" else s.kind
        at = s.went_live_at if s.went_live_at is not None else s.created_at
        date = datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M")
        length = format_clock(report.show.length_s)
        lines.append(f"{name}: session {s.id} · {kind} · {date} · {_flat(s.tour.title)} · {length}")
    lines.append(f"length B − A: {format_signed(comparison.length_difference_s)}")
    lines.append("")
    lines.append(
        f"{'':1} {'A':>3} {'B':>3}  {'STOP':<28} {'TIME A':>8} {'TIME B':>8} {'B − A':>8}  "
        f"{'HOLD A':>6} {'HOLD B':>6} {'B − A':>8}"
    )
    for row in comparison.pairs:
        a_time = "-" if row.a is None or row.a.actual_s is None else format_clock(row.a.actual_s)
        b_time = "-" if row.b is None or row.b.actual_s is None else format_clock(row.b.actual_s)
        time = "" if row.time_difference_s is None else format_signed(row.time_difference_s)
        a_hold = _percent(None if row.a is None else row.a.audience.hold)
        b_hold = _percent(None if row.b is None else row.b.audience.hold)
        hold = "" if row.hold_difference is None else f"{row.hold_difference * 100:+.0f} pts"
        lines.append(
            f"{'!' if row.stands_out else ' '} {_number(row.a):>3} {_number(row.b):>3}  "
            f"{_flat(row.title)[:28]:<28} {a_time:>8} {b_time:>8} {time:>8}  "
            f"{a_hold:>6} {b_hold:>6} {hold:>8}"
        )
    for name, stops in (("A", comparison.only_in_a), ("B", comparison.only_in_b)):
        if stops:
            listed = "; ".join(f"{stop.number} {_flat(stop.title)}" for stop in stops)
            lines.append(f"only in {name}: {listed}")
    return "".join(line + "\n" for line in lines)


def _number(figures: StopFigures | None) -> str:
    return "-" if figures is None else str(figures.number)


def _percent(hold: float | None) -> str:
    return "-" if hold is None else f"{hold:.0%}"


def _flat(text: str) -> str:
    """One printable line: a control character in a stored title must not move the terminal's cursor."""
    return "".join(char if char.isprintable() else " " for char in text)
