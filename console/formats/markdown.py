"""The tour script: Markdown a producer writes in any editor (the README documents it).

Front matter between ``---`` lines (``title``, ``slot``, ``language``), an optional
introduction, then one ``## `` heading per stop with ``key: value`` fields up to the
first blank line and the talking points after it, verbatim.

What the export writes reads back to the same tour: a talking point's own ``## `` line or a
code fence left open is written with a ``\\`` before it (as Markdown escapes it), a heading
that ends in `` #`` gets a closing `` #``, a front-matter value in quotes is quoted again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from console.errors import InputError
from console.formats.images import image_problem
from console.formats.text import clean_field, read_bytes, read_text
from console.messages import QT_TRANSLATE_NOOP, Text
from console.show.durations import format_duration, parse_positive_duration
from console.show.limits import MAX_IMAGE_BYTES, MAX_SLOT_S, MAX_STOP_S
from console.show.tour import Stop, Tour, free_image_name, image_reference_problem

FRONT_MATTER_KEYS = ("title", "slot", "language")
STOP_KEYS = ("duration", "location", "artist", "date", "medium", "image")
__all__ = ["MAX_IMAGE_BYTES", "dump_markdown", "load_markdown", "parse_markdown", "read_image"]
_FIELD = re.compile(r"^([A-Za-z_][\w ]*?)\s*:\s?(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# A heading's closing sequence (CommonMark): the last run of '#' after a space ("Music in C#" keeps its '#').
_CLOSING = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
# A line the export escaped with one more '\\': a talking point's "## x" or a fence it left open.
_ESCAPED = re.compile(r"^\\+(## |\s*(```|~~~))")


@dataclass
class _StopDraft:
    title: str
    line: int
    fields: dict[str, tuple[str, int]] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)


def load_markdown(path: str | Path) -> Tour:
    """Parse the tour script at ``path``; images named in it are read relative to it."""
    path = Path(path)
    return parse_markdown(read_text(path), name=str(path), base_dir=path.parent)


def parse_markdown(text: str, *, name: str = "<tour>", base_dir: Path | None = None) -> Tour:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    front, start = _front_matter(lines, name)
    title_value = front.get("title")
    title = title_value[0] if title_value else ""
    intro: list[str] = []
    stops: list[_StopDraft] = []
    in_fence = False
    reading_fields = False
    for number, line in enumerate(lines[start:], start=start + 1):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and _ESCAPED.match(line):
            line = line[1:]
        elif not in_fence and line.startswith("## "):
            stop_title = clean_field(
                heading_title(line[3:]),
                QT_TRANSLATE_NOOP("Formats", "the stop's title"),
                name=name,
                line=number,
            )
            if not stop_title:
                raise InputError(
                    QT_TRANSLATE_NOOP("Formats", "a stop heading ('## ') has no title"),
                    path=name,
                    line=number,
                )
            stops.append(_StopDraft(stop_title, number))
            reading_fields = True
            continue
        if not stops:
            if not in_fence and not title and line.startswith("# ") and not "".join(intro).strip():
                title = heading_title(line[2:])
            else:
                intro.append(line)
            continue
        current = stops[-1]
        if reading_fields:
            if not line.strip():
                reading_fields = False
                continue
            match = _FIELD.match(line)
            if not match:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Formats",
                        "under the heading of stop '{title}', expected a field such as "
                        "'duration: 6m' or a blank line before the talking points",
                    ).format(title=current.title),
                    path=name,
                    line=number,
                )
            key = match.group(1).strip().lower()
            if key not in STOP_KEYS:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Formats",
                        "unknown field '{field}' (stop fields are {fields}); leave a blank line "
                        "before the talking points",
                    ).format(field=match.group(1).strip(), fields=", ".join(STOP_KEYS)),
                    path=name,
                    line=number,
                )
            if key in current.fields:
                raise InputError(
                    QT_TRANSLATE_NOOP("Formats", "the field '{key}' is given twice for this stop").format(
                        key=key
                    ),
                    path=name,
                    line=number,
                )
            current.fields[key] = (clean_field(match.group(2), key, name=name, line=number), number)
            continue
        current.body.append(line)
    if in_fence:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "a code block (```) is never closed"), path=name, line=len(lines)
        )
    title = clean_field(
        title, QT_TRANSLATE_NOOP("Formats", "the title"), name=name, line=front.get("title", ("", 1))[1]
    )
    if not title:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats", "the tour has no title: add 'title:' to the front matter or a '# ' heading"
            ),
            path=name,
            line=1,
        )
    if not stops:
        last_line = len(text.rstrip("\n").split("\n"))
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "the tour has no stops: each stop starts with a '## ' heading"),
            path=name,
            line=last_line,
        )
    slot_s = None
    if "slot" in front:
        slot_text, slot_line = front["slot"]
        slot_s = duration_field(slot_text, name, slot_line, "slot", at_most_s=MAX_SLOT_S)
    images: dict[str, bytes] = {}
    built = tuple(_build_stop(draft, name, base_dir, images) for draft in stops)
    return Tour(
        title=title,
        slot_s=slot_s,
        language=front["language"][0] if "language" in front else "",
        introduction=clean_field(
            "\n".join(intro),
            QT_TRANSLATE_NOOP("Formats", "the introduction"),
            name=name,
            line=start + 1,
            multiline=True,
        ),
        stops=built,
        images=images,
    )


def _front_matter(lines: list[str], name: str) -> tuple[dict[str, tuple[str, int]], int]:
    if not lines or lines[0].strip() != "---":
        return {}, 0
    values: dict[str, tuple[str, int]] = {}
    for index in range(1, len(lines)):
        line = lines[index]
        number = index + 1
        if line.strip() == "---":
            return values, index + 1
        if line.startswith("## "):
            break  # a stop heading: the producer forgot the closing '---'
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _FIELD.match(line)
        if not match:
            raise InputError(
                QT_TRANSLATE_NOOP("Formats", "expected 'key: value' in the front matter"),
                path=name,
                line=number,
            )
        key = match.group(1).strip().lower()
        if key not in FRONT_MATTER_KEYS:
            raise InputError(
                QT_TRANSLATE_NOOP("Formats", "unknown front matter key '{key}' (known: {keys})").format(
                    key=match.group(1).strip(), keys=", ".join(FRONT_MATTER_KEYS)
                ),
                path=name,
                line=number,
            )
        values[key] = (clean_field(_unquote(match.group(2).strip()), key, name=name, line=number), number)
    raise InputError(
        QT_TRANSLATE_NOOP("Formats", "the front matter that starts on line 1 is never closed with '---'"),
        path=name,
        line=1,
    )


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _quoted(value: str) -> str:
    """A front-matter value :func:`_unquote` gives back as it is (quotes of its own, or spaces around it)."""
    if value != value.strip() or _unquote(value) != value:
        return f"'{value}'"
    return value


def heading_title(text: str) -> str:
    """A heading's text without its closing '#'s (``## Nike ##``), keeping a '#' that ends a word."""
    text = text.strip()
    return _CLOSING.sub("", text).strip()


def _heading(title: str) -> str:
    """The heading text that :func:`heading_title` reads back as ``title`` ("Music in C #" gets " #")."""
    return title if heading_title(title) == title else f"{title} #"


def duration_field(value: str, name: str, line: int, what: Text, *, at_most_s: int = MAX_STOP_S) -> int:
    """A stop's duration (a slot with ``at_most_s=MAX_SLOT_S``) in range, else the line and why."""
    try:
        return parse_positive_duration(value, at_most_s=at_most_s)
    except ValueError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "{what}: {error}").format(what=what, error=error),
            path=name,
            line=line,
        ) from None


def _build_stop(draft: _StopDraft, name: str, base_dir: Path | None, images: dict[str, bytes]) -> Stop:
    if "duration" not in draft.fields:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "stop '{title}' has no 'duration:' field").format(title=draft.title),
            path=name,
            line=draft.line,
        )
    value, line = draft.fields["duration"]
    image = ""
    if "image" in draft.fields and draft.fields["image"][0]:
        image = read_image(draft.fields["image"], name, base_dir, images)
    return Stop(
        title=draft.title,
        duration_s=duration_field(value, name, line, "duration"),
        location=draft.fields.get("location", ("", 0))[0],
        artist=draft.fields.get("artist", ("", 0))[0],
        date=draft.fields.get("date", ("", 0))[0],
        medium=draft.fields.get("medium", ("", 0))[0],
        image=image,
        talking_points=clean_field(
            "\n".join(draft.body),
            QT_TRANSLATE_NOOP("Formats", "the talking points of '{title}'").format(title=draft.title),
            name=name,
            line=draft.line,
            multiline=True,
        ),
    )


def read_image(entry: tuple[str, int], name: str, base_dir: Path | None, images: dict[str, bytes]) -> str:
    relative, line = entry
    problem = image_reference_problem(relative, source_name=Path(name).name)
    if problem is not None:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "the image '{relative}' is refused: {problem}").format(
                relative=relative, problem=problem
            ),
            path=name,
            line=line,
        )
    if base_dir is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "an image can only be read from a tour file on disk"),
            path=name,
            line=line,
        )
    image_path = base_dir / relative
    try:
        data = read_bytes(image_path, MAX_IMAGE_BYTES)
    except InputError as error:  # told at the tour's line, where the producer names the image
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats", "the image '{relative}' cannot be read: {reason} (looked in {base_dir})"
            ).format(relative=relative, reason=error.reason, base_dir=base_dir),
            path=name,
            line=line,
        ) from None
    if problem := image_problem(data):
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "the image '{relative}' is refused: {problem}").format(
                relative=relative, problem=problem
            ),
            path=name,
            line=line,
        )
    key = free_image_name(image_path.name, lambda name: name in images and images[name] != data)
    images[key] = data
    return key


def dump_markdown(tour: Tour) -> str:
    """The tour as a script that :func:`parse_markdown` reads back to the same tour."""
    out = ["---", f"title: {_quoted(tour.title)}"]
    if tour.slot_s is not None:
        out.append(f"slot: {format_duration(tour.slot_s)}")
    if tour.language:
        out.append(f"language: {_quoted(tour.language)}")
    out += ["---", ""]
    if tour.introduction:
        out += [*_escaped_block(tour.introduction), ""]
    for stop in tour.stops:
        out.append(f"## {_heading(stop.title)}")
        out.append(f"duration: {format_duration(stop.duration_s)}")
        for key in ("location", "artist", "date", "medium", "image"):
            value = getattr(stop, key)
            if value:
                out.append(f"{key}: {value}")
        out.append("")
        if stop.talking_points:
            out += [*_escaped_block(stop.talking_points), ""]
    return "\n".join(out)


def _escaped_block(text: str) -> list[str]:
    """The lines of a talking point (or the introduction) that :func:`parse_markdown` reads back verbatim.

    Follows the reader's own fence state: outside a code block, a "## " line (which would start a stop) and
    a line already escaped get one more '\\'; an opening fence never closed (which would swallow the stops
    after it) gets one too. Inside a closed code block nothing changes.
    """
    lines = text.split("\n")
    fences = [index for index, line in enumerate(lines) if _FENCE.match(line)]
    unclosed = fences[-1] if len(fences) % 2 else -1
    out = []
    in_fence = False
    for index, line in enumerate(lines):
        if index != unclosed and _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and (index == unclosed or line.startswith("## ") or _ESCAPED.match(line)):
            line = "\\" + line
        out.append(line)
    return out
