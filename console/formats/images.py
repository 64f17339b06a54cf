"""Is it a picture? PNG, JPEG, WebP or GIF, told by its magic bytes and a header that parses.

A tour names its images by path, and a path can name anything (``/etc/shadow`` through a symbolic link, a
key file, the tour itself): what is stored and shipped in a bundle must be a picture, whatever it is called.
Plain Python on the first bytes, so the command line checks a picture without loading Qt.
"""

from __future__ import annotations

import struct

from console.messages import QT_TRANSLATE_NOOP, Message

IMAGE_TYPES = ("PNG", "JPEG", "WebP", "GIF")
_PNG = b"\x89PNG\r\n\x1a\n"
# JPEG markers that start a frame and carry its size (SOF0-SOF15 but DHT, JPG and DAC).
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def image_problem(data: bytes) -> Message | None:
    """None when ``data`` is a PNG, JPEG, WebP or GIF with a sane header, else why it is not one."""
    if data.startswith(_PNG):
        return _png_problem(data)
    if data.startswith(b"\xff\xd8\xff"):
        return _jpeg_problem(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp_problem(data)
    if data[:6] in (b"GIF87a", b"GIF89a"):
        width, height = struct.unpack("<HH", data[6:10]) if len(data) >= 10 else (0, 0)
        return _size_problem("GIF", width, height)
    return QT_TRANSLATE_NOOP("Formats", "it is not a picture (the console takes {types})").format(
        types=", ".join(IMAGE_TYPES)
    )


def _size_problem(kind: str, width: int, height: int) -> Message | None:
    if width > 0 and height > 0:
        return None
    return QT_TRANSLATE_NOOP("Formats", "the {kind} header is damaged (no width or height)").format(kind=kind)


def _png_problem(data: bytes) -> Message | None:
    if len(data) < 33 or data[12:16] != b"IHDR":
        return QT_TRANSLATE_NOOP("Formats", "the PNG header is damaged (no IHDR)")
    width, height = struct.unpack(">II", data[16:24])
    return _size_problem("PNG", width, height)


def _jpeg_problem(data: bytes) -> Message | None:
    """Walk the segments up to the frame header (SOFn), which carries the picture's size."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return QT_TRANSLATE_NOOP(
                "Formats", "the JPEG header is damaged (a segment does not start with a marker)"
            )
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker in _JPEG_FRAMES:
            if at + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return _size_problem("JPEG", width, height)
        if length < 2:
            break
        at += 2 + length
    return QT_TRANSLATE_NOOP("Formats", "the JPEG header is damaged (no frame header)")


def _webp_problem(data: bytes) -> Message | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return _size_problem("WebP", width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        return None  # the lossless header packs 14-bit sizes minus one: every value is a size
    if chunk == b"VP8X" and len(data) >= 30:
        return None  # the extended header's sizes are stored minus one: every value is a size
    return QT_TRANSLATE_NOOP("Formats", "the WebP header is damaged (no VP8, VP8L or VP8X chunk)")
