"""YouTube live chat, the pure part: the two requests, their answers, and a polling plan the quota survives.

``videos.list?part=liveStreamingDetails`` (1 unit) gives the broadcast's ``activeLiveChatId``; then
``liveChatMessages.list`` (5 units a call) pages through the chat with ``pageToken``, never sooner than the
``pollingIntervalMillis`` it asks for. The day's 10,000 units are shared with the viewer counter on the same
key, so :func:`plan_interval` spreads what is left over what is left of the show.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from urllib.parse import urlencode

from console.audience.platforms import (
    YOUTUBE_DAILY_QUOTA,
    HttpRequest,
    SourceProblem,
    _api_error,
    http_problem,
)
from console.audience.secrets import Secrets, redact_said
from console.audience.specs import SourceSpec, replace_base
from console.bounded_json import JsonRefused, load_json_bounded
from console.messages import QT_TRANSLATE_NOOP, Text
from console.settings import Settings
from console.show.chat import ChatMessage, chat_message

VIDEO_UNITS = 1
MESSAGES_UNITS = 5
MAX_RESULTS = 200  # YouTube's own maximum per page
SHORTEST_POLL_S = 1.0  # whatever pollingIntervalMillis says
LONGEST_POLL_S = 120.0  # a plan longer than this would show questions too late to answer: we stop instead
ChatState = Literal["connecting", "live", "waiting", "ended", "disabled", "error", "quota"]


@dataclass(frozen=True)
class ChatPage:
    """What one call said: new messages, where to go on, when to ask again, or why not any more."""

    state: ChatState
    messages: tuple[ChatMessage, ...] = ()
    chat_id: str = ""
    page_token: str = ""
    poll_s: float = 0.0  # pollingIntervalMillis, in seconds
    reason: Text = ""
    cost_units: int = 0


def _root(settings: Settings, base: str | None) -> str:
    return (replace_base(settings.youtube_base, base) if base else settings.youtube_base).rstrip("/")


def video_request(
    video_id: str, settings: Settings, secrets: Secrets, base: str | None = None
) -> HttpRequest:
    key = _key(secrets)
    query = urlencode({"part": "liveStreamingDetails", "id": video_id, "key": key})
    return HttpRequest(
        f"{_root(settings, base)}/youtube/v3/videos?{query}",
        {"Accept": "application/json"},
        secrets.values(),
        VIDEO_UNITS,
    )


def messages_request(
    chat_id: str, page_token: str, settings: Settings, secrets: Secrets, base: str | None = None
) -> HttpRequest:
    fields = {"liveChatId": chat_id, "part": "snippet,authorDetails", "maxResults": str(MAX_RESULTS)}
    if page_token:
        fields["pageToken"] = page_token
    query = urlencode({**fields, "key": _key(secrets)})
    return HttpRequest(
        f"{_root(settings, base)}/youtube/v3/liveChat/messages?{query}",
        {"Accept": "application/json"},
        secrets.values(),
        MESSAGES_UNITS,
    )


def _key(secrets: Secrets) -> str:
    if not secrets.youtube_api_key:
        raise SourceProblem(
            QT_TRANSLATE_NOOP(
                "ViewerSource", "no YouTube API key: set CICERONE_YOUTUBE_API_KEY or the keyring entry"
            )
        )
    return secrets.youtube_api_key


def _problem(
    spec: SourceSpec, request: HttpRequest, status: int, headers: Mapping[str, str], body: bytes, at: float
) -> ChatPage:
    """A 4xx/5xx: the chat's own ends (ended, disabled, not found) are states, the rest the shared reasons."""
    reasons, _ = _api_error(body)
    cost = request.cost_units
    if reasons & {"liveChatEnded", "liveChatNotFound"}:
        return ChatPage(
            "ended", reason=QT_TRANSLATE_NOOP("ChatSource", "the live chat has ended"), cost_units=cost
        )
    if reasons & {"liveChatDisabled", "forbidden"} and status == 403:
        return ChatPage(
            "disabled", reason=QT_TRANSLATE_NOOP("ChatSource", "the live chat is disabled"), cost_units=cost
        )
    said, _ = http_problem(spec, status, headers, body, at)
    state: ChatState = "quota" if reasons & {"quotaExceeded", "dailyLimitExceeded"} else "error"
    return ChatPage(state, reason=redact_said(said, request.secrets), cost_units=cost)


def _document(body: bytes, request: HttpRequest) -> Any:
    try:
        return load_json_bounded(body)
    except JsonRefused as refused:
        raise _Bad(QT_TRANSLATE_NOOP("ChatSource", "bad answer: {refused}").format(refused=refused)) from None


class _Bad(ValueError):
    pass


def parse_video(
    spec: SourceSpec, request: HttpRequest, status: int, headers: Mapping[str, str], body: bytes, at: float
) -> ChatPage:
    """``videos.list``: the live chat's id, or why there is none (not live yet, ended, no chat)."""
    if status >= 400:
        return _problem(spec, request, status, headers, body, at)
    try:
        document = _document(body, request)
    except _Bad as bad:
        return ChatPage("error", reason=bad.args[0], cost_units=VIDEO_UNITS)
    items = document.get("items") if isinstance(document, dict) else None
    if not isinstance(items, list) or not items or not isinstance(items[0], dict):
        return ChatPage(
            "error",
            reason=QT_TRANSLATE_NOOP("ChatSource", "no such video: check the video id"),
            cost_units=VIDEO_UNITS,
        )
    details = items[0].get("liveStreamingDetails")
    details = details if isinstance(details, dict) else {}
    chat_id = details.get("activeLiveChatId")
    if isinstance(chat_id, str) and 0 < len(chat_id) <= 256 and chat_id.isprintable():
        return ChatPage("live", chat_id=chat_id, cost_units=VIDEO_UNITS)
    if details.get("actualEndTime") or not details:
        return ChatPage(
            "ended", reason=QT_TRANSLATE_NOOP("ChatSource", "the broadcast has ended"), cost_units=VIDEO_UNITS
        )
    if not details.get("actualStartTime"):
        return ChatPage(
            "waiting",
            reason=QT_TRANSLATE_NOOP("ChatSource", "the broadcast has not started yet"),
            cost_units=VIDEO_UNITS,
        )
    return ChatPage(
        "disabled",
        reason=QT_TRANSLATE_NOOP("ChatSource", "the live chat is disabled"),
        cost_units=VIDEO_UNITS,
    )


def parse_messages(
    spec: SourceSpec, request: HttpRequest, status: int, headers: Mapping[str, str], body: bytes, at: float
) -> ChatPage:
    """``liveChatMessages.list``: the text messages, the next page's token and the polling interval."""
    if status >= 400:
        return _problem(spec, request, status, headers, body, at)
    try:
        document = _document(body, request)
    except _Bad as bad:
        return ChatPage("error", reason=bad.args[0], cost_units=MESSAGES_UNITS)
    if not isinstance(document, dict):
        return ChatPage(
            "error",
            reason=QT_TRANSLATE_NOOP("ChatSource", "bad answer: not an object"),
            cost_units=MESSAGES_UNITS,
        )
    token = document.get("nextPageToken")
    token = token if isinstance(token, str) and len(token) <= 512 and token.isprintable() else ""
    millis = document.get("pollingIntervalMillis")
    poll_s = millis / 1000 if isinstance(millis, int | float) and math.isfinite(millis) else 0.0
    poll_s = min(max(poll_s, SHORTEST_POLL_S), LONGEST_POLL_S)
    messages: list[ChatMessage] = []
    ended = bool(document.get("offlineAt"))
    items = document.get("items")
    for item in items if isinstance(items, list) else []:
        snippet = item.get("snippet") if isinstance(item, dict) else None
        if not isinstance(snippet, dict):
            continue
        if snippet.get("type") == "chatEndedEvent":
            ended = True
        message = _message(spec, item, snippet, at)
        if message is not None:
            messages.append(message)
    if ended:
        return ChatPage(
            "ended",
            tuple(messages),
            page_token=token,
            reason=QT_TRANSLATE_NOOP("ChatSource", "the live chat has ended"),
            cost_units=MESSAGES_UNITS,
        )
    return ChatPage("live", tuple(messages), page_token=token, poll_s=poll_s, cost_units=MESSAGES_UNITS)


def _message(
    spec: SourceSpec, item: dict[str, Any], snippet: dict[str, Any], at: float
) -> ChatMessage | None:
    if snippet.get("type", "textMessageEvent") != "textMessageEvent":
        return None  # super chats, memberships, deletions: not questions
    details = snippet.get("textMessageDetails")
    text = snippet.get("displayMessage") or (
        details.get("messageText") if isinstance(details, dict) else None
    )
    author_details = item.get("authorDetails")
    author = author_details.get("displayName") if isinstance(author_details, dict) else None
    if not isinstance(text, str):
        return None
    sent = _time(snippet.get("publishedAt"))
    item_id = item.get("id")
    return chat_message(
        "youtube",
        spec.text,
        author if isinstance(author, str) else "",
        text,
        sent if sent is not None and abs(sent - at) < 86_400 else at,  # a wrong clock is not a wrong order
        item_id if isinstance(item_id, str) else "",
    )


def _time(value: Any) -> float | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except (ValueError, OverflowError):
        return None


def plan_interval(
    *,
    spent_today: int,
    seconds_left: float,
    asked_s: float,
    viewer_units_per_s: float = 0.0,
    daily_quota: int = YOUTUBE_DAILY_QUOTA,
    reserve: int = 100,
) -> float | None:
    """Seconds between ``liveChatMessages.list`` calls so the day's quota lasts until the show ends: what is
    left (less the viewer counter's share for the rest of the show and a small reserve for a restart) spread
    evenly, never sooner than YouTube's ``asked_s``. None when even :data:`LONGEST_POLL_S` would not last.
    """
    seconds_left = max(60.0, seconds_left)
    left = daily_quota - spent_today - reserve - viewer_units_per_s * seconds_left
    calls = left / MESSAGES_UNITS
    if calls < seconds_left / LONGEST_POLL_S:
        return None
    return max(asked_s, SHORTEST_POLL_S, seconds_left / calls)
