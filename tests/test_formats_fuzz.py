"""Property-based fuzzing of the three text importers (Markdown, JSON, CSV).

Any input gives either a tour or an :class:`InputError` with a line number; never another
exception. And an import that fails stores nothing: the CLI path is fuzzed against a real
database too (parse first, then one transaction).
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from console.errors import InputError
from console.formats.csv_format import parse_csv
from console.formats.json_format import parse_json
from console.formats.markdown import parse_markdown
from console.show.tour import Tour
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
    ]
)
CSV_CELLS = st.sampled_from(
    ["title", "duration", "Talking_Points", "artist", "6m", "1:30", "0", "", '"', '""', "a;b", "x", "image"]
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
