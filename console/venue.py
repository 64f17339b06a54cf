"""Venue profiles: what ``scripts/build --venue venue.toml`` bakes into an installer for one museum.

A profile gives a venue's machine its defaults (name, camera, viewer sources, language, theme, any other
setting) and the tours to import on first start. It is read from the bundle's ``assets/venue/venue.toml``;
the user's own settings file still wins (``load_settings(base=venue_settings())``).

Secrets never go in a profile: an installer is copied around, a keyring is not. Keys that look like secrets
(``api_key``, ``token``, ``client_secret``, ``password``...) and URLs carrying a password or a token are
refused with the file, the line and the reason. The format is documented in ``assets/venue-example.toml``.

``python -m console.venue stage VENUE.toml OUTDIR`` checks a profile and copies it with its tours into a
folder that ``build.spec`` bakes in; it prints the venue's name. It only ever empties a folder it made
itself (marked with ``.cicerone-venue-stage``), and never the profile's own folder.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from console.assets import BAKED_VENUE, asset_path
from console.errors import InputError, KnownError
from console.files import open_regular_file, write_atomically
from console.settings import Settings, data_dir, read_toml, settings_from_mapping

if TYPE_CHECKING:
    from console.store import TourRepository

THEMES = ("dark", "light")
# Top-level profile keys and the setting each one fills; "tours" and "settings" are handled apart.
SHORT_KEYS = {
    "name": "venue_name",
    "language": "language",
    "theme": "theme",
    "camera": "camera_mrl",
    "encoder": "encoder",
}
LIST_KEYS = {"viewers": "viewer_sources"}
_SECRET_WORDS = ("token", "secret", "password", "passwd", "credential", "authorization", "bearer", "cookie")
_SECRET_KEY = re.compile(r"(^|_)(api_?key|key|private_?key)$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z]{2,4})?$")
# Written first into every folder ``stage`` fills: the one proof that re-staging may empty that folder.
STAGE_MARKER = ".cicerone-venue-stage"
_MARKER_TEXT = "Staged by 'python -m console.venue stage'; staging again replaces this folder's content.\n"


@dataclass(frozen=True)
class VenueProfile:
    path: Path
    settings: Settings
    tours: tuple[Path, ...]  # absolute paths of the .cicerone (or any tour) files to import on first start

    @property
    def name(self) -> str:
        return self.settings.venue_name


def looks_secret(key: str) -> bool:
    """True for names such as ``api_key``, ``X-Api-Key``, ``clientSecret``, ``access_token``."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower().replace("-", "_").replace(" ", "_")
    return any(word in snake.replace("_", "") for word in _SECRET_WORDS) or bool(_SECRET_KEY.search(snake))


def secret_in_text(value: str) -> str | None:
    """Why a string (a camera MRL, a viewer source, a header) would carry a secret, or None."""
    for word in re.findall(r"[a-z][a-z0-9+.-]*://\S+", value, flags=re.IGNORECASE) or [value]:
        try:
            parts = urlsplit(word.split("#", 1)[0])
            password = parts.password
        except ValueError:
            continue
        if password:
            return "a URL with a password in it"
        for name, _ in parse_qsl(parts.query, keep_blank_values=True):
            if looks_secret(name):
                return f"a URL with a '{name}' parameter"
    return None


def parse_venue(path: Path) -> VenueProfile:
    """Read and check a profile; any problem is an :class:`InputError` naming the file, the line and why."""
    path = Path(path)
    values = read_toml(path)
    text = path.read_text(encoding="utf-8")
    where = str(path)
    for dotted, value in _walk(values):
        key = dotted[-1]
        if looks_secret(key):
            raise InputError(
                f"'{'.'.join(dotted)}' looks like a secret: secrets are entered on the venue's machine "
                "and kept in its keyring, never baked into an installer",
                path=where,
                line=_line_of(text, key),
            )
        if isinstance(value, str) and (reason := secret_in_text(value)):
            raise InputError(
                f"'{'.'.join(dotted)}' is {reason}: enter credentials on the venue's machine instead",
                path=where,
                line=_line_of(text, key),
            )
    mapping: dict[str, Any] = {}
    for key, value in values.items():
        if key in SHORT_KEYS:
            mapping[SHORT_KEYS[key]] = value
        elif key in LIST_KEYS:
            mapping[LIST_KEYS[key]] = [value] if isinstance(value, str) else value
        elif key not in ("tours", "settings"):
            known = ", ".join([*SHORT_KEYS, *LIST_KEYS, "tours", "[settings]"])
            raise InputError(f"unknown key '{key}' (known: {known})", path=where, line=_line_of(text, key))
    extra = values.get("settings", {})
    if not isinstance(extra, dict):
        raise InputError("'settings' must be a table", path=where, line=_line_of(text, "settings"))
    for key in extra:
        if key in mapping:
            raise InputError(f"'{key}' is given twice", path=where, line=_line_of(text, key))
    name = {**extra, **mapping}.get("venue_name")
    if isinstance(name, str) and (not name.isprintable() or len(name) > 100):  # said here, with its line
        line = _line_of(text, "name")
        raise InputError("name must be one line of at most 100 characters", path=where, line=line)
    settings = settings_from_mapping({**extra, **mapping}, name=where)
    _check_values(settings, where, text)
    return VenueProfile(path=path, settings=settings, tours=_tour_paths(values.get("tours", []), path, text))


def _walk(values: dict[str, Any], prefix: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    for key, value in values.items():
        dotted = (*prefix, str(key))
        yield dotted, value
        if isinstance(value, dict):
            yield from _walk(value, dotted)
        elif isinstance(value, list):
            for item in value:
                yield dotted, item


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*(\[+\s*)?([\w.-]*\.)?[\"']?{re.escape(key)}[\"']?\s*(=|\])")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _check_values(settings: Settings, where: str, text: str) -> None:
    if settings.theme not in THEMES:
        raise InputError(
            f"theme must be one of {', '.join(THEMES)}", path=where, line=_line_of(text, "theme")
        )
    if not _LANGUAGE.match(settings.language):
        raise InputError(
            "language must be a code such as en, fr or pt_BR", path=where, line=_line_of(text, "language")
        )
    from console.audience.specs import parse_spec

    for spec in settings.viewer_sources:
        try:
            parse_spec(spec)
        except InputError as error:
            raise InputError(error.reason, path=where, line=_line_of(text, "viewers")) from None


def _tour_paths(raw: Any, path: Path, text: str) -> tuple[Path, ...]:
    """Tours are named relative to the profile and lie in its folder, so the folder can be baked whole."""
    line = _line_of(text, "tours")
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise InputError("'tours' must be a list of file names", path=str(path), line=line)
    tours = []
    for name in raw:
        relative = PurePosixPath(name.replace("\\", "/"))
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise InputError(
                f"tour '{name}' must be a path inside the profile's folder (no '..', not absolute)",
                path=str(path),
                line=line,
            )
        tour = path.parent.joinpath(*relative.parts)
        if not tour.is_file():
            raise InputError(f"tour file '{name}' not found beside the profile", path=str(path), line=line)
        tours.append(tour)
    return tuple(tours)


def baked_venue() -> VenueProfile | None:
    """The profile baked into this installation, or None (a plain install, or running from source)."""
    path = asset_path(BAKED_VENUE)
    return parse_venue(path) if path.is_file() else None


def venue_settings() -> Settings:
    """The defaults the user's settings are laid over: the baked profile's, else the built-in ones."""
    profile = baked_venue()
    return profile.settings if profile else Settings()


def import_default_tours(
    profile: VenueProfile, tours: TourRepository, marker_dir: Path | None = None
) -> int | None:
    """On this machine's first start with this profile, import its tours; the first one's id, else None.

    Once done, a marker (per profile version) keeps a tour the producer deleted from coming back, and
    later starts open on whatever tour the console would choose anyway. A tour already there (same title)
    is never imported twice.
    """
    marker = (marker_dir or data_dir()) / f"venue-tours-{_digest(profile)}.done"
    if not profile.tours or marker.exists():
        return None
    from console.formats import load_tour

    ids = []
    for tour in [load_tour(path) for path in profile.tours]:  # all read before any is stored
        existing = tours.find_by_title(tour.title)
        ids.append(existing if existing is not None else tours.add(tour))
    marker.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(marker, "\n".join(path.name for path in profile.tours) + "\n")
    return ids[0]


def _digest(profile: VenueProfile) -> str:
    import hashlib  # here, not at the top: loading OpenSSL costs ~7 ms of every start, for a first run only

    content = hashlib.sha256()
    for path in (profile.path, *profile.tours):
        # Streamed (a bundle may be large) from a regular file only: the profile was checked, but a file
        # swapped for a FIFO since would hang the first start.
        with open_regular_file(path) as handle:
            while chunk := handle.read(1 << 20):
                content.update(chunk)
    return content.hexdigest()[:16]


def stage(source: Path, destination: Path) -> VenueProfile:
    """Check a profile and copy it, with its tours, into ``destination``/venue.toml: what a build bakes in.

    ``destination`` is new, empty, or a folder an earlier ``stage`` made (its :data:`STAGE_MARKER` says
    so): only then is its old content removed. Anything else (the profile's own folder, a folder holding
    it or the tours, someone's files) is refused before anything is touched.
    """
    profile = parse_venue(source)
    from console.formats import load_tour

    for tour in profile.tours:
        load_tour(tour)  # a broken bundle fails the build, not the venue's first start
    _check_stage_folder(profile, destination)
    if (destination / STAGE_MARKER).is_file():
        shutil.rmtree(destination)  # ours: the marker is written before anything else goes in
    destination.mkdir(parents=True, exist_ok=True)
    write_atomically(destination / STAGE_MARKER, _MARKER_TEXT)
    shutil.copyfile(source, destination / "venue.toml")
    for tour in profile.tours:
        target = destination / tour.relative_to(source.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tour, target)
    return parse_venue(destination / "venue.toml")


def _check_stage_folder(profile: VenueProfile, destination: Path) -> None:
    """Refuse a folder that is or holds what is staged, or holds files ``stage`` did not put there."""
    if destination.is_symlink():
        raise KnownError(f"{destination}: cannot stage a venue here: it is a symbolic link")
    if destination.exists() and not destination.is_dir():
        raise KnownError(f"{destination}: cannot stage a venue here: it is not a folder")
    target = destination.resolve()
    for kept in (profile.path, *profile.tours):
        if target == kept.resolve().parent or target in kept.resolve().parents:
            raise KnownError(
                f"{destination}: cannot stage a venue here: it holds {kept.name}, which staging "
                "would delete; stage into a new folder"
            )
    if target.exists() and any(target.iterdir()) and not (target / STAGE_MARKER).is_file():
        raise KnownError(
            f"{destination}: cannot stage a venue here: the folder is not empty and an earlier stage did "
            f"not make it (no {STAGE_MARKER}); stage into a new or empty folder"
        )


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "stage":
        print("usage: python -m console.venue stage VENUE.toml OUTDIR", file=sys.stderr)
        return 2
    try:
        profile = stage(Path(argv[1]), Path(argv[2]))
    except KnownError as error:
        print(f"venue: error: {error.text()}", file=sys.stderr)
        return error.exit_code
    print(f"venue '{profile.name}': {len(profile.tours)} tour(s) staged in {argv[2]}", file=sys.stderr)
    print(profile.name or Path(argv[1]).stem)  # for the build's file names and package description
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
