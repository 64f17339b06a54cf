"""Property-based fuzzing of every tour reader (Markdown, JSON, CSV, bundle), and the round trip.

Any input gives either a tour or an :class:`InputError` with a line number (a bundle: the file);
never another exception. An import that fails stores nothing: the CLI path is fuzzed against a real
database too (parse first, then one transaction). And whatever imports exports to every format and
reads back to the same tour, exactly in every field the format carries (a CSV carries the stops).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from console.errors import InputError
from console.formats import dump_tour
from console.formats.bundle import parse_bundle
from console.formats.csv_format import parse_csv
from console.formats.json_format import parse_json
from console.formats.markdown import parse_markdown
from console.show.limits import MAX_SLOT_S, MAX_STOP_S
from console.show.tour import TOUR_FORMAT, Tour
from console.store import Database, TourRepository, open_database

Parser = Callable[[str], Tour]

# Inputs that look like tour files, so the fuzzer reaches past the first line.
MD_LINES = st.sampled_from(
    [
        "---",
        "title: T",
        "slot: 1h",
        "language: en",
        "## Stop",
        "## ",
        "# Title",
        "duration: 6m",
        "duration: x",
        "duration: 0s",
        "artist: A",
        "image:",
        "unknown: 1",
        "```",
        "",
        "text",
        "### sub",
        "slot: -1",
        "## Music in C#",
        "## Closing ##",
        "\\## escaped",
        "\\```",
        "~~~",
        "title: 'quoted'",
    ]
)
CSV_CELLS = st.sampled_from(
    [
        "title",
        "duration",
        "Talking_Points",
        "artist",
        "6m",
        "1:30",
        "0",
        "",
        '"',
        '""',
        "a;b",
        "x",
        "image",
        "=1+1",
        "'=1+1",
        "''@x",
        "-",
        "'-",
        "+",
        "'",
        "\t=x",
        "'\r",
    ]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=12,
)
JSON_TOURS = st.fixed_dictionaries(
    {
        "format": st.sampled_from(["cicerone-tour", "x"]),
        "version": st.sampled_from([1, 2, "1"]),
        "title": st.one_of(st.text(max_size=5), st.none(), st.integers()),
    },
    optional={
        "slot_s": JSON_VALUES,
        "language": JSON_VALUES,
        "stops": st.lists(
            st.one_of(
                JSON_VALUES,
                st.fixed_dictionaries(
                    {
                        "title": st.one_of(st.text(max_size=5), st.integers()),
                        "duration_s": st.one_of(
                            st.integers(-1, 999), st.floats(), st.text(max_size=3), st.booleans()
                        ),
                    },
                    optional={"artist": JSON_VALUES, "image": st.text(max_size=4), "extra": JSON_VALUES},
                ),
            ),
            max_size=4,
        ),
    },
)


def markdown_texts() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(), st.lists(st.one_of(MD_LINES, st.text(max_size=12)), max_size=25).map("\n".join)
    )


def csv_texts() -> st.SearchStrategy[str]:
    row = st.lists(st.one_of(CSV_CELLS, st.text(max_size=6)), max_size=8)
    sep = st.sampled_from([",", ";", "\t"])
    return st.one_of(
        st.text(),
        st.tuples(sep, st.lists(row, max_size=8)).map(
            lambda pair: "\n".join(pair[0].join(r) for r in pair[1])
        ),
    )


def json_texts() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(),
        JSON_VALUES.map(json.dumps),
        st.tuples(JSON_TOURS, st.sampled_from([None, 2])).map(
            lambda pair: json.dumps(pair[0], indent=pair[1])
        ),
    )


def check(parser: Parser, text: str) -> None:
    try:
        tour = parser(text)
    except InputError as error:
        assert error.line is not None and error.line >= 1, error.text()
        assert error.reason
        return
    assert isinstance(tour, Tour) and tour.title and tour.stops


FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(markdown_texts())
@example("---\ntitle: T\n")
@example("## A\nduration: 1m\nimage: x.png\n")
def test_markdown_importer_gives_a_tour_or_a_clean_error(text: str) -> None:
    check(lambda t: parse_markdown(t, name="fuzz.md"), text)


@FUZZ
@given(json_texts())
@example("[]")
@example('{"format": "cicerone-tour", "version": 1, "title": "T", "stops": [1]}')
@example(
    '{"format": "cicerone-tour", "version": 1, "title": "T", "stops": [{"title": "A", "duration_s": 1.5}]}'
)
def test_json_importer_gives_a_tour_or_a_clean_error(text: str) -> None:
    check(lambda t: parse_json(t, name="fuzz.json"), text)


@FUZZ
@given(csv_texts())
@example('title,duration\nA,"1m')
@example("title;duration\nA;1m;x\n")
@example("title,duration,image\nA,1m,x.png\n")
def test_csv_importer_gives_a_tour_or_a_clean_error(text: str) -> None:
    check(lambda t: parse_csv(t, name="fuzz.csv", title="T"), text)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    return open_database(tmp_path_factory.mktemp("fuzz") / "fuzz.db")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["md", "csv", "json"]), st.data())
def test_a_failed_import_stores_nothing(shared_db: Database, kind: str, data: st.DataObject) -> None:
    parser: Callable[[str], Tour]
    strategy: st.SearchStrategy[str]
    parser, strategy = {
        "md": (lambda t: parse_markdown(t, name="f.md"), markdown_texts()),
        "csv": (lambda t: parse_csv(t, name="f.csv", title="T"), csv_texts()),
        "json": (lambda t: parse_json(t, name="f.json"), json_texts()),
    }[kind]
    text = data.draw(strategy)
    repository = TourRepository(shared_db)
    tours_before = shared_db.execute("SELECT count(*) FROM tours").fetchone()[0]
    stops_before = shared_db.execute("SELECT count(*) FROM stops").fetchone()[0]
    try:
        tour = parser(text)
    except InputError:
        assert shared_db.execute("SELECT count(*) FROM tours").fetchone()[0] == tours_before
        assert shared_db.execute("SELECT count(*) FROM stops").fetchone()[0] == stops_before
        return
    tour_id = repository.add(tour)
    assert repository.get(tour_id).stops == tour.stops


def test_a_json_stop_error_names_the_line_the_stop_starts_on() -> None:
    text = (
        '{\n "format": "cicerone-tour",\n "version": 1,\n "title": "T",\n'
        ' "stops": [\n  {"title": "A", "duration_s": 60},\n  7\n ]\n}'
    )
    with pytest.raises(InputError) as caught:
        parse_json(text, name="t.json")
    assert caught.value.line == 7 and "stop 2 must be an object" in caught.value.reason


# -- the bundle reader -----------------------------------------------------------------------------------


def bundle_bytes() -> st.SearchStrategy[bytes]:
    """Random bytes, and zips whose tour.json is fuzzed JSON and whose members are random."""
    members = st.dictionaries(
        st.sampled_from(["images/a.png", "a.png", "../x", "tour.json/", "images/", "/abs", "b\\c"]),
        st.binary(max_size=40),
        max_size=3,
    )

    def zipped(pair: tuple[str, dict[str, bytes]]) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("tour.json", pair[0])
            for name, data in pair[1].items():
                archive.writestr(name, data)
        return buffer.getvalue()

    zips = st.tuples(json_texts(), members).map(zipped)
    cut = st.tuples(zips, st.integers(0, 400)).map(lambda pair: pair[0][: pair[1]])
    return st.one_of(st.binary(max_size=64), zips, cut)


@settings(max_examples=150, deadline=None)
@given(bundle_bytes())
@example(b"PK\x05\x06" + bytes(18))
def test_bundle_importer_gives_a_tour_or_a_clean_error(data: bytes) -> None:
    try:
        tour = parse_bundle(data, name="fuzz.cicerone")
    except InputError as error:
        assert error.reason and error.path and error.path.startswith("fuzz.cicerone"), error.text()
        return
    assert isinstance(tour, Tour) and tour.title and tour.stops


# -- the round trip ---------------------------------------------------------------------------------------

# Pieces of text that once broke a round trip, or look like syntax in one of the formats.
ONE_LINE_PIECES = st.sampled_from(
    [
        "#",
        " #",
        "##",
        "## x",
        "```",
        "~~~",
        "\\",
        "\\## y",
        "=1+1",
        "'=x",
        "''",
        "-",
        "+",
        "@",
        "\t",
        '"',
        "'",
        ":",
        "title: x",
        "---",
        ",",
        ";",
        "é",
        "汉",
        " ",
        "\u00a0",
        "\ufeff",
        "duration: 5m",
        "C#",
    ]
)
BLOCK_PIECES = st.one_of(ONE_LINE_PIECES, st.sampled_from(["\n", "\r\n", "\r", "\n## x\n", "\n```\n"]))
# Any text but control characters and lone surrogates (refused in every format: fuzzed above).
PRINTABLE = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=4)
ONE_LINE = st.lists(st.one_of(ONE_LINE_PIECES, PRINTABLE), max_size=6).map("".join)
TITLE = ONE_LINE.filter(str.strip)
BLOCK = st.lists(st.one_of(BLOCK_PIECES, PRINTABLE), max_size=10).map("".join)
JSON_STOPS = st.fixed_dictionaries(
    {"title": TITLE, "duration_s": st.integers(1, MAX_STOP_S)},
    optional={
        "location": ONE_LINE,
        "artist": ONE_LINE,
        "date": ONE_LINE,
        "medium": ONE_LINE,
        "talking_points": BLOCK,
    },
)
JSON_VALID_TOURS = st.fixed_dictionaries(
    {
        "format": st.just(TOUR_FORMAT),
        "version": st.just(1),
        "title": TITLE,
        "stops": st.lists(JSON_STOPS, min_size=1, max_size=3),
    },
    optional={"slot_s": st.integers(1, MAX_SLOT_S), "language": ONE_LINE, "introduction": BLOCK},
).map(json.dumps)


MARKDOWN_STOPS = st.tuples(TITLE, st.integers(1, 1440), ONE_LINE, BLOCK).map(
    lambda parts: f"## {parts[0]}\nduration: {parts[1]}m\nlocation: {parts[2]}\n\n{parts[3]}"
)
MARKDOWN_TOURS = st.tuples(TITLE, BLOCK, st.lists(MARKDOWN_STOPS, min_size=1, max_size=3)).map(
    lambda parts: f"---\ntitle: {parts[0]}\n---\n{parts[1]}\n" + "\n".join(parts[2])
)


def _sheet(rows: list[tuple[str, int, str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "duration", "artist", "talking points"])
    writer.writerows([title, f"{minutes}m", artist, points] for title, minutes, artist, points in rows)
    return out.getvalue()


CSV_TOURS = st.lists(st.tuples(TITLE, st.integers(1, 1440), ONE_LINE, BLOCK), min_size=1, max_size=3).map(
    _sheet
)


def read_back(fmt: str, data: str | bytes, tour: Tour) -> Tour:
    if fmt == "bundle":
        assert isinstance(data, bytes)
        return parse_bundle(data, name="again.cicerone")
    assert isinstance(data, str)
    if fmt == "md":
        return parse_markdown(data, name="again.md")
    if fmt == "json":
        return parse_json(data, name="again.json")
    return parse_csv(data, name="again.csv", title=tour.title)


def assert_round_trips(tour: Tour) -> None:
    """Every format reads back to the tour: all its fields, or its stops for a CSV."""
    for fmt in ("md", "json", "csv", "bundle"):
        again = read_back(fmt, dump_tour(tour, fmt), tour)
        if fmt == "csv":
            assert again.stops == tour.stops, fmt
        else:
            assert again == tour, fmt


TRICKY_JSON = json.dumps(
    {
        "format": TOUR_FORMAT,
        "version": 1,
        "title": "'Quoted'",
        "introduction": "## not a stop\n```",
        "stops": [
            {"title": "Music in C#", "duration_s": 60, "talking_points": "intro\n## x\n```python\nopen"},
            {"title": "Closing #", "duration_s": 60, "location": "=cmd|' /C calc'!A0", "artist": "'=x"},
            {"title": "-", "duration_s": 60, "talking_points": "\\## already escaped\n@SUM(A1)"},
        ],
    }
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(JSON_VALID_TOURS, JSON_VALID_TOURS, json_texts()))
@example(TRICKY_JSON)
@example(
    json.dumps(
        {
            "format": TOUR_FORMAT,
            "version": 1,
            "title": "T",
            "stops": [{"title": "A", "duration_s": 1, "talking_points": "'\n#"}],
        }
    )
)
def test_whatever_json_imports_round_trips_through_every_format(text: str) -> None:
    try:
        tour = parse_json(text, name="fuzz.json")
    except InputError:
        return
    assert_round_trips(tour)


@settings(max_examples=150, deadline=None)
@given(st.one_of(MARKDOWN_TOURS, MARKDOWN_TOURS, markdown_texts()))
@example("# T\n\n## Music in C#\nduration: 1m\n\n\\## x\n\\```\n")
def test_whatever_markdown_imports_round_trips_through_every_format(text: str) -> None:
    try:
        tour = parse_markdown(text, name="fuzz.md")
    except InputError:
        return
    assert_round_trips(tour)


@settings(max_examples=150, deadline=None)
@given(st.one_of(CSV_TOURS, CSV_TOURS, csv_texts()))
@example("title,duration,talking points\n'=1+1,1m,\"'-x\n## y\"\n-,2m,'''@z\n")
def test_whatever_csv_imports_round_trips_through_every_format(text: str) -> None:
    try:
        tour = parse_csv(text, name="fuzz.csv", title="T")
    except InputError:
        return
    assert_round_trips(tour)
