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
from console.show.questions import Question, anonymized
from console.show.report import Report
from console.show.session import Session
from console.show.viewers import ViewerSample


def iso(at: float | None, timespec: str = "seconds") -> str | None:
    return None if at is None else datetime.fromtimestamp(at, UTC).isoformat(timespec=timespec)


def session_report(
    session: Session,
    samples: Sequence[ViewerSample] | None = None,
    questions: Sequence[Question] | None = None,
    *,
    anonymize: bool = False,
    encoder: Sequence[EncoderRecord] | None = None,
) -> dict[str, Any]:
    """The session as data; ``samples`` (the viewer readings) go in ``viewer_samples`` when given, and the
    audience's ``questions`` under the stop that was on air when each was asked (the ones asked before the
    first stop in ``questions_before_live``); ``anonymize`` replaces the askers' names; ``encoder`` (what OBS
    said) goes in ``encoder`` when given."""
    asked = _questions(session, questions or (), anonymize)
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
                **({} if questions is None else {"questions": asked.get(timing.index, [])}),
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
        "adoptions": [
            {
                "at": iso(adoption.at),
                "show_time_s": None if adoption.show_s is None else round(adoption.show_s, 1),
                "targets": [
                    {"stop": index + 1, "target_s": target, "skip": skip}
                    for index, target, skip in adoption.targets
                ],
            }
            for adoption in session.adoptions
        ],
        **({} if samples is None else {"viewer_samples": [_sample(sample) for sample in samples]}),
        **({} if questions is None else {"questions_before_live": asked.get(None, [])}),
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


def _questions(
    session: Session, questions: Sequence[Question], anonymize: bool
) -> dict[int | None, list[dict[str, Any]]]:
    """Questions by stop index, oldest first; anonymised names are "viewer N", one per asker, in order."""
    by_stop: dict[int | None, list[dict[str, Any]]] = {}
    ordered = anonymized(questions) if anonymize else sorted(questions, key=lambda q: (q.message.at, q.id))
    for question in ordered:
        by_stop.setdefault(question.stop_index, []).append(
            {
                "at": iso(question.message.at),
                "show_time_s": _show_s(session, question.message.at),
                "platform": question.message.platform,
                "author": question.message.author,
                "text": question.message.text,
                "count": question.count,
                "state": question.state,
                "answered": iso(question.answered_at),
            }
        )
    return by_stop


def _show_s(session: Session, at: float) -> float | None:
    show_s = session.show_time(at)
    return None if show_s is None else round(show_s, 1)


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
    questions: Sequence[Question] | None = None,
    *,
    anonymize: bool = False,
    encoder: Sequence[EncoderRecord] | None = None,
) -> str:
    report = session_report(session, samples, questions, anonymize=anonymize, encoder=encoder)
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


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
    "platform",
    "author",
    "count",
    "answered",
)


def dump_session_csv(
    session: Session, questions: Sequence[Question] | None = None, *, anonymize: bool = False
) -> str:
    """One sheet: a row per stop (record=stop), then a row per note (record=note), then a row per switch of
    the talking points' language on air (record=language, the language in ``text``), then the time rescue's
    adoptions (record=adopted: a row per stop, ``target N s`` or ``skip`` in ``text``; ``reverted``), then
    the audience's questions (record=question: the stop it was first asked at, ``platform``, ``author``,
    ``count`` of askings, ``answered`` when it was; ``anonymize`` replaces the names).

    Text a guide or producer typed (a stop's title, a note) that a spreadsheet would run as a formula gets a
    ``'`` before it (see :func:`~console.formats.csv_format.neutralised`); numbers stay numbers.
    """
    report = session_report(session, questions=questions, anonymize=anonymize)
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
    for adoption in report["adoptions"]:  # the time rescue's targets, a row per stop (or one: reverted)
        moment = {"record": "adopted", "at": adoption["at"], "show_time_s": adoption["show_time_s"]}
        if not adoption["targets"]:
            write({**moment, "text": "reverted"})
        for target in adoption["targets"]:
            said = "skip" if target["skip"] else f"target {target['target_s']} s"
            title = (
                session.tour.stops[target["stop"] - 1].title
                if target["stop"] <= len(session.tour.stops)
                else ""
            )
            write({**moment, "stop": target["stop"], "title": title, "text": said})
    asked = [(None, None, report.get("questions_before_live", []))]
    asked += [(stop["number"], stop["title"], stop.get("questions", [])) for stop in report["stops"]]
    for number, title, questions_there in asked:
        for question in questions_there:
            write(
                {
                    "record": "question",
                    "stop": number,
                    "title": title,
                    "at": question["at"],
                    "show_time_s": question["show_time_s"],
                    "text": question["text"],
                    "platform": question["platform"],
                    "author": question["author"],
                    "count": question["count"],
                    "answered": question["answered"],
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
    "questions",
    "questions_answered",
)


def dump_stop_figures_csv(report: Report) -> str:
    """One row per stop of the tour with every per-stop figure (README, "After the show"); a stop never
    reached has its plan and empty cells. ``stands_out`` is ``gained most`` or ``lost most``; ``questions``
    counts the audience's questions first asked at the stop (one however often it was asked again) and
    ``questions_answered`` those the guide answered."""

    def rounded(value: float | None, digits: int = 1) -> float | None:
        return None if value is None else round(value, digits)

    rows = []
    for stop in report.stops:
        audience = stop.audience
        asked = report.questions_at(stop.index)
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
                "questions": len(asked),
                "questions_answered": sum(question.state == "answered" for question in asked),
            }
        )
    return excel_csv(STOP_FIGURE_COLUMNS, rows)
