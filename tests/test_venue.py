"""Venue profiles: the documented example parses, secrets are refused, tours import once, settings layer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.errors import InputError
from console.formats import load_tour
from console.formats.bundle import dump_bundle
from console.settings import Settings, load_settings, save_settings
from console.store import Database, TourRepository
from console.store.tour_edits import TourEdits
from console.venue import STAGE_MARKER, looks_secret, parse_venue, stage
from tests.conftest import ASSETS, REPO

EXAMPLE = ASSETS / "venue-example.toml"


def write_profile(folder: Path, body: str, tours: dict[str, bytes] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (tours or {}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    path = folder / "venue.toml"
    path.write_text(body, encoding="utf-8")
    return path


def demo_bundle() -> bytes:
    return dump_bundle(load_tour(ASSETS / "tours" / "louvre-highlights.md"))


def test_the_documented_example_parses_into_settings_and_tours() -> None:
    profile = parse_venue(EXAMPLE)
    assert profile.name.startswith("Louvre")
    assert profile.settings.language == "fr"
    assert profile.settings.camera_mrl == "rtsp://192.168.10.20:554/stream1"
    assert profile.settings.viewer_sources == ("youtube:dQw4w9WgXcQ", "twitch:louvre_live")
    assert profile.settings.camera_caching_ms == 300
    assert profile.tours == (ASSETS / "tours" / "louvre-highlights.md",)


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ('name = "A"\napi_key = "AIza123"\n', 2, "'api_key' looks like a secret"),
        ('name = "A"\n[settings]\nclient_secret = "x"\n', 3, "'settings.client_secret' looks like a secret"),
        ('[settings.http_json_headers]\nAuthorization = "Bearer x"\n', 2, "looks like a secret"),
        ('[settings.http_json_headers]\nX-Api-Key = "k"\n', 2, "looks like a secret"),
        ('camera = "rtsp://admin:hunter2@10.0.0.5/live"\n', 1, "a URL with a password"),
        ('viewers = ["http-json:https://stats.example/live?access_token=abc#data.n"]\n', 1, "'access_token'"),
    ],
)
def test_secrets_are_refused_with_file_line_and_reason(
    tmp_path: Path, body: str, line: int, words: str
) -> None:
    path = write_profile(tmp_path, body)
    with pytest.raises(InputError) as caught:
        parse_venue(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert words in caught.value.reason
    assert "keyring" in caught.value.reason or "on the venue's machine" in caught.value.reason


def test_names_that_merely_resemble_secrets_are_allowed() -> None:
    assert not any(
        looks_secret(key) for key in ("camera_caching_ms", "viewer_poll_s", "monkey", "keyboard_layout")
    )
    assert all(
        looks_secret(key) for key in ("token", "clientSecret", "youtube_api_key", "password", "apikey")
    )


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ('name = "A"\ncamara = "v4l2://"\n', 2, "unknown key 'camara'"),
        ('theme = "neon"\n', 1, "theme must be one of dark, light"),
        ('name = "Hall\\nTwo"\n', 1, "name must be one line"),
        ('language = "French"\n', 1, "language must be a code"),
        ('viewers = ["myspace:x"]\n', 1, "unknown kind"),
        ('tours = ["../elsewhere.cicerone"]\n', 1, "inside the profile's folder"),
        ('tours = ["missing.cicerone"]\n', 1, "not found"),
        ("[settings]\ntext_zoom = 'big'\n", None, "must be a float"),
    ],
)
def test_bad_profiles_say_where_and_why(tmp_path: Path, body: str, line: int | None, words: str) -> None:
    path = write_profile(tmp_path, body)
    with pytest.raises(InputError) as caught:
        parse_venue(path)
    assert words in caught.value.reason
    assert caught.value.line == line


def test_venue_settings_sit_between_the_defaults_and_the_users_own(tmp_path: Path) -> None:
    venue = parse_venue(EXAMPLE).settings
    user_file = tmp_path / "settings.toml"
    assert load_settings(user_file, base=venue) == venue
    save_settings({"camera_mrl": "v4l2:///dev/video2"}, user_file)
    merged = load_settings(user_file, base=venue)
    assert merged.camera_mrl == "v4l2:///dev/video2"
    assert merged.venue_name == venue.venue_name and merged.language == "fr"


def test_default_tours_import_on_first_start_only(tmp_path: Path, fresh_db: Database) -> None:
    from console.venue import import_default_tours

    tours_files = {"tours/louvre.cicerone": demo_bundle()}
    path = write_profile(tmp_path / "venue", 'tours = ["tours/louvre.cicerone"]\n', tours_files)
    profile = parse_venue(path)
    tours = TourRepository(fresh_db)
    first = import_default_tours(profile, tours, marker_dir=tmp_path / "data")
    assert first is not None
    assert tours.get(first).title == load_tour(ASSETS / "tours" / "louvre-highlights.md").title
    assert len(tours.get(first).stops) == 15
    TourEdits(fresh_db).delete_tour(first)  # the producer deletes it, as Prepare mode does
    assert import_default_tours(profile, tours, marker_dir=tmp_path / "data") is None
    assert list(tours.list()) == []


def test_a_new_profile_version_imports_again_without_duplicates(tmp_path: Path, fresh_db: Database) -> None:
    from console.venue import import_default_tours

    tours_files = {"tours/louvre.cicerone": demo_bundle()}
    path = write_profile(tmp_path / "venue", 'tours = ["tours/louvre.cicerone"]\n', tours_files)
    tours = TourRepository(fresh_db)
    first = import_default_tours(parse_venue(path), tours, marker_dir=tmp_path / "data")
    path.write_text('name = "Hall 2"\ntours = ["tours/louvre.cicerone"]\n', encoding="utf-8")
    assert import_default_tours(parse_venue(path), tours, marker_dir=tmp_path / "data") == first
    assert len(list(tours.list())) == 1


def test_stage_copies_the_profile_and_its_tours_for_the_build(tmp_path: Path) -> None:
    source = write_profile(
        tmp_path / "src",
        'name = "Hall 4"\ntours = ["tours/a.cicerone"]\n',
        {"tours/a.cicerone": demo_bundle()},
    )
    staged = stage(source, tmp_path / "out")
    assert staged.path == tmp_path / "out" / "venue.toml"
    assert staged.tours == (tmp_path / "out" / "tours" / "a.cicerone",)
    assert staged.tours[0].read_bytes() == (tmp_path / "src" / "tours" / "a.cicerone").read_bytes()


def test_stage_refuses_a_broken_bundle_and_the_command_exits_2(tmp_path: Path) -> None:
    source = write_profile(tmp_path / "src", 'tours = ["bad.cicerone"]\n', {"bad.cicerone": b"not a zip"})
    result = subprocess.run(
        [sys.executable, "-m", "console.venue", "stage", str(source), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 2
    assert "bad.cicerone" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_venue_install_opens_on_its_tour_first_then_keeps_it(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The console as ``run_gui`` builds it, over a profile where the installer puts it (assets/venue/)."""
    import console.assets
    from console.app import Console
    from console.cli import build_parser
    from console.venue import venue_settings

    baked = tmp_path / "bundle-assets"
    write_profile(
        baked / "venue",
        'name = "Orsay, Hall 2"\ntheme = "light"\ntours = ["tours/louvre.cicerone"]\n',
        {"tours/louvre.cicerone": demo_bundle()},
    )
    monkeypatch.setattr(console.assets, "assets_root", lambda: baked)
    settings = load_settings(base=venue_settings())
    assert (settings.venue_name, settings.theme) == ("Orsay, Hall 2", "light")
    db = tmp_path / "venue.db"
    for _start in range(2):
        built = Console(build_parser().parse_args(["--db", str(db)]), settings)
        qtbot.addWidget(built.window)
        assert built.controller.tour.title == load_tour(ASSETS / "tours" / "louvre-highlights.md").title
        assert built.window.venue.text() == "Orsay, Hall 2"
        built.shutdown()
    from console.store import open_database

    reopened = open_database(db)
    assert len(list(TourRepository(reopened).list())) == 1, "the second start imported the tour again"
    reopened.close()


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("viewer_poll_s = inf", "between 0.5 and 3600"),
        ("viewer_poll_s = nan", "between 0.5 and 3600"),
        ("viewer_poll_s = 0", "between 0.5 and 3600"),
        ("camera_caching_ms = -5", "between 0 and 10000"),
    ],
)
def test_settings_out_of_range_are_refused_with_the_file(tmp_path: Path, line: str, words: str) -> None:
    """A value that would reach a Qt timer or libvlc as something absurd is a clear error, not a traceback."""
    path = tmp_path / "settings.toml"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_settings(path)
    assert words in caught.value.reason and caught.value.path == str(path)
    path.write_text("viewer_poll_s = 5\ncamera_caching_ms = 300\n", encoding="utf-8")
    assert load_settings(path) == Settings(viewer_poll_s=5.0, camera_caching_ms=300)


def stage_command(source: Path, destination: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console.venue", "stage", str(source), str(destination)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize(
    ("where", "words"),
    [
        ("src", "it holds venue.toml"),
        (".", "it holds venue.toml"),
        ("src/tours", "it holds a.cicerone"),
        ("mine", "not empty"),
        ("mine/notes.txt", "not a folder"),
    ],
)
def test_stage_never_wipes_a_folder_it_did_not_make(tmp_path: Path, where: str, words: str) -> None:
    """The profile's own folder (the command venue-example.toml suggests), a folder holding it, the tours'
    folder, or someone's folder: refused with exit 2, every file still there."""
    source = write_profile(
        tmp_path / "src",
        'name = "Hall 4"\ntours = ["tours/a.cicerone"]\n',
        {"tours/a.cicerone": demo_bundle()},
    )
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    before = snapshot(tmp_path)
    result = stage_command(source, tmp_path / where)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "cannot stage a venue here" in result.stderr and words in result.stderr
    assert snapshot(tmp_path) == before


def test_stage_fills_an_empty_folder_and_restages_only_the_one_it_made(tmp_path: Path) -> None:
    source = write_profile(
        tmp_path / "src",
        'name = "Hall 4"\ntours = ["tours/a.cicerone"]\n',
        {"tours/a.cicerone": demo_bundle()},
    )
    out = tmp_path / "out"
    out.mkdir()
    assert stage_command(source, out).returncode == 0
    assert (out / STAGE_MARKER).is_file()
    (out / "left-over.txt").write_text("from an older stage", encoding="utf-8")
    result = stage_command(source, out)
    assert result.returncode == 0, result.stderr
    assert sorted(snapshot(out)) == [STAGE_MARKER, "tours/a.cicerone", "venue.toml"]
