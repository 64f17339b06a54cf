"""Every edit in Prepare is an undo command; each one writes through the :class:`Workspace` both ways.

Typing in a field makes one command per keystroke (each saved at once), merged into one
undo step while the producer keeps typing in the same field of the same stop.

A write that fails (a full disk, a read-only or busy database) changes nothing, neither on disk (each edit
is one transaction) nor in memory (the workspace updates itself only after the write), and the undo stack
is put back where the database is: a new edit is not kept, and a failed undo or redo is stepped back over
without writing. The workspace's ``storage_failed`` signal says why, for the message strip.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from console.prepare.languages import LanguageState
from console.prepare.workspace import Workspace
from console.show.tour import Stop, Tour, free_image_name
from console.store.sqlite_files import is_busy, is_disk_full, is_read_only

translate = QCoreApplication.translate

_MERGE_STOP_FIELD = 1
_MERGE_TOUR_FIELD = 2
# What a producer calls a field, for the undo step's name and the messages that quote it.
FIELD_LABELS = {"duration_s": "duration", "talking_points": "talking points", "slot_s": "slot"}


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


class StoredCommand(QUndoCommand):
    """An undo command whose ``apply``/``revert`` write to the database, guarded as the module says."""

    space: Workspace

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._pushed = False  # the first redo() is the one push() makes
        self._step_back_silently = False  # the stack's index moves back over a failed step, writing nothing

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._guarded(self.apply, translate("StoredCommand", "could not save the change"), forward=True)

    def undo(self) -> None:
        self._guarded(self.revert, translate("StoredCommand", "could not undo"), forward=False)

    def _guarded(self, write: Callable[[], None], failure: str, *, forward: bool) -> None:
        if self._step_back_silently:
            self._step_back_silently = False
            return
        first = not self._pushed
        self._pushed = True
        try:
            write()
        except sqlite3.Error as error:
            said = translate("StoredCommand", "{failure}: {edit} ({reason}). Nothing changed.")
            self.space.storage_failed.emit(
                said.format(failure=failure, edit=self.text(), reason=_reason(error))
            )
            self.space.reload()  # memory as the database has it, whatever step of the edit failed
            if first:
                self.setObsolete(True)  # push() drops an obsolete command: the stack never holds it
                return
            self._step_back_silently = True
            stack = self.space.undo_stack
            if stack is not None:  # once the stack has finished moving its index over this command
                QTimer.singleShot(0, stack.undo if forward else stack.redo)


def _reason(error: sqlite3.Error) -> str:
    """Why a write failed, in the producer's words (SQLite's own for anything unforeseen)."""
    if is_busy(error):
        return translate(
            "StoredCommand", "the database is busy: another program holds it; try again in a moment"
        )
    if is_read_only(error):
        return translate("StoredCommand", "the database is read-only")
    if is_disk_full(error):
        return translate("StoredCommand", "the disk is full")
    return str(error)


class EditStop(StoredCommand):
    """Change one field (or, with ``field=None``, several) of the stop at ``position``."""

    def __init__(
        self,
        space: Workspace,
        tour_id: int,
        position: int,
        old: Stop,
        new: Stop,
        field: str | None,
        language: str = "",
    ) -> None:
        """``language``: the translation edited (empty: the main language's text), one undo step apart."""
        what = field_label(field) if field else "fields"
        super().__init__(f"edit the {f'{language} ' if language else ''}{what} of stop {position + 1}")
        self.space, self.tour_id, self.position = space, tour_id, position
        self.old, self.new, self.field, self.language = old, new, field, language

    def apply(self) -> None:
        self.space.set_stop(self.tour_id, self.position, self.new)

    def revert(self) -> None:
        self.space.set_stop(self.tour_id, self.position, self.old)

    def id(self) -> int:
        return _MERGE_STOP_FIELD if self.field is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if other.isObsolete():
            return False  # its write failed: merged in, this command would claim a value never saved
        if not (
            isinstance(other, EditStop)
            and (other.tour_id, other.position, other.field, other.language)
            == (self.tour_id, self.position, self.field, self.language)
        ):
            return False
        self.new = other.new
        return True


class EditTour(StoredCommand):
    """Change a field of the tour itself (title, slot, language, introduction, its translations).

    ``part`` names what of the field changes (``"fr title"`` of ``translations``): typing in another part is
    another undo step."""

    def __init__(
        self, space: Workspace, tour_id: int, field: str, old: Any, new: Any, part: str = ""
    ) -> None:
        super().__init__(f"edit the tour's {part or field_label(field)}")
        self.space, self.tour_id, self.field, self.old, self.new = space, tour_id, field, old, new
        self.part = part

    def apply(self) -> None:
        self.space.set_tour_fields(self.tour_id, {self.field: self.new})

    def revert(self) -> None:
        self.space.set_tour_fields(self.tour_id, {self.field: self.old})

    def id(self) -> int:
        return _MERGE_TOUR_FIELD

    def mergeWith(self, other: QUndoCommand) -> bool:
        if other.isObsolete():
            return False  # its write failed (see EditStop)
        if not (
            isinstance(other, EditTour)
            and (other.tour_id, other.field, other.part) == (self.tour_id, self.field, self.part)
        ):
            return False
        self.new = other.new
        return True


class SetLanguages(StoredCommand):
    """The tour's content languages: the main one's code, or the list of translations. A language taken off
    the list takes its translations with it, in the same step, and undo brings them back."""

    def __init__(
        self, space: Workspace, tour_id: int, old: LanguageState, new: LanguageState, *, main: bool
    ) -> None:
        super().__init__("edit the tour's main language" if main else "edit the tour's translation languages")
        self.space, self.tour_id, self.old, self.new = space, tour_id, old, new

    def apply(self) -> None:
        self.space.set_languages(self.tour_id, self.new)

    def revert(self) -> None:
        self.space.set_languages(self.tour_id, self.old)


class InsertStop(StoredCommand):
    def __init__(
        self, space: Workspace, tour_id: int, position: int, stop: Stop, text: str = "add a stop"
    ) -> None:
        super().__init__(text)
        self.space, self.tour_id, self.position, self.stop = space, tour_id, position, stop

    def apply(self) -> None:
        self.space.insert_stop(self.tour_id, self.position, self.stop)

    def revert(self) -> None:
        self.space.remove_stop(self.tour_id, self.position)


class RemoveStop(StoredCommand):
    def __init__(self, space: Workspace, tour_id: int, position: int, stop: Stop) -> None:
        super().__init__(f"remove stop {position + 1}")
        self.space, self.tour_id, self.position, self.stop = space, tour_id, position, stop

    def apply(self) -> None:
        self.space.remove_stop(self.tour_id, self.position)

    def revert(self) -> None:
        self.space.insert_stop(self.tour_id, self.position, self.stop)


class MoveStop(StoredCommand):
    def __init__(self, space: Workspace, tour_id: int, source: int, target: int) -> None:
        super().__init__(f"move stop {source + 1} to {target + 1}")
        self.space, self.tour_id, self.source, self.target = space, tour_id, source, target

    def apply(self) -> None:
        self.space.move_stop(self.tour_id, self.source, self.target)

    def revert(self) -> None:
        self.space.move_stop(self.tour_id, self.target, self.source)


class SetImage(StoredCommand):
    """Store a picture with the tour and point the stop at it (a new name, so no other stop is affected)."""

    def __init__(
        self, space: Workspace, tour_id: int, position: int, old: Stop, name: str, data: bytes
    ) -> None:
        super().__init__(f"set the image of stop {position + 1}")
        self.space, self.tour_id, self.position = space, tour_id, position
        self.old, self.name, self.data = old, name, data

    def apply(self) -> None:
        with self.space.atomic():  # the picture and the stop pointing at it, or neither
            self.space.set_image(self.tour_id, self.name, self.data)
            self.space.set_stop(self.tour_id, self.position, replace(self.old, image=self.name))

    def revert(self) -> None:
        with self.space.atomic():
            self.space.set_stop(self.tour_id, self.position, self.old)
            self.space.set_image(self.tour_id, self.name, None)


class SetDurations(StoredCommand):
    """Planned durations from a rehearsal: several stops, one undo step."""

    def __init__(self, space: Workspace, tour_id: int, old: dict[int, int], new: dict[int, int]) -> None:
        super().__init__(f"set {len(new)} planned durations from a rehearsal")
        self.space, self.tour_id, self.old, self.new = space, tour_id, old, new

    def apply(self) -> None:
        self.space.set_durations(self.tour_id, self.new)

    def revert(self) -> None:
        self.space.set_durations(self.tour_id, self.old)


class SetMinimums(StoredCommand):
    """Minimums from the fastest rehearsals: several stops, one undo step."""

    def __init__(
        self, space: Workspace, tour_id: int, old: dict[int, int | None], new: dict[int, int | None]
    ) -> None:
        super().__init__(f"set {len(new)} minimums from the rehearsals")
        self.space, self.tour_id, self.old, self.new = space, tour_id, old, new

    def apply(self) -> None:
        self.space.set_minimums(self.tour_id, self.new)

    def revert(self) -> None:
        self.space.set_minimums(self.tour_id, self.old)


class AppendStops(StoredCommand):
    """The stops of an imported file added after the current tour's last stop: one undo step.

    Pictures the file brings are renamed where the tour already holds one by that name."""

    def __init__(self, space: Workspace, tour_id: int, imported: Tour, text: str) -> None:
        super().__init__(text)
        self.space, self.tour_id = space, tour_id
        taken = set(space.get(tour_id, with_images=True).images)
        renamed: dict[str, str] = {}
        for name in imported.images:
            renamed[name] = free_image_name(name, lambda candidate: candidate in taken)
            taken.add(renamed[name])
        self.images = {renamed[name]: data for name, data in imported.images.items()}
        self.stops = tuple(
            replace(stop, image=renamed.get(stop.image, stop.image)) if stop.image else stop
            for stop in imported.stops
        )

    def apply(self) -> None:
        self.space.append_stops(self.tour_id, self.stops, self.images)

    def revert(self) -> None:
        self.space.drop_last_stops(self.tour_id, len(self.stops), list(self.images))


class AddTour(StoredCommand):
    """A new, duplicated or imported tour. Undo deletes it; redo puts it back under the same id."""

    def __init__(self, space: Workspace, tour: Tour, text: str) -> None:
        super().__init__(text)
        self.space, self.tour = space, tour

    def apply(self) -> None:
        tour_id = self.space.add_tour(self.tour)
        self.tour = self.tour.with_id(tour_id)

    def revert(self) -> None:
        assert self.tour.id is not None
        self.tour = self.space.delete_tour(self.tour.id)


class DeleteTour(StoredCommand):
    def __init__(self, space: Workspace, tour_id: int, title: str) -> None:
        super().__init__(f"delete the tour '{title}'")
        self.space, self.tour_id = space, tour_id
        self.deleted: Tour | None = None

    def apply(self) -> None:
        self.deleted = self.space.delete_tour(self.tour_id)

    def revert(self) -> None:
        assert self.deleted is not None
        self.space.add_tour(self.deleted)
