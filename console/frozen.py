"""What the frozen (PyInstaller) console must set up before anything imports ``vlc``.

On Windows and macOS the installer carries its own libvlc: ``scripts/windows`` and ``scripts/macos`` copy
VLC's libraries and plugins into ``<bundle>/vlc/`` (``_internal/vlc`` on Windows, ``Contents/Frameworks/vlc``
in the .app). python-vlc only finds them if ``PYTHON_VLC_LIB_PATH`` and ``PYTHON_VLC_MODULE_PATH`` point there
when ``vlc`` is first imported, and it calls ``sys.exit`` on a path that does not exist, so each is set only
when its file is really there; otherwise the camera pane explains what is missing. On Linux the .deb
depends on Debian's libvlc, found the ordinary way, and nothing is set. From source this does nothing.

This module touches no ``vlc`` import itself (only ``console.camera`` may); it is called first thing by
``console/__main__.py``, the entry point the bundle is built from.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LIBRARIES = {
    "win32": ("libvlc.dll", "libvlccore.dll"),
    "darwin": ("lib/libvlc.dylib", "lib/libvlccore.dylib"),
}


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundled_vlc_dir() -> Path:
    return Path(sys._MEIPASS) / "vlc"  # type: ignore[attr-defined]


def prepare(platform: str = sys.platform) -> None:
    """Point python-vlc at the bundled libvlc, when this is a frozen Windows or macOS build that has one."""
    if not is_frozen() or platform not in LIBRARIES or "PYTHON_VLC_LIB_PATH" in os.environ:
        return
    point_python_vlc_at(bundled_vlc_dir(), platform)


def point_python_vlc_at(vlc_dir: Path, platform: str) -> bool:
    """Set python-vlc's variables for a VLC folder as the recipes lay it out; False if incomplete."""
    library, core = (vlc_dir / name for name in LIBRARIES[platform])
    plugins = vlc_dir / "plugins"
    if not (library.is_file() and core.is_file() and plugins.is_dir()):
        return False
    if platform == "win32" and hasattr(os, "add_dll_directory"):
        # libvlc.dll finds libvlccore.dll and the plugins find their own DLLs in this folder.
        os.add_dll_directory(str(vlc_dir))
    if platform == "darwin":
        import ctypes  # only here: every start goes through this module, and ctypes costs ~4 ms to load

        # python-vlc preloads libvlccore itself only for /Applications/VLC.app: do it for ours.
        ctypes.CDLL(str(core))
    os.environ["PYTHON_VLC_LIB_PATH"] = str(library)
    os.environ["PYTHON_VLC_MODULE_PATH"] = str(plugins)
    os.environ.setdefault("VLC_PLUGIN_PATH", str(plugins))
    return True
