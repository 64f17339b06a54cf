"""``.cicerone`` bundles: a venue gets the whole tour; a hostile zip gets exit 2 and writes nothing."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from console.errors import InputError
from console.formats import bundle, load_tour
from console.formats.bundle import dump_bundle, parse_bundle
from console.formats.json_format import dump_json
from console.show.tour import Stop, Tour
from console.store import open_database
from tests.helpers import PNG, cicerone, tiny_png  # noqa: F401  (PNG, tiny_png: used below)


def sample_tour() -> Tour:
    return Tour(
        title="Venue tour",
        slot_s=1800,
        language="fr",
        introduction="Bienvenue.",
        stops=(
            Stop(
                "One",
                300,
                location="Hall",
                artist="A",
                date="1900",
                medium="Oil",
                image="one.png",
                talking_points="**Say** this",
            ),
            Stop("Two", 240, image="one.png"),
            Stop("Three", 120),
        ),
        images={"one.png": PNG},
    )


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tour_json(image: str = "") -> bytes:
    return dump_json(Tour(title="T", stops=(Stop("S", 60, image=image),))).encode()


def test_bundle_holds_tour_json_at_its_root_and_images_inside() -> None:
    data = dump_bundle(sample_tour())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        inner = json.loads(archive.read("tour.json"))
    assert names == ["tour.json", "images/one.png"]
    assert inner["format"] == "cicerone-tour"
    assert [stop["image"] for stop in inner["stops"]] == ["images/one.png", "images/one.png", ""]
    again = parse_bundle(data)
    assert again == sample_tour() and again.images == {"one.png": PNG}


@pytest.mark.parametrize(
    ("members", "words"),
    [
        ({"tour.json": tour_json(), "../evil.txt": b"x"}, "outside the bundle"),
        ({"tour.json": tour_json(), "images/../../evil": b"x"}, "outside the bundle"),
        ({"tour.json": tour_json(), "/etc/evil": b"x"}, "outside the bundle"),
        ({"tour.json": tour_json(), "C:/evil": b"x"}, "outside the bundle"),
        ({"tour.json": tour_json(), "images\\..\\evil": b"x"}, "outside the bundle"),
        ({"tour.json": tour_json("images/missing.png")}, "not in the bundle"),
        ({"images/a.png": PNG}, "no tour.json"),
        ({"tour.json": b'{"format": "cicerone-tour", "version": 1, "title": 3}'}, '"title"'),
    ],
)
def test_refused_bundles_name_the_reason(members: dict[str, bytes], words: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_bundle(zip_of(members), name="x.cicerone")
    assert words in caught.value.text()


def test_not_a_zip_and_too_many_members_are_refused() -> None:
    with pytest.raises(InputError, match="not a zip"):
        parse_bundle(b"PK\x03\x04 truncated")
    many = {"tour.json": tour_json(), **{f"images/{n}.png": b"" for n in range(bundle.MAX_MEMBERS)}}
    with pytest.raises(InputError, match="at most"):
        parse_bundle(zip_of(many))


def test_a_zip_bomb_is_refused_by_its_size_whether_declared_or_lied_about() -> None:
    bomb = zip_of({"tour.json": tour_json(), "images/zeros.png": bytes(bundle.MAX_MEMBER_BYTES + 1)})
    assert len(bomb) < 200_000  # a tiny file that would inflate past the cap
    with pytest.raises(InputError, match="larger than"):
        parse_bundle(bomb)
    # Now lie: rewrite the declared size (local header and central directory) to 10 bytes.
    true_size = (bundle.MAX_MEMBER_BYTES + 1).to_bytes(4, "little")
    liar = bomb.replace(true_size, (10).to_bytes(4, "little"))
    assert liar != bomb
    with pytest.raises(InputError):
        parse_bundle(liar)


def test_cli_refuses_a_hostile_bundle_with_exit_2_and_writes_nothing(tmp_path: Path, db_path: Path) -> None:
    open_database(db_path).close()
    work = tmp_path / "work"
    work.mkdir()
    hostile = work / "hostile.cicerone"
    hostile.write_bytes(zip_of({"tour.json": tour_json(), "../../escaped.txt": b"pwned"}))
    before = sorted(os.listdir(tmp_path)), sorted(os.listdir(work))
    db_before = db_path.read_bytes()
    result = cicerone("tour", "import", str(hostile), db=db_path)
    assert result.returncode == 2, result.stderr
    assert "outside the bundle" in result.stderr and "Traceback" not in result.stderr
    assert (sorted(os.listdir(tmp_path)), sorted(os.listdir(work))) == before
    assert not (tmp_path.parent / "escaped.txt").exists()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM tours").fetchone()[0] == 0
    assert db_path.read_bytes() == db_before


def test_cli_bundle_round_trip_keeps_images(tmp_path: Path, db_path: Path) -> None:
    from console.store import TourRepository

    db = open_database(db_path)
    tour_id = TourRepository(db).add(sample_tour())
    db.close()
    target = tmp_path / "venue.cicerone"
    result = cicerone("tour", "export", str(tour_id), "--format", "bundle", "-o", str(target), db=db_path)
    assert result.returncode == 0, result.stderr
    other = tmp_path / "venue.db"
    imported = cicerone("tour", "import", str(target), db=other)
    assert imported.returncode == 0, imported.stderr
    db = open_database(other)
    again = TourRepository(db).get(int(imported.stdout.split()[-1]), with_images=True)
    db.close()
    assert again.stops == sample_tour().stops and again.images == {"one.png": PNG}


def bomb_bundle(path: Path, members: int = 4, member_bytes: int = 31 * 2**20) -> Path:
    """A small bundle whose tour names ``members`` pictures that each inflate to 31 MB of zeros."""
    stops = [{"title": f"S{n}", "duration_s": 60, "image": f"images/{n}.png"} for n in range(members)]
    tour = {"format": "cicerone-tour", "version": 1, "title": "Bomb", "stops": stops}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tour.json", json.dumps(tour))
        for n in range(members):
            archive.writestr(f"images/{n}.png", PNG[:33] + bytes(member_bytes))
    return path


def test_a_bundle_bomb_is_refused_after_its_first_megabyte_in_little_memory(tmp_path: Path) -> None:
    """Before: every member was inflated and held (32 x 31 MB: 1.1 GB of memory). Now members stream
    from the file and one that inflates past 100:1 stops the import at its first megabytes."""
    bomb = bomb_bundle(tmp_path / "bomb.cicerone")
    assert bomb.stat().st_size < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="zip bomb"):
            load_tour(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20, f"{peak / 2**20:.0f} MB"


def test_a_member_no_stop_names_is_checked_too_but_never_held(tmp_path: Path) -> None:
    bundle_path = tmp_path / "extra.cicerone"
    with zipfile.ZipFile(bundle_path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tour.json", tour_json())
        archive.writestr("images/unused.png", bytes(20 * 2**20))
    with pytest.raises(InputError, match="zip bomb"):
        load_tour(bundle_path)


@pytest.mark.parametrize(
    "data", [b"root:x:0:0:root:/root:/bin/bash\n", b"", PNG[:20], b"GIF89a\x00\x00\x00\x00"]
)
def test_a_bundle_picture_that_is_no_picture_is_refused(data: bytes) -> None:
    tour = tour_json("images/passwd.png")
    with pytest.raises(
        InputError, match=r"stop 1 \(S\): the image 'images/passwd.png' is refused: .*(not a picture|damaged)"
    ):
        parse_bundle(zip_of({"tour.json": tour, "images/passwd.png": data}), name="x.cicerone")


def test_a_bundle_whose_tour_json_nests_100000_deep_is_refused() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(InputError, match="nest deeper than 32"):
        parse_bundle(zip_of({"tour.json": deep}), name="deep.cicerone")
