"""A chat message as every chat source hands it on: bounded before anything shows or stores it.

Chat is text from strangers: any length, line breaks, control characters, bidi tricks. It is flattened to one
line and cut here, once, with the same rule the formats use for one-line fields (``console.show.text_line``),
so the pane, the stage display, the database and the exports never see anything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from console.show.text_line import one_line

Platform = Literal["youtube", "twitch", "demo"]
MAX_TEXT_CHARS = 300  # YouTube allows 200 characters and Twitch 500; a question is read aloud, so 300
MAX_AUTHOR_CHARS = 40
MAX_ID_CHARS = 128


@dataclass(frozen=True)
class ChatMessage:
    platform: Platform
    source: str  # the spec's label (``youtube-chat:ID``), so two channels of one platform stay apart
    author: str  # the display name, as the platform shows it
    text: str
    at: float  # epoch seconds: when the platform says it was sent, else when it was read
    id: str = ""  # the platform's message id, when it gives one


def chat_message(
    platform: Platform, source: str, author: str, text: str, at: float, id: str = ""
) -> ChatMessage | None:
    """The message bounded (one line, at most :data:`MAX_TEXT_CHARS`), or None when nothing is left."""
    text = one_line(text, MAX_TEXT_CHARS)
    if not text:
        return None
    author = one_line(author, MAX_AUTHOR_CHARS) or "?"
    return ChatMessage(platform, source, author, text, at, one_line(id, MAX_ID_CHARS))
