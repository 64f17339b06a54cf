"""A tour (the prepared route) and its stops."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from console.messages import QT_TRANSLATE_NOOP, Message


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

    @property
    def spare_s(self) -> int | None:
        """Slot minus plan (negative: over the slot); None when there is no slot."""
        return None if self.slot_s is None else self.slot_s - self.planned_total_s

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


def stop_from_mapping(values: Mapping[str, Any]) -> Stop:
    """A stop from a validated mapping (a JSON object, a database row); missing text fields are empty."""

    def text(name: str) -> str:
        value = values.get(name)
        return "" if value is None else str(value)

    return Stop(
        title=text("title"),
        duration_s=int(values.get("duration_s") or 0),
        location=text("location"),
        artist=text("artist"),
        date=text("date"),
        medium=text("medium"),
        image=text("image"),
        talking_points=text("talking_points"),
    )


def tour_from_dict(data: Mapping[str, Any], *, tour_id: int | None = None) -> Tour:
    """The inverse of :func:`tour_to_dict`, for data already validated (``console.formats.json_format``)."""
    slot = data.get("slot_s")
    return Tour(
        id=tour_id,
        title=str(data["title"]),
        slot_s=int(slot) if isinstance(slot, int | float) else None,
        language=str(data.get("language") or ""),
        introduction=str(data.get("introduction") or ""),
        stops=tuple(stop_from_mapping(item) for item in data.get("stops") or []),
    )


def free_image_name(wanted: str, clashes: Callable[[str], bool]) -> str:
    """``wanted``, else ``stem-2.ext``, ``stem-3.ext``... : the first name that does not clash."""
    stem, dot, suffix = wanted.rpartition(".")
    if not dot:
        stem, suffix = wanted, ""
    name, serial = wanted, 2
    while clashes(name):
        name = f"{stem}-{serial}{dot}{suffix}"
        serial += 1
    return name


def image_name_problem(name: str) -> Message | None:
    """Why ``name`` cannot be an image's own file name (None when it can).

    Images are written beside an export (in its ``NAME.images`` folder) under these names, so a name is
    one plain, visible file name: never ``.bashrc``, ``..``, ``../x`` or ``C:x``.
    """
    if not name:
        return QT_TRANSLATE_NOOP("Formats", "the name is empty")
    if name.startswith("."):
        return QT_TRANSLATE_NOOP(
            "Formats", "the name starts with '.' (a hidden file, or a way out of the folder)"
        )
    if any(char in name for char in "/\\:") or not name.isprintable():
        return QT_TRANSLATE_NOOP("Formats", "the name holds a path separator, ':' or a control character")
    return None


def image_reference_problem(reference: str, *, source_name: str = "") -> Message | None:
    """Why a tour file's ``image`` entry (a path relative to the file, ``pictures/mona.png``) is refused,
    or None. ``source_name``: the tour file's own name, which no image may take."""
    parts = reference.replace("\\", "/").split("/")
    if reference.startswith(("/", "\\")) or (len(reference) > 1 and reference[1] == ":"):
        return QT_TRANSLATE_NOOP(
            "Formats", "an image is named relative to the tour file, not by an absolute path"
        )
    if ".." in parts or "." in parts[:-1]:
        return QT_TRANSLATE_NOOP(
            "Formats", "an image must lie in the tour file's folder or below it (no '..')"
        )
    problem = image_name_problem(parts[-1])
    if problem is None and source_name and parts[-1] == source_name:
        problem = QT_TRANSLATE_NOOP("Formats", "the name is the tour file's own")
    return problem


def with_safe_image_names(tour: Tour, *, reserved: Collection[str] = ()) -> Tour:
    """The tour with every image under a name :func:`image_name_problem` accepts and not in ``reserved``
    (the export's own file name), its stops following.

    Earlier builds (and a picture dropped into Prepare) could store ``.hidden.png`` or ``tour.md``; an export
    renames it (``hidden.png``, ``tour-2.md``) rather than write a hidden file, fail the whole export, or
    write what its own import then refuses.
    """
    renamed = {
        name: name for name in tour.images if image_name_problem(name) is None and name not in reserved
    }
    unsafe = sorted(set(tour.images) - set(renamed))
    if not unsafe:
        return tour
    for name in unsafe:
        wanted = "".join(c if c.isprintable() and c not in "/\\:" else "_" for c in name).lstrip(".")
        renamed[name] = free_image_name(
            wanted or "image",
            lambda n: n in renamed.values() or n in reserved,  # called right away, in this turn
        )
    return replace(
        tour,
        stops=tuple(replace(stop, image=renamed.get(stop.image, stop.image)) for stop in tour.stops),
        images={renamed[name]: data for name, data in tour.images.items()},
    )
