"""``obs://HOST:PORT``: where the encoder's WebSocket server listens (OBS 28+: Tools > WebSocket Server)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from console.errors import InputError
from console.messages import QT_TRANSLATE_NOOP

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4455  # obs-websocket's own default
OFF_WORDS = ("", "off", "none")
MAX_SOURCE_CHARS = 300


@dataclass(frozen=True)
class EncoderSource:
    host: str
    port: int

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"obs://{host}:{self.port}"

    @property
    def url(self) -> str:
        """The WebSocket address (obs-websocket speaks plain ws://; a LAN or a tunnel is the venue's)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"ws://{host}:{self.port}"


def parse_encoder(text: str) -> EncoderSource | None:
    """``obs://HOST:PORT`` (``obs://`` alone: this machine's OBS), or None for ``off``; InputError otherwise.

    A password in the address is refused: it belongs in the keyring or ``CICERONE_OBS_PASSWORD``, never in a
    setting, a profile or a command line that ends up in a shell's history."""
    text = text.strip()
    if text.lower() in OFF_WORDS:
        return None
    if len(text) > MAX_SOURCE_CHARS or not text.isprintable():
        raise InputError(
            QT_TRANSLATE_NOOP("Encoder", "not an encoder address (obs://HOST:PORT)"), path="encoder"
        )
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP("Encoder", "the port is not a number from 1 to 65535 in {text}").format(
                text=text
            ),
            path="encoder",
        ) from None
    if parts.scheme.lower() != "obs":
        raise InputError(
            QT_TRANSLATE_NOOP("Encoder", "{text} is not obs://HOST:PORT (only OBS is supported)").format(
                text=text
            ),
            path="encoder",
        )
    if parts.password is not None or parts.username is not None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Encoder",
                "no password in the address: put it in the keyring or CICERONE_OBS_PASSWORD",
            ),
            path="encoder",
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise InputError(
            QT_TRANSLATE_NOOP("Encoder", "{text} has more than HOST:PORT").format(text=text), path="encoder"
        )
    if port == 0:
        raise InputError(
            QT_TRANSLATE_NOOP("Encoder", "the port is not a number from 1 to 65535 in {text}").format(
                text=text
            ),
            path="encoder",
        )
    return EncoderSource(parts.hostname or DEFAULT_HOST, port or DEFAULT_PORT)
