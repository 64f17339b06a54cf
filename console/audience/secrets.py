"""API keys and tokens: the OS keyring first, then the environment. Never stored in settings or the database.

The keyring is optional at run time: no backend, a locked or broken one, or keyring not installed at all
means we quietly fall back to the environment. A lookup must never raise into the caller or hold up the show.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, fields

from console.logs import register_secret
from console.messages import Message, Text

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Cicerone"
# field name -> (keyring user name, environment variable)
NAMES = {
    "youtube_api_key": ("youtube_api_key", "CICERONE_YOUTUBE_API_KEY"),
    "twitch_client_id": ("twitch_client_id", "CICERONE_TWITCH_CLIENT_ID"),
    "twitch_token": ("twitch_token", "CICERONE_TWITCH_TOKEN"),
    "obs_password": ("obs_password", "CICERONE_OBS_PASSWORD"),  # the encoder's (console/encoder)
}


@dataclass(frozen=True)
class Secrets:
    """The credentials the platform sources need; ``repr`` never shows them."""

    youtube_api_key: str | None = None
    twitch_client_id: str | None = None
    twitch_token: str | None = None
    obs_password: str | None = None

    def __repr__(self) -> str:
        present = [f.name for f in fields(self) if getattr(self, f.name)]
        return f"Secrets(present={present})"

    def values(self) -> tuple[str, ...]:
        """Every secret value, for scrubbing from any text we show or write."""
        return tuple(value for f in fields(self) if (value := getattr(self, f.name)))


def _keyring_lookup(user: str) -> str | None:
    """The keyring's value, or None when there is no usable backend (never raises)."""
    if os.environ.get("CICERONE_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
            return None
        value = keyring.get_password(KEYRING_SERVICE, user)
    except Exception as error:  # any backend failure (locked, no D-Bus, missing module) means "not there"
        log.info("keyring not usable (%s); using the environment", type(error).__name__)
        return None
    return value or None


def lookup(name: str) -> str | None:
    """One secret by field name: keyring, then environment, else None."""
    user, variable = NAMES[name]
    value = (_keyring_lookup(user) or "").strip() or os.environ.get(variable, "").strip()
    register_secret(value)  # from now on no log line can show it, wherever it ends up quoted
    return value or None


# Which secrets each kind of source needs: nothing else is looked up, so a console that polls no
# platform never touches the keyring (whose first use costs ~150 ms and may ask to unlock).
NEEDED_BY_KIND = {
    "youtube": ("youtube_api_key",),
    "twitch": ("twitch_client_id", "twitch_token"),
    "obs": ("obs_password",),
}


def load_secrets(kinds: Iterable[str] | None = None) -> Secrets:
    """The secrets for sources of ``kinds`` (every secret when None)."""
    names = NAMES if kinds is None else {name for kind in kinds for name in NEEDED_BY_KIND.get(kind, ())}
    return Secrets(**{name: lookup(name) for name in names})


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every secret (plain or URL-encoded) replaced by ``***``."""
    from urllib.parse import quote, quote_plus

    for secret in secrets:
        if len(secret) < 3:
            continue
        for form in {secret, quote(secret, safe=""), quote_plus(secret)}:
            text = text.replace(form, "***")
    return text


def redact_said(said: Text, secrets: tuple[str, ...]) -> Text:
    """:func:`redact` for a message: its template is ours; its arguments (a URL, an API's words) may leak."""
    if isinstance(said, str):
        return redact(said, secrets)
    args = tuple(
        (name, redact_said(value, secrets) if isinstance(value, (str, Message)) else value)
        for name, value in said.args
    )
    return Message(said.context, said.template, args)
