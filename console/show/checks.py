"""What a tour still lacks before it can go on air: the producer's warnings, in plain words."""

from __future__ import annotations

from console.show.durations import format_duration
from console.show.tour import Stop, Tour


def stop_warnings(stop: Stop, images: dict[str, bytes]) -> list[str]:
    """What a stop still lacks before it can go on air."""
    found = []
    if stop.duration_s <= 0:
        found.append("no duration")
    if not stop.talking_points.strip():
        found.append("no talking points")
    if stop.image and stop.image not in images:
        found.append(f"the image '{stop.image}' is missing")
    return found


def tour_warnings(tour: Tour) -> list[str]:
    """Every warning of the tour, stop by stop, then the slot."""
    found = [
        f"Stop {number} ({stop.title or 'untitled'}): {warning}"
        for number, stop in enumerate(tour.stops, start=1)
        for warning in stop_warnings(stop, tour.images)
    ]
    if not tour.stops:
        found.append("The tour has no stops yet")
    spare = tour.spare_s
    if tour.slot_s is not None and spare is not None and spare < 0:
        found.append(f"The tour is over its {format_duration(tour.slot_s)} slot by {format_duration(-spare)}")
    return found


def slot_balance(tour: Tour) -> str:
    """``OVER by 4m`` or ``12m spare`` against the slot; empty when the tour has no slot."""
    spare = tour.spare_s
    if spare is None:
        return ""
    return f"OVER by {format_duration(-spare)}" if spare < 0 else f"{format_duration(spare)} spare"
