"""Viewer source specs: ``youtube:ID``, ``twitch:LOGIN``, ``http-json:URL#path``, ``file:PATH``, ``demo``.

A spec is how a producer writes a source on the command line and in settings; parsing it is pure so that a
typo is reported before the show, with the reason, and never becomes a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import SplitResult, urlsplit, urlunsplit

from console.errors import InputError
from console.messages import QT_TRANSLATE_NOOP, Text

Kind = Literal["youtube", "twitch", "http-json", "file", "demo"]
KINDS: tuple[Kind, ...] = ("youtube", "twitch", "http-json", "file", "demo")
NETWORK_KINDS = ("youtube", "twitch", "http-json")
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,64}$")
TWITCH_LOGIN = re.compile(r"^[A-Za-z0-9_]{2,64}$")


@dataclass(frozen=True)
class SourceSpec:
    kind: Kind
    target: str = ""  # the video id, login, URL or file path
    path: tuple[str, ...] = ()  # where the number is in an http-json answer
    text: str = ""

    @property
    def label(self) -> str:
        """The name shown and stored with each sample: the spec, without a URL's query or password."""
        if self.kind != "http-json":
            return self.text
        parts = urlsplit(self.target)
        host = parts.netloc.rpartition("@")[2]  # no user name or password; the port, [IPv6] as written
        url = urlunsplit((parts.scheme, host, parts.path, "", ""))
        return f"http-json:{url}" + (f"#{'.'.join(self.path)}" if self.path else "")

    @property
    def is_network(self) -> bool:
        return self.kind in NETWORK_KINDS


def parse_spec(text: str) -> SourceSpec:
    """The spec, or an :class:`InputError` saying what is wrong and what a good one looks like."""
    text = text.strip()
    where = QT_TRANSLATE_NOOP("ViewerSource", "viewer source {spec}").format(spec=repr(text))
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise InputError(
            QT_TRANSLATE_NOOP("ViewerSource", "a viewer source cannot contain control characters"), path=where
        )
    if text == "demo":
        return SourceSpec("demo", text=text)
    kind, sep, rest = text.partition(":")
    if not sep or kind not in KINDS or kind == "demo":
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ViewerSource",
                "unknown kind: use youtube:ID, twitch:LOGIN, http-json:URL#path, file:PATH or demo",
            ),
            path=where,
        )
    rest = rest.strip()
    if kind == "youtube":
        if not YOUTUBE_ID.match(rest):
            raise InputError(
                QT_TRANSLATE_NOOP("ViewerSource", "a YouTube video id is 6-64 letters, digits, '-' or '_'"),
                path=where,
            )
        return SourceSpec("youtube", rest, text=text)
    if kind == "twitch":
        if not TWITCH_LOGIN.match(rest):
            raise InputError(
                QT_TRANSLATE_NOOP("ViewerSource", "a Twitch login is letters, digits and '_'"), path=where
            )
        return SourceSpec("twitch", rest.lower(), text=text)
    if kind == "file":
        if not rest:
            raise InputError(
                QT_TRANSLATE_NOOP("ViewerSource", "give a file path, e.g. file:/tmp/viewers.txt"), path=where
            )
        return SourceSpec("file", rest, text=text)
    url, _, dotted = rest.rpartition("#") if "#" in rest else (rest, "", "")
    parts = _http_url(url, where)
    if parts is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ViewerSource",
                "http-json needs an http(s) URL, e.g. http-json:https://stats.example/live#data.online",
            ),
            path=where,
        )
    path = tuple(dotted.split(".")) if dotted else ()
    if any(not step for step in path):
        raise InputError(QT_TRANSLATE_NOOP("ViewerSource", "the dotted path has an empty step"), path=where)
    return SourceSpec("http-json", url, path, text=text)


def _http_url(url: str, where: Text) -> SplitResult | None:
    """``url`` split, if it is http(s) with a host; an :class:`InputError` for a port no socket has."""
    try:
        parts = urlsplit(url)
        port = parts.port  # urllib checks the port only when asked, and then raises ValueError
    except (
        ValueError
    ) as error:  # "Port out of range 0-65535", "Port could not be cast...", "Invalid IPv6 URL"
        if "IPv6" in str(error):
            raise InputError(
                QT_TRANSLATE_NOOP("ViewerSource", "an IPv6 address goes in brackets: http://[::1]:8080/"),
                path=where,
            ) from None
        port = 0
    if port == 0:
        raise InputError(
            QT_TRANSLATE_NOOP("ViewerSource", "the port must be a number from 1 to 65535"), path=where
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts


def replace_base(url: str, base: str) -> str:
    """``url`` with its scheme and host (and port) taken from ``base``; the path and query stay."""
    new = _http_url(base, base)
    if new is None:
        raise InputError(
            QT_TRANSLATE_NOOP("ViewerSource", "--base must be an http(s) URL such as http://127.0.0.1:8080"),
            path=base,
        )
    old = urlsplit(url)
    prefix = new.path.rstrip("/")
    return urlunsplit((new.scheme, new.netloc, prefix + old.path, old.query, old.fragment))
