"""Load python-vlc without letting its traps reach the user; make libvlc instances and media for previews.

python-vlc fails in three surprising ways, each turned here into :class:`VlcUnavailable` with what to install:

- on Linux ``import vlc`` succeeds without libvlc (``CDLL(None)`` loads the Python process itself) and the
  first call raises ``NameError``;
- a bad ``PYTHON_VLC_LIB_PATH`` or ``PYTHON_VLC_MODULE_PATH`` makes the import call ``sys.exit(1)``;
- ``vlc.Instance()`` returns ``None`` when libvlc cannot load its plugins.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType
from typing import Any

from console.camera.sources import is_file
from console.errors import KnownError
from console.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

_INSTALL = {
    "linux": QT_TRANSLATE_NOOP(
        "CameraSource",
        "install VLC 3 (Debian/Ubuntu: sudo apt install libvlc5 vlc-plugin-base; "
        "Fedora: sudo dnf install vlc-libs vlc-plugins-base)",
    ),
    "win32": QT_TRANSLATE_NOOP("CameraSource", "install VLC 3 (64-bit) from https://www.videolan.org"),
    "darwin": QT_TRANSLATE_NOOP(
        "CameraSource", "install VLC 3 from https://www.videolan.org into /Applications"
    ),
}


def install_hint() -> str:
    """What to install on this platform for the camera preview to work."""
    return _INSTALL.get(sys.platform, _INSTALL["linux"])


class VlcUnavailable(KnownError):
    """libvlc cannot be used on this machine; the text says why and what to install."""

    def __init__(self, reason: str) -> None:
        said = QT_TRANSLATE_NOOP("CameraSource", "camera preview unavailable: {reason}; {hint}")
        super().__init__(said.format(reason=reason, hint=install_hint()))


_vlc: ModuleType | None = None


def load_vlc() -> ModuleType:
    """The ``vlc`` module, checked to be backed by a real libvlc (raises :class:`VlcUnavailable`)."""
    global _vlc
    if _vlc is not None:
        return _vlc
    try:
        import vlc
    except SystemExit:
        raise VlcUnavailable(
            QT_TRANSLATE_NOOP(
                "CameraSource",
                "PYTHON_VLC_LIB_PATH or PYTHON_VLC_MODULE_PATH points to no usable "
                "libvlc (unset or fix them)",
            )
        ) from None
    except (ImportError, OSError, NotImplementedError, AttributeError, NameError) as error:
        raise VlcUnavailable(
            QT_TRANSLATE_NOOP("CameraSource", "libvlc could not be loaded ({error})").format(error=error)
        ) from None
    try:
        version = vlc.libvlc_get_version()
        vlc.dll.libvlc_video_set_format_callbacks  # noqa: B018 (the NameError trap: a dll that is not libvlc)
    except (NameError, AttributeError, OSError, TypeError) as error:
        raise VlcUnavailable(
            QT_TRANSLATE_NOOP("CameraSource", "libvlc was not found ({error})").format(error=error)
        ) from None
    log.debug("libvlc %s", version)
    _vlc = vlc
    return _vlc


def libvlc_version() -> str:
    """The loaded libvlc's version, e.g. ``3.0.21 Vetinari`` (raises :class:`VlcUnavailable`)."""
    return str(load_vlc().libvlc_get_version().decode())


def instance_args(caching_ms: int, audio: bool = False) -> list[str]:
    """libvlc options for a preview: no hardware decoder probing, low caching, no OSD.

    Without ``audio`` no sound is decoded at all; with it, the caller must route the sound to callbacks
    (:class:`console.camera.audio.AudioLevel`) so none reaches a sound card.
    """
    caching = str(max(0, int(caching_ms)))
    return [
        *([] if audio else ["--no-audio"]),
        "--quiet",
        "--no-xlib",
        "--avcodec-hw=none",
        "--swscale-mode=0",  # fast bilinear: the preview is small, and bicubic costs a third of the CPU
        "--no-video-title-show",
        "--no-osd",
        "--no-spu",
        "--no-snapshot-preview",
        "--no-sub-autodetect-file",
        f"--network-caching={caching}",
        f"--live-caching={caching}",
        f"--file-caching={caching}",
    ]


def new_instance(
    caching_ms: int, extra: list[str] | None = None, audio: bool = False
) -> tuple[ModuleType, Any]:
    """The vlc module and a fresh ``vlc.Instance`` for a preview (raises :class:`VlcUnavailable`)."""
    vlc = load_vlc()
    instance = vlc.Instance([*instance_args(caching_ms, audio), *(extra or [])])
    if instance is None:
        raise VlcUnavailable(
            QT_TRANSLATE_NOOP(
                "CameraSource", "libvlc started without its plugins (the VLC installation is incomplete)"
            )
        )
    return vlc, instance


def new_media(instance: Any, mrl: str, *options: str) -> Any:
    """A media for ``mrl`` with ``options``, looping if it is a file (rehearsals, the demo); None if libvlc
    refuses the address. No caching here: :func:`instance_args` sets it once for every media."""
    media = instance.media_new_location(mrl)
    loop = (":input-repeat=65535",) if is_file(mrl) else ()
    if media is not None:
        for option in (*loop, *options):
            media.add_option(option)
    return media
