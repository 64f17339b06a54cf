"""Tour scripts and session reports in and out. No Qt widgets here: the CLI and the editor share it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from console.errors import InputError
from console.formats.bundle import load_bundle
from console.formats.csv_format import load_csv
from console.formats.json_format import dump_json, load_json
from console.formats.markdown import dump_markdown, load_markdown
from console.show.tour import Tour

__all__ = ["dump_json", "dump_markdown", "load_tour"]

_LOADERS: dict[str, Callable[[Path], Tour]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_markdown,
    ".json": load_json,
    ".csv": load_csv,
    ".cicerone": load_bundle,
}


def load_tour(path: str | Path, *, title: str | None = None, slot_s: int | None = None) -> Tour:
    """Read a tour from any supported file, chosen by its extension.

    ``title`` and ``slot_s`` override the file's own (a CSV has none: its title is the file's name).
    """
    path = Path(path)
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        known = ", ".join(sorted(_LOADERS))
        raise InputError(f"unknown tour file type '{path.suffix}' (known: {known})", path=str(path))
    tour = loader(path)
    if title is not None and title.strip():
        tour = replace(tour, title=title.strip())
    if slot_s is not None:
        tour = replace(tour, slot_s=slot_s)
    return tour
