"""The Linux package as a venue receives it: built once with a venue profile baked in, then unpacked and run.

scripts/check-package (CI's package stage) tests the plain package; this file tests what only a venue
build has (the profile, its tours, the names) and what the spec promises (every console module frozen,
unused Qt left out, the size). The build takes about a minute: these tests are marked slow.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from console import __version__
from console.formats import load_tour
from console.formats.bundle import dump_bundle
from tests.conftest import ASSETS, REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="building a .deb needs dpkg-deb (Debian)"),
]
VENUE_NAME = "Musée d'Orsay — Hall 2"
SLUG = "musee-d-orsay-hall-2"
# The packaging issue's goal was 150 MB, VLC excluded (Debian's libvlc is a dependency). Issue 16's
# show-control server adds 2.1 MB (aiohttp with multidict, yarl, propcache, frozenlist and their C parts;
# segno): 149.4 MB before it, 151.6 MB with it. Review, the report, time rescue, questions and the encoder
# (our own modules and their translations, no new package) bring it to 152.1 MB. The largest package to look
# at next: cryptography (11 MB, for keyring's Secret Service back end).
MAX_BUNDLE_BYTES = 153_000_000


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """scripts/build --venue into a temporary dist/, exactly as a maintainer runs it."""
    top = tmp_path_factory.mktemp("package")
    venue = top / "venue"
    (venue / "tours").mkdir(parents=True)
    (venue / "tours" / "highlights.cicerone").write_bytes(
        dump_bundle(load_tour(ASSETS / "tours" / "louvre-highlights.md"))
    )
    (venue / "venue.toml").write_text(
        f'name = "{VENUE_NAME}"\nlanguage = "fr"\ncamera = "udp://@:5004"\n'
        'tours = ["tours/highlights.cicerone"]\n',
        encoding="utf-8",
    )
    env = {**os.environ, "CICERONE_DIST": str(top / "dist"), "CICERONE_BUILD": str(top / "build")}
    result = subprocess.run(
        [str(REPO / "scripts" / "build"), "--venue", str(venue / "venue.toml")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return top


def deb_of(built: Path) -> Path:
    (deb,) = (built / "dist").glob("cicerone_*.deb")
    return deb


@pytest.fixture(scope="module")
def unpacked(built: Path) -> Path:
    root = built / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb_of(built)), str(root)], check=True)
    return root


def frozen(unpacked: Path, *args: str, home: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """Run the unpacked console headless, with its own settings and data folders under ``home``."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CICERONE_DATA_DIR=str(home / "data"),
        CICERONE_CONFIG_DIR=str(home / "config"),
        CICERONE_DB=str(home / "data" / "cicerone.db"),
        **extra_env,
    )
    return subprocess.run(
        [str(unpacked / "opt" / "cicerone" / "cicerone"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=home,
    )


def test_the_deb_is_named_for_the_venue_and_depends_on_debians_vlc(built: Path) -> None:
    deb = deb_of(built)
    assert deb.name.startswith(f"cicerone_{__version__}+{SLUG}_")

    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True
        ).stdout.strip()

    assert field("Package") == "cicerone"
    assert field("Version") == f"{__version__}+{SLUG}"
    depends = [part.strip().split(" ")[0] for part in field("Depends").split(",")]
    assert {"libvlc5", "vlc-plugin-base", "libcups2", "fonts-noto-cjk"} <= set(depends)  # Chinese needs CJK
    assert VENUE_NAME in field("Description")


def test_the_deb_installs_opt_a_command_a_desktop_entry_and_icons(unpacked: Path) -> None:
    assert os.access(unpacked / "opt/cicerone/cicerone", os.X_OK)
    assert os.readlink(unpacked / "usr/bin/cicerone") == "/opt/cicerone/cicerone"
    desktop = (unpacked / "usr/share/applications/cicerone.desktop").read_text()
    assert "Exec=/usr/bin/cicerone" in desktop and "Icon=cicerone" in desktop
    assert (unpacked / "usr/share/icons/hicolor/256x256/apps/cicerone.png").read_bytes()[:4] == b"\x89PNG"


def test_the_venue_profile_and_its_tours_are_baked_in(unpacked: Path) -> None:
    venue = unpacked / "opt/cicerone/_internal/assets/venue"
    assert VENUE_NAME in (venue / "venue.toml").read_text(encoding="utf-8")
    assert (venue / "tours" / "highlights.cicerone").is_file()


def test_the_bundle_is_lean_and_carries_no_unused_qt(unpacked: Path) -> None:
    bundle = unpacked / "opt/cicerone"
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    assert sum(path.stat().st_size for path in files) <= MAX_BUNDLE_BYTES
    names = {path.name for path in files}
    for unused in ("libQt6Qml", "libQt6Quick", "libQt6WebEngine", "libQt6Pdf", "libQt6Designer", "libvlc.so"):
        assert not any(name.startswith(unused) for name in names), unused


def test_the_bundle_speaks_french_and_chinese_and_only_those_of_qts_translations(unpacked: Path) -> None:
    internal = unpacked / "opt/cicerone/_internal"
    for lang in ("fr", "zh_CN"):
        assert (internal / f"assets/translations/cicerone_{lang}.qm").is_file()
    qt_own = {path.name for path in (internal / "PySide6/Qt/translations").iterdir()}
    assert qt_own == {"qtbase_fr.qm", "qtbase_zh_CN.qm"}


def test_the_frozen_console_opens_in_french_with_the_bundles_translations(
    unpacked: Path, tmp_path: Path
) -> None:
    """The log names the translators the window installed: ours and Qt's French, both from the bundle."""
    painted = frozen(unpacked, "--demo", "--lang", "fr", home=tmp_path, CICERONE_QUIT_AFTER_PAINT="1")
    assert painted.returncode == 0, painted.stderr
    assert "first-paint-ms" in painted.stdout
    log = (tmp_path / "data" / "logs" / "cicerone.log").read_text(encoding="utf-8")
    (installed,) = [line for line in log.splitlines() if "window language fr: " in line]
    internal = unpacked / "opt/cicerone/_internal"
    assert str(internal / "assets/translations/cicerone_fr.qm") in installed
    assert str(internal / "PySide6/Qt/translations/qtbase_fr.qm") in installed


def test_every_console_module_is_frozen(built: Path) -> None:
    """Lazily imported subcommands and panes included: the spec collects the whole package."""
    from PyInstaller.archive.readers import ZlibArchiveReader

    (archive,) = (built / "build" / "pyinstaller").rglob("PYZ-*.pyz")
    frozen_modules = set(ZlibArchiveReader(str(archive)).toc)
    source_modules = {
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for path in (REPO / "console").rglob("*.py")
    }
    assert source_modules - frozen_modules == set()


def test_the_frozen_self_test_passes_and_names_the_venue(unpacked: Path, tmp_path: Path) -> None:
    result = frozen(unpacked, "self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"profile '{VENUE_NAME}' parses: 1 default tour(s), language fr" in result.stdout
    assert "(frozen, linux)" in result.stdout
    for marker in ("ModuleNotFoundError", "ImportError", "Traceback"):
        assert marker not in result.stdout + result.stderr


def test_the_first_start_imports_the_venues_tour(unpacked: Path, tmp_path: Path) -> None:
    painted = frozen(unpacked, home=tmp_path, CICERONE_QUIT_AFTER_PAINT="1")
    assert painted.returncode == 0, painted.stderr
    assert "first-paint-ms" in painted.stdout
    listed = frozen(unpacked, "tour", "list", "--json", home=tmp_path)
    tours = json.loads(listed.stdout)
    assert [tour["title"] for tour in tours] == [load_tour(ASSETS / "tours" / "louvre-highlights.md").title]


def test_the_tarball_holds_the_same_bundle(built: Path) -> None:
    (tarball,) = (built / "dist").glob("cicerone-*-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    assert {"cicerone/cicerone", "cicerone/_internal/assets/venue/venue.toml"} <= names
