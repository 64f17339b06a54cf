"""The tour script: Markdown a producer writes in any editor (the README documents it).

Front matter between ``---`` lines (``title``, ``slot``, ``language``, ``languages``), an optional
introduction, then one ``## `` heading per stop with ``key: value`` fields up to the
first blank line and the talking points after it, verbatim.

A tour in several content languages (``languages: en, fr, zh``) carries each translation in a section
``### fr: <translated title>``: before the first stop, the tour's title and introduction; inside a stop,
after its talking points, the stop's title, then translated ``key: value`` fields (location, medium,
artist, date) up to the first blank line, then that language's talking points. A ``### `` line is a
section only when its code is one of the declared languages other than the main one; any other is text.

What the export writes reads back to the same tour: a talking point's own ``## `` line, a line that would
read as a translation's section, or a code fence left open is written with a ``\\`` before it (as
Markdown escapes it), a heading that ends in `` #`` gets a closing `` #``, a front-matter value in quotes
is quoted again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from console.errors import InputError
from console.formats.images import image_problem
from console.formats.json_format import declared_languages
from console.formats.text import clean_field, read_bytes, read_text
from console.messages import QT_TRANSLATE_NOOP, Text
from console.show.durations import format_duration, parse_duration, parse_positive_duration
from console.show.limits import MAX_IMAGE_BYTES, MAX_SLOT_S, MAX_STOP_S
from console.show.tour import (
    Stop,
    StopText,
    Tour,
    TourText,
    free_image_name,
    image_reference_problem,
    rescue_problem,
    yes_no,
)

FRONT_MATTER_KEYS = ("title", "slot", "language", "languages")
STOP_KEYS = ("duration", "location", "artist", "date", "medium", "image", "min", "optional", "latest")
RESCUE_KEYS = ("min", "optional", "latest")
# The fields a translation's section may give (its title is the heading's, its talking points the text).
TRANSLATED_KEYS = ("location", "medium", "artist", "date")
__all__ = ["MAX_IMAGE_BYTES", "dump_markdown", "load_markdown", "parse_markdown", "read_image"]
_FIELD = re.compile(r"^([A-Za-z_][\w ]*?)\s*:\s?(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# A heading's closing sequence (CommonMark): the last run of '#' after a space ("Music in C#" keeps its '#').
_CLOSING = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
# A line the export escaped with one more '\\': a talking point's "## x" or a fence it left open.
_ESCAPED = re.compile(r"^\\+(## |\s*(```|~~~))")
# A translation's section, "### fr: Victoire de Samothrace"; after any '\\' the export added.
_SECTION = re.compile(r"^(\\*)### ([A-Za-z0-9-]+):(.*)$")


@dataclass
class _StopDraft:
    """A stop as read so far, or (with a ``code``) one of its translations or the tour's."""

    title: str
    line: int
    fields: dict[str, tuple[str, int]] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)
    code: str = ""
    translations: list[_StopDraft] = field(default_factory=list)

    @property
    def heading(self) -> str:
        if self.code:
            return QT_TRANSLATE_NOOP("Formats", "the {code} translation ('{title}')").format(
                code=self.code, title=self.title
            )
        return QT_TRANSLATE_NOOP("Formats", "stop '{title}'").format(title=self.title)


def load_markdown(path: str | Path) -> Tour:
    """Parse the tour script at ``path``; images named in it are read relative to it."""
    path = Path(path)
    return parse_markdown(read_text(path), name=str(path), base_dir=path.parent)


def parse_markdown(text: str, *, name: str = "<tour>", base_dir: Path | None = None) -> Tour:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    front, start = _front_matter(lines, name)
    languages = _languages(front, name)
    translated = set(languages[1:])
    title_value = front.get("title")
    title = title_value[0] if title_value else ""
    intro: list[str] = []
    stops: list[_StopDraft] = []
    tour_sections: list[_StopDraft] = []
    in_fence = False
    reading_fields = False
    for number, line in enumerate(lines[start:], start=start + 1):
        section = None if in_fence else _section(line, translated)
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and (_ESCAPED.match(line) or (section is not None and section[0])):
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
        elif section is not None:
            _, code, heading = section
            drafts = stops[-1].translations if stops else tour_sections
            if any(draft.code == code for draft in drafts):
                where = stops[-1].heading if stops else QT_TRANSLATE_NOOP("Formats", "the tour")
                raise InputError(
                    QT_TRANSLATE_NOOP("Formats", "{where} is translated into '{code}' twice").format(
                        where=where, code=code
                    ),
                    path=name,
                    line=number,
                )
            what = QT_TRANSLATE_NOOP("Formats", "the {code} title").format(code=code)
            drafts.append(_StopDraft(clean_field(heading, what, name=name, line=number), number, code=code))
            reading_fields = bool(stops)  # a stop's translation has fields; the tour's is all introduction
            continue
        if not stops:
            if tour_sections:
                tour_sections[-1].body.append(line)
            elif not in_fence and not title and line.startswith("# ") and not "".join(intro).strip():
                title = heading_title(line[2:])
            else:
                intro.append(line)
            continue
        current = stops[-1].translations[-1] if stops[-1].translations else stops[-1]
        keys = TRANSLATED_KEYS if current.code else STOP_KEYS
        if reading_fields:
            if not line.strip():
                reading_fields = False
                continue
            match = _FIELD.match(line)
            if not match:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Formats",
                        "under the heading of {heading}, expected a field such as '{example}' "
                        "or a blank line before the talking points",
                    ).format(heading=current.heading, example=_example(current)),
                    path=name,
                    line=number,
                )
            key = match.group(1).strip().lower()
            if key not in keys:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Formats",
                        "unknown field '{field}' ({kind} fields are {fields}); leave a blank line "
                        "before the talking points",
                    ).format(field=match.group(1).strip(), kind=_kind(current), fields=", ".join(keys)),
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
        languages=tuple(languages),
        introduction=clean_field(
            "\n".join(intro),
            QT_TRANSLATE_NOOP("Formats", "the introduction"),
            name=name,
            line=start + 1,
            multiline=True,
        ),
        translations=tuple(
            pair for pair in (_tour_text(draft, name) for draft in tour_sections) if not pair[1].is_empty()
        ),
        stops=built,
        images=images,
    ).in_language_order()


def _languages(front: dict[str, tuple[str, int]], name: str) -> list[str]:
    """``languages: en, fr, zh``, checked as the JSON reader checks its list (same reasons), main first."""
    if "languages" not in front:
        return []
    written, line = front["languages"]
    main, main_line = front.get("language", ("", line))

    def fail(reason: str, needle: str | None = None, **_: object) -> InputError:
        return InputError(reason, path=name, line=main_line if needle == '"language"' else line)

    codes = [code.strip() for code in written.split(",")] if written.strip() else []
    return declared_languages({"languages": codes, "language": main}, fail)


def _section(line: str, translated: set[str]) -> tuple[str, str, str] | None:
    """``(escapes, code, heading)`` when ``line`` is a translation's section ``### fr: ...`` (after any
    ``\\`` the export added) for one of the ``translated`` languages; else None (it is text)."""
    if not translated or not line.lstrip("\\").startswith("### "):
        return None
    match = _SECTION.match(line)
    if match is None or match.group(2) not in translated:
        return None
    return match.group(1), match.group(2), heading_title(match.group(3))


def _example(draft: _StopDraft) -> str:
    return "location: Salle 711" if draft.code else "duration: 6m"


def _kind(draft: _StopDraft) -> str:
    if draft.code:
        return QT_TRANSLATE_NOOP("Formats", "translated ({code})").format(code=draft.code)
    return QT_TRANSLATE_NOOP("Formats", "stop")


def _body(draft: _StopDraft, name: str) -> str:
    return clean_field(
        "\n".join(draft.body),
        QT_TRANSLATE_NOOP("Formats", "the talking points of {heading}").format(heading=draft.heading),
        name=name,
        line=draft.line,
        multiline=True,
    )


def _tour_text(draft: _StopDraft, name: str) -> tuple[str, TourText]:
    what = QT_TRANSLATE_NOOP("Formats", "the {code} introduction").format(code=draft.code)
    introduction = clean_field("\n".join(draft.body), what, name=name, line=draft.line, multiline=True)
    return draft.code, TourText(title=draft.title, introduction=introduction)


def _stop_text(draft: _StopDraft, name: str) -> tuple[str, StopText]:
    values = {key: draft.fields[key][0] for key in TRANSLATED_KEYS if key in draft.fields}
    return draft.code, StopText(title=draft.title, talking_points=_body(draft, name), **values)


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
    stop = Stop(
        title=draft.title,
        duration_s=duration_field(value, name, line, "duration"),
        location=draft.fields.get("location", ("", 0))[0],
        artist=draft.fields.get("artist", ("", 0))[0],
        date=draft.fields.get("date", ("", 0))[0],
        medium=draft.fields.get("medium", ("", 0))[0],
        image=image,
        talking_points=_body(draft, name),
        translations=tuple(
            pair for pair in (_stop_text(text, name) for text in draft.translations) if not pair[1].is_empty()
        ),
    )
    given = {key: draft.fields[key] for key in RESCUE_KEYS if key in draft.fields}
    return with_rescue_fields(stop, given, name)


def with_rescue_fields(stop: Stop, given: dict[str, tuple[str, int]], name: str) -> Stop:
    """``stop`` with its ``min``, ``optional`` and ``latest`` as written (``{key: (text, line)}``, blank
    texts left out), each checked: a bad one is an InputError at its line with the reason. The CSV reader
    shares it."""
    values: dict[str, object] = {}
    lines = {key: line for key, (_, line) in given.items()}
    for key, (text, line) in given.items():
        if not text.strip():
            continue
        if key == "optional":
            flag = yes_no(text)
            if flag is None:
                raise InputError(
                    QT_TRANSLATE_NOOP("Formats", "optional: '{text}' is neither yes nor no").format(
                        text=text[:40]
                    ),
                    path=name,
                    line=line,
                )
            values["optional"] = flag
        elif key == "min":
            values["min_s"] = duration_field(text, name, line, "min")
        else:
            try:
                values["latest_s"] = parse_duration(text)
            except ValueError as error:
                raise InputError(
                    QT_TRANSLATE_NOOP("Formats", "latest is not a show time such as 1:30:00: {error}").format(
                        error=error
                    ),
                    path=name,
                    line=line,
                ) from None
    stop = replace(stop, **values)  # type: ignore[arg-type]
    problem = rescue_problem(stop)
    if problem is not None:
        raise InputError(problem, path=name, line=lines.get("min", lines.get("latest")))
    return stop


def rescue_lines(stop: Stop) -> list[str]:
    """The ``min:``, ``optional:`` and ``latest:`` fields a stop sets, as the script writes them."""
    out = []
    if stop.written_min_s is not None:
        out.append(f"min: {format_duration(stop.written_min_s)}")
    if stop.optional:
        out.append("optional: yes")
    if stop.latest_s is not None:
        out.append(f"latest: {format_show_time(stop.latest_s)}")
    return out


def format_show_time(seconds: int) -> str:
    """A show time as ``latest:`` reads it back: ``0:45:00`` (``45:00`` would read as minutes and seconds
    too, but a show time is written with its hours)."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


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
    if tour.languages:
        out.append(f"languages: {', '.join(tour.languages)}")
    out += ["---", ""]
    translated = set(tour.content_languages[1:]) if tour.languages else set()
    if tour.introduction:
        out += [*_escaped_block(tour.introduction, translated), ""]
    for code, text in tour.translations:
        out += [_section_heading(code, text.title), ""]
        if text.introduction:
            out += [*_escaped_block(text.introduction, translated), ""]
    for stop in tour.stops:
        out.append(f"## {_heading(stop.title)}")
        out.append(f"duration: {format_duration(stop.duration_s)}")
        for key in ("location", "artist", "date", "medium", "image"):
            value = getattr(stop, key)
            if value:
                out.append(f"{key}: {value}")
        out += rescue_lines(stop)
        out.append("")
        if stop.talking_points:
            out += [*_escaped_block(stop.talking_points, translated), ""]
        for code, stop_text in stop.translations:
            out.append(_section_heading(code, stop_text.title))
            out += [f"{key}: {getattr(stop_text, key)}" for key in TRANSLATED_KEYS if getattr(stop_text, key)]
            out.append("")
            if stop_text.talking_points:
                out += [*_escaped_block(stop_text.talking_points, translated), ""]
    return "\n".join(out)


def _section_heading(code: str, title: str) -> str:
    return f"### {code}: {_heading(title)}" if title else f"### {code}:"


def _escaped_block(text: str, translated: set[str]) -> list[str]:
    """The lines of a talking point (or the introduction) that :func:`parse_markdown` reads back verbatim.

    Follows the reader's own fence state: outside a code block, a "## " line (which would start a stop), a
    "### fr: " line for one of the ``translated`` languages (which would start a section) and a line already
    escaped get one more '\\'; an opening fence never closed (which would swallow the stops after it) gets
    one too. Inside a closed code block nothing changes.
    """
    lines = text.split("\n")
    fences = [index for index, line in enumerate(lines) if _FENCE.match(line)]
    unclosed = fences[-1] if len(fences) % 2 else -1
    out = []
    in_fence = False
    for index, line in enumerate(lines):
        if index != unclosed and _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and (
            index == unclosed
            or line.startswith("## ")
            or _ESCAPED.match(line)
            or _section(line, translated) is not None
        ):
            line = "\\" + line
        out.append(line)
    return out
