"""``cicerone self-test``: check an installation, headless, one line per check, exit 0 or 1.

What a venue's technician (and CI, on the frozen package) runs after installing: it proves the pieces a
show needs are present and work on this machine, without a display, a camera or the internet. Each check
runs even when an earlier one failed, so one run names every problem; a check that breaks in an unexpected
way is reported as a failed line, never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from console.assets import DEMO_CLIP, DEMO_TOUR, ICON_PNG, asset_path, assets_root, require_asset
from console.commands.common import timeout_seconds
from console.errors import KnownError
from console.frozen import is_frozen
from console.logs import crash_path, log_path

# What every installation must carry: the demo (tour and clip) and the window icon.
REQUIRED_ASSETS = (DEMO_TOUR, DEMO_CLIP, ICON_PNG)
NETWORK_TIMEOUT_MS = 5000


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "self-test",
        help="check this installation (Qt, database, assets, libvlc, network, venue profile)",
        description="Check this installation headless, one line per check: exit 0 if all pass, else 1.",
    )
    parser.add_argument(
        "--venue", metavar="FILE", help="check this venue profile instead of the baked-in one"
    )
    parser.add_argument(
        "--timeout", type=timeout_seconds, default=10.0, metavar="S", help="libvlc decode timeout (10 s)"
    )
    parser.set_defaults(func=cmd_self_test)


def cmd_self_test(args: argparse.Namespace) -> int:
    # Headless by design, also on a machine with a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks: list[tuple[str, Callable[[], str]]] = [
        ("qt", check_qt),
        ("database", check_database),
        ("settings", check_settings),
        ("assets", check_assets),
        ("languages", check_languages),
        ("libvlc", lambda: check_libvlc(args.timeout)),
        ("network", check_network),
        ("remote", check_remote),
        ("venue", lambda: check_venue(Path(args.venue) if args.venue else None)),
    ]
    failed = 0
    for name, check in checks:
        try:
            ok, detail = True, check()
        except KnownError as error:
            ok, detail = False, error.text()
        except Exception as error:  # a self-test reports, it does not crash: the type says what broke
            ok, detail = False, f"{type(error).__name__}: {error}"
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name:<9} {detail}", flush=True)
    frozen = "frozen" if is_frozen() else "from source"
    print(f"     log       {log_path()} (crashes: {crash_path()})")
    print(f"{'all checks passed' if not failed else f'{failed} check(s) failed'} ({frozen}, {sys.platform})")
    return 1 if failed else 0


def check_qt() -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QLabel

    if QApplication.instance() is None:
        QApplication([sys.argv[0]])
    label = QLabel("Cicerone")
    picture = label.grab()
    icon = QImage(str(require_asset(ICON_PNG)))
    if picture.isNull() or icon.isNull():
        raise KnownError("Qt started but cannot draw a widget or read a PNG (missing image plugins?)")
    platform = QApplication.platformName()
    return f"Qt {qVersion()} on the {platform} platform; widgets draw, PNG images load"


def check_database() -> str:
    import sqlite3
    import tempfile

    from console.formats import load_tour
    from console.show.session import Note
    from console.store import SessionRepository, TourRepository, open_database
    from console.store.notes_search import search_notes

    with tempfile.TemporaryDirectory(prefix="cicerone-selftest-") as folder:
        db = open_database(Path(folder) / "selftest.db")
        try:
            tours = TourRepository(db)
            tour = tours.get(tours.add(load_tour(require_asset(DEMO_TOUR))))
            sessions = SessionRepository(db)
            sessions.add_note(sessions.start(tour, "rehearsal", 0.0), Note(at=1.0, text="self-test 自检"))
            if len(search_notes(db, "自检").hits) + len(search_notes(db, "self-test").hits) != 2:
                raise KnownError("the notes' search does not find a note just written")
        finally:
            db.close()
    return (
        f"created a database in a temporary folder, stored the demo tour ({len(tour.stops)} stops), "
        f"found a note (SQLite {sqlite3.sqlite_version}, FTS5 trigrams)"
    )


def check_settings() -> str:
    """Settings are written (tomli-w, which a frozen build must carry) and read back in a temporary folder."""
    import tempfile

    from console.settings import load_settings, save_settings

    with tempfile.TemporaryDirectory(prefix="cicerone-selftest-") as folder:
        path = Path(folder) / "settings.toml"
        save_settings({"venue_name": "Salle « 1 »", "text_zoom": 1.25}, path)
        loaded = load_settings(path)
    if (loaded.venue_name, loaded.text_zoom) != ("Salle « 1 »", 1.25):
        raise KnownError(f"settings did not read back as written: {loaded!r}")
    return "settings written and read back (TOML)"


def check_remote() -> str:
    """The show-control server (aiohttp on its own thread) answers one request, and segno makes a QR code:
    proof that a frozen build carries both, C extensions included."""
    import json
    import urllib.request

    import aiohttp
    import segno

    from console.remote.server import Bound, RemoteServer
    from console.remote.state import Snapshot

    bound: list[Bound] = []
    failed: list[str] = []
    token = "self-test-token-0123456789"
    first = Snapshot(state={"on_air": False}, body=b'{"on_air":false}', current=None)
    server = RemoteServer(
        "127.0.0.1", 0, token, lambda *_call: None, first, on_started=bound.append, on_failed=failed.append
    )
    server.start()
    try:
        deadline = time.monotonic() + NETWORK_TIMEOUT_MS / 1000
        while not bound and not failed and time.monotonic() < deadline:
            time.sleep(0.01)
        if not bound:
            raise KnownError(f"the show-control server did not start: {failed[0] if failed else 'no answer'}")
        request = urllib.request.Request(
            f"http://127.0.0.1:{bound[0].port}/api/state", headers={"Authorization": f"Bearer {token}"}
        )
        with urllib.request.urlopen(request, timeout=NETWORK_TIMEOUT_MS / 1000) as response:
            state = json.loads(response.read())
    finally:
        server.stop()
    if state != {"on_air": False}:
        raise KnownError(f"the show-control server answered {state!r}")
    modules = len(segno.make("http://127.0.0.1:4390/?token=x", error="m").matrix)
    return (
        f"show-control server (aiohttp {aiohttp.__version__}) answered; QR code of {modules} modules (segno)"
    )


def check_assets() -> str:
    missing = [name for name in REQUIRED_ASSETS if not asset_path(name).is_file()]
    if missing:
        raise KnownError(f"missing from {assets_root()}: {', '.join(missing)}")
    return f"{len(REQUIRED_ASSETS)} required assets in {assets_root()}"


def check_languages() -> str:
    """Each translated language's .qm files (ours, Qt's) load and translate: a frozen build carries them."""
    from PySide6.QtCore import QTranslator

    from console.assets import asset_path
    from console.ui.languages import LANGUAGES, SOURCE_LANGUAGE, TRANSLATIONS, qt_translations_dir

    said = []
    for language in (code for code in LANGUAGES if code != SOURCE_LANGUAGE):
        ours, qts = QTranslator(), QTranslator()
        if not ours.load(f"cicerone_{language}", str(asset_path(TRANSLATIONS))):
            raise KnownError(
                f"no cicerone_{language}.qm in {asset_path(TRANSLATIONS)}: the window stays English"
            )
        if not qts.load(f"qtbase_{language}", str(qt_translations_dir())):
            raise KnownError(
                f"no qtbase_{language}.qm in {qt_translations_dir()}: Qt's own buttons stay English"
            )
        live = ours.translate("Console", "Live")
        if not live or live == "Live":
            raise KnownError(f"cicerone_{language}.qm loads but does not translate 'Live'")
        said.append(f"{language} '{live}'")
    return f"the window's translations load: 'Live' is {', '.join(said)}; Qt's own load too"


def check_libvlc(timeout_s: float) -> str:
    """The camera's own probe (the code the console previews with) on the bundled demo clip."""
    from console.camera.libvlc import libvlc_version
    from console.camera.probe import probe

    frame = probe(str(require_asset(DEMO_CLIP)), timeout_s, caching_ms=300)
    thumbnail = frame.image.scaled(8, 8)
    if max(thumbnail.pixelColor(x, y).value() for x in range(8) for y in range(8)) == 0:
        raise KnownError("libvlc delivered a black frame: the decoder or the colour conversion is broken")
    version = libvlc_version()
    size = f"{frame.width}x{frame.height}"
    return f"libvlc {version} decoded the demo clip: {size} in {frame.first_frame_ms:.0f} ms"


def check_network() -> str:
    """A real HTTP request through QNetworkAccessManager to a server on 127.0.0.1, and TLS available."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtNetwork import QHostAddress, QNetworkAccessManager, QNetworkRequest, QSslSocket, QTcpServer

    server = QTcpServer()
    if not server.listen(QHostAddress.SpecialAddress.LocalHost, 0):
        raise KnownError(f"cannot listen on 127.0.0.1: {server.errorString()}")

    def answer() -> None:
        socket = server.nextPendingConnection()
        socket.readyRead.connect(
            lambda: socket.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
        )

    server.newConnection.connect(answer)
    manager = QNetworkAccessManager()
    loop = QEventLoop()
    reply = manager.get(QNetworkRequest(QUrl(f"http://127.0.0.1:{server.serverPort()}/selftest")))
    reply.finished.connect(loop.quit)
    QTimer.singleShot(NETWORK_TIMEOUT_MS, reply.abort)
    started = time.perf_counter()
    loop.exec()
    body = bytes(reply.readAll().data())
    error = reply.errorString() if reply.error() != reply.NetworkError.NoError else ""
    reply.deleteLater()
    server.close()
    if error or body != b"ok":
        raise KnownError(f"an HTTP request to 127.0.0.1 failed: {error or f'unexpected answer {body!r}'}")
    if not QSslSocket.supportsSsl():
        raise KnownError("HTTP works but TLS does not (Qt found no OpenSSL): viewer counts need HTTPS")
    elapsed = 1000 * (time.perf_counter() - started)
    return f"HTTP through QNetworkAccessManager in {elapsed:.0f} ms; TLS by {QSslSocket.activeBackend()}"


def check_venue(path: Path | None) -> str:
    from console.formats import load_tour
    from console.venue import baked_venue, parse_venue

    profile = parse_venue(path) if path else baked_venue()
    if profile is None:
        return "no venue profile baked in (a general installation)"
    # Each default tour is read as the first start will import it: a broken one fails here, not on site.
    stops = sum(len(load_tour(tour).stops) for tour in profile.tours)
    tours = len(profile.tours)
    return (
        f"profile '{profile.name}' parses: {tours} default tour(s), language {profile.settings.language}; "
        f"its tours read ({stops} stops)"
    )
