"""Tour scripts and session reports in and out. No Qt widgets here: the CLI and the editor share it."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from console.errors import InputError, KnownError
from console.files import write_atomically
from console.formats.json_format import dump_json
from console.formats.markdown import dump_markdown
from console.show.tour import Tour

__all__ = ["EXPORT_SUFFIXES", "dump_json", "dump_markdown", "dump_tour", "load_tour", "save_tour"]

Progress = Callable[[int, int], None]
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


def _function(spec: str) -> Callable[..., Any]:
    module, name = spec.split(":")
    function: Callable[..., Any] = getattr(importlib.import_module(f"console.formats.{module}"), name)
    return function


def load_tour(path: str | Path, *, title: str | None = None, slot_s: int | None = None) -> Tour:
    """Read a tour from any supported file, chosen by its extension.

    ``title`` and ``slot_s`` override the file's own (a CSV has none: its title is the file's name).
    """
    path = Path(path)
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        known = ", ".join(sorted(_LOADERS))
        raise InputError(f"unknown tour file type '{path.suffix}' (known: {known})", path=str(path))
    tour: Tour = _function(loader)(path)
    if title is not None and title.strip():
        tour = replace(tour, title=title.strip())
    if slot_s is not None:
        tour = replace(tour, slot_s=slot_s)
    return tour


def dump_tour(tour: Tour, fmt: str, *, progress: Progress | None = None) -> str | bytes:
    """The tour in export format ``fmt`` (a key of :data:`EXPORT_SUFFIXES`); load it with its images."""
    if fmt == "md":
        return dump_markdown(tour)
    if fmt == "json":
        return dump_json(tour)
    if fmt in _DUMPERS:
        dumped: str | bytes = _function(_DUMPERS[fmt])(tour)
        return dumped
    if fmt == "pdf":
        from console.formats.runsheet import runsheet_pdf_bytes  # Qt loads only when a PDF is asked for

        return runsheet_pdf_bytes(tour, progress=progress)
    raise ValueError(f"unknown export format {fmt!r}")


def save_tour(tour: Tour, fmt: str, path: str | Path, *, progress: Progress | None = None) -> None:
    """Write the export to ``path`` (a temporary file renamed into place, so a reader never sees half).

    Markdown and CSV name images relative to themselves: the images go beside, so the file re-imports whole.
    """
    path = Path(path)
    try:
        if fmt == "pdf":
            from console.formats.runsheet import write_runsheet_pdf

            write_runsheet_pdf(tour, path, progress=progress)
        else:
            write_atomically(path, dump_tour(tour, fmt, progress=progress))
        if fmt in ("md", "csv"):
            for name, image in tour.images.items():
                write_atomically(path.parent / name, image)
    except OSError as error:
        raise KnownError(f"{path}: cannot write the file ({error.strerror})") from None
