"""Tours and their stops (and images) in SQLite."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from console.errors import NotFound
from console.messages import QT_TRANSLATE_NOOP
from console.show.limits import MAX_SLOT_S, MAX_STOP_S
from console.show.tour import (
    RESCUE_FIELDS,
    STOP_FIELDS,
    Stop,
    Tour,
    Translations,
    stop_from_mapping,
    tour_translations,
)
from console.store.connection import Database


class TourRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, tour: Tour) -> int:
        """Store a whole tour in one transaction and return its id."""
        now = time.time()
        with self.db.atomic():
            tour_id = self.db.insert(
                "tours",
                {
                    "title": tour.title,
                    "slot_s": tour.slot_s,
                    "language": tour.language,
                    "introduction": tour.introduction,
                    "languages": encoded_languages(tour.languages),
                    "translations": encoded_translations(tour.translations),
                    "created_at": now,
                    "updated_at": now,
                },
            )
            self.write_stops(tour_id, tour.stops)
            self.write_images(tour_id, tour.images)
        return tour_id

    def write_stops(self, tour_id: int, stops: tuple[Stop, ...]) -> None:
        """Insert the stops in order (positions 0..n-1); the caller holds the transaction."""
        self.db.insert_all(
            "stops",
            (
                {"tour_id": tour_id, "position": position, **stop_row(stop)}
                for position, stop in enumerate(stops)
            ),
        )

    def write_images(self, tour_id: int, images: dict[str, bytes]) -> None:
        self.db.insert_all(
            "images", ({"tour_id": tour_id, "name": name, "data": data} for name, data in images.items())
        )

    def get(self, tour_id: int, *, with_images: bool = False) -> Tour:
        row = self._row(tour_id)
        stops = tuple(
            _in_range(stop_from_mapping({**row, "translations": _decoded(row["translations"], {})}))
            for row in self.db.query("SELECT * FROM stops WHERE tour_id = ? ORDER BY position", [tour_id])
        )
        images = self.images(tour_id) if with_images else {}
        return Tour(
            id=tour_id,
            title=row["title"],
            slot_s=None if row["slot_s"] is None else min(int(row["slot_s"]), MAX_SLOT_S),
            language=row["language"] or "",
            introduction=row["introduction"] or "",
            languages=tuple(str(code) for code in _decoded(row["languages"], [])),
            translations=tour_translations(_decoded(row["translations"], {})),
            stops=stops,
            images=images,
        )

    def _row(self, tour_id: int) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM tours WHERE id = ?", [tour_id]))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("Storage", "no tour with id {tour_id}").format(tour_id=tour_id))
        return rows[0]

    def images(self, tour_id: int) -> dict[str, bytes]:
        return {
            row["name"]: row["data"]
            for row in self.db.query("SELECT name, data FROM images WHERE tour_id = ?", [tour_id])
        }

    def image(self, tour_id: int, name: str) -> bytes | None:
        for row in self.db.query("SELECT data FROM images WHERE tour_id = ? AND name = ?", [tour_id, name]):
            return bytes(row["data"])
        return None

    def list(self) -> Iterator[dict[str, Any]]:
        """Each tour's id, title, slot, stop count and planned total, newest first.

        The planned total is summed as ``get`` reads the stops, each clamped to a day, with ``total()``
        (a float, where ``sum()`` fails the whole query with "integer overflow"): a tour an earlier build
        stored with an absurd duration is still listed, opened and deleted.
        """
        for row in self.db.query(
            """
            SELECT tours.id, tours.title, tours.slot_s, tours.language, tours.updated_at,
                   count(stops.id) AS stop_count, total(min(stops.duration_s, ?)) AS planned_s
            FROM tours LEFT JOIN stops ON stops.tour_id = tours.id
            GROUP BY tours.id ORDER BY tours.updated_at DESC, tours.id DESC
            """,
            [MAX_STOP_S],
        ):
            planned = row["planned_s"]
            slot = row["slot_s"]
            yield {
                **row,
                "planned_s": int(planned),
                "slot_s": None if slot is None else min(int(slot), MAX_SLOT_S),
            }

    def latest_id(self) -> int | None:
        for row in self.list():
            return int(row["id"])
        return None

    def find_by_title(self, title: str) -> int | None:
        for row in self.db.query("SELECT id FROM tours WHERE title = ? ORDER BY id DESC LIMIT 1", [title]):
            return int(row["id"])
        return None


def stop_row(stop: Stop) -> dict[str, Any]:
    """A stop's columns; its translations as JSON (the JSON tour's shape), NULL when it has none."""
    return {
        **{name: getattr(stop, name) for name in (*STOP_FIELDS, *RESCUE_FIELDS)},
        "translations": encoded_translations(stop.translations),
    }


def encoded_languages(languages: tuple[str, ...]) -> str | None:
    return json.dumps(list(languages), ensure_ascii=False) if languages else None


def encoded_translations(translations: Translations) -> str | None:
    if not translations:
        return None
    return json.dumps({code: text.as_dict() for code, text in translations}, ensure_ascii=False)


def _decoded(value: str | None, empty: Any) -> Any:
    """A JSON column as written by :func:`encoded_translations`; a damaged one reads as empty rather than
    locking the tour out of the console."""
    if not value:
        return empty
    try:
        decoded = json.loads(value)
    except ValueError:
        return empty
    return decoded if isinstance(decoded, type(empty)) else empty


def _in_range(stop: Stop) -> Stop:
    """A stop as stored, its duration clamped to a day: builds before the bounds at the door stored any
    number, and one of ``100000000000000000`` minutes would break every sum the show makes from it."""
    if stop.duration_s <= MAX_STOP_S:
        return stop
    return replace(stop, duration_s=MAX_STOP_S)
