"""``.cicerone`` bundles: a zip with ``tour.json`` (the JSON export) at its root and the images inside.

A bundle comes from somewhere else (a producer's laptop, an e-mail), so reading one
trusts nothing: every member name is checked before anything is read, sizes are capped
both as declared and as actually inflated (a zip bomb lies about its sizes), and so is
how much a member inflates (a picture is compressed already: 100:1 is a bomb). Members are
streamed from the file, never the whole bundle held: only ``tour.json`` and the pictures
its stops name are kept (each must be a picture), the rest is inflated, checked, dropped.
Nothing is extracted to disk, ever; the caller stores the tour in one transaction, so a
refused bundle writes nothing anywhere.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from console.errors import InputError
from console.formats.images import image_problem
from console.formats.json_format import dump_json, parse_json
from console.formats.text import decode_text, open_input
from console.messages import QT_TRANSLATE_NOOP, Message
from console.show.limits import (
    MAX_BUNDLE_BYTES,
    MAX_BUNDLE_MEMBERS,
    MAX_BUNDLE_RATIO,
    MAX_IMAGE_BYTES,
    MAX_TEXT_FILE_BYTES,
)
from console.show.tour import Tour, free_image_name, with_safe_image_names

TOUR_MEMBER = "tour.json"
IMAGE_FOLDER = "images"
MAX_MEMBERS = MAX_BUNDLE_MEMBERS
MAX_MEMBER_BYTES = MAX_IMAGE_BYTES
MAX_TOTAL_BYTES = MAX_BUNDLE_BYTES
_CHUNK = 1024 * 1024


def dump_bundle(tour: Tour) -> bytes:
    """The bundle's bytes; each stop's ``image`` becomes its path inside the zip (``images/NAME``)."""
    tour = with_safe_image_names(tour)
    inside = {name: f"{IMAGE_FOLDER}/{name}" for name in tour.images}
    stops = tuple(replace(stop, image=inside.get(stop.image, stop.image)) for stop in tour.stops)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(TOUR_MEMBER, dump_json(replace(tour, stops=stops)))
        for name, data in sorted(tour.images.items()):
            # Images are already compressed: store them as they are.
            archive.writestr(inside[name], data, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


def load_bundle(path: str | Path) -> Tour:
    """The tour in the bundle at ``path``, read from the file as a stream (see the module's docstring)."""
    with open_input(path) as handle:
        if os.fstat(handle.fileno()).st_size > MAX_BUNDLE_BYTES:
            raise InputError(
                QT_TRANSLATE_NOOP("Formats", "the file is larger than {gigabytes} GB").format(
                    gigabytes=MAX_BUNDLE_BYTES // 2**30
                ),
                path=str(path),
            )
        return _read_bundle(handle, str(path))


def parse_bundle(data: bytes, *, name: str = "<bundle>") -> Tour:
    """The tour in a bundle's bytes, images keyed by file name; any doubt about the zip is an InputError."""
    return _read_bundle(io.BytesIO(data), name)


def _read_bundle(handle: BinaryIO, name: str) -> Tour:
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, ValueError, EOFError, OSError):
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "not a Cicerone bundle (the file is not a zip archive)"), path=name
        ) from None
    with archive:
        members = _checked_members(archive, name)
        if TOUR_MEMBER not in members:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Formats", "not a Cicerone bundle: there is no {member} at its root"
                ).format(member=TOUR_MEMBER),
                path=name,
            )
        unpacked = _Unpacked(archive, name)
        json_name = f"{name}!{TOUR_MEMBER}"
        tour = parse_json(
            decode_text(unpacked.read(members[TOUR_MEMBER], MAX_TEXT_FILE_BYTES), json_name), name=json_name
        )
        wanted: dict[str, Message] = {}  # member -> the first stop that names it, for the message
        for number, stop in enumerate(tour.stops, start=1):
            if stop.image:
                wanted.setdefault(
                    stop.image.removeprefix("./"),
                    QT_TRANSLATE_NOOP("Formats", "stop {number} ({title})").format(
                        number=number, title=stop.title
                    ),
                )
        kept: dict[str, bytes] = {}
        for member, info in members.items():
            if member in wanted and member != TOUR_MEMBER:
                kept[member] = unpacked.read(info, MAX_IMAGE_BYTES)
                if problem := image_problem(kept[member]):
                    raise InputError(
                        QT_TRANSLATE_NOOP(
                            "Formats", "{wanted}: the image '{member}' is refused: {problem}"
                        ).format(wanted=wanted[member], member=member, problem=problem),
                        path=json_name,
                    )
            elif member != TOUR_MEMBER:
                unpacked.read(info, MAX_IMAGE_BYTES, keep=False)  # checked (size, ratio, CRC), not held
    images: dict[str, bytes] = {}
    renamed: dict[str, str] = {}
    stops = []
    for number, stop in enumerate(tour.stops, start=1):
        if stop.image and stop.image not in renamed:
            member = stop.image.removeprefix("./")
            if member not in kept:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Formats", "stop {number} ({title}): the image '{image}' is not in the bundle"
                    ).format(number=number, title=stop.title, image=stop.image),
                    path=name,
                )
            data = kept[member]
            # The same picture keeps its name; a different one by that name gets "-2".
            key = free_image_name(
                PurePosixPath(member).name,
                lambda n: n in images and images[n] != data,  # noqa: B023  (called right away)
            )
            renamed[stop.image] = key
            images[key] = data
        stops.append(replace(stop, image=renamed.get(stop.image, "")))
    return replace(tour, stops=tuple(stops), images=images)


def _checked_members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    """The regular files of the archive by name, after refusing anything that could escape or explode."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats", "the bundle holds {count} entries; at most {most} are allowed"
            ).format(count=len(infos), most=MAX_MEMBERS),
            path=name,
        )
    files: dict[str, zipfile.ZipInfo] = {}
    declared = 0
    for info in infos:
        member = info.filename
        _check_member_name(member, name)
        if info.is_dir():
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InputError(
                QT_TRANSLATE_NOOP("Formats", "the bundle entry '{member}' is a symbolic link").format(
                    member=member
                ),
                path=name,
            )
        limit = MAX_TEXT_FILE_BYTES if member == TOUR_MEMBER else MAX_MEMBER_BYTES
        if info.file_size > limit:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Formats", "the bundle entry '{member}' is larger than {megabytes} MB"
                ).format(member=member, megabytes=limit // 2**20),
                path=name,
            )
        if member in files:
            raise InputError(
                QT_TRANSLATE_NOOP("Formats", "the bundle holds '{member}' twice").format(member=member),
                path=name,
            )
        declared += info.file_size
        if declared > MAX_TOTAL_BYTES:
            raise InputError(
                QT_TRANSLATE_NOOP("Formats", "the bundle unpacks to more than {megabytes} MB").format(
                    megabytes=MAX_TOTAL_BYTES // 2**20
                ),
                path=name,
            )
        files[member] = info
    return files


def _check_member_name(member: str, name: str) -> None:
    parts = member.replace("\\", "/").split("/")
    if (
        not member
        or member.startswith(("/", "\\"))
        or (len(member) > 1 and member[1] == ":")
        or "\\" in member
        or "\x00" in member
        or ".." in parts
    ):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats", "the bundle entry '{member}' points outside the bundle; refusing it"
            ).format(member=member),
            path=name,
        )


class _Unpacked:
    """Inflates members one at a time, each to its cap and all of them to :data:`MAX_TOTAL_BYTES`."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name
        self.total = 0

    def read(self, info: zipfile.ZipInfo, limit: int, *, keep: bool = True) -> bytes:
        """The member's bytes (``keep``) or nothing, stopping at the first chunk past a cap, whatever the
        header declares: the member's ``limit``, the total, or :data:`MAX_BUNDLE_RATIO` times its packed size
        (after the first megabyte, so a tiny, well-compressed ``tour.json`` is never in doubt)."""
        chunks = []
        size = 0
        where = QT_TRANSLATE_NOOP("Formats", "the bundle entry '{member}'").format(member=info.filename)
        try:
            with self.archive.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    size += len(chunk)
                    self.total += len(chunk)
                    if size > limit:
                        raise InputError(
                            QT_TRANSLATE_NOOP("Formats", "{where} inflates past {megabytes} MB").format(
                                where=where, megabytes=limit // 2**20
                            ),
                            path=self.name,
                        )
                    if size > _CHUNK and size > MAX_BUNDLE_RATIO * max(info.compress_size, 1):
                        raise InputError(
                            QT_TRANSLATE_NOOP(
                                "Formats",
                                "{where} inflates more than {ratio} times its packed size (a "
                                "zip bomb, not a picture)",
                            ).format(where=where, ratio=MAX_BUNDLE_RATIO),
                            path=self.name,
                        )
                    if self.total > MAX_TOTAL_BYTES:
                        raise InputError(
                            QT_TRANSLATE_NOOP(
                                "Formats", "the bundle unpacks to more than {megabytes} MB"
                            ).format(megabytes=MAX_TOTAL_BYTES // 2**20),
                            path=self.name,
                        )
                    if keep:
                        chunks.append(chunk)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            zlib.error,
            NotImplementedError,
            RuntimeError,
            EOFError,
            OSError,
        ) as error:
            raise InputError(
                QT_TRANSLATE_NOOP("Formats", "{where} cannot be read ({error})").format(
                    where=where, error=error
                ),
                path=self.name,
            ) from None
        return b"".join(chunks)
