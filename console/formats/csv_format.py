"""The tour as a spreadsheet: one row per stop, as Excel and Google Sheets write and read it.

The header may name the columns in English, French or Spanish (``Título;Duración``, ``Titre;Durée``; see
:data:`TRANSLATED_COLUMNS`). A CSV carries stops only: the tour's title and slot come from the command line
(``--title``, ``--slot``) or default to the file's name and no slot. Reading accepts
comma, semicolon or tab separators (detected from the header), UTF-8 with or without a BOM,
any line ending and quoted cells holding newlines and quotes. Writing uses commas,
a UTF-8 BOM and CRLF, which Excel opens as UTF-8 and which reads back to the same stops.

A tour in several content languages has one more column per translated field and language, the language
in brackets: ``title (fr)``, ``talking points (fr)``, ``location (fr)``, ``medium (fr)``, ``artist (fr)``,
``date (fr)``. The columns without a language are the main language's. A sheet cannot say which language
that is: the tour's ``language`` stays empty and ``languages`` starts with ``und`` (BCP 47's
"undetermined") followed by the bracketed languages in header order, until ``tour import --language`` (or
Prepare) names it. An empty translated cell is not translated.

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
from console.formats.markdown import (
    RESCUE_KEYS,
    duration_field,
    format_show_time,
    read_image,
    with_rescue_fields,
)
from console.formats.text import clean_field, decode_text, read_text
from console.messages import QT_TRANSLATE_NOOP
from console.show.durations import format_duration
from console.show.limits import MAX_CSV_CELL_CHARS
from console.show.tour import (
    MAX_CONTENT_LANGUAGES,
    UNDETERMINED_LANGUAGE,
    Stop,
    StopText,
    Tour,
    language_tag,
)

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
    "min": "min_s",
    "optional": "optional",
    "latest": "latest_s",
}
RESCUE_COLUMNS = ("min", "optional", "latest")
"""Written only when some stop sets them (as ``image``)."""
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
    "min": ("minimum", "mínimo"),
    "optional": ("facultatif", "optionnel", "opcional"),
    "latest": ("au plus tard", "a más tardar"),
}
_SEPARATORS = (",", ";", "\t")
# The columns a translation fills, in the order an export writes them.
TRANSLATED_COLUMNS_ORDER = ("title", "talking points", "location", "medium", "artist", "date")
Column = tuple[str, str]
"""A column's Stop field and language (``""``: the main language's)."""


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
    translated = list(dict.fromkeys(code for _, code in filter(None, fields) if code))
    images: dict[str, bytes] = {}
    stops: list[Stop] = []
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue  # spreadsheets write blank rows (and ';;;;' rows) below the data
        stops.append(_stop(row, fields, translated, name, line, base_dir, images))
    if not stops:
        raise InputError(
            QT_TRANSLATE_NOOP("Formats", "the sheet has no stops: one row per stop below the header"),
            path=name,
            line=len(rows),
        )
    if not title.strip():
        raise InputError(QT_TRANSLATE_NOOP("Formats", "the tour needs a title (--title)"), path=name)
    languages = (UNDETERMINED_LANGUAGE, *translated) if translated else ()
    return Tour(title=title.strip(), stops=tuple(stops), images=images, languages=languages)


def _language_column(cell: str, name: str) -> tuple[str, str] | None:
    """``title (fr)`` as ``("title", "fr")`` (the column's own name and its language), else None.

    String methods, not a regular expression: a header cell may be megabytes long."""
    text = cell.strip()
    opening = text.rfind("(")
    if not text.endswith(")") or opening <= 0:
        return None
    base, written = text[:opening].strip(), text[opening + 1 : -1].strip()
    if _key(base) not in _BY_KEY:
        return None  # an unknown column, told as such
    if _BY_KEY[_key(base)] not in TRANSLATED_COLUMNS_ORDER:
        shown = text if len(text) <= 60 else text[:60] + "…"
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats", "the column '{column}': only {columns} take a language in brackets"
            ).format(column=shown, columns=", ".join(TRANSLATED_COLUMNS_ORDER)),
            path=name,
            line=1,
        )
    code = language_tag(written)
    if code is None:
        shown = written if len(written) <= 40 else written[:40] + "…"
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats", "the column '{column} ({code})': '{code}' is not a language code (like en, fr, zh)"
            ).format(column=base, code=shown),
            path=name,
            line=1,
        )
    if code.casefold() == UNDETERMINED_LANGUAGE:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Formats",
                "the column '{column} ({code})': the columns without a language are the main language's",
            ).format(column=base, code=code),
            path=name,
            line=1,
        )
    return base, code


def _header(cells: list[str], name: str) -> list[Column | None]:
    """The Stop field and language of each column (None for a blank trailing column); unknown names, a
    column given twice and more than :data:`MAX_CONTENT_LANGUAGES` languages are an error."""
    fields: list[Column | None] = []
    seen: set[Column] = set()
    languages: set[str] = set()
    unknown = []
    for cell in cells:
        key = _key(cell)
        suffixed = _language_column(cell, name) if key and key not in _BY_KEY else None
        if suffixed is not None:
            key = _key(suffixed[0])
        if not key:
            fields.append(None)
        elif key in _BY_KEY:
            field = (COLUMNS[_BY_KEY[key]], suffixed[1] if suffixed else "")
            if field in seen:
                raise InputError(
                    QT_TRANSLATE_NOOP("Formats", "the column '{column}' appears twice").format(
                        column=cell.strip()
                    ),
                    path=name,
                    line=1,
                )
            languages.add(field[1])
            if len(languages - {""}) > MAX_CONTENT_LANGUAGES:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Formats", "the sheet has columns in more than {count} languages"
                    ).format(count=MAX_CONTENT_LANGUAGES),
                    path=name,
                    line=1,
                )
            seen.add(field)
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
        if (required, "") not in seen:
            column = next(key for key, value in COLUMNS.items() if value == required)
            raise InputError(
                QT_TRANSLATE_NOOP("Formats", "the sheet has no '{column}' column").format(column=column),
                path=name,
                line=1,
            )
    return fields


def _stop(
    row: list[str],
    fields: list[Column | None],
    translated: list[str],
    name: str,
    line: int,
    base_dir: Path | None,
    images: dict[str, bytes],
) -> Stop:
    values: dict[str, str] = {}
    texts: dict[str, dict[str, str]] = {code: {} for code in translated}
    for index, cell in enumerate(row):
        column = fields[index] if index < len(fields) else None
        if column is None:
            if cell.strip():
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Formats", "a value in column {number}, which has no header: '{cell}'"
                    ).format(number=index + 1, cell=cell[:40]),
                    path=name,
                    line=line,
                )
            continue
        field, code = column
        what = QT_TRANSLATE_NOOP("Formats", "the {column} cell").format(column=_column_name(column))
        value = clean_field(
            restored(cell if field == "talking_points" else cell.strip()),
            what,
            name=name,
            line=line,
            multiline=field == "talking_points",
        )
        (texts[code] if code else values)[field] = value
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
    stop = Stop(
        title=title,
        duration_s=duration,
        location=values.get("location", ""),
        artist=values.get("artist", ""),
        date=values.get("date", ""),
        medium=values.get("medium", ""),
        image=image,
        talking_points=values.get("talking_points", ""),
        translations=tuple(
            (code, StopText(**given)) for code, given in texts.items() if not StopText(**given).is_empty()
        ),
    )
    fields_of = dict(zip(RESCUE_COLUMNS, ("min_s", "optional", "latest_s"), strict=True))
    given = {key: (values[fields_of[key]], line) for key in RESCUE_KEYS if values.get(fields_of[key])}
    return with_rescue_fields(stop, given, name)


def _column_name(column: Column) -> str:
    """The header an export writes for ``column``: ``title``, ``talking points (fr)``."""
    field, code = column
    name = next(key for key, value in COLUMNS.items() if value == field)
    return f"{name} ({code})" if code else name


def _columns(tour: Tour) -> list[Column]:
    """The columns of the export: the main language's, then per translated language its title and talking
    points (always, so the language reads back) and the other fields some stop translates."""
    columns: list[Column] = [
        (field, "")
        for name, field in COLUMNS.items()
        if (name != "image" and name not in RESCUE_COLUMNS) or any(_cell(s, (field, "")) for s in tour.stops)
    ]
    for code in tour.content_languages[1:] if tour.languages else ():
        texts = [text for stop in tour.stops if (text := stop.translation(code)) is not None]
        for name in TRANSLATED_COLUMNS_ORDER:
            field = COLUMNS[name]
            if name in ("title", "talking points") or any(getattr(text, field) for text in texts):
                columns.append((field, code))
    return columns


def _cell(stop: Stop, column: Column) -> str:
    field, code = column
    if code:
        text = stop.translation(code)
        return getattr(text, field) if text is not None else ""
    value = stop.written_min_s if field == "min_s" else getattr(stop, field)
    if field in ("duration_s", "min_s") and value is not None:
        return format_duration(value)
    if field == "latest_s" and value is not None:
        return format_show_time(value)
    if field == "optional":
        return "yes" if value else ""
    return "" if value is None else str(value)


def dump_csv(tour: Tour, *, separator: str = ",") -> str:
    """The stops as a sheet Excel opens as UTF-8 (BOM, CRLF); the image column only when a stop has one."""
    columns = _columns(tour)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([_column_name(column) for column in columns])
    for number, stop in enumerate(tour.stops, start=1):
        cells = [_cell(stop, column) for column in columns]
        for column, cell in zip(map(_column_name, columns), cells, strict=True):
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
