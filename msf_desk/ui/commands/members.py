"""Undoable edits of members, selection rounds and the forum profile.

Each command calls core, then tells the session which records moved so every page
showing them refreshes (including after undo and redo).
"""
from __future__ import annotations

import dataclasses


from msf_desk.core import forum as core_forum
from msf_desk.core import member_trash
from msf_desk.core import members as core_members
from msf_desk.core import trash as core_trash
from msf_desk.model.forum import ForumProfile
from msf_desk.model.members import Member, SelectionRound
from msf_desk.ui.commands.base import CoreCommand, said
from msf_desk.ui.i18n import Context


COMMANDS_MEMBERS = Context("COMMANDS_MEMBERS")


class _Command(CoreCommand):
    topics = ("members",)


class AddMember(_Command):
    def __init__(self, session, member: Member) -> None:
        super().__init__(session, said(COMMANDS_MEMBERS.tr("add {name}"), name=member.name))
        self.member = member
        self.saved: Member | None = None

    @property
    def member_id(self) -> int | None:
        return self.saved.id if self.saved else None

    def _redo(self) -> None:
        if self.saved is None:
            self.saved = core_members.add_member(self.session.db, self.member)
        else:
            # Redo after undo: the same id again, so later commands that name it still work.
            core_members.restore_member(self.session.db, self.saved)

    def _undo(self) -> None:
        core_members.remove_member(self.session.db, self.saved.id)


class EditMember(_Command):
    def __init__(self, session, before: Member, after: Member) -> None:
        super().__init__(session, said(COMMANDS_MEMBERS.tr("edit {name}"), name=after.name))
        self.before = dataclasses.replace(before)
        self.after = dataclasses.replace(after, id=before.id)

    def _redo(self) -> None:
        # `before` is the record as the page loaded it: core refuses if it changed since.
        core_members.update_member(self.session.db, self.after, loaded=self.before)

    def _undo(self) -> None:
        core_members.restore_member(self.session.db, self.before)


class RemoveMember(_Command):
    def __init__(self, session, member_id: int) -> None:
        member = core_members.get_member(session.db, member_id)
        super().__init__(session, said(COMMANDS_MEMBERS.tr("remove {name}"), name=member.name))
        self.member = member
        self.trash_id: int | None = None

    def _redo(self) -> None:
        # Into the trash, with the alternates' link to this seat (undo puts both back).
        self.trash_id = member_trash.trash_member(self.session.db, self.member.id)

    def _undo(self) -> None:
        core_trash.restore(self.session.db, self.trash_id)


class AddRound(_Command):
    def __init__(self, session, selection: SelectionRound) -> None:
        super().__init__(session, said(COMMANDS_MEMBERS.tr("add selection round {title}"), title=selection.title))
        self.selection = selection
        self.saved: SelectionRound | None = None

    def _redo(self) -> None:
        # The saved round carries its id, so a redo puts it back under the same id.
        self.saved = core_members.add_round(self.session.db, self.saved or self.selection)

    def _undo(self) -> None:
        core_members.remove_round(self.session.db, self.saved.id)


class EditProfile(_Command):
    topics = ("forum",)

    def __init__(self, session, before: ForumProfile, after: ForumProfile) -> None:
        super().__init__(session, said(COMMANDS_MEMBERS.tr("edit the forum profile")))
        self.before = dataclasses.replace(before)
        self.after = dataclasses.replace(after)

    def _redo(self) -> None:
        core_forum.save(self.session.db, self.after, loaded=self.before)

    def _undo(self) -> None:
        core_forum.save(self.session.db, self.before, loaded=self.after)




class ImportMembers(_Command):
    """A members file imported (all or nothing); undo removes exactly the members it added.

    Given the `result` of an import already written (by the Members page's worker), the first
    redo only tells the pages; without it, the first redo imports the file here."""

    def __init__(self, session, path: str, count: int, source: str, result=None) -> None:
        super().__init__(session, said(COMMANDS_MEMBERS.tr("import %n member(s) from {source}", "", count), source=source,
                                          english=f"import {count} member(s) from {source}"))
        self.path = path
        self.result = result
        self.saved: list[Member] = list(result.members) if result is not None else []
        self._written = result is not None

    def _redo(self) -> None:
        from msf_desk.core import member_import

        if self._written:      # written by the import's own worker already
            self._written = False
        elif not self.saved:
            self.result = member_import.import_members(self.session.db, self.path)
            self.saved = list(self.result.members)
        else:
            member_import.redo_import(self.session.db, self.saved)

    def _undo(self) -> None:
        from msf_desk.core import member_import

        self.saved = member_import.undo_import(self.session.db, [m.id for m in self.saved])
