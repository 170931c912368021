"""The action tracker: every action of the forum with its meeting, item, owner and whether it
is overdue (what Today and the minutes' follow-up read).

Apart from core.actions so that reading it does not load the minutes' rules (agendas,
attendance, decisions), which only writing an action needs: Today reads this at start-up.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.core.language import _, day, ngettext
from msf_desk.core.matters_arising import is_overdue
from msf_desk.core.meetings import list_meetings
from msf_desk.core.members import list_members
from msf_desk.model.actions import SECRETARIAT, Action
from msf_desk.model.records import record
from msf_desk.store import minutes_reads as store


@record
class TrackedAction:
    """An action with what the tracker shows beside it."""

    action: Action
    meeting_title: str
    meeting_day: dt.date
    item_title: str
    owner: str
    overdue: bool
    days_overdue: int = 0

    def to_json(self) -> dict:
        a = self.action
        return {
            "id": a.id, "meeting_id": a.meeting_id, "meeting": self.meeting_title,
            "meeting_date": self.meeting_day.isoformat(), "item_id": a.item_id, "item": self.item_title,
            "text": a.text, "owner": self.owner, "owner_member_id": a.owner_member_id,
            "due": a.due.isoformat() if a.due else None, "status": a.status,
            "closed_on": a.closed_on.isoformat() if a.closed_on else None,
            "overdue": self.overdue, "days_overdue": self.days_overdue,
        }

    def due_text(self) -> str:
        if self.action.due is None:
            return _("no date")
        text = day(self.action.due)
        if self.overdue:
            text += " " + ngettext("(overdue by {n} day)", "(overdue by {n} days)",
                                   self.days_overdue).format(n=self.days_overdue)
        return text


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def owner_name(action: Action, names: dict[int, str]) -> str:
    if action.owner_member_id is not None:
        return names.get(action.owner_member_id, "a member")
    return action.owner_text.strip() or SECRETARIAT


def tracker(db, *, today: dt.date | None = None, overdue_only: bool = False,
            status: str | None = None) -> list[TrackedAction]:
    """Every action of the forum with its meeting, item, owner and whether it is overdue."""
    today = today or dt.date.today()
    meetings = {m.id: m for m in list_meetings(db)}
    names = {m.id: m.name for m in list_members(db)}
    items = store.item_titles(db)
    out = []
    for a in store.all_actions(db):
        late = is_overdue(a, today)
        if overdue_only and not late:
            continue
        if status and a.status != status:
            continue
        m = meetings[a.meeting_id]
        out.append(TrackedAction(
            a, m.title, m.day, items.get(a.item_id, ""), owner_name(a, names), late,
            (today - a.due).days if late else 0))
    out.sort(key=lambda t: (t.meeting_day, t.action.id))
    return out
