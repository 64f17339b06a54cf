"""Every edit in Prepare is an undo command; each one writes through the :class:`Workspace` both ways.

Typing in a field makes one command per keystroke (each saved at once), merged into one
undo step while the producer keeps typing in the same field of the same stop.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from console.show.tour import Stop, Tour
from console.ui.prepare.workspace import Workspace

_MERGE_STOP_FIELD = 1
_MERGE_TOUR_FIELD = 2


class EditStop(QUndoCommand):
    """Change one field (or, with ``field=None``, several) of the stop at ``position``."""

    def __init__(
        self, space: Workspace, tour_id: int, position: int, old: Stop, new: Stop, field: str | None
    ) -> None:
        super().__init__(f"edit {field or 'stop'} of stop {position + 1}")
        self.space, self.tour_id, self.position = space, tour_id, position
        self.old, self.new, self.field = old, new, field

    def redo(self) -> None:
        self.space.set_stop(self.tour_id, self.position, self.new)

    def undo(self) -> None:
        self.space.set_stop(self.tour_id, self.position, self.old)

    def id(self) -> int:
        return _MERGE_STOP_FIELD if self.field is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, EditStop)
            and (other.tour_id, other.position, other.field) == (self.tour_id, self.position, self.field)
        ):
            return False
        self.new = other.new
        return True


class EditTour(QUndoCommand):
    """Change a field of the tour itself (title, slot, language, introduction)."""

    def __init__(self, space: Workspace, tour_id: int, field: str, old: Any, new: Any) -> None:
        super().__init__(f"edit the tour's {field}")
        self.space, self.tour_id, self.field, self.old, self.new = space, tour_id, field, old, new

    def redo(self) -> None:
        self.space.set_tour_fields(self.tour_id, {self.field: self.new})

    def undo(self) -> None:
        self.space.set_tour_fields(self.tour_id, {self.field: self.old})

    def id(self) -> int:
        return _MERGE_TOUR_FIELD

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, EditTour) and (other.tour_id, other.field) == (self.tour_id, self.field)):
            return False
        self.new = other.new
        return True


class InsertStop(QUndoCommand):
    def __init__(
        self, space: Workspace, tour_id: int, position: int, stop: Stop, text: str = "add a stop"
    ) -> None:
        super().__init__(text)
        self.space, self.tour_id, self.position, self.stop = space, tour_id, position, stop

    def redo(self) -> None:
        self.space.insert_stop(self.tour_id, self.position, self.stop)

    def undo(self) -> None:
        self.space.remove_stop(self.tour_id, self.position)


class RemoveStop(QUndoCommand):
    def __init__(self, space: Workspace, tour_id: int, position: int, stop: Stop) -> None:
        super().__init__(f"remove stop {position + 1}")
        self.space, self.tour_id, self.position, self.stop = space, tour_id, position, stop

    def redo(self) -> None:
        self.space.remove_stop(self.tour_id, self.position)

    def undo(self) -> None:
        self.space.insert_stop(self.tour_id, self.position, self.stop)


class MoveStop(QUndoCommand):
    def __init__(self, space: Workspace, tour_id: int, source: int, target: int) -> None:
        super().__init__(f"move stop {source + 1} to {target + 1}")
        self.space, self.tour_id, self.source, self.target = space, tour_id, source, target

    def redo(self) -> None:
        self.space.move_stop(self.tour_id, self.source, self.target)

    def undo(self) -> None:
        self.space.move_stop(self.tour_id, self.target, self.source)


class SetImage(QUndoCommand):
    """Store a picture with the tour and point the stop at it (a new name, so no other stop is affected)."""

    def __init__(
        self, space: Workspace, tour_id: int, position: int, old: Stop, name: str, data: bytes
    ) -> None:
        super().__init__(f"set the image of stop {position + 1}")
        self.space, self.tour_id, self.position = space, tour_id, position
        self.old, self.name, self.data = old, name, data

    def redo(self) -> None:
        self.space.set_image(self.tour_id, self.name, self.data)
        self.space.set_stop(self.tour_id, self.position, replace(self.old, image=self.name))

    def undo(self) -> None:
        self.space.set_stop(self.tour_id, self.position, self.old)
        self.space.set_image(self.tour_id, self.name, None)


class SetDurations(QUndoCommand):
    """Planned durations from a rehearsal: several stops, one undo step."""

    def __init__(self, space: Workspace, tour_id: int, old: dict[int, int], new: dict[int, int]) -> None:
        super().__init__(f"set {len(new)} planned durations from a rehearsal")
        self.space, self.tour_id, self.old, self.new = space, tour_id, old, new

    def redo(self) -> None:
        self.space.set_durations(self.tour_id, self.new)

    def undo(self) -> None:
        self.space.set_durations(self.tour_id, self.old)


class AddTour(QUndoCommand):
    """A new, duplicated or imported tour. Undo deletes it; redo puts it back under the same id."""

    def __init__(self, space: Workspace, tour: Tour, text: str) -> None:
        super().__init__(text)
        self.space, self.tour = space, tour

    def redo(self) -> None:
        tour_id = self.space.add_tour(self.tour)
        self.tour = self.tour.with_id(tour_id)

    def undo(self) -> None:
        assert self.tour.id is not None
        self.tour = self.space.delete_tour(self.tour.id)


class DeleteTour(QUndoCommand):
    def __init__(self, space: Workspace, tour_id: int, title: str) -> None:
        super().__init__(f"delete the tour '{title}'")
        self.space, self.tour_id = space, tour_id
        self.deleted: Tour | None = None

    def redo(self) -> None:
        self.deleted = self.space.delete_tour(self.tour_id)

    def undo(self) -> None:
        assert self.deleted is not None
        self.space.add_tour(self.deleted)
