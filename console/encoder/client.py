"""The obs-websocket v5 client, on the console's network loop thread (never the GUI's).

:func:`connect` does the documented handshake (Hello, Identify with the authentication string, Identified)
and returns an :class:`ObsLink` that matches each request's ``requestId`` in the answers and hands events to
a callback. :class:`ObsWatcher` keeps a link up: it reads the stream and record status every interval and,
when anything fails, says why and tries again with backoff (1, 2, 4... 30 s), for as long as it runs.
The password only ever goes into the authentication string; it is never logged or kept here.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections.abc import Callable
from typing import Any

import aiohttp

from console.encoder.health import Reading, record_status, stream_status
from console.encoder.protocol import (
    MAX_MESSAGE_BYTES,
    NOT_V5,
    SUBPROTOCOL,
    Op,
    ProtocolError,
    close_reason,
    identify,
    parse,
    request,
)
from console.messages import QT_TRANSLATE_NOOP, Text
from console.show.encoder_source import EncoderSource

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_S = 5.0
REQUEST_TIMEOUT_S = 5.0
FIRST_RETRY_S = 1.0
LONGEST_RETRY_S = 30.0

EventHandler = Callable[[float, str, dict[str, Any]], None]


class ObsLink:
    """One identified connection; :meth:`close` (or a drop) fails every pending request with the reason."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse, on_event: EventHandler | None) -> None:
        self._socket = socket
        self._on_event = on_event
        self._pending: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self.closed: asyncio.Future[Text] = asyncio.get_running_loop().create_future()  # why it ended
        self._reader = asyncio.ensure_future(self._read())

    async def request(
        self, request_type: str, data: dict[str, Any] | None = None, timeout_s: float = REQUEST_TIMEOUT_S
    ) -> dict[str, Any]:
        """The ``responseData`` of a successful request; ProtocolError when OBS refused it or went quiet."""
        if self.closed.done():
            raise ProtocolError(self.closed.result())
        request_id = f"cicerone-{next(self._ids)}"
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = answer
        try:
            await self._socket.send_json(request(request_type, request_id, data))
            response = await asyncio.wait_for(answer, timeout_s)
        except TimeoutError:
            raise ProtocolError(
                QT_TRANSLATE_NOOP("Encoder", "OBS did not answer {request} within {seconds:g} s").format(
                    request=request_type, seconds=timeout_s
                )
            ) from None
        except ConnectionError:
            raise ProtocolError(close_reason(None)) from None
        finally:
            self._pending.pop(request_id, None)
        status = response.get("requestStatus")
        if not isinstance(status, dict) or status.get("result") is not True:
            comment = status.get("comment") if isinstance(status, dict) else None
            raise ProtocolError(
                QT_TRANSLATE_NOOP("Encoder", "OBS refused {request}: {comment}").format(
                    request=request_type, comment=str(comment or "no reason given")[:200]
                )
            )
        data_back = response.get("responseData", {})
        return data_back if isinstance(data_back, dict) else {}

    async def close(self) -> None:
        self._reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._reader
        await self._socket.close()
        self._end(close_reason(None))

    async def _read(self) -> None:
        try:
            async for message in self._socket:
                if message.type != aiohttp.WSMsgType.TEXT:
                    continue
                try:
                    envelope = parse(message.data)
                except ProtocolError:
                    continue  # one bad message is not the end of the link
                if envelope.op == Op.REQUEST_RESPONSE:
                    answer = self._pending.get(str(envelope.d.get("requestId")))
                    if answer is not None and not answer.done():
                        answer.set_result(envelope.d)
                elif envelope.op == Op.EVENT and self._on_event is not None:
                    name, data = envelope.d.get("eventType"), envelope.d.get("eventData", {})
                    if isinstance(name, str) and isinstance(data, dict):
                        self._on_event(time.time(), name, data)
        finally:
            self._end(close_reason(self._socket.close_code))

    def _end(self, reason: Text) -> None:
        if not self.closed.done():
            self.closed.set_result(reason)
        for answer in self._pending.values():
            if not answer.done():
                answer.set_exception(ProtocolError(reason))


async def connect(
    http: aiohttp.ClientSession,
    source: EncoderSource,
    password: str | None,
    *,
    timeout_s: float = CONNECT_TIMEOUT_S,
    on_event: EventHandler | None = None,
) -> ObsLink:
    """Connect, authenticate and identify; ProtocolError with the reason a person can act on."""
    where = str(source)
    try:
        socket = await asyncio.wait_for(
            http.ws_connect(
                source.url, protocols=(SUBPROTOCOL,), max_msg_size=MAX_MESSAGE_BYTES, autoping=True
            ),
            timeout_s,
        )
    except aiohttp.WSServerHandshakeError:
        raise ProtocolError(NOT_V5) from None
    except (aiohttp.ClientConnectorError, OSError) as error:
        log.info("encoder %s: %s", where, error)
        raise ProtocolError(
            QT_TRANSLATE_NOOP(
                "Encoder", "OBS is not answering at {address} (is OBS open, with its WebSocket server on?)"
            ).format(address=where)
        ) from None
    except (TimeoutError, aiohttp.ClientError):
        raise ProtocolError(
            QT_TRANSLATE_NOOP("Encoder", "no answer from {address} within {seconds:g} s").format(
                address=where, seconds=timeout_s
            )
        ) from None
    try:
        hello = await _expect(socket, Op.HELLO, timeout_s, where)
        await socket.send_json(identify(hello, password))
        await _expect(socket, Op.IDENTIFIED, timeout_s, where)
    except BaseException:
        await socket.close()
        raise
    log.info("encoder %s: identified (obs-websocket %s)", where, str(hello.get("obsWebSocketVersion"))[:20])
    return ObsLink(socket, on_event)


async def _expect(
    socket: aiohttp.ClientWebSocketResponse, op: int, timeout_s: float, where: str
) -> dict[str, Any]:
    try:
        message = await socket.receive(timeout_s)
    except TimeoutError:
        if op == Op.HELLO:
            raise ProtocolError(
                QT_TRANSLATE_NOOP(
                    "Encoder", "{address} accepted the connection but never said Hello: not obs-websocket v5?"
                ).format(address=where)
            ) from None
        raise ProtocolError(
            QT_TRANSLATE_NOOP("Encoder", "OBS did not confirm the connection within {seconds:g} s").format(
                seconds=timeout_s
            )
        ) from None
    if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED):
        raise ProtocolError(close_reason(socket.close_code))
    if message.type != aiohttp.WSMsgType.TEXT:
        raise ProtocolError(NOT_V5)
    envelope = parse(message.data)
    if envelope.op != op:
        raise ProtocolError(NOT_V5)
    return envelope.d


LinkHandler = Callable[[str, Text | None], None]
# The password, or how to look it up (called once, off the GUI thread: a keyring may take its time).
Password = str | None | Callable[[], str | None]


class ObsWatcher:
    """Keeps a link to OBS up and reads the status every ``interval_s``; run :meth:`run` on the loop.

    Callbacks run on the loop's thread: ``on_link("connected"|"failed", reason)``, ``on_reading(Reading)``,
    ``on_event(at, name, data)``. They must only hand things over (a queued signal), never block."""

    def __init__(
        self,
        source: EncoderSource,
        password: Password,
        *,
        on_link: LinkHandler,
        on_reading: Callable[[Reading], None],
        on_event: EventHandler,
        interval_s: float = 1.0,
        timeout_s: float = CONNECT_TIMEOUT_S,
    ) -> None:
        self.source = source
        self._password = password
        self._on_link, self._on_reading, self._on_event = on_link, on_reading, on_event
        self.interval_s = interval_s
        self.timeout_s = timeout_s

    def __repr__(self) -> str:  # never the password
        return f"ObsWatcher({self.source})"

    async def run(self) -> None:
        retry_s = FIRST_RETRY_S
        if callable(self._password):
            self._password = await asyncio.to_thread(self._password)
        async with aiohttp.ClientSession() as http:
            while True:
                try:
                    link = await connect(
                        http, self.source, self._secret(), timeout_s=self.timeout_s, on_event=self._on_event
                    )
                except ProtocolError as error:
                    self._failed(error.reason, retry_s)
                    await asyncio.sleep(retry_s)
                    retry_s = min(LONGEST_RETRY_S, retry_s * 2)
                    continue
                self._on_link("connected", None)
                try:
                    await self._poll(link)
                except ProtocolError as error:
                    self._failed(error.reason, FIRST_RETRY_S)
                finally:
                    await link.close()
                retry_s = FIRST_RETRY_S  # it worked once: the first retry comes quickly
                await asyncio.sleep(retry_s)

    def _secret(self) -> str | None:
        return None if callable(self._password) else self._password

    def _failed(self, reason: Text, retry_s: float) -> None:
        log.info("encoder %s: %s (again in %g s)", self.source, reason, retry_s)
        self._on_link("failed", reason)

    async def _poll(self, link: ObsLink) -> None:
        while True:
            if link.closed.done():
                raise ProtocolError(link.closed.result())
            self._on_reading(await read_status(link))
            await asyncio.sleep(self.interval_s)


async def read_status(link: ObsLink, timeout_s: float = REQUEST_TIMEOUT_S) -> Reading:
    """GetStreamStatus and GetRecordStatus together, stamped when both came back."""
    stream, record = await asyncio.gather(
        link.request("GetStreamStatus", timeout_s=timeout_s),
        link.request("GetRecordStatus", timeout_s=timeout_s),
    )
    return Reading(time.time(), stream_status(stream), record_status(record))
