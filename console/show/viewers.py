"""A viewer count read from one platform at one moment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from console.messages import Text

ViewerState = Literal["live", "hidden", "ended", "offline", "error"]


@dataclass(frozen=True)
class ViewerSample:
    """What a source said at ``at`` (epoch seconds). ``viewers`` is None unless the state is live."""

    at: float
    source: str
    state: ViewerState
    viewers: int | None
    error: Text | None = None  # why the read failed: the window translates it, the database keeps English
