"""What every subcommand needs: the database from ``--db``, and writing output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from console.errors import KnownError
from console.files import UnsafeTarget, write_atomically
from console.show.limits import MAX_INTEGER
from console.store import Database, chosen_db_path, default_db_path, open_database

STDOUT_NAMES = ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")
_LONGEST_ID_TEXT = 40  # int() of a 10 000-digit argument is slow and raises its own, odder, error


def db_path(args: argparse.Namespace) -> Path:
    """The database the global options name (``--demo``, ``--db``), as the window would open it."""
    return chosen_db_path(getattr(args, "db", None), demo=getattr(args, "demo", False))


def database(args: argparse.Namespace) -> Database:
    return open_database(db_path(args))


def databases_in_use(args: argparse.Namespace) -> list[Path]:
    """What no ``-o FILE`` may replace: the chosen database and the default one (each with its companions)."""
    return [db_path(args), default_db_path()]


def is_stdout(output: str | None) -> bool:
    """``-o -`` and the names of standard output itself (``-o /dev/stdout | head`` is what people type):
    written to the stream, never replaced by a regular file, whatever the stream is (a pipe, a terminal)."""
    return output is None or output in STDOUT_NAMES


def whole_number(text: str) -> int | None:
    """``text`` as a whole number written in ASCII digits (spaces around allowed), else None. ``int()``
    alone also takes ``٣``, ``1_000`` and ``+3``, which no other number the console reads does."""
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit()) or len(digits) > _LONGEST_ID_TEXT:
        return None
    return int(digits)


def record_id(text: str) -> int:
    """An argparse type for a tour or session id: a whole number from 1 to the largest the database holds,
    so ``9223372036854775808`` or ``2**70`` is a usage error (exit 2), not an overflow deep in SQLite."""
    value = whole_number(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"not a whole number: {text[:40]!r}")
    if not 1 <= value <= MAX_INTEGER:
        raise argparse.ArgumentTypeError(
            f"an id is a whole number from 1 to {MAX_INTEGER}, not {text[:40]!r}"
        )
    return value


def port_number(text: str) -> int:
    """An argparse type for a TCP port: 0 (any free one) to 65535."""
    port = whole_number(text)
    if port is None or port > 65535:
        raise argparse.ArgumentTypeError(f"a port is a whole number from 0 to 65535, not {text[:40]!r}")
    return port


MAX_SCREEN_NAME_CHARS = 200


def screen_name(text: str) -> str:
    """An argparse type for ``--stage``: a screen's system name (``HDMI-1``, ``DELL U2720Q``) or ``off``, one
    printable line of sane length. It is remembered in the settings and said in the console's banners."""
    if not text.strip() or not text.isprintable() or len(text) > MAX_SCREEN_NAME_CHARS:
        raise argparse.ArgumentTypeError(
            f"a screen's name is one printable line of at most {MAX_SCREEN_NAME_CHARS} characters, "
            f"not {text[:40]!r}"
        )
    return text.strip()


def encoder_address(text: str) -> str:
    """An argparse type for ``--encoder`` and ``stream probe``: ``obs://HOST:PORT`` or ``off``."""
    from console.errors import InputError
    from console.show.encoder_source import parse_encoder

    try:
        source = parse_encoder(text)
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error.reason)) from None
    return "off" if source is None else str(source)


def timeout_seconds(text: str) -> float:
    """An argparse type for ``--timeout``: above 0 and at most an hour, so no NaN, infinity or number too
    large for a Qt timer (milliseconds in a C int) reaches one and ends in a traceback."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("the timeout must be between 0 and 3600 seconds")
    return value


def write_output(text: str | bytes, output: str | None, *, protect: Iterable[Path] = ()) -> None:
    """Write to ``-o FILE`` (all or nothing, see :mod:`console.files`) or to standard output.

    ``protect``: the databases in use (:func:`databases_in_use`), which the file may never be.
    """
    if is_stdout(output):
        if isinstance(text, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(text)
        else:
            sys.stdout.write(text)
        return
    assert output is not None
    try:
        write_atomically(Path(output), text, protect=protect)
    except UnsafeTarget as error:
        raise KnownError(str(error)) from None
    except OSError as error:
        raise KnownError(f"{output}: cannot write the file ({error.strerror})") from None
