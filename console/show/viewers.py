"""A viewer count read from one platform at one moment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ViewerState = Literal["live", "hidden", "ended", "offline", "error"]


@dataclass(frozen=True)
class ViewerSample:
    """What a source said at ``at`` (epoch seconds). ``viewers`` is None unless the state is live."""

    at: float
    source: str
    state: ViewerState
    viewers: int | None
    error: str | None = None
