"""Settings obey the user: what they set wins over the venue even when it equals the default, and saving one
setting writes only what the user set (never the venue's values, copied in for ever)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.app import save_changes
from console.errors import InputError
from console.settings import Settings, load_settings, save_settings, settings_path

VENUE = Settings(
    venue_name="Orsay",
    camera_mrl="rtsp://10.0.0.5/cam",
    viewer_sources=("youtube:abc",),
    viewer_poll_s=10.0,
    text_zoom=1.5,
)


def test_a_user_value_equal_to_the_default_still_beats_the_venue(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save_settings({"camera_mrl": "", "text_zoom": 1.0}, path)  # no camera, normal size: both the defaults
    merged = load_settings(path, base=VENUE)
    assert merged.camera_mrl == "" and merged.text_zoom == 1.0
    assert merged.viewer_sources == ("youtube:abc",)  # what the user never touched stays the venue's


def test_saving_one_setting_writes_only_what_the_user_set() -> None:
    settings = load_settings(base=VENUE)
    settings = save_changes(settings, text_zoom=1.2)
    assert settings.camera_mrl == VENUE.camera_mrl and settings.text_zoom == 1.2
    written = tomllib.loads(settings_path().read_text(encoding="utf-8"))
    assert written == {"text_zoom": 1.2}
    save_changes(settings, camera_mrl="v4l2:///dev/video0")
    written = tomllib.loads(settings_path().read_text(encoding="utf-8"))
    assert written == {"text_zoom": 1.2, "camera_mrl": "v4l2:///dev/video0"}


def test_a_broken_user_file_is_not_overwritten_by_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("text_zoom = [", encoding="utf-8")
    with pytest.raises(InputError):
        save_settings({"text_zoom": 1.2}, path)
    assert path.read_text(encoding="utf-8") == "text_zoom = ["


@given(st.text(st.characters().filter(str.isprintable), max_size=40))
def test_any_text_survives_the_toml_writer(name: str) -> None:
    path = settings_path()
    save_settings({"venue_name": name, "http_json_headers": {name or "k": name}}, path)
    loaded = load_settings(path)
    assert loaded.venue_name == name
    assert loaded.http_json_headers == {name or "k": name}


HOSTILE = sorted((Path(__file__).parent / "hostile" / "settings").glob("*.toml"))


@pytest.mark.parametrize("path", HOSTILE, ids=[path.stem for path in HOSTILE])
def test_hostile_settings_files_are_refused_with_the_file_and_the_reason(path: Path) -> None:
    with pytest.raises(InputError) as refused:
        load_settings(path)
    assert str(path) in refused.value.text()


@pytest.mark.parametrize("path", HOSTILE, ids=[path.stem for path in HOSTILE])
def test_the_console_and_its_commands_exit_2_on_a_hostile_settings_file(path: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.toml").write_bytes(path.read_bytes())
    env = {**os.environ, "CICERONE_CONFIG_DIR": str(config), "QT_QPA_PLATFORM": "offscreen"}
    for command in (["--db", str(tmp_path / "x.db")], ["viewers", "probe", "demo"]):
        result = subprocess.run(
            [sys.executable, "-m", "console", *command], capture_output=True, text=True, env=env, timeout=60
        )
        assert result.returncode == 2, (command, result.stderr)
        assert "settings.toml" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.posix
def test_a_fifo_for_settings_is_refused_at_once(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "settings.toml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_settings(fifo)
