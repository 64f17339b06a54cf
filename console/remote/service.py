"""The GUI thread's side of the show-control server: snapshots out, actions in, through queued signals.

The server's thread only ever emits :attr:`RemoteService.requested`; the action runs here, on the GUI thread,
with the controller, and the answer goes back with a fresh snapshot. Snapshots are published on every change
of the show and every second while on air; an unchanged one is not sent again.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, Literal

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from console.audience.tally import TotalView
from console.errors import KnownError
from console.live.controller import LiveController
from console.live.questions import QuestionDesk
from console.remote.actions import ActionRegistry, Outcome, QuestionActions, ShowActions
from console.remote.server import Bound, RemoteServer, Reply
from console.remote.state import Snapshot, SnapshotMaker
from console.remote.token import remote_token
from console.remote.web_strings import web_views
from console.settings import Settings

log = logging.getLogger(__name__)
RemoteMode = Literal["local", "lan", "off"]
REMOTE_MODES: tuple[RemoteMode, ...] = ("local", "lan", "off")
DEFAULT_PORT = Settings().remote_port  # 4390: none of Ontime's, OBS's, Companion's, pdfpc's or vMix's
ON_AIR_TICK_MS = 1000
QUESTIONS_PUBLISH_MS = 500
ACTION_SLICE_S = 0.008  # the GUI thread's time for queued actions per turn of its loop
Call = tuple[str, Mapping[str, str], Mapping[str, Any], Reply]
HOSTS = {"local": "127.0.0.1", "lan": "0.0.0.0"}


ENV_PORT = "CICERONE_REMOTE_PORT"  # beats the setting (tests use 0: a free port each, never a clash)


def chosen_mode(option: str | None, settings: Settings) -> RemoteMode:
    """``--remote``, else the setting (checked against REMOTE_MODES when it was read)."""
    mode = option or settings.remote
    return "lan" if mode == "lan" else "off" if mode == "off" else "local"


def chosen_port(option: int | None, settings: Settings) -> int:
    """``--remote-port``, else CICERONE_REMOTE_PORT, else the remote_port setting."""
    if option is not None:
        return option
    text = os.environ.get(ENV_PORT, "").strip()
    if text.isdigit() and int(text) <= 65535:
        return int(text)
    if text:
        log.warning("%s=%r is not a port (0 to 65535); using %s", ENV_PORT, text[:20], settings.remote_port)
    return settings.remote_port


class RemoteService(QObject):
    requested = Signal(object)  # (path, query, body, reply), from the server's thread
    started = Signal(str)  # the address to show (http://HOST:PORT/)
    failed = Signal(str)  # why show control is off, for the banner
    _bound = Signal(object)  # Bound, from the server's thread
    _bind_failed = Signal(str)

    def __init__(
        self,
        controller: LiveController,
        *,
        mode: RemoteMode = "local",
        port: int = DEFAULT_PORT,
        viewers: Callable[[], TotalView | None] = lambda: None,
        language: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller, self.mode, self.port, self.viewers = controller, mode, port, viewers
        self.questions: QuestionDesk | None = None  # the audience's questions (set_questions)
        self.language = language  # the window's, which the browser views speak too
        self.registry = ActionRegistry()
        ShowActions(controller).register(self.registry)
        self.server: RemoteServer | None = None
        self.url = ""
        self.token = ""
        self._published: bytes = b""
        self._snapshots = SnapshotMaker()
        self._last = self.snapshot()
        # Actions wait in a queue the GUI thread works through a few milliseconds at a time: a burst of
        # requests never holds the window for longer than ACTION_SLICE_S between two paints.
        self._calls: deque[Call] = deque()
        self._drain = QTimer(self, singleShot=True, interval=0)
        self._drain.timeout.connect(self._run_some)
        self.requested.connect(self._queue, Qt.ConnectionType.QueuedConnection)
        self._bound.connect(self._on_bound, Qt.ConnectionType.QueuedConnection)
        self._bind_failed.connect(self._on_bind_failed, Qt.ConnectionType.QueuedConnection)
        self._tick = QTimer(self, interval=ON_AIR_TICK_MS)
        self._tick.timeout.connect(self._on_air_tick)
        # At once, not a turn of the loop later: a client that asks right after a key press sees it.
        controller.changed.connect(self.publish)
        controller.cue_changed.connect(self.publish)
        controller.language_changed.connect(self.publish)

    def set_questions(self, desk: QuestionDesk) -> None:
        """Serve the audience's questions in the state and take ``question/...`` actions."""
        self.questions = desk
        QuestionActions(desk).register(self.registry)
        desk.pinned_changed.connect(self.publish)  # at once
        # New questions at most every QUESTIONS_PUBLISH_MS: fifty chat messages a second are not fifty states.
        later = QTimer(self, singleShot=True, interval=QUESTIONS_PUBLISH_MS)
        later.timeout.connect(self.publish)
        desk.changed.connect(lambda: later.isActive() or later.start())

    def start(self) -> None:
        """Bind in the server's thread; ``started`` or ``failed`` follows. Never raises, never blocks."""
        if self.mode == "off" or self.server is not None:
            return
        try:
            self.token = remote_token()
        except KnownError as error:
            self.failed.emit(
                self.tr("Show control is off: {reason}. The show goes on.").format(reason=error.text())
            )
            return
        self.server = RemoteServer(
            HOSTS[self.mode],
            self.port,
            self.token,
            lambda *call: self.requested.emit(call),
            self.snapshot(),
            on_started=self._bound.emit,
            on_failed=self._bind_failed.emit,
            web_views=web_views(self.language),
        )
        self.server.start()
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        if self.server is not None:
            self.server.stop()
            self.server = None

    def snapshot(self) -> Snapshot:
        return self._snapshots.make(self.controller, self.viewers(), self.questions)

    def publish(self) -> None:
        snapshot = self.snapshot()
        self._send(snapshot)

    def _send(self, snapshot: Snapshot, *, always: bool = False) -> None:
        self._last = snapshot
        if self.server is not None and (always or snapshot.body != self._published):
            self._published = snapshot.body
            self.server.publish(snapshot)

    def _on_air_tick(self) -> None:
        if self.controller.on_air:
            self._send(self.snapshot(), always=True)

    def _queue(self, call: Call) -> None:
        self._calls.append(call)
        if not self._drain.isActive():
            self._drain.start()

    def _run_some(self) -> None:
        deadline = time.perf_counter() + ACTION_SLICE_S
        while self._calls and time.perf_counter() < deadline:
            self._run(self._calls.popleft())
        if self._calls:
            self._drain.start()

    def _run(self, call: Call) -> None:
        path, query, body, reply = call
        if self.server is None:  # stopped: the database may be closing; nothing runs any more
            reply(Outcome(503, "the console is closing"), self._last)
            return
        if reply.abandoned:  # the caller was told 503 "try again" long ago: running it now could act twice
            reply(Outcome(503, "the console did not answer in time; try again"), self._last)
            return
        try:
            outcome = self.registry.run(path, query, body)
            if outcome.ok:
                log.info("remote action %s: %s", path[:80], outcome.status)
            snapshot = self.snapshot()
        except Exception:  # a bug: logged with its traceback; the caller still gets an answer, at once
            log.exception("remote action %s failed", path[:80])
            reply(Outcome(500, "internal error (a bug): details are in the console's log"), self._last)
            return
        self._send(snapshot)  # usually sent already by the change itself: an identical one is not resent
        reply(outcome, snapshot)

    def _on_bound(self, bound: Bound) -> None:
        self.port = bound.port
        host = lan_address() if self.mode == "lan" else bound.host
        self.url = f"http://{host}:{bound.port}/"
        log.info("remote control on %s (%s)", self.url, self.mode)
        self.started.emit(self.url)

    def _on_bind_failed(self, reason: str) -> None:
        self.server = None
        self._tick.stop()
        log.warning("remote control is off: port %s: %s", self.port, reason)
        self.failed.emit(
            self.tr(
                "Show control is off: port {port} cannot be used ({reason}); another program may hold it. "
                "Start with --remote-port N, or set remote_port. The show goes on."
            ).format(port=self.port, reason=reason)
        )


def lan_address() -> str:
    """This machine's address on the network it would reach others through (no packet is sent)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routing only, never reached
        address: str = probe.getsockname()[0]
        return address
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()
