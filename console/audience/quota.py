"""YouTube's daily quota, counted per quota day: Google resets it at midnight Pacific time.

The count the pane shows must be today's, not this process's: a console restarted before the show, or left
running overnight, would otherwise show a number that is neither. The poller counts here; the app restores
the day's units from the database at start and adds to them as they are spent.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

QUOTA_ZONE = "America/Los_Angeles"


def _zone() -> tzinfo:
    try:
        return ZoneInfo(QUOTA_ZONE)
    except ZoneInfoNotFoundError:  # no time zone database (Windows without tzdata): Pacific standard time,
        return timezone(timedelta(hours=-8))  # which starts the day an hour late in summer


def quota_day(at: float) -> str:
    """The quota day of the epoch time ``at``: its date in Pacific time, as YYYY-MM-DD."""
    return datetime.fromtimestamp(at, _zone()).date().isoformat()


class QuotaCount:
    """Units spent on the current quota day; a new day starts again from zero."""

    def __init__(self) -> None:
        self.day = ""
        self.units = 0

    def restore(self, day: str, units: int) -> None:
        """What the database says ``day`` has already cost (before this process started)."""
        if day >= self.day:
            self.units = units + (self.units if day == self.day else 0)
            self.day = day

    def spend(self, at: float, units: int) -> str:
        """Count ``units`` spent at ``at``; returns the quota day they count against."""
        day = quota_day(at)
        if day != self.day:
            self.day, self.units = day, 0
        self.units += units
        return day

    def today(self, now: float) -> int:
        return self.units if quota_day(now) == self.day else 0
