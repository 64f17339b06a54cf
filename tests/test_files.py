"""Saving a user's file is all or nothing, and settings, exports and command output all save that way.

Real files in tmp dirs. "Goes through the atomic write" is observed, not spied on: an in-place write keeps
the file's inode, so a hard link to the old file would see the new bytes; a replace leaves the link holding
the old bytes whole. A bare temp-then-rename would lose the file's permissions; the shared write keeps them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from console.commands.common import write_output
from console.errors import InputError
from console.files import open_atomically, write_atomically
from console.formats import EXPORT_SUFFIXES, load_tour, save_tour
from console.settings import Settings, load_settings, save_settings
from console.show.tour import Stop, Tour
from tests.helpers import PNG

OLD = b"the old file, whole\n"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "folder" / "file.txt"
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_replaced_not_rewritten(path: Path, witness: Path, old: bytes) -> None:
    """``witness`` is a hard link made to ``path`` before the save: it must still hold ``old``."""
    assert witness.read_bytes() == old, "the file was rewritten in place, not replaced"
    assert not os.path.samefile(path, witness)
    assert path.read_bytes() != old


def test_the_write_replaces_the_file_and_leaves_nothing_else(old_file: Path) -> None:
    witness = old_file.parent.parent / "witness"
    os.link(old_file, witness)
    write_atomically(old_file, "new ✓\r\nkept as given\n")
    assert old_file.read_bytes() == "new ✓\r\nkept as given\n".encode()
    assert_replaced_not_rewritten(old_file, witness, OLD)
    assert names(old_file.parent) == ["file.txt"]


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary_file(old_file: Path) -> None:
    class Unserialisable(Exception):
        pass

    with pytest.raises(Unserialisable), open_atomically(old_file) as handle:
        handle.write(b"half of the new ")
        raise Unserialisable("this value cannot be written")
    assert old_file.read_bytes() == OLD
    assert names(old_file.parent) == ["file.txt"]


def test_text_the_encoding_cannot_hold_changes_nothing(old_file: Path) -> None:
    with pytest.raises(UnicodeEncodeError):
        write_atomically(old_file, "fine until a lone surrogate \udc80")
    with pytest.raises(UnicodeEncodeError):
        write_atomically(old_file, "ü", encoding="ascii")
    assert old_file.read_bytes() == OLD
    assert names(old_file.parent) == ["file.txt"]


def test_a_failing_rename_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.md"  # a non-empty folder where the file should go: the replace fails
    target.mkdir()
    (target / "inside").write_bytes(OLD)
    with pytest.raises(OSError):
        write_atomically(target, "the report")
    assert names(tmp_path) == ["report.md"]
    assert (target / "inside").read_bytes() == OLD


def test_a_missing_folder_is_an_error_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nowhere" / "file.txt", "text")
    assert names(tmp_path) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_permissions_are_kept_and_a_new_file_follows_the_umask(old_file: Path) -> None:
    old_file.chmod(0o600)
    write_atomically(old_file, b"secret-ish")
    assert mode(old_file) == 0o600
    umask = os.umask(0o022)
    os.umask(umask)
    fresh = old_file.with_name("fresh.txt")
    write_atomically(fresh, b"new")
    assert mode(fresh) == 0o666 & ~umask


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_symbolic_link_keeps_pointing_at_its_file(old_file: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(old_file)
    write_atomically(link, b"through the link")
    assert link.is_symlink()
    assert old_file.read_bytes() == b"through the link"
    assert names(old_file.parent) == ["file.txt"]


def witnessed(path: Path, content: bytes = OLD) -> Path:
    """An existing ``path`` with owner-only permissions, and a hard link to it, made before a save."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    path.chmod(0o600)
    witness = path.with_name(path.name + ".witness")
    os.link(path, witness)
    return witness


def test_settings_save_through_the_atomic_write(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.toml"
    witness = witnessed(path, b'venue_name = "old"\n')
    save_settings({"venue_name": "Louvre", "viewer_poll_s": 10.0}, path)
    assert load_settings(path) == Settings(venue_name="Louvre", viewer_poll_s=10.0)
    assert_replaced_not_rewritten(path, witness, b'venue_name = "old"\n')
    assert mode(path) == 0o600
    assert names(path.parent) == ["settings.toml", "settings.toml.witness"]


def test_settings_that_cannot_be_written_leave_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save_settings({"venue_name": "Louvre"}, path)
    before = path.read_bytes()
    with pytest.raises(InputError):
        save_settings({"venue_name": object()}, path)
    assert path.read_bytes() == before
    assert names(tmp_path) == ["settings.toml"]


def picture_tour() -> Tour:
    stop = Stop("Mona Lisa", 300, image="mona.png", talking_points="The **smile**.")
    return Tour("Louvre", (stop,), slot_s=1800, images={"mona.png": PNG})


@pytest.mark.parametrize("fmt", sorted(EXPORT_SUFFIXES))
def test_every_export_saves_through_the_atomic_write(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"louvre{EXPORT_SUFFIXES[fmt]}"
    witness = witnessed(path)
    save_tour(picture_tour(), fmt, path)
    assert_replaced_not_rewritten(path, witness, OLD)
    assert mode(path) == 0o600
    if fmt != "pdf":
        assert load_tour(path).stops == picture_tour().stops
    assert not [name for name in names(tmp_path) if name.endswith(".part")]


def test_images_beside_an_export_save_through_the_atomic_write(tmp_path: Path) -> None:
    image = tmp_path / "louvre.images" / "mona.png"
    image.parent.mkdir()
    witness = witnessed(image)
    save_tour(picture_tour(), "md", tmp_path / "louvre.md")
    assert image.read_bytes() == PNG
    assert_replaced_not_rewritten(image, witness, OLD)


def test_command_output_to_a_file_saves_through_the_atomic_write(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    witness = witnessed(path)
    write_output("# Session report\n", str(path))
    assert path.read_text(encoding="utf-8") == "# Session report\n"
    assert_replaced_not_rewritten(path, witness, OLD)
    assert mode(path) == 0o600
