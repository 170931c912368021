"""Putting a record back from the trash, undoably (undo sends it back to the trash)."""
from __future__ import annotations

from msf_desk.core import trash
from msf_desk.model.trash import Restored
from msf_desk.ui.commands.base import CoreCommand, Said, said
from msf_desk.ui.i18n import QT_TRANSLATE_NOOP, Context, shown


COMMANDS_TRASH = Context("COMMANDS_TRASH")

# What a trashed record is (core.trash.KINDS), in the window's language.
TRASH_KINDS = {"member": QT_TRANSLATE_NOOP("COMMANDS_TRASH", "Member"),
               "paper": QT_TRANSLATE_NOOP("COMMANDS_TRASH", "Paper"),
               "declaration": QT_TRANSLATE_NOOP("COMMANDS_TRASH", "Declaration of interests"),
               "consultation": QT_TRANSLATE_NOOP("COMMANDS_TRASH", "Consultation"),
               "contribution": QT_TRANSLATE_NOOP("COMMANDS_TRASH", "Contribution")}


def trash_kind(item) -> str:
    """What the trashed `item` is, in the window's language."""
    label = TRASH_KINDS.get(item.kind)
    return shown(label) if label is not None else item.kind_label


class RestoreFromTrash(CoreCommand):
    def __init__(self, session, item: trash.TrashItem) -> None:
        super().__init__(session, said(COMMANDS_TRASH.tr("restore {kind} “{label}” from the trash"),
                                       kind=Said(item.kind_label.lower(), trash_kind(item).lower()), label=item.label))
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
