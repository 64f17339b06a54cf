"""The show's state as the API tells it, made on the GUI thread into bytes no other thread can change.

``GET /api/state`` and every WebSocket update carry this shape (the README documents it; later features add
fields, never rename them)::

    {"on_air", "tour": {"title", "language"}, "stops": [{"title", "planned_s", "actual_s", "done"}],
     "current" (1-based or null), "clock": {"elapsed_s", "remaining_s", "stop_left_s", "projected_end"},
     "viewers": {"total", "state", "stale", "age_s"}, "cue"}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from console.audience.tally import TotalView
from console.live.controller import LiveController
from console.show.clock import StopStatus
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


def advice_state(controller: LiveController) -> dict[str, Any] | None:
    """The time rescue for the producer's view: the advice (``tour advise --json``'s shape), its line and
    whether it is the one adopted; None while the show is on time or off air."""
    advice = controller.advice()
    if advice is None or advice.late_s == 0:
        return None
    session = controller.session
    adopted = session is not None and bool(session.adopted) and session.adopted == advice.targets()
    return {**advice.as_json(), "line": str(advice.line() or ""), "adopted": adopted}


def make_snapshot(controller: LiveController, view: TotalView | None) -> Snapshot:
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
        "advice": advice_state(controller),
    }
    body = json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Snapshot(state=state, body=body, current=current)
