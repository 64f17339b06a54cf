"""A session afterwards: each stop planned vs actual, and every note, as JSON or CSV (with the viewer readings
in JSON, so anyone can recompute the figures); the report's per-stop figures as CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from console.formats.csv_format import neutralised
from console.show.clock import show_clock
from console.show.encoder import EncoderRecord
from console.show.report import Report
from console.show.session import Session
from console.show.viewers import ViewerSample


def iso(at: float | None, timespec: str = "seconds") -> str | None:
    return None if at is None else datetime.fromtimestamp(at, UTC).isoformat(timespec=timespec)


def session_report(
    session: Session,
    samples: Sequence[ViewerSample] | None = None,
    encoder: Sequence[EncoderRecord] | None = None,
) -> dict[str, Any]:
    """The session as data; ``samples`` (the viewer readings) go in ``viewer_samples`` and ``encoder`` (what
    OBS said) in ``encoder`` when given."""
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
        **({} if samples is None else {"viewer_samples": [_sample(sample) for sample in samples]}),
        **({} if encoder is None else {"encoder": [_encoder(record) for record in encoder]}),
    }


def _encoder(record: EncoderRecord) -> dict[str, Any]:
    return {
        "at": iso(record.at, "milliseconds"),
        "kind": record.kind,
        "streaming": record.streaming,
        "reconnecting": record.reconnecting,
        "recording": record.recording,
        "bitrate_kbps": record.bitrate_kbps,
        "dropped_share": record.dropped_share,
        "congestion": record.congestion,
        "stream_started": iso(record.stream_started_at),
        **({"reason": str(record.reason)} if record.reason else {}),
    }


def _sample(sample: ViewerSample) -> dict[str, Any]:
    return {
        "at": iso(sample.at, "milliseconds"),
        "source": sample.source,
        "state": sample.state,
        "viewers": sample.viewers,
    }


def dump_session_json(
    session: Session,
    samples: Sequence[ViewerSample] | None = None,
    encoder: Sequence[EncoderRecord] | None = None,
) -> str:
    return json.dumps(session_report(session, samples, encoder), ensure_ascii=False, indent=2) + "\n"


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
    rows: list[dict[str, Any]] = []
    write = rows.append
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
    return excel_csv(CSV_COLUMNS, rows)


def excel_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    """A sheet Excel opens right: a BOM (UTF-8, not the locale's code page), CRLF, and typed text that a
    spreadsheet would run as a formula neutralised; numbers stay numbers."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {key: neutralised(value) if isinstance(value, str) else value for key, value in row.items()}
        )
    return "\ufeff" + out.getvalue()


STOP_FIGURE_COLUMNS = (
    "stop",
    "title",
    "visits",
    "arrived",
    "left",
    "arrived_show_s",
    "left_show_s",
    "planned_s",
    "actual_s",
    "difference_s",
    "viewers_at_arrival",
    "viewers_at_departure",
    "peak",
    "peak_at",
    "average",
    "change",
    "hold",
    "share_of_peak",
    "counted_s",
    "stands_out",
)


def dump_stop_figures_csv(report: Report) -> str:
    """One row per stop of the tour with every per-stop figure (README, "After the show"); a stop never
    reached has its plan and empty cells. ``stands_out`` is ``gained most`` or ``lost most``."""

    def rounded(value: float | None, digits: int = 1) -> float | None:
        return None if value is None else round(value, digits)

    rows = []
    for stop in report.stops:
        audience = stop.audience
        rows.append(
            {
                "stop": stop.number,
                "title": stop.title,
                "visits": stop.visits,
                "arrived": iso(stop.arrived),
                "left": iso(stop.left),
                "arrived_show_s": rounded(stop.arrived_show_s),
                "left_show_s": rounded(stop.left_show_s),
                "planned_s": stop.planned_s,
                "actual_s": rounded(stop.actual_s),
                "difference_s": rounded(stop.difference_s),
                "viewers_at_arrival": audience.at_arrival,
                "viewers_at_departure": audience.at_departure,
                "peak": audience.peak,
                "peak_at": iso(audience.peak_at),
                "average": rounded(audience.average),
                "change": audience.change,
                "hold": rounded(audience.hold, 3),
                "share_of_peak": rounded(stop.share_of_peak, 3),
                "counted_s": rounded(audience.counted_s),
                "stands_out": (
                    "gained most"
                    if stop.index == report.gained_most
                    else "lost most"
                    if stop.index == report.lost_most
                    else None
                ),
            }
        )
    return excel_csv(STOP_FIGURE_COLUMNS, rows)
