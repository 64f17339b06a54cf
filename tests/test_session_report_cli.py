"""``cicerone session report`` and the viewer readings in ``session export`` (issue 17), in real processes on
a real database: the per-stop sheet, the chapters and their exit codes, and what is refused."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import pytest

from console.show.encoder import EncoderRecord
from console.show.session import Note
from console.show.tour import Stop, Tour
from console.show.viewers import ViewerSample
from console.store import SessionRepository, TourRepository, open_database
from tests.helpers import cicerone

T0 = 1_700_000_000.0


def stored_show(db_path: Path, arrivals: list[tuple[int, float]], end: float) -> int:
    """A show of three stops (one titled like a formula) with a rising count read every 10 s."""
    db = open_database(db_path)
    tours = TourRepository(db)
    tour = tours.get(tours.add(Tour("T", (Stop("Hall", 60), Stop("=1+1", 60), Stop("Roof", 60)), slot_s=180)))
    sessions = SessionRepository(db)
    session = sessions.create(tour, at=T0)
    sessions.go_live(session, T0)
    for index, at in arrivals:
        sessions.arrive(session, index, T0 + at)
    sessions.add_note(session, Note(at=T0 + 5, text="mic", stop_index=0, show_s=5.0, viewers=100))
    assert session.id is not None
    for k in range(int(end // 10)):
        sessions.add_sample(session.id, ViewerSample(T0 + 10 * k, "yt", "live", 100 + 10 * k))
    sessions.end(session, T0 + end)
    db.close()
    return session.id


@pytest.fixture
def show(db_path: Path) -> str:
    return str(stored_show(db_path, [(0, 0), (1, 60), (2, 120)], end=180))


def test_csv_has_one_row_per_stop_with_every_figure(db_path: Path, show: str, tmp_path: Path) -> None:
    sheet = tmp_path / "stops.csv"
    result = cicerone("session", "report", show, "--format", "csv", "-o", str(sheet), db=db_path)
    assert result.returncode == 0, result.stderr
    raw = sheet.read_bytes()
    assert raw.startswith("\ufeff".encode()) and raw.count(b"\r\n") == 4  # Excel's UTF-8 mark, CRLF
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [row["title"] for row in rows] == ["Hall", "'=1+1", "Roof"]  # a formula is neutralised
    hall = rows[0]
    assert (hall["planned_s"], hall["actual_s"], hall["difference_s"]) == ("60", "60.0", "0.0")
    assert (hall["viewers_at_arrival"], hall["viewers_at_departure"], hall["peak"]) == ("100", "150", "150")
    assert (hall["average"], hall["change"], hall["hold"], hall["share_of_peak"]) == (
        "125.0",
        "50",
        "1.5",
        "0.556",
    )
    assert (hall["arrived"], hall["left"]) == ("2023-11-14T22:13:20+00:00", "2023-11-14T22:14:20+00:00")
    assert (rows[1]["arrived_show_s"], rows[1]["left_show_s"]) == ("60.0", "120.0")
    assert rows[0]["stands_out"] == "gained most" and rows[2]["stands_out"] == ""


def test_chapters_default_to_the_go_live_and_follow_a_stream_start(db_path: Path, show: str) -> None:
    result = cicerone("session", "report", show, "--format", "chapters", db=db_path)
    assert (result.returncode, result.stdout) == (0, "0:00 Hall\n1:00 =1+1\n2:00 Roof\n")
    later = datetime.fromtimestamp(T0 + 30).strftime("%H:%M:%S")  # the local clock, as the guide reads it
    for when in ("+30s", later):
        moved = cicerone(
            "session", "report", show, "--format", "chapters", "--stream-start", when, db=db_path
        )
        assert moved.stdout == "0:00 Hall\n0:30 =1+1\n1:30 Roof\n", when


def test_chapters_default_to_the_encoders_own_stream_start_when_it_was_recorded(
    db_path: Path, show: str
) -> None:
    db = open_database(db_path)
    sessions = SessionRepository(db)
    sessions.add_encoder_record(int(show), EncoderRecord(T0 + 1, "sample", streaming=None, reason="dropped"))
    sessions.add_encoder_record(int(show), EncoderRecord(T0 + 2, "sample", True, stream_started_at=T0 + 30))
    sessions.add_encoder_record(int(show), EncoderRecord(T0 + 90, "state", True, stream_started_at=T0 + 85))
    db.close()
    result = cicerone("session", "report", show, "--format", "chapters", db=db_path)
    assert result.stdout == "0:00 Hall\n0:30 =1+1\n1:30 Roof\n"  # the first stream OBS reported
    chosen = cicerone("session", "report", show, "--format", "chapters", "--stream-start", "+0s", db=db_path)
    assert chosen.stdout == "0:00 Hall\n1:00 =1+1\n2:00 Roof\n"  # the producer's word still wins
    exported = json.loads(cicerone("session", "export", show, db=db_path).stdout)["encoder"]
    assert exported[1]["stream_started"] == "2023-11-14T22:13:50+00:00" and exported[0]["reason"] == "dropped"


def test_chapters_written_to_a_file(db_path: Path, show: str, tmp_path: Path) -> None:
    target = tmp_path / "chapters.txt"
    result = cicerone("session", "report", show, "--format", "chapters", "-o", str(target), db=db_path)
    assert result.returncode == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").splitlines()[0] == "0:00 Hall"


def test_fewer_than_three_chapters_say_so_and_exit_1(db_path: Path) -> None:
    short = str(stored_show(db_path, [(0, 0), (1, 60), (2, 175)], end=180))  # the roof lasts 5 s
    result = cicerone("session", "report", short, "--format", "chapters", db=db_path)
    assert result.returncode == 1 and result.stdout == ""
    assert "only 2 chapter(s)" in result.stderr and "YouTube needs 3" in result.stderr


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["--format", "docx"], "invalid choice: 'docx'"),
        (["--format", "chapters", "--stream-start", "25:99"], "not a clock time"),
        (["--format", "chapters", "--stream-start", "+soon"], "not a clock time"),
    ],
)
def test_what_is_refused_exits_2_with_a_reason(
    db_path: Path, show: str, argv: list[str], reason: str
) -> None:
    result = cicerone("session", "report", show, *argv, db=db_path)
    assert result.returncode == 2 and reason in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_session_exits_2(db_path: Path, show: str) -> None:
    result = cicerone("session", "report", "99", db=db_path)
    assert result.returncode == 2 and "no session with id 99" in result.stderr


def test_the_json_export_holds_the_viewer_readings(db_path: Path, show: str) -> None:
    data = json.loads(cicerone("session", "export", show, db=db_path).stdout)
    readings = data["viewer_samples"]
    assert len(readings) == 18
    assert readings[1] == {
        "at": "2023-11-14T22:13:30.000+00:00",
        "source": "yt",
        "state": "live",
        "viewers": 110,
    }
