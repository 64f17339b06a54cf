"""min:, optional: and latest: in every format: read, written back, refused with file, line and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.errors import InputError
from console.formats import dump_tour
from console.formats.bundle import load_bundle
from console.formats.csv_format import dump_csv, parse_csv
from console.formats.json_format import dump_json, parse_json
from console.formats.markdown import dump_markdown, parse_markdown
from console.show.limits import MAX_SLOT_S, MAX_STOP_S
from console.show.tour import Stop, Tour
from console.store import SessionRepository, TourRepository, open_database

TOUR = Tour(
    title="Rescue",
    slot_s=1800,
    stops=(
        Stop("Raft", 480, min_s=390),
        Stop("Marly Horses", 300, optional=True),
        Stop("Liberty", 420, min_s=330, optional=True, latest_s=5400),
        Stop("Fixed", 60),
    ),
)


def test_every_format_gives_the_fields_back(tmp_path: Path) -> None:
    assert parse_markdown(dump_markdown(TOUR)) == TOUR
    assert parse_json(dump_json(TOUR)) == TOUR
    assert parse_csv(dump_csv(TOUR), title="Rescue").stops == TOUR.stops
    bundle = tmp_path / "t.cicerone"
    data = dump_tour(TOUR, "bundle")
    assert isinstance(data, bytes)
    bundle.write_bytes(data)
    assert load_bundle(bundle).stops == TOUR.stops


EDGES = Tour(
    title="Edges",
    slot_s=MAX_SLOT_S,
    stops=(
        Stop("At once", 1, min_s=1, latest_s=0),
        Stop("A day", MAX_STOP_S, min_s=MAX_STOP_S, optional=True, latest_s=MAX_SLOT_S),
        Stop("Just under", 61, min_s=59, latest_s=3599),
    ),
)


def test_every_format_gives_the_extremes_back(tmp_path: Path) -> None:
    """A latest start of 0:00:00 (0 equals False) was left out of every JSON and bundle, and of the tour a
    session keeps."""
    assert parse_markdown(dump_markdown(EDGES)) == EDGES
    assert parse_json(dump_json(EDGES)) == EDGES
    assert parse_csv(dump_csv(EDGES), title="Edges").stops == EDGES.stops
    bundle = tmp_path / "t.cicerone"
    data = dump_tour(EDGES, "bundle")
    assert isinstance(data, bytes)
    bundle.write_bytes(data)
    assert load_bundle(bundle).stops == EDGES.stops
    db = open_database(tmp_path / "c.db")
    try:
        tour = TourRepository(db).get(TourRepository(db).add(EDGES))
        sessions = SessionRepository(db)
        session = sessions.start(tour, "rehearsal", 1_000.0)
        assert session.id is not None
        assert sessions.get(session.id).tour.stops == EDGES.stops
    finally:
        db.close()


def test_a_sheet_keeps_a_latest_start_of_zero_alone() -> None:
    """The column was written only when some stop's value was truthy: a lone 0:00:00 lost its column."""
    tour = Tour("Cross", stops=(Stop("Cross", 120, latest_s=0), Stop("Raft", 480)))
    assert parse_csv(dump_csv(tour), title="Cross").stops == tour.stops


def test_the_script_writes_only_what_is_set() -> None:
    script = dump_markdown(TOUR)
    assert "min: 6m 30s\n" in script and "latest: 1:30:00\n" in script
    assert script.count("optional: yes") == 2 and script.count("min:") == 2
    plain = dump_json(Tour("Plain", stops=(Stop("A", 60),)))
    assert "min_s" not in plain and "optional" not in plain and "latest_s" not in plain


def test_the_store_keeps_the_fields(tmp_path: Path) -> None:
    db = open_database(tmp_path / "c.db")
    try:
        tour_id = TourRepository(db).add(TOUR)
        assert TourRepository(db).get(tour_id).stops == TOUR.stops
    finally:
        db.close()


def test_a_french_or_spanish_sheet_names_the_columns() -> None:
    sheet = "Titre;Durée;Minimum;Facultatif;Au plus tard\nA;8m;6m;oui;1:00:00\n"
    stop = parse_csv(sheet).stops[0]
    assert (stop.min_s, stop.optional, stop.latest_s) == (360, True, 3600)


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        ("min: 9m", "min (9m) is longer than the planned 8m"),
        ("min: -3m", "'-3m' is not a duration"),
        ("min: 0", "must be longer than zero"),
        ("latest: soon", "latest is not a show time"),
        ("latest: 99999999999999", "is too long"),
        ("optional: maybe", "optional: 'maybe' is neither yes nor no"),
    ],
)
def test_a_bad_script_value_names_file_line_and_reason(field: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_markdown(f"# T\n\n## A\nduration: 8m\nlocation: here\n{field}\n", name="t.md")
    assert caught.value.path == "t.md" and caught.value.line == 6
    assert reason in str(caught.value)


def test_a_bad_cell_names_its_row() -> None:
    with pytest.raises(InputError) as caught:
        parse_csv("title,duration,min\nA,8m,6m\nB,5m,7m\n", name="t.csv")
    assert (caught.value.path, caught.value.line) == ("t.csv", 3)
    assert "min (7m) is longer than the planned 5m" in str(caught.value)


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"min_s": 600}, "min (10m) is longer than the planned 8m"),
        ({"min_s": -5}, '"min_s" must be a whole number of seconds'),
        ({"min_s": 1.5}, '"min_s" must be a whole number of seconds'),
        ({"latest_s": "1:30:00"}, '"latest_s" must be a whole number of seconds'),
        ({"latest_s": 10**30}, '"latest_s" must be a whole number of seconds'),
        ({"optional": "yes"}, '"optional" must be true or false'),
    ],
)
def test_a_bad_json_value_names_line_and_reason(values: dict[str, object], reason: str) -> None:
    stop = {"title": "A", "duration_s": 480, **values}
    data = {
        "format": "cicerone-tour",
        "version": 2,
        "title": "T",
        "stops": [{"title": "Z", "duration_s": 5}, stop],
    }
    text = json.dumps(data, indent=2)
    with pytest.raises(InputError) as caught:
        parse_json(text, name="t.json")
    assert caught.value.path == "t.json" and caught.value.line is not None and caught.value.line > 8
    assert reason in str(caught.value)
