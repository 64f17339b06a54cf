"""The tour as a spreadsheet: one row per stop, as Excel and Google Sheets write and read it.

The header may name the columns in English, French or Spanish (``Título;Duración``, ``Titre;Durée``; see
:data:`TRANSLATED_COLUMNS`). A CSV carries stops only: the tour's title and slot come from the command line
(``--title``, ``--slot``) or default to the file's name and no slot. Reading accepts
comma, semicolon or tab separators (detected from the header), UTF-8 with or without a BOM,
any line ending and quoted cells holding newlines and quotes. Writing uses commas,
a UTF-8 BOM and CRLF, which Excel opens as UTF-8 and which reads back to the same stops.

A cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) is written with a ``'`` before it, as OWASP advises against CSV injection; reading removes
exactly the ``'`` that writing adds, so a sheet round-trips to the same stops.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from console.errors import InputError, KnownError
from console.formats.markdown import duration_field, read_image
from console.formats.text import clean_field, decode_text, read_text
from console.messages import QT_TRANSLATE_NOOP
from console.show.durations import format_duration
from console.show.limits import MAX_CSV_CELL_CHARS
from console.show.tour import Stop, Tour

# Process-wide, and bounded: a talking point over the csv module's default 128 KB must re-import, while a
# cell is still never larger than MAX_CSV_CELL_CHARS (the file itself is capped at MAX_TEXT_FILE_BYTES).
csv.field_size_limit(MAX_CSV_CELL_CHARS)
# A cell a spreadsheet runs as a formula, after any "'" an export already added (which gets one more).
_FORMULA = re.compile(r"'*[=+\-@\t\r]")

# Header as written on export, and the Stop field each column fills.
COLUMNS = {
    "title": "title",
    "duration": "duration_s",
    "location": "location",
    "artist": "artist",
    "date": "date",
    "medium": "medium",
    "talking points": "talking_points",
    "image": "image",
}
# The same columns as a French or Spanish sheet names them (matched as _key says: case, spaces, accents
# ignored). Documented in the README's Formats section: keep the two lists the same.
TRANSLATED_COLUMNS = {
    "title": ("titre", "título"),
    "duration": ("durée", "duración"),
    "location": ("lieu", "salle", "ubicación", "lugar", "sala"),
    "artist": ("artiste", "auteur", "artista", "autor"),
    "date": ("fecha",),
    "medium": ("technique", "técnica", "medio"),
    "talking points": ("points à aborder", "notes", "puntos clave", "notas"),
    "image": ("imagen",),
}
_SEPARATORS = (",", ";", "\t")


def neutralised(cell: str) -> str:
    """``cell`` as a CSV export writes it: ``'`` before anything a spreadsheet would run as a formula."""
    return f"'{cell}" if _FORMULA.match(cell) else cell


def restored(cell: str) -> str:
    """The inverse of :func:`neutralised`: the ``'`` an export added comes off (and no other)."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell, 1) else cell


def neutralised_row(cells: Iterable[object]) -> list[object]:
    """A row for ``csv.writer``: text cells neutralised; numbers stay numbers (``-12.5`` is no formula)."""
    return [neutralised(cell) if isinstance(cell, str) else cell for cell in cells]


def _key(header: str) -> str:
    """Header names match ignoring case, spaces, underscores and accents (``Talking_Points`` = ``talking
    points``, ``DURACION`` = ``Duración``)."""
    bare = "".join(char for char in unicodedata.normalize("NFKD", header) if not unicodedata.combining(char))
    return "".join(bare.split()).replace("_", "").casefold()


# Header key -> the exported column name it stands for, in any of the three languages.
_BY_KEY = {_key(alias): name for name in COLUMNS for alias in (name, *TRANSLATED_COLUMNS.get(name, ()))}


def detect_separator(text: str) -> str:
    """The separator of the header line: whichever of comma, semicolon, tab occurs most outside quotes."""
    header = text.split("\n", 1)[0]
    counts = dict.fromkeys(_SEPARATORS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def load_csv(path: str | Path) -> Tour:
    """Read a CSV tour titled by the file's name (``load_tour`` lays ``--title``/``--slot`` over it);
    images named in an ``image`` column are read relative to the file."""
    path = Path(path)
    return parse_csv(read_text(path), name=str(path), title=path.stem, base_dir=path.parent)


def parse_csv_bytes(data: bytes, *, name: str = "<tour.csv>", title: str = "Untitled tour") -> Tour:
    return parse_csv(decode_text(data, name), name=name, title=title)


def parse_csv(
    text: str,
    *,
    name: str = "<tour.csv>",
    title: str = "Untitled tour",
    base_dir: Path | None = None,
) -> Tour:
    """Parse CSV text into a tour, or raise an InputError naming the line."""
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_separator(text), strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            rows.append((start, row))
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            reason = QT_TRANSLATE_NOOP(
                "Formats", 'a quoted cell in the row that starts here is never closed (a " is missing)'
            )
            raise InputError(reason, path=name, line=start) from None
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "not valid CSV: {error}").format(error=error),
            path=name,
            line=reader.line_num or 1,
        ) from None
    if not rows or not any(cell.strip() for cell in rows[0][1]):
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "the first row must name the columns (title, duration, ...)"),
            path=name,
            line=1,
        )
    fields = _header(rows[0][1], name)
    images: dict[str, bytes] = {}
    stops: list[Stop] = []
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue  # spreadsheets write blank rows (and ';;;;' rows) below the data
        stops.append(_stop(row, fields, name, line, base_dir, images))
    if not stops:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "the sheet has no stops: one row per stop below the header"),
            path=name,
            line=len(rows),
        )
    if not title.strip():
        raise InputError(QT_TRANSLATE_NOOP("Formats", "the tour needs a title (--title)"), path=name)
    return Tour(title=title.strip(), stops=tuple(stops), images=images)


def _header(cells: list[str], name: str) -> list[str | None]:
    """The Stop field of each column (None for a blank trailing column); unknown names are an error."""
    fields: list[str | None] = []
    unknown = []
    for cell in cells:
        key = _key(cell)
        if not key:
            fields.append(None)
        elif key in _BY_KEY:
            field = COLUMNS[_BY_KEY[key]]
            if field in fields:
                raise InputError(
                    QT_TRANSLATE_NOOP("Formats", "the column '{column}' appears twice").format(
                        column=cell.strip()
                    ),
                    path=name,
                    line=1,
                )
            fields.append(field)
        else:
            unknown.append(cell.strip())
    if unknown:
        known = ", ".join(name for name in COLUMNS)
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats",
                "unknown columns: {columns} (known: {known}; or their French or Spanish "
                "names, such as Titre, Durée or Título, Duración)",
            ).format(columns=", ".join(unknown), known=known),
            path=name,
            line=1,
        )
    for required in ("title", "duration_s"):
        if required not in fields:
            column = next(key for key, value in COLUMNS.items() if value == required)
            raise InputError(
                QT_TRANSLATE_NOOP("Formats", "the sheet has no '{column}' column").format(column=column),
                path=name,
                line=1,
            )
    return fields


def _stop(
    row: list[str],
    fields: list[str | None],
    name: str,
    line: int,
    base_dir: Path | None,
    images: dict[str, bytes],
) -> Stop:
    values: dict[str, str] = {}
    for index, cell in enumerate(row):
        field = fields[index] if index < len(fields) else None
        if field is None:
            if cell.strip():
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Formats", "a value in column {number}, which has no header: '{cell}'"
                    ).format(number=index + 1, cell=cell[:40]),
                    path=name,
                    line=line,
                )
            continue
        column = next(key for key, value in COLUMNS.items() if value == field)
        what = QT_TRANSLATE_NOOP("Formats", "the {column} cell").format(column=column)
        values[field] = clean_field(
            restored(cell if field == "talking_points" else cell.strip()),
            what,
            name=name,
            line=line,
            multiline=field == "talking_points",
        )
    title = values.get("title", "")
    if not title:
        raise InputError(QT_TRANSLATE_NOOP("Formats", "this row has no title"), path=name, line=line)
    duration = duration_field(
        values.get("duration_s", ""),
        name,
        line,
        QT_TRANSLATE_NOOP("Formats", "duration of '{title}'").format(title=title),
    )
    image = ""
    if values.get("image"):
        image = read_image((values["image"], line), name, base_dir, images)
    return Stop(
        title=title,
        duration_s=duration,
        location=values.get("location", ""),
        artist=values.get("artist", ""),
        date=values.get("date", ""),
        medium=values.get("medium", ""),
        image=image,
        talking_points=values.get("talking_points", ""),
    )


def dump_csv(tour: Tour, *, separator: str = ",") -> str:
    """The stops as a sheet Excel opens as UTF-8 (BOM, CRLF); the image column only when a stop has one."""
    columns = [name for name in COLUMNS if name != "image" or any(stop.image for stop in tour.stops)]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for number, stop in enumerate(tour.stops, start=1):
        cells = [
            format_duration(stop.duration_s) if column == "duration" else getattr(stop, COLUMNS[column])
            for column in columns
        ]
        for column, cell in zip(columns, cells, strict=True):
            # As written: a "'" may come first and every line break becomes CRLF.
            if len(cell) + cell.count("\n") + 1 > MAX_CSV_CELL_CHARS:
                raise KnownError(
                    QT_TRANSLATE_NOOP(
                        "Formats",
                        "stop {number} ({title}): its {column} ({count:,} characters) is too "
                        "long for a CSV cell (at most {most:,} as written); export "
                        "Markdown or JSON",
                    ).format(
                        number=number,
                        title=stop.title[:40],
                        column=column,
                        count=len(cell),
                        most=MAX_CSV_CELL_CHARS,
                    )
                )
        # Neutralised as written: a line break inside a cell goes out as CRLF, and "\r" is a formula start.
        writer.writerow(neutralised_row(cell.replace("\n", "\r\n") for cell in cells))
    # Newlines inside cells stay CRLF too: Excel shows them as line breaks within the cell.
    return "\ufeff" + out.getvalue().replace("\r\n", "\n").replace("\n", "\r\n")
