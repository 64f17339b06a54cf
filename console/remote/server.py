"""The aiohttp side: HTTP and WebSocket on the console's network loop thread (console/netloop.py).

It never touches widgets, the controller or the database. An action becomes a call to ``dispatch`` (the
service turns it into a queued signal to the GUI thread) and is answered when the GUI thread replies; the
state it serves is the latest immutable :class:`Snapshot` the GUI thread published. No access log (a
``?token=`` must never be written down), no CORS headers, and a request or WebSocket from a page of another
origin is refused: a browser tab elsewhere cannot drive the show even if it guessed the address.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from aiohttp import WSMsgType, web

from console.bounded_json import JsonRefused, load_json_bounded
from console.netloop import NetLoop, shared
from console.remote.actions import Outcome
from console.remote.state import Snapshot
from console.remote.token import same_token
from console.remote.web import PAGES, STATIC_PREFIX, WebViews

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 64 * 1024
ANSWER_TIMEOUT_S = 5.0  # the GUI thread answers in milliseconds; a stuck one is said, not waited for
SHUTDOWN_TIMEOUT_S = 1.0
# Actions handed to the window and not answered yet. More is a flood (or a stuck window): refused at once, so
# neither the Qt event queue nor the service's queue grows without end, whatever the number of connections.
MAX_WAITING_ACTIONS = 200


class Reply:
    """The answer to one action, called once by the GUI thread with the outcome and a fresh snapshot.

    ``abandoned`` is set when the server stopped waiting (it answered 503 "try again"): the action must then
    not run late, or a retried ``next`` would move the show twice."""

    def __init__(self, loop: asyncio.AbstractEventLoop, done: Callable[[Outcome, Snapshot], None]) -> None:
        self.abandoned = False
        self._loop, self._done = loop, done

    def __call__(self, outcome: Outcome, snapshot: Snapshot) -> None:
        with contextlib.suppress(RuntimeError):  # the loop closed: shutting down
            self._loop.call_soon_threadsafe(self._done, outcome, snapshot)


# (action path, query, body, reply): called on the server's thread; the reply may come from any thread.
Dispatch = Callable[[str, Mapping[str, str], Mapping[str, Any], Reply], None]


@dataclass(frozen=True)
class Bound:
    host: str
    port: int


class _Client:
    """One WebSocket: a writer task sends the latest update; a slow client skips the ones it missed.

    What waits for a client is bounded whatever it does: one pending update (a newer one replaces it) and
    the message being sent, which waits while the socket's buffer is over aiohttp's limit (a client that
    stops reading stops being written to; the heartbeat closes it when it stops answering)."""

    def __init__(self, socket: web.WebSocketResponse) -> None:
        self.socket = socket
        self.pending: str | None = None
        self.wake = asyncio.Event()

    def offer(self, message: str) -> None:
        self.pending = message
        self.wake.set()

    async def write(self) -> None:
        try:
            while not self.socket.closed:
                await self.wake.wait()
                self.wake.clear()
                message, self.pending = self.pending, None
                if message is not None and not self.socket.closed:
                    await self.socket.send_str(message)
        except ConnectionError:  # the client left mid-send: its handler tidies up
            pass


def state_message(snapshot: Snapshot) -> str:
    """The update every client gets: made once per snapshot, not once per client."""
    return '{"type":"state","state":' + snapshot.body.decode("utf-8") + "}"


class RemoteServer:
    """Start with :meth:`start` (returns at once; ``on_started``/``on_failed`` say how it went, from the
    loop's thread); :meth:`publish` from any thread; :meth:`stop` waits until the socket is closed."""

    def __init__(
        self,
        host: str,
        port: int,
        token: str,
        dispatch: Dispatch,
        first: Snapshot,
        *,
        on_started: Callable[[Bound], None],
        on_failed: Callable[[str], None],
        web_views: WebViews | None = None,
        netloop: NetLoop | None = None,
    ) -> None:
        self.host, self.port, self._token = host, port, token
        self._web_views = web_views
        self._dispatch = dispatch
        self._latest = first
        self._on_started, self._on_failed = on_started, on_failed
        self._netloop = netloop or shared()
        self._stopping = asyncio.Event()  # bound to the loop on first use there, set only from there
        self._done: concurrent.futures.Future[None] | None = None
        self._clients: weakref.WeakSet[_Client] = weakref.WeakSet()
        self._waiting = 0  # actions dispatched and not replied to (the server's thread only)

    # -- any thread ----------------------------------------------------------------------------------------
    def start(self) -> None:
        self._done = self._netloop.submit(self._serve())

    def publish(self, snapshot: Snapshot) -> None:
        self._netloop.call_soon(self._broadcast, snapshot)

    @property
    def client_count(self) -> int:
        """The WebSocket clients connected now."""
        return len(self._clients)

    def stop(self, timeout_s: float = 5.0) -> None:
        if self._done is None:
            return
        self._netloop.call_soon(self._stopping.set)
        with contextlib.suppress(concurrent.futures.TimeoutError, concurrent.futures.CancelledError):
            self._done.result(timeout_s)

    # -- the loop's thread ---------------------------------------------------------------------------------
    async def _serve(self) -> None:
        try:
            runner = await self._bind()
        except OSError as error:
            self._on_failed(error.strerror or str(error))
            return
        try:
            await self._stopping.wait()
        finally:
            await self._close(runner)
            log.info("remote control stopped")

    async def _bind(self) -> web.AppRunner:
        app = web.Application(client_max_size=MAX_BODY_BYTES, middlewares=[self._guard])
        app.router.add_get("/api/state", self._state)
        app.router.add_route("*", "/api/{action:.+}", self._action)
        app.router.add_get("/ws", self._websocket)
        if self._web_views is not None:
            self._web_views.add_routes(app)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT_S)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        port = sockets[0].getsockname()[1] if sockets else self.port
        self._on_started(Bound(self.host, port))
        return runner

    async def _close(self, runner: web.AppRunner) -> None:
        for client in list(self._clients):
            await client.socket.close(code=1001, message=b"the console is closing")
        await runner.cleanup()

    def _broadcast(self, snapshot: Snapshot) -> None:
        self._latest = snapshot
        message = state_message(snapshot)
        for client in list(self._clients):
            client.offer(message)

    @web.middleware
    async def _guard(self, request: web.Request, handler: Callable[[web.Request], Any]) -> web.StreamResponse:
        """Everything asks for the token; a page of another origin is refused whatever it carries."""
        if request.path.startswith(STATIC_PREFIX):  # the pages' scripts and style: no show data in them
            response: web.StreamResponse = await handler(request)
            return response
        if request.path not in ("/ws", *PAGES) and not request.path.startswith("/api/"):
            return failure(404, "not found")
        origin = request.headers.get("Origin")
        if origin is not None and not same_origin(origin, request.host):
            return failure(403, "requests from another site's page are refused")
        offered = request.query.get("token")
        authorization = request.headers.get("Authorization", "")
        if authorization.startswith("Bearer "):
            offered = authorization.removeprefix("Bearer ").strip()
        if not same_token(offered, self._token):
            return failure(401, "a valid token is needed: Authorization: Bearer TOKEN, or ?token=TOKEN")
        answered: web.StreamResponse = await handler(request)
        return answered

    async def _state(self, _request: web.Request) -> web.Response:
        return web.Response(body=self._latest.body, content_type="application/json")

    async def _action(self, request: web.Request) -> web.Response:
        if request.method not in ("GET", "POST"):
            return failure(405, "use POST /api/ACTION (or GET /api/ACTION?token=T)")
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return failure(413, f"the body is larger than {MAX_BODY_BYTES // 1024} KB")
        body = parse_body(raw) if raw.strip() else {}
        if body is None:
            return failure(400, 'the body is not a JSON object (e.g. {"text": "Wrap up"})')
        if request.method == "GET" and "text" in request.query:
            body = {**body, "text": request.query["text"]}  # for button tools that can only send a link
        query = {key: value for key, value in request.query.items() if key != "token"}
        outcome, snapshot = await self._answer(request.match_info["action"], query, body)
        return answer(outcome, request.match_info["action"], snapshot)

    async def _answer(
        self, path: str, query: Mapping[str, str], body: Mapping[str, Any]
    ) -> tuple[Outcome, Snapshot]:
        if self._waiting >= MAX_WAITING_ACTIONS:
            return Outcome(503, "the console is busy with other requests; try again"), self._latest
        loop = asyncio.get_running_loop()
        future: asyncio.Future[tuple[Outcome, Snapshot]] = loop.create_future()

        def resolve(outcome: Outcome, snapshot: Snapshot) -> None:
            self._waiting -= 1  # replied, even late: it has left the window's queue
            if not future.done():
                future.set_result((outcome, snapshot))

        reply = Reply(loop, resolve)
        self._waiting += 1
        self._dispatch(path, query, body, reply)
        try:
            return await asyncio.wait_for(future, ANSWER_TIMEOUT_S)
        except TimeoutError:
            reply.abandoned = True
            return Outcome(503, "the console did not answer in time; try again"), self._latest

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(max_msg_size=MAX_BODY_BYTES, heartbeat=30.0)
        await socket.prepare(request)
        client = _Client(socket)
        self._clients.add(client)
        client.offer(state_message(self._latest))
        writer = asyncio.ensure_future(client.write())
        try:
            async for message in socket:
                if message.type != WSMsgType.TEXT:
                    continue
                await socket.send_str(await self._ws_action(message.data))
        finally:
            writer.cancel()
            self._clients.discard(client)
        return socket

    async def _ws_action(self, text: str) -> str:
        """``{"action": "goto/3", "from": 2, "text": "...", "id": 7}`` -> ``{"type": "result", ...}``."""
        body = parse_body(text.encode("utf-8", "replace"))
        request_id = body.get("id") if body is not None else None
        if body is None or not isinstance(body.get("action"), str):
            outcome, name, snapshot = Outcome(400, 'send {"action": "next"} (JSON)'), "", self._latest
        else:
            name = body["action"]
            query = {"from": str(body["from"])} if "from" in body else {}
            outcome, snapshot = await self._answer(name, query, body)
        result = result_body(outcome, name, snapshot)
        return json.dumps({"type": "result", "id": request_id, "status": outcome.status, **result})


def same_origin(origin: str, host: str) -> bool:
    """A browser's Origin against the Host it asked for: the server's own pages only."""
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc.lower() == host.lower()


def parse_body(raw: bytes) -> dict[str, Any] | None:
    """A JSON object, or None (malformed, not an object, not UTF-8, nested too deeply)."""
    try:
        value = load_json_bounded(raw)  # on the network loop's thread: measured before it is parsed
    except JsonRefused:
        return None
    return value if isinstance(value, dict) else None


def result_body(outcome: Outcome, action: str, snapshot: Snapshot) -> dict[str, Any]:
    result: dict[str, Any] = {"ok": outcome.ok, "action": action}
    if outcome.reason:
        result["reason"] = outcome.reason
    result["state"] = snapshot.state
    return result


def answer(outcome: Outcome, action: str, snapshot: Snapshot) -> web.Response:
    return web.json_response(result_body(outcome, action, snapshot), status=outcome.status)


def failure(status: int, reason: str) -> web.Response:
    return web.json_response({"ok": False, "reason": reason}, status=status)
