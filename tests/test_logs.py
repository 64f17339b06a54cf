"""Nothing fails silently: the log file, the crash log and banner, secrets scrubbed, Ctrl-C and SIGTERM."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from console.cli import main
from console.logs import crash_path, log_path, register_secret, setup_logging
from tests.conftest import REPO

SECRET = "AIzaSy-very-secret-key/with+chars"


def run_driver(kind: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.drivers.faulty_console",
            kind,
            "--demo",
            "--db",
            str(tmp_path / "x.db"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


def driver_report(result: subprocess.CompletedProcess[str]) -> tuple[dict[str, str], str]:
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "BANNERS" in lines, result.stderr
    return json.loads(lines["BANNERS"]), lines["STOP"].strip()


@pytest.mark.parametrize(
    ("kind", "evidence"), [("slot", "a deliberate fault in a slot"), ("thread", "ZeroDivisionError")]
)
def test_a_fault_is_logged_said_on_screen_and_the_show_goes_on(
    kind: str, evidence: str, tmp_path: Path
) -> None:
    result = run_driver(kind, tmp_path)
    assert result.returncode == 0, result.stderr
    banners, stop = driver_report(result)
    assert "Something went wrong inside Cicerone" in banners["crash"]
    assert str(crash_path()) in banners["crash"]
    assert stop == "1"  # F5 then PageDown after the fault: the show moved on
    crash = crash_path().read_text(encoding="utf-8")
    assert evidence in crash and "Traceback" in crash and "Cicerone" in crash.splitlines()[0]
    assert evidence in log_path().read_text(encoding="utf-8")
    assert "Traceback" not in result.stderr  # never on the terminal


def test_the_log_records_start_up_and_the_show(tmp_path: Path) -> None:
    result = run_driver("slot", tmp_path)
    assert result.returncode == 0, result.stderr
    text = log_path().read_text(encoding="utf-8")
    assert "Cicerone" in text and "Python" in text
    assert f"database {tmp_path / 'db'}" not in text  # --demo means the demo database
    assert "database " in text
    assert "went live" in text
    assert "Qt platform offscreen" in text


def test_secrets_never_reach_the_log_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CICERONE_YOUTUBE_API_KEY", SECRET)
    path = setup_logging("debug")
    assert path is not None
    from urllib.parse import quote

    log = logging.getLogger("console.audience.test")
    log.warning("GET https://example.invalid/v3/videos?key=%s failed", quote(SECRET, safe=""))
    try:
        raise ValueError(f"bad answer for key={SECRET}")
    except ValueError:
        log.exception("reading failed")
    register_secret("tok3n-from-the-keyring")
    log.info("token tok3n-from-the-keyring")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "reading failed" in text and "ValueError" in text
    assert SECRET not in text and quote(SECRET, safe="") not in text
    assert "tok3n-from-the-keyring" not in text
    assert text.count("***") == 3


def test_log_level_debug_is_a_global_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--log-level", "debug", "tour", "list"]) == 0
    logging.getLogger("console.test").debug("a debug line for support")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "a debug line for support" in log_path().read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["--log-level", "chatty", "tour", "list"])
    assert "invalid choice" in capsys.readouterr().err


def test_a_bug_in_a_subcommand_goes_to_the_crash_log_not_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.commands import tour_cmd

    def broken(_args: object) -> int:
        raise RuntimeError("a deliberate bug")

    monkeypatch.setattr(tour_cmd, "cmd_list", broken)
    assert main(["tour", "list"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(crash_path()) in err
    assert "a deliberate bug" in crash_path().read_text(encoding="utf-8")


@pytest.mark.posix  # Windows delivers neither signal to a child process
@pytest.mark.parametrize(("number", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_and_sigterm_end_the_console_cleanly(number: int, code: int, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "console", "--demo", "--db", str(tmp_path / "x.db")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and "ready" not in _log_text():
        time.sleep(0.1)
    process.send_signal(number)
    out, err = process.communicate(timeout=20)
    assert process.returncode == code, err
    assert err.strip() == f"cicerone: stopped by {signal.Signals(number).name}"
    assert "Traceback" not in out + err
    assert "players released" in _log_text()


def _log_text() -> str:
    try:
        return log_path().read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def test_a_qt_critical_message_is_logged_and_the_show_goes_on(tmp_path: Path) -> None:
    result = run_driver("qt", tmp_path)
    assert result.returncode == 0, result.stderr
    _banners, stop = driver_report(result)
    assert stop == "1"
    assert "ERROR qt: a deliberate Qt critical message" in log_path().read_text(encoding="utf-8")
    assert "a deliberate Qt critical message" in result.stderr  # criticals reach the terminal too
