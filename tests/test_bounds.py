"""Bounds at the door: no duration, slot or id out of range gets in, from any file, argument or form.

The database must never receive a value it cannot give back: before these checks a stop of
``100000000000000000`` (minutes) imported, and from then on every list failed with "integer overflow".
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.errors import InputError
from console.formats import load_tour
from console.formats.bundle import parse_bundle
from console.show.durations import parse_duration, parse_positive_duration
from console.show.limits import MAX_INTEGER, MAX_SLOT_S, MAX_STOP_S
from console.show.tour import Stop, Tour
from console.store import TourRepository, open_database
from console.ui.prepare.stop_form import StopForm
from console.ui.prepare.tour_form import TourForm
from tests.conftest import REPO
from tests.helpers import cicerone

HOSTILE = REPO / "tests" / "hostile" / "bounds"

# Each hostile file: the line the error must name and words of the reason.
REFUSED_FILES = {
    "stop-100000000000000000-minutes.md": (6, "too long"),
    "stop-25h.md": (6, "at most 24h"),
    "slot-over-7-days.md": (3, "7 days"),
    "duration-400-digits.md": (6, "not a duration"),
    "json-stop-over-24h.json": (7, "at most 86400"),
    "json-slot-beyond-64-bits.json": (5, "at most 604800"),
    "json-5000-digit-number.json": (5, "far too large"),
    "csv-stop-over-24h.csv": (3, "at most 24h"),
}


def test_every_hostile_file_is_listed() -> None:
    assert sorted(path.name for path in HOSTILE.iterdir()) == sorted(REFUSED_FILES)


@pytest.mark.parametrize("name", sorted(REFUSED_FILES))
def test_tour_import_refuses_an_out_of_range_number_with_file_line_and_reason(
    name: str, db_path: Path
) -> None:
    line, reason = REFUSED_FILES[name]
    result = cicerone("tour", "import", str(HOSTILE / name), db=db_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"{name}, line {line}: " in result.stderr
    assert reason in result.stderr
    listed = cicerone("tour", "list", "--json", db=db_path)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def test_a_bundle_is_bounded_like_the_json_inside_it(tmp_path: Path) -> None:
    tour = {
        "format": "cicerone-tour",
        "version": 1,
        "title": "B",
        "stops": [{"title": "X", "duration_s": 2**63}],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("tour.json", json.dumps(tour, indent=2))
    with pytest.raises(InputError, match=r"line \d+: .*at most 86400"):
        parse_bundle(buffer.getvalue(), name="hostile.cicerone")


def test_the_limits_themselves_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "edge.md"
    path.write_text("---\ntitle: Edge\nslot: 168h\n---\n\n## Day\nduration: 24h\n", encoding="utf-8")
    tour = load_tour(path)
    assert tour.slot_s == MAX_SLOT_S and tour.stops[0].duration_s == MAX_STOP_S


@pytest.mark.parametrize("text", ["9" * 400 + "s", "1" + "0" * 30, "999999999999h", "24h 1s"])
def test_parse_positive_duration_refuses_past_a_day_without_an_overflow(text: str) -> None:
    with pytest.raises(ValueError, match=r"too long|not a duration"):
        parse_positive_duration(text)


def test_parse_duration_never_raises_anything_but_value_error_on_huge_numbers() -> None:
    for text in ["9" * 400 + "h", "9" * 5000, "1" * 300 + ".5m"]:
        with pytest.raises(ValueError):
            parse_duration(text)


@pytest.mark.parametrize(
    "args",
    [
        ("tour", "export", "9223372036854775808"),
        ("tour", "export", str(2**70)),
        ("tour", "export", "0"),
        ("tour", "export", "-1"),
        ("session", "export", "9223372036854775808"),
        ("--tour", str(2**70), "tour", "list"),
        ("--tour", "0", "tour", "list"),
        ("tour", "import", str(HOSTILE / "stop-25h.md"), "--slot", "8 days"),
        ("tour", "import", str(HOSTILE / "stop-25h.md"), "--slot", "169h"),
    ],
)
def test_cli_arguments_out_of_range_are_usage_errors(args: tuple[str, ...], db_path: Path) -> None:
    result = cicerone(*args, db=db_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "--slot" in result.stderr or "id" in result.stderr


def test_largest_id_is_a_plain_not_found(db_path: Path) -> None:
    result = cicerone("tour", "export", str(MAX_INTEGER), db=db_path)
    assert result.returncode == 2
    assert "no tour with id" in result.stderr


def _earlier_build_database(db_path: Path) -> int:
    """A database as a build without the bounds left it: two stops of 100000000000000000 minutes."""
    db = open_database(db_path)
    tour_id = TourRepository(db).add(Tour(title="From before", stops=(Stop("A", 60), Stop("B", 60))))
    db.close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE stops SET duration_s = ?", [6 * 10**18])
        raw.execute("UPDATE tours SET slot_s = ?", [6 * 10**18])
    raw.close()
    return tour_id


def test_a_tour_stored_with_an_overflowing_sum_is_still_listed_exported_and_deleted(db_path: Path) -> None:
    tour_id = _earlier_build_database(db_path)
    listed = cicerone("tour", "list", "--json", db=db_path)
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert row["planned_s"] == 2 * MAX_STOP_S and row["slot_s"] == MAX_SLOT_S
    assert cicerone("tour", "list", db=db_path).returncode == 0

    exported = cicerone("tour", "export", str(tour_id), "--format", "json", db=db_path)
    assert exported.returncode == 0, exported.stderr
    assert [stop["duration_s"] for stop in json.loads(exported.stdout)["stops"]] == [MAX_STOP_S] * 2

    from console.store.tour_edits import TourEdits

    db = open_database(db_path)
    try:
        TourEdits(db).delete_tour(tour_id)
        assert list(TourRepository(db).list()) == []
    finally:
        db.close()


def test_prepare_stop_form_refuses_a_stop_over_24_hours(qtbot: QtBot) -> None:
    form = StopForm()
    qtbot.addWidget(form)
    form.show_stop(Stop("One", 60), {})
    edits: list[tuple[str, object]] = []
    form.edited.connect(lambda name, value: edits.append((name, value)))
    qtbot.keyClicks(form.duration, "25h")
    assert "at most 24h" in form.duration_hint.text()
    assert ("duration_s", 25 * 3600) not in edits
    assert all(value <= MAX_STOP_S for name, value in edits if name == "duration_s")  # type: ignore[operator]


def test_prepare_tour_form_refuses_a_slot_over_7_days(qtbot: QtBot) -> None:
    form = TourForm()
    qtbot.addWidget(form)
    form.show_tour(Tour(title="T", slot_s=600))
    edits: list[tuple[str, object]] = []
    form.edited.connect(lambda name, value: edits.append((name, value)))
    qtbot.keyClicks(form.slot, "200h")
    assert "7 days" in form.slot_hint.text()
    assert all(value <= MAX_SLOT_S for name, value in edits if name == "slot_s")  # type: ignore[operator]
    form.slot.clear()
    qtbot.keyClicks(form.slot, "168h")
    assert edits[-1] == ("slot_s", MAX_SLOT_S)


def test_a_rehearsal_left_running_overnight_proposes_at_most_a_day(db_path: Path) -> None:
    from console.show.rehearsal import proposals
    from console.show.session import Arrival, Session

    tour = Tour("Long", (Stop("A", 60), Stop("B", 60)))
    rehearsal = Session(tour, "rehearsal", went_live_at=0.0, ended_at=3 * 86400.0, arrivals=[Arrival(0, 0.0)])
    assert [proposal.actual_s for proposal in proposals(rehearsal, tour)] == [MAX_STOP_S]
