"""Tour scripts and session reports in and out. No Qt widgets here: the CLI and the editor share it."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from console.errors import InputError, KnownError
from console.files import UnsafeTarget, check_output_target, write_atomically
from console.formats.json_format import dump_json
from console.formats.markdown import dump_markdown
from console.formats.text import clean_field
from console.messages import QT_TRANSLATE_NOOP
from console.show.limits import MAX_TEXT_FILE_BYTES
from console.show.tour import (
    STOP_FIELDS,
    TRANSLATED_STOP_FIELDS,
    UNDETERMINED_LANGUAGE,
    Tour,
    language_tag,
    with_safe_image_names,
)

__all__ = ["EXPORT_SUFFIXES", "count_of", "dump_json", "dump_markdown", "dump_tour", "load_tour", "save_tour"]

Progress = Callable[[int, int], None]
TEXT_FIELDS = tuple(name for name in STOP_FIELDS if name != "duration_s")
# Export format name -> the file suffix it is saved with.
EXPORT_SUFFIXES = {"md": ".md", "json": ".json", "csv": ".csv", "bundle": ".cicerone", "pdf": ".pdf"}

# Suffix -> "module:function". Modules load when a file of theirs is read, so the console's start
# does not pay for zipfile and csv (and the run-sheet's Qt) before anyone asks for them.
_LOADERS = {
    ".md": "markdown:load_markdown",
    ".markdown": "markdown:load_markdown",
    ".txt": "markdown:load_markdown",
    ".json": "json_format:load_json",
    ".csv": "csv_format:load_csv",
    ".cicerone": "bundle:load_bundle",
}
_DUMPERS = {"csv": "csv_format:dump_csv", "bundle": "bundle:dump_bundle"}


def count_of(number: int, noun: str) -> str:
    """``1 stop``, ``2 stops``: a count as a person writes it (the nouns here all take an ``s``)."""
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def _function(spec: str) -> Callable[..., Any]:
    module, name = spec.split(":")
    function: Callable[..., Any] = getattr(importlib.import_module(f"console.formats.{module}"), name)
    return function


def load_tour(
    path: str | Path, *, title: str | None = None, slot_s: int | None = None, language: str | None = None
) -> Tour:
    """Read a tour from any supported file, chosen by its extension.

    ``title`` and ``slot_s`` override the file's own (a CSV has none: its title is the file's name);
    ``language`` names the main content language of a file that carries none (see :func:`with_main_language`).
    """
    path = Path(path)
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        known = ", ".join(sorted(_LOADERS))
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "unknown tour file type '{suffix}' (known: {known})").format(
                suffix=path.suffix, known=known
            ),
            path=str(path),
        )
    tour: Tour = _function(loader)(path)
    if title is not None and title.strip():
        tour = replace(tour, title=title.strip())
    if slot_s is not None:
        tour = replace(tour, slot_s=slot_s)
    if language is not None and language.strip():
        tour = with_main_language(tour, language, str(path))
    return tour


def with_main_language(tour: Tour, language: str, name: str) -> Tour:
    """``tour`` whose main content language is ``language``: given where the file had none (a CSV, a script
    without ``language:``), or ``und`` stood in for it; a file naming another is an error, not relabelled."""
    code = language_tag(language)
    if code is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats", "--language: '{code}' is not a language code (like en, fr, zh)"
            ).format(code=language[:40]),
            path=name,
        )
    main = tour.main_language
    if main in ("", UNDETERMINED_LANGUAGE):
        if code in tour.languages[1:]:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Formats", "--language: '{code}' is already one of the translated languages"
                ).format(code=code),
                path=name,
            )
        languages = (code, *tour.languages[1:]) if tour.languages else ()
        return replace(tour, language=code, languages=languages)
    if main != code:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "--language {code}: the file's main language is '{main}'").format(
                code=code, main=main
            ),
            path=name,
        )
    return tour


def dump_tour(
    tour: Tour, fmt: str, *, progress: Progress | None = None, language: str | None = None
) -> str | bytes:
    """The tour in export format ``fmt`` (a key of :data:`EXPORT_SUFFIXES`); load it with its images.

    An export that its own import would refuse (a script over :data:`MAX_TEXT_FILE_BYTES`) is refused here,
    with the reason, rather than written to fail later. ``language``: the content language a run-sheet
    (``pdf``) is printed in; the other formats carry every language, so they take none.
    """
    if language is not None:
        check_print_language(tour, fmt, language)
    if fmt != "pdf":
        _check_carried(tour, fmt)
    if fmt == "md":
        return _readable(dump_markdown(tour), fmt)
    if fmt == "json":
        return _readable(dump_json(tour), fmt)
    if fmt == "bundle":
        _readable(dump_json(tour), "bundle's tour.json")
    if fmt in _DUMPERS:
        dumped: str | bytes = _function(_DUMPERS[fmt])(tour)
        return _readable(dumped, fmt) if isinstance(dumped, str) else dumped
    if fmt == "pdf":
        from console.formats.runsheet import runsheet_pdf_bytes  # Qt loads only when a PDF is asked for

        return runsheet_pdf_bytes(tour, language=language, progress=progress)
    raise ValueError(f"unknown export format {fmt!r}")


def check_print_language(tour: Tour, fmt: str, language: str) -> None:
    """Refuse a ``language`` the export cannot honour: any but a PDF's, or one the tour is not written in."""
    if fmt != "pdf":
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Formats",
                "--language is for the printed run-sheet (--format pdf); "
                "a {format} export carries every language",
            ).format(format=fmt)
        )
    if language not in tour.content_languages:
        have = ", ".join(tour.content_languages) or "-"
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Formats", "the tour has no talking points in '{code}' (it has: {have})"
            ).format(code=language[:40], have=have)
        )


def _check_carried(tour: Tour, fmt: str) -> None:
    """Refuse, with the reason, a tour holding what no import takes back (a line break in a title, stored
    by an older build): the export would read back as another tour, or not at all."""
    fields = [("the title", tour.title, False), ("the language", tour.language, False)]
    fields.append(("the introduction", tour.introduction, True))
    fields += [(f"the {code} title", text.title, False) for code, text in tour.translations]
    fields += [(f"the {code} introduction", text.introduction, True) for code, text in tour.translations]
    for number, stop in enumerate(tour.stops, start=1):
        fields += [
            (f"stop {number}: its {key}", getattr(stop, key), key == "talking_points") for key in TEXT_FIELDS
        ]
        fields += [
            (f"stop {number}: its {key} ({code})", getattr(text, key), key == "talking_points")
            for code, text in stop.translations
            for key in TRANSLATED_STOP_FIELDS
        ]
    for what, value, multiline in fields:
        try:
            clean_field(value, what, name="", line=None, multiline=multiline)
        except InputError as error:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Formats",
                    "cannot export as {fmt}: {reason}, which the file could not give back "
                    "(edit it in Prepare)",
                ).format(fmt=fmt, reason=error.reason)
            ) from None


def _readable(text: str, fmt: str) -> str:
    # A character is 1 to 4 bytes in UTF-8: encode only when the length alone cannot decide.
    if (
        len(text) * 4 > MAX_TEXT_FILE_BYTES
        and len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT_FILE_BYTES
    ):
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Formats",
                "the tour is too large for a {fmt} file (over {megabytes} MB, the most an "
                "import reads): shorten its talking points",
            ).format(fmt=fmt, megabytes=MAX_TEXT_FILE_BYTES // 2**20)
        )
    return text


def save_tour(
    tour: Tour,
    fmt: str,
    path: str | Path,
    *,
    progress: Progress | None = None,
    protect: Iterable[str | Path] = (),
    language: str | None = None,
) -> None:
    """Write the export to ``path`` (a temporary file renamed into place, so a reader never sees half).

    ``language``: the content language of a PDF run-sheet (see :func:`dump_tour`). ``protect``: the databases
    in use, which ``path`` may never be (nor a device, a pipe, a folder: see
    :func:`console.files.check_output_target`). Markdown and CSV name images relative to themselves: the
    images go into a folder of their own, ``NAME.images/`` beside ``NAME.md``, written before the file that
    names them, so the export re-imports whole and never replaces a file beside it (``.bashrc``, itself).
    """
    path = Path(path)
    protect = tuple(protect)
    if language is not None:  # before any image is written
        check_print_language(tour, fmt, language)
    tour = with_safe_image_names(tour, reserved={path.name})
    try:
        check_output_target(path, protect=protect)  # before a long PDF render or any image is written
        if fmt in ("md", "csv") and tour.images:
            tour = _write_images(tour, image_folder(path), protect)
        write_atomically(path, dump_tour(tour, fmt, progress=progress, language=language), protect=protect)
    except UnsafeTarget as error:
        raise KnownError(error.said()) from None
    except OSError as error:
        raise KnownError(
            QT_TRANSLATE_NOOP("Formats", "{path}: cannot write the file ({strerror})").format(
                path=path, strerror=error.strerror
            )
        ) from None


def image_folder(path: Path) -> Path:
    """Where an export at ``path`` keeps its images: ``tour.images`` beside ``tour.md``."""
    folder = path.with_name(f"{path.stem}.images")
    return folder if folder != path else path.with_name(f"{path.name}.images")


def _write_images(tour: Tour, folder: Path, protect: tuple[str | Path, ...]) -> Tour:
    """Write the images into ``folder`` (made if missing); the tour whose stops name them there."""
    if folder.exists() and not folder.is_dir():
        raise UnsafeTarget(
            folder, QT_TRANSLATE_NOOP("Formats", "the export's images folder is taken by a file of that name")
        )
    folder.mkdir(exist_ok=True)
    for name, image in tour.images.items():
        write_atomically(folder / name, image, protect=protect)
    inside = {name: f"{folder.name}/{name}" for name in tour.images}
    return replace(
        tour, stops=tuple(replace(stop, image=inside.get(stop.image, stop.image)) for stop in tour.stops)
    )
