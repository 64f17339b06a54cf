"""JSON nests at most MAX_JSON_DEPTH deep: refused before json.loads, which would recurse until Python
gives up (a RecursionError was exit 3), and counted the way JSON nests (brackets in strings do not)."""

from __future__ import annotations

import json

import pytest

from console.errors import InputError
from console.formats.json_format import parse_json
from console.show.limits import MAX_JSON_DEPTH


def nested(depth: int) -> str:
    """A tour with an unknown key whose value nests so that the whole is ``depth`` levels deep."""
    value: object = "x"
    for level in range(depth - 1):
        value = [value] if level % 2 else {"k": value}
    return json.dumps({"format": "cicerone-tour", "version": 1, "title": "T", "deep": value, "stops": []})


def test_the_limit_is_exact() -> None:
    with pytest.raises(InputError) as within:
        parse_json(nested(MAX_JSON_DEPTH))
    assert "nest deeper" not in within.value.reason  # refused later, for its empty stops: the depth was fine
    with pytest.raises(InputError, match=f"nest deeper than {MAX_JSON_DEPTH} levels"):
        parse_json(nested(MAX_JSON_DEPTH + 1))


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        "\n\n" + "{" * 100_000,  # never closed
        "[" * 100_000 + "{" + "}" * 100_000,  # mismatched: no pair collapses, json.loads recurses
        '{"a":' * 100_000 + "1" + "}" * 100_000,
    ],
)
def test_100000_deep_is_exit_2_with_the_reason(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_json(text, name="deep.json")
    assert caught.value.line is not None and caught.value.path == "deep.json"
    assert "nest deeper" in caught.value.reason or "not valid JSON" in caught.value.reason


def test_brackets_inside_strings_do_not_nest() -> None:
    brackets = "[[[{{{" * 20 + '\\"' + "]]]" * 30
    tour = parse_json(
        json.dumps(
            {
                "format": "cicerone-tour",
                "version": 1,
                "title": brackets,
                "stops": [{"title": "A", "duration_s": 60}],
            }
        )
    )
    assert tour.title == brackets
