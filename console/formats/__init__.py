"""Tour scripts and session reports in and out. No Qt widgets here: the CLI and the editor share it."""

from __future__ import annotations

from pathlib import Path

from console.errors import InputError
from console.formats.json_format import dump_json, load_json
from console.formats.markdown import dump_markdown, load_markdown
from console.show.tour import Tour

__all__ = ["dump_json", "dump_markdown", "load_tour"]

_LOADERS = {".md": load_markdown, ".markdown": load_markdown, ".txt": load_markdown, ".json": load_json}


def load_tour(path: str | Path) -> Tour:
    """Read a tour from any supported file, chosen by its extension."""
    path = Path(path)
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        known = ", ".join(sorted(_LOADERS))
        raise InputError(f"unknown tour file type '{path.suffix}' (known: {known})", path=str(path))
    return loader(path)
