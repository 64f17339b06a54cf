"""The Markdown tour script: what the README documents, and clear errors with file and line."""

from pathlib import Path

import pytest

from console.errors import InputError
from console.formats import load_tour
from console.formats.json_format import dump_json, parse_json
from console.formats.markdown import dump_markdown, load_markdown, parse_markdown
from tests.helpers import PNG

EXAMPLE = """---
title: Louvre Highlights
slot: 2h
language: en
---

Introduction, optional: Markdown up to the first stop.

## Winged Victory of Samothrace
duration: 6m
location: Daru staircase, Denon wing
artist: Unknown Rhodian sculptor
date: c. 190 BC
medium: Parian marble

Talking points: any Markdown, up to the next level-2 heading.

### A sub-heading stays in the points
- a list item
key: value after the blank line is talking points too

## 蒙娜丽莎
duration: 1:30

```
## not a stop inside a code block
```
"""


def test_the_documented_example() -> None:
    tour = parse_markdown(EXAMPLE)
    assert tour.title == "Louvre Highlights"
    assert tour.slot_s == 7200
    assert tour.language == "en"
    assert tour.introduction == "Introduction, optional: Markdown up to the first stop."
    victory, mona = tour.stops
    assert victory.title == "Winged Victory of Samothrace"
    assert victory.duration_s == 360
    assert victory.location == "Daru staircase, Denon wing"
    assert victory.artist == "Unknown Rhodian sculptor"
    assert victory.date == "c. 190 BC"
    assert victory.medium == "Parian marble"
    assert victory.talking_points.startswith("Talking points: any Markdown")
    assert "### A sub-heading stays in the points" in victory.talking_points
    assert "key: value after the blank line is talking points too" in victory.talking_points
    assert mona.title == "蒙娜丽莎"
    assert mona.duration_s == 90
    assert "## not a stop inside a code block" in mona.talking_points


def test_title_from_first_heading_without_front_matter() -> None:
    tour = parse_markdown("# My Tour\n\nHello\n\n## One\nduration: 5m\n")
    assert tour.title == "My Tour"
    assert tour.slot_s is None
    assert tour.introduction == "Hello"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("---\ntitle: T\n---\n## A\nlocation: x\n\npoints\n", 4, "no 'duration:'"),
        ("---\ntitle: T\n---\n## A\nduration: soon\n", 5, "not a duration"),
        ("---\ntitle: T\nslto: 2h\n---\n## A\nduration: 5m\n", 3, "unknown front matter key 'slto'"),
        ("---\ntitle: T\n---\n## A\nduration: 5m\ncolour: red\n", 6, "unknown field 'colour'"),
        ("---\ntitle: T\n---\n## A\nduration: 5m\nThis is prose\n", 6, "expected a field"),
        ("---\ntitle: T\n---\n\nno stops here\n", 5, "no stops"),
        ("## A\nduration: 5m\n", 1, "no title"),
        ("---\ntitle: T\n## A\nduration: 5m\n", 1, "never closed"),
        ("---\ntitle: T\n---\n## A\nduration: 5m\nduration: 6m\n", 6, "given twice"),
        ("---\ntitle: T\n---\n## A\nduration: 0s\n", 5, "longer than zero"),
        ("---\ntitle: T\n---\n## A\nduration: 5m\nimage: missing.png\n", 6, "cannot be read: no such file"),
    ],
)
def test_errors_name_file_line_and_reason(tmp_path: Path, text: str, line: int, reason: str) -> None:
    path = tmp_path / "tour.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_markdown(path)
    assert caught.value.line == line
    assert reason in caught.value.reason
    assert str(path) in caught.value.text()


def test_bad_encoding_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "tour.md"
    path.write_bytes(b"---\ntitle: T\n---\n## Caf\xe9\nduration: 5m\n")
    with pytest.raises(InputError, match="line 4: the file is not UTF-8"):
        load_markdown(path)


def test_crlf_and_bom_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "tour.md"
    path.write_bytes("\ufeff---\r\ntitle: T\r\n---\r\n## A\r\nduration: 5m\r\n\r\nSay hi\r\n".encode())
    tour = load_markdown(path)
    assert tour.title == "T"
    assert tour.stops[0].talking_points == "Say hi"


def test_images_are_read_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "nike.png").write_bytes(PNG)
    path = tmp_path / "tour.md"
    path.write_text("---\ntitle: T\n---\n## A\nduration: 5m\nimage: img/nike.png\n", encoding="utf-8")
    tour = load_markdown(path)
    assert tour.stops[0].image == "nike.png"
    assert tour.images == {"nike.png": PNG}


def test_markdown_and_json_round_trip_every_field() -> None:
    tour = parse_markdown(EXAMPLE)
    again = parse_markdown(dump_markdown(tour))
    assert again == tour
    assert parse_json(dump_json(tour)) == tour


def test_json_errors_are_clear(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(
        '{"format": "cicerone-tour",\n "version": 1,\n "title": "T",\n "stops": [\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match="not valid JSON"):
        load_tour(path)
    path.write_text('{"format": "cicerone-tour", "version": 1, "title": "T", "stops": [{"title": "A"}]}')
    with pytest.raises(InputError, match="duration_s"):
        load_tour(path)


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "tour.docx"
    path.write_bytes(b"x")
    with pytest.raises(InputError, match="unknown tour file type"):
        load_tour(path)
