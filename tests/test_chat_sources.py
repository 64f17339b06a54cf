"""Chat sources against real servers on 127.0.0.1: YouTube's live chat API over HTTP, Twitch's IRC over
WebSocket, and the rehearsal simulator. Messages arrive bounded, in order, none lost; the YouTube quota is
counted and planned; ended, disabled and failing chats say so; Twitch's PING, RECONNECT and drops followed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from console.audience.chat_demo import DemoChat
from console.audience.chat_feed import ChatFeed, ChatStatus
from console.audience.chat_specs import parse_chat_spec
from console.audience.chat_twitch import LineBuffer, parse_line, privmsg
from console.audience.chat_youtube import LONGEST_POLL_S, plan_interval
from console.audience.quota import QuotaCount
from console.audience.secrets import Secrets
from console.errors import InputError
from console.settings import Settings
from console.show.chat import ChatMessage
from console.show.questions import QuestionRules
from tests.chat_fakes import FakeTwitchChat, FakeYouTubeChat, twitch_privmsg, youtube_item
from tests.helpers import REPO

SECRETS = Secrets("AIza-CHAT-KEY-do-not-leak-42")
SENT = round(time.time()) - 30.0


class Heard:
    """What a feed said: every message and every status, in order."""

    def __init__(self, feed: ChatFeed) -> None:
        self.messages: list[ChatMessage] = []
        self.statuses: list[ChatStatus] = []
        feed.message.connect(self.messages.append)
        feed.status.connect(self.statuses.append)

    def states(self) -> list[str]:
        return [status.state for status in self.statuses]


Make = Callable[..., tuple[ChatFeed, Heard]]


@pytest.fixture
def feed(qtbot: QtBot) -> Iterator[Make]:
    made: list[ChatFeed] = []

    def make(
        *specs: str, base: str, quota: QuotaCount | None = None, **kwargs: object
    ) -> tuple[ChatFeed, Heard]:
        settings = Settings(youtube_base=base, twitch_chat_url=base)
        kwargs.setdefault("slot_end", lambda: time.time() + 600)  # a short show: YouTube's own pace
        chat = ChatFeed(list(specs), settings, secrets=SECRETS, quota=quota, timeout_s=2.0, **kwargs)  # type: ignore[arg-type]
        heard = Heard(chat)
        chat.start()
        made.append(chat)
        return chat, heard

    yield make
    for chat in made:
        chat.stop()


def test_specs_parse_or_say_why() -> None:
    assert parse_chat_spec("youtube-chat:abcdefgh").label == "youtube-chat:abcdefgh"
    assert parse_chat_spec(" twitch-chat:Museum ").target == "museum"
    assert parse_chat_spec("demo-chat").platform == "demo"
    for bad, why in [
        ("youtube-chat:a b", "video id"),
        ("twitch-chat:", "Twitch login"),
        ("irc:x", "unknown kind"),
    ]:
        with pytest.raises(InputError, match=why):
            parse_chat_spec(bad)


def test_youtube_pages_are_followed_with_their_tokens_and_the_quota_is_counted(
    youtube_chat: FakeYouTubeChat, feed: Make, qtbot: QtBot
) -> None:
    youtube_chat.pages = [
        [youtube_item(1, "hello from Ohio"), youtube_item(2, "Who painted this?", "Li Wei", SENT)],
        [youtube_item(3, "pourquoi le cadre est doré", "Camille")],
        [youtube_item(4, "这是真迹吗", "王芳")],
    ]
    quota = QuotaCount()
    spent: list[int] = []
    chat, heard = feed("youtube-chat:abcdefgh", base=youtube_chat.url, quota=quota)
    chat.quota_spent.connect(lambda _day, units: spent.append(units))
    qtbot.waitUntil(lambda: len(heard.messages) == 4, timeout=5000)
    assert [m.text for m in heard.messages][1:] == [
        "Who painted this?",
        "pourquoi le cadre est doré",
        "这是真迹吗",
    ]
    assert heard.messages[1].author == "Li Wei" and heard.messages[1].platform == "youtube"
    assert heard.messages[1].at == SENT and heard.messages[1].id == "msg-2"
    calls = youtube_chat.calls("/youtube/v3/liveChat/messages")
    assert [c.get("pageToken", [""])[0] for c in calls[:3]] == ["", "p1", "p2"]
    assert calls[0]["liveChatId"] == ["Cg0KC2FiY2RlZmdoaWpr"] and calls[0]["part"] == [
        "snippet,authorDetails"
    ]
    assert len(youtube_chat.calls("/youtube/v3/videos")) == 1
    qtbot.waitUntil(lambda: len(spent) >= 4, timeout=3000)
    assert spent[0] == 1 and set(spent[1:]) == {5} and quota.units == sum(spent)
    assert "live" in heard.states()


def test_youtube_waits_at_least_the_polling_interval_it_asks_for(
    youtube_chat: FakeYouTubeChat, feed: Make, qtbot: QtBot
) -> None:
    youtube_chat.poll_ms = 1500
    _chat, heard = feed("youtube-chat:abcdefgh", base=youtube_chat.url)
    qtbot.waitUntil(lambda: len(youtube_chat.calls("/youtube/v3/liveChat/messages")) >= 2, timeout=6000)
    times = [at for at, path, _ in youtube_chat.requests if path.endswith("/messages")]
    assert times[1] - times[0] >= 1.4
    assert heard.statuses[-1].next_s is not None and heard.statuses[-1].next_s >= 1.5


@pytest.mark.parametrize(
    ("video", "chat_mode", "state", "reason"),
    [
        ("live", "ended", "ended", "the live chat has ended"),
        ("live", "endevent", "ended", "the live chat has ended"),
        ("live", "disabled", "disabled", "the live chat is disabled"),
        ("nochat", "live", "disabled", "the live chat is disabled"),
        ("ended", "live", "ended", "the broadcast has ended"),
        ("upcoming", "live", "waiting", "has not started yet"),
        ("live", "quota", "quota", "YouTube quota exceeded"),
    ],
)
def test_youtube_chat_states_are_said(
    youtube_chat: FakeYouTubeChat,
    feed: Make,
    qtbot: QtBot,
    video: str,
    chat_mode: str,
    state: str,
    reason: str,
) -> None:
    youtube_chat.video_mode, youtube_chat.chat_mode = video, chat_mode
    _chat, heard = feed("youtube-chat:abcdefgh", base=youtube_chat.url)
    qtbot.waitUntil(lambda: state in heard.states(), timeout=5000)
    said = next(s for s in heard.statuses if s.state == state)
    assert reason in said.reason and SECRETS.youtube_api_key not in said.reason  # type: ignore[operator]


@pytest.mark.parametrize(("mode", "reason"), [("hang", "timeout"), ("huge", "too large")])
def test_a_hanging_or_huge_youtube_answer_is_an_error_and_asked_again(
    youtube_chat: FakeYouTubeChat, feed: Make, qtbot: QtBot, mode: str, reason: str
) -> None:
    youtube_chat.chat_mode = mode
    _chat, heard = feed("youtube-chat:abcdefgh", base=youtube_chat.url)
    qtbot.waitUntil(lambda: "error" in heard.states(), timeout=8000)
    assert reason in next(s.reason for s in heard.statuses if s.state == "error")
    youtube_chat.chat_mode = "live"
    youtube_chat.pages = [[youtube_item(1, "back again?")]]
    qtbot.waitUntil(lambda: [m.text for m in heard.messages] == ["back again?"], timeout=12_000)


def test_youtube_without_a_key_or_server_says_why(feed: Make, qtbot: QtBot) -> None:
    settings = Settings(youtube_base="http://127.0.0.1:9")
    chat = ChatFeed(["youtube-chat:abcdefgh", "bogus:x"], settings, secrets=Secrets())
    heard = Heard(chat)
    chat.start()
    qtbot.waitUntil(lambda: len(heard.statuses) >= 3, timeout=3000)
    reasons = " | ".join(s.reason for s in heard.statuses)
    assert "no YouTube API key" in reasons and "unknown kind" in reasons
    chat.stop()
    _refused, heard2 = feed("youtube-chat:abcdefgh", base="http://127.0.0.1:9")
    qtbot.waitUntil(lambda: "error" in heard2.states(), timeout=5000)
    assert "connection refused" in heard2.statuses[-1].reason


def test_the_plan_keeps_quota_for_the_whole_show() -> None:
    # 2 hours left, 9,000 units spent, a viewer source every 30 s: what is left lasts until the end.
    wait = plan_interval(spent_today=9000, seconds_left=7200, asked_s=2.0, viewer_units_per_s=1 / 30)
    assert wait is not None and wait > 2.0
    calls = 7200 / wait
    assert 9000 + calls * 5 + 7200 / 30 <= 10_000
    assert plan_interval(spent_today=0, seconds_left=600, asked_s=3.0) == 3.0  # plenty: YouTube's pace
    assert plan_interval(spent_today=9950, seconds_left=7200, asked_s=2.0) is None
    assert plan_interval(spent_today=0, seconds_left=10**9, asked_s=2.0) is None  # never beyond LONGEST
    assert LONGEST_POLL_S >= 60


def test_twitch_lines_parse_with_their_tags() -> None:
    line = parse_line(twitch_privmsg(7, "who painted this?", "Li Wei", at_ms=1_700_000_000_123))
    assert line is not None and line.command == "PRIVMSG"
    message = privmsg(line, "twitch-chat:museum", 1_700_000_001.0)
    assert message is not None
    assert (message.author, message.text, message.id, message.at) == (
        "Li Wei",
        "who painted this?",
        "tw-7",
        1_700_000_000.123,
    )
    assert parse_line("PING :tmi.twitch.tv") == parse_line("PING :tmi.twitch.tv")
    assert parse_line("") is None and parse_line("@a=b") is None
    buffer = LineBuffer()
    assert buffer.feed("PING :a\r\nPRIVMSG #x :hal") == ["PING :a"]
    assert buffer.feed("f a line\r\n") == ["PRIVMSG #x :half a line"]
    assert buffer.feed("x" * 20_000) == [] and buffer.feed("\r\nPING :b\r\n") == ["PING :b"]


def test_twitch_joins_anonymously_answers_ping_and_reads_tagged_messages(
    twitch_chat: FakeTwitchChat, feed: Make, qtbot: QtBot
) -> None:
    _chat, heard = feed("twitch-chat:Museum", base=twitch_chat.url)
    qtbot.waitUntil(lambda: "live" in heard.states(), timeout=5000)
    assert twitch_chat.received[0] == "CAP REQ :twitch.tv/tags twitch.tv/commands"
    assert twitch_chat.received[1].startswith("NICK justinfan") and twitch_chat.received[2] == "JOIN #museum"
    twitch_chat.send("PING :tmi.twitch.tv\r\n")
    qtbot.waitUntil(lambda: "PONG :tmi.twitch.tv" in twitch_chat.received, timeout=3000)
    first, rest = twitch_privmsg(1, "Qui a peint ce tableau ?", "Camille").split(" :Qui", 1)
    twitch_chat.send(first + " :Qui")  # a line cut in half across two frames
    twitch_chat.send(rest + "\r\n" + twitch_privmsg(2, "\x01ACTION waves\x01", "Ben") + "\r\n")
    qtbot.waitUntil(lambda: len(heard.messages) == 2, timeout=3000)
    assert heard.messages[0].text == "Qui a peint ce tableau ?" and heard.messages[0].author == "Camille"
    assert heard.messages[1].text == "waves" and heard.messages[0].source == "twitch-chat:museum"


def test_twitch_follows_reconnect_and_comes_back_after_a_drop(
    twitch_chat: FakeTwitchChat, feed: Make, qtbot: QtBot
) -> None:
    _chat, heard = feed("twitch-chat:museum", base=twitch_chat.url)
    qtbot.waitUntil(lambda: twitch_chat.connections == 1 and "live" in heard.states(), timeout=5000)
    twitch_chat.send(":tmi.twitch.tv RECONNECT\r\n")
    qtbot.waitUntil(lambda: twitch_chat.connections == 2, timeout=3000)
    assert "the server asked to reconnect" in [s.reason for s in heard.statuses]
    twitch_chat.drop()
    qtbot.waitUntil(lambda: twitch_chat.connections == 3, timeout=5000)
    assert any(s.state == "error" and "again in" in s.reason for s in heard.statuses)
    twitch_chat.send(twitch_privmsg(3, "how old is it?") + "\r\n")
    qtbot.waitUntil(lambda: [m.text for m in heard.messages] == ["how old is it?"], timeout=3000)


def test_a_twitch_flood_loses_nothing(twitch_chat: FakeTwitchChat, feed: Make, qtbot: QtBot) -> None:
    _chat, heard = feed("twitch-chat:museum", base=twitch_chat.url)
    qtbot.waitUntil(lambda: "live" in heard.states(), timeout=5000)
    for batch in range(40):
        twitch_chat.send(
            "".join(twitch_privmsg(batch * 50 + n, f"message {batch * 50 + n}") + "\r\n" for n in range(50))
        )
    qtbot.waitUntil(lambda: len(heard.messages) == 2000, timeout=10_000)
    assert [m.text for m in heard.messages] == [f"message {n}" for n in range(2000)]


def test_demo_chat_speaks_three_languages_with_questions_and_noise(feed: Make, qtbot: QtBot) -> None:
    said = DemoChat(0.0).due(120.0)
    rules = QuestionRules()
    asked = [m for m in said if rules.asks(m.text)]
    assert 30 <= len(said) <= 100 and len(asked) >= len(said) // 3 and len(asked) < len(said)
    assert {m.platform for m in said} == {"demo"}
    assert any("？" in m.text or "吗" in m.text for m in asked) and any("Pourquoi" in m.text for m in asked)
    _chat, heard = feed("demo-chat", base="http://127.0.0.1:9")
    qtbot.waitUntil(lambda: len(heard.messages) >= 1, timeout=5000)
    assert heard.statuses[0].state == "live"


def probe(*args: str, key: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "CICERONE_NO_KEYRING": "1", "CICERONE_YOUTUBE_API_KEY": key}
    return subprocess.run(
        [sys.executable, "-m", "console", "questions", "probe", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


def test_questions_probe_prints_the_questions_and_never_the_key(youtube_chat: FakeYouTubeChat) -> None:
    youtube_chat.pages = [
        [youtube_item(1, "hello"), youtube_item(2, "Qui a peint ce tableau ?", "Camille", SENT)]
    ]
    key = "AIza-PROBE-KEY-do-not-leak"
    done = probe("youtube-chat:abcdefgh", "--base", youtube_chat.url, "--seconds", "2", "--json", key=key)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert json.loads(line) == {
        "platform": "youtube",
        "author": "Camille",
        "text": "Qui a peint ce tableau ?",
        "at": datetime.fromtimestamp(SENT, UTC).isoformat(timespec="seconds"),
    }
    youtube_chat.chat_mode = "quota"
    failed = probe("youtube-chat:abcdefgh", "--base", youtube_chat.url, "--seconds", "2", key=key)
    assert failed.returncode == 1 and "quota exceeded" in failed.stderr
    assert key not in failed.stdout + failed.stderr + done.stdout + done.stderr
    wrong = probe("twitch-chat:", "--seconds", "1")
    assert wrong.returncode == 2 and "Twitch login" in wrong.stderr and "Traceback" not in wrong.stderr
