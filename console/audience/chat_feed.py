"""The chat feed: every chat source of the show merged into one stream of bounded messages, on Qt's loop.

``demo-chat`` is a timer; ``youtube-chat`` reads with the viewer counter's :class:`SourceReader` (timeout,
body cap, secrets scrubbed) on Qt's network loop and plans its calls so the shared YouTube quota lasts;
``twitch-chat`` runs on the network loop thread (:mod:`console.audience.chat_twitch`) and its messages come
back through a queued signal. Whatever a source does, the window only ever sees ``message`` and ``status``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkAccessManager

from console.audience.chat_demo import DemoChat
from console.audience.chat_specs import ChatSpec, parse_chat_spec
from console.audience.chat_youtube import (
    ChatPage,
    ChatState,
    messages_request,
    parse_messages,
    parse_video,
    plan_interval,
    video_request,
)
from console.audience.platforms import Reading, SourceProblem
from console.audience.quota import QuotaCount
from console.audience.reader import SourceReader
from console.audience.secrets import Secrets, load_secrets
from console.audience.specs import SourceSpec
from console.errors import InputError
from console.messages import QT_TRANSLATE_NOOP, Text
from console.settings import Settings

log = logging.getLogger(__name__)
DEMO_TICK_S = 0.25
RETRY_S = (5.0, 15.0, 60.0, 300.0)  # after a failed call, then the longest wait from then on
DEFAULT_SLOT_S = 2 * 3600.0  # when the show's end is not known: plan for two hours


@dataclass(frozen=True)
class ChatStatus:
    label: str
    state: ChatState
    reason: Text = ""
    at: float = 0.0
    next_s: float | None = None  # YouTube: seconds between calls, as planned


class ChatSource(QObject):
    message = Signal(object)  # ChatMessage
    status = Signal(object)  # ChatStatus

    def __init__(self, spec: ChatSpec, clock: Callable[[], float], parent: QObject) -> None:
        super().__init__(parent)
        self.spec = spec
        self.clock = clock
        self.last: ChatStatus = ChatStatus(spec.label, "connecting")

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def say(self, state: ChatState, reason: Text = "", next_s: float | None = None) -> None:
        status = ChatStatus(self.spec.label, state, reason, self.clock(), next_s)
        if (status.state, status.reason) != (self.last.state, self.last.reason):
            log.info("chat source %s: %s -> %s %s", self.spec.label, self.last.state, state, reason)
        self.last = status
        self.status.emit(status)


class DemoChatSource(ChatSource):
    def __init__(self, spec: ChatSpec, clock: Callable[[], float], parent: QObject) -> None:
        super().__init__(spec, clock, parent)
        self.demo = DemoChat(clock(), label=spec.label)
        self.timer = QTimer(self)
        self.timer.setInterval(round(DEMO_TICK_S * 1000))
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.demo = DemoChat(self.clock(), label=self.spec.label)
        self.say("live")
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        for message in self.demo.due(self.clock()):
            self.message.emit(message)


class YouTubeChatSource(ChatSource):
    """videos.list once for the chat id, then liveChatMessages.list page after page, as the plan allows."""

    def __init__(
        self,
        spec: ChatSpec,
        clock: Callable[[], float],
        parent: QObject,
        *,
        settings: Settings,
        network: QNetworkAccessManager,
        secrets: Secrets,
        quota: QuotaCount,
        slot_end: Callable[[], float | None],
        viewer_units_per_s: Callable[[], float],
        base: str | None = None,
        timeout_s: float = 10.0,
    ) -> None:
        super().__init__(spec, clock, parent)
        self.settings, self.secrets, self.quota, self.base = settings, secrets, quota, base
        self.slot_end, self.viewer_units_per_s = slot_end, viewer_units_per_s
        viewer_spec = SourceSpec("youtube", spec.target, text=spec.label)
        self.reader = SourceReader(
            viewer_spec, settings, network, secrets, timeout_s=timeout_s, clock=clock, parent=self
        )
        self.reader.done.connect(self._answered)
        self.chat_id = ""
        self.page_token = ""
        self.failures = 0
        self.running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._ask)

    quota_spent = Signal(str, int)  # (quota day, units), as AudiencePoller's

    def start(self) -> None:
        self.running = True
        self.say("connecting")
        self.timer.start(0)

    def stop(self) -> None:
        self.running = False
        self.timer.stop()
        self.reader.cancel()

    def _ask(self) -> None:
        if not self.running:
            return
        try:
            if self.chat_id:
                request = messages_request(
                    self.chat_id, self.page_token, self.settings, self.secrets, self.base
                )
                self.reader.parse = parse_messages
            else:
                request = video_request(self.spec.target, self.settings, self.secrets, self.base)
                self.reader.parse = parse_video
        except (SourceProblem, InputError) as problem:
            self.say("error", problem.said())
            return  # nothing will change without a key: asked again only by a restart
        self.reader.send(request)

    def _answered(self, answer: object) -> None:
        now = self.clock()
        if isinstance(answer, Reading):  # the transport failed (timeout, refused, too large)
            page = ChatPage("error", reason=answer.sample.error or "", cost_units=answer.cost_units)
        else:
            assert isinstance(answer, ChatPage)
            page = answer
        if page.cost_units:
            self.quota_spent.emit(self.quota.spend(now, page.cost_units), page.cost_units)
        for message in page.messages:
            self.message.emit(message)
        if page.state in ("ended", "disabled"):
            self.say(page.state, page.reason)
            self.running = False
            return
        if page.state == "quota":
            self.say("quota", page.reason)
            self._again(RETRY_S[-1])
            return
        if page.state in ("error", "waiting"):
            self.failures += 1
            self.say(page.state, page.reason)
            self._again(RETRY_S[min(self.failures, len(RETRY_S)) - 1])
            return
        self.failures = 0
        if page.chat_id:
            self.chat_id = page.chat_id
            self.say("live")
            self._again(0.0)
            return
        self.page_token = page.page_token or self.page_token
        wait = self._plan(now, page.poll_s)
        if wait is None:
            self.say(
                "quota",
                QT_TRANSLATE_NOOP(
                    "ChatSource", "stopped: the day's YouTube quota would not last until the show ends"
                ),
            )
            self.running = False
            return
        self.say("live", next_s=wait)
        self._again(wait)

    def _plan(self, now: float, asked_s: float) -> float | None:
        end = self.slot_end()
        seconds_left = (end - now) if end is not None and end > now else DEFAULT_SLOT_S
        return plan_interval(
            spent_today=self.quota.today(now),
            seconds_left=seconds_left,
            asked_s=asked_s,
            viewer_units_per_s=self.viewer_units_per_s(),
        )

    def _again(self, seconds: float) -> None:
        if self.running:
            self.timer.start(round(seconds * 1000))


class ChatFeed(QObject):
    """Every chat source of the show; ``message`` carries each bounded message, ``status`` each change."""

    message = Signal(object)  # ChatMessage
    status = Signal(object)  # ChatStatus
    quota_spent = Signal(str, int)

    def __init__(
        self,
        specs: list[str] | tuple[str, ...],
        settings: Settings,
        parent: QObject | None = None,
        *,
        secrets: Secrets | None = None,
        quota: QuotaCount | None = None,
        slot_end: Callable[[], float | None] = lambda: None,
        viewer_units_per_s: Callable[[], float] = lambda: 0.0,
        base: str | None = None,
        timeout_s: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.quota = quota or QuotaCount()
        self.network = QNetworkAccessManager(self)
        self.sources: list[ChatSource] = []
        self.problems: list[ChatStatus] = []  # specs that did not parse: shown, never read
        parsed: list[ChatSpec] = []
        for text in specs:
            try:
                parsed.append(parse_chat_spec(text))
            except InputError as error:
                self.problems.append(ChatStatus(text.strip()[:80], "error", error.said(), clock()))
        if secrets is None:
            kinds = {"youtube" for spec in parsed if spec.kind == "youtube-chat"}
            secrets = load_secrets(kinds)
        for spec in dict.fromkeys(parsed):  # the same spec twice is one source
            source: ChatSource
            if spec.kind == "demo-chat":
                source = DemoChatSource(spec, clock, self)
            elif spec.kind == "youtube-chat":
                source = YouTubeChatSource(
                    spec,
                    clock,
                    self,
                    settings=settings,
                    network=self.network,
                    secrets=secrets,
                    quota=self.quota,
                    slot_end=slot_end,
                    viewer_units_per_s=viewer_units_per_s,
                    base=base,
                    timeout_s=timeout_s,
                )
                source.quota_spent.connect(self.quota_spent)
            else:
                from console.audience.chat_twitch import TwitchChatSource

                source = TwitchChatSource(spec, clock, self, settings=settings, base=base)
            source.message.connect(self.message)
            source.status.connect(self.status)
            self.sources.append(source)

    @property
    def has_youtube(self) -> bool:
        return any(source.spec.kind == "youtube-chat" for source in self.sources)

    def statuses(self) -> list[ChatStatus]:
        return self.problems + [source.last for source in self.sources]

    def start(self) -> None:
        for problem in self.problems:
            self.status.emit(problem)
        for source in self.sources:
            source.start()

    def stop(self) -> None:
        for source in self.sources:
            source.stop()
