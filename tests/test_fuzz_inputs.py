"""Property-based fuzzing of the readers that are not tour files: settings, venue profiles, viewer answers.

Whatever the bytes, each reader either accepts them within bounds (settings inside ``RANGES`` and ``ITEMS``,
a viewer count within 0..``MAX_VIEWERS``) or refuses them the documented way: :class:`InputError` for a file,
a failing :class:`Reading` (or :class:`BadAnswer`/:class:`JsonRefused` from the pure parsers) for an answer.
Any other exception is a traceback a user would see, and fails the test.
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from console.audience.platforms import (
    LONGEST_WAIT_S,
    MAX_VIEWERS,
    BadAnswer,
    HttpRequest,
    Reading,
    http_problem,
    json_number,
    parse_answer,
    twitch_state,
    youtube_state,
)
from console.audience.specs import SourceSpec, parse_spec
from console.bounded_json import JsonRefused
from console.errors import InputError
from console.settings import ITEMS, MAX_ITEMS, RANGES, Settings, checked_values, load_settings, read_toml
from console.venue import parse_venue

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HOSTILE = Path(__file__).parent / "hostile"

# -- settings ----------------------------------------------------------------------------------------------

SETTING_KEYS = [*Settings.__dataclass_fields__, "unknown", "viewers"]
TOML_LINES = st.sampled_from(
    [
        "text_zoom = 1.5",
        "text_zoom = nan",
        "text_zoom = inf",
        "text_zoom = -0.0",
        "viewer_poll_s = 0",
        "viewer_poll_s = 1e400",
        "camera_caching_ms = 9223372036854775807",
        "camera_caching_ms = true",
        "milestones = [1, 2]",
        "milestones = [0]",
        "milestones = ['a']",
        "viewer_sources = ['demo', 'file:x']",
        "viewer_sources = [[1]]",
        "[http_json_headers]",
        "X-Key = 'v'",
        "theme = 'light'",
        "language = 3",
        'venue_name = "\\u0000"',
        "[[milestones]]",
        "a.b.c = 1",
        "x = [",
        "",
        "# comment",
    ]
)
# TOML's own values: what tomllib can hand to checked_values.
TOML_SCALARS = (
    st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats()
    | st.text(max_size=20)
    | st.datetimes()
    | st.dates()
)
TOML_VALUES = st.recursive(
    TOML_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def assert_settings_in_bounds(values: Settings | dict[str, Any]) -> None:
    """Every number within its range, every list's items of their type and within theirs."""
    get = values.get if isinstance(values, dict) else lambda key, default=None: getattr(values, key)
    for key, (low, high) in RANGES.items():
        value = get(key, None)
        if value is not None:
            assert not isinstance(value, bool) and isinstance(value, int | float), (key, value)
            assert low <= value <= high and not math.isnan(value), (key, value)
    for key, (kind, bounds) in ITEMS.items():
        items = get(key, None)
        if items is not None:
            assert isinstance(items, tuple) and len(items) <= MAX_ITEMS, (key, items)
            for item in items:
                assert isinstance(item, kind) and not isinstance(item, bool), (key, item)
                if bounds is not None:
                    assert isinstance(item, int) and bounds[0] <= item <= bounds[1], (key, item)
    headers = get("http_json_headers", None)
    if headers is not None:
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()), headers


def _written(data: bytes) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    path = folder / "settings.toml"
    path.write_bytes(data)
    return path


@FUZZ
@given(
    st.binary(max_size=400) | st.lists(TOML_LINES, max_size=8).map(lambda lines: "\n".join(lines).encode())
)
@example(b"\xff\xfe")
@example(b"x = " + b"[" * 5000)
def test_a_settings_file_is_settings_in_bounds_or_refused_with_the_file(data: bytes) -> None:
    path = _written(data)
    try:
        read_toml(path)
        loaded = load_settings(path)
    except InputError as error:
        assert str(path) in error.text()
        return
    assert_settings_in_bounds(loaded)


@FUZZ
@given(st.dictionaries(st.sampled_from(SETTING_KEYS), TOML_VALUES, max_size=6))
@example({"milestones": [True]})
@example({"text_zoom": float("nan")})
@example({"http_json_headers": {"a": [1, {"b": 2}]}})
def test_any_toml_shaped_mapping_is_checked_values_in_bounds_or_refused(values: dict[str, Any]) -> None:
    try:
        checked = checked_values(values, name="fuzz.toml")
    except InputError as error:
        assert "fuzz.toml" in error.text()
        return
    assert set(checked) <= set(Settings.__dataclass_fields__)
    assert_settings_in_bounds(checked)


# -- venue profiles ----------------------------------------------------------------------------------------

VENUE_LINES = st.sampled_from(
    [
        "name = 'Museum'",
        'name = "a\\nb"',
        "language = 'fr'",
        "language = 'no way'",
        "theme = 'light'",
        "theme = 7",
        "camera = 'rtsp://u:p@cam/x'",
        "camera = 'rtsp://cam/x'",
        "viewers = 'demo'",
        "viewers = ['youtube:abcdefgh', 'twitch:museum']",
        "viewers = [1]",
        "viewers = ['nope:x']",
        "tours = ['a.md']",
        "tours = '../x.md'",
        "tours = 3",
        "api_key = 'x'",
        "[settings]",
        "text_zoom = 1.2",
        "name = 'again'",
        "settings = 1",
        "[settings.http_json_headers]",
        "Authorization = 'Bearer x'",
        "",
    ]
)


@FUZZ
@given(
    st.lists(VENUE_LINES, max_size=8).map("\n".join)
    | st.text(max_size=300)
    | st.binary(max_size=200).map(lambda b: b.decode("latin-1"))
)
@example("name = 'a'\n[settings]\nname = 'b'")
def test_a_venue_profile_is_a_profile_in_bounds_or_refused_with_the_file(text: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-venue-"))
    path = folder / "venue.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        profile = parse_venue(path)
    except InputError as error:
        assert str(path) in error.text()
        return
    assert_settings_in_bounds(profile.settings)
    assert all(tour.is_file() and folder in tour.parents for tour in profile.tours)
    for spec in profile.settings.viewer_sources:
        parse_spec(spec)  # a profile that loads holds only sources that parse


# -- viewer answers ----------------------------------------------------------------------------------------

SPECS = {
    "youtube": SourceSpec("youtube", "abcdefgh", text="youtube:abcdefgh"),
    "twitch": SourceSpec("twitch", "museum", text="twitch:museum"),
    "http-json": SourceSpec("http-json", "http://x/stats", ("data", "0", "online"), "http-json:x"),
}
# The keys the documented answers use, so the fuzzer reaches past the first lookup.
ANSWER_KEYS = ["items", "liveStreamingDetails", "concurrentViewers", "actualStartTime", "actualEndTime"]
ANSWER_KEYS += [
    "data",
    "viewer_count",
    "type",
    "online",
    "0",
    "error",
    "errors",
    "details",
    "reason",
    "message",
]
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["12", "1,234", "12_0", "-5", " 7 ", "²", "1e3", "live", "99999999999"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(ANSWER_KEYS) | st.text(max_size=6),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)
HEADER_NAMES = st.sampled_from(["retry-after", "ratelimit-reset", "content-type", "x"])
HEADER_VALUES = st.text(max_size=40) | st.sampled_from(
    ["5", "-1", "1e400", "nan", "inf", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", ""]
)


def assert_reading_in_bounds(reading: Reading, at: float) -> None:
    sample = reading.sample
    if sample.state == "error":
        assert sample.error and sample.viewers is None
    elif sample.state == "live":
        assert sample.viewers is not None and 0 <= sample.viewers <= MAX_VIEWERS
    else:
        assert sample.viewers is None
    if reading.retry_at is not None:
        assert math.isfinite(reading.retry_at) and at <= reading.retry_at <= at + LONGEST_WAIT_S


def _parse(kind: str, status: int, headers: dict[str, str], body: bytes, at: float = 1_000_000.0) -> Reading:
    request = HttpRequest("http://x/", secrets=("s3cret-key",))
    reading = parse_answer(SPECS[kind], request, status, headers, body, at)
    assert_reading_in_bounds(reading, at)
    assert "s3cret-key" not in (reading.sample.error or "")
    return reading


ANSWER_BYTES = (
    st.binary(max_size=300)
    | JSON_VALUES.map(lambda value: json.dumps(value).encode())
    | st.text(max_size=100).map(lambda text: text.encode("utf-8", errors="surrogatepass"))
)


@FUZZ
@given(
    st.sampled_from(sorted(SPECS)),
    st.sampled_from([200, 200, 200, 400, 401, 403, 404, 429, 500, 503, 418]),
    st.dictionaries(HEADER_NAMES, HEADER_VALUES, max_size=2),
    ANSWER_BYTES,
)
@example("twitch", 429, {"ratelimit-reset": "nan"}, b"")
@example("twitch", 429, {"retry-after": "nan"}, b"")
@example("twitch", 429, {"ratelimit-reset": "1e400"}, b"")
@example("youtube", 403, {}, b'{"error": {"errors": "quotaExceeded", "details": 7}}')
@example("http-json", 200, {}, b'{"data": [{"online": "' + b"7" * 5000 + b'"}]}')
@example("http-json", 200, {}, b'{"data": [{"online": 1e300}]}')
@example("http-json", 200, {}, b"[" * 100_000)
def test_any_http_answer_is_a_reading_in_bounds(
    kind: str, status: int, headers: dict[str, str], body: bytes
) -> None:
    _parse(kind, status, headers, body)


@FUZZ
@given(JSON_VALUES)
@example({"items": [{"liveStreamingDetails": {"concurrentViewers": "1" * 400}}]})
@example({"items": [{"liveStreamingDetails": {"concurrentViewers": float("inf")}}]})
@example({"data": [{"viewer_count": -0.0}]})
def test_the_pure_parsers_take_any_json_shaped_value(document: Any) -> None:
    for parse in (youtube_state, twitch_state, lambda d: ("live", json_number(d, ("data", "0", "online")))):
        try:
            state, viewers = parse(document)
        except BadAnswer as refused:
            assert str(refused)
            continue
        if state == "live":
            assert viewers is not None and 0 <= viewers <= MAX_VIEWERS
        else:
            assert viewers is None
    try:
        reason, retry_at = http_problem(SPECS["youtube"], 403, {}, json.dumps(document).encode(), 0.0)
    except (ValueError, OverflowError) as unencodable:  # json.dumps of nan is fine; of nothing else here
        raise AssertionError(unencodable) from None
    assert reason and retry_at is None


@FUZZ
@given(
    JSON_VALUES, st.lists(st.text(max_size=6) | st.sampled_from(["0", "1", "²", "٣", "9" * 5000]), max_size=4)
)
@example({"data": [1, 2]}, ["data", "²"])
@example({"data": [1, 2]}, ["data", "9" * 5000])
def test_any_path_into_any_answer_is_a_count_in_bounds_or_refused(document: Any, path: list[str]) -> None:
    """The path comes from the producer's spec (``http-json:URL#a.0.b``), the document from the server."""
    try:
        viewers = json_number(document, tuple(path))
    except BadAnswer as refused:
        assert str(refused)
        return
    assert 0 <= viewers <= MAX_VIEWERS


def test_json_refusals_stay_json_refusals() -> None:
    """The bounded loader's refusals are what parse_answer turns into a failing reading (not a traceback)."""
    assert issubclass(JsonRefused, ValueError)
    reading = _parse("http-json", 200, {}, b'{"data": [{"online": ' + b"9" * 5000 + b"}]}")
    assert reading.sample.state == "error"
