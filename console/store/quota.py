"""The YouTube API units spent each quota day, kept so a restarted console shows the day's real cost."""

from __future__ import annotations

from console.store.connection import Database


class QuotaLedger:
    def __init__(self, db: Database) -> None:
        self.db = db

    def units(self, day: str) -> int:
        row = self.db.execute("SELECT units FROM youtube_quota WHERE day = ?", [day]).fetchone()
        return int(row[0]) if row else 0

    def spend(self, day: str, units: int) -> None:
        self.db.execute(
            "INSERT INTO youtube_quota (day, units) VALUES (?, ?) "
            "ON CONFLICT (day) DO UPDATE SET units = units + excluded.units",
            [day, units],
        )
