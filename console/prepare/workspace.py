"""The tour being edited: every change goes to SQLite first, then to the in-memory tour, then out as a signal.

Undo commands call these methods both ways, so a redo, an undo and a first edit all take
the same path. Fine-grained signals (one stop changed, one stop moved) let the stop list
update a single row instead of resetting a thousand.
"""

from __future__ import annotations

import contextlib
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from console.errors import NotFound
from console.prepare.languages import LanguageState
from console.show.session import Session
from console.show.tour import Stop, Tour
from console.store import Database
from console.store.sessions import SessionRepository
from console.store.tour_edits import TourEdits
from console.store.tours import TourRepository


class Workspace(QObject):
    tours_changed = Signal()  # the list of tours (titles, counts) changed
    tour_loaded = Signal()  # another tour (or none) is open: reset everything
    tour_changed = Signal()  # the open tour's own fields (title, slot...) changed
    stop_changed = Signal(int)
    stop_inserted = Signal(int)
    stop_removed = Signal(int)
    stop_moved = Signal(int, int)
    stops_changed = Signal()  # several stops at once (durations from a rehearsal)
    storage_failed = Signal(str)  # an edit could not be written: the reason, for the message strip

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.repository = TourRepository(db)
        self.edits = TourEdits(db)
        self.sessions = SessionRepository(db)
        self.tour: Tour | None = None
        self.undo_stack: QUndoStack | None = None  # the view's, so a failed undo or redo can be stepped back

    @property
    def tour_id(self) -> int | None:
        return self.tour.id if self.tour is not None else None

    # -- opening ---------------------------------------------------------------------------------
    def open(self, tour_id: int | None) -> None:
        self.tour = self.repository.get(tour_id, with_images=True) if tour_id is not None else None
        self.tour_loaded.emit()

    # -- reading (what the widgets need, so they never touch the store) -------------------------
    def get(self, tour_id: int, *, with_images: bool = False) -> Tour:
        return self.repository.get(tour_id, with_images=with_images)

    def search(self, text: str) -> list[dict[str, Any]]:
        """The tours whose title or stops match ``text`` (all of them for an empty text), by title.

        The store lists the most recently edited first; the list a producer works in must not jump
        under the pointer after each keystroke, so it is sorted by title (then age) here."""
        return sorted(self.edits.search(text), key=lambda row: (str(row["title"]).casefold(), row["id"]))

    def unique_image_name(self, tour_id: int, wanted: str) -> str:
        return self.edits.unique_image_name(tour_id, wanted)

    def latest_rehearsal(self, tour_id: int) -> Session | None:
        return self.sessions.latest_rehearsal(tour_id)

    def database_file(self) -> str | None:
        """The open database's file (what no export may overwrite); None for an in-memory one."""
        return self.db.file()

    def atomic(self) -> AbstractContextManager[Database]:
        """Several edits as one transaction (a picture and the stop pointing at it)."""
        return self.db.atomic()

    def reload(self) -> None:
        """Read the open tour again from the database (after a failed write; a failed read leaves it)."""
        # A failed read leaves what was last read: the strip already says what failed.
        with contextlib.suppress(sqlite3.Error):
            try:
                self.open(self.tour_id)
            except NotFound:  # the failed edit was the tour's own creation
                self.open(None)

    def _focus(self, tour_id: int) -> Tour:
        """The tour an undo or redo touches is shown, so the producer sees what changed."""
        if self.tour_id != tour_id:
            self.open(tour_id)
        assert self.tour is not None
        return self.tour

    def _set_stops(self, stops: list[Stop]) -> None:
        assert self.tour is not None
        self.tour = replace(self.tour, stops=tuple(stops))

    # -- the tour's fields -----------------------------------------------------------------------
    def set_tour_fields(self, tour_id: int, values: dict[str, Any]) -> None:
        tour = self._focus(tour_id)
        self.edits.update_tour(tour_id, **values)
        self.tour = replace(tour, **values)
        self.tour_changed.emit()
        self.tours_changed.emit()

    def set_languages(self, tour_id: int, state: LanguageState) -> None:
        """The tour's content languages, its own translations and every stop's, in one transaction."""
        tour = self._focus(tour_id)
        stops = list(tour.stops)
        with self.atomic():
            self.edits.update_tour(
                tour_id, language=state.language, languages=state.languages, translations=state.translations
            )
            for position, translations in enumerate(state.stop_translations):
                if stops[position].translations != translations:
                    stops[position] = replace(stops[position], translations=translations)
                    self.edits.update_stop(tour_id, position, stops[position])
        self.tour = replace(
            tour,
            language=state.language,
            languages=state.languages,
            translations=state.translations,
            stops=tuple(stops),
        )
        self.tour_changed.emit()
        if stops != list(tour.stops):
            self.stops_changed.emit()
        self.tours_changed.emit()

    # -- stops -----------------------------------------------------------------------------------
    def set_stop(self, tour_id: int, position: int, stop: Stop) -> None:
        stops = list(self._focus(tour_id).stops)
        self.edits.update_stop(tour_id, position, stop)
        stops[position] = stop
        self._set_stops(stops)
        self.stop_changed.emit(position)
        self.tours_changed.emit()

    def insert_stop(self, tour_id: int, position: int, stop: Stop) -> None:
        stops = list(self._focus(tour_id).stops)
        self.edits.insert_stop(tour_id, position, stop)
        stops.insert(position, stop)
        self._set_stops(stops)
        self.stop_inserted.emit(position)
        self.tours_changed.emit()

    def remove_stop(self, tour_id: int, position: int) -> None:
        stops = list(self._focus(tour_id).stops)
        self.edits.delete_stop(tour_id, position)
        del stops[position]
        self._set_stops(stops)
        self.stop_removed.emit(position)
        self.tours_changed.emit()

    def move_stop(self, tour_id: int, source: int, target: int) -> None:
        stops = list(self._focus(tour_id).stops)
        self.edits.move_stop(tour_id, source, target)
        stops.insert(target, stops.pop(source))
        self._set_stops(stops)
        self.stop_moved.emit(source, target)

    def rehearsals(self, tour_id: int) -> tuple[Session, ...]:
        return self.sessions.rehearsals(tour_id)

    def set_minimums(self, tour_id: int, minimums: dict[int, int | None]) -> None:
        stops = list(self._focus(tour_id).stops)
        self.edits.set_minimums(tour_id, minimums)
        for position, seconds in minimums.items():
            stops[position] = replace(stops[position], min_s=seconds)
        self._set_stops(stops)
        self.stops_changed.emit()
        self.tours_changed.emit()

    def set_durations(self, tour_id: int, durations: dict[int, int]) -> None:
        stops = list(self._focus(tour_id).stops)
        self.edits.set_durations(tour_id, durations)
        for position, seconds in durations.items():
            stops[position] = replace(stops[position], duration_s=seconds)
        self._set_stops(stops)
        self.stops_changed.emit()
        self.tours_changed.emit()

    def set_image(self, tour_id: int, name: str, data: bytes | None) -> None:
        tour = self._focus(tour_id)
        self.edits.set_image(tour_id, name, data)
        images = dict(tour.images)
        if data is None:
            images.pop(name, None)
        else:
            images[name] = data
        self.tour = replace(tour, images=images)

    def append_stops(self, tour_id: int, stops: tuple[Stop, ...], images: dict[str, bytes]) -> None:
        """Add ``stops`` (and the pictures they name) after the last stop, in one transaction."""
        tour = self._focus(tour_id)
        start = len(tour.stops)
        with self.atomic():
            for offset, stop in enumerate(stops):
                self.edits.insert_stop(tour_id, start + offset, stop)
            for name, data in images.items():
                self.edits.set_image(tour_id, name, data)
        self.tour = replace(tour, stops=tour.stops + tuple(stops), images={**tour.images, **images})
        self.stops_changed.emit()
        self.tours_changed.emit()

    def drop_last_stops(self, tour_id: int, count: int, image_names: list[str]) -> None:
        """Undo :meth:`append_stops`: the last ``count`` stops and those pictures go, in one transaction."""
        tour = self._focus(tour_id)
        keep = len(tour.stops) - count
        with self.atomic():
            for position in range(len(tour.stops) - 1, keep - 1, -1):
                self.edits.delete_stop(tour_id, position)
            for name in image_names:
                self.edits.set_image(tour_id, name, None)
        images = {name: data for name, data in tour.images.items() if name not in image_names}
        self.tour = replace(tour, stops=tour.stops[:keep], images=images)
        self.stops_changed.emit()
        self.tours_changed.emit()

    # -- whole tours -----------------------------------------------------------------------------
    def add_tour(self, tour: Tour) -> int:
        """Store a new tour (or put back a deleted one under its id) and open it."""
        if tour.id is not None:
            self.edits.restore(tour)
            tour_id = tour.id
        else:
            tour_id = self.repository.add(tour)
        self.tours_changed.emit()
        self.open(tour_id)
        return tour_id

    def delete_tour(self, tour_id: int) -> Tour:
        deleted = self.edits.delete_tour(tour_id)
        self.tours_changed.emit()
        if self.tour_id == tour_id:
            self.open(None)
        return deleted
