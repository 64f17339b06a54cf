"""The show-control token: made once, kept for the user only, never in the database, the settings or a log.

It lives in a file in the user's config folder that only the user can read (0600), so it survives restarts
and a phone paired once stays paired. ``CICERONE_REMOTE_TOKEN`` overrides it (a venue's automation sets its
own). Every token read here is registered with the log scrubber, so even a URL with ``?token=`` never
reaches the log file in clear.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from console.errors import KnownError
from console.files import NotARegularFile, read_regular_file
from console.logs import register_secret
from console.settings import config_dir

ENV_TOKEN = "CICERONE_REMOTE_TOKEN"
TOKEN_FILE = "remote-token"
TOKEN_BYTES = 24  # 32 URL-safe characters: short enough for a QR code, far beyond guessing
MIN_TOKEN_CHARS = 16
MAX_TOKEN_CHARS = 256


class TokenError(KnownError):
    """The token cannot be read or made (an unreadable file, a weak override)."""


def token_path() -> Path:
    return config_dir() / TOKEN_FILE


def remote_token() -> str:
    """The token: the environment's, else the kept one, made now the first time it is needed."""
    override = os.environ.get(ENV_TOKEN, "").strip()
    if override:
        if not MIN_TOKEN_CHARS <= len(override) <= MAX_TOKEN_CHARS or not override.isprintable():
            raise TokenError(
                f"{ENV_TOKEN} must be {MIN_TOKEN_CHARS} to {MAX_TOKEN_CHARS} printable characters"
            )
        register_secret(override)
        return override
    path = token_path()
    token = _read(path)
    if token is None:
        token = _create(path)
    register_secret(token)
    return token


def same_token(offered: str | None, token: str) -> bool:
    """Compare in constant time, so the answer's timing says nothing about the token."""
    return offered is not None and hmac.compare_digest(offered.encode(), token.encode())


def _read(path: Path) -> str | None:
    try:
        # A FIFO or a device where the token belongs is refused before a byte is read (no hang).
        text = read_regular_file(path, MAX_TOKEN_CHARS + 2).decode("ascii").strip()
    except FileNotFoundError:
        return None
    except NotARegularFile:
        raise TokenError(f"{path}: not a regular file; delete it to make a new token") from None
    except (OSError, OverflowError, UnicodeDecodeError) as error:
        raise TokenError(
            f"{path}: cannot read the remote token ({error}); delete the file to make a new one"
        ) from None
    if not MIN_TOKEN_CHARS <= len(text) <= MAX_TOKEN_CHARS:
        raise TokenError(f"{path}: not a remote token; delete the file to make a new one")
    return text


def new_token() -> str:
    """A random token a command line can take as it is: never starting with "-", which argparse reads as an
    option (``--token -Az…``: "expected one argument"; one token in 64 did, and a crew's script failed)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    while token.startswith("-"):
        token = secrets.token_urlsafe(TOKEN_BYTES)
    return token


def _create(path: Path) -> str:
    """A new token in a file created for the user only (never widened by the umask, never replaced)."""
    token = new_token()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it a moment ago: theirs is the token
        existing = _read(path)
        if existing is None:
            raise TokenError(f"{path}: the remote token vanished while it was made; try again") from None
        return existing
    except OSError as error:
        raise TokenError(f"{path}: cannot keep the remote token ({error.strerror})") from None
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(token + "\n")
    return token
