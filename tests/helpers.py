"""What several test files share: a small tour, the real console's start and key press, the command line
in a real process, a hand-made PNG, special files made in a test's own folder, processes that hold the
database's write lock or the console lock, a console live in another process. Fixtures built on these live in
``conftest.py``; tests import helpers from here, never from each other.
"""

from __future__ import annotations

import os
import signal
import socket
import stat
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from console.show.tour import Stop, StopText, Tour, TourText

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from console.app import Console
    from console.store import Database

T = TypeVar("T")
REPO = Path(__file__).resolve().parent.parent
ASSETS = REPO / "assets"

TOUR = Tour(
    title="Test Tour",
    slot_s=1800,
    introduction="Welcome, everyone.",
    stops=(
        Stop("Winged Victory", 600, artist="Unknown", talking_points="- the prow of a ship"),
        Stop("Venus de Milo", 300, talking_points="- found on Milos in 1820"),
        Stop("Mona Lisa", 600, talking_points="- poplar panel"),
    ),
)

# The same route in three content languages: French complete, Chinese missing the last stop's talking points
# and the second stop altogether (so fallbacks show), artist shared but for one stop.
MULTILINGUAL_TOUR = Tour(
    title="Test Tour",
    slot_s=1800,
    language="en",
    languages=("en", "fr", "zh"),
    introduction="Welcome, everyone.",
    translations=(
        ("fr", TourText("Visite test", "Bienvenue à tous.")),
        ("zh", TourText("测试导览", "欢迎大家。")),
    ),
    stops=(
        Stop(
            "Winged Victory",
            600,
            artist="Unknown",
            location="Daru staircase",
            talking_points="- the prow of a ship",
            translations=(
                (
                    "fr",
                    StopText(
                        "Victoire de Samothrace", "- la proue d'un navire", "escalier Daru", artist="Inconnu"
                    ),
                ),
                ("zh", StopText("萨莫色雷斯的胜利女神", "- 一艘船的船头", "达鲁阶梯")),
            ),
        ),
        Stop(
            "Venus de Milo",
            300,
            talking_points="- found on Milos in 1820",
            translations=(("fr", StopText("Vénus de Milo", "- trouvée à Milo en 1820")),),
        ),
        Stop(
            "Mona Lisa",
            600,
            talking_points="- poplar panel",
            translations=(
                ("fr", StopText("La Joconde", "- un panneau de peuplier")),
                ("zh", StopText("蒙娜丽莎")),
            ),
        ),
    ),
)

# The route Prepare's tests open (tests/conftest.py's ``view``): four stops of 1 to 4 minutes.
STOPS = tuple(Stop(f"Stop {n}", 60 * n, talking_points=f"Say {n}") for n in range(1, 5))

# Holds the database's write lock, as a backup script or a second program would: takes it when told
# (``take_lock``: a test decides the moment, never a race with the console's own first writes), keeps it until
# told to let go (``let_go``).
LOCK_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
sys.stdin.readline()
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def start(qtbot: QtBot, console: Console) -> None:
    """Show the window and wait until it really has the keyboard, as a guide's screen would."""
    from PySide6.QtWidgets import QApplication

    console.start()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console.window)


def key(qtbot: QtBot, console: Console, which: Qt.Key) -> None:
    """A key press on the live view, as a clicker sends it; no dialog may ever open on air."""
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(console.live_view, which)
    assert QApplication.activeModalWidget() is None, "a dialog opened on air"


def cicerone(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``cicerone ARGS`` in a real process (``--db`` first when given)."""
    command = [sys.executable, "-m", "console"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(command + list(args), capture_output=True, text=True, timeout=60, cwd=REPO)


def tiny_png(width: int = 2, height: int = 2) -> bytes:
    """A valid PNG (red pixels), built by hand so the format tests need no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


PNG = tiny_png()


# A process killed without a chance to clean up: SIGKILL on POSIX (exit -9), TerminateProcess on Windows,
# which Python's os.kill does for any signal but Ctrl-C/Ctrl-Break (the exit code is the number given).
KILL_MYSELF = "import os, signal; os.kill(os.getpid(), getattr(signal, 'SIGKILL', signal.SIGTERM))"
KILLED = -9 if os.name != "nt" else int(signal.SIGTERM)


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


def make_device(path: Path) -> None:
    """A /dev/null of our own: a test never risks the real one."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("no permission to make a device node here")


def make_folder(path: Path) -> None:
    path.mkdir()


HOLD_LOCK = """
import sys, time
from pathlib import Path
from console.store.console_lock import acquire_console_lock
lock = acquire_console_lock(Path(sys.argv[1]))
print("HELD", lock.path, flush=True)
time.sleep(60)
"""


@contextmanager
def holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that takes the console lock and keeps it until killed."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("HELD"), process.stderr.read() if process.stderr else ""
        yield process
    finally:
        process.kill()
        process.wait(timeout=10)


def live_show(db_path: Path) -> tuple[subprocess.Popen[str], int]:
    """The real console in another process, on air at stop 3 (tests/drivers/live_show.py)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.drivers.live_show", "--db", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("STATE"):
            return process, int(line.split()[1])
    process.kill()
    raise AssertionError(process.stderr.read() if process.stderr else "the console never went live")


def make_halves_clip(path: Path, left: str = "red", right: str = "blue", seconds: float = 3) -> Path:
    """A 640x240 clip: left half one solid colour, right half another (H.264, like a camera would send)."""
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
         "-f", "lavfi", "-i", f"color={left}:size=320x240:rate=25:duration={seconds}",
         "-f", "lavfi", "-i", f"color={right}:size=320x240:rate=25:duration={seconds}",
         "-filter_complex", "hstack", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
         str(path)],
        check=True,
    )  # fmt: skip
    return path


def near(colour: QColor, red: int, green: int, blue: int, tolerance: int = 40) -> bool:
    channels = (colour.red(), colour.green(), colour.blue())
    return all(abs(a - b) <= tolerance for a, b in zip(channels, (red, green, blue), strict=True))


def free_port(kind: socket.SocketKind = socket.SOCK_STREAM) -> int:
    """A port nothing listens on at 127.0.0.1 (TCP, or UDP with ``socket.SOCK_DGRAM``)."""
    with socket.socket(socket.AF_INET, kind) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


EXCEL_EUROPE = (
    "\ufeffTitle;Duration;Location;Artist;Date;Medium;Talking Points\r\n"
    "La Joconde;6m;Salle 711;Léonard de Vinci;1503–1519;Huile sur bois;"
    '"Le ""sourire"" : regardez les yeux.\r\n- sfumato; lumière\r\n- paysage"\r\n'
    "Victoire de Samothrace;4:30;Escalier Daru;;vers 190 av. J.-C.;Marbre;\r\n"
    ";;;;;;\r\n"
).encode()


def stored(db_path: Path, tour_id: int) -> Tour:
    """The tour as another process would read it from disk now."""
    from console.store import TourRepository, open_database

    other = open_database(db_path)
    try:
        return TourRepository(other).get(tour_id, with_images=True)
    finally:
        other.close()


def titles(tour: Tour) -> list[str]:
    return [stop.title for stop in tour.stops]


def rehearse(db: Database, tour: Tour, seconds: list[float]) -> None:
    """A rehearsal as the live console records it: go live, arrive at each stop, end."""
    from console.store import SessionRepository

    sessions = SessionRepository(db)
    session = sessions.create(tour, kind="rehearsal", at=1000.0)
    sessions.go_live(session, 1000.0)
    at = 1000.0
    for index, spent in enumerate(seconds):
        sessions.arrive(session, index, at)
        at += spent
    sessions.end(session, at)


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

    def longest_gap(self) -> float:
        self._timer.stop()
        return max(self.gaps, default=0.0)

    def assert_responsive(self, baseline_s: float, limit_s: float = 0.25) -> None:
        """No pause longer than ``limit_s`` beyond ``baseline_s``, the longest one measured in the same test
        while the source still answered: a loaded machine delays every timer, a freeze adds to that."""
        longest = self.longest_gap()
        assert longest < baseline_s + limit_s, (
            f"the window froze for {longest:.3f} s (baseline {baseline_s:.3f} s)"
        )


# -- the show-control server: real aiohttp clients on a thread of their own, so the GUI thread answers ------
def remote_url(qtbot: QtBot, console: Console) -> str:
    """The console's show-control address once its server is listening."""
    qtbot.waitUntil(lambda: console.remote is not None and bool(console.remote.url), timeout=10_000)
    assert console.remote is not None
    return console.remote.url


def run_cli(qtbot: QtBot, *args: str) -> tuple[int, str, str]:
    """``cicerone remote ...`` in a real process, while this test's Qt loop keeps the console answering."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "console", "remote", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
    out, err = process.communicate()
    return process.returncode, out, err


def off_thread(qtbot: QtBot, work: Callable[[], Awaitable[T]], timeout_s: float = 30.0) -> T:
    """Run the coroutine ``work()`` makes on its own event loop in another thread while Qt's loop turns."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(lambda: asyncio.run(_awaited(work)))
        qtbot.waitUntil(future.done, timeout=int(timeout_s * 1000))
        return future.result()


async def _awaited(work: Callable[[], Awaitable[T]]) -> T:
    return await work()


def http(
    qtbot: QtBot,
    url: str,
    path: str,
    *,
    method: str = "POST",
    token: str | None = None,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, Any]]:
    """One request with aiohttp's client: (status, the JSON answer)."""
    import aiohttp

    sent = dict(headers or {})
    if token is not None:
        sent["Authorization"] = f"Bearer {token}"

    async def go() -> tuple[int, dict[str, Any]]:
        async with (
            aiohttp.ClientSession() as session,
            session.request(method, url.rstrip("/") + path, data=body, headers=sent) as response,
        ):
            return response.status, await response.json(content_type=None)

    return off_thread(qtbot, go)


def take_lock(holder: subprocess.Popen[str]) -> None:
    """Tell a LOCK_HOLDER process to take the write lock, and wait until it holds it."""
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "locked"


def let_go(holder: subprocess.Popen[str]) -> None:
    """Tell a LOCK_HOLDER process to commit, releasing the lock, and wait for it to end."""
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(timeout=10)


def open_console(qtbot: QtBot, db_path: Path, *options: str) -> Console:
    """The real console on ``db_path`` (and any command-line ``options``), built as ``run_gui`` builds it,
    shown and holding the keyboard."""
    from console.app import Console
    from console.cli import build_parser
    from console.settings import load_settings

    console = Console(build_parser().parse_args(["--db", str(db_path), *options]), load_settings())
    qtbot.addWidget(console.window)
    start(qtbot, console)
    return console


def say(console: Console, text: str, author: str = "Li Wei", platform: str = "youtube") -> None:
    """A chat message from the audience, as a chat source hands it to the console (now, on its GUI thread)."""
    from console.show.chat import chat_message

    message = chat_message(platform, f"{platform}-chat:x", author, text, time.time())  # type: ignore[arg-type]
    assert console.chat is not None and message is not None
    console.chat.message.emit(message)


def sized_console(qtbot: QtBot, db_path: Path, size: tuple[int, int] = (1280, 720), *options: str) -> Console:
    """The real console on ``db_path`` (and any command-line ``options``), started and resized to ``size``
    (a size class's checks)."""
    from PySide6.QtWidgets import QApplication

    from console.app import Console
    from console.cli import build_parser
    from console.settings import load_settings

    console = Console(build_parser().parse_args(["--db", str(db_path), *options]), load_settings())
    qtbot.addWidget(console.window)
    console.start()
    qtbot.waitUntil(lambda: console.camera_pane is not None, timeout=3000)
    console.window.resize(*size)
    qtbot.waitUntil(lambda: console.window.size().toTuple() == size)
    QApplication.processEvents()
    return console


def shown_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """Every label's and button's text visible under ``root``, and every tooltip."""
    widgets = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    texts = [(w, w.text()) for w in widgets if isinstance(w, QLabel | QAbstractButton) and w.text()]
    return texts + [(w, w.toolTip()) for w in widgets if w.toolTip()]


REPORT_T0 = 1_700_000_000.0
REPORT_STOPS = ("Winged Victory", "Mona Lisa", "Vénus de Milo", "Raft of the Medusa")
REPORT_NOTES = ("mic crackles", "", "question about <the arms> & 问题")


REPORT_ARRIVALS = (0, 500, 1100, 1500)


def stored_report_show(
    db_path: Path,
    *,
    kind: str = "live",
    viewers: bool = True,
    ended: bool = True,
    notes: Sequence[str] = REPORT_NOTES,
    arrivals: Sequence[int] = REPORT_ARRIVALS,
    tour_id: int | None = None,
) -> int:
    """A 30-minute show of four stops read every 10 s from two sources, for the report's outputs and Review:
    YouTube rises from 100 (one a reading); both sources fail from 11:40 to 13:20 (a gap in the total);
    Twitch alone fails from 20:00 to 21:40 (a partial total); three notes (one a mark) at 3:20, 15:00 and
    21:40, at stops 1, 2, 3. A new tour unless ``tour_id`` (another session of that tour)."""
    from console.show.session import Note
    from console.show.viewers import ViewerSample
    from console.store import SessionRepository, TourRepository, open_database

    t0 = REPORT_T0
    db = open_database(db_path)
    tours = TourRepository(db)
    stops = tuple(Stop(title, 600 if n < 3 else 300) for n, title in enumerate(REPORT_STOPS))
    if tour_id is None:
        tour_id = tours.add(Tour("Louvre highlights", stops, slot_s=1800))
    tour = tours.get(tour_id)
    sessions = SessionRepository(db)
    session = sessions.create(tour, "rehearsal" if kind == "rehearsal" else "live", at=t0)
    sessions.go_live(session, t0)
    for index, at in enumerate(arrivals):
        sessions.arrive(session, index, t0 + at)
    for at, text, stop in zip((200, 900, 1300), notes, (0, 1, 2), strict=True):
        sessions.add_note(session, Note(at=t0 + at, text=text, stop_index=stop, show_s=float(at)))
    assert session.id is not None
    for k in range(0, 1800, 10) if viewers else ():
        both_fail = 700 <= k < 800
        sessions.add_sample(
            session.id,
            ViewerSample(t0 + k, "youtube", "error", None)
            if both_fail
            else ViewerSample(t0 + k, "youtube", "live", 100 + k // 10),
        )
        twitch_fails = both_fail or 1200 <= k < 1300
        sessions.add_sample(
            session.id,
            ViewerSample(t0 + k + 1, "twitch", "error", None)
            if twitch_fails
            else ViewerSample(t0 + k + 1, "twitch", "live", 50 + k // 20),
        )
    if ended:
        sessions.end(session, t0 + 1800)
    db.close()
    return session.id
