"""The JSON tour (``{"format": "cicerone-tour", "version": 2, ...}``): every field, images by name."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeGuard

from console.bounded_json import nesting_depth
from console.errors import InputError
from console.formats.text import clean_field, read_text
from console.messages import QT_TRANSLATE_NOOP, Text
from console.show.durations import spoken_limit
from console.show.limits import MAX_JSON_DEPTH, MAX_SLOT_S, MAX_STOP_S
from console.show.tour import (
    MAX_CONTENT_LANGUAGES,
    READABLE_TOUR_VERSIONS,
    RESCUE_FIELDS,
    STOP_FIELDS,
    TOUR_FORMAT,
    TRANSLATED_STOP_FIELDS,
    TRANSLATED_TOUR_FIELDS,
    Tour,
    image_reference_problem,
    language_tag,
    rescue_problem,
    stop_from_mapping,
    tour_from_dict,
    tour_to_dict,
)

_TEXT_FIELDS = tuple(name for name in STOP_FIELDS if name != "duration_s")
# A string literal (brackets inside it do not nest), and every byte but a bracket.


def dump_json(tour: Tour) -> str:
    return json.dumps(tour_to_dict(tour), ensure_ascii=False, indent=2) + "\n"


def load_json(path: str | Path) -> Tour:
    return parse_json(read_text(path), name=str(path))


def parse_json(text: str, *, name: str = "<tour.json>") -> Tour:
    too_deep = _too_deep_line(text)
    if too_deep is not None:  # before json.loads, which would recurse until Python gives up
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats", "arrays and objects nest deeper than {depth} levels (a tour needs 3)"
            ).format(depth=MAX_JSON_DEPTH),
            path=name,
            line=too_deep,
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "not valid JSON: {msg}").format(msg=error.msg),
            path=name,
            line=error.lineno,
        ) from None
    except RecursionError:  # deep and mismatched ("[[[...{"): the passes above could not collapse it
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats", "arrays and objects nest deeper than {depth} levels (a tour needs 3)"
            ).format(depth=MAX_JSON_DEPTH),
            path=name,
            line=1,
        ) from None
    except ValueError:  # an integer of thousands of digits: Python refuses to convert it
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "a number far too large for a tour"),
            path=name,
            line=_long_number_line(text),
        ) from None
    return tour_from_json_data(data, name=name, text=text)


def tour_from_json_data(data: Any, *, name: str, text: str = "") -> Tour:
    """Validate a decoded JSON tour; every problem names the field and, where it can, the line."""

    def fail(reason: Text, needle: str | None = None, *, stop: int | None = None) -> InputError:
        line = _line_of(text, needle) if needle else None
        if line is None and stop is not None:
            line = _stop_line(text, stop)
        # Every import error names a line: when nothing better is known, where the object starts.
        return InputError(reason, path=name, line=line or _line_of(text, "{") or 1)

    # A bundle's tour is named "BUNDLE!tour.json": its images may not take the bundle's own name.
    source_name = Path(name.partition("!")[0]).name
    if not isinstance(data, dict):
        raise fail(QT_TRANSLATE_NOOP("Formats", "the top level must be a JSON object"))
    if data.get("format") != TOUR_FORMAT:
        raise fail(
            QT_TRANSLATE_NOOP("Formats", 'not a Cicerone tour: "format" must be "{tour_format}"').format(
                tour_format=TOUR_FORMAT
            ),
            '"format"',
        )
    if not _whole(data.get("version")) or data.get("version") not in READABLE_TOUR_VERSIONS:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Formats", "unsupported tour version {version} (this Cicerone reads versions 1 and 2)"
            ).format(version=_short(data.get("version"))),
            '"version"',
        )
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise fail(QT_TRANSLATE_NOOP("Formats", '"title" must be a non-empty string'), '"title"')
    slot = data.get("slot_s")
    if slot is not None and (not _whole(slot) or not 0 < slot <= MAX_SLOT_S):
        raise fail(
            QT_TRANSLATE_NOOP(
                "Formats",
                '"slot_s" must be a whole number of seconds above zero and at most '
                "{seconds} ({limit}), or null",
            ).format(seconds=MAX_SLOT_S, limit=spoken_limit(MAX_SLOT_S)),
            '"slot_s"',
        )
    for key in ("language", "introduction"):
        if data.get(key) is not None and not isinstance(data.get(key), str):
            raise fail(QT_TRANSLATE_NOOP("Formats", '"{key}" must be a string').format(key=key), f'"{key}"')
    languages = declared_languages(data, fail)
    the_tour = QT_TRANSLATE_NOOP("Formats", "the tour")
    _check_translations(data.get("translations"), TRANSLATED_TOUR_FIELDS, languages, the_tour, fail)
    stops = data.get("stops")
    if not isinstance(stops, list) or not stops:
        raise fail(QT_TRANSLATE_NOOP("Formats", '"stops" must be a non-empty list'), '"stops"')
    for number, stop in enumerate(stops, start=1):
        where = QT_TRANSLATE_NOOP("Formats", "stop {number}").format(number=number)
        if not isinstance(stop, dict):
            raise fail(
                QT_TRANSLATE_NOOP("Formats", "{where} must be an object").format(where=where), stop=number
            )
        unknown = set(stop) - {*STOP_FIELDS, *RESCUE_FIELDS, "translations"}
        if unknown:
            raise fail(
                QT_TRANSLATE_NOOP("Formats", "{where} has unknown fields: {fields}").format(
                    where=where, fields=", ".join(sorted(unknown))
                ),
                f'"{sorted(unknown)[0]}"',
            )
        stop_title = stop.get("title")
        if not isinstance(stop_title, str) or not stop_title.strip():
            raise fail(
                QT_TRANSLATE_NOOP("Formats", '{where}: "title" must be a non-empty string').format(
                    where=where
                ),
                stop=number,
            )
        duration = stop.get("duration_s")
        if not _whole(duration) or not 0 < duration <= MAX_STOP_S:
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Formats",
                    '{where} ({title}): "duration_s" must be a whole number of seconds '
                    "above zero and at most {seconds} ({limit})",
                ).format(
                    where=where,
                    title=stop_title,
                    seconds=MAX_STOP_S,
                    limit=spoken_limit(MAX_STOP_S),
                ),
                json.dumps(stop_title, ensure_ascii=False),
            )
        for key in _TEXT_FIELDS:
            if stop.get(key) is not None and not isinstance(stop.get(key), str):
                raise fail(
                    QT_TRANSLATE_NOOP("Formats", '{where} ({title}): "{key}" must be a string').format(
                        where=where, title=stop_title, key=key
                    ),
                    stop=number,
                )
        named = QT_TRANSLATE_NOOP("Formats", "{where} ({title})").format(where=where, title=stop_title)
        _check_rescue(stop, named, fail, number)
        _check_translations(stop.get("translations"), TRANSLATED_STOP_FIELDS, languages, named, fail)
        image = stop.get("image")
        if image and (problem := image_reference_problem(image, source_name=source_name)):
            needle = json.dumps(image, ensure_ascii=False)
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Formats", "{where} ({title}): the image {image} is refused: {problem}"
                ).format(where=where, title=stop_title, image=needle, problem=problem),
                needle,
            )
    tour = tour_from_dict({**data, "languages": languages})
    return _cleaned(tour, fail)


def _check_rescue(stop: dict[str, Any], named: str, fail: Callable[..., InputError], number: int) -> None:
    """``min_s`` (whole seconds, above zero, at most the plan), ``optional`` (true/false), ``latest_s``
    (whole seconds of show time, or null)."""
    for key in ("min_s", "latest_s"):
        value = stop.get(key)
        if value is not None and (not _whole(value) or not 0 <= value <= MAX_SLOT_S):
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Formats", '{where}: "{key}" must be a whole number of seconds (at least 0), or null'
                ).format(where=named, key=key),
                f'"{key}"',
            )
    if stop.get("optional") is not None and not isinstance(stop.get("optional"), bool):
        raise fail(
            QT_TRANSLATE_NOOP("Formats", '{where}: "optional" must be true or false').format(where=named),
            '"optional"',
        )
    problem = rescue_problem(stop_from_mapping(stop))
    if problem is not None:
        raise fail(
            QT_TRANSLATE_NOOP("Formats", "{where}: {problem}").format(where=named, problem=problem),
            '"min_s"' if "min_s" in stop else None,
            stop=number,
        )


def declared_languages(data: dict[str, Any], fail: Callable[..., InputError]) -> list[str]:
    """The content languages as declared, main first; ``[]`` for a one-language tour.

    The Markdown and CSV readers check theirs here too (``{"languages": [...], "language": main}``), so a
    language is refused for the same reasons in every format; ``fail(reason, '"languages"')`` or
    ``fail(reason, '"language"')`` makes their error."""
    declared = data.get("languages")
    if declared is None:
        return []
    if not isinstance(declared, list) or not all(isinstance(code, str) for code in declared):
        raise fail(
            QT_TRANSLATE_NOOP("Formats", '"languages" must be a list of language codes ("en", "fr", "zh")'),
            '"languages"',
        )
    if len(declared) > MAX_CONTENT_LANGUAGES:
        raise fail(
            QT_TRANSLATE_NOOP("Formats", '"languages" lists more than {count} languages').format(
                count=MAX_CONTENT_LANGUAGES
            ),
            '"languages"',
        )
    codes = []
    for code in declared:
        tag = language_tag(code)
        if tag is None:
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Formats", '"languages": {code} is not a language code (like "en", "fr", "zh")'
                ).format(code=_short(code)),
                '"languages"',
            )
        if tag in codes:
            raise fail(
                QT_TRANSLATE_NOOP("Formats", '"languages" lists "{code}" twice').format(code=tag),
                '"languages"',
            )
        codes.append(tag)
    main = data.get("language") or ""
    if codes and main and main not in codes:
        raise fail(
            QT_TRANSLATE_NOOP("Formats", '"language" ("{main}") must be one of "languages"').format(
                main=main
            ),
            '"language"',
        )
    if main in codes:  # the main language first, whatever the order written
        codes.remove(main)
        codes.insert(0, main)
    return codes


def _check_translations(
    value: Any, names: tuple[str, ...], languages: list[str], where: str, fail: Callable[..., InputError]
) -> None:
    """A ``translations`` object: languages the tour declares (not its main one), fields it knows, strings."""
    if value is None:
        return
    if not isinstance(value, dict):
        raise fail(
            QT_TRANSLATE_NOOP("Formats", '{where}: "translations" must be an object of languages').format(
                where=where
            ),
            '"translations"',
        )
    for code, texts in value.items():
        if code not in languages[1:]:
            declared = ", ".join(languages[1:]) or "-"
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Formats",
                    '{where}: a translation into "{code}", which is not one of the '
                    "tour's other "
                    '"languages" ({declared})',
                ).format(where=where, code=_short(code)[1:-1], declared=declared),
                f'"{code}"',
            )
        if not isinstance(texts, dict):
            raise fail(
                QT_TRANSLATE_NOOP("Formats", '{where}: the "{code}" translation must be an object').format(
                    where=where, code=code
                ),
                f'"{code}"',
            )
        unknown = set(texts) - set(names)
        if unknown:
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Formats", '{where}: the "{code}" translation has unknown fields: {fields}'
                ).format(where=where, code=code, fields=", ".join(sorted(unknown))),
                f'"{sorted(unknown)[0]}"',
            )
        for name, text in texts.items():
            if text is not None and not isinstance(text, str):
                raise fail(
                    QT_TRANSLATE_NOOP(
                        "Formats", '{where}: "{name}" in the "{code}" translation must be a string'
                    ).format(where=where, name=name, code=code),
                    f'"{code}"',
                )


def _cleaned(tour: Tour, fail: Callable[..., InputError]) -> Tour:
    """Every text field under the rule all formats share (:func:`clean_field`), so a JSON tour exports to
    Markdown and CSV and reads back the same; a refused field is told at its stop's line."""

    def clean(value: str, what: str, stop: int | None = None, multiline: bool = False) -> str:
        try:
            return clean_field(value, what, name="", line=None, multiline=multiline)
        except InputError as error:
            raise fail(error.reason, stop=stop) from None

    stops = []
    for number, stop in enumerate(tour.stops, start=1):
        texts: dict[str, Any] = {
            key: clean(
                getattr(stop, key),
                QT_TRANSLATE_NOOP("Formats", 'stop {number}: "{key}"').format(number=number, key=key),
                number,
                key == "talking_points",
            )
            for key in _TEXT_FIELDS
        }
        translations = tuple(
            (
                code,
                replace(
                    text,
                    **{
                        key: clean(
                            getattr(text, key),
                            QT_TRANSLATE_NOOP("Formats", 'stop {number}: "{key}" ({code})').format(
                                number=number, key=key, code=code
                            ),
                            number,
                            key == "talking_points",
                        )
                        for key in TRANSLATED_STOP_FIELDS
                    },
                ),
            )
            for code, text in stop.translations
        )
        stops.append(replace(stop, translations=translations, **texts))
    tour_texts = tuple(
        (
            code,
            replace(
                text,
                title=clean(text.title, f'"title" ({code})'),
                introduction=clean(text.introduction, f'"introduction" ({code})', multiline=True),
            ),
        )
        for code, text in tour.translations
    )
    return replace(
        tour,
        translations=tour_texts,
        title=clean(tour.title, '"title"'),
        language=clean(tour.language, '"language"'),
        introduction=clean(tour.introduction, '"introduction"', multiline=True),
        stops=tuple(stops),
    )


def _short(value: Any) -> str:
    """A value quoted in an error, cut short: a 4,000-digit version number is no use in a message."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:40] + "…"


def _too_deep_line(text: str) -> int | None:
    """Where the JSON value starts, if its arrays and objects nest past :data:`MAX_JSON_DEPTH`; else None
    (measured at C speed by :func:`console.bounded_json.nesting_depth`, strings left out)."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return None
    if nesting_depth(text.encode("utf-8", "surrogatepass"), MAX_JSON_DEPTH) <= MAX_JSON_DEPTH:
        return None
    first = re.search(r"[\[{]", text)
    return text[: first.start() if first else 0].count("\n") + 1


def _whole(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _long_number_line(text: str) -> int:
    match = re.search(r"\d{1000}", text)
    return text[: match.start()].count("\n") + 1 if match else 1


def _line_of(text: str, needle: str) -> int | None:
    index = text.find(needle)
    return text[:index].count("\n") + 1 if index >= 0 else None


def _stop_line(text: str, number: int) -> int | None:
    """The line where stop ``number`` (1-based) begins, found by decoding the "stops" list item by item."""
    decoder = json.JSONDecoder()
    at = text.find('"stops"')
    at = text.find("[", at) if at >= 0 else -1
    if at < 0:
        return None
    at += 1
    for current in range(1, number + 1):
        while at < len(text) and text[at] in " \t\r\n,":
            at += 1
        if current == number:
            return text[:at].count("\n") + 1
        try:
            _value, at = decoder.raw_decode(text, at)
        except ValueError:
            return None
    return None
