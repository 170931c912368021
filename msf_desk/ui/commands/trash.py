"""Putting a record back from the trash, undoably (undo sends it back to the trash)."""
from __future__ import annotations

from msf_desk.core import trash
from msf_desk.model.trash import Restored
from msf_desk.ui.commands.base import Said, SlowCommand, said
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


class RestoreFromTrash(SlowCommand):
    """Put a trash entry back; undo sends it back under the same entry. A large entry (the
    session's `slow_from` rows or more: a consultation with its contributions) is put back, and
    sent back on undo, in a worker (msf_desk.ui.session.ForumSession.run_slow)."""

    def __init__(self, session, item: trash.TrashItem) -> None:
        super().__init__(session, said(COMMANDS_TRASH.tr("restore {kind} “{label}” from the trash"),
                                       kind=Said(item.kind_label.lower(), trash_kind(item).lower()), label=item.label))
        self.item = item
        self.trash_id = item.id
        self.restored: Restored | None = None
        self.topics = (item.topic, "trash")
        self.slow = item.rows >= session.slow_from

    def work_redo(self, db, progress=None) -> None:
        self.restored = trash.restore(db, self.trash_id, progress=progress)

    def work_undo(self, db, progress=None) -> None:
        # Back under the same entry and time, so the 30 days run from the first deletion.
        self.trash_id = trash.move(db, self.item.kind, self.restored.record_id, self.item.label,
                                   now=self.item.deleted_at, trash_id=self.item.id, progress=progress)
