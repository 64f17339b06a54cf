"""Every subcommand against hostile arguments: pipes, devices, folders, names too long, numbers too big,
a database that is not one. Each run is a real process with a time bound; none may hang, print a traceback or
exit 3 (a bug). The table must name every subcommand the parser has, so a new one arrives with its cases.

Device nodes and FIFOs are made in the test's own folder (never the real /dev/null: an output check that
failed would replace it)."""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from console.cli import build_parser
from tests.conftest import REPO

pytestmark = pytest.mark.posix  # FIFOs, device nodes, a link to /etc/shadow

TIME_BOUND_S = 30.0  # a hang is a failure, not a slow pass
HUGE = str(2**70)
DIGITS = "9" * 5000
LONG = "a" * 300
ADVICE_CORPUS = sorted((REPO / "tests" / "hostile" / "advice").glob("*.md"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("hostile-cli")
    fifo = folder / "pipe"
    os.mkfifo(fifo)
    device = folder / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        device = fifo  # not root: the FIFO stands in for a special file
    (folder / "junk.db").write_bytes(b"not a database at all, " * 100)
    (folder / "empty.md").write_text("", encoding="utf-8")
    shadow = folder / "shadow.md"
    shadow.symlink_to("/etc/shadow")
    # A database with a tour and a session, so that export and backup reach their output checks.
    from console.store import SessionRepository, TourRepository, open_database
    from tests.helpers import TOUR

    db = open_database(folder / "hostile.db")
    tour = TourRepository(db).get(TourRepository(db).add(TOUR))
    SessionRepository(db).start(tour, "live", 1_000.0)
    db.close()
    return {
        "fifo": str(fifo),
        "device": str(device),
        "folder": str(folder),
        "junk": str(folder / "junk.db"),
        "long": str(folder / LONG),
        "missing": str(folder / "missing.db"),
        "empty": str(folder / "empty.md"),
        "shadow": str(shadow),
        "db": str(folder / "hostile.db"),
    }


def cases(h: dict[str, str]) -> dict[str, list[list[str]]]:
    """Per subcommand (as ``noun verb``), the hostile command lines to run."""
    db = ["--db", h["db"]]
    return {
        "(window)": [
            ["--db", h["fifo"]],
            ["--db", h["device"]],
            ["--db", h["folder"]],
            ["--db", h["junk"]],
            ["--db", h["long"]],
            ["--tour", HUGE],
            ["--tour", DIGITS],
            ["--log-level", "loud"],
            ["--encoder", "obs://" + LONG],
            ["--encoder", "obs://:password@host"],
        ],
        "tour import": [
            [*db, "tour", "import", h["fifo"]],
            [*db, "tour", "import", h["device"]],
            [*db, "tour", "import", h["folder"]],
            [*db, "tour", "import", h["long"]],
            [*db, "tour", "import", h["empty"]],
            [*db, "tour", "import", h["shadow"]],
            [*db, "tour", "import", h["empty"], "--slot", DIGITS],
        ],
        "tour list": [["--db", h["junk"], "tour", "list"], ["--db", h["fifo"], "tour", "list", "--json"]],
        "tour export": [
            [*db, "tour", "export", HUGE],
            [*db, "tour", "export", DIGITS],
            [*db, "tour", "export", "-1"],
            [*db, "tour", "export", "1", "--format", "exe"],
            [*db, "tour", "export", "1", "-o", h["device"]],
            [*db, "tour", "export", "1", "-o", h["db"]],
        ],
        "tour check": [
            ["tour", "check", h["fifo"]],
            ["tour", "check", h["shadow"]],
            ["tour", "check", h["long"]],
        ],
        "tour advise": [
            ["tour", "advise", h["fifo"], "--at-stop", "1", "--elapsed", "1m"],
            ["tour", "advise", h["device"], "--at-stop", "1", "--elapsed", "1m"],
            [*db, "tour", "advise", HUGE, "--at-stop", "1", "--elapsed", "1m"],
            [*db, "tour", "advise", DIGITS, "--at-stop", "1", "--elapsed", "1m"],
            ["--db", h["junk"], "tour", "advise", "1", "--at-stop", "1", "--elapsed", "1m"],
            ["tour", "advise", h["long"], "--at-stop", DIGITS, "--elapsed", DIGITS],
            ["tour", "advise", h["empty"], "--at-stop", "1", "--elapsed", "1m", "--spent-here", DIGITS],
            ["tour", "advise", "", "--at-stop", "1", "--elapsed", "1m"],
            ["tour", "advise", " ", "--at-stop", "1", "--elapsed", "1m"],
            # The advice's search on dozens of interchangeable optional stops (it once ran for minutes).
            *(["tour", "advise", str(path), "--at-stop", "1", "--elapsed", "1m"] for path in ADVICE_CORPUS),
        ],
        "session list": [["--db", h["device"], "session", "list"]],
        "session export": [
            [*db, "session", "export", HUGE],
            [*db, "session", "export", "1", "--format", "xml"],
            [*db, "session", "export", "1", "-o", h["fifo"]],
        ],
        "session report": [
            [*db, "session", "report", HUGE],
            [*db, "session", "report", DIGITS],
            [*db, "session", "report", "1", "--format", "pdf"],
            [*db, "session", "report", "1", "-o", h["fifo"]],
            [*db, "session", "report", "1", "-o", h["device"]],
            [*db, "session", "report", "1", "-o", h["db"]],
            [*db, "session", "report", "1", "--format", "chapters"],  # a show never ended, one stop: exit 1
            [*db, "session", "report", "1", "--format", "chapters", "--stream-start", DIGITS],
            [*db, "session", "report", "1", "--format", "chapters", "--stream-start", "+" + DIGITS],
            [*db, "session", "report", "1", "--format", "chapters", "--stream-start", "99:99:99"],
            [*db, "session", "report", "1", "--format", "chapters", "--stream-start", ""],
            [*db, "session", "report", "1", "--format", "chapters", "--stream-start=-9999h"],
            ["--db", h["junk"], "session", "report", "1"],
        ],
        "session compare": [
            [*db, "session", "compare", HUGE, "1"],
            [*db, "session", "compare", "1", DIGITS],
            [*db, "session", "compare", "1", "99"],
            [*db, "session", "compare", "1", "1", "--json"],
            ["--db", h["junk"], "session", "compare", "1", "1"],
        ],
        "notes search": [
            [*db, "notes", "search", LONG * 40],
            [*db, "notes", "search", '"NEAR(* AND \x1b[2J'],
            [*db, "notes", "search", "", "--json"],
            [*db, "notes", "search", "x", "--limit", HUGE],
            [*db, "notes", "search", "x", "--limit", DIGITS],
            ["--db", h["junk"], "notes", "search", "x"],
            ["--db", h["fifo"], "notes", "search", "x"],
        ],
        "backup": [
            [*db, "backup", "-o", h["device"]],
            [*db, "backup", "-o", h["fifo"]],
            [*db, "backup", "-o", h["db"]],
            ["--db", h["junk"], "backup"],
        ],
        "restore": [
            [*db, "restore", h["fifo"]],
            [*db, "restore", h["junk"]],
            [*db, "restore", h["db"]],
            [*db, "restore", h["long"]],
        ],
        "viewers probe": [
            ["viewers", "probe", f"file:{h['fifo']}", "--timeout", "2"],
            ["viewers", "probe", "http-json:http://127.0.0.1:99999/#x"],
            ["viewers", "probe", "youtube:" + LONG, "--timeout", "0"],
            ["viewers", "probe", "myspace:x"],
        ],
        "questions probe": [
            ["questions", "probe", "youtube-chat:" + LONG, "--seconds", "1"],
            ["questions", "probe", "twitch-chat:x\x07y", "--seconds", "1"],
            ["questions", "probe", "twitch-chat:museum", "--base", "ws://127.0.0.1:99999/", "--seconds", "1"],
            [
                "questions",
                "probe",
                "youtube-chat:abcdefgh",
                "--base",
                "http://127.0.0.1:99999/",
                "--seconds",
                "1",
            ],
            ["questions", "probe", "demo-chat", "--seconds", HUGE],
            ["questions", "probe", "demo-chat", "--seconds", "nan"],
            ["questions", "probe", "irc:#x"],
        ],
        "stream probe": [
            ["stream", "probe", "obs://" + LONG],
            ["stream", "probe", "obs://127.0.0.1:1", "--timeout", "2"],
            ["stream", "probe", "obs://127.0.0.1:1", "--seconds", "inf"],
            ["stream", "probe", "obs://127.0.0.1:99999"],
            ["stream", "probe", "obs://host\x1b[2J"],
        ],
        "self-test": [["self-test", "--venue", h["fifo"]], ["self-test", "--timeout", "inf"]],
        "camera probe": [
            ["camera", "probe", h["long"], "--timeout", "2"],
            ["camera", "probe", h["fifo"], "--timeout", "2"],
            ["camera", "probe", "rtsp://127.0.0.1:1/x", "--timeout", "nan"],
            ["camera", "probe", "file:///x", "--snapshot", h["device"], "--timeout", "2"],
        ],
        "camera list": [["camera", "list"], ["camera", "list", "--all", LONG]],
        "remote": [
            ["remote", "next", "--url", "http://127.0.0.1:1/"],
            ["remote", "next", "--url", "file:///etc/passwd"],
            ["remote", "next", "--url", "http://[::1"],
            ["remote", "next", "--url", "http://127.0.0.1:1/a b"],
            ["remote", "goto", DIGITS, "--url", "http://127.0.0.1:1/"],
            ["remote", "next", "--from", HUGE, "--url", "http://127.0.0.1:1/"],
            ["remote", "cue", LONG * 20, "--url", "http://127.0.0.1:1/", "--token", LONG],
            ["remote", LONG],
            ["remote", "/etc/passwd", "--url", "http://127.0.0.1:1/"],
            ["remote", "token", "extra"],
            ["remote", "state", "--url", "http://127.0.0.1:1/", "--json"],
        ],
    }


def subcommands() -> Iterator[str]:
    """Every leaf command of the real parser, as ``noun`` or ``noun verb``."""
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for noun, sub in action.choices.items():
                verbs = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
                if verbs:
                    yield from (f"{noun} {verb}" for verb in verbs[0].choices)
                else:
                    yield noun


def run(argv: list[str], env: dict[str, str]) -> tuple[list[str], int | None, str, float]:
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "console", *argv],
            capture_output=True,
            encoding="utf-8",
            errors="replace",  # a report may write a PDF or PNG to standard output
            cwd=REPO,
            env=env,
            timeout=TIME_BOUND_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return argv, None, "(hung)", time.monotonic() - started
    return argv, done.returncode, done.stdout + done.stderr, time.monotonic() - started


def test_every_subcommand_has_hostile_cases(hostile: dict[str, str]) -> None:
    assert set(subcommands()) <= set(cases(hostile)), "a subcommand with no hostile cases"


def test_no_subcommand_hangs_crashes_or_calls_hostile_input_a_bug(hostile: dict[str, str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    everything = [argv for lines in cases(hostile).values() for argv in lines]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda argv: run(argv, env), everything))
    bad = [
        f"{' '.join(argv)[:120]} -> {code}: {output[-300:]}"
        for argv, code, output, _seconds in results
        if code is None or code not in (0, 1, 2) or "Traceback" in output or "internal error" in output
    ]
    assert not bad, "\n".join(bad)
    # What must be refused is refused (exit 2 with a reason), and nothing special was replaced.
    for argv, code, output, _seconds in results:
        if any(target in argv for target in (hostile["device"], hostile["fifo"], hostile["junk"])):
            assert code in (1, 2) and output.strip(), argv
    assert stat.S_ISFIFO(os.lstat(hostile["fifo"]).st_mode)
    assert not stat.S_ISREG(os.lstat(hostile["device"]).st_mode)
    assert Path(hostile["junk"]).read_bytes().startswith(b"not a database")
