"""The one percentile every benchmark reports (nearest rank), so their figures compare."""

from __future__ import annotations


def percentile(values: list[float], share: float) -> float:
    """The value at ``share`` (0..1) of the sorted values; NaN when there are none."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
