"""``cicerone viewers probe`` as a user runs it (a real process) against a real local HTTP server, and the
console's wiring: samples stored while on air, notes stamped with the viewer count of their moment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.cli import build_parser
from console.settings import Settings
from tests.audience_fakes import (
    FAILURES,
    SPECS,
    FakePlatforms,
)
from tests.conftest import REPO

KEY, CLIENT, TOKEN = "AIza-PROBE-KEY-secret-77", "probe-client-secret", "probe-token-secret"


def probe(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "CICERONE_YOUTUBE_API_KEY": KEY,
        "CICERONE_TWITCH_CLIENT_ID": CLIENT,
        "CICERONE_TWITCH_TOKEN": TOKEN,
        "CICERONE_NO_KEYRING": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "console", "viewers", "probe", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO, timeout=60)


def test_probe_reads_once_and_prints_state_and_count(platforms: FakePlatforms) -> None:
    done = probe("youtube:abcdefgh", "--base", platforms.url)
    assert (done.returncode, done.stdout, done.stderr) == (0, "youtube:abcdefgh: live 1,234 viewers\n", "")
    platforms.modes["twitch"] = "offline"
    done = probe("twitch:museum", "--base", platforms.url, "--json")
    assert done.returncode == 0  # it answered: offline is a state, not an error
    assert json.loads(done.stdout) == {
        "source": "twitch:museum",
        "state": "offline",
        "viewers": None,
        "error": None,
    }
    done = probe("http-json:https://stats.invalid/stats#data.online", "--base", platforms.url, "--json")
    assert json.loads(done.stdout)["viewers"] == 8900  # --base replaced the scheme and host only


@pytest.mark.parametrize(("route", "mode", "reason"), FAILURES)
def test_probe_exits_1_with_the_reason_and_never_a_secret(
    platforms: FakePlatforms, route: str, mode: str, reason: str
) -> None:
    spec = SPECS[route]
    platforms.modes[route] = mode
    done = probe(spec, "--base", platforms.url, "--timeout", "0.5")
    assert done.returncode == 1
    assert reason in done.stderr and done.stdout.endswith(": error\n")
    as_json = probe(spec, "--base", platforms.url, "--timeout", "0.5", "--json")
    document = json.loads(as_json.stdout)
    assert as_json.returncode == 1 and document["state"] == "error" and reason in document["error"]
    for output in (done.stdout, done.stderr, as_json.stdout, as_json.stderr):
        for secret in (KEY, CLIENT, TOKEN):
            assert secret not in output


def test_probe_refuses_bad_input_with_exit_2() -> None:
    done = probe("vimeo:123")
    assert done.returncode == 2 and "unknown kind" in done.stderr and "Traceback" not in done.stderr
    done = probe("youtube:abcdefgh", "--base", "not-a-url")
    assert done.returncode == 2 and "--base must be an http(s) URL" in done.stderr
    for timeout in ("0", "inf", "1e12"):  # a Qt timer takes none of them
        done = probe("http-json:http://127.0.0.1:9/x#n", "--timeout", timeout)
        assert done.returncode == 2 and "between 0 and 3600 seconds" in done.stderr
        assert "Traceback" not in done.stderr
    refused = probe("http-json:http://127.0.0.1:9/x#n", "--timeout", "2")
    assert refused.returncode == 1 and "connection refused" in refused.stderr


def test_console_stores_samples_on_air_and_stamps_notes(
    platforms: FakePlatforms, qtbot: QtBot, tmp_path: Path
) -> None:
    from console.app import Console
    from console.show.tour import Stop, Tour
    from console.store import SessionRepository, TourRepository, open_database

    db_path = tmp_path / "show.db"
    db = open_database(db_path)
    TourRepository(db).add(Tour(title="Wired", stops=(Stop(title="Hall", duration_s=60),)))
    db.close()
    spec = f"http-json:{platforms.url}/stats#data.online"
    args = build_parser().parse_args(["--db", str(db_path), "--viewers", spec])
    console = Console(args, Settings(viewer_poll_s=0.2))
    qtbot.addWidget(console.window)
    try:
        console.start()
        qtbot.waitUntil(lambda: console.poller is not None, timeout=3000)  # feeds start after the first paint
        qtbot.waitUntil(
            lambda: console.poller is not None and console.poller.current_total() == 8900, timeout=5000
        )
        assert console.controller.go_live()
        session = console.controller.session
        assert session is not None and session.id is not None
        session_id = session.id
        sessions = SessionRepository(console.db)
        qtbot.waitUntil(lambda: len(sessions.samples(session_id)) >= 2, timeout=5000)
        note = console.controller.add_note("the crowd at the Mona Lisa")
        assert note is not None and note.viewers == 8900
        assert console.poller is not None
        assert {s.source for s in sessions.samples(session_id)} == {console.poller.specs[0].label}
    finally:
        console.shutdown()
    asked = len(platforms.requests)
    qtbot.wait(600)
    assert len(platforms.requests) == asked  # stopped on close


def test_console_keeps_the_days_youtube_quota_across_a_restart(
    platforms: FakePlatforms, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.app import Console
    from console.audience.poller import AudiencePoller
    from console.audience.quota import quota_day
    from console.store import open_database
    from console.store.quota import QuotaLedger

    monkeypatch.setenv("CICERONE_YOUTUBE_API_KEY", KEY)
    monkeypatch.setenv("CICERONE_NO_KEYRING", "1")
    db_path = tmp_path / "show.db"
    args = build_parser().parse_args(["--db", str(db_path), "--viewers", "youtube:abcdefgh"])
    settings = Settings(viewer_poll_s=0.2, youtube_base=platforms.url)

    def run_until(units: int) -> tuple[int, int]:
        """A console that runs until today's count reaches ``units``: (its count, the database's)."""
        console = Console(args, settings)
        qtbot.addWidget(console.window)
        try:
            console.start()
            qtbot.waitUntil(lambda: console.poller is not None, timeout=3000)
            poller = console.poller
            assert isinstance(poller, AudiencePoller)
            qtbot.waitUntil(lambda: poller.quota_units >= units, timeout=5000)
        finally:
            console.shutdown()
        db = open_database(db_path)
        kept = QuotaLedger(db).units(quota_day(poller.clock()))
        db.close()
        return poller.quota_units, kept

    first, kept = run_until(2)
    assert first == kept >= 2
    # The second console starts from what the first one spent today (a count per process would not).
    second, kept = run_until(first + 2)
    assert second == kept >= first + 2 and kept <= len(platforms.hits("youtube"))
