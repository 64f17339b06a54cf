"""A session afterwards: each stop planned vs actual, and every note, as JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

from console.formats.csv_format import neutralised
from console.show.clock import show_clock
from console.show.session import Session


def iso(at: float | None) -> str | None:
    return None if at is None else datetime.fromtimestamp(at, UTC).isoformat(timespec="seconds")


def session_report(session: Session) -> dict[str, Any]:
    end = (
        session.ended_at
        if session.ended_at is not None
        else (session.arrivals[-1].at if session.arrivals else 0)
    )
    clock = show_clock(session, end)
    visits = session.visits()
    stops = []
    for timing in clock.stops:
        own = [visit for visit in visits if visit.stop_index == timing.index]
        stop = session.tour.stops[timing.index]
        stops.append(
            {
                "number": timing.index + 1,
                "title": stop.title,
                "planned_start_s": timing.planned_start_s,
                "planned_duration_s": timing.planned_s,
                "arrived": iso(own[0].arrived) if own else None,
                "left": iso(own[-1].left) if own else None,
                "actual_duration_s": round(timing.actual_s, 1) if own else None,
                "delta_s": round(timing.delta_s, 1) if own else None,
                "visits": len(own),
            }
        )
    notes = [
        {
            "at": iso(note.at),
            "show_time_s": None if note.show_s is None else round(note.show_s, 1),
            "stop": None if note.stop_index is None else note.stop_index + 1,
            "stop_title": None if note.stop_index is None else session.tour.stops[note.stop_index].title,
            "text": note.text,
            "viewers": note.viewers,
        }
        for note in session.notes
    ]
    switches = [
        {
            "at": iso(switch.at),
            "show_time_s": None if switch.show_s is None else round(switch.show_s, 1),
            "language": switch.language,
        }
        for switch in session.language_switches
    ]
    return {
        "session": session.id,
        "kind": session.kind,
        "tour": session.tour.title,
        "slot_s": session.tour.slot_s,
        "went_live": iso(session.went_live_at),
        "ended": iso(session.ended_at),
        "elapsed_s": round(clock.elapsed_s, 1),
        "stops": stops,
        "notes": notes,
        "language": session.tour.main_language or None,
        "language_switches": switches,
    }


def dump_session_json(session: Session) -> str:
    return json.dumps(session_report(session), ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = (
    "record",
    "stop",
    "title",
    "planned_start_s",
    "planned_duration_s",
    "arrived",
    "left",
    "actual_duration_s",
    "delta_s",
    "at",
    "show_time_s",
    "text",
    "viewers",
)


def dump_session_csv(session: Session) -> str:
    """One sheet: a row per stop (record=stop), then a row per note (record=note), then a row per switch of
    the talking points' language on air (record=language, the language in ``text``).

    Text a guide or producer typed (a stop's title, a note) that a spreadsheet would run as a formula gets a
    ``'`` before it (see :func:`~console.formats.csv_format.neutralised`); numbers stay numbers.
    """
    report = session_report(session)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()

    def write(row: dict[str, Any]) -> None:
        writer.writerow(
            {key: neutralised(value) if isinstance(value, str) else value for key, value in row.items()}
        )

    for stop in report["stops"]:
        write({"record": "stop", "stop": stop["number"], **{k: stop[k] for k in CSV_COLUMNS if k in stop}})
    for note in report["notes"]:
        write(
            {
                "record": "note",
                "stop": note["stop"],
                "title": note["stop_title"],
                "at": note["at"],
                "show_time_s": note["show_time_s"],
                "text": note["text"],
                "viewers": note["viewers"],
            }
        )
    for switch in report["language_switches"]:
        write(
            {
                "record": "language",
                "at": switch["at"],
                "show_time_s": switch["show_time_s"],
                "text": switch["language"],
            }
        )
    return "\ufeff" + out.getvalue()
