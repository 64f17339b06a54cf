"""The viewer counter against a real HTTP server on 127.0.0.1 answering as YouTube, Twitch and a JSON relay,
then misbehaving. The pane must mark stale, say why, stay responsive and recover when the server does.
"""

from __future__ import annotations

import email.utils
import itertools
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QNetworkReply
from pytestqt.qtbot import QtBot

from console.audience.platforms import LONGEST_WAIT_S, http_problem
from console.audience.poller import AudiencePoller
from console.audience.quota import quota_day
from console.audience.secrets import Secrets, load_secrets
from console.audience.specs import parse_spec
from console.logs import ScrubbingFormatter
from console.settings import Settings
from console.show.tour import Stop, Tour
from console.store import SessionRepository, TourRepository, open_database
from console.ui.viewers_pane import ViewersPane
from tests.audience_fakes import (
    FAILURES,
    HUGE_BYTES,
    SPECS,
    FakePlatforms,
)
from tests.helpers import LoopWatch

SECRETS = Secrets("AIza-TEST-KEY-do-not-leak-42", "client-id-do-not-leak", "oauth-token-do-not-leak")
POLL_S = 0.2
# The `counter` fixture: specs (and milestones=, timeout_s=) in, a started poller and its shown pane out.
Counter = Callable[..., tuple[AudiencePoller, ViewersPane]]


@pytest.fixture
def counter(platforms: FakePlatforms, qtbot: QtBot) -> Iterator[Counter]:
    """Build a poller and a shown pane for the given specs; stopped at the end."""
    made: list[AudiencePoller] = []

    def make(
        *specs: str, milestones: tuple[int, ...] = (), timeout_s: float = 0.5
    ) -> tuple[AudiencePoller, ViewersPane]:
        settings = Settings(
            youtube_base=platforms.url, twitch_base=platforms.url, viewer_poll_s=POLL_S, milestones=milestones
        )
        poller = AudiencePoller(list(specs), settings, secrets=SECRETS, timeout_s=timeout_s)
        pane = ViewersPane(poller)
        qtbot.addWidget(pane)
        pane.show()
        poller.start()
        made.append(poller)
        return poller, pane

    yield make
    for poller in made:
        poller.stop()


def json_spec(platforms: FakePlatforms) -> str:
    return f"http-json:{platforms.url}/stats#data.online"


def test_three_platforms_are_summed_with_a_breakdown(
    platforms: FakePlatforms, counter: Counter, qtbot: QtBot
) -> None:
    poller, pane = counter(
        "youtube:abcdefgh", "twitch:museum", json_spec(platforms), milestones=(10_000, 50_000)
    )
    qtbot.waitUntil(lambda: poller.current_total() == 1234 + 567 + 8900, timeout=5000)
    qtbot.waitUntil(lambda: "10,701" in pane.texts(), timeout=2000)
    text = pane.texts()
    assert "LIVE" in text and "1,234" in text and "567" in text and "8,900" in text
    assert "★ 10,000 viewers" in text  # the milestone flashed; 50,000 did not
    assert "50,000" not in text and "(10,000 a day by default)" in text and poller.quota_units >= 1
    path = next(p for _, route, p, _ in platforms.requests if route == "youtube")
    assert (
        "part=liveStreamingDetails" in path
        and "id=abcdefgh" in path
        and f"key={SECRETS.youtube_api_key}" in path
    )
    headers = next(h for _, route, _, h in platforms.requests if route == "twitch")
    assert headers["Client-Id"] == SECRETS.twitch_client_id
    assert headers["Authorization"] == f"Bearer {SECRETS.twitch_token}"
    platforms.counts["json"] = 9900  # the sum follows the sources
    qtbot.waitUntil(lambda: poller.current_total() == 11_701, timeout=3000)


def test_the_quota_shown_is_the_days_restored_count_plus_what_is_spent(
    counter: Counter, qtbot: QtBot
) -> None:
    poller, pane = counter("youtube:abcdefgh")
    spent: list[tuple[str, int]] = []
    poller.quota_spent.connect(lambda day, units: spent.append((day, units)))
    today = quota_day(time.time())
    poller.quota.restore(today, 4321)  # what the database says today had cost before this start
    qtbot.waitUntil(lambda: len(spent) >= 2, timeout=5000)
    assert spent[:2] == [(today, 1), (today, 1)]  # every call is handed on to be kept
    qtbot.waitUntil(
        lambda: f"today (Pacific time): {4321 + len(spent):,} units" in pane.texts(), timeout=2000
    )


def test_replies_are_released_after_each_read(
    platforms: FakePlatforms, counter: Counter, qtbot: QtBot
) -> None:
    """A console polls for hours: every reply must go once read, or memory grows with each poll."""
    poller, _ = counter("youtube:abcdefgh", "twitch:museum", json_spec(platforms))
    reads: list[object] = []
    poller.sample_read.connect(reads.append)
    qtbot.waitUntil(lambda: len(reads) >= 30, timeout=10_000)
    qtbot.wait(50)  # let the last deleteLater() run
    assert len(poller.network.findChildren(QNetworkReply)) <= 3  # at most the reads in flight


def test_hidden_ended_and_offline_are_not_zero(
    platforms: FakePlatforms, counter: Counter, qtbot: QtBot
) -> None:
    platforms.modes.update(youtube="hidden", twitch="offline")
    poller, pane = counter("youtube:abcdefgh", "twitch:museum")
    qtbot.waitUntil(lambda: "count hidden" in pane.texts() and "offline" in pane.texts(), timeout=5000)
    assert poller.current_total() is None
    assert pane.total.text() == "—" and "NOT LIVE" in pane.texts()
    platforms.modes["youtube"] = "ended"
    qtbot.waitUntil(lambda: "ended" in pane.texts(), timeout=3000)
    assert poller.current_total() is None


def test_demo_is_labelled(counter: Counter, qtbot: QtBot) -> None:
    poller, pane = counter("demo")
    qtbot.waitUntil(lambda: (poller.current_total() or 0) > 0, timeout=5000)
    assert pane.demo_badge.isVisible() and "demo  (DEMO)" in pane.texts()


@pytest.mark.parametrize(("route", "mode", "reason"), FAILURES)
def test_a_failing_source_is_marked_stale_with_why_and_recovers(
    platforms: FakePlatforms, counter: Counter, qtbot: QtBot, route: str, mode: str, reason: str
) -> None:
    # The 50 MB answer must be stopped by the size cap, not by the timeout, even on a busy machine.
    timeout_s = 5.0 if mode == "huge" else 0.5
    poller, pane = counter(json_spec(platforms) if route == "json" else SPECS[route], timeout_s=timeout_s)
    count = platforms.counts[route]
    qtbot.waitUntil(lambda: poller.current_total() == count, timeout=5000)
    baseline = LoopWatch()  # the event loop's longest pause while the source answers, on this machine now
    qtbot.wait(1000)
    baseline_s = baseline.longest_gap()

    loop = LoopWatch()  # the event loop's longest pause while the source fails
    platforms.modes[route] = mode
    qtbot.waitUntil(lambda: reason in pane.texts() and "STALE" in pane.texts(), timeout=8000)
    assert poller.current_total() is None  # a stale number is not a live one
    assert (
        pane.total.text() == f"{count:,}" and "stale" in pane.texts()
    )  # the old figure, marked with its age
    loop.assert_responsive(baseline_s)

    platforms.modes[route] = "live"
    qtbot.waitUntil(lambda: poller.current_total() == count, timeout=10_000)
    qtbot.waitUntil(lambda: "STALE" not in pane.texts() and reason not in pane.texts(), timeout=3000)


def test_a_bad_spec_is_a_failing_source_and_a_repeated_one_is_kept_apart(
    counter: Counter, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "viewers.txt"
    path.write_text("1,500\n")
    poller, pane = counter("vimeo:123", f"file:{path}", f"file:{path}")
    qtbot.waitUntil(lambda: poller.current_total() == 3000, timeout=5000)  # both copies count
    assert [spec.label for spec in poller.specs] == ["vimeo:123", f"file:{path}", f"file:{path} (2)"]
    qtbot.waitUntil(lambda: "⚠ unknown kind" in pane.texts(), timeout=2000)  # the others go on


def test_429_waits_for_ratelimit_reset(platforms: FakePlatforms, counter: Counter, qtbot: QtBot) -> None:
    platforms.reset_after_s = 1.5
    poller, pane = counter("twitch:museum")
    qtbot.waitUntil(lambda: poller.current_total() == 567, timeout=5000)
    platforms.modes["twitch"] = "429"
    qtbot.waitUntil(lambda: "rate limited (HTTP 429)" in pane.texts(), timeout=3000)
    limited_at = platforms.hits("twitch")[-1]
    assert "retrying in" in pane.texts()
    qtbot.waitUntil(lambda: platforms.hits("twitch")[-1] > limited_at, timeout=5000)
    waited = platforms.hits("twitch")[-1] - limited_at
    assert waited >= 1.4, f"asked again after {waited:.2f} s, before Ratelimit-Reset (poll is {POLL_S} s)"


def test_a_failing_source_backs_off_doubling(
    platforms: FakePlatforms, counter: Counter, qtbot: QtBot
) -> None:
    platforms.modes["twitch"] = "500"  # no Retry-After: the poller's own backoff decides
    counter("twitch:museum", json_spec(platforms), timeout_s=0.5)
    qtbot.waitUntil(lambda: len(platforms.hits("twitch")) >= 5, timeout=15_000)
    hits = platforms.hits("twitch")
    gaps = [later - earlier for earlier, later in itertools.pairwise(hits[:4])]
    # The baseline: how late the healthy JSON source's reads came at the same time, in the same loop. A loaded
    # machine delays every read by about that much; the backoff is what comes on top.
    healthy = platforms.hits("json")
    late_s = max((b - a - POLL_S for a, b in itertools.pairwise(healthy)), default=0.0)
    # After 1, 2 and 3 failures: 1, 2 and 4 poll intervals (0.2, 0.4, 0.8 s), not one interval each time.
    for gap, intervals in zip(gaps, (1, 2, 4), strict=True):
        assert intervals * POLL_S * 0.9 <= gap < intervals * POLL_S + 0.2 + 2 * max(0.0, late_s), (
            gaps,
            late_s,
        )


@pytest.mark.parametrize("when", ["date", "seconds"])
def test_429_waits_for_retry_after_as_a_date_or_seconds(
    platforms: FakePlatforms, counter: Counter, qtbot: QtBot, when: str
) -> None:
    """RFC 9110 allows either form; a date has whole seconds, so "in 3 s" means 2 to 3 s from now."""
    platforms.retry_after = (
        (lambda: email.utils.formatdate(time.time() + 3, usegmt=True)) if when == "date" else (lambda: "3")
    )
    poller, pane = counter(json_spec(platforms))
    qtbot.waitUntil(lambda: poller.current_total() == 8900, timeout=5000)
    platforms.modes["json"] = "429"
    qtbot.waitUntil(lambda: "rate limited (HTTP 429)" in pane.texts(), timeout=3000)
    limited_at = platforms.hits("json")[-1]
    assert "retrying in" in pane.texts()
    qtbot.waitUntil(lambda: platforms.hits("json")[-1] > limited_at, timeout=8000)
    waited = platforms.hits("json")[-1] - limited_at
    assert waited >= 1.9, f"asked again after {waited:.2f} s, before Retry-After (poll is {POLL_S} s)"


def test_a_retry_after_date_years_away_or_past_is_held_to_the_backoff_bounds() -> None:
    spec = parse_spec("twitch:museum")
    now = time.time()

    def retry_at(value: str) -> float | None:
        return http_problem(spec, 429, {"retry-after": value}, b"", now)[1]

    assert retry_at("Fri, 31 Dec 9999 23:59:59 GMT") == now + LONGEST_WAIT_S
    assert retry_at("Wed, 21 Oct 2015 07:28:00 GMT") == now  # in the past: no wait beyond the backoff
    assert retry_at(email.utils.formatdate(now + 60, usegmt=True)) == pytest.approx(now + 60, abs=1.0)
    assert retry_at("next Tuesday") is None and retry_at("nan") is None and retry_at("1e400") is None


def test_each_source_state_change_is_logged_once(
    platforms: FakePlatforms, counter: Counter, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="console.audience.poller")
    poller, pane = counter("twitch:museum", json_spec(platforms))
    reads: list[object] = []
    poller.sample_read.connect(reads.append)
    qtbot.waitUntil(lambda: poller.current_total() == 567 + 8900, timeout=5000)
    platforms.modes["twitch"] = "500"
    qtbot.waitUntil(lambda: "STALE" in pane.texts() and len(platforms.hits("twitch")) >= 5, timeout=10_000)
    platforms.modes["twitch"] = "live"
    qtbot.waitUntil(lambda: poller.current_total() == 567 + 8900, timeout=10_000)
    qtbot.wait(5 * int(POLL_S * 1000))  # more reads of the same states: no more lines
    lines = [r.getMessage() for r in caplog.records if r.name == "console.audience.poller"]
    twitch = [line for line in lines if line.startswith("viewer source twitch:museum:")]
    failing = ": the server failed (HTTP 500) (Invalid OAuth token Bearer ***)"
    assert twitch[0] == "viewer source twitch:museum: start -> live (567 viewers)", lines
    assert twitch[-1] == "viewer source twitch:museum: stale -> live (567 viewers)", lines
    # In between, error then stale (two intervals after the last answer); on a slow machine the first failed
    # read may already come after those two intervals, and go straight to stale.
    assert twitch[1:-1] in (
        [
            f"viewer source twitch:museum: live -> error{failing}",
            f"viewer source twitch:museum: error -> stale{failing}",
        ],
        [f"viewer source twitch:museum: live -> stale{failing}"],
    ), lines
    assert [line for line in lines if "http-json" in line] == [
        f"viewer source {parse_spec(json_spec(platforms)).label}: start -> live (8,900 viewers)"
    ]
    assert len(reads) > 3 * len(lines)  # many reads, few lines


def test_secrets_loaded_are_scrubbed_from_every_log_line(monkeypatch: pytest.MonkeyPatch) -> None:
    token = f"oauth-{uuid.uuid4().hex}"
    monkeypatch.setenv("CICERONE_NO_KEYRING", "1")
    monkeypatch.setenv("CICERONE_TWITCH_CLIENT_ID", "client-for-this-test")
    monkeypatch.setenv("CICERONE_TWITCH_TOKEN", token)
    assert load_secrets({"twitch"}).twitch_token == token
    record = logging.LogRecord(
        "console.audience", logging.ERROR, __file__, 1, "GET failed: %s", (f"Bearer {token}",), None
    )
    line = ScrubbingFormatter("%(message)s").format(record)
    assert token not in line and line == "GET failed: Bearer ***"


def rss_bytes() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096


def test_a_50_mb_answer_is_cut_off_at_the_cap(
    platforms: FakePlatforms, counter: Counter, qtbot: QtBot
) -> None:
    platforms.modes["json"] = "huge"
    before = rss_bytes()
    poller, _pane = counter(json_spec(platforms), timeout_s=20.0)
    with qtbot.waitSignal(poller.sample_read, timeout=20_000) as signal:
        pass
    poller.stop()
    assert signal.args is not None and "larger than 1,000,000 bytes" in (signal.args[0].error or "")
    qtbot.waitUntil(lambda: platforms.huge_done >= 1, timeout=10_000)
    assert platforms.huge_sent < HUGE_BYTES / 2, f"{platforms.huge_sent:,} bytes were taken in"
    assert rss_bytes() - before < 25 * 1024 * 1024


def test_secrets_reach_no_message_database_or_log(
    platforms: FakePlatforms, counter: Counter, qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    db = open_database(tmp_path / "show.db")
    tours = TourRepository(db)
    tour = tours.get(tours.add(Tour(title="Secrets", stops=(Stop(title="Hall", duration_s=60),))))
    sessions = SessionRepository(db)
    session = sessions.create(tour)
    assert session.id is not None
    platforms.modes.update(youtube="400", twitch="401")  # both answers echo the credential back
    poller, pane = counter("youtube:abcdefgh", "twitch:museum")
    poller.sample_read.connect(lambda sample: sessions.add_sample(session.id, sample))
    qtbot.waitUntil(lambda: "bad API key" in pane.texts() and "not authorised" in pane.texts(), timeout=5000)
    stored = sessions.samples(session.id)
    assert stored and all(sample.state == "error" for sample in stored)
    dump = "\n".join(db.conn.iterdump())
    db.close()
    everything = "\n".join([pane.texts(), dump, caplog.text, *(s.error or "" for s in stored)])
    assert "Invalid OAuth token" in everything  # the API's message is there...
    for secret in SECRETS.values():
        assert secret not in everything  # ...but not the credential it echoed
