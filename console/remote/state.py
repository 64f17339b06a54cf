"""The show's state as the API tells it, made on the GUI thread into bytes no other thread can change.

``GET /api/state`` and every WebSocket update carry this shape (the README documents it; later features add
fields, never rename them)::

    {"on_air", "tour": {"title", "language"}, "stops": [{"title", "planned_s", "actual_s", "done"}],
     "current" (1-based or null), "clock": {"elapsed_s", "remaining_s", "stop_left_s", "projected_end"},
     "viewers": {"total", "state", "stale", "age_s"}, "cue",
     "questions": {"pinned", "new": [{"id", "author", "platform", "text", "count", "at"}]} or null}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from console.audience.tally import TotalView
from console.live.controller import LiveController
from console.live.questions import QuestionDesk
from console.show.clock import StopStatus
from console.show.questions import Question
from console.show.tour import tour_read_in


@dataclass(frozen=True)
class Snapshot:
    """One moment of the show: the state and its JSON, made once and shared read-only with the server."""

    state: dict[str, Any]
    body: bytes
    current: int | None  # 1-based, for ?from=N checks without parsing


def content_language(controller: LiveController) -> str:
    """The talking points' language: the live show's (the guide's L switch, kept with the session), else the
    one the next show starts in (L off air changes it too)."""
    return controller.language


def viewers_state(view: TotalView | None) -> dict[str, Any]:
    if view is None:
        return {"total": None, "state": "none", "stale": False, "age_s": None}
    if view.viewers is None:
        return {"total": None, "state": "waiting", "stale": False, "age_s": None}
    age = round(view.age_s, 1) if view.age_s is not None else None
    state = "stale" if view.stale else "live"
    return {"total": view.viewers, "state": state, "stale": view.stale, "age_s": age}


QUESTIONS_LISTED = 10  # the newest questions the producer view can pin (question/pin/ID)


def questions_state(desk: QuestionDesk | None) -> dict[str, Any] | None:
    """The pinned question and the newest unanswered ones, or None when no chat source is set."""
    if desk is None:
        return None

    def shown(question: Question) -> dict[str, Any]:
        message = question.message
        return {
            "id": question.id,
            "author": message.author,
            "platform": message.platform,
            "text": message.text,
            "count": question.count,
            "at": round(message.at, 3),
        }

    pinned = desk.pinned
    new = [shown(q) for q in desk.board if q.state == "new"][:QUESTIONS_LISTED]
    return {"pinned": shown(pinned) if pinned is not None else None, "new": new}


def make_snapshot(
    controller: LiveController, view: TotalView | None, desk: QuestionDesk | None = None
) -> Snapshot:
    clock = controller.snapshot()
    tour = controller.tour
    language = content_language(controller)
    read = tour_read_in(tour, language)  # titles in the language on air, read once per switch
    stops: list[dict[str, Any]] = []
    for index, stop in enumerate(read.stops):
        timing = clock.stops[index] if clock is not None and index < len(clock.stops) else None
        stops.append(
            {
                "title": stop.title,
                "planned_s": stop.duration_s,
                "actual_s": round(timing.actual_s, 1) if timing is not None else 0.0,
                "done": timing is not None and timing.status is StopStatus.DONE,
            }
        )
    current = clock.current_index + 1 if clock is not None and clock.current_index is not None else None
    state: dict[str, Any] = {
        "on_air": controller.on_air,
        "tour": {"title": read.title, "language": language},
        "stops": stops,
        "current": current,
        "clock": {
            "elapsed_s": round(clock.elapsed_s, 1) if clock is not None else 0.0,
            "remaining_s": round(clock.remaining_s, 1) if clock is not None else float(tour.budget_s),
            "stop_left_s": round(clock.current_left_s, 1) if current is not None and clock else None,
            "projected_end": round(clock.projected_end, 1)
            if clock is not None and clock.projected_end is not None
            else None,
        },
        "viewers": viewers_state(view),
        "cue": controller.cue,
        "questions": questions_state(desk),
    }
    body = json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Snapshot(state=state, body=body, current=current)
