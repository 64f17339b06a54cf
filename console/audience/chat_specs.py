"""Chat source specs, beside the viewer ones: ``youtube-chat:VIDEO_ID``, ``twitch-chat:LOGIN``, ``demo-chat``.

Pure, like :mod:`console.audience.specs`, whose id and login rules they share: a typo is reported with the
reason before the show, never as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from console.audience.specs import TWITCH_LOGIN, YOUTUBE_ID
from console.errors import InputError
from console.messages import QT_TRANSLATE_NOOP

ChatKind = Literal["youtube-chat", "twitch-chat", "demo-chat"]


@dataclass(frozen=True)
class ChatSpec:
    kind: ChatKind
    target: str = ""  # the video id or the channel's login

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.target}" if self.target else self.kind

    @property
    def platform(self) -> Literal["youtube", "twitch", "demo"]:
        return (
            "youtube" if self.kind == "youtube-chat" else "twitch" if self.kind == "twitch-chat" else "demo"
        )


def parse_chat_spec(text: str) -> ChatSpec:
    """The spec, or an :class:`InputError` saying what is wrong and what a good one looks like."""
    text = text.strip()
    where = QT_TRANSLATE_NOOP("ChatSource", "chat source {spec}").format(spec=repr(text[:80]))
    if text == "demo-chat":
        return ChatSpec("demo-chat")
    kind, _, rest = text.partition(":")
    rest = rest.strip()
    if kind == "youtube-chat" and YOUTUBE_ID.match(rest):
        return ChatSpec("youtube-chat", rest)
    if kind == "twitch-chat" and TWITCH_LOGIN.match(rest):
        return ChatSpec("twitch-chat", rest.lower())
    if kind == "youtube-chat":
        reason = QT_TRANSLATE_NOOP("ChatSource", "a YouTube video id is 6-64 letters, digits, '-' or '_'")
    elif kind == "twitch-chat":
        reason = QT_TRANSLATE_NOOP("ChatSource", "a Twitch login is letters, digits and '_'")
    else:
        reason = QT_TRANSLATE_NOOP(
            "ChatSource", "unknown kind: use youtube-chat:VIDEO_ID, twitch-chat:LOGIN or demo-chat"
        )
    raise InputError(reason, path=where)
