"""A tour (the prepared route) and its stops."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from console.messages import QT_TRANSLATE_NOOP, Message
from console.show.durations import format_duration
from console.show.limits import MAX_SLOT_S

TRANSLATED_STOP_FIELDS = ("title", "talking_points", "location", "medium", "artist", "date")
"""What a stop may say differently per content language. Artist and date stay shared unless given."""
FALLBACK_MARKED_FIELDS = ("title", "talking_points", "location", "medium")
"""The fields whose missing translation is marked on screen when the main language's text stands in."""
TRANSLATED_TOUR_FIELDS = ("title", "introduction")


@dataclass(frozen=True)
class StopText:
    """A stop's text in one content language. An empty field is not translated: the main language's
    text stands in for it (see :meth:`Stop.in_language`)."""

    title: str = ""
    talking_points: str = ""
    location: str = ""
    medium: str = ""
    artist: str = ""
    date: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in TRANSLATED_STOP_FIELDS)

    def as_dict(self) -> dict[str, str]:
        """The given fields only (the JSON shape of one translation)."""
        return {name: getattr(self, name) for name in TRANSLATED_STOP_FIELDS if getattr(self, name)}


@dataclass(frozen=True)
class TourText:
    """The tour's own title and introduction in one content language (empty: the main language's)."""

    title: str = ""
    introduction: str = ""

    def is_empty(self) -> bool:
        return not (self.title or self.introduction)

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in TRANSLATED_TOUR_FIELDS if getattr(self, name)}


Translations = tuple[tuple[str, Any], ...]
"""``((language, StopText or TourText), ...)`` in the tour's language order: a tuple, so a stop and a tour
stay hashable (the talking-points pane caches on them)."""


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
    translations: tuple[tuple[str, StopText], ...] = ()
    min_s: int | None = None
    """The shortest acceptable time (``min:``); None: the planned duration, the stop cannot give."""
    optional: bool = False
    """The stop may be skipped when the show runs long (``optional: yes``)."""
    latest_s: int | None = None
    """The latest show time the stop may start (``latest: 1:30:00``, a live cross); None: any time."""

    @property
    def shortest_s(self) -> int:
        """What the stop takes at the least, if kept (its ``min:``, else its plan)."""
        return self.duration_s if self.min_s is None else min(self.min_s, self.duration_s)

    @property
    def written_min_s(self) -> int | None:
        """The ``min:`` a file writes: none once the plan has been made shorter than it (in Prepare, or by a
        rehearsal's durations). The stop keeps it, fixed at its plan meanwhile, but no import takes a min
        longer than the plan back: the file would be refused."""
        return self.min_s if self.min_s is not None and self.min_s <= self.duration_s else None

    def translation(self, language: str) -> StopText | None:
        for code, text in self.translations:
            if code == language:
                return text
        return None

    def in_language(self, language: str) -> tuple[Stop, frozenset[str]]:
        """This stop as read in ``language``, and the marked fields (:data:`FALLBACK_MARKED_FIELDS`) where
        the main language's text stands in for a missing translation. The main language (or any language
        the stop has no translation for) gives the stop itself."""
        text = self.translation(language)
        if text is None:
            missing = frozenset(name for name in FALLBACK_MARKED_FIELDS if getattr(self, name))
            return self, missing
        given = {name: getattr(text, name) for name in TRANSLATED_STOP_FIELDS if getattr(text, name)}
        missing = frozenset(
            name for name in FALLBACK_MARKED_FIELDS if getattr(self, name) and name not in given
        )
        return replace(self, translations=(), **given), missing

    def with_translation(self, language: str, text: StopText) -> Stop:
        """The stop with ``language``'s text replaced (an empty text removes the translation)."""
        kept = tuple((code, old) for code, old in self.translations if code != language)
        if text.is_empty():
            return replace(self, translations=kept)
        return replace(self, translations=(*kept, (language, text)))

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
    languages: tuple[str, ...] = ()
    """The content languages, main first (``("en", "fr", "zh")``); empty for a tour in one language."""
    translations: tuple[tuple[str, TourText], ...] = ()
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

    @property
    def main_language(self) -> str:
        return self.language or (self.languages[0] if self.languages else "")

    @property
    def content_languages(self) -> tuple[str, ...]:
        """Every language the talking points are in, main first (at least the main one when it is known)."""
        main = self.main_language
        ordered = ((main,) if main else ()) + tuple(code for code in self.languages if code != main)
        return ordered

    def translation(self, language: str) -> TourText | None:
        for code, text in self.translations:
            if code == language:
                return text
        return None

    def in_language(self, language: str) -> Tour:
        """The whole tour as read in ``language`` (missing translations filled from the main language),
        for a run-sheet or a second screen. The live console localizes one stop at a time instead."""
        if language == self.main_language or language not in self.content_languages:
            return self
        text = self.translation(language) or TourText()
        given = {name: getattr(text, name) for name in TRANSLATED_TOUR_FIELDS if getattr(text, name)}
        return replace(
            self,
            language=language,
            languages=(),
            translations=(),
            stops=tuple(stop.in_language(language)[0] for stop in self.stops),
            **given,
        )

    def in_language_order(self) -> Tour:
        """The tour with every translation listed in :attr:`content_languages` order, whatever order a file
        wrote them in: one tour reads the same from every format (a CSV's columns impose that order)."""
        rank = {code: index for index, code in enumerate(self.content_languages)}

        def ordered(pairs: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
            return tuple(sorted(pairs, key=lambda pair: rank.get(pair[0], len(rank))))

        return replace(
            self,
            translations=ordered(self.translations),
            stops=tuple(replace(stop, translations=ordered(stop.translations)) for stop in self.stops),
        )

    def read_stop(self, stop: Stop, language: str) -> tuple[Stop, frozenset[str]]:
        """``stop`` as read in ``language``, and the fields where the main language's text stands in: none in
        the main language itself, or in a language the tour does not have (nothing can be missing there)."""
        if not self.is_translation(language):
            return stop, frozenset()
        return stop.in_language(language)

    def stop_title(self, stop: Stop, language: str) -> tuple[str, bool]:
        """``stop``'s title as read in ``language`` (as :meth:`read_stop` would give it), and whether the main
        language's stands in: the one field, not the whole stop, for the route, the stage display and the
        show-control state, which ask it of many stops on a language switch."""
        if not self.is_translation(language):
            return stop.title, False
        text = stop.translation(language)
        if text is not None and text.title:
            return text.title, False
        return stop.title, bool(stop.title)

    def title_in(self, language: str) -> str:
        """The tour's own title as read in ``language`` (as :meth:`in_language` would give it)."""
        text = self.translation(language) if self.is_translation(language) else None
        return text.title if text is not None and text.title else self.title

    def is_translation(self, language: str) -> bool:
        """``language`` is one of the tour's content languages other than its main one."""
        return bool(language) and language != self.main_language and language in self.content_languages

    def completeness(self) -> dict[str, tuple[int, int]]:
        """Per translated language: (stops whose title and talking points are both translated, stops).

        A field the main language leaves empty needs no translation."""
        counts: dict[str, tuple[int, int]] = {}
        for language in self.content_languages[1:]:
            done = 0
            for stop in self.stops:
                _, missing = stop.in_language(language)
                done += not (missing & {"title", "talking_points"})
            counts[language] = (done, len(self.stops))
        return counts


STOP_FIELDS = ("title", "duration_s", "location", "artist", "date", "medium", "image", "talking_points")
RESCUE_FIELDS = ("min_s", "optional", "latest_s")
"""What a stop may give when the show runs long; written only when set, so older files read as they did."""
TOUR_FORMAT = "cicerone-tour"
TOUR_FORMAT_VERSION = 2
READABLE_TOUR_VERSIONS = (1, 2)
"""Version 2 added ``languages`` and per-stop (and per-tour) ``translations``; version 1 still reads."""


def tour_to_dict(tour: Tour) -> dict[str, object]:
    """The JSON shape of a tour (``format: cicerone-tour``, version 2), images left out.

    ``languages`` and ``translations`` appear only when the tour has them, so a one-language tour's
    file reads as it always did (but for its version)."""
    data: dict[str, object] = {
        "format": TOUR_FORMAT,
        "version": TOUR_FORMAT_VERSION,
        "title": tour.title,
        "slot_s": tour.slot_s,
        "language": tour.language,
    }
    if tour.languages:
        data["languages"] = list(tour.languages)
    data["introduction"] = tour.introduction
    if tour.translations:
        data["translations"] = {code: text.as_dict() for code, text in tour.translations}
    data["stops"] = [stop_to_dict(stop) for stop in tour.stops]
    return data


def stop_to_dict(stop: Stop) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(stop, name) for name in STOP_FIELDS}
    rescue = {"min_s": stop.written_min_s, "optional": stop.optional, "latest_s": stop.latest_s}
    # "is": a latest start of 0 (at once) equals False, and was left out of every JSON and bundle.
    values.update(
        (name, rescue[name])
        for name in RESCUE_FIELDS
        if rescue[name] is not None and rescue[name] is not False
    )
    if stop.translations:
        values["translations"] = {code: text.as_dict() for code, text in stop.translations}
    return values


def stop_translations(value: Any) -> tuple[tuple[str, StopText], ...]:
    """``{"fr": {"title": ...}, ...}`` (validated) as a stop's translations, empty ones left out."""
    return _translations(value, StopText)


def tour_translations(value: Any) -> tuple[tuple[str, TourText], ...]:
    return _translations(value, TourText)


def _translations(value: Any, kind: Any) -> Translations:
    if not isinstance(value, Mapping):
        return ()
    names = {item.name for item in fields(kind)}
    pairs = []
    for code, texts in value.items():
        if not isinstance(texts, Mapping):
            continue
        text = kind(**{name: str(texts[name]) for name in names if texts.get(name)})
        if not text.is_empty():
            pairs.append((str(code), text))
    return tuple(pairs)


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
        translations=stop_translations(values.get("translations")),
        min_s=_seconds_or_none(values.get("min_s")),
        optional=bool(values.get("optional")),
        latest_s=_seconds_or_none(values.get("latest_s")),
    )


def _seconds_or_none(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def rescue_problem(stop: Stop) -> Message | None:
    """Why a stop's ``min:`` or ``latest:`` cannot be (None when both can): every format and Prepare ask."""
    if stop.min_s is not None and stop.min_s <= 0:
        return QT_TRANSLATE_NOOP("Formats", "min must be longer than zero (write 'optional: yes' to skip)")
    if stop.min_s is not None and stop.min_s > stop.duration_s:
        return QT_TRANSLATE_NOOP("Formats", "min ({min}) is longer than the planned {planned}").format(
            min=format_duration(stop.min_s), planned=format_duration(stop.duration_s)
        )
    if stop.latest_s is not None and not 0 <= stop.latest_s <= MAX_SLOT_S:
        return QT_TRANSLATE_NOOP("Formats", "latest must be a show time between 0:00 and the longest slot")
    return None


def yes_no(text: str) -> bool | None:
    """``yes``/``no`` as a script writes it (also true/false, oui/non, 1/0); None when it is neither."""
    word = text.strip().casefold()
    if word in ("yes", "y", "true", "1", "oui", "sí", "si"):
        return True
    if word in ("no", "n", "false", "0", "non", ""):
        return False
    return None


def tour_from_dict(data: Mapping[str, Any], *, tour_id: int | None = None) -> Tour:
    """The inverse of :func:`tour_to_dict`, for data already validated (``console.formats.json_format``)."""
    slot = data.get("slot_s")
    return Tour(
        id=tour_id,
        title=str(data["title"]),
        slot_s=int(slot) if isinstance(slot, int | float) else None,
        language=str(data.get("language") or ""),
        introduction=str(data.get("introduction") or ""),
        languages=tuple(str(code) for code in data.get("languages") or ()),
        translations=tour_translations(data.get("translations")),
        stops=tuple(stop_from_mapping(item) for item in data.get("stops") or []),
    ).in_language_order()


MAX_CONTENT_LANGUAGES = 32
UNDETERMINED_LANGUAGE = "und"
"""BCP 47's "undetermined": the main language of a tour whose file cannot name it (a CSV with translated
columns) until someone does (``tour import --language``, Prepare)."""
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def language_tag(code: str) -> str | None:
    """``code`` as a BCP 47 language tag (``fr``, ``zh-Hans``, ``pt-BR``; ``zh_CN`` is taken as
    ``zh-CN``), or None when it cannot be one."""
    code = code.strip().replace("_", "-")
    return code if len(code) <= 35 and _LANGUAGE_TAG.match(code) else None


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
