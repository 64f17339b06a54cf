"""A tour (the prepared route) and its stops."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Stop:
    """One stop of the route: an artwork or a place, with what to say there."""

    title: str
    duration_s: int
    location: str = ""
    artist: str = ""
    date: str = ""
    medium: str = ""
    image: str = ""
    talking_points: str = ""

    def facts(self) -> list[tuple[str, str]]:
        """The artwork facts worth showing, in reading order, leaving out empty ones."""
        labelled = [
            ("Artist", self.artist),
            ("Date", self.date),
            ("Medium", self.medium),
            ("Location", self.location),
        ]
        return [(label, value) for label, value in labelled if value]


@dataclass(frozen=True)
class Tour:
    """A prepared route. ``slot_s`` is the broadcast slot, when the producer gave one."""

    title: str
    stops: tuple[Stop, ...] = ()
    slot_s: int | None = None
    language: str = ""
    introduction: str = ""
    id: int | None = None
    images: dict[str, bytes] = field(default_factory=dict, compare=False, repr=False)

    @property
    def planned_total_s(self) -> int:
        return sum(stop.duration_s for stop in self.stops)

    @property
    def budget_s(self) -> int:
        """What the show is measured against: the slot, or the plan when there is no slot."""
        return self.slot_s if self.slot_s is not None else self.planned_total_s

    def planned_offsets(self) -> list[int]:
        """Each stop's planned start, in seconds from go-live."""
        offsets, at = [], 0
        for stop in self.stops:
            offsets.append(at)
            at += stop.duration_s
        return offsets

    def with_id(self, tour_id: int) -> Tour:
        return replace(self, id=tour_id)


STOP_FIELDS = ("title", "duration_s", "location", "artist", "date", "medium", "image", "talking_points")
TOUR_FORMAT = "cicerone-tour"
TOUR_FORMAT_VERSION = 1


def tour_to_dict(tour: Tour) -> dict[str, object]:
    """The JSON shape of a tour (``format: cicerone-tour``, version 1), images left out."""
    return {
        "format": TOUR_FORMAT,
        "version": TOUR_FORMAT_VERSION,
        "title": tour.title,
        "slot_s": tour.slot_s,
        "language": tour.language,
        "introduction": tour.introduction,
        "stops": [{name: getattr(stop, name) for name in STOP_FIELDS} for stop in tour.stops],
    }


def tour_from_dict(data: dict[str, object], *, tour_id: int | None = None) -> Tour:
    """The inverse of :func:`tour_to_dict` for data already validated (see ``console.formats.json_format``)."""
    stops_data = data.get("stops") or []
    assert isinstance(stops_data, list)
    stops = tuple(
        Stop(**{name: item.get(name, "" if name != "duration_s" else 0) or _empty(name) for name in STOP_FIELDS})
        for item in stops_data
    )
    slot = data.get("slot_s")
    return Tour(
        id=tour_id,
        title=str(data["title"]),
        slot_s=int(slot) if isinstance(slot, int | float) else None,
        language=str(data.get("language") or ""),
        introduction=str(data.get("introduction") or ""),
        stops=stops,
    )


def _empty(name: str) -> object:
    return 0 if name == "duration_s" else ""
