import pytest

from console.show.durations import (
    format_clock,
    format_duration,
    format_signed,
    parse_duration,
    parse_positive_duration,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("6m", 360),
        ("1h30m", 5400),
        ("7m 30s", 450),
        ("1:30:00", 5400),
        ("6:30", 390),
        ("2h", 7200),
        ("45", 2700),
        ("1h 5m 3s", 3903),
        (" 10 min ", 600),
        ("1.5m", 90),
    ],
)
def test_parse_duration_accepts_every_documented_form(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text", ["", "abc", "6x", "1:75", "1:60:00", "m6", "6m abc", "-5m", "٣", "٣m", "٣:٠٠", "1:٣٠", "1h ٣٠m"]
)
def test_parse_duration_refuses_with_a_reason(text: str) -> None:
    with pytest.raises(ValueError, match=r"duration|valid time|empty"):
        parse_duration(text)


@pytest.mark.parametrize("seconds", [1, 59, 60, 90, 360, 450, 3600, 5400, 7261])
def test_format_duration_reads_back(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


def test_clock_faces() -> None:
    assert format_clock(7) == "0:07"
    assert format_clock(725) == "12:05"
    assert format_clock(3729) == "1:02:09"
    assert format_signed(90) == "+1:30"
    assert format_signed(-45) == "−0:45"
    assert format_signed(0) == "±0:00"


@pytest.mark.parametrize("text", ["0s", "0:00", "0"])
def test_what_must_take_time_refuses_zero(text: str) -> None:
    assert parse_duration(text) == 0
    with pytest.raises(ValueError, match="longer than zero"):
        parse_positive_duration(text)
    assert parse_positive_duration("6m") == 360
