"""Actions as a meeting's agenda reads them: the matters arising, and which are overdue.

Apart from core/actions.py (adding, changing and closing actions, which checks the minutes'
locks) so that a meeting's pack reads them without loading the minutes' rules.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.core.meetings import get_meeting
from msf_desk.model.actions import Action
from msf_desk.store import minutes_reads as store


def is_overdue(action: Action, today: dt.date) -> bool:
    """Open with a due date before today (due today is not yet late)."""
    return action.status == "open" and action.due is not None and action.due < today


def matters_arising(db, meeting_id: int) -> list[Action]:
    """Open actions from meetings held before this one: the "matters arising" of its agenda.

    Oldest meeting first, then by due date. An action done or dropped no longer arises.
    """
    meeting = get_meeting(db, meeting_id)
    return store.open_actions_before(db, meeting.starts_at)


def arising_at(db, meeting_id: int) -> list[Action]:
    """The matters arising as they stood when this meeting met: actions of earlier meetings
    that were still open on its day (open now, or closed on or after that day)."""
    meeting = get_meeting(db, meeting_id)
    return [a for a in store.actions_before(db, meeting.starts_at)
            if a.status == "open" or (a.closed_on is not None and a.closed_on >= meeting.day)]
