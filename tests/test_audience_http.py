"""The viewer counter against a real HTTP server on 127.0.0.1 answering as YouTube, Twitch and a JSON relay,
then misbehaving. The pane must mark stale, say why, stay responsive and recover when the server does.
"""

from __future__ import annotations

import itertools
import logging
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QNetworkReply

from console.audience.poller import AudiencePoller
from console.audience.quota import quota_day
from console.audience.secrets import Secrets
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

SECRETS = Secrets("AIza-TEST-KEY-do-not-leak-42", "client-id-do-not-leak", "oauth-token-do-not-leak")
POLL_S = 0.2


@pytest.fixture
def counter(platforms: FakePlatforms, qtbot):  # type: ignore[no-untyped-def]
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


class LoopWatch:
    """Times the GUI event loop with a 10 ms timer: the longest gap is how long the window froze."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(10)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def assert_responsive(self, limit_s: float = 0.25) -> None:
        self._timer.stop()
        assert max(self.gaps) < limit_s, f"the window froze for {max(self.gaps):.3f} s"


def json_spec(platforms: FakePlatforms) -> str:
    return f"http-json:{platforms.url}/stats#data.online"


def test_three_platforms_are_summed_with_a_breakdown(platforms: FakePlatforms, counter, qtbot) -> None:  # type: ignore[no-untyped-def]
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


def test_the_quota_shown_is_the_days_restored_count_plus_what_is_spent(counter, qtbot) -> None:  # type: ignore[no-untyped-def]
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


def test_replies_are_released_after_each_read(platforms: FakePlatforms, counter, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A console polls for hours: every reply must go once read, or memory grows with each poll."""
    poller, _ = counter("youtube:abcdefgh", "twitch:museum", json_spec(platforms))
    reads: list[object] = []
    poller.sample_read.connect(reads.append)
    qtbot.waitUntil(lambda: len(reads) >= 30, timeout=10_000)
    qtbot.wait(50)  # let the last deleteLater() run
    assert len(poller.network.findChildren(QNetworkReply)) <= 3  # at most the reads in flight


def test_hidden_ended_and_offline_are_not_zero(platforms: FakePlatforms, counter, qtbot) -> None:  # type: ignore[no-untyped-def]
    platforms.modes.update(youtube="hidden", twitch="offline")
    poller, pane = counter("youtube:abcdefgh", "twitch:museum")
    qtbot.waitUntil(lambda: "count hidden" in pane.texts() and "offline" in pane.texts(), timeout=5000)
    assert poller.current_total() is None
    assert pane.total.text() == "—" and "NOT LIVE" in pane.texts()
    platforms.modes["youtube"] = "ended"
    qtbot.waitUntil(lambda: "ended" in pane.texts(), timeout=3000)
    assert poller.current_total() is None


def test_demo_is_labelled(counter, qtbot) -> None:  # type: ignore[no-untyped-def]
    poller, pane = counter("demo")
    qtbot.waitUntil(lambda: (poller.current_total() or 0) > 0, timeout=5000)
    assert pane.demo_badge.isVisible() and "demo  (DEMO)" in pane.texts()


@pytest.mark.parametrize(("route", "mode", "reason"), FAILURES)
def test_a_failing_source_is_marked_stale_with_why_and_recovers(  # type: ignore[no-untyped-def]
    platforms: FakePlatforms, counter, qtbot, route: str, mode: str, reason: str
) -> None:
    # The 50 MB answer must be stopped by the size cap, not by the timeout, even on a busy machine.
    timeout_s = 5.0 if mode == "huge" else 0.5
    poller, pane = counter(json_spec(platforms) if route == "json" else SPECS[route], timeout_s=timeout_s)
    count = platforms.counts[route]
    qtbot.waitUntil(lambda: poller.current_total() == count, timeout=5000)

    loop = LoopWatch()  # the event loop's longest pause while the source fails
    platforms.modes[route] = mode
    qtbot.waitUntil(lambda: reason in pane.texts() and "STALE" in pane.texts(), timeout=8000)
    assert poller.current_total() is None  # a stale number is not a live one
    assert (
        pane.total.text() == f"{count:,}" and "stale" in pane.texts()
    )  # the old figure, marked with its age
    loop.assert_responsive()

    platforms.modes[route] = "live"
    qtbot.waitUntil(lambda: poller.current_total() == count, timeout=10_000)
    qtbot.waitUntil(lambda: "STALE" not in pane.texts() and reason not in pane.texts(), timeout=3000)


def test_a_bad_spec_is_a_failing_source_and_a_repeated_one_is_kept_apart(  # type: ignore[no-untyped-def]
    counter, qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "viewers.txt"
    path.write_text("1,500\n")
    poller, pane = counter("vimeo:123", f"file:{path}", f"file:{path}")
    qtbot.waitUntil(lambda: poller.current_total() == 3000, timeout=5000)  # both copies count
    assert [spec.label for spec in poller.specs] == ["vimeo:123", f"file:{path}", f"file:{path} (2)"]
    qtbot.waitUntil(lambda: "⚠ unknown kind" in pane.texts(), timeout=2000)  # the others go on


def test_429_waits_for_ratelimit_reset(platforms: FakePlatforms, counter, qtbot) -> None:  # type: ignore[no-untyped-def]
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


def test_a_failing_source_backs_off_doubling(platforms: FakePlatforms, counter, qtbot) -> None:  # type: ignore[no-untyped-def]
    platforms.modes["twitch"] = "500"  # no Retry-After: the poller's own backoff decides
    counter("twitch:museum", timeout_s=0.5)
    qtbot.waitUntil(lambda: len(platforms.hits("twitch")) >= 5, timeout=8000)
    hits = platforms.hits("twitch")
    gaps = [later - earlier for earlier, later in itertools.pairwise(hits[:4])]
    # After 1, 2 and 3 failures: 1, 2 and 4 poll intervals (0.2, 0.4, 0.8 s), not one interval each time.
    for gap, intervals in zip(gaps, (1, 2, 4), strict=True):
        assert intervals * POLL_S * 0.9 <= gap < intervals * POLL_S + 0.4, gaps


def rss_bytes() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096


def test_a_50_mb_answer_is_cut_off_at_the_cap(platforms: FakePlatforms, counter, qtbot) -> None:  # type: ignore[no-untyped-def]
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


def test_secrets_reach_no_message_database_or_log(  # type: ignore[no-untyped-def]
    platforms: FakePlatforms, counter, qtbot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    db = open_database(tmp_path / "show.db")
    tours = TourRepository(db)
    tour = tours.get(tours.add(Tour(title="Secrets", stops=[Stop(title="Hall", duration_s=60)])))
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
