"""Undoable edits of the ethics records: statement versions, signatures, declarations,
breaches, and declarations/recusals/waivers recorded on an agenda item.

Each command calls core, then tells the session which records moved ("ethics"; a removal
also moves "members", and an item record moves "minutes").
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path


from msf_desk.core import breaches as core_breaches
from msf_desk.core import ethics as core_ethics
from msf_desk.core import trash as core_trash
from msf_desk.core.breaches import Breach
from msf_desk.model.ethics import Declaration
from msf_desk.ui.commands.base import CoreCommand, label, said
from msf_desk.ui.i18n import Context
from msf_desk.model.ethics import Signature, Statement


COMMANDS_ETHICS = Context("COMMANDS_ETHICS")


class _Command(CoreCommand):
    topics = ("ethics",)


class NewStatementVersion(_Command):
    def __init__(self, session, text: str, dated: dt.date | None, note: str = "") -> None:
        super().__init__(session, said(COMMANDS_ETHICS.tr("adopt a new version of the ethics statement")))
        self.text, self.dated, self.note = text, dated, note
        self.saved: Statement | None = None

    def _redo(self) -> None:
        if self.saved is None:
            self.saved = core_ethics.new_statement_version(self.session.db, self.text, self.dated, self.note)
        else:
            core_ethics.restore_statement(self.session.db, self.saved)

    def _undo(self) -> None:
        core_ethics.remove_statement(self.session.db, self.saved.id)


class SignStatement(_Command):
    def __init__(self, session, member_id: int, statement_id: int, signed_on: dt.date | None, *,
                 confirmation: str = "", scan: str | Path | None = None, files_dir: Path | None = None,
                 member_name: str = "") -> None:
        super().__init__(session, said(COMMANDS_ETHICS.tr("record the signature of {name}"), name=member_name) if member_name
                         else said(COMMANDS_ETHICS.tr("record the signature of a member")))
        self.args = (member_id, statement_id, signed_on)
        self.kwargs = dict(confirmation=confirmation, scan=scan, files_dir=files_dir)
        self.saved: Signature | None = None

    def _redo(self) -> None:
        if self.saved is None:
            self.saved = core_ethics.sign(self.session.db, *self.args, **self.kwargs)
        else:
            core_ethics.restore_signature(self.session.db, self.saved)

    def _undo(self) -> None:
        core_ethics.remove_signature(self.session.db, self.saved.id)


class RemoveSignature(_Command):
    def __init__(self, session, signature: Signature) -> None:
        super().__init__(session, said(COMMANDS_ETHICS.tr("remove a signature")))
        self.signature = signature

    def _redo(self) -> None:
        core_ethics.remove_signature(self.session.db, self.signature.id)

    def _undo(self) -> None:
        core_ethics.restore_signature(self.session.db, self.signature)


class AddDeclaration(_Command):
    def __init__(self, session, declaration: Declaration) -> None:
        super().__init__(session, said(COMMANDS_ETHICS.tr("add a declaration of interests")))
        self.declaration = declaration
        self.saved: Declaration | None = None

    def _redo(self) -> None:
        if self.saved is None:
            self.saved = core_ethics.add_declaration(self.session.db, self.declaration)
        else:
            core_ethics.restore_declaration(self.session.db, self.saved)

    def _undo(self) -> None:
        core_ethics.remove_declaration(self.session.db, self.saved.id)


class EditDeclaration(_Command):
    def __init__(self, session, before: Declaration, after: Declaration) -> None:
        super().__init__(session, said(COMMANDS_ETHICS.tr("edit a declaration of interests")))
        self.before = before
        self.after = dataclasses.replace(after, id=before.id)

    def _redo(self) -> None:
        # Kept with its interests' new ids, so that undo and redo put back exactly the same rows.
        self.after = core_ethics.update_declaration(self.session.db, self.after)

    def _undo(self) -> None:
        core_ethics.restore_declaration(self.session.db, self.before)


class RemoveDeclaration(_Command):
    def __init__(self, session, declaration: Declaration) -> None:
        super().__init__(session, said(COMMANDS_ETHICS.tr("remove a declaration of interests")))
        self.declaration = declaration

    def _redo(self) -> None:
        self.trash_id = core_ethics.trash_declaration(self.session.db, self.declaration.id)

    def _undo(self) -> None:
        core_trash.restore(self.session.db, self.trash_id)


class RecordBreach(_Command):
    """Add or edit a breach. A removal ends the member's term; undo puts the member back."""

    topics = ("ethics", "members")

    def __init__(self, session, breach: Breach, before: Breach | None = None) -> None:
        super().__init__(session, said(COMMANDS_ETHICS.tr("record a breach")) if before is None else said(COMMANDS_ETHICS.tr("edit a breach")))
        self.breach = breach
        self.before = before
        self.saved: Breach | None = None
        self.member_before = None

    def _redo(self) -> None:
        self.saved, self.member_before = core_breaches.record_breach(self.session.db, self.saved or self.breach)

    def _undo(self) -> None:
        core_breaches.undo_record_breach(self.session.db, self.saved, self.before, self.member_before)


class RemoveBreach(_Command):
    def __init__(self, session, breach: Breach) -> None:
        super().__init__(session, said(COMMANDS_ETHICS.tr("remove a breach")))
        self.breach = breach

    def _redo(self) -> None:
        core_breaches.remove_breach(self.session.db, self.breach.id)

    def _undo(self) -> None:
        core_breaches.restore_breach(self.session.db, self.breach)


class RecordOnItem(_Command):
    """A declaration, recusal or waiver recorded on an agenda item (it goes in the minutes)."""

    topics = ("minutes", "ethics")

    def __init__(self, session, item_id: int, member_id: int, kind: str, note: str = "",
                 member_name: str = "") -> None:
        from msf_desk.model.minutes import DECLARATION_KINDS

        super().__init__(session, said(COMMANDS_ETHICS.tr("record: {name} — {kind}"), name=member_name or said(COMMANDS_ETHICS.tr("member")),
                                       kind=label(DECLARATION_KINDS.get(kind, kind), lower=True)))
        self.args = (item_id, member_id, kind, note)
        self.saved = None

    def _redo(self) -> None:
        from msf_desk.core import minutes

        self.saved = minutes.add_declaration(self.session.db, *self.args)

    def _undo(self) -> None:
        from msf_desk.core import minutes

        minutes.remove_declaration(self.session.db, self.saved.id)


