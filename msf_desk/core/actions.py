"""Action items: who will do what by when, and the tracker that follows them up.

An action comes from a meeting (and usually one of its items). It stays open until it is
done or dropped; open actions from earlier meetings are the next meeting's "matters
arising". Once the minutes are approved, what was agreed (text, owner, due date) is fixed;
only the status moves on. The tracker (what Today reads) is in core.action_tracker, apart
from the minutes' rules that writing an action needs.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from msf_desk.core.meetings import get_meeting
from msf_desk.core.minutes import ensure_editable, is_locked
from msf_desk.model.actions import STATUSES, SECRETARIAT, Action  # noqa: F401  (the records live in model)
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.store import members as member_store, minutes as store
from msf_desk.model.messages import M_
from msf_desk.core.messages import message_day, message_label
from msf_desk.core.action_tracker import _short


def validate_action(action: Action) -> None:
    problems: dict[str, str] = {}
    if not action.text.strip():
        problems["text"] = M_("say what is to be done")
    if action.owner_member_id is None and not action.owner_text.strip():
        problems["owner"] = M_("say who will do it: a member or the secretariat")
    if action.status not in STATUSES:
        problems["status"] = M_("'{status}' is not an action status").format(status=action.status)
    if problems:
        raise ValidationError(problems)


def set_status(action: Action, status: str, on: dt.date) -> Action:
    """The action moves on: done or dropped on a date, or reopened."""
    if status not in STATUSES:
        raise UserError(M_("'{status}' is not an action status (open, done or dropped).").format(status=status))
    return dataclasses.replace(action, status=status, closed_on=None if status == "open" else on)


# --- operations on the forum file -----------------------------------------------------

def actions_of(db, meeting_id: int) -> list[Action]:
    return store.actions_of(db, meeting_id)


def get_action(db, action_id: int) -> Action:
    action = store.get_action(db, action_id)
    if action is None:
        raise UserError(M_("There is no action with id {action_id}.").format(action_id=action_id))
    return action


def add_action(db, action: Action) -> Action:
    validate_action(action)
    ensure_editable(db, action.meeting_id)
    _check_owner(db, action)
    return store.insert_action(db, action)


def update_action(db, action: Action) -> Action:
    """Change an action. After approval only the status (and its date) may change."""
    validate_action(action)
    old = get_action(db, action.id)
    fixed = ("meeting_id", "item_id", "text", "owner_member_id", "owner_text", "due")
    if is_locked(db, old.meeting_id) and any(getattr(old, f) != getattr(action, f) for f in fixed):
        raise UserError(M_("This action is in approved minutes: only its status can change. Record a dated amendment to correct what was agreed."))
    _check_owner(db, action)
    store.update_action(db, action)
    return action


def change_status(db, action_id: int, status: str, *, on: dt.date | None = None,
                  today: dt.date | None = None) -> Action:
    """Mark an action done or dropped on a date, or reopen it: the window's buttons, their
    undo and `msf-desk actions close|reopen` all come here. Allowed in approved minutes too:
    the action's later life belongs to the tracker (the approved minutes keep what was true
    when they were approved; core.minutes freezes them).

    A closing date is not before the meeting that agreed the action, nor after today; an
    action is not closed twice or reopened while open.
    """

    action = get_action(db, action_id)
    if status not in STATUSES:
        raise UserError(M_("'{status}' is not an action status (open, done or dropped).").format(status=status))
    label = M_("Action {number} (“{text}”)").format(number=action_id, text=_short(action.text))
    if status == action.status:
        if status == "open":
            raise UserError(M_("{label} is already open.").format(label=label))
        raise UserError((M_("{label} was already recorded as {status} on {day}.") if action.closed_on
                        else M_("{label} was already recorded as {status}.")).format(
                            label=label, status=message_label(STATUSES[status]).lower(), day=message_day(action.closed_on)))
    today = today or dt.date.today()
    on = on or today
    if status != "open":
        meeting = get_meeting(db, action.meeting_id)
        if on < meeting.day:
            raise UserError(M_("{label} was agreed at “{title}” on {day}; it cannot be closed before that ({on}).").format(label=label, title=meeting.title, day=message_day(meeting.day), on=message_day(on)), field="closed_on")
        if on > today:
            raise UserError(M_("{label} cannot be recorded as closed on {on}, which is after today ({today}).").format(label=label, on=message_day(on), today=message_day(today)), field="closed_on")
    action = set_status(action, status, on)
    store.update_action(db, action)
    return action


def close_action(db, action_id: int, *, on: dt.date | None = None, dropped: bool = False,
                 today: dt.date | None = None) -> Action:
    return change_status(db, action_id, "dropped" if dropped else "done", on=on, today=today)


def reopen_action(db, action_id: int) -> Action:
    return change_status(db, action_id, "open")


def remove_action(db, action_id: int) -> Action:
    action = get_action(db, action_id)
    ensure_editable(db, action.meeting_id)
    store.delete_action(db, action_id)
    return action


def restore_action(db, action: Action) -> None:
    """Put back a removed action with its id (undo)."""
    store.restore_action(db, action)


def _check_owner(db, action: Action) -> None:
    if action.owner_member_id is not None:
        if member_store.get_member(db, action.owner_member_id) is None:
            raise ValidationError({"owner": M_("the owner is not a member of the forum")})
