"""Where faults end up: a rotating log file, a crash log, and hooks that catch what nothing else caught.

Plain Python (the Qt message handler is installed by ``app.py``): the command line and the window share it.
Every line passes through :class:`ScrubbingFormatter` before any handler writes it, so an API key that
reached an error message (a URL with ``key=...``) never lands in a file a venue may send to support.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from console import __version__
from console.settings import data_dir

LOG_NAME = "cicerone.log"
CRASH_NAME = "crash.log"
LOG_BYTES = 1_000_000  # a few files of about 1 MB: weeks of shows, small enough to attach to an e-mail
LOG_BACKUPS = 4
LEVELS = ("debug", "info", "warning", "error")
# The environment variables that may hold secrets (see console.audience.secrets): their values are scrubbed.
SECRET_VARIABLES = ("CICERONE_YOUTUBE_API_KEY", "CICERONE_TWITCH_CLIENT_ID", "CICERONE_TWITCH_TOKEN")

_secrets: set[str] = set()
_lock = threading.Lock()
log = logging.getLogger("console")


def log_dir() -> Path:
    return data_dir() / "logs"


def log_path() -> Path:
    return log_dir() / LOG_NAME


def crash_path() -> Path:
    return log_dir() / CRASH_NAME


def register_secret(value: str | None) -> None:
    """Scrub ``value`` from every log line from now on (keys read from the keyring call this)."""
    if value and len(value.strip()) >= 3:
        with _lock:
            _secrets.add(value.strip())


def scrub(text: str) -> str:
    """``text`` with every known secret (plain or URL-encoded) replaced by ``***``."""
    from urllib.parse import quote, quote_plus

    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        for form in {secret, quote(secret, safe=""), quote_plus(secret)}:
            text = text.replace(form, "***")
    return text


class ScrubbingFormatter(logging.Formatter):
    """The whole formatted record, traceback included, with the secrets taken out."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class TerminalHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Warnings to whatever ``sys.stderr`` is now (tests swap it); crash reports stay in the files."""

    def __init__(self) -> None:
        super().__init__()
        self.addFilter(lambda record: not getattr(record, "file_only", False))

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass  # always the current sys.stderr


def setup_logging(level: str = "info") -> Path | None:
    """Log to the rotating file in the data folder (idempotent); None if that folder cannot be written.

    Nothing goes to the terminal but warnings and worse (the console's own messages say what a user needs).
    """
    for variable in SECRET_VARIABLES:
        register_secret(os.environ.get(variable))
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    formatter = ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in list(root.handlers):
        if getattr(handler, "cicerone", False):
            root.removeHandler(handler)
            handler.close()
    path: Path | None = log_path()
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        file_handler.setLevel(getattr(logging, level.upper(), logging.INFO))
    except OSError:
        path = None  # a read-only home: the show goes on, the terminal still hears about problems
        file_handler = logging.NullHandler()
    terminal = TerminalHandler()
    terminal.setLevel(logging.DEBUG if level == "debug" else logging.WARNING)
    for handler in (file_handler, terminal):
        handler.setFormatter(formatter)
        handler.cicerone = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path


def write_crash(text: str) -> Path:
    """Append a traceback with the version and platform to the crash log (and the log); returns its path."""
    path = crash_path()
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    where = f"Cicerone {__version__} on {platform.platform()}, Python {platform.python_version()}"
    entry = scrub(f"--- {stamp} {where}\n{text}")
    # The log file gets it too (its place among the other lines helps); the terminal never shows a traceback.
    log.error("internal error (details in %s):\n%s", path, text, extra={"file_only": True})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(entry.rstrip("\n") + "\n")
    except OSError:
        pass  # the log line above is all there is; the banner still tells the guide
    return path


def install_crash_hooks(on_crash: Callable[[Path], None]) -> None:
    """Uncaught exceptions in any thread (a Qt slot included) go to the crash log, then ``on_crash``.

    The process keeps running: in a slot, an exception ends that slot only, so the show goes on.
    ``on_crash`` may be called from any thread (the window's bridge queues it to the GUI thread).
    """

    def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            return  # Ctrl-C is handled by the signal handler, never a crash
        on_crash(write_crash("".join(traceback.format_exception(kind, error, tb))))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        name = args.thread.name if args.thread is not None else "?"
        on_crash(write_crash(f"in thread {name}:\n{text}"))

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
