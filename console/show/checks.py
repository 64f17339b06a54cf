"""What a tour still lacks before it can go on air: the producer's warnings, in plain words (translatable)."""

from __future__ import annotations

from console.messages import QT_TRANSLATE_NOOP, Message
from console.show.durations import format_duration
from console.show.tour import Stop, Tour


def stop_warnings(stop: Stop, images: dict[str, bytes]) -> list[Message]:
    """What a stop still lacks before it can go on air."""
    found = []
    if stop.duration_s <= 0:
        found.append(QT_TRANSLATE_NOOP("Checks", "no duration"))
    if not stop.talking_points.strip():
        found.append(QT_TRANSLATE_NOOP("Checks", "no talking points"))
    if stop.image and stop.image not in images:
        found.append(QT_TRANSLATE_NOOP("Checks", "the image '{image}' is missing").format(image=stop.image))
    return found


def tour_warnings(tour: Tour) -> list[Message]:
    """Every warning of the tour, stop by stop, then the slot."""
    untitled = QT_TRANSLATE_NOOP("Checks", "untitled")
    found = [
        QT_TRANSLATE_NOOP("Checks", "Stop {number} ({title}): {warning}").format(
            number=number, title=stop.title or untitled, warning=warning
        )
        for number, stop in enumerate(tour.stops, start=1)
        for warning in stop_warnings(stop, tour.images)
    ]
    if not tour.stops:
        found.append(QT_TRANSLATE_NOOP("Checks", "The tour has no stops yet"))
    spare = tour.spare_s
    if tour.slot_s is not None and spare is not None and spare < 0:
        found.append(
            QT_TRANSLATE_NOOP("Checks", "The tour is over its {slot} slot by {over}").format(
                slot=format_duration(tour.slot_s), over=format_duration(-spare)
            )
        )
    return found


def slot_balance(tour: Tour) -> Message | str:
    """``OVER by 4m`` or ``12m spare`` against the slot; empty when the tour has no slot."""
    spare = tour.spare_s
    if spare is None:
        return ""
    if spare < 0:
        return QT_TRANSLATE_NOOP("Checks", "OVER by {over}").format(over=format_duration(-spare))
    return QT_TRANSLATE_NOOP("Checks", "{spare} spare").format(spare=format_duration(spare))


def missed_latest_starts(tour: Tour) -> list[tuple[int, int, int]]:
    """Per stop whose plan starts it after its ``latest:``: (index, planned start, earliest start), the
    earliest with every stop before it at its ``min:`` and the optional ones skipped (the time rescue's
    best; later than the latest, no advice can make the live cross)."""
    missed = []
    planned = earliest = 0
    for index, stop in enumerate(tour.stops):
        if stop.latest_s is not None and planned > stop.latest_s:
            missed.append((index, planned, earliest))
        planned += stop.duration_s
        earliest += 0 if stop.optional else stop.shortest_s
    return missed
