"""Twitch chat, read-only and anonymous, over its IRC-over-WebSocket interface.

``NICK justinfanNNNNN`` needs no account or token; ``CAP REQ :twitch.tv/tags twitch.tv/commands`` gives each
``PRIVMSG`` its display name, id and sent time as IRCv3 tags. The server's ``PING`` is answered with ``PONG``,
its ``RECONNECT`` followed at once, and a dropped connection retried with a growing wait. Lines may arrive
several to a frame or cut across two; a line longer than Twitch ever sends is dropped, not buffered.

The client runs on the network loop thread and never touches Qt: it hands batches of messages and status
changes to a callback, which :class:`TwitchChatSource` turns into a queued signal to the GUI thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import aiohttp
from PySide6.QtCore import QObject, Qt, Signal

from console.audience.chat_feed import ChatSource
from console.audience.chat_specs import ChatSpec
from console.audience.chat_youtube import ChatState
from console.messages import QT_TRANSLATE_NOOP, Text
from console.netloop import shared as network_loop
from console.settings import Settings
from console.show.chat import ChatMessage, chat_message

log = logging.getLogger(__name__)
MAX_LINE_CHARS = 16_384  # Twitch's lines with all their tags stay under 8 KB
MAX_FRAME_BYTES = 256 * 1024
BACKOFF_S = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 60.0)
CONNECT_TIMEOUT_S = 10.0
QUIET_S = 6 * 60.0  # Twitch pings every ~5 minutes: longer silence is a dead connection


@dataclass(frozen=True)
class IrcLine:
    tags: dict[str, str]
    prefix: str
    command: str
    params: tuple[str, ...]


_ESCAPES = {"s": " ", ":": ";", "\\": "\\", "r": "\r", "n": "\n"}


def _unescape(value: str) -> str:
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(_ESCAPES.get(following, following))
        else:
            out.append(char)
    return "".join(out)


def parse_line(line: str) -> IrcLine | None:
    """One IRC line (IRCv3 tags, prefix, command, params); None for an empty or malformed one."""
    tags: dict[str, str] = {}
    if line.startswith("@"):
        raw, _, line = line[1:].partition(" ")
        for pair in raw.split(";"):
            key, _, value = pair.partition("=")
            tags[key] = _unescape(value)
    prefix = ""
    if line.startswith(":"):
        prefix, _, line = line[1:].partition(" ")
    head, colon, trailing = line.partition(" :")
    words = head.split()
    if not words:
        return None
    params = tuple(words[1:]) + ((trailing,) if colon else ())
    return IrcLine(tags, prefix, words[0].upper(), params)


def privmsg(line: IrcLine, label: str, now: float) -> ChatMessage | None:
    """A chat message from a tagged ``PRIVMSG`` (display-name, id, tmi-sent-ts)."""
    if line.command != "PRIVMSG" or len(line.params) < 2:
        return None
    author = line.tags.get("display-name") or line.prefix.partition("!")[0]
    sent = line.tags.get("tmi-sent-ts", "")
    at = now
    if sent.isascii() and sent.isdigit() and len(sent) <= 15 and abs(int(sent) / 1000 - now) < 86_400:
        at = int(sent) / 1000
    text = line.params[-1]
    if text.startswith("\x01ACTION ") and text.endswith("\x01"):  # "/me waves"
        text = text[8:-1]
    return chat_message("twitch", label, author, text, at, line.tags.get("id", ""))


class LineBuffer:
    """Frames in, whole lines out: a line cut across frames is kept until its end arrives (within a bound)."""

    def __init__(self) -> None:
        self._partial = ""

    def feed(self, data: str) -> list[str]:
        text = self._partial + data
        *lines, self._partial = text.replace("\r\n", "\n").split("\n")
        if len(self._partial) > MAX_LINE_CHARS:
            log.info("twitch chat: dropped an over-long line (%d characters)", len(self._partial))
            self._partial = ""
        return [line for line in lines if line and len(line) <= MAX_LINE_CHARS]


Deliver = Callable[[list[ChatMessage], tuple[ChatState, Text] | None], None]


class _Reconnect(Exception):
    """The server said RECONNECT: go again at once."""


async def read_twitch(
    login: str, url: str, label: str, deliver: Deliver, *, backoff: tuple[float, ...] = BACKOFF_S
) -> None:
    """Read ``#login`` until cancelled, reconnecting after any drop; never raises but CancelledError."""
    failures = 0
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                await _session(session, login, url, label, deliver)
                failures = 0  # the server closed cleanly: go again after the shortest wait
                reason: Text = QT_TRANSLATE_NOOP("ChatSource", "the server closed the connection")
            except _Reconnect:
                deliver([], ("connecting", QT_TRANSLATE_NOOP("ChatSource", "the server asked to reconnect")))
                continue
            except (aiohttp.ClientError, OSError, TimeoutError, ValueError) as error:
                failures += 1
                reason = QT_TRANSLATE_NOOP("ChatSource", "connection lost ({name})").format(
                    name=type(error).__name__
                )
            wait = backoff[min(max(failures - 1, 0), len(backoff) - 1)] * random.uniform(0.8, 1.2)
            deliver(
                [],
                (
                    "error",
                    QT_TRANSLATE_NOOP("ChatSource", "{reason}; again in {seconds:.0f} s").format(
                        reason=reason, seconds=wait
                    ),
                ),
            )
            await asyncio.sleep(wait)


async def _session(
    session: aiohttp.ClientSession, login: str, url: str, label: str, deliver: Deliver
) -> None:
    deliver([], ("connecting", ""))
    timeout = aiohttp.ClientWSTimeout(ws_receive=QUIET_S, ws_close=2.0)
    async with asyncio.timeout(CONNECT_TIMEOUT_S):
        socket = await session.ws_connect(url, timeout=timeout, max_msg_size=MAX_FRAME_BYTES, autoping=True)
    try:
        await socket.send_str("CAP REQ :twitch.tv/tags twitch.tv/commands")
        await socket.send_str(f"NICK justinfan{random.randint(10_000, 99_999)}")
        await socket.send_str(f"JOIN #{login}")
        lines = LineBuffer()
        async for frame in socket:
            if frame.type != aiohttp.WSMsgType.TEXT:
                if frame.type in (aiohttp.WSMsgType.ERROR, aiohttp.WSMsgType.CLOSED):
                    break
                continue
            batch: list[ChatMessage] = []
            status: tuple[ChatState, Text] | None = None
            now = time.time()
            for text in lines.feed(frame.data):
                line = parse_line(text)
                if line is None:
                    continue
                if line.command == "PING":
                    await socket.send_str("PONG :" + (line.params[-1] if line.params else "tmi.twitch.tv"))
                elif line.command == "RECONNECT":
                    raise _Reconnect
                elif line.command in ("JOIN", "ROOMSTATE"):
                    status = ("live", "")
                elif line.command == "NOTICE" and line.params and "unsuccessful" in line.params[-1]:
                    status = ("error", QT_TRANSLATE_NOOP("ChatSource", "Twitch refused the login"))
                elif (message := privmsg(line, label, now)) is not None:
                    batch.append(message)
            if batch or status:
                deliver(batch, status)
    finally:
        await socket.close()


class _Relay(QObject):
    said = Signal(object, object)  # (messages, status or None), from the loop thread


class TwitchChatSource(ChatSource):
    """The Qt face of :func:`read_twitch`: started and cancelled on the GUI thread, heard through a queue."""

    def __init__(
        self,
        spec: ChatSpec,
        clock: Callable[[], float],
        parent: QObject,
        *,
        settings: Settings,
        base: str | None = None,
    ) -> None:
        super().__init__(spec, clock, parent)
        self.url = base or settings.twitch_chat_url
        self.relay = _Relay(self)
        self.relay.said.connect(self._heard, Qt.ConnectionType.QueuedConnection)
        self.job: concurrent.futures.Future[None] | None = None

    def start(self) -> None:
        if self.job is None:
            coroutine = read_twitch(self.spec.target, self.url, self.spec.label, self.relay.said.emit)
            self.job = network_loop().submit(coroutine)

    def stop(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.cancel()

    def _heard(self, messages: list[ChatMessage], status: tuple[ChatState, Text] | None) -> None:
        if self.job is None:
            return
        if status is not None:
            self.say(*status)
        for message in messages:
            self.message.emit(message)
