"""Putting a record back from the trash, undoably (undo sends it back to the trash)."""
from __future__ import annotations

from msf_desk.core import trash
from msf_desk.model.trash import Restored
from msf_desk.ui.commands.base import CoreCommand


class RestoreFromTrash(CoreCommand):
    def __init__(self, session, item: trash.TrashItem) -> None:
        super().__init__(session, f"restore {item.kind_label.lower()} “{item.label}” from the trash")
        self.item = item
        self.trash_id = item.id
        self.restored: Restored | None = None
        self.topics = (item.topic, "trash")

    def _redo(self) -> None:
        self.restored = trash.restore(self.db, self.trash_id)

    def _undo(self) -> None:
        # Back under the same entry and time, so the 30 days run from the first deletion.
        self.trash_id = trash.move(self.db, self.item.kind, self.restored.record_id, self.item.label,
                                   now=self.item.deleted_at, trash_id=self.item.id)
