"""Editing a stored tour one change at a time, each change its own committed transaction.

The editor saves every keystroke-sized edit as it happens (killing the app loses nothing),
so these are small, position-based writes rather than "save the whole tour". Positions
are kept dense (0..n-1) by every method. Each write also touches ``tours.updated_at``,
which orders the tour list.
"""

from __future__ import annotations

import time
from typing import Any

from console.errors import NotFound
from console.messages import QT_TRANSLATE_NOOP
from console.show.tour import Stop, Tour, free_image_name
from console.store.connection import Database, quote
from console.store.tours import TourRepository, encoded_languages, encoded_translations, stop_row

TOUR_FIELDS = ("title", "slot_s", "language", "introduction", "languages", "translations")


class TourEdits:
    """The write side of the tour editor; reads go through :class:`TourRepository`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.tours = TourRepository(db)

    def _touch(self, tour_id: int) -> None:
        cursor = self.db.execute("UPDATE tours SET updated_at = ? WHERE id = ?", [time.time(), tour_id])
        if cursor.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("Storage", "no tour with id {tour_id}").format(tour_id=tour_id))

    def _count(self, tour_id: int) -> int:
        row = self.db.execute("SELECT count(*) FROM stops WHERE tour_id = ?", [tour_id]).fetchone()
        return int(row[0])

    # -- the tour -------------------------------------------------------------------------------
    def update_tour(self, tour_id: int, **values: Any) -> None:
        """Set any of ``title``, ``slot_s``, ``language``, ``introduction``, ``languages`` (a tuple of codes)
        and ``translations`` (the tour's own, as in :class:`Tour`)."""
        unknown = set(values) - set(TOUR_FIELDS)
        if unknown:
            raise ValueError(f"not a tour field: {', '.join(sorted(unknown))}")
        if "languages" in values:
            values["languages"] = encoded_languages(tuple(values["languages"]))
        if "translations" in values:
            values["translations"] = encoded_translations(tuple(values["translations"]))
        with self.db.atomic():
            self._touch(tour_id)
            assignments = ", ".join(f"{quote(name)} = :{name}" for name in values)
            self.db.execute(f"UPDATE tours SET {assignments} WHERE id = :id", {**values, "id": tour_id})

    def delete_tour(self, tour_id: int) -> Tour:
        """Remove the tour with its stops and images; returns it whole, so undo can :meth:`restore` it.

        Sessions keep their own snapshot of the tour, so past shows and rehearsals stay readable.
        """
        tour = self.tours.get(tour_id, with_images=True)
        with self.db.atomic():
            self.db.execute("DELETE FROM stops WHERE tour_id = ?", [tour_id])
            self.db.execute("DELETE FROM images WHERE tour_id = ?", [tour_id])
            self.db.execute("DELETE FROM tours WHERE id = ?", [tour_id])
        return tour

    def restore(self, tour: Tour) -> None:
        """Put back a deleted tour under its old id (the undo of :meth:`delete_tour`)."""
        assert tour.id is not None
        now = time.time()
        with self.db.atomic():
            self.db.insert(
                "tours", {"id": tour.id, **_tour_fields(tour), "created_at": now, "updated_at": now}
            )
            self.tours.write_stops(tour.id, tour.stops)
            self.tours.write_images(tour.id, tour.images)

    def search(self, text: str) -> list[dict[str, Any]]:
        """Tours whose title, or any stop's title, artist or location, holds ``text`` (any case)."""
        rows = list(self.tours.list())
        needle = text.strip().lower()
        if not needle:
            return rows
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        matching = {
            row[0]
            for row in self.db.execute(
                "SELECT tours.id FROM tours WHERE lower(tours.title) LIKE ? ESCAPE '\\' "
                "UNION SELECT tour_id FROM stops WHERE lower(title) LIKE ? ESCAPE '\\' "
                "OR lower(artist) LIKE ? ESCAPE '\\' OR lower(location) LIKE ? ESCAPE '\\'",
                [pattern] * 4,
            )
        }
        return [row for row in rows if row["id"] in matching]

    # -- stops ----------------------------------------------------------------------------------
    def insert_stop(self, tour_id: int, position: int, stop: Stop) -> None:
        with self.db.atomic():
            self._touch(tour_id)
            position = max(0, min(position, self._count(tour_id)))
            self.db.execute(
                "UPDATE stops SET position = position + 1 WHERE tour_id = ? AND position >= ?",
                [tour_id, position],
            )
            self.db.insert("stops", {"tour_id": tour_id, "position": position, **stop_row(stop)})

    def update_stop(self, tour_id: int, position: int, stop: Stop) -> None:
        with self.db.atomic():
            self._touch(tour_id)
            values = stop_row(stop)
            assignments = ", ".join(f"{name} = :{name}" for name in values)
            cursor = self.db.execute(
                f"UPDATE stops SET {assignments} WHERE tour_id = :tour_id AND position = :position",
                {**values, "tour_id": tour_id, "position": position},
            )
            if cursor.rowcount != 1:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Storage", "tour {tour_id} has no stop {number}").format(
                        tour_id=tour_id, number=position + 1
                    )
                )

    def delete_stop(self, tour_id: int, position: int) -> None:
        with self.db.atomic():
            self._touch(tour_id)
            cursor = self.db.execute(
                "DELETE FROM stops WHERE tour_id = ? AND position = ?", [tour_id, position]
            )
            if cursor.rowcount != 1:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Storage", "tour {tour_id} has no stop {number}").format(
                        tour_id=tour_id, number=position + 1
                    )
                )
            self.db.execute(
                "UPDATE stops SET position = position - 1 WHERE tour_id = ? AND position > ?",
                [tour_id, position],
            )

    def move_stop(self, tour_id: int, source: int, target: int) -> None:
        """Move the stop at ``source`` so that it ends up at ``target``; the ones between shift by one."""
        if source == target:
            return
        with self.db.atomic():
            self._touch(tour_id)
            count = self._count(tour_id)
            if not (0 <= source < count and 0 <= target < count):
                raise NotFound(
                    QT_TRANSLATE_NOOP("Storage", "tour {tour_id} has no stop {number}").format(
                        tour_id=tour_id, number=max(source, target) + 1
                    )
                )
            self.db.execute(
                """
                UPDATE stops SET position = CASE
                    WHEN position = :source THEN :target
                    WHEN :source < :target THEN position - 1
                    ELSE position + 1 END
                WHERE tour_id = :tour_id AND position BETWEEN min(:source, :target) AND max(:source, :target)
                """,
                {"source": source, "target": target, "tour_id": tour_id},
            )

    def set_durations(self, tour_id: int, durations: dict[int, int]) -> None:
        """Set several stops' planned durations at once (from a rehearsal): one transaction, one undo."""
        with self.db.atomic():
            self._touch(tour_id)
            for position, seconds in durations.items():
                self.db.execute(
                    "UPDATE stops SET duration_s = ? WHERE tour_id = ? AND position = ?",
                    [seconds, tour_id, position],
                )

    def set_minimums(self, tour_id: int, minimums: dict[int, int | None]) -> None:
        """Set several stops' ``min:`` at once (the fastest rehearsals): one transaction, one undo."""
        with self.db.atomic():
            self._touch(tour_id)
            for position, seconds in minimums.items():
                self.db.execute(
                    "UPDATE stops SET min_s = ? WHERE tour_id = ? AND position = ?",
                    [seconds, tour_id, position],
                )

    # -- images ---------------------------------------------------------------------------------
    def set_image(self, tour_id: int, name: str, data: bytes | None) -> None:
        """Store (or with ``None`` remove) the image ``name`` of the tour."""
        with self.db.atomic():
            self._touch(tour_id)
            self.db.execute("DELETE FROM images WHERE tour_id = ? AND name = ?", [tour_id, name])
            if data is not None:
                self.db.insert("images", {"tour_id": tour_id, "name": name, "data": data})

    def unique_image_name(self, tour_id: int, wanted: str) -> str:
        """``wanted``, or ``stem-2.ext``... when the tour already holds an image by that name."""
        taken = {row[0] for row in self.db.execute("SELECT name FROM images WHERE tour_id = ?", [tour_id])}
        return free_image_name(wanted, taken.__contains__)


def _tour_fields(tour: Tour) -> dict[str, Any]:
    values = {name: getattr(tour, name) for name in TOUR_FIELDS}
    values["languages"] = encoded_languages(tour.languages)
    values["translations"] = encoded_translations(tour.translations)
    return values
