"""``cicerone tour advise``: the advice at a moment, as text and JSON; exit 0 on time, 1 when nothing can
end on time, 2 on bad input; a tour id brings its past shows' audience in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.cli import main
from console.show.tour import Stop, Tour
from console.show.viewers import ViewerSample
from console.store import SessionRepository, TourRepository, open_database
from tests.helpers import make_fifo

SCRIPT = """---
title: Rescue
slot: 30m
---
## Intro
duration: 5m
## Raft
duration: 8m
min: 6m 30s
## Marly Horses
duration: 5m
optional: yes
## Liberty
duration: 7m
min: 5m 30s
## End
duration: 5m
"""


@pytest.fixture
def script(tmp_path: Path) -> Path:
    path = tmp_path / "rescue.md"
    path.write_text(SCRIPT, encoding="utf-8")
    return path


def test_shortening_suffices(script: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["tour", "advise", str(script), "--at-stop", "1", "--elapsed", "8m", "--spent-here", "8m"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == "To end on time: Raft 8:00→6:30, Liberty 7:00→5:30"


def test_json_lists_the_stops_not_yet_finished(script: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["tour", "advise", str(script), "--at-stop", "2", "--elapsed", "11m", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["fits"] is True and data["over_s"] == 0
    assert [(s["index"], s["title"], s["planned_s"], s["target_s"], s["skip"]) for s in data["stops"]] == [
        (2, "Raft", 480, 450, False),
        (3, "Marly Horses", 300, 0, True),
        (4, "Liberty", 420, 390, False),
        (5, "End", 300, 300, False),
    ]


def test_nothing_suffices_exits_1_with_by_how_much(script: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["tour", "advise", str(script), "--at-stop", "2", "--elapsed", "0:30:00", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["fits"] is False and data["over_s"] == 17 * 60


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["--at-stop", "9", "--elapsed", "1m"], "numbered 1 to 5"),
        (["--at-stop", "0", "--elapsed", "1m"], "numbered 1 to 5"),
        (["--at-stop", "9" * 5000, "--elapsed", "1m"], "numbered 1 to 5"),
        (["--at-stop", "1", "--elapsed", "soon"], "--elapsed: 'soon' is not a duration"),
        (["--at-stop", "1", "--elapsed", "9" * 100], "--elapsed"),
        (["--at-stop", "1", "--elapsed", "1m", "--spent-here", "2m"], "longer than --elapsed"),
    ],
)
def test_bad_input_exits_2_with_the_reason(
    script: Path, args: list[str], reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tour", "advise", str(script), *args]) == 2
    assert reason in capsys.readouterr().err


def test_a_broken_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("# T\n## A\nduration: 5m\nmin: 6m\n", encoding="utf-8")
    assert main(["tour", "advise", str(bad), "--at-stop", "1", "--elapsed", "1m"]) == 2
    assert "line 4: min (6m) is longer than the planned 5m" in capsys.readouterr().err


def test_a_stored_tour_learns_from_its_past_shows(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tour = Tour(
        "Learned",
        slot_s=1000,
        stops=(Stop("Held", 600, min_s=300), Stop("Left", 600, min_s=300), Stop("X", 1)),
    )
    db = open_database(db_path)
    tour_id = TourRepository(db).add(tour)
    sessions = SessionRepository(db)
    show = sessions.start(TourRepository(db).get(tour_id), "live", 0.0)
    sessions.arrive(show, 1, 600.0)
    sessions.arrive(show, 2, 1200.0)
    sessions.end(show, 1201.0)
    for at, viewers in ((0.0, 100), (300.0, 100), (599.0, 100), (600.0, 100), (900.0, 70), (1199.0, 40)):
        sessions.add_sample(show.id or 0, ViewerSample(at, "yt", "live", viewers))
    db.close()
    code = main(
        ["--db", str(db_path), "tour", "advise", str(tour_id), "--at-stop", "1", "--elapsed", "0s", "--json"]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["by_history"] is True
    held, left = data["stops"][0], data["stops"][1]
    assert 600 - left["target_s"] > 600 - held["target_s"]  # the stop the audience left gives more
    assert main(["--db", str(db_path), "tour", "advise", "99", "--at-stop", "1", "--elapsed", "0s"]) == 2


@pytest.mark.parametrize("tour", ["9" * 100, "0", "²", "٣", "", " "])
def test_a_tour_id_out_of_range_or_not_a_number_exits_2(
    db_path: Path, tour: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "tour", "advise", tour, "--at-stop", "1", "--elapsed", "1m"]) == 2
    err = capsys.readouterr().err
    assert "cicerone: error:" in err
    assert "'.'" not in err  # an empty TOUR once read as the current folder


@pytest.mark.posix
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "tour.md"
    make_fifo(fifo)
    assert main(["tour", "advise", str(fifo), "--at-stop", "1", "--elapsed", "1m"]) == 2
    assert "not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("first", "reach"),
    [
        ("duration: 30m", "it cannot start before 30:00 even at the shortest"),
        ("duration: 30m\nmin: 5m", "the time rescue can bring it forward"),
        ("duration: 30m\noptional: yes", "the time rescue can bring it forward"),
    ],
)
def test_tour_check_says_when_the_plan_misses_a_latest_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, reach: str
) -> None:
    """A live cross at 10:00 behind a 30-minute stop: the check once said "fits the slot" and exit 0."""
    path = tmp_path / "cross.md"
    cross = "## Cross\nduration: 5m\nlatest: 0:10:00\n"
    path.write_text(f"---\ntitle: T\nslot: 1h\n---\n## A\n{first}\n\n{cross}")
    assert main(["tour", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"stop 2 (Cross) starts at 30:00 in the plan, after its latest start 10:00: {reach}" in out
    path.write_text("---\ntitle: T\n---\n## A\nduration: 5m\n\n## Cross\nduration: 5m\nlatest: 0:10:00\n")
    assert main(["tour", "check", str(path)]) == 0  # met: nothing said
    assert "latest" not in capsys.readouterr().out
