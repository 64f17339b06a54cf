"""Per-machine settings (a TOML file in the user's config folder) and where files live.

Secrets (API keys, tokens) are never kept here: see ``console.secrets``.
A venue profile baked into an installer provides defaults; the user's own file wins.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from console.errors import InputError
from console.files import write_atomically

APP_NAME = "Cicerone"


@dataclass(frozen=True)
class Settings:
    venue_name: str = ""
    theme: str = "dark"
    language: str = "en"
    text_zoom: float = 1.0
    camera_mrl: str = ""
    camera_caching_ms: int = 250
    viewer_sources: tuple[str, ...] = ()
    viewer_poll_s: float = 30.0
    youtube_base: str = "https://www.googleapis.com"
    twitch_base: str = "https://api.twitch.tv"
    http_json_headers: dict[str, str] = field(default_factory=dict)
    milestones: tuple[int, ...] = (100_000, 250_000, 380_000)
    # Where a backup goes after every show and on 'cicerone backup' (a USB stick, a share); "" is
    # 'backups' in the data folder.
    backup_dir: str = ""


# Numbers a settings file may hold, inclusive: outside them a value would reach a Qt timer or libvlc
# as something absurd (inf, a negative caching), so the file is refused with the reason instead.
RANGES: dict[str, tuple[float, float]] = {
    "viewer_poll_s": (0.5, 3600.0),
    "camera_caching_ms": (0, 10_000),
}


def config_dir() -> Path:
    override = os.environ.get("CICERONE_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    override = os.environ.get("CICERONE_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / "settings.toml"


def settings_from_mapping(values: dict[str, Any], *, name: str) -> Settings:
    """Build settings from parsed TOML, refusing unknown keys and wrong types with a clear reason."""
    known = {f.name: f for f in fields(Settings)}
    defaults = Settings()
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise InputError(f"unknown setting '{key}'", path=name)
        default = getattr(defaults, key)
        if isinstance(default, tuple):
            if not isinstance(value, list):
                raise InputError(f"setting '{key}' must be a list", path=name)
            value = tuple(value)
        elif isinstance(default, dict):
            if not isinstance(value, dict):
                raise InputError(f"setting '{key}' must be a table", path=name)
            value = {str(k): str(v) for k, v in value.items()}
        elif isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, type(default)) or isinstance(value, bool) != isinstance(default, bool):
            raise InputError(f"setting '{key}' must be a {type(default).__name__}", path=name)
        if key in RANGES and not RANGES[key][0] <= value <= RANGES[key][1]:  # also refuses nan
            low, high = RANGES[key]
            raise InputError(f"setting '{key}' must be between {low:g} and {high:g}, not {value}", path=name)
        changes[key] = value
    return replace(defaults, **changes)


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"not valid TOML: {error}", path=str(path)) from None
    except OSError as error:
        raise InputError(f"cannot read ({error.strerror})", path=str(path)) from None


def load_settings(path: Path | None = None, *, base: Settings | None = None) -> Settings:
    """The user's settings over ``base`` (a venue profile's, or the defaults). A missing file is fine."""
    path = path or settings_path()
    base = base or Settings()
    if not path.exists():
        return base
    user = settings_from_mapping(read_toml(path), name=str(path))
    changed = {
        f.name: getattr(user, f.name)
        for f in fields(Settings)
        if getattr(user, f.name) != getattr(Settings(), f.name)
    }
    return replace(base, **changed)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write every setting that differs from the default, all or nothing (see :mod:`console.files`)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    defaults = Settings()
    lines = []
    for item in fields(Settings):
        value = getattr(settings, item.name)
        if value != getattr(defaults, item.name):
            lines.append(f"{item.name} = {_toml_value(value)}")
    write_atomically(path, "\n".join(lines) + "\n")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_value(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")
