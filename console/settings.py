"""Per-machine settings (a TOML file in the user's config folder) and where files live.

Secrets (API keys, tokens) are never kept here: see ``console.secrets``.
A venue profile baked into an installer provides defaults; the user's own file wins.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import platformdirs

from console.errors import InputError
from console.files import NotARegularFile, read_regular_file, write_atomically

if TYPE_CHECKING:
    from console.show.questions import QuestionRules

APP_NAME = "Cicerone"
# The languages the window speaks (console/ui/languages.py); the command line stays in English.
UI_LANGUAGES = ("en", "fr", "zh_CN")


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
    # Audience questions (console/show/questions.py): chat sources, where Twitch chat is, the question
    # rules (empty lists: the built-in ones, listed in the README), and whether chat asking nothing is kept.
    chat_sources: tuple[str, ...] = ()
    twitch_chat_url: str = "wss://irc-ws.chat.twitch.tv:443"
    question_prefixes: tuple[str, ...] = ()
    question_words: tuple[str, ...] = ()
    question_words_anywhere: tuple[str, ...] = ()  # Chinese: found anywhere (no spaces to find a start by)
    question_endings: tuple[str, ...] = ()
    chat_keep_all: bool = False
    milestones: tuple[int, ...] = (100_000, 250_000, 380_000)
    # Where a backup goes after every show and on 'cicerone backup' (a USB stick, a share); "" is
    # 'backups' in the data folder.
    backup_dir: str = ""
    # The stage display (console/ui/stage_display.py): the screen it fills, by the name the system gives it
    # ("" is off), and whether it shows the viewer total.
    stage_screen: str = ""
    stage_viewers: bool = False
    # The show-control server (console/remote): on this machine only, on the LAN (a venue's opt-in) or off;
    # its port (4390 by default: no production tool takes it; 0 is any free port).
    remote: str = "local"
    remote_port: int = 4390
    # The encoder whose word on the stream the console shows (console/encoder): obs://HOST:PORT, "" for none
    # (its password is in the keyring or CICERONE_OBS_PASSWORD, never here); the dropped-frames share, in
    # percent over 30 s, above which the line turns amber.
    encoder: str = ""
    encoder_dropped_percent: float = 2.0


# Numbers a settings file may hold, inclusive: outside them a value would reach a Qt timer or libvlc
# as something absurd (inf, a negative caching), so the file is refused with the reason instead.
RANGES: dict[str, tuple[float, float]] = {
    "viewer_poll_s": (0.5, 3600.0),
    "camera_caching_ms": (0, 10_000),
    "text_zoom": (0.6, 2.5),  # the talking points' own limits (ui/talking_points.py)
    "remote_port": (0, 65535),
    "encoder_dropped_percent": (0.1, 100.0),
}
# Words a setting must be one of.
CHOICES: dict[str, tuple[str, ...]] = {"remote": ("local", "lan", "off")}
# What each list holds, checked item by item (a list of numbers where specs belong would fail later, in a
# feed, with a traceback); milestones within the same sane bound as any viewer count.
ITEMS: dict[str, tuple[type, tuple[int, int] | None]] = {
    "viewer_sources": (str, None),
    "chat_sources": (str, None),
    "question_prefixes": (str, None),
    "question_words": (str, None),
    "question_words_anywhere": (str, None),
    "question_endings": (str, None),
    "milestones": (int, (1, 10**12)),
}
MAX_ITEMS = 100
# A name, an address, a path or an MRL: one printable line. A control character would reach the banners and
# the logs, a megabyte the window's labels.
MAX_TEXT_CHARS = 4096


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
    return replace(Settings(), **checked_values(values, name=name))


def checked_values(values: dict[str, Any], *, name: str) -> dict[str, Any]:
    """The settings in ``values`` (parsed TOML) as Python values, or InputError naming the key and reason."""
    known = {f.name for f in fields(Settings)}
    defaults = Settings()
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise InputError(f"unknown setting '{key}'", path=name)
        default = getattr(defaults, key)
        if isinstance(default, tuple):
            if not isinstance(value, list):
                raise InputError(f"setting '{key}' must be a list", path=name)
            value = tuple(_checked_items(key, value, name))
        elif isinstance(default, dict):
            if not isinstance(value, dict):
                raise InputError(f"setting '{key}' must be a table", path=name)
            if len(value) > MAX_ITEMS:
                raise InputError(
                    f"setting '{key}' holds {len(value)} entries, at most {MAX_ITEMS}", path=name
                )
            value = {str(k): str(v) for k, v in value.items()}
            for text in (*value, *value.values()):
                _check_text(key, text, name)
        elif isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, type(default)) or isinstance(value, bool) != isinstance(default, bool):
            raise InputError(f"setting '{key}' must be a {type(default).__name__}", path=name)
        if isinstance(value, str):
            _check_text(key, value, name)
        if key in RANGES and not RANGES[key][0] <= value <= RANGES[key][1]:  # also refuses nan
            low, high = RANGES[key]
            raise InputError(f"setting '{key}' must be between {low:g} and {high:g}, not {value}", path=name)
        if key in CHOICES and value not in CHOICES[key]:
            raise InputError(
                f"setting '{key}' must be one of {', '.join(CHOICES[key])}, not {value!r:.40}", path=name
            )
        if key == "encoder":
            from console.show.encoder_source import parse_encoder  # the address's own rules, one place

            try:
                parse_encoder(value)
            except InputError as error:
                raise InputError(f"setting 'encoder': {error.reason}", path=name) from None
        changes[key] = value
    return changes


def _check_text(key: str, text: str, name: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"setting '{key}' is {len(text):,} characters long, at most {MAX_TEXT_CHARS:,}", path=name
        )
    if not text.isprintable():
        raise InputError(f"setting '{key}' holds a control character: one printable line", path=name)


def _checked_items(key: str, items: list[Any], name: str) -> list[Any]:
    kind, bounds = ITEMS[key]
    if len(items) > MAX_ITEMS:
        raise InputError(f"setting '{key}' holds {len(items)} items, at most {MAX_ITEMS}", path=name)
    for item in items:
        if not isinstance(item, kind) or isinstance(item, bool):
            raise InputError(f"setting '{key}' must hold {kind.__name__} items, not {item!r:.40}", path=name)
        if isinstance(item, str):
            _check_text(key, item, name)
        if bounds is not None and not bounds[0] <= cast(int, item) <= bounds[1]:
            low, high = bounds
            raise InputError(f"setting '{key}': {item} is not between {low:,} and {high:,}", path=name)
    return items


# A settings file is a few hundred bytes; a bigger one is not ours (and is never read whole).
MAX_SETTINGS_BYTES = 1_000_000


def read_toml(path: Path) -> dict[str, Any]:
    """A small TOML file, refused with the reason when it is not one (not UTF-8, too big, not a file)."""
    try:
        data = read_regular_file(path, MAX_SETTINGS_BYTES)
    except NotARegularFile:
        raise InputError("not a regular file (a folder, a pipe or a device)", path=str(path)) from None
    except OverflowError:
        raise InputError(
            f"larger than {MAX_SETTINGS_BYTES:,} bytes: not a settings file", path=str(path)
        ) from None
    except OSError as error:
        raise InputError(f"cannot read ({error.strerror})", path=str(path)) from None
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start + 1})", path=str(path)) from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"not valid TOML: {error}", path=str(path)) from None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        raise InputError("nested too deeply to be a settings file", path=str(path)) from None


def user_values(path: Path | None = None) -> dict[str, Any]:
    """What the user set on this machine (a missing file: nothing), checked."""
    path = path or settings_path()
    if not path.exists():
        return {}
    return checked_values(read_toml(path), name=str(path))


def load_settings(path: Path | None = None, *, base: Settings | None = None) -> Settings:
    """The user's settings over ``base`` (a venue profile's, or the defaults). A missing file is fine.

    Every value the user's file holds wins, even one equal to the default: a user who set the camera back
    to none after the venue profile chose one means none.
    """
    return replace(base or Settings(), **user_values(path))


def save_settings(changes: dict[str, Any], path: Path | None = None) -> None:
    """Remember ``changes`` as the user's choice: they join what the user's file already holds, and nothing
    else is written (a venue profile's values stay the venue's). All or nothing (see :mod:`console.files`).
    """
    import tomli_w

    path = path or settings_path()
    values = {**user_values(path), **checked_values(_as_toml(changes), name=str(path))}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, tomli_w.dumps(_as_toml(values)))


def _as_toml(values: dict[str, Any]) -> dict[str, Any]:
    """Tuples as the lists TOML has (tomli-w writes lists, not tuples)."""
    return {key: list(value) if isinstance(value, tuple) else value for key, value in values.items()}


def question_rules(settings: Settings) -> QuestionRules:
    """The question rules the settings choose; an empty list keeps the built-in one (listed in the README)."""
    from console.show.questions import QuestionRules

    built_in = QuestionRules()
    return QuestionRules(
        prefixes=settings.question_prefixes or built_in.prefixes,
        words=settings.question_words or built_in.words,
        zh_words=settings.question_words_anywhere or built_in.zh_words,
        endings=settings.question_endings or built_in.endings,
    )
