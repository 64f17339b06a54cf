"""``.cicerone`` bundles: a zip with ``tour.json`` (the JSON export) at its root and the images inside.

A bundle comes from somewhere else (a producer's laptop, an e-mail), so reading one
trusts nothing: every member name is checked before anything is read, sizes are capped
both as declared and as actually inflated (a zip bomb lies about its sizes), and the
whole bundle is read into memory. Nothing is extracted to disk, ever; the caller stores
the tour in one transaction, so a refused bundle writes nothing anywhere.
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path, PurePosixPath

from console.errors import InputError
from console.formats.json_format import dump_json, parse_json
from console.formats.markdown import MAX_IMAGE_BYTES
from console.formats.text import decode_text, read_bytes
from console.show.tour import Tour, free_image_name, with_safe_image_names

TOUR_MEMBER = "tour.json"
IMAGE_FOLDER = "images"
MAX_BUNDLE_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_MEMBER_BYTES = MAX_IMAGE_BYTES
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
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
    return parse_bundle(read_bytes(path, MAX_BUNDLE_BYTES), name=str(path))


def parse_bundle(data: bytes, *, name: str = "<bundle>") -> Tour:
    """The tour in a bundle, its images keyed by file name; any doubt about the zip is an InputError."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise InputError("not a Cicerone bundle (the file is not a zip archive)", path=name) from None
    with archive:
        members = _checked_members(archive, name)
        contents: dict[str, bytes] = {}
        total = 0
        for member, info in members.items():
            contents[member] = _read_member(archive, info, name)
            total += len(contents[member])
            if total > MAX_TOTAL_BYTES:
                raise InputError(f"the bundle unpacks to more than {MAX_TOTAL_BYTES // 2**20} MB", path=name)
    if TOUR_MEMBER not in contents:
        raise InputError(f"not a Cicerone bundle: there is no {TOUR_MEMBER} at its root", path=name)
    json_name = f"{name}!{TOUR_MEMBER}"
    tour = parse_json(decode_text(contents[TOUR_MEMBER], json_name), name=json_name)
    images: dict[str, bytes] = {}
    renamed: dict[str, str] = {}
    stops = []
    for number, stop in enumerate(tour.stops, start=1):
        if stop.image and stop.image not in renamed:
            member = stop.image.removeprefix("./")
            if member not in contents or member == TOUR_MEMBER:
                raise InputError(
                    f"stop {number} ({stop.title}): the image '{stop.image}' is not in the bundle", path=name
                )
            data = contents[member]
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
            f"the bundle holds {len(infos)} entries; at most {MAX_MEMBERS} are allowed", path=name
        )
    files: dict[str, zipfile.ZipInfo] = {}
    declared = 0
    for info in infos:
        member = info.filename
        _check_member_name(member, name)
        if info.is_dir():
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InputError(f"the bundle entry '{member}' is a symbolic link", path=name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise InputError(
                f"the bundle entry '{member}' is larger than {MAX_MEMBER_BYTES // 2**20} MB", path=name
            )
        if member in files:
            raise InputError(f"the bundle holds '{member}' twice", path=name)
        declared += info.file_size
        if declared > MAX_TOTAL_BYTES:
            raise InputError(f"the bundle unpacks to more than {MAX_TOTAL_BYTES // 2**20} MB", path=name)
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
        raise InputError(f"the bundle entry '{member}' points outside the bundle; refusing it", path=name)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """Inflate at most the cap (plus one chunk to notice a lie), whatever the header declares."""
    chunks = []
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > MAX_MEMBER_BYTES:
                    raise InputError(
                        f"the bundle entry '{info.filename}' inflates past {MAX_MEMBER_BYTES // 2**20} MB",
                        path=name,
                    )
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
        raise InputError(f"the bundle entry '{info.filename}' cannot be read ({error})", path=name) from None
    return b"".join(chunks)
