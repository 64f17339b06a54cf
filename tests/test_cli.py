"""The command line, run for real as a subprocess: exit codes, messages, no tracebacks."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from console.cli import build_parser
from tests.conftest import REPO
from tests.helpers import cicerone

GOOD = (
    "---\ntitle: Tiny\nslot: 10m\n---\n\nHi\n\n"
    "## One\nduration: 6m\nartist: A\n\nSay this\n\n"
    "## 二\nduration: 3m\n"
)


@pytest.fixture
def tour_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.md"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_import_prints_the_id_last_and_export_round_trips(
    tmp_path: Path, db_path: Path, tour_file: Path
) -> None:
    result = cicerone("tour", "import", str(tour_file), db=db_path)
    assert result.returncode == 0, result.stderr
    tour_id = result.stdout.strip().splitlines()[-1]
    assert tour_id == "1"
    listed = cicerone("tour", "list", db=db_path)
    assert "Tiny" in listed.stdout
    exported = cicerone("tour", "export", tour_id, "--format", "json", db=db_path)
    data = json.loads(exported.stdout)
    assert data["format"] == "cicerone-tour" and data["version"] == 2
    assert [s["title"] for s in data["stops"]] == ["One", "二"]
    assert set(data["stops"][0]) == {
        "title",
        "duration_s",
        "location",
        "artist",
        "date",
        "medium",
        "image",
        "talking_points",
    }
    md = tmp_path / "again.md"
    assert cicerone("tour", "export", tour_id, "--format", "md", "-o", str(md), db=db_path).returncode == 0
    again = cicerone("tour", "import", str(md), db=db_path)
    assert again.returncode == 0
    second = json.loads(cicerone("tour", "export", "2", "--format", "json", db=db_path).stdout)
    assert second == data


def test_bad_file_exits_2_names_the_line_and_imports_nothing(tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(GOOD + "\n## Three\nduration: later\n", encoding="utf-8")
    result = cicerone("tour", "import", str(bad), db=db_path)
    assert result.returncode == 2
    assert f"{bad}, line 18:" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "no tours yet" in cicerone("tour", "list", db=db_path).stdout


def test_check_exit_codes(tmp_path: Path, tour_file: Path) -> None:
    tight = tmp_path / "tight.md"
    tight.write_text(GOOD.replace("slot: 10m", "slot: 5m"), encoding="utf-8")
    over = cicerone("tour", "check", str(tight))
    assert over.returncode == 1
    assert "OVER" in over.stdout
    result = cicerone("tour", "check", str(tour_file))
    assert result.returncode == 0
    assert "9m" in result.stdout and "fits" in result.stdout
    invalid = tmp_path / "invalid.md"
    invalid.write_text("nothing", encoding="utf-8")
    assert cicerone("tour", "check", str(invalid)).returncode == 2
    assert cicerone("tour", "check", str(tmp_path / "missing.md")).returncode == 2


def test_not_a_database_exits_2(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("hello")
    result = cicerone("tour", "list", db=junk)
    assert result.returncode == 2
    assert "not a Cicerone database" in result.stderr
    assert junk.read_text() == "hello"


def test_unknown_ids_exit_2(db_path: Path) -> None:
    assert cicerone("tour", "export", "42", db=db_path).returncode == 2
    result = cicerone("session", "export", "42", db=db_path)
    assert result.returncode == 2
    assert "no session with id 42" in result.stderr


def test_session_export(db_path: Path) -> None:
    from console.show.session import Note
    from console.show.tour import Stop, Tour
    from console.store import SessionRepository, TourRepository, open_database

    db = open_database(db_path)
    tour = TourRepository(db).get(
        TourRepository(db).add(Tour("T", (Stop("A", 60), Stop("B", 120)), slot_s=600))
    )
    sessions = SessionRepository(db)
    session = sessions.create(tour, at=1000.0)
    sessions.go_live(session, 1000.0)
    sessions.arrive(session, 0, 1000.0)
    sessions.add_note(
        session, Note(at=1010.0, text='say "hi", then go', stop_index=0, show_s=10.0, viewers=5)
    )
    sessions.arrive(session, 1, 1090.0)
    sessions.end(session, 1200.0)
    db.close()
    data = json.loads(cicerone("session", "export", str(session.id), db=db_path).stdout)
    assert data["stops"][0]["actual_duration_s"] == 90
    assert data["stops"][0]["delta_s"] == 30
    assert data["stops"][1]["actual_duration_s"] == 110
    assert data["notes"][0]["text"] == 'say "hi", then go'
    csv_text = cicerone("session", "export", str(session.id), "--format", "csv", db=db_path).stdout
    assert csv_text.splitlines()[0].lstrip("\ufeff").startswith("record,stop,title")
    assert '"say ""hi"", then go"' in csv_text
    assert "1" in cicerone("session", "list", db=db_path).stdout


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*prefix, name))
                found += _commands(sub, (*prefix, name))
    return found


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = _commands(build_parser())
    assert ("tour", "import") in commands
    for command in commands:
        result = cicerone(*command, "--help")
        assert result.returncode == 0, command
        assert "usage:" in result.stdout
        assert f"cicerone {' '.join(command)}" in readme, (
            f"README does not document 'cicerone {' '.join(command)}'"
        )


def test_version() -> None:
    result = cicerone("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("cicerone ")


@pytest.mark.parametrize(
    "argv",
    [
        ["session", "report", "١"],
        ["session", "report", "1_0"],
        ["session", "report", "+1"],
        ["session", "compare", "1", "٢"],
        ["session", "report", "1", "--format", "png", "--width", "٣٢٠"],
        ["session", "report", "1", "--format", "png", "--width", "1_000"],
        ["notes", "search", "x", "--limit", "٣"],
        ["--remote-port", "٨٠٨٠", "tour", "list"],
    ],
)
def test_numbers_on_the_command_line_are_ascii_digits(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """int() takes '٣', '1_000' and '+1'; --at-stop, durations and the remote's goto never did."""
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(argv)
    assert exited.value.code == 2
    bad = next(word for word in argv if word in ("١", "1_0", "+1", "٢", "٣٢٠", "1_000", "٣", "٨٠٨٠"))
    assert repr(bad) in capsys.readouterr().err
