"""The one place that finds the bundled assets, the same way from source and from the frozen installer.

The assets live in the top-level ``assets/`` folder of the repository (the demo tour, the demo clip, the
icons, the example venue profile). ``build.spec`` copies that folder next to the ``console`` package inside
the bundle, so in both layouts it is the sibling of the package's folder:

- from source:  ``<repo>/console``                      -> ``<repo>/assets``
- frozen:       ``<bundle>/_internal/console`` (PyInstaller 6 gives modules in its archive a ``__file__``
                under ``sys._MEIPASS``, the bundle's ``_internal``) -> ``<bundle>/_internal/assets``

Use the names below rather than spelling paths, so a file that moves changes here only:

- ``DEMO_TOUR`` (the lead's ``--demo``), ``DEMO_CLIP`` (the camera's ``--demo`` and ``cicerone self-test``),
- ``ICON_PNG`` (window icon), ``TICK_BLACK`` and ``TICK_WHITE`` (the mark in a ticked box, per theme),
- ``BAKED_VENUE`` (the profile ``scripts/build --venue`` bakes in; absent otherwise).

A new asset needs no change to the build: everything under ``assets/`` is packaged.
"""

from __future__ import annotations

from pathlib import Path

from console.errors import KnownError

DEMO_TOUR = "tours/louvre-highlights.md"
DEMO_CLIP = "video/demo-clip.mp4"
ICON_PNG = "icons/cicerone-256.png"
TICK_BLACK = "icons/tick-black.svg"
TICK_WHITE = "icons/tick-white.svg"
VENUE_EXAMPLE = "venue-example.toml"
BAKED_VENUE = "venue/venue.toml"


class MissingAsset(KnownError):
    """A bundled file is not where the installation should have put it: the installation is broken."""


def assets_root() -> Path:
    """The folder holding the assets: beside the ``console`` package, from source and frozen alike."""
    return Path(__file__).resolve().parent.parent / "assets"


def asset_path(relative: str) -> Path:
    """The path of one asset, e.g. ``asset_path(DEMO_TOUR)``; it may not exist (see :func:`require_asset`)."""
    return assets_root() / relative


def require_asset(relative: str) -> Path:
    """The path of an asset that must be there, or a :class:`MissingAsset` that says which and where."""
    path = asset_path(relative)
    if not path.is_file():
        raise MissingAsset(f"the installation lacks {relative} (looked in {assets_root()}): reinstall it")
    return path


def asset_bytes(relative: str) -> bytes:
    """The content of an asset that must be there."""
    return require_asset(relative).read_bytes()
