"""Decoded frames as QImages, without copying: one wrapper for the probe and the pane.

A frame lives in a :class:`~console.camera.frames.FrameRing` buffer (RV32, i.e. ``QImage.Format_RGB32``
on little-endian machines, so Qt draws it without converting). Wrapping costs little, but the pane paints 30
times a second and would wrap again each time: :class:`FrameImages` keeps one QImage per buffer and size.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

from console.camera.frames import BUFFERS, Frame, FrameFormat, FrameRing


def frame_image(ring: FrameRing, frame: Frame) -> QImage:
    """A QImage over the bytes of ``frame`` (no copy): valid while the frame is; ``.copy()`` to keep it."""
    fmt = frame.format
    return QImage(ring.pixels(frame), fmt.width, fmt.height, fmt.pitch, QImage.Format.Format_RGB32)


class FrameImages:
    """QImages over one ring's buffers, made once per buffer and size; holds the ring while they exist."""

    def __init__(self) -> None:
        self._ring: FrameRing | None = None
        self._images: dict[tuple[int, FrameFormat], QImage] = {}

    def image(self, ring: FrameRing, frame: Frame) -> QImage:
        if ring is not self._ring or len(self._images) > 2 * BUFFERS:
            self._ring, self._images = ring, {}
        key = (frame.index, frame.format)
        image = self._images.get(key)
        if image is None:
            image = self._images[key] = frame_image(ring, frame)
        return image
