"""Undoable edits of minutes: attendance, guests, decisions, actions, declarations, circulation.

Each command calls core, then tells the session that "minutes" changed. Typing in the
editor's text boxes is saved directly by the autosave (the text box keeps its own undo);
approval, publication and amendments are not commands: they cannot be undone, by design.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from msf_desk.core import actions as core_actions
from msf_desk.core import minutes as core
from msf_desk.core import minutes_reads
from msf_desk.model.actions import STATUSES as ACTION_STATUSES, Action
from msf_desk.model.minutes import PRESENCE, Attendee
from msf_desk.model.minutes import Decision
from msf_desk.ui.commands.base import CoreCommand, label, said
from msf_desk.ui.i18n import Context
from msf_desk.model.minutes import DECLARATION_KINDS

EDIT_DECISION_ID = 4401


COMMANDS_MINUTES = Context("COMMANDS_MINUTES")


class _Command(CoreCommand):
    topics = ("minutes",)


class StartMinutes(_Command):
    def __init__(self, session, meeting_id: int) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("start the minutes")))
        self.meeting_id = meeting_id

    def _redo(self) -> None:
        existed = minutes_reads.get_minutes(self.db, self.meeting_id) is not None
        listed = {a.id for a in core.attendance_of(self.db, self.meeting_id)}
        core.start_minutes(self.db, self.meeting_id)
        # Undo takes back only what this start added: never a draft that was already there.
        self.added = [a.id for a in core.attendance_of(self.db, self.meeting_id) if a.id not in listed] if existed else None

    def _undo(self) -> None:
        core.undo_start_minutes(self.db, self.meeting_id, self.added)


class SetPresence(_Command):
    def __init__(self, session, meeting_id: int, member_id: int, presence: str, substitute_for: int | None = None,
                 name: str = "") -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("mark {name}: {presence}"), name=name or said(COMMANDS_MINUTES.tr("member")),
                                       presence=label(PRESENCE.get(presence, presence.replace('_', ' ')), lower=True)))
        self.args = (meeting_id, member_id, presence, substitute_for)
        self.before: Attendee | None = next(
            (a for a in core.attendance_of(session.db, meeting_id) if a.member_id == member_id), None)

    def _redo(self) -> None:
        core.set_presence(self.db, *self.args)

    def _undo(self) -> None:
        if self.before is not None:
            core.restore_attendee(self.db, self.before)


class AddGuest(_Command):
    def __init__(self, session, meeting_id: int, name: str, organisation: str, kind: str = "guest",
                 presence: str = "in_person", publish_name: bool = True) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("add {name}"), name=name or organisation))
        self.args = (meeting_id, name, organisation)
        self.options = dict(kind=kind, presence=presence, publish_name=publish_name)
        self.saved: Attendee | None = None

    def _redo(self) -> None:
        if self.saved is None:
            self.saved = core.add_guest(self.db, *self.args, **self.options)
        else:
            core.restore_attendee(self.db, self.saved)

    def _undo(self) -> None:
        core.remove_attendee(self.db, self.saved.id)


class RemoveGuest(_Command):
    def __init__(self, session, attendee: Attendee) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("remove {name}"), name=attendee.name or attendee.organisation))
        self.attendee = attendee

    def _redo(self) -> None:
        core.remove_attendee(self.db, self.attendee.id)

    def _undo(self) -> None:
        core.restore_attendee(self.db, self.attendee)


class AddDecision(_Command):
    def __init__(self, session, decision: Decision) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("add a decision")))
        self.decision = decision
        self.saved: Decision | None = None

    def _redo(self) -> None:
        if self.saved is None:
            self.saved = core.add_decision(self.db, self.decision)
        else:
            core.restore_decision(self.db, self.saved)

    def _undo(self) -> None:
        core.remove_decision(self.db, self.saved.id)


class RemoveDecision(_Command):
    def __init__(self, session, decision: Decision) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("remove a decision")))
        self.decision = decision

    def _redo(self) -> None:
        self.decision = core.remove_decision(self.db, self.decision.id)

    def _undo(self) -> None:
        core.restore_decision(self.db, self.decision)


class EditDecision(_Command):
    """A change to a decision's rule, vote or flags. Consecutive edits of one decision merge
    into one undo step; only the fields changed are put back (its text is autosaved apart)."""

    def __init__(self, session, decision_id: int, **changes) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("record the vote")))
        self.decision_id = decision_id
        self.new = dict(changes)
        current = core.get_decision(session.db, decision_id)
        self.old = {k: getattr(current, k) for k in changes}

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return EDIT_DECISION_ID

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, EditDecision) or other.decision_id != self.decision_id or other.error:
            return False
        for key, value in other.old.items():
            self.old.setdefault(key, value)
        self.new.update(other.new)
        return True

    def _apply(self, values: dict) -> None:
        current = core.get_decision(self.db, self.decision_id)
        core.update_decision(self.db, dataclasses.replace(current, **values))

    def _redo(self) -> None:
        self._apply(self.new)

    def _undo(self) -> None:
        self._apply(self.old)


class AddAction(_Command):
    def __init__(self, session, action: Action) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("add an action")))
        self.action = action
        self.saved: Action | None = None

    def _redo(self) -> None:
        if self.saved is None:
            self.saved = core_actions.add_action(self.db, self.action)
        else:
            core_actions.restore_action(self.db, self.saved)

    def _undo(self) -> None:
        core_actions.remove_action(self.db, self.saved.id)


class EditAction(_Command):
    def __init__(self, session, action: Action) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("change an action")))
        self.new = action
        self.old = core_actions.get_action(session.db, action.id)

    def _redo(self) -> None:
        core_actions.update_action(self.db, self.new)

    def _undo(self) -> None:
        core_actions.update_action(self.db, self.old)


class SetActionStatus(_Command):
    """Done, dropped or reopened: allowed even in approved minutes (the tracker moves on)."""

    def __init__(self, session, action_id: int, status: str, on: dt.date) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("mark the action {status}"), status=label(ACTION_STATUSES.get(status, status), lower=True)))
        self.args = (action_id, status, on)
        self.old = core_actions.get_action(session.db, action_id)

    def _redo(self) -> None:
        core_actions.change_status(self.db, self.args[0], self.args[1], on=self.args[2])

    def _undo(self) -> None:
        core_actions.change_status(self.db, self.old.id, self.old.status, on=self.old.closed_on)


class RemoveAction(_Command):
    def __init__(self, session, action: Action) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("remove an action")))
        self.action = action

    def _redo(self) -> None:
        self.action = core_actions.remove_action(self.db, self.action.id)

    def _undo(self) -> None:
        core.ensure_editable(self.db, self.action.meeting_id)
        core_actions.restore_action(self.db, self.action)


class AddDeclaration(_Command):
    topics = ("minutes",)

    def __init__(self, session, item_id: int, member_id: int, kind: str, note: str = "") -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("record: {kind}"), kind=label(DECLARATION_KINDS.get(kind, kind), lower=True)))
        self.args = (item_id, member_id, kind, note)
        self.saved = None

    def _redo(self) -> None:
        self.saved = core.add_declaration(self.db, *self.args)

    def _undo(self) -> None:
        core.remove_declaration(self.db, self.saved.id)


class RemoveDeclaration(_Command):
    def __init__(self, session, declaration) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("remove a declaration")))
        self.declaration = declaration

    def _redo(self) -> None:
        core.remove_declaration(self.db, self.declaration.id)

    def _undo(self) -> None:
        d = self.declaration
        self.declaration = core.add_declaration(self.db, d.item_id, d.member_id, d.kind, d.note)


class Circulate(_Command):
    def __init__(self, session, meeting_id: int, on: dt.date) -> None:
        super().__init__(session, said(COMMANDS_MINUTES.tr("circulate the minutes")))
        self.meeting_id, self.on = meeting_id, on

    def _redo(self) -> None:
        core.circulate(self.db, self.meeting_id, on=self.on)

    def _undo(self) -> None:
        core.withdraw_circulation(self.db, self.meeting_id)
