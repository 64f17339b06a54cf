"""The domain: tours, stops, sessions and the show clock, in plain Python.

Nothing here imports Qt, SQL or libvlc (an import-linter contract checks it):
everything the guide sees is computed from recorded timestamps by pure functions.
"""

from console.show.clock import ShowClock, StopStatus, StopTiming, show_clock
from console.show.durations import format_duration, format_signed, parse_duration
from console.show.session import Arrival, Note, Session, StopVisit, visits_of
from console.show.tour import Stop, Tour
from console.show.viewers import ViewerSample

__all__ = [
    "Arrival",
    "Note",
    "Session",
    "ShowClock",
    "Stop",
    "StopStatus",
    "StopTiming",
    "StopVisit",
    "Tour",
    "ViewerSample",
    "format_duration",
    "format_signed",
    "parse_duration",
    "show_clock",
    "visits_of",
]
