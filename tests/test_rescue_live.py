"""The time rescue on air: a made clock running long, the advice line appearing, A adopting (the countdown
then runs to the adopted target) and A again reverting; adoptions survive a crash-resume and are exported."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.formats.session_report import dump_session_csv, dump_session_json
from console.show.tour import Stop, Tour
from console.show.viewers import ViewerSample
from console.store import SessionRepository, TourRepository, open_database
from tests.helpers import http, key, open_console, remote_url

RESCUE = Tour(
    "Rescue",
    slot_s=1800,
    stops=(
        Stop("Intro", 300),
        Stop("Raft", 600, min_s=420),
        Stop("Marly", 300, optional=True),
        Stop("Liberty", 600, min_s=420),
    ),
)
LINE = "To end on time: Raft 10:00→8:30, Liberty 10:00→8:30"


def test_running_long_advises_a_adopts_and_the_countdown_follows(qtbot: QtBot, db_path: Path) -> None:
    db = open_database(db_path)
    TourRepository(db).add(RESCUE)
    db.close()
    console = open_console(qtbot, db_path)
    controller, view = console.controller, console.live_view
    bar, route = view.clock_bar, view.route
    now = [1_700_000_000.0]
    controller.clock = lambda: now[0]
    key(qtbot, console, Qt.Key.Key_F5)
    view.tick()
    assert bar.advice.full == ""  # on time: no line
    now[0] += 480  # three minutes over at the intro
    key(qtbot, console, Qt.Key.Key_PageDown)
    view.tick()
    assert bar.advice.full.startswith(LINE) and "A adopts" in bar.advice.full
    assert route.model_.index(3, 2).data() == "10:00\n→8:30"  # the plan, and the target under it
    assert bar.stop.value.text() == "10:00"  # not adopted yet: the plan
    now[0] += 5
    view.tick()
    assert bar.advice.full.startswith(LINE)  # the same advice, the same line (no flicker)

    key(qtbot, console, Qt.Key.Key_A)
    view.tick()
    assert "adopted" in bar.advice.full
    assert bar.stop.value.text() == "8:25"  # 8:30 adopted, 5 s spent
    assert route.model_.index(1, 2).data() == "0:05\nof 8:30"

    console.shutdown()  # a crash: the show never ended
    again = open_console(qtbot, db_path)
    again.controller.clock = lambda: now[0]
    key(qtbot, again, Qt.Key.Key_F5)  # resume
    again.live_view.tick()
    assert again.live_view.clock_bar.stop.value.text() == "8:25"
    key(qtbot, again, Qt.Key.Key_A)  # the same advice shown: A reverts
    again.live_view.tick()
    assert again.live_view.clock_bar.stop.value.text() == "9:55"
    assert "A adopts" in again.live_view.clock_bar.advice.full
    session = again.controller.session
    assert session is not None and session.id is not None
    again.shutdown()

    db = open_database(db_path)
    stored = SessionRepository(db).get(session.id)
    db.close()
    exported = json.loads(dump_session_json(stored))
    assert [len(adoption["targets"]) for adoption in exported["adoptions"]] == [2, 0]
    assert exported["adoptions"][0]["targets"][0] == {"stop": 2, "target_s": 510, "skip": False}
    sheet = dump_session_csv(stored)
    assert ",Raft," in sheet and "target 510 s" in sheet and "reverted" in sheet


def test_a_tour_without_a_slot_gets_no_line(qtbot: QtBot, db_path: Path) -> None:
    db = open_database(db_path)
    TourRepository(db).add(Tour("Open", stops=RESCUE.stops))
    db.close()
    console = open_console(qtbot, db_path)
    now = [1_700_000_000.0]
    console.controller.clock = lambda: now[0]
    key(qtbot, console, Qt.Key.Key_F5)
    now[0] += 5000
    console.live_view.tick()
    assert console.live_view.clock_bar.advice.full == ""
    assert console.controller.adopt_advice() is False
    console.shutdown()


def test_the_producer_adopts_over_the_api(qtbot: QtBot, db_path: Path) -> None:
    db = open_database(db_path)
    TourRepository(db).add(RESCUE)
    db.close()
    console = open_console(qtbot, db_path)
    url = remote_url(qtbot, console)
    assert console.remote is not None
    token = console.remote.token
    now = [1_700_000_000.0]
    console.controller.clock = lambda: now[0]
    assert http(qtbot, url, "/api/advice/adopt", token=token)[0] == 409  # nothing on air
    key(qtbot, console, Qt.Key.Key_F5)
    assert http(qtbot, url, "/api/advice/adopt", token=token)[0] == 409  # on time: nothing to adopt
    now[0] += 480
    key(qtbot, console, Qt.Key.Key_PageDown)
    _status, state = http(qtbot, url, "/api/state", method="GET", token=token)
    assert state["advice"]["line"] == LINE and state["advice"]["adopted"] is False
    assert http(qtbot, url, "/api/advice/adopt", token=token)[0] == 200
    _status, state = http(qtbot, url, "/api/state", method="GET", token=token)
    assert state["advice"]["adopted"] is True
    assert state["clock"]["stop_left_s"] == 510
    console.shutdown()


def test_earlier_shows_tilt_the_advice_on_air_read_off_the_gui_thread(qtbot: QtBot, db_path: Path) -> None:
    db = open_database(db_path)
    tour_id = TourRepository(db).add(RESCUE)
    sessions = SessionRepository(db)
    earlier = sessions.start(TourRepository(db).get(tour_id), "live", 0.0)
    at = 0.0
    for index, stop in enumerate(RESCUE.stops):  # the audience stays at the Raft, leaves at Liberty
        if index:  # start() arrived at the first stop
            sessions.arrive(earlier, index, at)
        for step in range(0, stop.duration_s, 60):
            viewers = 100 - (step // 10 if stop.title == "Liberty" else 0)
            sessions.add_sample(earlier.id or 0, ViewerSample(at + step, "yt", "live", viewers))
        at += stop.duration_s
    sessions.end(earlier, at)
    db.close()
    console = open_console(qtbot, db_path)
    controller, bar = console.controller, console.live_view.clock_bar
    now = [1_700_000_000.0]
    controller.clock = lambda: now[0]
    key(qtbot, console, Qt.Key.Key_F5)
    now[0] += 480
    key(qtbot, console, Qt.Key.Key_PageDown)

    def tilted() -> bool:
        console.live_view.tick()
        return "(cut where audiences left before)" in bar.advice.full

    qtbot.waitUntil(tilted, timeout=10_000)
    advice = controller.advice()
    assert advice is not None
    cuts = {stop.title: stop.planned_s - stop.target_s for stop in advice.changes}
    assert cuts["Liberty"] > cuts["Raft"] and sum(cuts.values()) == 180
    console.shutdown()


def test_a_resumed_show_is_not_its_own_history(qtbot: QtBot, db_path: Path) -> None:
    """The holds of earlier shows were read with the show on air among them: resumed after a crash, its own
    audience leaving the current stop cut that stop and said "(cut where audiences left before)"."""
    db = open_database(db_path)
    tour = TourRepository(db).get(TourRepository(db).add(RESCUE))
    sessions = SessionRepository(db)
    t0 = 1_700_000_000.0
    show = sessions.start(tour, "live", t0)
    for index, at in ((1, 300.0), (2, 900.0), (3, 1300.0)):  # at Liberty 100 s late
        sessions.arrive(show, index, t0 + at)
    for step in range(0, 1370, 10):  # the audience leaves Liberty
        sessions.add_sample(show.id or 0, ViewerSample(t0 + step, "yt", "live", 100 - max(0, step - 1300)))
    db.close()
    console = open_console(qtbot, db_path)
    controller, bar = console.controller, console.live_view.clock_bar
    controller.clock = lambda: t0 + 1370
    key(qtbot, console, Qt.Key.Key_F5)  # resume
    assert controller.session is not None and controller.session.id == show.id
    console.live_view.tick()
    assert bar.advice.full.startswith("To end on time: Liberty")
    qtbot.wait(1500)  # the holds' thread has long answered (tens of milliseconds)
    console.live_view.tick()
    assert "before" not in bar.advice.full, bar.advice.full
    console.shutdown()
